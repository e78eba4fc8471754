"""The migrations page: per-branch status, plan with SQL preview, guarded runs, registry drift.

Everything goes through :class:`core.services.migration_service.MigrationService` (the same
service as ``platformctl migrate``) off the GUI thread: the service checks the permissions, the
destructive confirmation and the downgrade guard, and audits every run. The page shows the plan
before anything runs, asks an extra confirmation naming the destructive revisions (a dialog
opened with ``open()`` and awaited), runs in the background with per-revision progress and a live
log, and after a failure shows the revision it failed in and, on SQLite, offers to restore the
copy taken before the run.

Alembic is imported when the page first loads, not when the window starts.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.asyncutil import dialog_result, run_sync, spawn, threadsafe
from console.dialogs.errors import error_text, report
from console.dialogs.migrations import (
    ConfirmDialog,
    DestructiveConfirmDialog,
    RepairDialog,
    RestoreDialog,
    accepted,
)
from console.models.common import local_time, plural
from console.models.migrations import BranchStatusModel, DriftModel, PlanStepModel
from console.pages.base import Page
from console.widgets.tables import fit_model_key_columns, move_columns_first
from console.widgets.theme import TONES
from core.errors import PlatformError

if TYPE_CHECKING:
    from core.migrations import MigrationFailed, PlanStep
    from core.services.migration_runs import InterruptedRun
    from core.services.migration_service import (
        DriftRow,
        MigrationService,
        MigrationStatus,
        PlanPreview,
        RepairResult,
        RestoreResult,
        RunResult,
    )

ERROR_STYLE = f"color: {TONES['error'][0]};"
WARNING_STYLE = f"color: {TONES['warning'][0]};"
_DANGER_BOX = f"background: {TONES['danger_back'][0]}; border: 1px solid {TONES['danger_border'][0]};"
BANNER_FRAME = f"{_DANGER_BOX} border-radius: 4px;"
BANNER_STYLE = (
    f"QLabel {{ background: {TONES['danger_back'][0]}; color: {TONES['danger_text'][0]};"
    f" border: 1px solid {TONES['danger_border'][0]}; border-radius: 4px;"
    " padding: 6px; }"
)


def _monospace() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    return font


def _read_only_text(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setReadOnly(True)
    edit.setFont(_monospace())
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return edit


def _table(name: str, model: Any) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class MigrationsPage(Page):
    def __init__(self, session, window=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, window)
        self._service: MigrationService | None = None
        self.status: MigrationStatus | None = None
        self.drift_rows: list[DriftRow] = []
        self.preview: PlanPreview | None = None
        self.result: RunResult | None = None
        self.failure: MigrationFailed | None = None
        self.refusal: PlatformError | None = None
        self.interrupted: InterruptedRun | None = None
        self.confirm_dialog: ConfirmDialog | None = None  # the open confirmation (tests, palette)
        self.running = False
        self._step_started = 0.0
        self._run_started = 0.0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        # -- summary, drift banner ------------------------------------------------------------------
        top = QHBoxLayout()
        self.summary_label = QLabel(self.tr("Loading the migration status…"))
        self.summary_label.setObjectName("migrationsSummary")
        font = self.summary_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary_label.setFont(font)
        top.addWidget(self.summary_label, 1)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.triggered.connect(self.reload)
        top.addWidget(self._button(self.refresh_action, "migrationsRefresh"))
        layout.addLayout(top)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("migrationsProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(BANNER_STYLE)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.interrupted_frame = QFrame()
        self.interrupted_frame.setObjectName("interruptedRun")
        self.interrupted_frame.setStyleSheet(f"QFrame#interruptedRun {{ {BANNER_FRAME} }}")
        banner = QHBoxLayout(self.interrupted_frame)
        self.interrupted_label = QLabel()
        self.interrupted_label.setObjectName("interruptedText")
        self.interrupted_label.setWordWrap(True)
        self.interrupted_label.setStyleSheet(f"color: {TONES['danger_text'][0]};")
        self.interrupted_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner.addWidget(self.interrupted_label, 1)
        self.interrupted_restore = QPushButton(self.tr("Restore the backup…"))
        self.interrupted_restore.setObjectName("interruptedRestoreButton")
        self.interrupted_restore.clicked.connect(lambda: spawn(self.restore_interrupted(), self))
        banner.addWidget(self.interrupted_restore, 0, Qt.AlignmentFlag.AlignTop)
        self.interrupted_frame.hide()
        layout.addWidget(self.interrupted_frame)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.branch_model = BranchStatusModel(self)
        self.branch_table = _table("branchTable", self.branch_model)
        for column, width in enumerate((110, 100, 130, 130, 420)):
            self.branch_table.setColumnWidth(column, width)
        fit_model_key_columns(self.branch_table)
        move_columns_first(self.branch_table, (0, 1, 2, 3, 5))  # "Pending" (free text) last, stretched
        self.branch_table.doubleClicked.connect(self._branch_double_clicked)
        splitter.addWidget(self.branch_table)

        # -- target chooser, plan and run -------------------------------------------------------------
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Direction")))
        self.direction_combo = QComboBox()
        self.direction_combo.setObjectName("directionCombo")
        self.direction_combo.addItem(self.tr("Upgrade"), "upgrade")
        self.direction_combo.addItem(self.tr("Downgrade"), "downgrade")
        self.direction_combo.currentIndexChanged.connect(lambda _i: self._direction_changed())
        chooser.addWidget(self.direction_combo)
        chooser.addWidget(QLabel(self.tr("Target")))
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("targetCombo")
        self.target_combo.setEditable(True)
        self.target_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target_combo.setMinimumWidth(360)
        line = self.target_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose what to migrate to, or type a revision"))
        self.target_combo.currentTextChanged.connect(lambda _t: self._target_changed())
        chooser.addWidget(self.target_combo, 1)
        self.plan_action = QAction(self.tr("Plan"), self)
        self.plan_action.setToolTip(self.tr("Show the revisions and the SQL, without running anything"))
        self.plan_action.triggered.connect(lambda: spawn(self.plan_target(), self))
        self.run_action = QAction(self.tr("Run…"), self)
        self.run_action.triggered.connect(lambda: spawn(self.run_plan(), self))
        chooser.addWidget(self._button(self.plan_action, "planButton"))
        chooser.addWidget(self._button(self.run_action, "runButton"))
        self.progress = QProgressBar()
        self.progress.setObjectName("runProgress")
        self.progress.setMinimumWidth(160)
        self.progress.setFormat(self.tr("%v of %m revisions"))  # set per run (plural)
        self.progress.setValue(0)
        self.progress.hide()  # shown from the first run on
        chooser.addWidget(self.progress)
        lower_layout.addLayout(chooser)

        # -- outcome of the last run: error, revision, restore --------------------------------------------
        self.result_frame = QFrame()
        self.result_frame.setObjectName("runResult")
        self.result_frame.setFrameShape(QFrame.Shape.StyledPanel)
        result_layout = QHBoxLayout(self.result_frame)
        self.result_label = QLabel()
        self.result_label.setObjectName("runResultText")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_layout.addWidget(self.result_label, 1)
        self.restore_button = QPushButton(self.tr("Restore the backup…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(lambda: spawn(self.restore_backup(), self))
        self.restore_button.hide()
        result_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        self.result_frame.hide()
        lower_layout.addWidget(self.result_frame)

        # -- plan, SQL, log, registry drift -------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setObjectName("migrationTabs")
        plan_tab = QWidget()
        plan_layout = QVBoxLayout(plan_tab)
        self.plan_note = QLabel(self.tr("Choose a target and press Plan: nothing runs before you press Run."))
        self.plan_note.setObjectName("planNote")
        self.plan_note.setWordWrap(True)
        plan_layout.addWidget(self.plan_note)
        self.plan_warning = QLabel()
        self.plan_warning.setObjectName("planWarning")
        self.plan_warning.setWordWrap(True)
        self.plan_warning.setStyleSheet(ERROR_STYLE)
        self.plan_warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan_warning.hide()
        plan_layout.addWidget(self.plan_warning)
        self.plan_model = PlanStepModel(self)
        self.plan_table = _table("planTable", self.plan_model)
        for column, width in enumerate((36, 130, 100, 330, 300)):
            self.plan_table.setColumnWidth(column, width)
        fit_model_key_columns(self.plan_table)
        plan_layout.addWidget(self.plan_table, 1)
        self.tabs.addTab(plan_tab, self.tr("Plan"))
        self.sql_view = _read_only_text("sqlPreview")
        self.sql_view.setPlaceholderText(self.tr("The SQL of the plan shows here."))
        self.tabs.addTab(self.sql_view, self.tr("SQL preview"))
        self.log_view = _read_only_text("runLog")
        self.log_view.setMaximumBlockCount(10_000)
        self.log_view.setPlaceholderText(self.tr("What runs, revision by revision."))
        self.tabs.addTab(self.log_view, self.tr("Log"))
        drift_tab = QWidget()
        drift_layout = QVBoxLayout(drift_tab)
        self.drift_note = QLabel()
        self.drift_note.setObjectName("driftNote")
        self.drift_note.setWordWrap(True)
        drift_layout.addWidget(self.drift_note)
        self.drift_model = DriftModel(self)
        self.drift_table = _table("driftTable", self.drift_model)
        for column, width in enumerate((150, 130, 80, 260)):
            self.drift_table.setColumnWidth(column, width)
        fit_model_key_columns(self.drift_table)
        drift_layout.addWidget(self.drift_table, 1)
        drift_buttons = QHBoxLayout()
        drift_buttons.addStretch(1)
        self.preview_repair_action = QAction(self.tr("Preview repair"), self)
        self.preview_repair_action.triggered.connect(lambda: spawn(self.preview_repair(), self))
        self.repair_action = QAction(self.tr("Repair…"), self)
        self.repair_action.triggered.connect(lambda: spawn(self.repair(), self))
        drift_buttons.addWidget(self._button(self.preview_repair_action, "previewRepairButton"))
        drift_buttons.addWidget(self._button(self.repair_action, "repairButton"))
        drift_layout.addLayout(drift_buttons)
        self.drift_tab_index = self.tabs.addTab(drift_tab, self.tr("Registry drift"))
        lower_layout.addWidget(self.tabs, 1)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self._update_actions()

    def _button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def commands(self) -> list[QAction]:
        return [
            self.plan_action,
            self.run_action,
            self.refresh_action,
            self.preview_repair_action,
            self.repair_action,
        ]

    @property
    def service(self) -> MigrationService:
        if self._service is None:
            self._service = self.session.migrations
        return self._service

    def module_name(self, branch: str) -> str:
        """A branch's module as people know it (``dev-tools`` -> ``Developer tools``)."""
        code = self.service.module_of(branch)
        registry = self.session.registry
        return registry.get(code).name if code in registry else code

    # -- permissions and state --------------------------------------------------------------------------
    def can_run(self) -> bool:
        return self.session.can_write("migrations.run")

    def _update_actions(self) -> None:
        may_run = self.can_run()
        status = self.status
        read_only = status is not None and status.read_only
        idle = not self.running
        self.refresh_action.setEnabled(idle)
        self.plan_action.setEnabled(idle and status is not None and not read_only and bool(self.target()))
        preview = self.preview
        runnable = preview is not None and bool(preview.plan.steps) and preview.guard is None
        self.run_action.setEnabled(may_run and idle and not read_only and runnable)
        if not may_run:
            why = self.tr("Only a super admin can run migrations.")
            if self.session.read_only:
                why = self.session.read_only_reason or self.tr("The database is open read-only.")
        elif read_only:
            why = self.tr("The database holds revisions this code does not know: it is read-only.")
        elif preview is None:
            why = self.tr("Plan first: the run does exactly what the plan shows.")
        elif preview.guard is not None:
            why = self.tr("The downgrade guard refuses this plan (see the plan).")
        elif not preview.plan.steps:
            why = self.tr("Nothing to run.")
        else:
            why = self.tr("Run the plan shown below")
        self.run_action.setToolTip(why)
        repairable = any(row.repairable for row in self.drift_rows)
        self.preview_repair_action.setEnabled(may_run and idle and repairable)
        self.repair_action.setEnabled(may_run and idle and repairable)
        for action in (self.preview_repair_action, self.repair_action):
            action.setToolTip(
                action.text() if may_run else self.tr("Only a super admin can repair registry drift.")
            )
        self.restore_button.setEnabled(may_run and idle)
        self.interrupted_restore.setEnabled(may_run and idle)
        self.interrupted_restore.setToolTip(
            self.tr("Put back the copy of the database taken before the interrupted run")
            if may_run
            else self.tr("Only a super admin can restore a backup.")
        )
        self.direction_combo.setEnabled(idle)
        self.target_combo.setEnabled(idle)

    def session_changed(self) -> None:
        self._update_actions()

    def database_changed(self) -> None:
        if not self.running:  # a run reloads when it ends; its own writes need no reload meanwhile
            super().database_changed()

    # -- loading -------------------------------------------------------------------------------------
    async def load(self) -> None:
        actor = self.session.require_actor()
        status, drift, interrupted = await run_sync(self._read, actor)
        self.set_status(status)
        self.set_drift(drift)
        self.set_interrupted(interrupted)

    def _read(self, actor: Any) -> tuple[MigrationStatus, list[DriftRow], InterruptedRun | None]:
        service = self.service
        return service.status(actor), service.drift(actor), service.interrupted_run(actor)

    @staticmethod
    def _run_words(run: InterruptedRun) -> dict[str, str]:
        m = run.marker
        time_ = local_time(m.started_at, seconds=False)
        return {"direction": m.direction, "target": m.target, "actor": m.actor, "time": time_}

    def set_interrupted(self, run: InterruptedRun | None) -> None:
        """The banner of a run killed half-way (noticed and audited by the service)."""
        self.interrupted = run
        if run is None:
            self.interrupted_frame.hide()
            return
        head = self.tr(
            "A migration run did not finish: the {direction} to {target} started by {actor} at {time} "
            "was interrupted (its process ended)."
        ).format(**self._run_words(run))
        if run.changed_nothing:
            text = head + " " + self.tr("It had not changed anything yet: the database is as it was.")
        elif run.restorable:
            text = (
                head
                + " "
                + self.tr(
                    "The database may be part-way between revisions. Restore the copy taken before the "
                    "run ({path}), or plan and run the migration again. From a terminal: {command}"
                ).format(path=run.backup, command=run.restore_command)
            )
        else:
            text = head + " " + self.tr("There is no copy to restore: plan and run the migration again.")
        self.interrupted_label.setText(text)
        self.interrupted_restore.setVisible(run.restorable)
        self.interrupted_frame.show()
        self._update_actions()

    def set_status(self, status: MigrationStatus) -> None:
        self.status = status
        self.branch_model.set_branches(status.branches)
        self.summary_label.setText(self.summary_text(status))
        if status.problems:
            lines = [p.message for p in status.problems]
            head = (
                self.tr("This database was migrated by a newer release: it is read-only here.")
                if status.database_newer
                else self.tr("The database holds revisions this code does not know: it is read-only here.")
            )
            self.problem_label.setText("\n".join([head, *lines]))
            self.problem_label.show()
        else:
            self.problem_label.hide()
        self._fill_targets()
        self._update_actions()

    def summary_text(self, status: MigrationStatus) -> str:
        if status.problems:
            return self.tr("Read-only: the database is ahead of this code or holds unknown revisions")
        if not status.pending:
            return plural(
                len(status.branches),
                self.tr("The only branch is up to date"),
                self.tr("All {n} branches are up to date"),
            )
        behind = plural(status.behind, self.tr("{n} module behind"), self.tr("{n} modules behind"))
        pending = plural(status.pending, self.tr("{n} revision to run"), self.tr("{n} revisions to run"))
        text = f"{behind}, {pending}"
        if status.empty:
            text += " " + self.tr("(empty database)")
        return text

    def set_drift(self, rows: list[DriftRow]) -> None:
        self.drift_rows = list(rows)
        self.drift_model.set_rows(rows)
        count = len(rows)
        label = self.tr("Registry drift") + (f" ({count})" if count else "")
        self.tabs.setTabText(self.drift_tab_index, label)
        if not rows:
            self.drift_note.setText(
                self.tr("No registry drift: every module code is known and every core module is on.")
            )
        else:
            self.drift_note.setText(
                plural(
                    count,
                    self.tr("1 problem that schema migrations do not see:"),
                    self.tr("{n} problems that schema migrations do not see:"),
                )
                + " "
                + self.tr(
                    "rows naming a module this release no longer has, or core modules missing on "
                    "platforms. Repair renames the rows to the module that replaces the old code and "
                    "enables the core modules, in one audited transaction."
                )
            )
        self._update_actions()

    # -- the target ------------------------------------------------------------------------------------
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

    def set_target(self, direction: str, target: str) -> None:
        """Choose ``direction`` and ``target`` (an item's target, or a typed one)."""
        self.direction_combo.setCurrentIndex(max(0, self.direction_combo.findData(direction)))
        index = self.target_combo.findData(target)
        if index >= 0:
            self.target_combo.setCurrentIndex(index)
        else:
            self.target_combo.setEditText(target)
        self._target_changed()

    def _fill_targets(self, keep: str | None = None) -> None:
        """The targets of the chosen direction; ``keep`` (default: the current one) stays chosen.

        A downgrade target is never chosen for the user: when the kept one is gone (a run just
        took it away), nothing is chosen and Plan waits for a choice.
        """
        combo = self.target_combo
        keep = self.target() if keep is None else keep
        combo.blockSignals(True)
        combo.clear()
        branches = self.status.branches if self.status else ()
        if self.direction() == "upgrade":
            combo.addItem(self.tr("heads — every branch to its head"), "heads")
            for b in branches:
                if b.pending and b.head:
                    combo.addItem(
                        self.tr("{branch}@head — {branch} to {head}").format(branch=b.branch, head=b.head),
                        f"{b.branch}@head",
                    )
                for r in b.pending[:-1]:
                    combo.addItem(
                        self.tr("{revision} — {branch} up to {revision}").format(
                            revision=r.revision, branch=b.branch
                        ),
                        r.revision,
                    )
        else:
            for b in branches:
                if b.current and not b.drift:
                    combo.addItem(
                        self.tr("{branch}@base — remove {branch} (drops its tables)").format(branch=b.branch),
                        f"{b.branch}@base",
                    )
                for revision in reversed(b.applied[:-1]):
                    combo.addItem(
                        self.tr("{revision} — {branch} down to {revision}").format(
                            revision=revision, branch=b.branch
                        ),
                        revision,
                    )
        index = combo.findData(keep)
        if index >= 0:
            combo.setCurrentIndex(index)
        elif keep and combo.findText(keep) < 0 and keep not in ("heads",) and self.preview is not None:
            combo.setEditText(keep)
        elif combo.count() and self.direction() == "upgrade":
            combo.setCurrentIndex(0)  # heads: every branch to its head
        else:
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        combo.blockSignals(False)

    def reset_choice(self) -> None:
        """Back to the safe default after a run: upgrade, every branch to its head."""
        self.direction_combo.blockSignals(True)
        self.direction_combo.setCurrentIndex(max(0, self.direction_combo.findData("upgrade")))
        self.direction_combo.blockSignals(False)
        self._fill_targets(keep="heads")
        self._update_actions()

    def _direction_changed(self) -> None:
        self._fill_targets()
        self._target_changed()

    def _target_changed(self) -> None:
        if self.running:
            return
        if self.preview is not None and (
            self.preview.plan.direction != self.direction() or self.preview.plan.target != self.target()
        ):
            self._clear_preview()
        self._update_actions()

    def _branch_double_clicked(self, index: Any) -> None:
        row = self.branch_model.row_at(index.row())
        if row is None or self.running:
            return
        if row.pending:
            self.set_target("upgrade", f"{row.branch}@head")
        elif row.current:
            self.set_target("downgrade", f"{row.branch}@base")
        spawn(self.plan_target(), self)

    # -- plan --------------------------------------------------------------------------------------------
    def _clear_preview(self) -> None:
        self.preview = None
        self.plan_model.set_steps([])
        self.sql_view.setPlainText("")
        self.plan_warning.hide()
        self.plan_note.setText(self.tr("Press Plan to see the revisions and the SQL for this target."))

    async def plan_target(self) -> PlanPreview | None:
        """Plan the chosen target off the GUI thread; show revisions, marks, guard and SQL."""
        target, direction = self.target(), self.direction()
        actor = self.session.require_actor()
        self._clear_preview()
        self.clear_result()
        self.plan_note.setText(
            self.tr("Planning {direction} to {target}…").format(direction=direction, target=target)
        )
        self.plan_action.setEnabled(False)
        try:
            preview = await run_sync(self.service.plan, actor, target, direction, sql=True)
        except PlatformError as exc:
            self.plan_note.setText(self.tr("Cannot plan: {error}").format(error=error_text(exc)))
            return None
        finally:
            self._update_actions()
        if (target, direction) != (self.target(), self.direction()):
            return preview  # the choice changed meanwhile: this plan is stale, do not show it
        self.show_preview(preview)
        return preview

    def show_preview(self, preview: PlanPreview) -> None:
        self.preview = preview
        plan = preview.plan
        self.plan_model.set_steps(plan.steps)
        if not plan.steps:
            self.plan_note.setText(
                self.tr("Nothing to do: the database is already at {target}.").format(target=plan.target)
            )
        else:
            branches = ", ".join(plan.branches)
            self.plan_note.setText(
                plural(
                    len(plan.steps),
                    self.tr("{direction} to {target}: 1 revision, on {branches}."),
                    self.tr("{direction} to {target}: {n} revisions, in this order, on {branches}."),
                    direction=plan.direction.capitalize(),
                    target=plan.target,
                    branches=branches,
                )
            )
        warnings: list[str] = []
        if preview.destructive_revisions:
            steps = [step for step in plan.steps if step.destructive]
            modules = list(dict.fromkeys(self.module_name(step.branch) for step in steps))
            warnings.append(
                self.tr(
                    "This deletes data of {modules} ({revisions}); you will be asked to confirm first."
                ).format(modules=", ".join(modules), revisions=", ".join(preview.destructive_revisions))
            )
        if preview.guard is not None:
            warnings.append(self.guard_text(preview.guard.to_dict(), preview.guard.message))
        self.plan_warning.setText("\n".join(warnings))
        self.plan_warning.setVisible(bool(warnings))
        if preview.sql_error:
            self.sql_view.setPlainText(f"-- {preview.sql_error}")
        else:
            header = (
                self.tr("-- SQLite: statements captured from a dry run on a scratch copy of the database")
                if preview.dialect == "sqlite"
                else self.tr("-- PostgreSQL: Alembic's offline SQL; the run is one transaction")
            )
            self.sql_view.setPlainText(f"{header}\n\n{preview.sql or ''}")
        self.tabs.setCurrentIndex(0)
        self._update_actions()

    def guard_text(self, details: dict[str, Any], message: str = "") -> str:
        """Modules that would lose tables, with their platform counts, and the platforms named."""
        modules = details.get("modules") or []
        per_module = details.get("per_module") or {}
        count = int(details.get("platform_count") or 0)
        platforms = list(details.get("platforms") or [])
        more = count - len(platforms)
        named = ", ".join(platforms) + (
            plural(more, self.tr(" and 1 more"), self.tr(" and {n} more")) if more > 0 else ""
        )
        mods = ", ".join(
            plural(
                int(per_module.get(m, 0)),
                self.tr("{module} (on 1 platform)"),
                self.tr("{module} (on {n} platforms)"),
                module=m,
            )
            for m in modules
        )
        text = plural(
            count,
            self.tr("Refused: this downgrade drops the tables of {modules}, on 1 platform: {platforms}."),
            self.tr("Refused: this downgrade drops the tables of {modules}, on {n} platforms: {platforms}."),
            modules=mods,
            platforms=named,
        )
        core = details.get("core") or []
        optional = [m for m in modules if m not in core]
        if optional:
            text += " " + self.tr("Disable {modules} on every platform first.").format(
                modules=", ".join(optional)
            )
        if core:
            text += " " + self.tr("{modules}: core, on for every platform; their tables stay.").format(
                modules=", ".join(core)
            )
        return text

    # -- run ----------------------------------------------------------------------------------------------
    async def run_plan(self) -> RunResult | None:
        """Run the plan shown (planning first if there is none), in the background."""
        preview = self.preview
        if preview is None:
            preview = await self.plan_target()
            if preview is None or self.preview is not preview:
                return None
        plan = preview.plan
        if not plan.steps:
            self.log(self.tr("Nothing to do: {target} is already reached.").format(target=plan.target))
            return None
        confirmed = False
        if preview.destructive_revisions and preview.guard is None:
            destructive = [step for step in plan.steps if step.destructive]
            dialog = DestructiveConfirmDialog(
                destructive,
                plan.direction,
                plan.target,
                self,
                module_of=self.module_name,
                backup=self.session.db.is_sqlite,
            )
            if not await self._confirm(dialog):
                self.log(self.tr("Not confirmed: nothing was run."))
                return None
            confirmed = True
        actor = self.session.require_actor()
        self.running = True
        self.clear_result()
        self._update_actions()
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.log_view))
        self.progress.setRange(0, len(plan.steps))
        self.progress.setFormat(
            plural(len(plan.steps), self.tr("%v of 1 revision"), self.tr("%v of {n} revisions"))
        )
        self.progress.setValue(0)
        self.progress.show()
        self.log(
            plural(
                len(plan.steps),
                self.tr("{direction} to {target}: 1 revision"),
                self.tr("{direction} to {target}: {n} revisions"),
                direction=plan.direction,
                target=plan.target,
            )
        )
        self._run_started = self._step_started = time.monotonic()
        self._running_step(0)
        progress = threadsafe(self._on_progress)
        result: RunResult | None = None
        try:
            result = await run_sync(
                self.service.run,
                actor,
                plan.target,
                plan.direction,
                confirmed,
                progress,
                expected=preview.revisions,
            )
        except PlatformError as exc:
            from core.migrations import MigrationFailed

            if isinstance(exc, MigrationFailed):
                self.show_failure(exc)
            else:
                self.show_refusal(exc)
        except Exception as exc:
            self._show_result(
                self.tr("Unexpected error during the run: {error}. The details are in the log file.").format(
                    error=f"{type(exc).__name__}: {exc}"
                ),
                ERROR_STYLE,
            )
            self.log(self.tr("unexpected error: {error}").format(error=exc))
            report(exc, self)
        else:
            self.show_success(result)
        finally:
            self.running = False
            self.preview = None
            self._update_actions()
        await self._reload_after_run()
        if self.refusal is None:  # something ran: back to the safe default, the outcome stays shown
            self.reset_choice()
        return result

    async def _reload_after_run(self) -> None:
        try:
            await self.load()
        except PlatformError as exc:
            self.log(self.tr("Could not reload the status: {error}").format(error=error_text(exc)))

    def _running_step(self, row: int) -> None:
        if row < self.plan_model.rowCount():
            self.plan_model.set_state(row, PlanStepModel.RUNNING)
            step = self.plan_model.row_at(row)
            self.show_status(self.tr("Running {revision}…").format(revision=step.revision), 0)

    def _on_progress(self, step: PlanStep, index: int, total: int) -> None:
        """A revision was applied (called on the GUI thread through ``threadsafe``)."""
        now = time.monotonic()
        elapsed, self._step_started = now - self._step_started, now
        self.progress.setMaximum(total)
        self.progress.setValue(index)
        row = self.plan_model.row_of(step.revision)
        self.plan_model.set_state(row if row >= 0 else index - 1, PlanStepModel.APPLIED)
        self.log(
            self.tr("[{index}/{total}] {direction} {revision} ({branch}): {message} — {seconds} s").format(
                index=index,
                total=total,
                direction=step.direction,
                revision=step.revision,
                branch=step.branch,
                message=step.message,
                seconds=f"{elapsed:.2f}",
            )
        )
        self._running_step(index)

    def show_success(self, result: RunResult) -> None:
        self.result = result
        self.progress.setValue(self.progress.maximum())
        text = plural(
            len(result.applied),
            self.tr("{direction} to {target} done: 1 revision applied in {seconds} s."),
            self.tr("{direction} to {target} done: {n} revisions applied in {seconds} s."),
            direction=result.direction.capitalize(),
            target=result.target,
            seconds=f"{result.elapsed:.2f}",
        )
        if result.backup_path:
            text += " " + self.tr("A copy of the database before the run is kept at {path}.").format(
                path=result.backup_path
            )
        self.log(text)
        self._show_result(text, "")
        self.show_status(text)

    def show_failure(self, exc: MigrationFailed) -> None:
        """The error, the revision it failed in, and what became of the revisions before it."""
        self.failure = exc
        details = exc.details if isinstance(exc.details, dict) else {}
        failed_at = details.get("revision")
        applied = list(details.get("applied") or [])
        rolled_back = bool(details.get("rolled_back"))
        for row in range(self.plan_model.rowCount()):
            step = self.plan_model.row_at(row)
            if step.revision == failed_at:
                self.plan_model.set_state(row, PlanStepModel.FAILED)
            elif self.plan_model.state(row) in (PlanStepModel.APPLIED, PlanStepModel.RUNNING):
                state = PlanStepModel.ROLLED_BACK if rolled_back else PlanStepModel.KEPT
                if not rolled_back and step.revision not in applied:
                    state = PlanStepModel.PENDING
                self.plan_model.set_state(row, state)
        lines = [
            self.tr("The run failed in {revision}: {error}").format(
                revision=failed_at or self.tr("(before the first revision)"),
                error=details.get("error") or exc.message,
            )
        ]
        if rolled_back:
            lines.append(
                self.tr(
                    "PostgreSQL rolled the whole run back in its one transaction: the schema is exactly as "
                    "it was before."
                )
            )
        else:
            lines.append(
                self.tr("Applied and kept before the failure: {revisions}.").format(
                    revisions=", ".join(applied) if applied else self.tr("none")
                )
            )
            if exc.backup_path:
                lines.append(
                    self.tr("The database as it was before the run is saved at {path}.").format(
                        path=exc.backup_path
                    )
                )
        text = "\n".join(lines)
        for line in lines:
            self.log(line)
        self._show_result(text, ERROR_STYLE)
        self.restore_button.setVisible(exc.backup_path is not None)
        self.tabs.setCurrentIndex(0)

    def show_refusal(self, exc: PlatformError) -> None:
        self.refusal = exc
        details = exc.details if isinstance(exc.details, dict) else {}
        if exc.code == "migrations.module_enabled":
            text = self.guard_text(details, exc.message)
        else:
            text = self.tr("Refused, nothing was run: {error}").format(error=error_text(exc))
        self.log(text)
        self._show_result(text, ERROR_STYLE)
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.log_view))

    def clear_result(self) -> None:
        """Forget the outcome of the last run: its banner, progress and restore offer."""
        self.result = self.failure = self.refusal = None
        self.result_frame.hide()
        self.restore_button.hide()
        self.progress.hide()
        self.progress.setValue(0)

    def _show_result(self, text: str, style: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(style)
        self.result_frame.show()

    def log(self, text: str) -> None:
        stamp = time.strftime("%H:%M:%S")
        self.log_view.appendPlainText(f"{stamp}  {text}")

    def log_text(self) -> str:
        return self.log_view.toPlainText()

    async def _confirm(self, dialog: ConfirmDialog) -> bool:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_dialog = dialog
        try:
            return accepted(await dialog_result(dialog))
        finally:
            self.confirm_dialog = None

    # -- restore (SQLite) ---------------------------------------------------------------------------
    async def restore_backup(self) -> RestoreResult | None:
        """Restore the copy taken before the run that just failed."""
        failure = self.failure
        if failure is None or failure.backup_path is None:
            return None
        details = failure.details if isinstance(failure.details, dict) else {}
        applied = list(details.get("applied") or [])
        failed_at = details.get("revision")
        where = self.tr(" in {revision}").format(revision=failed_at) if failed_at else ""
        situation = self.tr("The run failed{where}. Applied and kept before the failure: {applied}.").format(
            where=where, applied=", ".join(applied) if applied else self.tr("none")
        )
        return await self._restore(failure.backup_path, situation)

    async def restore_interrupted(self) -> RestoreResult | None:
        """Restore the copy taken before a run that was interrupted (killed)."""
        run = self.interrupted
        if run is None or not run.restorable or run.backup is None:
            return None
        situation = self.tr(
            "The {direction} to {target} started by {actor} at {time} was interrupted before it finished."
        ).format(**self._run_words(run))
        return await self._restore(run.backup, situation)

    async def _restore(self, backup: Path, situation: str) -> RestoreResult | None:
        if not await self._confirm(RestoreDialog(str(backup), situation, self)):
            return None
        actor = self.session.require_actor()
        self.running = True
        self._update_actions()
        try:
            result = await run_sync(self.service.restore, actor, backup)
        except PlatformError as exc:
            self._show_result(self.tr("Restore refused: {error}").format(error=error_text(exc)), ERROR_STYLE)
            return None
        finally:
            self.running = False
            self._update_actions()
        self.failure = None
        self.restore_button.hide()
        text = self.tr(
            "Restored the database from {path}; its revisions are now: {heads}. The database as it was "
            "before the restore is saved at {saved}."
        ).format(
            path=result.backup_path, heads=", ".join(result.heads) or self.tr("none"), saved=result.saved_path
        )
        self.log(text)
        self._show_result(text, "")
        await self._reload_after_run()
        self.reset_choice()
        return result

    # -- registry drift ------------------------------------------------------------------------------
    async def preview_repair(self) -> RepairResult | None:
        actor = self.session.require_actor()
        try:
            result = await run_sync(self.service.repair, actor, True)
        except PlatformError as exc:
            self.drift_note.setText(self.tr("Cannot repair: {error}").format(error=error_text(exc)))
            return None
        self.drift_note.setText(
            self.tr("Dry run (nothing written): {summary}").format(summary=result.summary)
        )
        return result

    async def repair(self) -> RepairResult | None:
        """Dry run, confirmation listing what changes, then the audited repair."""
        dry = await self.preview_repair()
        if dry is None:
            return None
        if not dry.changed:
            return dry
        dialog = RepairDialog(dry.summary.removeprefix("would have "), [d.message for d in dry.drift], self)
        if not await self._confirm(dialog):
            return None
        actor = self.session.require_actor()
        self.running = True
        self._update_actions()
        try:
            result = await run_sync(self.service.repair, actor, False)
        except PlatformError as exc:
            self.drift_note.setText(self.tr("Repair refused: {error}").format(error=error_text(exc)))
            return None
        finally:
            self.running = False
            self._update_actions()
        self.log(self.tr("Registry drift repaired: {summary}").format(summary=result.summary))
        self.show_status(result.summary)
        await self._reload_after_run()
        self.drift_note.setText(self.tr("Repaired: {summary}").format(summary=result.summary))
        return result
