"""The health page's strips above its panes: the offline banner, the toolbar (window, pause, check
now, report) and the line that says since when data is stale. The page connects the controls."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from console.health.plotdata import WINDOWS
from console.locale_text import counted
from console.models.health import clock
from console.widgets.health_targets import named_button
from console.widgets.theme import banner_style, text_style


def mode_strip(offline: bool) -> QLabel:
    """Offline, a banner that says what the page is without a database; else hidden."""
    label = QLabel()
    label.setObjectName("healthMode")
    label.setWordWrap(True)
    if offline:
        label.setText(
            label.tr(
                "Offline mode: the local checks and the history kept on this computer, read-only. "
                "Remote targets are not polled."
            )
        )
        label.setStyleSheet(banner_style())
    else:
        label.hide()
    return label


class Toolbar(QHBoxLayout):
    """The window, pause and check-now on the left, the report on the right."""

    def __init__(self) -> None:
        super().__init__()
        self.window_combo = QComboBox()
        self.window_combo.setObjectName("healthWindow")
        self.window_combo.setAccessibleName(self.tr("Time window"))
        for seconds, label in zip(
            WINDOWS, (self.tr("5 minutes"), self.tr("1 hour"), self.tr("24 hours")), strict=True
        ):
            self.window_combo.addItem(label, seconds)
        self.pause_button = named_button(self.tr("Pause"), "healthPause")
        self.pause_button.setCheckable(True)
        self.run_button = named_button(self.tr("Check now"), "healthRunNow")
        self.export_button = named_button(self.tr("Export report…"), "healthExport")
        self.addWidget(QLabel(self.tr("Window")))
        self.addWidget(self.window_combo)
        self.addWidget(self.pause_button)
        self.addWidget(self.run_button)
        self.addStretch(1)
        self.addWidget(self.export_button)

    def show_window(self, seconds: float) -> None:
        """The combo on ``seconds`` (the first window when it is not one of them)."""
        if self.window_combo.currentData() != seconds:
            self.window_combo.setCurrentIndex(
                WINDOWS.index(float(seconds)) if float(seconds) in WINDOWS else 0
            )

    def show_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))


class StaleStrip(QLabel):
    """How many targets have no fresh sample, and since when (hidden when none)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("healthStale")
        self.setStyleSheet(text_style("stale", self.palette()))
        self.hide()

    def show_stale(self, since: list[float]) -> None:
        if not since:
            self.hide()
            return
        self.setText(
            counted(
                self.tr("Stale data: %Ln target(s) without a fresh sample, since {when}", "", len(since)),
                len(since),
            ).format(when=clock(min(since), date=True))
        )
        self.show()


class SharingStrip(QLabel):
    """Another console on this computer polls (it holds the history's lock): this page shows what
    it writes, and polls itself when that console closes. Hidden otherwise."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("healthSharing")
        self.setWordWrap(True)
        self.setStyleSheet(banner_style())
        self.hide()

    def show_owner(self, following: bool, pid: object = None) -> None:
        if not following:
            self.hide()
            return
        who = (
            self.tr("Another console (process {pid})").format(pid=pid)
            if isinstance(pid, int)
            else self.tr("Another console")
        )
        self.setText(
            self.tr(
                "{who} on this computer is polling the health targets: this page shows what it "
                "writes to the health history, and polls itself when that console closes."
            ).format(who=who)
        )
        self.show()
