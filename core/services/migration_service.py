"""Schema migrations as a use case: status, plan with SQL preview, guarded and audited runs.

:class:`MigrationService` wraps the runner of :mod:`core.migrations` with what a person needs
before and after a run, for the console and ``platformctl migrate`` alike:

- **status** per branch (current, head, pending revisions with their messages) with the number
  of platforms each module is enabled on (one ``GROUP BY``), a summary, and *schema drift*:
  revisions in ``alembic_version`` the code does not know. A database migrated by a newer
  release is read-only: every run is refused (``migrations.database_newer``), nothing is
  migrated down behind anybody's back.
- **plan**: the ordered revisions, the SQL they emit (PostgreSQL: Alembic's offline mode;
  SQLite: a dry run on a scratch copy of the file) and the destructive marks (each revision
  rendered as PostgreSQL SQL whatever the database, DESIGN.md says why).
- **run** (``migrations.run``): refused while the plan holds destructive revisions that were
  not confirmed (``migrations.destructive_unconfirmed``), and the *downgrade guard*: a
  downgrade that drops a module's tables (its branch below its first revision, or any
  ``DROP TABLE``; Alembic also downgrades what depends on the removed revisions, and those
  count too) is refused while one of those modules is enabled on a platform
  (``migrations.module_enabled``, naming the modules and up to ten platforms with a count).
  The guard is checked again inside the run's transaction, with ``platform_modules`` locked
  on PostgreSQL, together with the revisions themselves: what runs is exactly what was
  checked. On SQLite the file is copied first; a failure carries the copy's path and
  :meth:`MigrationService.restore` puts it back.
- **registry drift**: ``platform_modules`` rows naming a module the registry no longer has
  (renamed when a definition declares it ``replaces`` the old code) and core modules missing
  or off on some platforms; :meth:`MigrationService.repair` fixes both in one transaction.

Every run, restore and repair is audited: one entry per request, succeeded, refused or failed.
A migration run owns its own transaction(s), so its entry is written right after it, in a
transaction of its own (refusals and failures likewise, after the rollback). An entry cannot
be written where there is no ``audit_log`` table yet (an empty database refused before its
first revision, or a downgrade of the framework branch to base): that is logged instead.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import JSON, Boolean, Connection, String, case, exists, func, inspect, literal, select, text
from sqlalchemy.orm import Session

from core import migrations, sqlite_backup
from core.actor import Actor
from core.db import Database, UTCDateTime, notify_consoles, utcnow
from core.definition import HookContext
from core.errors import InvalidInput, NotFound, PlatformError, Refused
from core.events import ModuleEvent, ModuleEventBus, ModuleEventData
from core.events import bus as default_bus
from core.migrations import Direction, MigrationFailed, MigrationPlan, PlanStep, RevisionInfo
from core.models import AdminUser, AuditEntry, Platform, PlatformModule
from core.registry import ModuleRegistry, default_registry
from core.secrets import decrypt_secrets
from core.services import migration_runs
from core.services.audit import AuditDraft, outcome_of, write_entry
from core.services.migration_runs import InterruptedRun
from core.sqlite_backup import RunMarker

log = logging.getLogger(__name__)

ACTION_UPGRADE = "migrations.upgrade"
ACTION_DOWNGRADE = "migrations.downgrade"
ACTION_RESTORE = "migrations.restore"
ACTION_REPAIR = "modules.repair"
BACKUP_KINDS = ("pre-migrate", "pre-restore")  # copies taken before a run, before a restore
PLATFORM_SAMPLE = 10  # platforms named in a refusal or a drift row; the count says the rest

Progress = Callable[[PlanStep, int, int], None]

_REVISION_RE = re.compile(r"^(?P<package>[a-z][a-z0-9_]*)_(?P<seq>\d{3,})$")
_DROP_TABLE_RE = re.compile(r"^\s*DROP\s+TABLE\b", re.I)


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _names(values: Sequence[str], total: int | None = None) -> str:
    total = len(values) if total is None else total
    shown = ", ".join(values)
    return shown + (f" and {total - len(values)} more" if total > len(values) else "")


# -- results ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BranchRow:
    """One branch as the migrations page and ``migrate status`` show it."""

    branch: str
    module: str | None  # owning module ("core" for the framework); None: a branch the code lacks
    current: str | None
    head: str | None
    pending: tuple[RevisionInfo, ...]
    enabled_on: int | None  # platforms the module is enabled on (None: no platform_modules yet)
    drift: bool = False
    unknown: tuple[str, ...] = ()
    history: tuple[str, ...] = ()  # the branch's revisions in the code, base first

    @property
    def applied(self) -> tuple[str, ...]:
        """The branch's revisions applied in the database, base first."""
        if self.current is None or self.current not in self.history:
            return ()
        return self.history[: self.history.index(self.current) + 1]

    @property
    def behind(self) -> bool:
        return bool(self.pending)

    def to_dict(self) -> dict[str, Any]:
        return {
            "branch": self.branch,
            "module": self.module,
            "current": self.current,
            "head": self.head,
            "pending": [r.revision for r in self.pending],
            "pending_messages": [{"revision": r.revision, "message": r.message} for r in self.pending],
            "enabled_on": self.enabled_on,
            "drift": self.drift,
            "unknown": list(self.unknown),
            "history": list(self.history),
        }


