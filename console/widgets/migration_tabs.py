"""The tabs of the migrations page: the plan, its SQL, the run's log, and registry drift.

Widgets only: the page sets what they show and owns the actions of the drift tab's buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from console.locale_text import clock
from console.models import migration_texts as texts
from console.models.migrations import DriftModel, PlanStepModel
from console.widgets.page_parts import read_only_text, row_table, selectable_label, tool_button, wrapped_label
from console.widgets.tables import fit_model_key_columns
from console.widgets.theme import TONES

if TYPE_CHECKING:
    from core.services.migration_service import DriftRow, PlanPreview

ERROR_STYLE = f"color: {TONES['error'][0]};"


class MigrationTabs(QTabWidget):
    def __init__(self, preview_repair: QAction, repair: QAction) -> None:
        super().__init__()
        self.setObjectName("migrationTabs")
        self.addTab(self._plan_tab(), self.tr("Plan"))
        self.sql_view = read_only_text("sqlPreview", self.tr("SQL of the plan"))
        self.sql_view.setPlaceholderText(self.tr("The SQL of the plan shows here."))
        self.addTab(self.sql_view, self.tr("SQL preview"))
        self.log_view = read_only_text("runLog", self.tr("Run log"))
        self.log_view.setMaximumBlockCount(10_000)
        self.log_view.setPlaceholderText(self.tr("What runs, revision by revision."))
        self.addTab(self.log_view, self.tr("Log"))
        self.drift_tab_index = self.addTab(self._drift_tab(preview_repair, repair), self.tr("Registry drift"))

    def _plan_tab(self) -> QWidget:
        """What the plan does, its warnings, and its revisions in order."""
        plan_tab = QWidget()
        plan_layout = QVBoxLayout(plan_tab)
        self.plan_note = wrapped_label(
            "planNote", self.tr("Choose a target and press Plan: nothing runs before you press Run.")
        )
        plan_layout.addWidget(self.plan_note)
        self.plan_warning = selectable_label("planWarning", ERROR_STYLE)
        self.plan_warning.hide()
        plan_layout.addWidget(self.plan_warning)
        self.plan_model = PlanStepModel(self)
        self.plan_table = row_table(
            "planTable", self.plan_model, (4.5, 16, 12, 41, 38), label=self.tr("Planned steps")
        )
        fit_model_key_columns(self.plan_table)
        plan_layout.addWidget(self.plan_table, 1)
        return plan_tab

    def _drift_tab(self, preview_repair: QAction, repair: QAction) -> QWidget:
        """Registry drift: a note, the rows, and Preview repair / Repair."""
        drift_tab = QWidget()
        drift_layout = QVBoxLayout(drift_tab)
        self.drift_note = wrapped_label("driftNote")
        drift_layout.addWidget(self.drift_note)
        self.drift_model = DriftModel(self)
        self.drift_table = row_table(
            "driftTable", self.drift_model, (19, 16, 10, 32), label=self.tr("Registry drift")
        )
        fit_model_key_columns(self.drift_table)
        drift_layout.addWidget(self.drift_table, 1)
        drift_buttons = QHBoxLayout()
        drift_buttons.addStretch(1)
        drift_buttons.addWidget(tool_button(preview_repair, "previewRepairButton"))
        drift_buttons.addWidget(tool_button(repair, "repairButton"))
        drift_layout.addLayout(drift_buttons)
        return drift_tab

    def show_plan(self, preview: PlanPreview, module_name: Callable[[str], str]) -> None:
        """A plan's revisions, what it does in words, its warnings and its SQL; the Plan tab shows."""
        self.plan_model.set_steps(preview.plan.steps)
        self.plan_note.setText(texts.plan_note(preview.plan))
        warnings = texts.plan_warnings(preview, module_name)
        self.plan_warning.setText("\n".join(warnings))
        self.plan_warning.setVisible(bool(warnings))
        self.sql_view.setPlainText(texts.sql_text(preview))
        self.setCurrentIndex(0)

    def clear_plan(self, note: str) -> None:
        self.plan_model.set_steps([])
        self.sql_view.setPlainText("")
        self.plan_warning.hide()
        self.plan_note.setText(note)

    def show_log(self) -> None:
        self.setCurrentIndex(self.indexOf(self.log_view))

    def set_drift(self, rows: Sequence[DriftRow]) -> None:
        """The drift rows, their count in the tab's title, and the note above them."""
        self.drift_model.set_rows(rows)
        count = len(rows)
        self.setTabText(self.drift_tab_index, self.tr("Registry drift") + (f" ({count})" if count else ""))
        self.drift_note.setText(texts.drift_note(rows))

    def log(self, text: str) -> None:
        """A line of the run log, stamped with the time."""
        stamp = clock(datetime.now())
        self.log_view.appendPlainText(f"{stamp}  {text}")
