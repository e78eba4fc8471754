"""The rollouts page's detail of one rollout: its heading, why it waits or stopped, its waves as a
timeline, the selected wave's gates and platforms, and the selected gate's values plotted.

It shows the ``show`` document it is given (:meth:`RolloutDetail.show_rollout`) and says which wave
and gate are selected (:attr:`RolloutDetail.waveSelected`, :attr:`RolloutDetail.gateSelected`);
the page reads the values and acts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.models.gate_texts import gate_detail_text
from console.models.rollout_texts import (
    gate_name,
    reason_text,
    result_text,
    state_text,
    summary_text,
    wave_platforms_text,
    wave_title,
)
from console.models.rollouts import STATE_TINTS
from console.widgets._text import chars
from console.widgets.badge_delegate import BADGE_ROLE, TINTS, BadgeDelegate
from console.widgets.gate_plot import GatePlot
from console.widgets.page_parts import selectable_label, splitter
from console.widgets.rollout_timeline import RolloutTimeline
from console.widgets.table_copy import enable_copy
from console.widgets.tables import row_height_for
from console.widgets.theme import text_style

GATE_TINTS = {"pass": "green", "fail": "red", "unknown": "amber"}
GATE_ROLE = int(Qt.ItemDataRole.UserRole)


def badge_style(tint: str) -> str:
    background, foreground, border = TINTS[tint]
    return (
        f"QLabel {{ background: {background}; color: {foreground}; border: 1px solid {border};"
        " border-radius: 9px; padding: 1px 8px; font-weight: 600; }"
    )


class RolloutDetail(QWidget):
    waveSelected = Signal(int)
    gateSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolloutDetail")
        self.doc: dict[str, Any] | None = None
        self.wave: dict[str, Any] | None = None
        self.module_name: Callable[[str], str] = str
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        heading = QHBoxLayout()
        self.title = selectable_label("rolloutTitle", "font-weight: bold;")
        self.state_badge = QLabel()
        self.state_badge.setObjectName("rolloutState")
        self.state_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.state_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        self.summary = selectable_label("rolloutSummary")
        layout.addWidget(self.summary)
        self.reason = selectable_label("rolloutReason", text_style("warning"))
        layout.addWidget(self.reason)
        self.timeline = RolloutTimeline()
        self.timeline.waveSelected.connect(self._wave_clicked)
        layout.addWidget(self.timeline)
        self.plot = GatePlot()
        parts = (self._build_wave_pane(), self.plot)
        self.lower = splitter(Qt.Orientation.Horizontal, parts, (2, 3), (400, 600))
        self.lower.setObjectName("rolloutLower")
        layout.addWidget(self.lower, 1)
        self.actions_row = QHBoxLayout()  # the page puts its buttons here
        layout.addLayout(self.actions_row)
        self.show_rollout(None)

    def _build_wave_pane(self) -> QWidget:
        pane = QWidget()
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        self.wave_label = selectable_label("waveTitle", "font-weight: 600;")
        box.addWidget(self.wave_label)
        self.gates_table = QTableWidget(0, 3)
        self.gates_table.setObjectName("gatesTable")
        self.gates_table.setAccessibleName(self.tr("Gates of the wave"))
        self.gates_table.setHorizontalHeaderLabels([self.tr("Result"), self.tr("Gate"), self.tr("Detail")])
        self.gates_table.verticalHeader().hide()
        self.gates_table.verticalHeader().setDefaultSectionSize(row_height_for(self.gates_table))
        self.gates_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gates_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gates_table.setWordWrap(False)
        self.gates_table.horizontalHeader().setStretchLastSection(True)
        self.gates_table.setColumnWidth(1, chars(self.gates_table, 26))
        self.gates_table.setItemDelegateForColumn(0, BadgeDelegate(self.gates_table))
        self.gates_table.currentCellChanged.connect(lambda row, *_: self._gate_row(row))
        enable_copy(self.gates_table)
        box.addWidget(self.gates_table, 1)
        self.platforms_label = selectable_label("wavePlatforms")
        box.addWidget(self.platforms_label)
        return pane

    # -- showing -------------------------------------------------------------------------------------
    def show_rollout(
        self, doc: dict[str, Any] | None, module_name: Callable[[str], str] | None = None
    ) -> None:
        """Show ``doc`` (None: nothing selected). The selected wave stays selected if it is the
        same rollout; else the current wave (the first one before any is applied)."""
        if module_name is not None:
            self.module_name = module_name
        same = doc is not None and self.doc is not None and self.doc["id"] == doc["id"]
        keep = self.timeline.selected() if same else None
        self.doc = doc
        if doc is None:
            self.title.setText(self.tr("Select a rollout to see its waves and gates."))
            for label in (self.summary, self.reason, self.wave_label, self.platforms_label):
                label.clear()
                label.setVisible(label is not self.reason)
            self.state_badge.hide()
            self.timeline.set_waves([], None)
            self._fill_gates([], ())
            self.plot.show_message("")
            return
        self.title.setText(f"#{doc['id']} {doc['name']}")
        self.state_badge.setText(state_text(doc["state"]))
        self.state_badge.setStyleSheet(badge_style(STATE_TINTS.get(doc["state"], "grey")))
        self.state_badge.setAccessibleName(state_text(doc["state"]))
        self.state_badge.show()
        self.summary.setText(summary_text(doc, self.module_name))
        reason = reason_text(doc.get("reason"), doc.get("gates") or ())
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        current = doc["progress"]["wave"]
        self.timeline.set_waves(doc["waves"], current)
        number = keep or current or (1 if doc["waves"] else None)
        if number is not None:
            self.timeline.select(number, emit=False)
        self._show_wave(number)

    def _wave_clicked(self, number: int) -> None:
        self._show_wave(number)
        self.waveSelected.emit(number)

    def select_wave(self, number: int) -> None:
        self.timeline.select(number)

    def selected_wave(self) -> int | None:
        return self.timeline.selected()

    def _show_wave(self, number: int | None) -> None:
        doc = self.doc
        wave = next((w for w in doc["waves"] if w["number"] == number), None) if doc else None
        self.wave = wave
        if doc is None or wave is None:
            self.wave_label.clear()
            self.platforms_label.clear()
            self._fill_gates([], ())
            return
        self.wave_label.setText(wave_title(doc, wave))
        self.platforms_label.setText(wave_platforms_text(wave))
        self._fill_gates(wave.get("gates") or [], doc.get("gates") or ())

    def _fill_gates(self, results: list[dict[str, Any]], gates: Any) -> None:
        """The wave's recorded gate results; before any, the rollout's gates, not evaluated yet."""
        keep = self.selected_gate()
        table = self.gates_table
        table.blockSignals(True)
        rows: list[tuple[str, str, str, str]] = [
            (
                r["gate"],
                r.get("result", "unknown"),
                result_text(r.get("result", "unknown")),
                r.get("detail", ""),
            )
            for r in results
        ]
        recorded = {r[0] for r in rows}
        for gate in gates:
            if gate not in recorded:
                waits = gate == "approval"
                detail = (
                    self.tr("A person approves each next wave.") if waits else self.tr("Not evaluated yet.")
                )
                rows.append((gate, "", "—", detail))
        table.setRowCount(len(rows))
        for row, (gate, result, shown, detail) in enumerate(rows):
            cells = (shown, gate_name(gate), gate_detail_text(detail))  # the result first: a short key column
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(GATE_ROLE, gate)
                if column == 0 and result in GATE_TINTS:
                    item.setData(BADGE_ROLE, GATE_TINTS[result])
                table.setItem(row, column, item)
        table.resizeColumnToContents(0)
        table.blockSignals(False)
        select = next((i for i, r in enumerate(rows) if r[0] == keep), 0 if rows else -1)
        if select >= 0:
            table.setCurrentCell(select, 0)
        self._gate_row(select)

    def gate_rows(self) -> list[tuple[str, str]]:
        """(gate, result text) of each row of the gates table."""
        table = self.gates_table
        return [
            (str(table.item(r, 0).data(GATE_ROLE)), table.item(r, 0).text()) for r in range(table.rowCount())
        ]

    def selected_gate(self) -> str | None:
        item = self.gates_table.item(self.gates_table.currentRow(), 0)
        return str(item.data(GATE_ROLE)) if item is not None else None

    def select_gate(self, gate: str) -> bool:
        for row, (text, _result) in enumerate(self.gate_rows()):
            if text == gate:
                self.gates_table.setCurrentCell(row, 0)
                return True
        return False

    def recorded(self, gate: str) -> dict[str, Any] | None:
        """The selected wave's recorded result of ``gate`` (None before its evaluation)."""
        results = (self.wave or {}).get("gates") or []
        return next((r for r in results if r.get("gate") == gate), None)

    def _gate_row(self, row: int) -> None:
        item = self.gates_table.item(row, 0) if row >= 0 else None
        self.gateSelected.emit(str(item.data(GATE_ROLE)) if item is not None else "")

    def dispose(self) -> None:
        self.plot.dispose()
