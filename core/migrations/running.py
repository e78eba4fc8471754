"""Running a plan with Alembic, in this process, with progress, cancel and a check inside the
transaction.

Transactions: on PostgreSQL a whole run is one transaction (a failure leaves the schema as it
was), queued behind concurrent runs by an advisory lock. On SQLite Alembic commits each revision,
so the runner first copies a database file that holds tables (:mod:`core.migrations.backups`)
and a failure reports the copy's path.

Cancel: ``cancel()`` is asked before each revision starts (never during one). When it answers
true the run stops with :class:`MigrationCancelled`: on PostgreSQL the whole run is rolled back,
on SQLite the revisions already committed stay (the copy taken before the run can be restored).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationInfo, RevisionStep
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from core.errors import PlatformError
from core.migrations.backups import backup_sqlite, wants_backup
from core.migrations.database import DatabaseLike, engine, is_sqlite
from core.migrations.drift import refuse_unknown_heads
from core.migrations.planning import (
    MigrationPlan,
    PlanStep,
    Target,
    plan,
    plan_step,
    resolve_target,
    revision_steps,
    with_destructive,
)
from core.migrations.revisions import registry_or_default
from core.migrations.scripts import ALEMBIC_LOCK, base_config, script_directory
from core.migrations.terms import Direction
from core.registry import ModuleRegistry
from core.wording import count_of

Progress = Callable[[PlanStep, int, int], None]
Cancel = Callable[[], bool]  # asked between revisions: true stops the run
# Called inside the run's transaction, after Alembic chose the revisions and before the first one
# runs, with the live connection and those revision ids; raising refuses the whole run.
Check = Callable[[Connection, tuple[str, ...]], None]

PG_LOCK_KEY = 0x706C6D67  # "plmg": the advisory lock that queues runs on one PostgreSQL database


class MigrationFailed(PlatformError):
    """A revision failed while running. ``backup_path`` (SQLite) holds the database as before."""

    def __init__(self, message: str, details: dict[str, Any], backup_path: Path | None) -> None:
        super().__init__("migrations.failed", message, details)
        self.backup_path = backup_path


class MigrationCancelled(PlatformError):
    """The run was cancelled between two revisions (exit 130, as an interrupted command)."""

    exit_code = 130

    def __init__(self, message: str, details: dict[str, Any], backup_path: Path | None) -> None:
        super().__init__("migrations.cancelled", message, details)
        self.backup_path = backup_path


_Stopped = TypeVar("_Stopped", MigrationFailed, MigrationCancelled)


class _Stop(Exception):
    """Raised inside Alembic's loop to end the run where ``cancel()`` asked."""


def upgrade(
    database: DatabaseLike,
    target: str = "heads",
    progress: Progress | None = None,
    registry: ModuleRegistry | None = None,
    backup: bool = True,
    mark_destructive: bool = False,
    check: Check | None = None,
    cancel: Cancel | None = None,
) -> MigrationPlan:
    """Upgrade to ``target``; returns the executed plan (with the SQLite backup path, if any).

    ``mark_destructive`` renders each applied revision to mark its destructive statements
    (costly; callers that showed a plan first already have the marks). ``check`` (see
    :data:`Check`) may refuse the run from inside its transaction; ``cancel`` (see :data:`Cancel`)
    stops it between revisions.
    """
    return _run(database, target, "upgrade", progress, registry, backup, mark_destructive, check, cancel)


def downgrade(
    database: DatabaseLike,
    target: str,
    progress: Progress | None = None,
    registry: ModuleRegistry | None = None,
    backup: bool = True,
    mark_destructive: bool = False,
    check: Check | None = None,
    cancel: Cancel | None = None,
) -> MigrationPlan:
    """Downgrade to ``target`` (what depends on the removed revisions goes too)."""
    return _run(database, target, "downgrade", progress, registry, backup, mark_destructive, check, cancel)


def _run(
    database: DatabaseLike,
    target: str,
    direction: Direction,
    progress: Progress | None,
    registry: ModuleRegistry | None,
    backup: bool,
    mark_destructive: bool = False,
    check: Check | None = None,
    cancel: Cancel | None = None,
) -> MigrationPlan:
    registry = registry_or_default(registry)
    resolved = resolve_target(target, direction, registry)
    with engine(database) as bind:
        backup_path = None
        if backup and wants_backup(bind) and not plan(bind, target, direction, registry).is_empty:
            backup_path = backup_sqlite(bind)
        return run_online(
            bind, resolved, direction, progress, registry, backup_path, mark_destructive, check, cancel
        )


