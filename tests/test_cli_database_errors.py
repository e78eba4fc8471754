"""platformctl against databases and settings it cannot use: one clear line, exit 2, nothing created.

Missing SQLite files and folders, text files, folders, damaged files, an unreachable PostgreSQL,
an unknown database or role, broken configuration; a closed stdout; passwords in URLs; the
Graphviz export; ``serve`` without its extra.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import make_url

from console.cli import main
from core.db import Database, redact_url
from core.settings import get_settings
from tests.conftest import POSTGRES_URL, postgres_unavailable
from tests.foundation_helpers import definition, registry_plus
from tests.test_cli import Run, invoke, url_of

ROOT = Path(__file__).resolve().parents[1]

READ_COMMANDS = [
    ("migrate", "status"),
    ("migrate", "plan"),
    ("migrate", "sql"),
    ("modules", "status", "--platform", "p1"),
    ("platforms", "list"),
    ("audit", "list"),
    ("admin", "list"),
    ("stores", "list"),
]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PLATFORM_PASSWORD", "PLATFORM_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)


def _no_unexpected(run) -> None:  # type: ignore[no-untyped-def]
    assert "unexpected" not in run.err and "Traceback" not in run.err, run.err
    assert run.err.count("\n") == 1, run.err  # one line


# -- a missing SQLite file ------------------------------------------------------------------------
@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: " ".join(a[:2]))
@pytest.mark.parametrize("missing", ["file", "folder"])
def test_read_commands_never_create_a_database(tmp_path: Path, args: tuple[str, ...], missing: str) -> None:
    path = tmp_path / "absent.db" if missing == "file" else tmp_path / "no" / "such" / "absent.db"
    run = invoke(f"sqlite:///{path}", *args, "--json")
    assert run.code == 2, run.out
    assert run.error["code"] == "db.missing"
    assert str(path) in run.error["message"] and "platformctl db upgrade" in run.error["message"]
    _no_unexpected(run)
    assert sorted(tmp_path.iterdir()) == []  # neither the file nor a folder


@pytest.mark.parametrize(
    "args", [("db", "upgrade"), ("migrate", "upgrade"), ("demo", "seed", "--platforms", "1")]
)
def test_preparing_commands_create_the_database_and_its_folder(tmp_path: Path, args: tuple[str, ...]) -> None:
    path = tmp_path / "new" / "platform.db"
    run = invoke(f"sqlite:///{path}", *args, "--json")
    assert run.code == 0, run.err
    assert path.is_file()
    status = invoke(f"sqlite:///{path}", "migrate", "status", "--json")
    assert status.code == 0 and not status.doc["pending"]


def test_a_database_that_is_not_migrated(backend: str, fresh_url: str) -> None:
    if backend == "sqlite":
        Path(fresh_url.removeprefix("sqlite:///")).touch()  # an empty file: a database without tables
    run = invoke(fresh_url, "platforms", "list", "--json")
    assert run.code == 2, run.out
    assert run.error["code"] == "db.not_migrated" and "platformctl db upgrade" in run.error["message"]
    _no_unexpected(run)


# -- files that are no database -------------------------------------------------------------------
def _seeded_copy(db: Database, tmp_path: Path, name: str) -> Path:
    assert invoke(url_of(db), "demo", "seed", "--platforms", "3", "--stores", "400").code == 0
    with db.engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = tmp_path / name
    shutil.copyfile(db.url.database or "", target)
    return target


def test_a_text_file_a_folder_and_a_damaged_header(sqlite_db: Database, tmp_path: Path) -> None:
    text_file = tmp_path / "notes.db"
    text_file.write_text("shopping list\n" * 200)
    folder = tmp_path / "folder.db"
    folder.mkdir()
    header = _seeded_copy(sqlite_db, tmp_path, "header.db")
    with header.open("r+b") as f:
        f.write(b"not the header!!")
    cases = [
        (text_file, "db.not_a_database", "is not a SQLite database"),
        (folder, "db.not_a_file", "is a folder"),
        (header, "db.not_a_database", "is not a SQLite database"),
    ]
    for path, code, words in cases:
        for args in (("migrate", "status"), ("platforms", "list"), ("db", "upgrade")):
            run = invoke(f"sqlite:///{path}", *args, "--json")
            assert run.code == 2, (path, args, run.out)
            assert run.error["code"] == code and words in run.error["message"], run.error
            assert str(path) in run.error["message"]
            _no_unexpected(run)
    assert text_file.read_text().startswith("shopping list")  # untouched


def test_damaged_pages(sqlite_db: Database, tmp_path: Path) -> None:
    path = _seeded_copy(sqlite_db, tmp_path, "pages.db")
    size = path.stat().st_size
    with path.open("r+b") as f:  # the second half of the file: the stores' pages
        for offset in range(size // 2, size, 4096):
            f.seek(offset)
            f.write(b"\xff" * 4096)
    run = invoke(f"sqlite:///{path}", "stores", "list", "--json")
    assert run.code == 2, run.out
    assert run.error["code"] == "db.corrupt"
    assert "damaged" in run.error["message"] and "migrate restore" in run.error["message"]
    _no_unexpected(run)

    # Damage at the start (the schema's pages): even `migrate status` says so (it said "empty", exit 0).
    with path.open("r+b") as f:
        for offset in range(4096, size // 2, 4096 * 2):
            f.seek(offset)
            f.write(b"\xff" * 4096)
    status = invoke(f"sqlite:///{path}", "migrate", "status", "--json")
    assert status.code == 2, status.out
    assert status.error["code"] in ("db.corrupt", "db.not_a_database")
    _no_unexpected(status)


# -- PostgreSQL -------------------------------------------------------------------------------------
def test_unreachable_postgresql_is_explained() -> None:
    run = invoke("postgresql://nobody@127.0.0.1:1/platform", "platforms", "list", "--json")
    assert run.code == 2
    assert run.error["code"] == "db.unreachable"
    message = run.error["message"]
    assert "127.0.0.1:1" in message and "connection refused" in message and "is the server running" in message
    _no_unexpected(run)


def _postgres_url(**parts: str) -> str:
    if not POSTGRES_URL:
        postgres_unavailable("PostgreSQL is not configured (set PLATFORM_TEST_POSTGRES_URL)")
    return make_url(POSTGRES_URL).set(**parts).render_as_string(hide_password=False)


@pytest.mark.parametrize(
    ("parts", "code", "words"),
    [
        ({"database": "no_such_database_here"}, "db.unknown_database", "no database 'no_such_database_here'"),
        ({"username": "no_such_role_here"}, "db.unknown_role", "no role (user) 'no_such_role_here'"),
    ],
)
def test_unknown_postgresql_database_or_role(parts: dict[str, str], code: str, words: str) -> None:
    run = invoke(_postgres_url(**parts), "migrate", "status", "--json")
    assert run.code == 2, run.out
    assert run.error["code"] == code and words in run.error["message"], run.error
    _no_unexpected(run)


# -- passwords in URLs ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "postgresql://admin:hunter2@db.example:notaport/platform",
        "postgresql//admin:hunter2@db.example/platform",
        "postgresql://admin:hunter2@127.0.0.1:1/platform",
        "postgresql://127.0.0.1:1/platform?password=hunter2",
        "mysql://admin:hunter2@db.example/platform",
    ],
)
def test_a_url_password_is_never_shown(url: str) -> None:
    run = invoke(url, "platforms", "list", "--json")
    assert run.code == 2
    assert "hunter2" not in run.out and "hunter2" not in run.err
    assert "***" in json.dumps(run.error)


def test_redact_url() -> None:
    assert redact_url("postgresql://u:p@ss:w/rd@h:5432/db") == "postgresql://u:***@h:5432/db"
    assert redact_url("postgresql://u@h/db") == "postgresql://u@h/db"
    assert redact_url("not a url u:secret@h") == "not a url u:***@h"
    assert redact_url(make_url("postgresql://u:secret@h/db")) == "postgresql://u:***@h/db"
    assert redact_url("sqlite:////home/a:b@c/x.db") == "sqlite:////home/a:b@c/x.db"  # a path, no password


# -- configuration -----------------------------------------------------------------------------------
@pytest.fixture
def fresh_settings() -> Iterator[None]:
    """The settings are read once per process: read them again for this test, and after it."""
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def invoke_configured(*args: str):  # type: ignore[no-untyped-def]
    """Without --db: the database comes from the settings, which are read first."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err, stdin=io.StringIO())
    return Run(code, out.getvalue(), err.getvalue())