@dataclass(frozen=True)
class SchemaProblem:
    """Schema drift: revisions in the database that the code does not know."""

    code: str  # migrations.database_newer | migrations.unknown_revisions
    branch: str
    revisions: tuple[str, ...]
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "branch": self.branch,
            "revisions": list(self.revisions),
            "message": self.message,
        }


@dataclass(frozen=True)
class MigrationStatus:
    branches: tuple[BranchRow, ...]
    problems: tuple[SchemaProblem, ...] = ()
    dialect: str = ""

    @property
    def behind(self) -> int:
        return sum(1 for b in self.branches if b.pending)

    @property
    def pending(self) -> int:
        return sum(len(b.pending) for b in self.branches)

    @property
    def empty(self) -> bool:
        """Nothing applied at all (a new database)."""
        return all(b.current is None for b in self.branches)

    @property
    def database_newer(self) -> bool:
        return any(p.code == "migrations.database_newer" for p in self.problems)

    @property
    def read_only(self) -> bool:
        """With drift nothing can be planned or run until the code knows every stored revision."""
        return bool(self.problems)

    @property
    def summary(self) -> str:
        if self.problems:
            what = (
                "the database is newer than this code"
                if self.database_newer
                else "the database holds revisions this code does not know"
            )
            return f"{what}: read-only, nothing can be migrated"
        if not self.pending:
            return "all modules at head"
        return f"{_plural(self.behind, 'module')} behind, {_plural(self.pending, 'revision')} pending" + (
            " (empty database)" if self.empty else ""
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "branches": [b.to_dict() for b in self.branches],
            "behind": self.behind,
            "pending": self.pending,
            "summary": self.summary,
            "problems": [p.to_dict() for p in self.problems],
            "read_only": self.read_only,
            "database_newer": self.database_newer,
        }


@dataclass(frozen=True)
class Guard:
    """Modules a downgrade would take tables from while they are enabled on platforms."""

    modules: tuple[str, ...]
    per_module: dict[str, int]  # module -> platforms it is enabled on
    platforms: tuple[str, ...]  # up to PLATFORM_SAMPLE platform codes
    platform_count: int
    core: tuple[str, ...] = ()  # core modules among them: they cannot be disabled

    @property
    def message(self) -> str:
        mods = ", ".join(f"{m} (on {_plural(self.per_module[m], 'platform')})" for m in self.modules)
        text_ = (
            f"downgrade refused: it drops the tables of {mods}, enabled on "
            f"{_plural(self.platform_count, 'platform')}: {_names(self.platforms, self.platform_count)}. "
        )
        optional = [m for m in self.modules if m not in self.core]
        if optional:
            text_ += (
                f"Disable {', '.join(optional)} on every platform first "
                f"(`platformctl modules disable {' '.join(optional)} --all-platforms --cascade`)"
            )
        if self.core:
            text_ += ("; " if optional else "") + (
                f"{', '.join(self.core)} {'is a core module' if len(self.core) == 1 else 'are core modules'}"
                ", on for every platform: its tables stay while platforms exist"
            )
        return text_

    def to_dict(self) -> dict[str, Any]:
        return {
            "modules": list(self.modules),
            "per_module": dict(self.per_module),
            "platforms": list(self.platforms),
            "platform_count": self.platform_count,
            "core": list(self.core),
        }


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


DriftKind = Literal["unknown_module", "core_missing"]


@dataclass(frozen=True)
class DriftRow:
    """Registry drift that schema migrations do not see."""

    kind: DriftKind
    module: str
    platform_count: int
    platforms: tuple[str, ...]  # up to PLATFORM_SAMPLE
    replacement: str | None = None  # unknown_module: the module that declares it replaces it
    enabled_count: int = 0  # unknown_module: rows with the module on

    @property
    def repairable(self) -> bool:
        return self.kind == "core_missing" or self.replacement is not None

    @property
    def message(self) -> str:
        where = f"{_plural(self.platform_count, 'platform')} ({_names(self.platforms, self.platform_count)})"
        if self.kind == "core_missing":
            return f"core module {self.module} is missing or off on {where}; repair enables it"
        if self.replacement:
            return (
                f"{where} still name module {self.module!r}, which {self.replacement} replaces; "
                f"repair renames the rows to {self.replacement}"
            )
        return (
            f"{where} name module {self.module!r}, which no module of this release knows or replaces; "
            "repair leaves these rows alone (install the module again, or declare its replacement)"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "module": self.module,
            "replacement": self.replacement,
            "platform_count": self.platform_count,
            "enabled_count": self.enabled_count,
            "platforms": list(self.platforms),
            "repairable": self.repairable,
            "message": self.message,
        }


