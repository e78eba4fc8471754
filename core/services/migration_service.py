"""Schema migrations as a use case: who may look and run, what is audited, who is told.

:class:`MigrationService` puts permissions (``migrations.view``, ``migrations.run``), one audit
entry per request (succeeded, refused or failed) and notifications to other consoles on top of
:mod:`core.migrations`, for the console and ``platformctl migrate`` alike:

- **status**: :func:`core.migrations.state.overview` (branches, enabled-on counts, schema drift).
  A database migrated by a newer release is read-only: every plan and run is refused.
- **plan**: the ordered revisions, their destructive marks, the downgrade guard
  (:mod:`core.migrations.guard`) and the SQL preview (:mod:`core.migrations.offline`).
- **run**: refused while destructive revisions are not confirmed
  (``migrations.destructive_unconfirmed``), while the guard holds (``migrations.module_enabled``)
  or when the plan changed since it was shown (``migrations.plan_changed``). Guard and revisions
  are checked again inside the run's transaction, with ``platform_modules`` locked on
  PostgreSQL: what runs is exactly what was checked. On SQLite the file is copied first and a
  run marker written (:mod:`core.services.migration_runs`); a failure names the copy and
  :meth:`MigrationService.restore` puts it back.
- **registry drift** and **repair** (:mod:`core.migrations.repair`), in one transaction.

A migration run owns its own transaction(s), so its entry is written right after it, in a
transaction of its own (refusals and failures likewise, after the rollback). An entry cannot be
written where there is no ``audit_log`` table yet (an empty database refused before its first
revision, or a downgrade of the framework branch to base): that is logged instead.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect

from core import sqlite_backup
from core.actor import Actor
from core.db import Database, notify_consoles
from core.errors import PlatformError, Refused
from core.events import ModuleEventBus, ModuleEventData
from core.events import bus as default_bus
from core.migrations import backups, guard, offline, planning, running
from core.migrations.drift import refuse_drift
from core.migrations.guard import Guard
from core.migrations.planning import MigrationPlan, PlanStep
from core.migrations.repair import DriftRow, RepairResult, registry_drift
from core.migrations.repair import repair as repair_rows
from core.migrations.revisions import branches
from core.migrations.running import Cancel, MigrationCancelled, MigrationFailed
from core.migrations.scripts import current_heads
from core.migrations.state import BranchRow, MigrationStatus, SchemaProblem, overview
from core.migrations.terms import Direction, as_direction, plural
from core.registry import ModuleRegistry, default_registry
from core.services import migration_runs
from core.services.audit import AuditDraft, audited, outcome_of, write_entry
from core.services.migration_runs import InterruptedRun

log = logging.getLogger(__name__)

ACTION_UPGRADE = "migrations.upgrade"
ACTION_DOWNGRADE = "migrations.downgrade"
ACTION_RESTORE = "migrations.restore"
ACTION_REPAIR = "modules.repair"

Progress = Callable[[PlanStep, int, int], None]


# -- results ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanPreview:
    plan: MigrationPlan
    sql: str | None = None  # None: not asked for
    sql_error: str | None = None  # the SQLite dry run failed: where and why
    losing_tables: tuple[str, ...] = ()  # modules whose tables the plan drops
    guard: Guard | None = None  # set when the service would refuse this downgrade
    dialect: str = ""

    @property
    def revisions(self) -> tuple[str, ...]:
        return tuple(step.revision for step in self.plan.steps)

    @property
    def destructive_revisions(self) -> tuple[str, ...]:
        return tuple(step.revision for step in self.plan.steps if step.destructive)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.plan.to_dict(),
            "destructive_revisions": list(self.destructive_revisions),
            "losing_tables": list(self.losing_tables),
            "guard": self.guard.to_dict() if self.guard else None,
            "sql": self.sql,
            "sql_error": self.sql_error,
            "dialect": self.dialect,
        }


@dataclass(frozen=True)
class DryRun:
    """A run checked and not run: its plan, and the refusal the run would meet (None: it would run)."""

    preview: PlanPreview
    refusal: Refused | None
    backup: bool  # a copy of the SQLite file would be taken first

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.preview.to_dict(),
            "dry_run": True,
            "backup_first": self.backup,
            "refusal": self.refusal.to_dict() if self.refusal else None,
        }


@dataclass(frozen=True)
class RunResult:
    target: str
    direction: Direction
    applied: tuple[PlanStep, ...]
    backup_path: Path | None
    elapsed: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "direction": self.direction,
            "applied": [s.to_dict() for s in self.applied],
            "backup_path": str(self.backup_path) if self.backup_path else None,
            "elapsed_s": round(self.elapsed, 3),
        }


@dataclass(frozen=True)
class RestoreResult:
    backup_path: Path
    heads: tuple[str, ...]  # the database's revisions after the restore
    carried_audit_entries: int  # audit entries written since the backup, kept
    saved_path: Path  # the database as it was before the restore (restore it to undo)
    verified: bool = True  # False: a backup without a manifest, restored with --force

    def to_dict(self) -> dict[str, Any]:
        return {
            "backup_path": str(self.backup_path),
            "heads": list(self.heads),
            "carried_audit_entries": self.carried_audit_entries,
            "saved_path": str(self.saved_path),
            "verified": self.verified,
        }


# -- the service -----------------------------------------------------------------------------------
class MigrationService:
    def __init__(
        self, db: Database, registry: ModuleRegistry | None = None, bus: ModuleEventBus | None = None
    ) -> None:
        self.db = db
        self.registry = registry or default_registry()
        self.bus = bus or default_bus
        self._modules_of = {b.label: b.module for b in branches(self.registry)}

    @property
    def dialect(self) -> str:
        return self.db.engine.dialect.name

    def module_of(self, branch: str) -> str:
        return self._modules_of.get(branch, branch)

    def status(self, actor: Actor) -> MigrationStatus:
        """Every branch with its current revision, head, pending revisions and enabled-on count."""
        actor.require("migrations.view")
        return overview(self.db, self.registry)

    # -- plan ----------------------------------------------------------------------------------
    def plan(
        self, actor: Actor, target: str = "heads", direction: Direction = "upgrade", *, sql: bool = True
    ) -> PlanPreview:
        """The ordered revisions to ``target``, their destructive marks, what the downgrade guard
        says, and (``sql``) the SQL preview. Runs nothing."""
        actor.require("migrations.view")
        return self._preview(target, as_direction(direction), sql=sql)

    def sql(self, actor: Actor, target: str = "heads", direction: Direction = "upgrade") -> str:
        """The SQL an upgrade or downgrade would emit (see :meth:`plan`)."""
        actor.require("migrations.view")
        direction = as_direction(direction)
        refuse_drift(self.db, self.registry)
        sql_text, sql_error = self._sql_preview(target, direction)
        if sql_error:
            raise Refused("migrations.dry_run_failed", sql_error, {"target": target, "error": sql_error})
        return sql_text or ""

    def _sql_preview(self, target: str, direction: Direction) -> tuple[str | None, str | None]:
        return offline.sql_preview(self.db, target, direction, self.registry)

    def _preview(self, target: str, direction: Direction, *, sql: bool = False) -> PlanPreview:
        """The plan (:meth:`_plan`), the modules whose tables it drops, the downgrade guard that
        holds, and (``sql``) the SQL preview: what :meth:`plan`, :meth:`run` and :meth:`dry_run` see."""
        plan = self._plan(target, direction)
        losing = self.losing_tables(plan)
        found = guard.guard_of(self.db, losing, self.registry) if losing else None
        sql_text, sql_error = self._sql_preview(target, direction) if sql else (None, None)
        return PlanPreview(plan, sql_text, sql_error, losing, found, self.dialect)

    def _plan(self, target: str, direction: Direction) -> MigrationPlan:
        """The plan, refused on schema drift. An upgrade of a database with no revision at all has
        no data to destroy: rendering every revision for destructive marks is skipped."""
        refuse_drift(self.db, self.registry)
        fresh = direction == "upgrade" and not current_heads(self.db)
        return planning.plan(self.db, target, direction, self.registry, mark_destructive=not fresh)

    def losing_tables(self, plan: MigrationPlan) -> tuple[str, ...]:
        """Modules whose tables ``plan`` drops (see :func:`core.migrations.guard.losing_tables`)."""
        return guard.losing_tables(plan, self.registry, self.module_of)

    # -- run -----------------------------------------------------------------------------------
    def run(
        self,
        actor: Actor,
        target: str = "heads",
        direction: Direction = "upgrade",
        confirm_destructive: bool = False,
        progress: Progress | None = None,
        *,
        expected: Sequence[str] | None = None,
        cancel: Cancel | None = None,
    ) -> RunResult:
        """Upgrade or downgrade to ``target``.

        ``confirm_destructive`` confirms the destructive revisions of the plan (the caller showed
        them); ``expected`` (the revisions the caller previewed) refuses the run when the plan
        changed since (``migrations.plan_changed``). ``progress(step, index, total)`` is called
        after each revision, from the thread running the migration. ``cancel()`` is asked before
        each revision: true stops the run with :class:`MigrationCancelled` (PostgreSQL: all rolled
        back; SQLite: the revisions done are kept, and the copy taken before offered).
        """
        action = ACTION_UPGRADE if direction == "upgrade" else ACTION_DOWNGRADE
        draft = AuditDraft(
            action,
            {"target": target, "direction": direction, "confirm_destructive": confirm_destructive},
        )
        started = time.perf_counter()
        backup: Path | None = None
        try:
            actor.require("migrations.run")
            direction = as_direction(direction)
            preview = self._preview(target, direction)
            plan, revisions, losing = preview.plan, preview.revisions, preview.losing_tables
            draft.request["target"] = plan.target
            draft.modules = sorted({self.module_of(step.branch) for step in plan.steps})
            draft.plan = {
                "resolved": plan.resolved,
                "revisions": list(revisions),
                "destructive": list(preview.destructive_revisions),
                "losing_tables": list(losing),
            }
            if expected is not None and tuple(expected) != revisions:
                raise planning.plan_changed(expected, revisions)
            refusal = self._refusal(preview, confirm_destructive)
            if refusal is not None:
                raise refusal
            check = guard.in_transaction_check(revisions, losing, self.registry)
            run = running.upgrade if direction == "upgrade" else running.downgrade
            with migration_runs.marked_run(
                self.db, actor, action, plan.direction, plan.target, revisions
            ) as marker:
                if marker is not None:
                    if backups.wants_backup(self.db.engine):
                        backup = backups.backup_sqlite(self.db)
                        draft.plan["backup"] = str(backup)
                    marker.update(backup)
                done = run(self.db, target, progress, self.registry, backup=False, check=check, cancel=cancel)
        except MigrationCancelled as exc:
            stopped = running.with_restore_hint(exc, backup if exc.details.get("applied") else None)
            if backup is not None and not exc.details.get("applied"):  # nothing changed: no copy needed
                self._drop_backup(backup)
                stopped.details["backup"] = None
            draft.plan = {**(draft.plan or {}), "applied": exc.details.get("applied", [])}
            self._audit(actor, draft, "cancelled", stopped)
            raise stopped from None
        except MigrationFailed as exc:
            failure = running.with_restore_hint(exc, backup)
            draft.plan = {**(draft.plan or {}), "failed_at": failure.details.get("revision")}
            draft.plan["applied"] = failure.details.get("applied", [])
            self._audit(actor, draft, "failed", failure)
            raise failure from exc
        except PlatformError as exc:
            if backup is not None:  # refused inside the run's transaction: nothing changed
                self._drop_backup(backup)
            self._audit(actor, draft, outcome_of(exc), exc)
            raise
        except Exception as exc:
            error = PlatformError("unexpected", f"unexpected error: {type(exc).__name__}: {exc}")
            self._audit(actor, draft, "failed", error)
            raise
        elapsed = time.perf_counter() - started
        applied = [step.revision for step in done.steps]
        draft.plan = {**(draft.plan or {}), "applied": applied, "elapsed_s": round(elapsed, 3)}
        draft.message = f"{direction} to {done.target}: {plural(len(applied), 'revision')} applied" + (
            f" ({', '.join(applied)})" if applied else " (nothing to do)"
        )
        self._audit(actor, draft, "succeeded", None)
        return RunResult(done.target, direction, done.steps, backup, elapsed)

    @staticmethod
    def _refusal(preview: PlanPreview, confirm_destructive: bool) -> Refused | None:
        """What refuses a run of ``preview``'s plan: the downgrade guard, then unconfirmed
        destructive revisions."""
        if preview.guard is not None:
            return preview.guard.refusal()
        plan, destructive = preview.plan, preview.destructive_revisions
        if destructive and not confirm_destructive:
            return Refused(
                "migrations.destructive_unconfirmed",
                f"{plan.direction} to {plan.target} runs destructive revision(s) {', '.join(destructive)} "
                "(they drop or rewrite data); confirm them to run it",
                {"revisions": list(destructive), "target": plan.target},
            )
        return None

    def dry_run(
        self,
        actor: Actor,
        target: str = "heads",
        direction: Direction = "upgrade",
        confirm_destructive: bool = False,
    ) -> DryRun:
        """What :meth:`run` would do, checked as it checks (permission, drift, plan, guard,
        confirmation), without running, copying or auditing anything. A missing permission or a
        bad target raises as the run would; a refusal of this plan is returned with it."""
        actor.require("migrations.run")
        preview = self._preview(target, as_direction(direction))
        refusal = self._refusal(preview, confirm_destructive)
        return DryRun(preview, refusal, backups.wants_backup(self.db.engine) and bool(preview.plan.steps))

    @staticmethod
    def _drop_backup(backup: Path) -> None:
        backup.unlink(missing_ok=True)
        sqlite_backup.manifest_path(backup).unlink(missing_ok=True)

    # -- restore (SQLite) -----------------------------------------------------------------------
    def interrupted_run(self, actor: Actor) -> InterruptedRun | None:
        """A run killed half-way, audited the first time it is seen (see :mod:`migration_runs`)."""
        actor.require("migrations.view")
        return migration_runs.notice_interrupted(self.db)

    def restore(self, actor: Actor, backup_path: Path | str, *, force: bool = False) -> RestoreResult:
        """Put a copy taken before a run back in place (``migrations.run``).

        The copy is verified first (manifest size and SHA-256, integrity check; one without a
        manifest only with ``force``), the current database is saved the same way (so the restore
        can be undone), then the copy is written into the live file with the online backup API.
        Audit entries written since the copy (the failed run's own entry, at least) are carried
        over: the audit log stays append-only across the restore.
        """
        path = Path(backup_path)
        draft = AuditDraft(ACTION_RESTORE, {"backup": str(path), "force": force})
        with self._audited(actor, draft):
            actor.require("migrations.run")
            database = backups.backed_up_database(self.db, path)
            current = sqlite_backup.read_marker(database)
            if current is not None and current.alive:
                raise Refused(
                    "migrations.run_in_progress",
                    f"a migration run is in progress on {database} (process {current.pid}): "
                    "restore once it has ended",
                    {"marker": current.to_dict()},
                )
            migration_runs.notice_interrupted(self.db)
            checked = sqlite_backup.verify(path, force=force)
            saved = backups.backup_sqlite(self.db, "pre-restore", refuse_corrupt=False)
            draft.plan = {"verified": checked.manifest is not None, "saved_current": str(saved)}
            carried = backups.audit_rows_since(self.db, path)
            before = current_heads(self.db)
            backups.restore_sqlite_backup(self.db, path, force=force)
            kept = backups.carry_audit_rows(self.db, carried)
            heads = current_heads(self.db)
            migration_runs.end_run(database)  # an interrupted run is settled by the restore
            draft.plan.update(heads_before=list(before), heads_after=list(heads), carried=kept)
            draft.message = (
                f"restored the database from {path} (revisions now: {', '.join(heads) or 'none'}); "
                f"the database as it was before is saved at {saved}; "
                f"{plural(kept, 'audit entry', 'audit entries')} written since the copy kept"
            )
        self._audit(actor, draft, "succeeded", None)
        return RestoreResult(path, heads, kept, saved, checked.manifest is not None)

    def check_backup(
        self, actor: Actor, backup_path: Path | str, *, force: bool = False
    ) -> sqlite_backup.BackupCheck:
        """What :meth:`restore` checks first, without restoring (asks nothing, writes nothing)."""
        actor.require("migrations.view")
        path = Path(backup_path)
        backups.backed_up_database(self.db, path)
        return sqlite_backup.verify(path, force=force)

    # -- registry drift --------------------------------------------------------------------------
    def drift(self, actor: Actor) -> list[DriftRow]:
        """``platform_modules`` rows naming unknown modules, and core modules missing on platforms."""
        actor.require("migrations.view")
        with self.db.engine.connect() as conn:
            rows = registry_drift(conn, self.registry)
            conn.rollback()
        return rows

    def repair(self, actor: Actor, dry_run: bool = False) -> RepairResult:
        """Rename rows of replaced modules and enable missing core modules, in one transaction.

        Requires ``migrations.run``, dry run included (like ``modules enable --dry-run`` needs
        ``modules.toggle``): the repair spans every platform and turns on core modules, which no
        per-platform role may do. A dry run runs the very same statements and rolls them back,
        so its counts are those of the real repair; it is not audited (it writes nothing).
        """
        draft = AuditDraft(ACTION_REPAIR, {"dry_run": dry_run})
        if dry_run:
            actor.require("migrations.run")
            with audited(self.db, actor, draft, dry_run=True) as session:
                return repair_rows(session, self.registry, actor, dry_run=True)
        events: list[ModuleEventData] = []
        with self._audited(actor, draft):
            actor.require("migrations.run")
            with self.db.transaction() as session:
                announce = self.bus.has_subscribers()
                result = repair_rows(
                    session, self.registry, actor, dry_run=False, events=events, announce=announce
                )
                draft.modules = result.modules
                draft.plan = result.to_dict()
                draft.message = result.summary
                write_entry(session, actor, draft, "succeeded")
                if result.changed:
                    notify_consoles(session, "modules")
        self.bus.emit_all(events)
        return result

    # -- audit ---------------------------------------------------------------------------------
    @contextmanager
    def _audited(self, actor: Actor, draft: AuditDraft) -> Iterator[None]:
        """A refusal or failure of the block is audited and raised again (success: the caller)."""
        try:
            yield
        except PlatformError as exc:
            self._audit(actor, draft, outcome_of(exc), exc)
            raise
        except Exception as exc:
            self._audit(actor, draft, "failed", PlatformError("unexpected", f"unexpected error: {exc}"))
            raise

    def _audit(self, actor: Actor, draft: AuditDraft, outcome: str, error: PlatformError | None) -> None:
        """One entry, in its own transaction (the run owns its own); notifies other consoles."""
        try:
            with self.db.transaction() as session:
                conn = session.connection()
                if not inspect(conn).has_table("audit_log"):
                    log.info("no audit_log table (yet): %s %s not audited", draft.action, outcome)
                    return
                write_entry(session, actor, draft, outcome, error)
                notify_consoles(conn, "migrations")
        except Exception:  # the original outcome matters more than its audit entry
            log.exception("could not write the audit entry for %s", draft.action)


__all__ = [
    "ACTION_DOWNGRADE",
    "ACTION_REPAIR",
    "ACTION_RESTORE",
    "ACTION_UPGRADE",
    "BranchRow",
    "DriftRow",
    "DryRun",
    "Guard",
    "MigrationService",
    "MigrationStatus",
    "PlanPreview",
    "RepairResult",
    "RestoreResult",
    "RunResult",
    "SchemaProblem",
]
