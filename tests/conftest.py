"""Session-wide test setup: isolated dirs, in-memory keyring, cheap argon2, databases.

Database tests take the ``db`` fixture, parametrized over SQLite and PostgreSQL. PostgreSQL
comes from ``PLATFORM_TEST_POSTGRES_URL``; when ``PLATFORM_REQUIRE_POSTGRES=1`` (CI) a missing
or unreachable server fails the run instead of skipping.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

# Before anything imports Qt, settings or keyring.
_TMP = Path(tempfile.mkdtemp(prefix="platform-console-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "config")
os.environ["XDG_DATA_HOME"] = str(_TMP / "data")
os.environ["XDG_CACHE_HOME"] = str(_TMP / "cache")
os.environ["XDG_STATE_HOME"] = str(_TMP / "state")
os.environ["PLATFORM_CONFIG_FILE"] = str(_TMP / "config" / "none.toml")
os.environ["PLATFORM_ARGON2_TIME_COST"] = "1"
os.environ["PLATFORM_ARGON2_MEMORY_COST"] = "8"
os.environ["PLATFORM_ARGON2_PARALLELISM"] = "1"
os.environ.pop("PLATFORM_DATABASE_URL", None)
os.environ.setdefault("PLATFORM_SECRETS_KEY", "cGxhdGZvcm0tY29uc29sZS10ZXN0LWtleS0zMmJ5dGU=")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from sqlalchemy import Engine, text  # noqa: E402


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


keyring.set_keyring(MemoryKeyring())

POSTGRES_URL = os.environ.get("PLATFORM_TEST_POSTGRES_URL")
REQUIRE_POSTGRES = os.environ.get("PLATFORM_REQUIRE_POSTGRES") == "1"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_TMP, ignore_errors=True)


def postgres_unavailable(reason: str) -> NoReturn:
    """The one place a missing PostgreSQL is decided: a failure in CI, a skip elsewhere."""
    if REQUIRE_POSTGRES:
        pytest.fail(f"PLATFORM_REQUIRE_POSTGRES=1 but {reason}")
    pytest.skip(reason)


def _postgres_or_skip() -> str:
    if not POSTGRES_URL:
        postgres_unavailable("PostgreSQL is not configured (set PLATFORM_TEST_POSTGRES_URL)")
    return POSTGRES_URL


@pytest.fixture(scope="session")
def tmp_root() -> Path:
    return _TMP


def postgres_schema_url(base_url: str, schema: str) -> str:
    """The same server and database, with ``search_path`` set to ``schema``."""
    from sqlalchemy import make_url

    url = make_url(base_url)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


def _create_schema(base: str, schema: str) -> Engine:
    """Create ``schema`` on the server of ``base``; the engine that did it, to drop it later."""
    from core.db import make_engine

    admin = make_engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:
        admin.dispose()
        postgres_unavailable(f"PostgreSQL is unreachable at {base}: {exc}")
    return admin


@pytest.fixture
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of the requested backend (``backend`` param), nothing migrated."""
    backend = getattr(request, "param", None) or request.getfixturevalue("backend")
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'platform.db'}"
        return
    base = _postgres_or_skip()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = _create_schema(base, schema)
    try:
        yield postgres_schema_url(base, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


_TEMPLATES: dict[str, object] = {}


def _sqlite_template() -> Path:
    path = _TMP / "template-head.db"
    if not path.exists():
        from core.db import Database
        from core.migrations import upgrade

        database = Database(f"sqlite:///{path}")
        upgrade(database, "heads")
        with database.engine.connect() as conn:
            # On the driver connection: through SQLAlchemy it would run inside the BEGIN IMMEDIATE
            # that core.db opens, and SQLite refuses a checkpoint there ("database table is locked").
            conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        database.dispose()
    return path


def _postgres_template() -> str:
    """One schema migrated to head for the whole session; tests truncate its tables."""
    url = _TEMPLATES.get("postgres")
    if url is None:
        base = _postgres_or_skip()
        from core.db import Database
        from core.migrations import upgrade

        schema = f"head_{uuid.uuid4().hex[:8]}"
        _create_schema(base, schema).dispose()
        url = postgres_schema_url(base, schema)
        database = Database(url)
        upgrade(database, "heads")
        database.dispose()
        _TEMPLATES["postgres"] = url
        _TEMPLATES["postgres_schema"] = schema
    return url  # type: ignore[return-value]


def _truncate_all(database) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect

    with database.engine.begin() as conn:
        tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        if tables:
            conn.execute(
                text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
            )


@pytest.fixture
def db(backend: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A :class:`core.db.Database` at head with no rows, on SQLite or PostgreSQL."""
    from core.db import Database

    if backend == "sqlite":
        target = tmp_path / "platform.db"
        shutil.copyfile(_sqlite_template(), target)
        database = Database(f"sqlite:///{target}")
    else:
        database = Database(_postgres_template())
        _truncate_all(database)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    from core.db import Database

    target = tmp_path / "platform.db"
    shutil.copyfile(_sqlite_template(), target)
    database = Database(f"sqlite:///{target}")
    yield database
    database.dispose()


def pytest_unconfigure(config: pytest.Config) -> None:
    schema = _TEMPLATES.get("postgres_schema")
    if schema and POSTGRES_URL:
        from core.db import make_engine

        engine = make_engine(POSTGRES_URL)
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()
