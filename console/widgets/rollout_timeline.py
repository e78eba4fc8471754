"""A rollout's waves as a timeline: one segment per wave, left to right, in the order they go out.

Each segment shows, on three lines, the wave's number and state (its colour), how many platforms
it holds and the results of its gates (✓ passed, ✗ failed, ? unknown); the wave being applied or
baked is marked with a bar.
Clicking a segment (or Left / Right while the timeline has the focus) selects that wave:
:attr:`RolloutTimeline.waveSelected` gives its number. It shows what it is given and asks nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from console.models.rollout_texts import platforms_text, result_text, wave_state_text
from console.models.rollouts import WAVE_TINTS
from console.widgets._text import chars, text_lines
from console.widgets.badge_delegate import TINTS

MARKS = {"pass": "✓", "fail": "✗", "unknown": "?"}


def gate_marks(gates: Sequence[dict[str, Any]]) -> str:
    """``✓ 2  ✗ 1``: how many gates passed, failed, are unknown ("" before any result)."""
    counts: dict[str, int] = {}
    for gate in gates:
        counts[gate.get("result", "unknown")] = counts.get(gate.get("result", "unknown"), 0) + 1
    return "  ".join(f"{MARKS[r]} {counts[r]}" for r in MARKS if counts.get(r))


def segment_height(widget: QWidget) -> int:
    """Three lines of text and the segment's frame, at ``widget``'s font."""
    return text_lines(widget, 3) + 14


class WaveSegment(QAbstractButton):
    """One wave: three lines of text in its state's colour; marked when it is the current wave."""

    def __init__(self, wave: dict[str, Any], current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wave = wave
        self.number = int(wave["number"])
        self.current = current
        self.setCheckable(True)
        self.setObjectName(f"wave{self.number}")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the timeline takes the keys
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        size = int(wave.get("size") or len(wave.get("platforms", ())))
        state = wave_state_text(wave["state"])
        self.lines = (
            self.tr("Wave {wave} · {state}").format(wave=self.number, state=state),
            platforms_text(size),
            gate_marks(wave.get("gates") or ()),
        )
        results = "; ".join(
            f"{g.get('gate', '')}: {result_text(g.get('result', 'unknown'))}" for g in wave.get("gates") or ()
        )
        name = self.tr("Wave {wave}: {state}, {platforms}").format(
            wave=self.number, state=state, platforms=self.lines[1]
        )
        self.setAccessibleName(name)
        self.setToolTip(name + (f"\n{results}" if results else ""))

    def sizeHint(self) -> QSize:
        return QSize(chars(self, 16), segment_height(self))

    def minimumSizeHint(self) -> QSize:
        return QSize(chars(self, 9), segment_height(self))

    def paintEvent(self, event: QPaintEvent) -> None:
        background, foreground, border = TINTS[WAVE_TINTS.get(self.wave["state"], "grey")]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        frame = self.rect().adjusted(2, 2, -2, -2)
        outline = self.palette().color(QPalette.ColorRole.Highlight) if self.isChecked() else QColor(border)
        painter.setPen(QPen(outline, 3 if self.isChecked() else 1))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(frame, 6, 6)
        painter.setPen(QColor(foreground))
        metrics = self.fontMetrics()
        inner = frame.adjusted(8, 5, -8, -5)
        line = metrics.height()
        for i, text in enumerate(self.lines):
            font = self.font()
            font.setBold(i == 0 and self.current)
            painter.setFont(font)
            shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRect(inner.left(), inner.top() + i * line, inner.width(), line), 0, shown)
        if self.current:  # the wave under way: a bar along the bottom
            painter.fillRect(
                QRect(frame.left() + 6, frame.bottom() - 3, frame.width() - 12, 2), QColor(border)
            )
        painter.end()


class RolloutTimeline(QScrollArea):
    """The segments of a rollout's waves; scrolls sideways when they do not fit."""

    waveSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolloutTimeline")
        self.setAccessibleName(self.tr("Waves of the rollout"))
        self.setAccessibleDescription(self.tr("Left and Right select the previous or next wave"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self.waveSelected)
        self._segments: list[WaveSegment] = []
        self._strip = QWidget()
        self._row = QHBoxLayout(self._strip)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self.setWidget(self._strip)
        self.setFixedHeight(segment_height(self) + 4)

    def set_waves(self, waves: Sequence[dict[str, Any]], current: int | None) -> None:
        """Show ``waves`` (a rollout's ``show`` document's), ``current`` framed; the selected wave
        stays selected if it is still there."""
        keep = self.selected()
        for segment in self._segments:
            self._group.removeButton(segment)
            segment.deleteLater()
        self._segments = []
        while self._row.count():
            self._row.takeAt(0)
        for wave in waves:
            segment = WaveSegment(wave, wave["number"] == current, self._strip)
            self._group.addButton(segment, segment.number)
            self._row.addWidget(segment)
            self._segments.append(segment)
        if keep is not None and self.segment(keep) is not None:
            self.select(keep, emit=False)

    def segments(self) -> list[WaveSegment]:
        return list(self._segments)

    def segment(self, number: int) -> WaveSegment | None:
        return next((s for s in self._segments if s.number == number), None)

    def selected(self) -> int | None:
        checked = self._group.checkedButton()
        return checked.number if isinstance(checked, WaveSegment) else None

    def select(self, number: int, *, emit: bool = True) -> None:
        segment = self.segment(number)
        if segment is None:
            return
        segment.setChecked(True)
        self.ensureWidgetVisible(segment)
        if emit:
            self.waveSelected.emit(number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if step is None or not self._segments:
            super().keyPressEvent(event)
            return
        current = self.selected()
        numbers = [s.number for s in self._segments]
        index = numbers.index(current) + step if current in numbers else 0
        self.select(numbers[max(0, min(len(numbers) - 1, index))])
