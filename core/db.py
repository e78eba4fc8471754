"""Engines, connections and sessions.

SQLite (the embedded default, a file in the user's data directory) runs in WAL mode with
foreign keys on, a busy timeout, and every transaction opened with ``BEGIN IMMEDIATE`` so
two writers queue instead of failing half-way. PostgreSQL goes through psycopg 3.

This module loads SQLAlchemy Core only: reads on a Connection (:meth:`Database.read`) never
import the ORM; sessions (:attr:`Database.sessions`, :meth:`Database.transaction`) load it
when first used, and ``Base`` (the declarative base of :mod:`core.models`) when first named.
"""

from __future__ import annotations

import json
import operator
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import orjson
from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from core.errors import InvalidInput

# Re-exported: where the models and the migrations have always found them.
from core.schema import NAMING_CONVENTION as NAMING_CONVENTION
from core.schema import UTCDateTime as UTCDateTime
from core.schema import include_object as include_object
from core.schema import register_unmanaged as register_unmanaged
from core.schema import utcnow as utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from core.models import Base as Base

# Consoles on PostgreSQL LISTEN on this channel to see changes made elsewhere (SQLite consoles
# watch PRAGMA data_version instead).
NOTIFY_CHANNEL = "platform_console"

SQLITE_BUSY_TIMEOUT_MS = 10_000
# Pages kept in memory per connection (the default is 2 MiB): a 100,000-platform wave touches
# most index pages of platform_modules, and each wave read them again.
SQLITE_CACHE_KIB = 32_768
PG_CONNECT_TIMEOUT_S = 10


def __getattr__(name: str) -> Any:
    """``Base``, the ORM's declarative base, imported when first named (it loads the ORM)."""
    if name == "Base":
        from core.models import Base  # lazy: sqlalchemy.orm, not for reads on a Connection

        return Base
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_sqlite_path() -> Path:
    # lazy: pydantic-settings (0.13 s): platformctl and the console load this module at start
    from core.settings import data_dir

    return data_dir() / "platform.db"


def default_url() -> str:
    """``PLATFORM_DATABASE_URL`` (environment or config file), else the embedded SQLite file."""
    if os.environ.get("PLATFORM_DATABASE_URL"):  # the environment wins over the file, as --db does
        return os.environ["PLATFORM_DATABASE_URL"]
    from core.settings import get_settings  # lazy: pydantic-settings: only when no URL was given

    return get_settings().database_url or f"sqlite:///{default_sqlite_path()}"


# ``user:password@`` in anything that looks like a URL (parsable or not); ``password=`` in a query.
_USERINFO_PASSWORD = re.compile(r"(?P<user>(?:^|//|\s)[^\s:/@]*):(?!//)(?P<password>\S*)@")
_QUERY_PASSWORD = re.compile(r"(?P<key>[?&]password=)(?P<password>[^&\s]*)", re.IGNORECASE)


def redact_url(url: str | URL) -> str:
    """``url`` with its password replaced by ``***``: the only form of a URL a message may show.

    Works on URLs SQLAlchemy cannot parse too (a malformed ``--db`` is echoed in its error).
    """
    parsed: URL | None = url if isinstance(url, URL) else None
    if parsed is None:
        try:
            parsed = make_url(str(url))
        except Exception:
            parsed = None
    if parsed is not None and parsed.get_backend_name() == "sqlite":  # no password; a path may hold '@'
        return str(url) if isinstance(url, str) else parsed.render_as_string(hide_password=True)
    text_url = parsed.render_as_string(hide_password=True) if parsed is not None else str(url)
    # A password holding '@' leaves its tail in the parsed host: mask up to the last '@'.
    text_url = _USERINFO_PASSWORD.sub(lambda m: f"{m['user']}:***@", text_url)
    return _QUERY_PASSWORD.sub(lambda m: f"{m['key']}***", text_url)


