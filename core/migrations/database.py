"""The database a migration runs on, however the caller names it (no Alembic here).

A :class:`~core.db.Database`, an :class:`~sqlalchemy.Engine`, or a URL; an engine made here from a
URL is disposed of when the work is done. A SQLite database in a file is what backups and run
markers are about: :func:`sqlite_path` finds that file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from core.db import Database, make_engine

DatabaseLike = Database | Engine | str | URL


def engine_of(database: DatabaseLike) -> Engine:
    if isinstance(database, Database):
        return database.engine
    if isinstance(database, Engine):
        return database
    return make_engine(database)


@contextmanager
def engine(database: DatabaseLike) -> Iterator[Engine]:
    """The engine of ``database``; one made here from a URL is disposed of afterwards."""
    found = engine_of(database)
    try:
        yield found
    finally:
        if found is not getattr(database, "engine", database):
            found.dispose()


def is_sqlite(bind: Engine) -> bool:
    return bind.dialect.name == "sqlite"


def sqlite_path(bind: Engine) -> Path | None:
    """The file of a SQLite engine (None: PostgreSQL, or an in-memory or URI database)."""
    name = bind.url.database if is_sqlite(bind) else None
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


__all__ = ["DatabaseLike", "engine", "engine_of", "is_sqlite", "sqlite_path"]
