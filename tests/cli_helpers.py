"""platformctl in-process: run it on a database URL and read its exit code, stdout and stderr.

``from tests.cli_helpers import cli_fixture, no_passwords_in_env_fixture`` registers the fixtures
``cli`` (platformctl on the test's database) and ``no_passwords_in_env`` (autouse).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any

import pytest

from console.cli import main
from core.db import Database


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def doc(self) -> Any:
        """stdout must be exactly one JSON document."""
        return json.loads(self.out)

    @property
    def error(self) -> dict[str, Any]:
        return self.doc["error"]


class Terminal(io.StringIO):
    """stdin that says it is a terminal: the confirmation question is asked and read from it."""

    def isatty(self) -> bool:
        return True


def invoke(url: str, *args: str, stdin: io.StringIO | str = "", user: str | None = None) -> Run:
    """``platformctl --db url [--user user] args...``; a traceback on stderr fails the test."""
    out, err = io.StringIO(), io.StringIO()
    argv = ["--db", url, *(["--user", user] if user else []), *args]
    source = stdin if isinstance(stdin, io.StringIO) else io.StringIO(stdin)
    code = main(argv, stdout=out, stderr=err, stdin=source)
    run = Run(code, out.getvalue(), err.getvalue())
    assert "Traceback" not in run.err, run.err
    return run


def url_of(database: Database) -> str:
    return database.url.render_as_string(hide_password=False)


@pytest.fixture(name="no_passwords_in_env", autouse=True)
def no_passwords_in_env_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    """No password or database from the environment: each run says its own."""
    for name in ("PLATFORM_PASSWORD", "PLATFORM_NEW_PASSWORD", "PLATFORM_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(name="cli")
def cli_fixture(db: Database) -> Any:
    """``cli(*args, stdin="", user=None)``: platformctl on the test's database."""
    url = url_of(db)

    def run(*args: str, stdin: str = "", user: str | None = None) -> Run:
        return invoke(url, *args, stdin=stdin, user=user)

    return run
