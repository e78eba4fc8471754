"""Fuzzing the command line: every command and option, found from the parser itself.

Each leaf command of ``platformctl`` (walked from :func:`console.cli.build_parser`, so a new
command is covered without editing this file) gets hostile values (hypothesis): control and
invisible characters, huge and negative numbers, wildcards, deep nesting, long strings, wrong
types. On SQLite and PostgreSQL, with and without ``--json``, the answer is one of the command's
documented exit codes, one clear ``error:`` line (or exactly one JSON document), no traceback and
never "unexpected error". Commands run in-process (``console.cli.main``).

The normal run tries ``PLATFORM_FUZZ_EXAMPLES`` (default 6) examples per command and back end;
a long run: ``PLATFORM_FUZZ_EXAMPLES=500 pytest tests/test_cli_fuzz.py``. ``serve`` is left out
(it serves until stopped). Destructive commands: on SQLite every example gets a fresh copy of a
seeded database; on PostgreSQL each command gets a freshly seeded schema, and the migration
commands are brought back to head after every example.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.cli import build_parser, main
from core.db import Database
from core.demo import SeedSpec, seed

EXAMPLES = int(os.environ.get("PLATFORM_FUZZ_EXAMPLES", "6"))
LEFT_OUT = {("serve",)}  # serves until stopped
MIGRATING = {("migrate", "upgrade"), ("migrate", "downgrade"), ("migrate", "restore"), ("db", "upgrade")}
# Exit 1 where it is documented: health check degraded; a gateway that could not be used.
MAY_EXIT_1 = {
    ("health", "check"),
    ("refunds", "create"),
    ("refunds", "approve"),
    ("refunds", "resolve-pending"),
}
# Loops until stopped: fuzzed with --once always (tests/test_rollouts_runners.py stops the loop
# with signals in a subprocess).
ALWAYS_ADDED = {("rollouts", "run"): ["--once"]}
SEED = SeedSpec(platforms=2, merchants=2, stores=2, orders=4, seed=7)


def leaf_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[Any]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
    for action in subs:
        for name, sub in action.choices.items():
            yield from leaf_commands(sub, (*path, name))


COMMANDS = {path: parser for path, parser in leaf_commands(build_parser()) if path not in LEFT_OUT}

# -- hostile values -------------------------------------------------------------------------------
CURATED = [
    "",
    " ",
    "0",
    "1",
    "2",
    "-1",
    "-5",
    "99999999999999999999",
    "-99999999999999999999",
    str(2**63),
    "1e400",
    "NaN",
    "-Infinity",
    "3.5",
    "0x10",
    "%",
    "_",
    "*",
    "%_%",
    "\\",
    "'",
    '"',
    "' OR 1=1 --",
    "sa\n",
    "p1\n",
    "demo\r\n",
    "\t",
    "\u200b",
    "\u202eevil",
    "\u2028",
    "\x07",
    "\x1b[31mred",
    "\x00",
    "\udcff",
    "\uff50\uff11",
    "p1",
    "demo-00001",
    "payments",
    "marketplace",
    "EUR",
    "M001",
    "S001",
    "heads",
    "payments@head",
    "core_001",
    "x=1",
    "sync_interval_minutes=NaN",
    "sync_interval_minutes=1e400",
    "api_key=" + "k" * 300,
    "[" * 5000 + "]" * 5000,
    '{"a":' * 200,
    "a" * 300,
    "1" * 5000,
    "sync_interval_minutes=" + "9" * 5000,
    "\u00e9" * 5000,
    "99999999999w",
    "9999-12-31T23:59-05:00",
    "0001-01-01T00:00+05:00",
    "7d",
    "2026-02-30",
    "/etc/passwd",
    "../../x.bak",
    "nul.bak",
    "-",
    "--",
    "--json",
]
HOSTILE = st.one_of(
    st.sampled_from(CURATED),
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
    st.text(max_size=12),
    st.text(min_size=200, max_size=400),
    st.builds(lambda n, c: c[0] * n + c[1] * n, st.integers(1, 100_000), st.sampled_from(["[]", "{}"])),
    st.floats().map(repr),
)


def value_strategy(action: argparse.Action) -> st.SearchStrategy[str]:
    """Hostile text, plus valid choices and just-out-of-range numbers where the parser says so."""
    extra: list[st.SearchStrategy[str]] = []
    if action.choices:
        extra.append(st.sampled_from([str(c) for c in action.choices]))
    bounds = getattr(action.type, "bounds", None)
    if bounds:
        low, high = bounds
        extra += [
            st.sampled_from([str(low - 1), str(high + 1), str(low)]),
            st.integers(low, min(high, low + 3)).map(str),  # small: a valid demo seed stays quick
        ]
    return st.one_of(HOSTILE, *extra) if extra else HOSTILE


def option_strategy(action: argparse.Action) -> st.SearchStrategy[list[str]]:
    flag = action.option_strings[-1]
    if action.nargs == 0:
        return st.just([flag])
    if action.nargs in ("+", "*"):
        return st.lists(value_strategy(action), min_size=1, max_size=3).map(lambda vs: [flag, *vs])
    return value_strategy(action).map(lambda v: [flag, v])


@st.composite
def invocation(draw: st.DrawFn, path: tuple[str, ...], parser: argparse.ArgumentParser) -> list[str]:
    argv = list(path)
    if draw(st.integers(0, 3)) == 0:  # now and then a hostile --user (signs in: PLATFORM_PASSWORD is set)
        argv = ["--user", draw(HOSTILE), *argv]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.dest == "json":
            continue
        if not action.option_strings:  # a positional
            low, high = {None: (1, 1), "?": (0, 1), "+": (1, 3), "*": (0, 3)}[action.nargs]
            argv += [draw(value_strategy(action)) for _ in range(draw(st.integers(low, high)))]
        elif action.required or draw(st.booleans()):
            argv += draw(option_strategy(action))
    return argv


# -- databases ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seeded_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import _sqlite_template

    path = tmp_path_factory.mktemp("fuzz") / "seeded.db"
    shutil.copyfile(_sqlite_template(), path)
    database = Database(f"sqlite:///{path}")
    seed(database, SEED)
    database.dispose()
    return path


@pytest.fixture
def fuzz_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """SQLite: the seeded file (copied per example by the test); PostgreSQL: a seeded schema."""
    if backend == "sqlite":
        yield str(request.getfixturevalue("seeded_sqlite"))
        return
    database = request.getfixturevalue("db")
    seed(database, SEED)
    yield database.url.render_as_string(hide_password=False)


def _at_head(url: str) -> None:
    from core.migrations import upgrade

    database = Database(url)
    try:
        upgrade(database, "heads")
    finally:
        database.dispose()


# -- the test -------------------------------------------------------------------------------------
def check_answer(
    path: tuple[str, ...], argv: list[str], wants_json: bool, code: int, out: str, err: str
) -> None:
    command = " ".join(repr(a)[:60] for a in argv)
    shown = f"platformctl {command} -> {code}\nstdout: {out[:800]}\nstderr: {err[:800]}"
    allowed = {0, 2, 3} | ({1} if path in MAY_EXIT_1 else set())
    assert code in allowed, shown
    assert "Traceback" not in err + out and "unexpected error" not in err, shown
    if out.startswith("usage:"):  # --help (argparse takes "--h" for it too)
        return
    if wants_json:
        document = json.loads(out)  # exactly one document: json.loads refuses anything after it
        assert isinstance(document, dict), shown
        if path == ("health", "check") and "error" not in document:  # Nagios-style: 2 unhealthy
            assert document["exit_code"] == code, shown
        elif code not in (0, 1) or "error" in document:
            assert set(document["error"]) >= {"code", "message"}, shown
            assert document["error"]["code"] != "unexpected", shown
    if code in (2, 3) and path != ("health", "check"):
        errors = [line for line in err.splitlines() if line.startswith("error: ")]
        assert len(errors) == 1, shown


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=" ".join)
def test_hostile_arguments(
    path: tuple[str, ...], backend: str, fuzz_url: str, tmp_path: Path, monkeypatch
) -> None:
    for name in ("PLATFORM_PASSWORD", "PLATFORM_NEW_PASSWORD", "PLATFORM_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PLATFORM_PASSWORD", "not the password 1")
    monkeypatch.chdir(tmp_path)  # relative backup paths land here

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(argv=invocation(path, COMMANDS[path]), wants_json=st.booleans())
    def run(argv: list[str], wants_json: bool) -> None:
        url = fuzz_url
        if backend == "sqlite":
            copy = tmp_path / "example.db"
            shutil.copyfile(fuzz_url, copy)
            url = f"sqlite:///{copy}"
        full = ["--db", url, *argv, *ALWAYS_ADDED.get(path, []), *(["--json"] if wants_json else [])]
        out, err = io.StringIO(), io.StringIO()
        try:
            code = main(full, stdout=out, stderr=err, stdin=io.StringIO(""))
        finally:
            if backend == "postgres" and path in MIGRATING:
                _at_head(url)
        check_answer(path, argv, wants_json, code, out.getvalue(), err.getvalue())

    run()