def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes) -> Path:
    path = tmp_path / "config.toml"
    path.write_bytes(content)
    monkeypatch.setenv("PLATFORM_CONFIG_FILE", str(path))
    return path


@pytest.mark.usefixtures("fresh_settings")
def test_a_bad_environment_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLATFORM_LOCKOUT_ATTEMPTS", "abc")
    monkeypatch.setenv("PLATFORM_IDLE_LOCK_MINUTES", "-5")
    run = invoke_configured("platforms", "list", "--json")
    assert run.code == 2 and run.error["code"] == "config.invalid"
    message = run.error["message"]
    assert "PLATFORM_LOCKOUT_ATTEMPTS='abc'" in message and "must be a whole number" in message
    assert "PLATFORM_IDLE_LOCK_MINUTES='-5'" in message and "must be at least 0" in message
    _no_unexpected(run)


@pytest.mark.usefixtures("fresh_settings")
def test_a_bad_file_value_names_the_key_line_and_column(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("PLATFORM_STRIPE_API_KEY", raising=False)
    path = _config(
        tmp_path, monkeypatch, b'log_level = "INFO"\n\nlockout_attempts = "many"\nstripe_api_key = 5\n'
    )
    run = invoke_configured("platforms", "list", "--json")
    assert run.code == 2 and run.error["code"] == "config.invalid"
    message = run.error["message"]
    assert f"lockout_attempts = 'many' in {path} (line 3, column 20): must be a whole number" in message
    assert "stripe_api_key = *** in" in message  # a secret's value is never echoed
    _no_unexpected(run)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'log_level = "INFO"\nlockout_attempts = [1\n', "is not valid TOML"),
        (b'log_level = "INFO"\nidle_lock_minutes 5\n', "(at line 2, column 19)"),
        (
            b'log_level = "INFO"\ndatabase_url = "caf\xe9"\n',
            "is not UTF-8 text (byte 0xe9 at line 2, column 20)",
        ),
    ],
)
@pytest.mark.usefixtures("fresh_settings")
def test_a_broken_config_file(tmp_path: Path, monkeypatch, content: bytes, words: str) -> None:
    path = _config(tmp_path, monkeypatch, content)
    for args in (("platforms", "list"), ("health", "check")):
        run = invoke_configured(*args, "--json")
        doc = run.doc["error"]
        assert run.code == (3 if args[0] == "health" else 2), run.out
        assert doc["code"] == "config.bad_file" and words in doc["message"] and str(path) in doc["message"]
        assert "unexpected" not in run.err


