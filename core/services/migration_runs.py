"""Migration runs on SQLite that were killed half-way: noticed at the next start, audited, explained.

A run writes its marker (:class:`core.sqlite_backup.RunMarker`) beside the database file before it
changes anything, and removes it when it ends, whatever the outcome. A marker left by a process
that is gone is an *interrupted* run: :func:`notice_interrupted` writes one audit entry for it
(outcome ``interrupted``, in the name of whoever started the run) and says what to do: the
database is untouched when the run died while copying it; otherwise it names the copy taken
before the run and the exact command that restores it. The marker stays (and the console keeps
showing the banner) until the database is restored or a run ends normally.

This module does not import Alembic: the console calls it at start-up.
"""

from __future__ import annotations

import logging
import shlex
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select

from core import sqlite_backup
from core.actor import Actor
from core.db import Database, notify_consoles
from core.errors import Refused
from core.migrations.backups import database_file
from core.models import AdminUser
from core.roles import Role
from core.services.audit import AuditDraft, write_entry
from core.sqlite_backup import RunMarker

log = logging.getLogger(__name__)

OUTCOME_INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class InterruptedRun:
    """A run killed half-way, as found at the next start."""

    marker: RunMarker
    database: Path

    @property
    def backup(self) -> Path | None:
        return Path(self.marker.backup) if self.marker.backup else None

    @property
    def changed_nothing(self) -> bool:
        """Killed while copying the database: no revision had started."""
        return self.marker.state == "copying"

    @property
    def restorable(self) -> bool:
        return not self.changed_nothing and self.backup is not None and self.backup.is_file()

    @property
    def restore_command(self) -> str | None:
        if not self.restorable:
            return None
        url = f"sqlite:///{self.database}"
        return f"platformctl --db {shlex.quote(url)} migrate restore {shlex.quote(str(self.backup))}"

    @property
    def what(self) -> str:
        m = self.marker
        return f"the {m.direction} to {m.target} started by {m.actor} at {m.started_at}"

    @property
    def message(self) -> str:
        head = f"{self.what} was interrupted (the process {self.marker.pid} ended without finishing it)"
        if self.changed_nothing:
            return f"{head} while it copied the database, before any revision ran: the database is as it was"
        if self.restorable:
            return (
                f"{head} while its revisions ran: the database may be part-way. The copy taken before "
                f"the run is {self.backup}; restore it with `{self.restore_command}`, or run the "
                "migration again"
            )
        if self.backup is not None:
            return (
                f"{head} while its revisions ran, and the copy taken before the run ({self.backup}) is "
                "gone: run the migration again"
            )
        return f"{head} while its revisions ran (no copy was taken: the database was empty): run it again"

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.marker.to_dict(),
            "database": str(self.database),
            "restorable": self.restorable,
            "restore_command": self.restore_command,
            "message": self.message,
        }


def notice_interrupted(db: Database) -> InterruptedRun | None:
    """The interrupted run of ``db``, audited the first time it is seen (None: there is none)."""
    database = database_file(db)
    if database is None:
        return None
    marker = sqlite_backup.read_marker(database)
    if marker is None or marker.alive:
        return None
    found = InterruptedRun(marker, database)
    if marker.audited_at is None:
        _audit(db, found)
        marker.audited_at = sqlite_backup.utc_stamp()
        if marker.backup:
            sqlite_backup.leftovers([Path(marker.backup)])
        if found.changed_nothing:
            sqlite_backup.clear_marker(database)  # nothing to restore: said once, audited, done
        else:
            sqlite_backup.write_marker(database, marker)
    return found


def _audit(db: Database, run: InterruptedRun) -> None:
    marker = run.marker
    actor = Actor(marker.actor, Role.SUPER_ADMIN, marker.actor_id)
    draft = AuditDraft(
        marker.action,
        {"target": marker.target, "direction": marker.direction},
        plan={
            "revisions": marker.revisions,
            "backup": marker.backup,
            "state": marker.state,
            "started_at": marker.started_at,
            "pid": marker.pid,
            "restore_command": run.restore_command,
        },
        message=run.message,
    )
    try:
        with db.transaction() as session:
            conn = session.connection()
            if not inspect(conn).has_table("audit_log"):
                log.warning("no audit_log table: %s", run.message)
                return
            if actor.user_id is not None and not _user_exists(conn, actor.user_id):
                actor = Actor(marker.actor, Role.SUPER_ADMIN)
            write_entry(session, actor, draft, OUTCOME_INTERRUPTED)
            notify_consoles(conn, "migrations")
    except Exception:  # the notice matters more than its audit entry
        log.exception("could not audit the interrupted migration run")


def _user_exists(conn: Any, user_id: int) -> bool:
    return conn.scalar(select(AdminUser.id).where(AdminUser.id == user_id)) is not None


# -- a run's own marker -----------------------------------------------------------------------------
def begin_run(db: Database, marker: RunMarker) -> Path | None:
    """Write the marker of a run about to start; refuse while another process runs one."""
    database = database_file(db)
    if database is None:
        return None
    current = sqlite_backup.read_marker(database)
    if current is not None and current.alive and current.pid != marker.pid:
        raise Refused(
            "migrations.run_in_progress",
            f"another migration run is in progress on {database}: {current.direction} to "
            f"{current.target} by {current.actor} (process {current.pid}, started {current.started_at}); "
            "wait for it to end",
            {"marker": current.to_dict()},
        )
    sqlite_backup.write_marker(database, marker)
    return database


def end_run(database: Path | None) -> None:
    if database is not None:
        sqlite_backup.clear_marker(database)


@dataclass
class RunInProgress:
    """This run's marker: rewritten once the copy is in place and the revisions start."""

    database: Path | None
    marker: RunMarker

    def update(self, backup: Path | None) -> None:
        self.marker.backup = str(backup) if backup else None
        self.marker.state = "running"
        if self.database is not None:
            sqlite_backup.write_marker(self.database, self.marker)


@contextmanager
def marked_run(
    db: Database, actor: Actor, action: str, direction: str, target: str, revisions: tuple[str, ...]
) -> Iterator[RunInProgress | None]:
    """The run marker beside a SQLite file while the run goes on (None: no file, or no revision).

    An interrupted run found first is audited; whatever this run's outcome, the markers are
    gone when it ends (a kill leaves this run's own marker for the next start to find).
    """
    if database_file(db) is None:
        yield None
        return
    notice_interrupted(db)
    if not revisions:
        yield None
        end_run(database_file(db))
        return
    marker = RunMarker(action, direction, target, actor.name, actor.user_id, list(revisions))
    database = begin_run(db, marker)
    try:
        yield RunInProgress(database, marker)
    finally:
        end_run(database)


__all__ = [
    "InterruptedRun",
    "RunInProgress",
    "begin_run",
    "database_file",
    "end_run",
    "marked_run",
    "notice_interrupted",
]