def run_online(
    bind: Engine,
    target: Target,
    direction: Direction,
    progress: Progress | None,
    registry: ModuleRegistry,
    backup_path: Path | None,
    mark_destructive: bool = False,
    check: Check | None = None,
    cancel: Cancel | None = None,
) -> MigrationPlan:
    """Run Alembic to ``target`` on ``bind``: one transaction on PostgreSQL, one per revision on
    SQLite. A failure raises :class:`MigrationFailed`, a cancel :class:`MigrationCancelled`,
    each saying what was kept."""
    scripts = script_directory(registry)
    run = _RunState(direction, registry, progress)
    config = base_config(registry)
    config.attributes["on_version_apply"] = run.on_version_apply

    def steps_for(heads: Sequence[str], context: Any) -> list[RevisionStep]:
        refuse_unknown_heads(scripts, heads)  # read inside the transaction: authoritative
        run.steps = revision_steps(scripts, target, heads, direction)
        if check is not None:
            check(context.connection, tuple(step.revision.revision for step in run.steps))
        return run.steps if cancel is None else _until_cancelled(run.steps, cancel)

    try:
        with ALEMBIC_LOCK:
            if is_sqlite(bind):
                # Alembic commits each revision (SQLite declares no transactional DDL).
                with bind.connect() as connection:
                    config.attributes["connection"] = connection
                    _run_env(config, scripts, steps_for, target)
                    if connection.in_transaction():
                        connection.commit()
            else:
                # One transaction for the whole run; the advisory lock queues concurrent runs.
                with bind.begin() as connection:
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
                    config.attributes["connection"] = connection
                    _run_env(config, scripts, steps_for, target)
    except PlatformError:
        raise
    except _Stop:
        raise run.cancelled(bind, backup_path) from None
    except Exception as exc:
        raise run.failure(exc, bind, backup_path) from exc
    # Destructive marks only now: rendering a revision must not run inside Alembic's environment.
    done = tuple(run.done)
    if mark_destructive:
        done = tuple(with_destructive(step, registry) for step in done)
    return MigrationPlan(target.text, target.spec, direction, done, backup_path)


def _until_cancelled(steps: list[RevisionStep], cancel: Cancel) -> Iterator[RevisionStep]:
    """The steps, asking ``cancel()`` before each: Alembic takes the next one only once the one
    before is done (committed, on SQLite)."""
    for step in steps:
        if cancel():
            raise _Stop()
        yield step


def _run_env(config: Config, scripts: ScriptDirectory, fn: Any, target: Target) -> None:
    with EnvironmentContext(config, scripts, fn=fn, as_sql=False, destination_rev=target.spec):
        scripts.run_env()


@dataclass
class _RunState:
    """Progress of one run: the steps Alembic chose and those applied so far."""

    direction: Direction
    registry: ModuleRegistry
    progress: Progress | None
    steps: list[RevisionStep] = field(default_factory=list)
    done: list[PlanStep] = field(default_factory=list)

    def on_version_apply(self, ctx: Any, step: MigrationInfo, heads: Any, run_args: Any) -> None:
        script = next(s.revision for s in self.steps if s.revision.revision == step.up_revision_id)
        # No destructive marks here: rendering SQL would replace Alembic's running `op` proxy.
        done = plan_step(script, self.direction, self.registry, with_destructive=False)  # type: ignore[arg-type]
        self.done.append(done)
        if self.progress is not None:
            self.progress(done, len(self.done), len(self.steps))

    def cancelled(self, bind: Engine, backup_path: Path | None) -> MigrationCancelled:
        done, total = len(self.done), len(self.steps)
        outcome, details = self._kept(bind, backup_path, name_backup=done > 0)
        head = ":" if details["rolled_back"] else f" after {done} of {count_of(total, 'revision')};"
        return MigrationCancelled(
            f"{self.direction} cancelled{head} {outcome}",
            {
                "applied": details["applied"],
                "remaining": [s.revision.revision for s in self.steps[done:]],
                **details,
            },
            backup_path,
        )

    def failure(self, exc: Exception, bind: Engine, backup_path: Path | None) -> MigrationFailed:
        failed = self.steps[len(self.done)].revision.revision if len(self.done) < len(self.steps) else None
        outcome, details = self._kept(bind, backup_path, name_backup=True)
        where = f" at {failed}" if failed else ""
        return MigrationFailed(
            f"{self.direction} failed{where}: {exc}; {outcome}",
            {"revision": failed, **details, "error": str(exc)},
            backup_path,
        )

    def _kept(
        self, bind: Engine, backup_path: Path | None, *, name_backup: bool
    ) -> tuple[str, dict[str, Any]]:
        """What a stopped run kept, as a sentence and as the details of its error: SQLite kept the
        revisions committed before (``name_backup``: the sentence names the copy taken first);
        PostgreSQL rolled the whole run back."""
        sqlite = is_sqlite(bind)
        kept = [step.revision for step in self.done] if sqlite else []
        if sqlite:
            outcome = f"revisions kept: {', '.join(kept) or 'none'}"
            if backup_path and name_backup:
                outcome += f"; the database before the run is saved at {backup_path}"
        else:
            outcome = "the whole run was rolled back; the schema is as it was"
        details = {
            "applied": kept,
            "rolled_back": not sqlite,
            "backup": str(backup_path) if backup_path else None,
        }
        return outcome, details


def with_restore_hint(exc: _Stopped, backup: Path | None) -> _Stopped:
    """``exc`` naming the copy taken before the run and how to put it back."""
    details = dict(exc.details) if isinstance(exc.details, dict) else {}
    message = exc.message
    if backup is not None:
        details["backup"] = str(backup)
        message += (
            f"; the database before the run is saved at {backup} (restore it from the migrations page "
            f"or with `platformctl migrate restore {backup}`)"
        )
    return type(exc)(message, details, backup)


__all__ = [
    "PG_LOCK_KEY",
    "Cancel",
    "Check",
    "MigrationCancelled",
    "MigrationFailed",
    "Progress",
    "downgrade",
    "run_online",
    "upgrade",
    "with_restore_hint",
]