def normalize_url(url: str | URL) -> URL:
    """Parse ``url``; bare ``postgresql://`` and ``postgres://`` use psycopg 3."""
    try:
        parsed = make_url(str(url)) if not isinstance(url, URL) else url
    except Exception:
        shown = redact_url(str(url))
        raise InvalidInput(
            "db.bad_url",
            f"not a database URL: {shown!r}: use sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE",
            {"url": shown},
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise InvalidInput(
            "db.unsupported",
            f"unsupported database {parsed.get_backend_name()!r}: use sqlite:///PATH or postgresql://...",
            {"url": redact_url(parsed)},
        )
    return parsed


def sqlite_file(url: URL) -> Path | None:
    """The file a SQLite URL names (``None`` for in-memory databases and ``file:`` URIs)."""
    database = url.database if url.get_backend_name() == "sqlite" else None
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


class DatabaseUnavailable(InvalidInput):
    """The database cannot be opened or used: a missing or damaged file, a server that does not
    answer, an unknown database or role. The message names the database and what to do (exit 2)."""


MISSING_FILE_HINT = (
    "create it with `platformctl db upgrade` (or `platformctl demo seed` for demo data), "
    "or point --db or PLATFORM_DATABASE_URL at the right file"
)


def missing_file_error(path: Path) -> DatabaseUnavailable:
    if not path.parent.is_dir():
        what = f"the folder {path.parent} of the SQLite database {path} does not exist"
    else:
        what = f"the SQLite database {path} does not exist"
    return DatabaseUnavailable("db.missing", f"{what}: {MISSING_FILE_HINT}", {"path": str(path)})


def _first_line(exc: BaseException) -> str:
    raw = str(getattr(exc, "orig", None) or exc).strip()
    return next((line.strip() for line in raw.splitlines() if line.strip()), type(exc).__name__)


def explain_connection_error(exc: BaseException) -> str:
    """A sentence for people out of a driver error: what failed and what to check."""
    raw = str(getattr(exc, "orig", None) or exc).strip()
    first = _first_line(exc)
    low = raw.lower()
    role = re.search(r'role "([^"]*)" does not exist', raw)
    database = re.search(r'database "([^"]*)" does not exist', raw)
    if "password authentication failed" in low:
        return "the server refused the password (password authentication failed): check the user and password"
    if "no password supplied" in low:
        return (
            "the server wants a password and none was given: use PGPASSWORD, ~/.pgpass "
            "or a connection profile's password"
        )
    if role:
        return f"the server has no role (user) {role[1]!r}: check the user name, or create the role"
    if database:
        name = database[1]
        return f"the server has no database {name!r}: check its name, or create it (createdb {name})"
    if "connection refused" in low:
        return "nothing answers at that address (connection refused): is the server running, on that port?"
    if "timeout" in low or "timed out" in low:
        return "the server did not answer in time (timeout): check the host, the port and the network"
    if "could not translate host name" in low or "name or service not known" in low or "resolve host" in low:
        return "the host name cannot be resolved: check the host in the URL"
    if "no route to host" in low or "network is unreachable" in low:
        return f"the network does not reach that host ({first}): check the host and the network"
    if "unable to open database file" in low:
        return "the database file cannot be opened (unable to open database file)"
    if "ssl" in low or "certificate" in low:
        return f"the TLS connection failed: {first}"
    return first


def database_error(exc: BaseException, url: str | URL) -> DatabaseUnavailable | None:
    """The user-facing error for a driver error that means "this database cannot be used", or
    ``None`` when ``exc`` is anything else (a bug). ``url`` is shown without its password."""
    orig = getattr(exc, "orig", None) or exc
    shown = redact_url(url)
    low = str(orig).lower()
    module = type(orig).__module__.split(".")[0]
    table = re.search(r'no such table: (\S+)|relation "([^"]+)" does not exist', str(orig))
    if table and module in ("sqlite3", "psycopg"):
        return DatabaseUnavailable(
            "db.not_migrated",
            f"{shown} has no table {table[1] or table[2]}: the database is not migrated (or belongs to "
            "something else): run `platformctl db upgrade`, or `platformctl migrate status` to see",
            {"url": shown, "table": table[1] or table[2]},
        )
    if module == "sqlite3":
        file = sqlite_file(url) if isinstance(url, URL) else None
        path = str(file) if file is not None else shown
        if "file is not a database" in low:
            return DatabaseUnavailable(
                "db.not_a_database",
                f"{path} is not a SQLite database (file is not a database): check the path, "
                "or restore the file from a backup (platformctl migrate restore BACKUP)",
                {"url": shown},
            )
        if "malformed" in low or "disk image" in low or "corrupt" in low:
            return DatabaseUnavailable(
                "db.corrupt",
                f"the SQLite database {path} is damaged ({_first_line(orig)}): restore it from a backup "
                "(platformctl migrate restore BACKUP) or recover what is left with "
                f"`sqlite3 {path} .recover`",
                {"url": shown},
            )
        if "unable to open database file" in low:
            why = (
                "it is a folder, not a file"
                if Path(path).is_dir()
                else "check that it exists and that you may read it"
            )
            return DatabaseUnavailable(
                "db.cannot_open", f"cannot open the SQLite database {path}: {why}", {"url": shown}
            )
        if "database is locked" in low or "database table is locked" in low:
            return _busy(path, shown)
        if "readonly database" in low or "read-only" in low:
            return DatabaseUnavailable(
                "db.read_only",
                f"the SQLite database {path} is read-only here: check its permissions",
                {"url": shown},
            )
        return None
    if module == "psycopg" and type(orig).__name__ in ("LockNotAvailable", "QueryCanceled") and "lock" in low:
        return _busy(shown, shown)
    if type(orig).__name__ == "OperationalError" and module == "psycopg":  # connecting, or lost
        reason = explain_connection_error(orig)
        code = "db.unreachable"
        if "does not exist" in low:
            code = "db.unknown_role" if 'role "' in low else "db.unknown_database"
        elif "authentication" in low or "password" in low:
            code = "db.auth_failed"
        verb = "cannot reach" if code == "db.unreachable" else "cannot connect to"
        return DatabaseUnavailable(
            code, f"{verb} {shown}: {reason}", {"url": shown, "error": _first_line(orig)}
        )
    return None


def _busy(where: str, shown: str) -> DatabaseUnavailable:
    """Another writer held the database (SQLite) or the rows (PostgreSQL) past the lock wait."""
    return DatabaseUnavailable(
        "db.busy",
        f"{where} is busy: another program held it longer than the lock wait; nothing was changed, "
        "try again in a moment",
        {"url": shown},
    )


def is_sqlite(bind: Engine | Connection | Session | URL) -> bool:
    if isinstance(bind, URL):
        return bind.get_backend_name() == "sqlite"
    return dialect_name(bind) == "sqlite"


def dialect_name(bind: Engine | Connection | Session) -> str:
    """``sqlite`` or ``postgresql``: of an engine, a Core connection or an ORM session."""
    if isinstance(bind, Engine | Connection):
        return bind.dialect.name
    return bind.get_bind().dialect.name


def connection_of(bind: Connection | Session) -> Connection:
    """The Core connection under ``bind`` (a session's, in its transaction) for set-based reads
    and writes that need none of the ORM's per-row work."""
    return bind if isinstance(bind, Connection) else bind.connection()


def json_dumps(value: Any) -> str:
    """The JSON text of a JSON column's value: orjson (a rollout wave's 55,000 gate values in
    3 ms, not 20), the standard library for what orjson refuses (an integer beyond 64 bits, say).
    Not a number is written ``null``, which JSON has, not ``NaN``, which it has not."""
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:  # orjson.JSONEncodeError is one
        return json.dumps(value)


def make_engine(url: str | URL | None = None, *, create: bool = True, **kwargs: Any) -> Engine:
    """An engine for ``url`` (default: :func:`default_url`).

    ``create=False``: a SQLite file is never created (nor its folder); connecting to a missing
    one fails (SQLite opens it with ``mode=rw``) instead of leaving an empty database behind.
    """
    parsed = normalize_url(url or default_url())
    kwargs.setdefault("json_serializer", json_dumps)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_file(parsed)
        if path is not None and create:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(
                    "db.cannot_create",
                    f"cannot create the folder of the SQLite database {path}: {exc.strerror or exc}",
                    {"path": str(path)},
                ) from None
        kwargs.setdefault("connect_args", {}).setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
        if not parsed.database or parsed.database == ":memory:":
            kwargs.setdefault("poolclass", NullPool)
        engine = create_engine(parsed, **kwargs)
        _configure_sqlite(engine, never_create=path is not None and not create)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if "connect_timeout" not in parsed.query and not os.environ.get("PGCONNECT_TIMEOUT"):
        # libpq waits for the operating system's TCP timeout (minutes) on a host that never answers.
        kwargs.setdefault("connect_args", {}).setdefault("connect_timeout", PG_CONNECT_TIMEOUT_S)
    return create_engine(parsed, **kwargs)


def _configure_sqlite(engine: Engine, *, never_create: bool = False) -> None:
    if never_create:

        @event.listens_for(engine, "do_connect")
        def _open_existing(_dialect: Any, _record: Any, cargs: list[Any], cparams: dict[str, Any]) -> None:
            # The same file as a URI with mode=rw: SQLite refuses to create it.
            cargs[0] = f"file:{quote(str(cargs[0]))}?mode=rw"
            cparams["uri"] = True

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN IMMEDIATE instead of pysqlite's deferred BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front (two writers queue instead of failing half-way);
        # readers (Database.read, Database.sessions) begin deferred: in WAL mode they never block
        # a writer.
        mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        connection.exec_driver_sql("BEGIN" if mode == "DEFERRED" else "BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker  # lazy: the ORM, not for reads on a Connection

    return sessionmaker(engine, expire_on_commit=False)


class Database:
    """An engine, its Core reads and its session factories: what services and the console hold on to.

    Reads (:meth:`read` and :attr:`sessions`) begin deferred on SQLite, so in WAL mode they never
    block a writer; writes (:meth:`transaction`) take the write lock up front (``BEGIN IMMEDIATE``).
    The session factories are made when first used: a read on a Connection loads no ORM.

    ``create=False`` (the command line's readers): a missing SQLite file is an error, never an
    empty database left behind.
    """

    def __init__(self, url: str | URL | None = None, *, create: bool = True, **engine_kwargs: Any) -> None:
        self.engine = make_engine(url, create=create, **engine_kwargs)
        self.create = create
        self._reader = self.engine.execution_options(sqlite_begin="DEFERRED")  # same pool

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """Sessions for reads through the ORM (``with db.sessions() as session``)."""
        return make_session_factory(self._reader)

    @cached_property
    def _writers(self) -> sessionmaker[Session]:
        return make_session_factory(self.engine)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A Core connection for reads, in one transaction, rolled back at the end (no ORM)."""
        with self._reader.connect() as conn:
            yield conn

    def check(self) -> None:
        """Connect once and read the schema: a missing, damaged or foreign file, an unreachable
        server, an unknown database or role raise :class:`DatabaseUnavailable` naming it."""
        path = sqlite_file(self.engine.url)
        if path is not None:
            if path.is_dir():
                raise DatabaseUnavailable(
                    "db.not_a_file",
                    f"{path} is a folder, not a SQLite database file: check the path",
                    {"path": str(path)},
                )
            if not self.create and not path.exists():
                raise missing_file_error(path)
        try:
            with self.engine.connect() as conn:
                # Reading sqlite_master reads the header and the first page: a text file or a
                # damaged header fails here, not in the middle of a command.
                probe = "SELECT count(*) FROM sqlite_master" if self.is_sqlite else "SELECT 1"
                conn.execute(text(probe))
        except Exception as exc:
            error = database_error(exc, self.engine.url)
            if error is None:
                raise
            raise error from None

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    def display_url(self) -> str:
        return redact_url(self.engine.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One session, one transaction: committed on success, rolled back on any error."""
        with self._writers() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | URL | None = None, *, create: bool = True, **engine_kwargs: Any) -> Database:
    """A checked :class:`Database` (:meth:`Database.check`), or :class:`DatabaseUnavailable`."""
    database = Database(url, create=create, **engine_kwargs)
    try:
        database.check()
    except BaseException:
        database.dispose()
        raise
    return database


def notify_consoles(conn: Session | Connection, kind: str, **details: Any) -> None:
    """Tell listening consoles that ``kind`` changed (PostgreSQL only; delivered on commit)."""
    if dialect_name(conn) == "postgresql":
        conn.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": NOTIFY_CHANNEL, "payload": json.dumps({"kind": kind, **details})},
        )