# -- output ------------------------------------------------------------------------------------------
def _subprocess_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "XDG_STATE_HOME": str(tmp_path / "state")}


def test_a_closed_pipe_ends_quietly(db: Database, tmp_path: Path) -> None:
    """``platformctl migrate status | head -1``: no "unexpected error", no traceback logged."""
    read, write = os.pipe()
    os.close(read)  # the reader went away before the first write
    try:
        done = subprocess.run(
            [sys.executable, "-m", "console.cli", "--db", url_of(db), "migrate", "status"],
            stdout=write,
            stderr=subprocess.PIPE,
            env=_subprocess_env(tmp_path),
            cwd=ROOT,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
    assert done.stderr == ""
    assert done.returncode == 141  # 128 + SIGPIPE, as a shell reports such a tool
    assert not list((tmp_path / "state").rglob("*.log")) or all(
        "BrokenPipe" not in p.read_text() for p in (tmp_path / "state").rglob("*.log")
    )


def test_the_dot_export_escapes_names(monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("dot") is None:
        pytest.fail("Graphviz `dot` is not installed (Debian package graphviz)")
    odd = definition("quotes", "tenancy", name='The "best" \\ module\\')  # a name that needs escaping
    registry = registry_plus(odd)
    monkeypatch.setattr("core.registry.default_registry", lambda: registry)  # the command imports it
    run = invoke("sqlite:///unused.db", "modules", "graph", "--format", "dot")
    assert run.code == 0, run.err
    parsed = subprocess.run(["dot", "-Tjson"], input=run.out, capture_output=True, text=True, timeout=60)
    assert parsed.returncode == 0, parsed.stderr
    nodes = {o["name"]: o for o in json.loads(parsed.stdout)["objects"]}
    assert nodes["quotes"]["label"] == 'The "best" \\\\ module\\\\\\nquotes'
    edges = json.loads(parsed.stdout)["edges"]
    names = [o["name"] for o in json.loads(parsed.stdout)["objects"]]
    assert ("quotes", "tenancy") in {(names[e["tail"]], names[e["head"]]) for e in edges}


def test_serve_without_the_server_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # what `import uvicorn` meets when not installed
    run = invoke("sqlite:///unused.db", "serve", "--port", "0", "--json")
    assert run.code == 2
    assert run.error["code"] == "serve.needs_server_extra"
    assert "pip install 'platform-console[server]'" in run.error["message"]


# -- a database held by another writer ---------------------------------------------------------------
def test_a_sqlite_database_held_by_another_writer(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    import core.db

    path = _seeded_copy(sqlite_db, tmp_path, "held.db")
    monkeypatch.setattr(core.db, "SQLITE_BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        for args in (("modules", "enable", "orders", "--all-platforms"), ("rollouts", "run", "--once")):
            run = invoke(f"sqlite:///{path}", *args, "--json")
            assert run.code in (2, 3), (args, run.out, run.err)
            assert run.error["code"] == "db.busy" and str(path) in run.error["message"], run.error
            _no_unexpected(run)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    run = invoke(f"sqlite:///{path}", "rollouts", "run", "--once", "--json")
    assert run.code == 0, run.err  # free again: the next round goes on


def test_postgresql_rows_held_past_the_lock_wait_are_busy() -> None:
    import psycopg

    from core.db import database_error

    if not POSTGRES_URL:
        postgres_unavailable("PostgreSQL is not configured")
    url = make_url(POSTGRES_URL).set(drivername="postgresql")
    dsn = url.render_as_string(hide_password=False)
    table = f"held_{os.getpid()}"
    with psycopg.connect(dsn, autocommit=True) as setup:
        setup.execute(f"CREATE TABLE {table} (id int)")
    try:
        with psycopg.connect(dsn) as holder, psycopg.connect(dsn) as waiter:
            holder.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
            waiter.execute("SET lock_timeout = '100ms'")
            with pytest.raises(psycopg.errors.LockNotAvailable) as caught:
                waiter.execute(f"SELECT * FROM {table} FOR UPDATE")
            error = database_error(caught.value, POSTGRES_URL)
            assert error is not None and error.code == "db.busy", error
            assert "password" not in error.message.lower()
    finally:
        with psycopg.connect(dsn, autocommit=True) as cleanup:
            cleanup.execute(f"DROP TABLE IF EXISTS {table}")
