"""The migrations page: per-branch status, plan with SQL preview, guarded runs, registry drift.

Everything goes through :class:`core.services.migration_service.MigrationService` (the same
service as ``platformctl migrate``) off the GUI thread: the service checks the permissions, the
destructive confirmation and the downgrade guard, and audits every run. The page shows the plan
before anything runs, asks an extra confirmation naming the destructive revisions (a dialog
opened with ``open()`` and awaited), runs in the background with per-revision progress and a live
log, and after a failure shows the revision it failed in and, on SQLite, offers to restore the
copy taken before the run.

The page builds its widgets in small named parts (``_build_*``): the header and banners
(:mod:`console.widgets.migration_status`), the target chooser and the run's outcome
(:mod:`console.widgets.migration_target`), the tabs (:mod:`console.widgets.migration_tabs`). What
it says and what it offers come from :mod:`console.models.migration_texts`; the confirmations
from :mod:`console.dialogs.migrations`. The GUI thread never waits (docs/architecture.md,
"Console threading"). Alembic is imported when the page first loads, not when the window starts.
A run can be cancelled between revisions (Cancel beside the progress). The file is longer than
500 lines because it coordinates five jobs (status, plan, run, restore, repair) whose parts already
live in the widgets, texts and dialogs named above; what remains is their sequencing.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from console.asyncutil import dialog_result, run_sync, spawn, threadsafe
from console.dialogs.errors import error_text, report
from console.dialogs.migrations import (
    ConfirmDialog,
    DestructiveConfirmDialog,
    RepairDialog,
    RestoreDialog,
    accepted,
)
from console.models import migration_texts as texts
from console.models.migrations import BranchStatusModel
from console.pages.base import Page
from console.widgets.migration_status import StatusHeader
from console.widgets.migration_tabs import ERROR_STYLE, MigrationTabs
from console.widgets.migration_target import RunOutcome, TargetChooser
from console.widgets.module_texts import module_text
from console.widgets.page_parts import enter_action, row_table, splitter
from console.widgets.table_export import add_export_action, snapshot_rows
from console.widgets.tables import fit_model_key_columns, move_columns_first
from core.errors import PlatformError

if TYPE_CHECKING:
    from core.migrations import MigrationCancelled, MigrationFailed, PlanStep
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


class MigrationsPage(Page):
    def __init__(self, session, window=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, window)
        self._service: MigrationService | None = None
        self.status: MigrationStatus | None = None
        self.drift_rows: list[DriftRow] = []
        self.preview: PlanPreview | None = None
        self.result: RunResult | None = None
        self.failure: MigrationFailed | MigrationCancelled | None = None
        self.refusal: PlatformError | None = None
        self.interrupted: InterruptedRun | None = None
        self.confirm_dialog: ConfirmDialog | None = None  # the open confirmation (tests, palette)
        self.running = False
        self._cancel: threading.Event | None = None  # set while a migration run can be cancelled
        self._step_started = 0.0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._build_header())
        parts = (self._build_branch_table(), self._build_lower_half())
        layout.addWidget(splitter(Qt.Orientation.Vertical, parts, (2, 3)), 1)
        self.export_action = add_export_action(
            self,
            self.branch_table,
            lambda: snapshot_rows(self.branch_table),
            "migrations.csv",
            self.show_status,
        )
        self._update_actions()

    # -- the parts -------------------------------------------------------------------------------------
    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def _build_header(self) -> StatusHeader:
        """The headline, Refresh, and the banners of a read-only database and an interrupted run."""
        self.refresh_action = self._action(self.tr("Refresh"), self.reload)
        header = self.header = StatusHeader(self.refresh_action)
        self.summary_label, self.problem_label = header.summary_label, header.problem_label
        self.interrupted_frame, self.interrupted_label = header.interrupted, header.interrupted.label
        self.interrupted_restore = header.interrupted.button
        self.interrupted_restore.clicked.connect(lambda: spawn(self.restore_interrupted(), self))
        return header

    def _build_branch_table(self) -> QTableView:
        self.branch_model = BranchStatusModel(self)
        self.branch_table = row_table(
            "branchTable", self.branch_model, (14, 12, 16, 16, 52), label=self.tr("Migration branches")
        )
        fit_model_key_columns(self.branch_table)
        move_columns_first(self.branch_table, (0, 1, 2, 3, 5))  # "Pending" (free text) last, stretched
        self.branch_table.doubleClicked.connect(self._branch_double_clicked)
        enter_action(self.branch_table, self.tr("Plan the selected branch"), self._branch_double_clicked)
        return self.branch_table

    def _build_lower_half(self) -> QWidget:
        """The target chooser, the outcome of the last run, and the tabs."""
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self._build_chooser())
        lower_layout.addWidget(self._build_outcome())
        lower_layout.addWidget(self._build_tabs(), 1)
        return lower

    def _build_chooser(self) -> TargetChooser:
        """Direction, target, Plan, Run and the run's progress."""
        self.plan_action = self._action(self.tr("Plan"), lambda: spawn(self.plan_target(), self))
        self.plan_action.setToolTip(self.tr("Show the revisions and the SQL, without running anything"))
        self.run_action = self._action(self.tr("Run…"), lambda: spawn(self.run_plan(), self))
        self.cancel_action = self._action(self.tr("Cancel"), self.cancel_run)
        self.cancel_action.setToolTip(self.tr("Stop the run after the revision it is applying"))
        self.chooser = TargetChooser(self.plan_action, self.run_action, self.cancel_action)
        self.direction_combo, self.target_combo = self.chooser.direction_combo, self.chooser.target_combo
        self.direction_combo.currentIndexChanged.connect(lambda _i: self._direction_changed())
        self.target_combo.currentTextChanged.connect(lambda _t: self._target_changed())
        self.progress = self.chooser.progress
        return self.chooser

    def _build_outcome(self) -> RunOutcome:
        """The outcome of the last run: the error, the revision, the restore offer."""
        self.result_frame = RunOutcome()
        self.result_label, self.restore_button = self.result_frame.label, self.result_frame.button
        self.restore_button.clicked.connect(lambda: spawn(self.restore_backup(), self))
        return self.result_frame

    def _build_tabs(self) -> MigrationTabs:
        """Plan, SQL preview, Log and Registry drift."""
        self.preview_repair_action = self._action(
            self.tr("Preview repair"), lambda: spawn(self.preview_repair(), self)
        )
        self.repair_action = self._action(self.tr("Repair…"), lambda: spawn(self.repair(), self))
        tabs = self.tabs = MigrationTabs(self.preview_repair_action, self.repair_action)
        self.plan_note, self.plan_warning, self.plan_model = (
            tabs.plan_note,
            tabs.plan_warning,
            tabs.plan_model,
        )
        self.sql_view, self.drift_note, self.drift_model = tabs.sql_view, tabs.drift_note, tabs.drift_model
        self.drift_tab_index = tabs.drift_tab_index
        return tabs

    def commands(self) -> list[QAction]:
        actions = (self.plan_action, self.run_action, self.cancel_action, self.refresh_action)
        return [*actions, self.preview_repair_action, self.repair_action, self.export_action]

    @property
    def service(self) -> MigrationService:
        if self._service is None:
            self._service = self.session.migrations
        return self._service

    def module_name(self, branch: str) -> str:
        """A branch's module as people know it (``dev-tools`` -> ``Developer tools``)."""
        code = self.service.module_of(branch)
        registry = self.session.registry
        return module_text(registry.get(code).name) if code in registry else code

    # -- permissions and state --------------------------------------------------------------------------
    def can_run(self) -> bool:
        return self.session.can_write("migrations.run")

    def _update_actions(self) -> None:
        offers = texts.offers(
            self.status,
            self.preview,
            self.drift_rows,
            may_run=self.can_run(),
            running=self.running,
            target=self.target,
            session_read_only=self.session.read_only,
            session_reason=self.session.read_only_reason,
        )
        self.refresh_action.setEnabled(offers.refresh)
        self.plan_action.setEnabled(offers.plan)
        self.run_action.setEnabled(offers.run)
        self.run_action.setToolTip(offers.run_hint)
        self.cancel_action.setEnabled(self._cancel is not None and not self._cancel.is_set())
        for action in (self.preview_repair_action, self.repair_action):
            action.setEnabled(offers.repair)
            action.setToolTip(offers.repair_hint or action.text())
        for button in (self.restore_button, self.interrupted_restore):
            button.setEnabled(offers.restore)
        self.interrupted_restore.setToolTip(offers.restore_hint)
        self.direction_combo.setEnabled(offers.choose)
        self.target_combo.setEnabled(offers.choose)

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

    def set_interrupted(self, run: InterruptedRun | None) -> None:
        """The banner of a run killed half-way (noticed and audited by the service)."""
        self.interrupted = run
        self.header.set_interrupted(run)
        if run is not None:
            self._update_actions()

    def set_status(self, status: MigrationStatus) -> None:
        self.status = status
        self.branch_model.set_branches(status.branches)
        self.header.set_status(status)
        self._fill_targets()
        self._update_actions()

    def set_drift(self, rows: list[DriftRow]) -> None:
        self.drift_rows = list(rows)
        self.tabs.set_drift(rows)
        self._update_actions()

    # -- the target ------------------------------------------------------------------------------------
    def direction(self) -> str:
        return self.chooser.direction()

    def target(self) -> str:
        """The chosen target: an item's target, or what was typed."""
        return self.chooser.target()

    def set_target(self, direction: str, target: str) -> None:
        """Choose ``direction`` and ``target`` (an item's target, or a typed one)."""
        self.chooser.choose(direction, target)
        self._target_changed()

    def _fill_targets(self, keep: str | None = None) -> None:
        """The targets of the chosen direction; ``keep`` (default: the current one) stays chosen."""
        branches = self.status.branches if self.status else ()
        items = texts.target_items(self.direction(), branches)
        self.chooser.fill(items, self.target() if keep is None else keep, keep_typed=self.preview is not None)

    def reset_choice(self) -> None:
        """Back to the safe default after a run: upgrade, every branch to its head."""
        self.chooser.upgrade()
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
        self.tabs.clear_plan(self.tr("Press Plan to see the revisions and the SQL for this target."))

    async def plan_target(self) -> PlanPreview | None:
        """Plan the chosen target off the GUI thread; show revisions, marks, guard and SQL."""
        target, direction = self.target(), self.direction()
        actor = self.session.require_actor()
        self._clear_preview()
        self.clear_result()
        planning = (
            self.tr("Planning the upgrade to {target}…")
            if direction == "upgrade"
            else self.tr("Planning the downgrade to {target}…")
        )
        self.plan_note.setText(planning.format(target=target))
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
        self.tabs.show_plan(preview, self.module_name)
        self._update_actions()

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
            dialog = DestructiveConfirmDialog.of_plan(
                preview.plan, self, self.module_name, self.session.db.is_sqlite
            )
            if not await self._confirm(dialog):
                self.log(self.tr("Not confirmed: nothing was run."))
                return None
            confirmed = True
        actor = self.session.require_actor()
        cancel = self._cancel = threading.Event()
        self._start_run(plan)
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
                cancel=cancel.is_set,
            )
        except PlatformError as exc:
            # lazy: Alembic (core.migrations.running): only after a failed run
            from core.migrations import MigrationCancelled, MigrationFailed

            if isinstance(exc, MigrationCancelled):
                self.show_cancelled(exc)
            elif isinstance(exc, MigrationFailed):
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
            self._cancel = None
            self.chooser.run_ended()
            self._update_actions()
        await self._reload_after_run()
        if self.refusal is None:  # something ran: back to the safe default, the outcome stays shown
            self.reset_choice()
        return result

    def _start_run(self, plan: Any) -> None:
        """Busy from now on: the log shows, the progress counts the plan's revisions."""
        self.running = True
        self.clear_result()
        self._update_actions()
        self.tabs.show_log()
        self.chooser.start_progress(len(plan.steps))
        self.log(texts.run_heading(plan))
        self._step_started = time.monotonic()
        self._running_step(0)

    async def _reload_after_run(self) -> None:
        try:
            await self.load()
        except PlatformError as exc:
            self.log(self.tr("Could not reload the status: {error}").format(error=error_text(exc)))

    def _running_step(self, row: int) -> None:
        if (step := self.plan_model.mark_running(row)) is not None:
            self.show_status(self.tr("Running {revision}…").format(revision=step.revision), 0)

    def _on_progress(self, step: PlanStep, index: int, total: int) -> None:
        """A revision was applied (called on the GUI thread through ``threadsafe``)."""
        now = time.monotonic()
        elapsed, self._step_started = now - self._step_started, now
        self.progress.setMaximum(total)
        self.progress.setValue(index)
        self.plan_model.mark_applied(step.revision, index)
        self.log(texts.step_text(step, index, total, elapsed))
        self._running_step(index)

    def show_success(self, result: RunResult) -> None:
        self.result = result
        self.progress.setValue(self.progress.maximum())
        text = self.result_frame.succeeded(result)
        self.log(text)
        self.show_status(text)

    def show_failure(self, exc: MigrationFailed) -> None:
        """The error, the revision it failed in, and what became of the revisions before it."""
        self.failure = exc
        details = exc.details if isinstance(exc.details, dict) else {}
        self.plan_model.mark_failed(details)
        for line in self.result_frame.failed(exc):
            self.log(line)
        self.tabs.setCurrentIndex(0)

    def cancel_run(self) -> None:
        """Ask the run to stop once the revision it is applying is done (the service asks between
        revisions): PostgreSQL then rolls the whole run back, SQLite keeps what was applied."""
        if self._cancel is None or self._cancel.is_set():
            return
        self._cancel.set()
        self.chooser.cancelling()
        text = self.tr("Cancelling after the current revision…")
        self.log(text)
        self.show_status(text, 0)
        self._update_actions()

    def show_cancelled(self, exc: MigrationCancelled) -> None:
        """What a cancelled run kept, and (SQLite, revisions kept) the offer to restore the copy."""
        self.failure = exc
        for line in self.result_frame.cancelled(exc):
            self.log(line)
        self.show_status(self.tr("The run was cancelled."))

    def show_refusal(self, exc: PlatformError) -> None:
        self.refusal = exc
        self.log(self.result_frame.refused(exc))
        self.tabs.show_log()

    def clear_result(self) -> None:
        """Forget the outcome of the last run: its banner, progress and restore offer."""
        self.result = self.failure = self.refusal = None
        self.result_frame.hide()
        self.restore_button.hide()
        self.chooser.hide_progress()

    def _show_result(self, text: str, style: str) -> None:
        self.result_frame.say(text, style)

    def log(self, text: str) -> None:
        self.tabs.log(text)

    def log_text(self) -> str:
        return self.tabs.log_view.toPlainText()

    async def _confirm(self, dialog: ConfirmDialog) -> bool:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_dialog = dialog
        try:
            return accepted(await dialog_result(dialog))
        finally:
            self.confirm_dialog = None

    async def _run_busy(self, call: Any, *args: Any) -> Any:
        """``call(*args)`` off the GUI thread, the page busy meanwhile."""
        self.running = True
        self._update_actions()
        try:
            return await run_sync(call, *args)
        finally:
            self.running = False
            self._update_actions()

    # -- restore (SQLite) ---------------------------------------------------------------------------
    async def restore_backup(self) -> RestoreResult | None:
        """Restore the copy taken before the run that just failed."""
        failure = self.failure
        if failure is None or failure.backup_path is None:
            return None
        details = failure.details if isinstance(failure.details, dict) else {}
        situation = (
            texts.cancelled_situation(details)
            if failure.code == "migrations.cancelled"
            else texts.failed_situation(details)
        )
        return await self._restore(failure.backup_path, situation)

    async def restore_interrupted(self) -> RestoreResult | None:
        """Restore the copy taken before a run that was interrupted (killed)."""
        run = self.interrupted
        if run is None or not run.restorable or run.backup is None:
            return None
        situation = (
            self.tr(
                "The upgrade to {target} started by {actor} at {time} was interrupted before it finished."
            )
            if run.marker.direction == "upgrade"
            else self.tr(
                "The downgrade to {target} started by {actor} at {time} was interrupted before it finished."
            )
        ).format(**texts.run_words(run))
        return await self._restore(run.backup, situation)

    async def _restore(self, backup: Path, situation: str) -> RestoreResult | None:
        if not await self._confirm(RestoreDialog(str(backup), situation, self)):
            return None
        actor = self.session.require_actor()
        try:
            result = await self._run_busy(self.service.restore, actor, backup)
        except PlatformError as exc:
            self._show_result(self.tr("Restore refused: {error}").format(error=error_text(exc)), ERROR_STYLE)
            return None
        self.failure = None
        self.restore_button.hide()
        text = texts.restored_text(result)
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
        try:
            result = await self._run_busy(self.service.repair, actor, False)
        except PlatformError as exc:
            self.drift_note.setText(self.tr("Repair refused: {error}").format(error=error_text(exc)))
            return None
        self.log(self.tr("Registry drift repaired: {summary}").format(summary=result.summary))
        self.show_status(result.summary)
        await self._reload_after_run()
        self.drift_note.setText(self.tr("Repaired: {summary}").format(summary=result.summary))
        return result