@dataclass
class RepairResult:
    dry_run: bool
    drift: list[DriftRow] = field(default_factory=list)  # as found before the repair
    renamed: list[dict[str, Any]] = field(default_factory=list)  # from, to, rows, merged
    enabled: list[dict[str, Any]] = field(default_factory=list)  # module, platforms, reason
    skipped: list[dict[str, Any]] = field(default_factory=list)  # module, platforms, reason

    @property
    def changed(self) -> bool:
        return bool(self.renamed or self.enabled)

    @property
    def summary(self) -> str:
        if not self.changed:
            return "nothing to repair" + (
                f" ({_plural(len(self.skipped), 'unknown module')} left as is)" if self.skipped else ""
            )
        parts = [
            f"renamed {r['from']} to {r['to']} on {_plural(r['rows'], 'platform')}"
            + (f" ({r['merged']} merged)" if r["merged"] else "")
            for r in self.renamed
        ]
        parts += [f"enabled {e['module']} on {_plural(e['platforms'], 'platform')}" for e in self.enabled]
        if self.skipped:
            parts.append(f"left {', '.join(s['module'] for s in self.skipped)} as is (no replacement)")
        return ("would have " if self.dry_run else "") + "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "drift": [d.to_dict() for d in self.drift],
            "renamed": self.renamed,
            "enabled": self.enabled,
            "skipped": self.skipped,
            "summary": self.summary,
        }


@dataclass
class _Marker:
    """This run's marker: rewritten once the copy is in place and the revisions start."""

    database: Path | None
    marker: RunMarker

    def update(self, backup: Path | None) -> None:
        self.marker.backup = str(backup) if backup else None
        self.marker.state = "running"
        if self.database is not None:
            sqlite_backup.write_marker(self.database, self.marker)


