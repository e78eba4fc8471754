"""The run strip of the migrations page: the target chooser (direction, target, Plan, Run and the
run's progress) and the outcome of the last run.

They hold no plan and run nothing: the page fills the chooser with the targets of the chosen
direction (:func:`console.models.migration_texts.target_items`), reads the choice back, and
says how the run went.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QProgressBar, QWidget

from console.dialogs.errors import error_text
from console.locale_text import counted
from console.models import migration_texts as texts
from console.widgets._text import chars
from console.widgets.migration_tabs import ERROR_STYLE
from console.widgets.page_parts import Notice, tool_button

if TYPE_CHECKING:
    from core.errors import PlatformError
    from core.migrations import MigrationCancelled, MigrationFailed
    from core.services.migration_service import RunResult


class TargetChooser(QWidget):
    def __init__(self, plan_action: QAction, run_action: QAction, cancel_action: QAction) -> None:
        super().__init__()
        chooser = QHBoxLayout(self)
        chooser.setContentsMargins(0, 0, 0, 0)
        chooser.addWidget(QLabel(self.tr("Direction")))
        self.direction_combo = QComboBox()
        self.direction_combo.setObjectName("directionCombo")
        self.direction_combo.setAccessibleName(self.tr("Direction"))
        self.direction_combo.addItem(self.tr("Upgrade"), "upgrade")
        self.direction_combo.addItem(self.tr("Downgrade"), "downgrade")
        chooser.addWidget(self.direction_combo)
        chooser.addWidget(QLabel(self.tr("Target")))
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("targetCombo")
        self.target_combo.setAccessibleName(self.tr("Target revision"))
        self.target_combo.setEditable(True)
        self.target_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target_combo.setMinimumWidth(chars(self.target_combo, 45))
        line = self.target_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose what to migrate to, or type a revision"))
        chooser.addWidget(self.target_combo, 1)
        chooser.addWidget(tool_button(plan_action, "planButton"))
        chooser.addWidget(tool_button(run_action, "runButton"))
        self.progress = QProgressBar()
        self.progress.setObjectName("runProgress")
        self.progress.setMinimumWidth(chars(self.progress, 20))
        self.progress.setFormat(self.tr("%v of %m revisions"))  # set per run (plural)
        self.progress.setValue(0)
        self.progress.hide()  # shown from the first run on
        chooser.addWidget(self.progress)
        self.cancel_button = tool_button(cancel_action, "cancelRunButton")
        self.cancel_button.hide()  # shown while a run goes on
        chooser.addWidget(self.cancel_button)

    def start_progress(self, count: int) -> None:
        """Count ``count`` revisions from 0, in sight."""
        self.progress.setRange(0, count)
        self._counting()
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()

    def _counting(self) -> None:
        count = self.progress.maximum()
        self.progress.setFormat(counted(self.tr("%v of %Ln revision(s)", "", count), count))
        self.progress.setMinimumWidth(160)

    def cancelling(self) -> None:
        """Cancel was asked: the bar says the run stops after the current revision."""
        text = self.tr("Cancelling after the current revision…")
        self.progress.setMinimumWidth(self.progress.fontMetrics().horizontalAdvance(text) + 24)
        self.progress.setFormat(text)

    def run_ended(self) -> None:
        """The run is over: the bar counts what was applied again; Cancel goes."""
        self._counting()
        self.cancel_button.hide()

    def hide_progress(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.progress.setValue(0)

    def direction(self) -> str:
        return str(self.direction_combo.currentData() or "upgrade")

    def target(self) -> str:
        """The chosen target: an item's target, or what was typed."""
        combo = self.target_combo
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0:
            return str(combo.itemData(index))
        return text

    def choose(self, direction: str, target: str) -> None:
        """Choose ``direction`` and ``target`` (an item's target, or a typed one)."""
        self.direction_combo.setCurrentIndex(max(0, self.direction_combo.findData(direction)))
        index = self.target_combo.findData(target)
        if index >= 0:
            self.target_combo.setCurrentIndex(index)
        else:
            self.target_combo.setEditText(target)

    def upgrade(self) -> None:
        """Back to Upgrade, quietly (the page fills the targets next)."""
        self.direction_combo.blockSignals(True)
        self.direction_combo.setCurrentIndex(max(0, self.direction_combo.findData("upgrade")))
        self.direction_combo.blockSignals(False)

    def fill(self, items: Sequence[tuple[str, str]], keep: str, *, keep_typed: bool) -> None:
        """Offer ``items`` (label, target), quietly; ``keep`` stays chosen if offered, or typed
        (``keep_typed``: a plan of it is shown). Otherwise an upgrade goes to every head, and a
        downgrade target is never chosen for the user: nothing is chosen and Plan waits."""
        combo = self.target_combo
        combo.blockSignals(True)
        combo.clear()
        for label, target in items:
            combo.addItem(label, target)
        index = combo.findData(keep)
        if index >= 0:
            combo.setCurrentIndex(index)
        elif keep and combo.findText(keep) < 0 and keep not in ("heads",) and keep_typed:
            combo.setEditText(keep)
        elif combo.count() and self.direction() == "upgrade":
            combo.setCurrentIndex(0)  # heads: every branch to its head
        else:
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        combo.blockSignals(False)


class RunOutcome(Notice):
    """The outcome of the last run (the error, the revision it failed in) and the offer to restore
    the copy taken before it; hidden until a run ends."""

    def __init__(self) -> None:
        super().__init__("runResult", "runResultText", "", "restoreButton")
        self.button.setText(self.tr("Restore the backup…"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.button.hide()

    def say(self, text: str, style: str = "") -> None:
        self.label.setText(text)
        self.label.setStyleSheet(style)
        self.show()

    def succeeded(self, result: RunResult) -> str:
        """Say what the run applied, and where the copy taken before it is; returns the text."""
        text = texts.success_text(result)
        self.say(text)
        return text

    def failed(self, exc: MigrationFailed) -> list[str]:
        """Say where the run failed and what became of the revisions before; offer the restore
        when a copy was taken. Returns the lines said."""
        details = exc.details if isinstance(exc.details, dict) else {}
        lines = texts.failure_lines(details, exc.message, exc.backup_path)
        self.say("\n".join(lines), ERROR_STYLE)
        self.button.setVisible(exc.backup_path is not None)
        return lines

    def cancelled(self, exc: MigrationCancelled) -> list[str]:
        """Say what a cancelled run kept; offer the restore when revisions were kept and copied."""
        details = exc.details if isinstance(exc.details, dict) else {}
        lines = texts.cancelled_lines(details, exc.backup_path)
        self.say("\n".join(lines), "")
        self.button.setVisible(exc.backup_path is not None)
        return lines

    def refused(self, exc: PlatformError) -> str:
        """Say why the service refused the run (the downgrade guard, a permission...)."""
        details = exc.details if isinstance(exc.details, dict) else {}
        if exc.code == "migrations.module_enabled":
            text = texts.guard_text(details)
        else:
            text = self.tr("Refused, nothing was run: {error}").format(error=error_text(exc))
        self.say(text, ERROR_STYLE)
        return text
