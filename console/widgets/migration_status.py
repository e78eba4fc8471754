"""The top of the migrations page: the headline, Refresh, and the two banners (a database this code
cannot migrate; a run that was interrupted, with the offer to restore the copy taken before it).

Widgets only: the page hands in the service's status and interrupted run, and owns Refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.models import migration_texts as texts
from console.widgets.page_parts import Notice, selectable_label, tool_button
from console.widgets.theme import TONES

if TYPE_CHECKING:
    from core.services.migration_runs import InterruptedRun
    from core.services.migration_service import MigrationStatus

_DANGER_BOX = f"background: {TONES['danger_back'][0]}; border: 1px solid {TONES['danger_border'][0]};"
BANNER_FRAME = f"{_DANGER_BOX} border-radius: 4px;"
BANNER_STYLE = (
    f"QLabel {{ background: {TONES['danger_back'][0]}; color: {TONES['danger_text'][0]};"
    f" border: 1px solid {TONES['danger_border'][0]}; border-radius: 4px;"
    " padding: 6px; }"
)


class StatusHeader(QWidget):
    def __init__(self, refresh: QAction) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.summary_label = QLabel(self.tr("Loading the migration status…"))
        self.summary_label.setObjectName("migrationsSummary")
        font = self.summary_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary_label.setFont(font)
        top.addWidget(self.summary_label, 1)
        top.addWidget(tool_button(refresh, "migrationsRefresh"))
        layout.addLayout(top)
        self.problem_label = selectable_label("migrationsProblem", BANNER_STYLE)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.interrupted = Notice(
            "interruptedRun", "interruptedText", self.tr("Restore the backup…"), "interruptedRestoreButton"
        )
        self.interrupted.setStyleSheet(f"QFrame#interruptedRun {{ {BANNER_FRAME} }}")
        self.interrupted.label.setStyleSheet(f"color: {TONES['danger_text'][0]};")
        layout.addWidget(self.interrupted)

    def set_status(self, status: MigrationStatus) -> None:
        """The headline, and the read-only banner when the database is ahead of this code."""
        self.summary_label.setText(texts.summary_text(status))
        if status.problems:
            self.problem_label.setText(texts.problem_text(status))
        self.problem_label.setVisible(bool(status.problems))

    def set_interrupted(self, run: InterruptedRun | None) -> None:
        """The banner of a run killed half-way, or none."""
        if run is None:
            self.interrupted.hide()
            return
        self.interrupted.label.setText(texts.interrupted_text(run))
        self.interrupted.button.setVisible(run.restorable)
        self.interrupted.show()