# -- the service -----------------------------------------------------------------------------------
class MigrationService:
    def __init__(
        self, db: Database, registry: ModuleRegistry | None = None, bus: ModuleEventBus | None = None
    ) -> None:
        self.db = db
        self.registry = registry or default_registry()
        self.bus = bus or default_bus
        self._modules_of = {b.label: b.module for b in migrations.branches(self.registry)}

    @property
    def dialect(self) -> str:
        return self.db.engine.dialect.name

    def module_of(self, branch: str) -> str:
        return self._modules_of.get(branch, branch)

    # -- status --------------------------------------------------------------------------------
    def status(self, actor: Actor) -> MigrationStatus:
        """Every branch with its current revision, head, pending revisions and enabled-on count."""
        actor.require("migrations.view")
        entries = migrations.status(self.db, self.registry)
        with self.db.engine.connect() as conn:
            counts = _enabled_counts(conn)
            conn.rollback()
        scripts = migrations.script_directory(self.registry)
        rows = tuple(
            BranchRow(
                branch=e.branch,
                module=e.module,
                current=e.current,
                head=e.head,
                pending=e.pending,
                enabled_on=None if counts is None or e.module is None else counts.get(e.module, 0),
                drift=e.drift,
                unknown=e.unknown,
                history=_history(scripts, e.branch) if e.head else (),
            )
            for e in entries
        )
        return MigrationStatus(rows, tuple(self._problems(entries)), self.dialect)

    def _problems(self, entries: Iterable[migrations.BranchStatus]) -> list[SchemaProblem]:
        problems = []
        for entry in entries:
            if not entry.unknown:
                continue
            newer = entry.head is not None and all(_seq(r) > _seq(entry.head) for r in entry.unknown)
            revs = ", ".join(entry.unknown)
            if newer:
                message = (
                    f"branch {entry.branch}: the database is at {revs}, beyond this code's head "
                    f"{entry.head}: it was migrated by a newer release of the platform. It is read-only "
                    "here: run that release (or a newer one) to migrate it; nothing is migrated down "
                    "behind your back."
                )
                code = "migrations.database_newer"
            elif entry.head is None:
                message = (
                    f"the database holds {revs} of branch {entry.branch!r}, which this code does not "
                    "have: a module removed from this release, or added by another one. Nothing can be "
                    "migrated until the code knows every revision stored in the database."
                )
                code = "migrations.unknown_revisions"
            else:
                message = (
                    f"branch {entry.branch}: the database is at {revs}, a revision this code does not "
                    f"have (its head is {entry.head}): it was renamed or removed from the code, or the "
                    "database was migrated by another build. Nothing can be migrated until the code "
                    "knows every revision stored in the database."
                )
                code = "migrations.unknown_revisions"
            problems.append(SchemaProblem(code, entry.branch, entry.unknown, message))
        return problems

    def _refuse_drift(self) -> None:
        """Refuse plans and runs on a database whose revisions the code does not know."""
        heads = migrations.current_heads(self.db)
        scripts = migrations.script_directory(self.registry)
        if all(_known(scripts, head) for head in heads):
            return
        problems = self._problems(migrations.status(self.db, self.registry))
        if problems:
            newer = [p for p in problems if p.code == "migrations.database_newer"]
            first = (newer or problems)[0]
            raise Refused(
                first.code,
                " ".join(p.message for p in problems),
                {"problems": [p.to_dict() for p in problems]},
            )

    # -- plan ----------------------------------------------------------------------------------
    def _fresh(self, direction: Direction) -> bool:
        """An upgrade of a database with no revision at all: there is no data to destroy."""
        return direction == "upgrade" and not migrations.current_heads(self.db)

    def plan(
        self, actor: Actor, target: str = "heads", direction: Direction = "upgrade", *, sql: bool = True
    ) -> PlanPreview:
        """The ordered revisions to ``target``, their destructive marks, what the downgrade guard
        says, and (``sql``) the SQL preview. Runs nothing."""
        actor.require("migrations.view")
        direction = _direction(direction)
        self._refuse_drift()
        plan = migrations.plan(
            self.db, target, direction, self.registry, mark_destructive=not self._fresh(direction)
        )
        losing = self.losing_tables(plan)
        with self.db.engine.connect() as conn:
            guard = _guard(conn, losing, self.registry) if losing else None
            conn.rollback()
        sql_text, sql_error = self._sql_preview(target, direction) if sql else (None, None)
        return PlanPreview(plan, sql_text, sql_error, losing, guard, self.dialect)

    def sql(self, actor: Actor, target: str = "heads", direction: Direction = "upgrade") -> str:
        """The SQL an upgrade or downgrade would emit (see :meth:`plan`)."""
        actor.require("migrations.view")
        direction = _direction(direction)
        self._refuse_drift()
        sql_text, sql_error = self._sql_preview(target, direction)
        if sql_error:
            raise Refused("migrations.dry_run_failed", sql_error, {"target": target})
        return sql_text or ""

    def _sql_preview(self, target: str, direction: Direction) -> tuple[str | None, str | None]:
        try:
            return migrations.offline_sql(self.db, target, direction, self.registry), None
        except MigrationFailed as exc:  # SQLite: the dry run on the scratch copy failed
            where = exc.details.get("revision") if isinstance(exc.details, dict) else None
            error = exc.details.get("error") if isinstance(exc.details, dict) else str(exc)
            return None, (
                f"the dry run on a scratch copy failed{f' at {where}' if where else ''}: {error}; "
                "the real run would fail there too (the database itself was not touched)"
            )
        except PlatformError:
            raise
        except Exception as exc:  # PostgreSQL offline mode: a revision that only works online
            return None, f"the SQL cannot be rendered offline: {type(exc).__name__}: {exc}"

    def losing_tables(self, plan: MigrationPlan) -> tuple[str, ...]:
        """Modules whose tables ``plan`` drops: a branch taken below its first revision, or a
        revision whose PostgreSQL rendering holds a ``DROP TABLE``."""
        if plan.direction != "downgrade":
            return ()
        scripts = migrations.script_directory(self.registry)
        found: dict[str, None] = {}
        for step in plan.steps:
            script = scripts.get_revision(step.revision)
            first = script is not None and script.down_revision is None
            if first or any(_DROP_TABLE_RE.search(s) for s in step.destructive):
                found[self.module_of(step.branch)] = None
        return tuple(found)

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
    ) -> RunResult:
        """Upgrade or downgrade to ``target``.

        ``confirm_destructive`` confirms the destructive revisions of the plan (the caller showed
        them); ``expected`` (the revisions the caller previewed) refuses the run when the plan
        changed since (``migrations.plan_changed``). ``progress(step, index, total)`` is called
        after each revision, from the thread running the migration.
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
            direction = _direction(direction)
            self._refuse_drift()
            # An upgrade of a database with no revision at all has no data to destroy: skip
            # rendering every revision for destructive statements (the first-run path).
            plan = migrations.plan(
                self.db, target, direction, self.registry, mark_destructive=not self._fresh(direction)
            )
            revisions = tuple(step.revision for step in plan.steps)
            destructive = tuple(step.revision for step in plan.steps if step.destructive)
            losing = self.losing_tables(plan)
            draft.request["target"] = plan.target
            draft.modules = sorted({self.module_of(step.branch) for step in plan.steps})
            draft.plan = {
                "resolved": plan.resolved,
                "revisions": list(revisions),
                "destructive": list(destructive),
                "losing_tables": list(losing),
            }
            if expected is not None and tuple(expected) != revisions:
                raise _plan_changed(expected, revisions)
            if losing:
                with self.db.engine.connect() as conn:
                    guard = _guard(conn, losing, self.registry)
                    conn.rollback()
                if guard is not None:
                    raise _guard_refusal(guard)
            if destructive and not confirm_destructive:
                raise Refused(
                    "migrations.destructive_unconfirmed",
                    f"{direction} to {plan.target} runs destructive revision(s) {', '.join(destructive)} "
                    "(they drop or rewrite data); confirm them to run it",
                    {"revisions": list(destructive), "target": plan.target},
                )
            check = self._in_transaction_check(revisions, losing)
            run = migrations.upgrade if direction == "upgrade" else migrations.downgrade
            with self._marked_run(actor, draft, plan, revisions) as marker:
                if marker is not None:
                    if self._wants_backup():
                        backup = migrations.backup_sqlite(self.db)
                        draft.plan["backup"] = str(backup)
                    marker.update(backup)
                done = run(self.db, target, progress, self.registry, backup=False, check=check)
        except MigrationFailed as exc:
            failure = _with_backup(exc, backup)
            draft.plan = {**(draft.plan or {}), "failed_at": failure.details.get("revision")}
            draft.plan["applied"] = failure.details.get("applied", [])
            self._audit(actor, draft, "failed", failure)
            raise failure from exc
        except PlatformError as exc:
            if backup is not None:  # refused inside the run's transaction: nothing changed
                backup.unlink(missing_ok=True)
                sqlite_backup.manifest_path(backup).unlink(missing_ok=True)
            self._audit(actor, draft, outcome_of(exc), exc)
            raise
        except Exception as exc:
            error = PlatformError("unexpected", f"unexpected error: {type(exc).__name__}: {exc}")
            self._audit(actor, draft, "failed", error)
            raise
        elapsed = time.perf_counter() - started
        applied = [step.revision for step in done.steps]
        draft.plan = {**(draft.plan or {}), "applied": applied, "elapsed_s": round(elapsed, 3)}
        draft.message = f"{direction} to {done.target}: {_plural(len(applied), 'revision')} applied" + (
            f" ({', '.join(applied)})" if applied else " (nothing to do)"
        )
        self._audit(actor, draft, "succeeded", None)
        return RunResult(done.target, direction, done.steps, backup, elapsed)

    @contextmanager
    def _marked_run(
        self, actor: Actor, draft: AuditDraft, plan: MigrationPlan, revisions: tuple[str, ...]
    ) -> Iterator[_Marker | None]:
        """The run marker beside a SQLite file while the run goes on (see :mod:`migration_runs`).

        An interrupted run found first is audited; whatever this run's outcome, the markers are
        gone when it ends (a kill leaves this run's own marker for the next start to find).
        """
        if migration_runs.database_file(self.db) is None:
            yield None
            return
        migration_runs.notice_interrupted(self.db)
        if not revisions:
            yield None
            migration_runs.end_run(migration_runs.database_file(self.db))
            return
        marker = RunMarker(
            draft.action, plan.direction, plan.target, actor.name, actor.user_id, list(revisions)
        )
        database = migration_runs.begin_run(self.db, marker)
        try:
            yield _Marker(database, marker)
        finally:
            migration_runs.end_run(database)

    def _in_transaction_check(
        self, revisions: tuple[str, ...], losing: tuple[str, ...]
    ) -> Callable[[Connection, tuple[str, ...]], None]:
        """What runs inside the run's transaction before the first revision: the revisions are
        those checked, and (downgrades) no module losing tables got enabled meanwhile."""

        def check(conn: Connection, chosen: tuple[str, ...]) -> None:
            if chosen != revisions:
                raise _plan_changed(revisions, chosen)
            if not losing:
                return
            if conn.dialect.name == "postgresql" and _has_table(conn, "platform_modules"):
                # Until commit nobody enables (or inserts) a module whose tables go away.
                conn.execute(text("LOCK TABLE platform_modules IN SHARE MODE"))
            guard = _guard(conn, losing, self.registry)
            if guard is not None:
                raise _guard_refusal(guard)

        return check

    def _wants_backup(self) -> bool:
        """A SQLite file with tables in it (an empty new database holds nothing worth a copy)."""
        if not self.db.is_sqlite:
            return False
        name = self.db.url.database
        if not name or name == ":memory:" or name.startswith("file:"):
            return False
        with self.db.engine.connect() as conn:
            names = set(inspect(conn).get_table_names()) - {"alembic_version"}
            conn.rollback()
        return bool(names)

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
        try:
            actor.require("migrations.run")
            database = self._check_backup(path)
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
            saved = migrations.backup_sqlite(self.db, "pre-restore", refuse_corrupt=False)
            draft.plan = {"verified": checked.manifest is not None, "saved_current": str(saved)}
            carried = self._audit_rows_since(path)
            before = migrations.current_heads(self.db)
            migrations.restore_sqlite_backup(self.db, path, force=force)
            kept = self._carry_audit_rows(carried)
            heads = migrations.current_heads(self.db)
            migration_runs.end_run(database)  # an interrupted run is settled by the restore
            draft.plan.update(heads_before=list(before), heads_after=list(heads), carried=kept)
            draft.message = (
                f"restored the database from {path} (revisions now: {', '.join(heads) or 'none'}); "
                f"the database as it was before is saved at {saved}; "
                f"{_plural(kept, 'audit entry', 'audit entries')} written since the copy kept"
            )
        except PlatformError as exc:
            self._audit(actor, draft, outcome_of(exc), exc)
            raise
        except Exception as exc:
            self._audit(actor, draft, "failed", PlatformError("unexpected", f"unexpected error: {exc}"))
            raise
        self._audit(actor, draft, "succeeded", None)
        return RestoreResult(path, heads, kept, saved, checked.manifest is not None)

    def check_backup(
        self, actor: Actor, backup_path: Path | str, *, force: bool = False
    ) -> sqlite_backup.BackupCheck:
        """What :meth:`restore` checks first, without restoring (asks nothing, writes nothing)."""
        actor.require("migrations.view")
        path = Path(backup_path)
        self._check_backup(path)
        return sqlite_backup.verify(path, force=force)

    def _database_file(self) -> Path:
        found = migration_runs.database_file(self.db)
        if found is None:
            raise InvalidInput(
                "migrations.no_backup",
                "only a SQLite database file has backups to restore (PostgreSQL rolls a failed run back)",
                {},
            )
        return found

    def _check_backup(self, path: Path) -> Path:
        """The database file, once ``path`` is known to name one of its backups."""
        database = self._database_file()
        resolved = path.resolve()
        kinds = tuple(f"{database.name}.{kind}-" for kind in BACKUP_KINDS)
        if (
            resolved.parent != database.parent
            or not resolved.name.startswith(kinds)
            or not resolved.name.endswith(".bak")
        ):
            raise InvalidInput(
                "migrations.not_a_backup",
                f"{path} is not a backup of {database} (backups are {database.name}.pre-migrate-*.bak "
                f"and {database.name}.pre-restore-*.bak, next to the database file)",
                {"backup": str(path), "database": str(database)},
            )
        if not resolved.is_file():
            raise NotFound("migrations.backup_not_found", f"no backup file at {path}", {"path": str(path)})
        return database

    def _audit_rows_since(self, backup: Path) -> list[dict[str, Any]]:
        raw = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            found = raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
            ).fetchone()
            last = raw.execute("SELECT max(id) FROM audit_log").fetchone()[0] if found else None
        finally:
            raw.close()
        table = AuditEntry.__table__
        with self.db.engine.connect() as conn:
            if not _has_table(conn, "audit_log"):
                return []
            stmt = select(table).order_by(table.c.id)
            if last is not None:
                stmt = stmt.where(table.c.id > last)
            rows = [dict(row) for row in conn.execute(stmt).mappings()]
            conn.rollback()
        return rows

    def _carry_audit_rows(self, rows: list[dict[str, Any]]) -> int:
        if not rows:
            return 0
        table = AuditEntry.__table__
        with self.db.engine.begin() as conn:
            if not _has_table(conn, "audit_log"):
                log.warning("restored database has no audit_log: %d entries not carried over", len(rows))
                return 0
            users = (
                set(conn.scalars(select(AdminUser.id)).all()) if _has_table(conn, "admin_users") else set()
            )
            taken = set(conn.scalars(select(table.c.id).where(table.c.id.in_([r["id"] for r in rows]))).all())
            for row in rows:
                if row["admin_user_id"] not in users:
                    row["admin_user_id"] = None
                if row["id"] in taken:
                    row.pop("id")
            conn.execute(table.insert(), rows)
        return len(rows)

    # -- audit ---------------------------------------------------------------------------------
    def _audit(self, actor: Actor, draft: AuditDraft, outcome: str, error: PlatformError | None) -> None:
        """One entry, in its own transaction (the run owns its own); notifies other consoles."""
        try:
            with self.db.transaction() as session:
                conn = session.connection()
                if not _has_table(conn, "audit_log"):
                    log.info("no audit_log table (yet): %s %s not audited", draft.action, outcome)
                    return
                write_entry(session, actor, draft, outcome, error)
                notify_consoles(conn, "migrations")
        except Exception:  # the original outcome matters more than its audit entry
            log.exception("could not write the audit entry for %s", draft.action)

    # -- registry drift --------------------------------------------------------------------------
    def drift(self, actor: Actor) -> list[DriftRow]:
        """``platform_modules`` rows naming unknown modules, and core modules missing on platforms."""
        actor.require("migrations.view")
        with self.db.engine.connect() as conn:
            rows = _registry_drift(conn, self.registry)
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
            with self.db.sessions() as session:
                result = self._repair(session, actor, dry_run=True)
                session.rollback()
            return result
        events: list[ModuleEventData] = []
        try:
            actor.require("migrations.run")
            with self.db.transaction() as session:
                result = self._repair(session, actor, dry_run=False, events=events)
                draft.modules = sorted(
                    {r["from"] for r in result.renamed}
                    | {r["to"] for r in result.renamed}
                    | {e["module"] for e in result.enabled}
                )
                draft.plan = result.to_dict()
                draft.message = result.summary
                write_entry(session, actor, draft, "succeeded")
                if result.changed:
                    notify_consoles(session, "modules")
        except PlatformError as exc:
            self._audit(actor, draft, outcome_of(exc), exc)
            raise
        except Exception as exc:
            self._audit(actor, draft, "failed", PlatformError("unexpected", f"unexpected error: {exc}"))
            raise
        self.bus.emit_all(events)
        return result

    def _repair(
        self,
        session: Session,
        actor: Actor,
        *,
        dry_run: bool,
        events: list[ModuleEventData] | None = None,
    ) -> RepairResult:
        conn = session.connection()
        if not _has_table(conn, "platform_modules"):
            return RepairResult(dry_run)
        if not dry_run and conn.dialect.name == "postgresql":
            # Nobody toggles modules while rows are renamed and merged (self-exclusive mode).
            conn.execute(text("LOCK TABLE platform_modules IN SHARE ROW EXCLUSIVE MODE"))
        found = _registry_drift(conn, self.registry)
        result = RepairResult(dry_run, drift=found)
        now = utcnow()
        pulled: dict[str, None] = {}
        for row in found:
            if row.kind != "unknown_module":
                continue
            if row.replacement is None:
                result.skipped.append(
                    {"module": row.module, "platforms": row.platform_count, "reason": "no replacement"}
                )
                continue
            rows, merged = _rename(conn, row.module, row.replacement)
            result.renamed.append({"from": row.module, "to": row.replacement, "rows": rows, "merged": merged})
            pulled[row.replacement] = None
        # A renamed module that is on needs its requirements on, as any enable would.
        pm = PlatformModule.__table__
        for module in pulled:
            for requirement in sorted(self.registry.requirements_closure(module)):
                where = select(pm.c.platform_id).where(pm.c.module_code == module, pm.c.enabled.is_(True))
                count = self._enable(session, requirement, where, actor, now, dry_run, events)
                if count:
                    result.enabled.append(
                        {"module": requirement, "platforms": count, "reason": f"required by {module}"}
                    )
        for code in self.registry.by_tier("core"):
            count = self._enable(session, code, None, actor, now, dry_run, events)
            if count:
                result.enabled.append({"module": code, "platforms": count, "reason": "core module"})
        return result

    def _enable(
        self,
        session: Session,
        module: str,
        only: Any,
        actor: Actor,
        now: Any,
        dry_run: bool,
        events: list[ModuleEventData] | None,
    ) -> int:
        """Turn ``module`` on for every platform (or those selected by ``only``) where it is off
        or missing; a row that exists keeps its config. Returns the number of platforms."""
        conn = session.connection()
        pm, p = PlatformModule.__table__, Platform.__table__
        on = exists().where(pm.c.platform_id == p.c.id, pm.c.module_code == module, pm.c.enabled.is_(True))
        targets = select(p.c.id, p.c.code).where(~on)
        if only is not None:
            targets = targets.where(p.c.id.in_(only))
        definition = self.registry.get(module)
        wants_each = not dry_run and (definition.on_enable is not None or self.bus.has_subscribers())
        platforms = conn.execute(targets).all() if wants_each else None
        ids = select(targets.subquery().c.id)
        updated = conn.execute(
            pm.update()
            .where(pm.c.module_code == module, pm.c.enabled.is_(False), pm.c.platform_id.in_(ids))
            .values(enabled=True, enabled_at=now, enabled_by=actor.name)
        ).rowcount
        row_exists = exists().where(pm.c.platform_id == p.c.id, pm.c.module_code == module)
        missing = select(
            p.c.id,
            literal(module, String()),
            literal(True, Boolean()),
            literal({}, JSON()),
            literal(now, UTCDateTime()),
            literal(actor.name, String()),
        ).where(~row_exists)
        if only is not None:
            missing = missing.where(p.c.id.in_(only))
        columns = ["platform_id", "module_code", "enabled", "config", "enabled_at", "enabled_by"]
        # preserve_rowcount: SQLAlchemy only keeps the rowcount of INSERTs when asked.
        insert = pm.insert().from_select(columns, missing).execution_options(preserve_rowcount=True)
        inserted = conn.execute(insert).rowcount
        if platforms:
            for pid, code in platforms:
                if definition.on_enable is not None:
                    stored = conn.scalar(
                        select(pm.c.config).where(pm.c.platform_id == pid, pm.c.module_code == module)
                    )
                    config = decrypt_secrets(definition.full_config(stored), definition.secret_fields)
                    definition.on_enable(HookContext(session, pid, code, module, config, actor.name))
                if events is not None:
                    events.append(
                        ModuleEventData(
                            ModuleEvent.ENABLED, module, code, actor.name, details={"reason": "repair"}
                        )
                    )
        return int(updated or 0) + int(inserted or 0)


# -- helpers -----------------------------------------------------------------------------------------
def _direction(value: str) -> Direction:
    if value not in ("upgrade", "downgrade"):
        raise InvalidInput(
            "migrations.bad_direction", f"direction is upgrade or downgrade, not {value!r}", {}
        )
    return value  # type: ignore[return-value]


def _seq(revision: str) -> int:
    match = _REVISION_RE.match(revision)
    return int(match["seq"]) if match else -1


def _known(scripts: Any, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except Exception:
        return False


def _history(scripts: Any, branch: str) -> tuple[str, ...]:
    """The revisions of ``branch``, base first (a branch is a straight line)."""
    chain: list[str] = []
    script = scripts.get_revision(f"{branch}@head")
    while script is not None:
        chain.append(script.revision)
        down = script.down_revision
        script = scripts.get_revision(down) if isinstance(down, str) else None
    return tuple(reversed(chain))


def _has_table(conn: Connection, name: str) -> bool:
    return inspect(conn).has_table(name)


def _enabled_counts(conn: Connection) -> dict[str, int] | None:
    """module code -> platforms it is enabled on; one GROUP BY. None before the framework tables."""
    if not _has_table(conn, "platform_modules"):
        return None
    pm = PlatformModule.__table__
    stmt = select(pm.c.module_code, func.count()).where(pm.c.enabled.is_(True)).group_by(pm.c.module_code)
    return {code: int(count) for code, count in conn.execute(stmt).all()}


def _guard(conn: Connection, modules: Sequence[str], registry: ModuleRegistry) -> Guard | None:
    """Which of ``modules`` are enabled on platforms (None: none is, the downgrade may go)."""
    if not modules or not _has_table(conn, "platform_modules"):
        return None
    pm, p = PlatformModule.__table__, Platform.__table__
    on = (pm.c.enabled.is_(True), pm.c.module_code.in_(list(modules)))
    per_module = {
        code: int(count)
        for code, count in conn.execute(
            select(pm.c.module_code, func.count()).where(*on).group_by(pm.c.module_code)
        ).all()
    }
    if not per_module:
        return None
    total = int(conn.scalar(select(func.count(func.distinct(pm.c.platform_id))).where(*on)) or 0)
    sample = tuple(
        conn.scalars(
            select(p.c.code)
            .where(p.c.id.in_(select(pm.c.platform_id).where(*on)))
            .order_by(p.c.code)
            .limit(PLATFORM_SAMPLE)
        ).all()
    )
    blocked = tuple(m for m in modules if m in per_module)
    core = tuple(m for m in blocked if m in registry and registry.get(m).is_core)
    return Guard(blocked, {m: per_module[m] for m in blocked}, sample, total, core)


def _guard_refusal(guard: Guard) -> Refused:
    return Refused("migrations.module_enabled", guard.message, guard.to_dict())


def _plan_changed(expected: Sequence[str], actual: Sequence[str]) -> Refused:
    return Refused(
        "migrations.plan_changed",
        f"the plan changed since it was shown (shown: {', '.join(expected) or 'nothing'}; now: "
        f"{', '.join(actual) or 'nothing'}): the database was migrated meanwhile; plan again",
        {"expected": list(expected), "actual": list(actual)},
    )


def _with_backup(exc: MigrationFailed, backup: Path | None) -> MigrationFailed:
    details = dict(exc.details) if isinstance(exc.details, dict) else {}
    message = exc.message
    if backup is not None:
        details["backup"] = str(backup)
        message += (
            f"; the database before the run is saved at {backup} (restore it from the migrations page "
            f"or with `platformctl migrate restore {backup}`)"
        )
    failure = MigrationFailed(message, details, backup)
    return failure


def _registry_drift(conn: Connection, registry: ModuleRegistry) -> list[DriftRow]:
    if not _has_table(conn, "platform_modules"):
        return []
    pm, p = PlatformModule.__table__, Platform.__table__
    rows: list[DriftRow] = []
    known = list(registry.modules)
    unknown = conn.execute(
        select(pm.c.module_code, func.count(), func.sum(case((pm.c.enabled.is_(True), 1), else_=0)))
        .where(pm.c.module_code.not_in(known))
        .group_by(pm.c.module_code)
        .order_by(pm.c.module_code)
    ).all()
    for code, count, enabled in unknown:
        sample = conn.scalars(
            select(p.c.code)
            .join(pm, pm.c.platform_id == p.c.id)
            .where(pm.c.module_code == code)
            .order_by(p.c.code)
            .limit(PLATFORM_SAMPLE)
        ).all()
        rows.append(
            DriftRow(
                "unknown_module",
                code,
                int(count),
                tuple(sample),
                replacement=registry.replacement_for(code),
                enabled_count=int(enabled or 0),
            )
        )
    for code in registry.by_tier("core"):
        on = exists().where(pm.c.platform_id == p.c.id, pm.c.module_code == code, pm.c.enabled.is_(True))
        count = int(conn.scalar(select(func.count()).select_from(p).where(~on)) or 0)
        if count:
            sample = conn.scalars(select(p.c.code).where(~on).order_by(p.c.code).limit(PLATFORM_SAMPLE)).all()
            rows.append(DriftRow("core_missing", code, count, tuple(sample)))
    return rows


def _last_change(row: Any) -> Any:
    stamps = [t for t in (row.enabled_at, row.disabled_at) if t is not None]
    return max(stamps) if stamps else None


def _rename(conn: Connection, old: str, new: str) -> tuple[int, int]:
    """Rename ``old`` rows to ``new``; returns (platforms renamed, of which merged).

    A platform with a row for both codes keeps one row (the unique constraint wants one):
    if exactly one of the two is enabled, that one wins, with its config and history, because
    it is what the platform actually runs; if both are on or both off, the row changed last
    wins, because it is what an administrator decided most recently. Ties go to the new
    code's row. The winner's state lands in the ``new`` row and the ``old`` row is deleted.
    """
    pm = PlatformModule.__table__
    both = select(pm.c.platform_id).where(pm.c.module_code == new)
    olds = conn.execute(select(pm).where(pm.c.module_code == old, pm.c.platform_id.in_(both))).all()
    merged = 0
    if olds:
        news = {
            r.platform_id: r
            for r in conn.execute(
                select(pm).where(pm.c.module_code == new, pm.c.platform_id.in_([o.platform_id for o in olds]))
            ).all()
        }
        for o in olds:
            n = news[o.platform_id]
            if o.enabled != n.enabled:
                old_wins = bool(o.enabled)
            else:
                a, b = _last_change(o), _last_change(n)
                old_wins = a is not None and (b is None or a > b)
            if old_wins:
                conn.execute(
                    pm.update()
                    .where(pm.c.id == n.id)
                    .values(
                        enabled=o.enabled,
                        config=o.config,
                        enabled_at=o.enabled_at,
                        enabled_by=o.enabled_by,
                        disabled_at=o.disabled_at,
                        disabled_by=o.disabled_by,
                    )
                )
            merged += 1
        conn.execute(pm.delete().where(pm.c.id.in_([o.id for o in olds])))
    renamed = conn.execute(pm.update().where(pm.c.module_code == old).values(module_code=new)).rowcount
    return int(renamed or 0) + merged, merged


__all__ = [
    "ACTION_DOWNGRADE",
    "ACTION_REPAIR",
    "ACTION_RESTORE",
    "ACTION_UPGRADE",
    "BranchRow",
    "DriftRow",
    "Guard",
    "MigrationService",
    "MigrationStatus",
    "PlanPreview",
    "RepairResult",
    "RestoreResult",
    "RunResult",
    "SchemaProblem",
]
