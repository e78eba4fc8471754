"""Copies of a SQLite database file taken before a run, and putting one back (no Alembic here).

On SQLite Alembic commits each revision, so a run first copies a file that holds tables (a new,
empty database holds nothing worth a copy): ``<db>.pre-migrate-<UTC timestamp>.bak``, verified
and described by a manifest (:mod:`core.sqlite_backup`). A restore checks that the path names one
of the database's own backups, verifies it, saves the current file first
(``<db>.pre-restore-*.bak``) and carries over the audit entries written since the copy, so that
the audit log stays append-only across the restore.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, select

from core import sqlite_backup
from core.db import Database
from core.errors import InvalidInput, NotFound
from core.migrations.database import DatabaseLike, engine, sqlite_path
from core.models import AdminUser, AuditEntry

log = logging.getLogger(__name__)

BACKUP_KINDS = ("pre-migrate", "pre-restore")  # copies taken before a run, before a restore


def database_file(db: Database) -> Path | None:
    """The SQLite file of ``db``, resolved (None: PostgreSQL or an in-memory database)."""
    path = sqlite_path(db.engine)
    return path.resolve() if path is not None else None


def wants_backup(bind: Engine) -> bool:
    """A SQLite file with tables in it (a new, empty database holds nothing worth a copy)."""
    if sqlite_path(bind) is None:
        return False
    with bind.connect() as connection:
        names = set(inspect(connection).get_table_names()) - {"alembic_version"}
        connection.rollback()
    return bool(names)


def backup_sqlite(database: DatabaseLike, kind: str = "pre-migrate", *, refuse_corrupt: bool = True) -> Path:
    """Copy a SQLite database file to ``<db>.<kind>-<UTC timestamp>.bak`` and return its path.

    The copy is verified and described by a manifest before it appears under that name
    (:func:`core.sqlite_backup.take`); a damaged database is refused, unless ``refuse_corrupt`` is
    off (then it is copied as it is, its problems in the manifest).
    """
    with engine(database) as bind:
        source = sqlite_path(bind)
    if source is None:
        raise InvalidInput(
            "migrations.no_backup", "only a SQLite database file can be backed up this way", {}
        )
    path = sqlite_backup.unique_path(source, kind)
    sqlite_backup.take(source, path, refuse_corrupt=refuse_corrupt)
    return path


def restore_sqlite_backup(
    database: DatabaseLike, path: Path | str, *, force: bool = False
) -> sqlite_backup.BackupCheck:
    """Put a backup taken by :func:`backup_sqlite` back into the database's file.

    The backup is verified first (:func:`core.sqlite_backup.verify`: manifest, integrity check;
    ``force`` accepts one without a manifest), then written into the live file with the online
    backup API, in one transaction.
    """
    backup = Path(path)
    with engine(database) as bind:
        target = sqlite_path(bind)
        if target is None:
            raise InvalidInput("migrations.no_backup", "only a SQLite database file can be restored", {})
        checked = sqlite_backup.verify(backup, force=force)
        bind.dispose()  # no pooled connection keeps reading the old pages
        sqlite_backup.online_copy(backup, target)
        bind.dispose()
    return checked


# -- restoring one of the database's own backups -----------------------------------------------
def backed_up_database(db: Database, path: Path) -> Path:
    """The database file, once ``path`` is known to name one of its backups."""
    database = database_file(db)
    if database is None:
        raise InvalidInput(
            "migrations.no_backup",
            "only a SQLite database file has backups to restore (PostgreSQL rolls a failed run back)",
            {},
        )
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


def audit_rows_since(db: Database, backup: Path) -> list[dict[str, Any]]:
    """The audit entries of the live database written after ``backup`` was taken."""
    raw = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        found = raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
        ).fetchone()
        last = raw.execute("SELECT max(id) FROM audit_log").fetchone()[0] if found else None
    finally:
        raw.close()
    table = AuditEntry.__table__
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("audit_log"):
            return []
        stmt = select(table).order_by(table.c.id)
        if last is not None:
            stmt = stmt.where(table.c.id > last)
        rows = [dict(row) for row in conn.execute(stmt).mappings()]
        conn.rollback()
    return rows


def carry_audit_rows(db: Database, rows: list[dict[str, Any]]) -> int:
    """Write ``rows`` (from :func:`audit_rows_since`) into the restored database; how many."""
    if not rows:
        return 0
    table = AuditEntry.__table__
    with db.engine.begin() as conn:
        tables = inspect(conn)
        if not tables.has_table("audit_log"):
            log.warning("restored database has no audit_log: %d entries not carried over", len(rows))
            return 0
        users = set(conn.scalars(select(AdminUser.id)).all()) if tables.has_table("admin_users") else set()
        taken = set(conn.scalars(select(table.c.id).where(table.c.id.in_([r["id"] for r in rows]))).all())
        for row in rows:
            if row["admin_user_id"] not in users:
                row["admin_user_id"] = None
            if row["id"] in taken:
                row.pop("id")
        conn.execute(table.insert(), rows)
    return len(rows)


__all__ = [
    "BACKUP_KINDS",
    "audit_rows_since",
    "backed_up_database",
    "backup_sqlite",
    "carry_audit_rows",
    "database_file",
    "restore_sqlite_backup",
    "wants_backup",
]
