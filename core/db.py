"""Engines, sessions and the one declarative Base.

SQLite (the embedded default, a file in the user's data directory) runs in WAL mode with
foreign keys on, a busy timeout, and every transaction opened with ``BEGIN IMMEDIATE`` so
two writers queue instead of failing half-way. PostgreSQL goes through psycopg 3.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Connection, DateTime, Engine, MetaData, create_engine, event, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import NullPool
from sqlalchemy.types import TypeDecorator

from core.errors import InvalidInput

# Consoles on PostgreSQL LISTEN on this channel to see changes made elsewhere (SQLite consoles
# watch PRAGMA data_version instead).
NOTIFY_CHANNEL = "platform_console"

SQLITE_BUSY_TIMEOUT_MS = 10_000

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON}


def register_unmanaged(*names: str) -> None:
    """Schema objects a module's revisions create with dialect-specific SQL that the ORM does not
    express (expression, partial and GIN indexes; SQLite FTS5 tables, whose shadow tables are
    ``<name>_*``). Model/schema comparisons (:func:`include_object`) skip them."""
    Base.metadata.info.setdefault("unmanaged", set()).update(names)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic's ``include_object`` hook: leave out reflected objects registered as unmanaged."""
    if not reflected or compare_to is not None or name is None:
        return True
    unmanaged: set[str] = Base.metadata.info.get("unmanaged", set())
    if name in unmanaged:
        return False
    return not (type_ == "table" and any(name.startswith(u + "_") for u in unmanaged))


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored in UTC; naive values read back from SQLite are marked UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store times in UTC with tzinfo")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def default_sqlite_path() -> Path:
    from core.settings import data_dir

    return data_dir() / "platform.db"


def default_url() -> str:
    """``PLATFORM_DATABASE_URL`` (environment or config file), else the embedded SQLite file."""
    from core.settings import get_settings  # pydantic-settings: only when no URL was given

    return get_settings().database_url or f"sqlite:///{default_sqlite_path()}"


def normalize_url(url: str | URL) -> URL:
    """Parse ``url``; bare ``postgresql://`` and ``postgres://`` use psycopg 3."""
    try:
        parsed = make_url(str(url)) if not isinstance(url, URL) else url
    except Exception as exc:
        raise InvalidInput("db.bad_url", f"not a database URL: {url!r} ({exc})", {"url": str(url)}) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise InvalidInput(
            "db.unsupported",
            f"unsupported database {parsed.get_backend_name()!r}: use sqlite:///PATH or postgresql://...",
            {"url": parsed.render_as_string(hide_password=True)},
        )
    return parsed


def is_sqlite(bind: Engine | Session | URL) -> bool:
    if isinstance(bind, Session):
        bind = bind.get_bind()  # type: ignore[assignment]
    url = bind if isinstance(bind, URL) else bind.url  # type: ignore[union-attr]
    return url.get_backend_name() == "sqlite"


def make_engine(url: str | URL | None = None, **kwargs: Any) -> Engine:
    parsed = normalize_url(url or default_url())
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {}).setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
        if not database or database == ":memory:":
            kwargs.setdefault("poolclass", NullPool)
        engine = create_engine(parsed, **kwargs)
        _configure_sqlite(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(parsed, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN IMMEDIATE instead of pysqlite's deferred BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front (two writers queue instead of failing half-way);
        # readers (Database.sessions) begin deferred, so in WAL mode they never block a writer.
        mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        connection.exec_driver_sql("BEGIN" if mode == "DEFERRED" else "BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


class Database:
    """An engine plus its session factory: what services and the console hold on to."""

    def __init__(self, url: str | URL | None = None, **engine_kwargs: Any) -> None:
        self.engine = make_engine(url, **engine_kwargs)
        # Reads: a deferred BEGIN on SQLite (same pool). Writes: transaction(), BEGIN IMMEDIATE.
        self.sessions = make_session_factory(self.engine.execution_options(sqlite_begin="DEFERRED"))
        self._writers = make_session_factory(self.engine)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    def display_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One session, one transaction: committed on success, rolled back on any error."""
        with self._writers() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def notify_consoles(conn: Session | Connection, kind: str, **details: Any) -> None:
    """Tell listening consoles that ``kind`` changed (PostgreSQL only; delivered on commit)."""
    dialect = conn.get_bind().dialect if isinstance(conn, Session) else conn.dialect
    if dialect.name == "postgresql":
        conn.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": NOTIFY_CHANNEL, "payload": json.dumps({"kind": kind, **details})},
        )