def compress_quickly(conn: Session | Connection) -> None:
    """PostgreSQL: large values written by the rest of this transaction are compressed with lz4
    where the server has it (a wave's gate results, 1.2 MB of JSON: 7 ms stored instead of 23 with
    the default pglz). Nothing elsewhere, on SQLite, or on a server without lz4 (no error)."""
    if dialect_name(conn) != "postgresql":
        return
    conn.execute(
        text(
            "SELECT set_config('default_toast_compression', 'lz4', true) FROM pg_settings "
            "WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)"
        )
    )


def pg_array(values: Sequence[int] | Sequence[str]) -> str:
    """``values`` as one PostgreSQL array literal, for a parameter cast to ``integer[]`` or
    ``text[]`` (``CAST(:ids AS integer[])``): psycopg dumps a Python list element by element in
    Python (0.3 s for 100,000 codes); one string is bound as it is and parsed by the server.

    Integers are written as they are; text elements are double-quoted with ``\\`` and ``"``
    escaped (so commas, braces, spaces and the word NULL stay text); ``{}`` when empty. The
    elements are all integers or all text (:class:`TypeError` otherwise).
    """
    if not values:
        return "{}"
    if isinstance(values[0], str):
        texts = cast("Sequence[str]", values)
        whole = "".join(texts)  # TypeError for an element that is not text
        if "\\" in whole or '"' in whole:
            texts = [t.replace("\\", "\\\\").replace('"', '\\"') for t in texts]
        return '{"' + '","'.join(texts) + '"}'
    return "{" + ",".join(map(str, map(operator.index, values))) + "}"  # index: int, not str/float
