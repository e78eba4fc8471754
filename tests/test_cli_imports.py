"""What ``platformctl`` loads before it works: a correctness guard for its start-up, not a timing
(the figures are ``python3 -m tests.benchmarks cli_latency``).

``--help`` lists the command words from a table, without a command module; a group's ``--help``
and the completion script build the whole parser, so no command module imports SQLAlchemy, pydantic
or a service at its top (they are imported inside the commands, ``# lazy:``); ``platforms list``
needs the database layer, not the module registry.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from console.cli import COMMAND_HELP, COMMANDS, build_parser
from core.db import Database
from tests.cli_helpers import url_of

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sqlalchemy", "pydantic", "pydantic_settings", "alembic", "cryptography", "argon2", "httpx")


def _loaded_after(code: str) -> list[str]:
    """The heavy packages in ``sys.modules`` of a fresh interpreter after ``code``."""
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    modules = json.loads(done.stdout.splitlines()[-1])
    return [name for name in modules if name.split(".")[0] in HEAVY]


def test_top_level_help_imports_no_command_module_and_no_sqlalchemy() -> None:
    code = (
        "import console.cli\n"
        "text = console.cli.build_parser(None, groups=False).format_help()\n"
        "assert 'platforms' in text and 'list and create platforms' in text\n"
        "assert not [m for m in sys.modules if m.startswith('console.commands.')], sys.modules\n"
    )
    assert _loaded_after(code) == []


def test_the_whole_parser_imports_no_library() -> None:
    """What a group's ``--help`` and ``completion`` build: every command module, still light."""
    code = "import console.cli\nconsole.cli.build_parser().format_help()\n"
    assert _loaded_after(code) == []


def test_the_help_table_agrees_with_every_group() -> None:
    assert set(COMMAND_HELP) == set(COMMANDS), "every command word has its line in COMMAND_HELP"
    for word in COMMANDS:
        parser = build_parser(word)
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        helps = {choice.dest: choice.help for choice in sub._choices_actions}
        assert helps[word] == COMMAND_HELP[word], f"{word}: the group's help differs from COMMAND_HELP"


def test_top_level_help_lists_every_command_word(capsys: pytest.CaptureFixture[str]) -> None:
    from console.cli import main

    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    for word, line in COMMAND_HELP.items():
        assert word in text and line.split()[0] in text


def test_platforms_list_loads_no_registry(sqlite_db: Database) -> None:
    """A read of the platforms table needs SQLAlchemy and the framework's tables only: neither the
    module registry (pydantic, every module's definition), nor the settings (pydantic-settings)
    when the database URL is given, nor cryptography."""
    code = (
        "from console.cli import main\n"
        f"assert main(['--db', {url_of(sqlite_db)!r}, 'platforms', 'list', '--json']) == 0\n"
    )
    loaded = {name.split(".")[0] for name in _loaded_after(code)}
    assert loaded == {"sqlalchemy"}


@pytest.mark.parametrize(
    "command", [["platforms", "list"], ["modules", "status", "--platform", "shop-1"]], ids=" ".join
)
def test_read_commands_load_no_orm(db: Database, command: list[str]) -> None:
    """``platforms list`` and ``modules status`` read the framework's Core tables on a Connection:
    ``sqlalchemy.orm`` is never imported (sessions, the models and the audit log load it)."""
    from core.actor import Actor
    from core.services.platforms import PlatformService

    PlatformService(db).create_platform(Actor.system(), "shop-1", "Shop 1")
    code = (
        "from console.cli import main\n"
        f"assert main(['--db', {url_of(db)!r}, *{command!r}, '--json']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('sqlalchemy.orm')], 'sqlalchemy.orm loaded'\n"
    )
    assert "sqlalchemy" in {name.split(".")[0] for name in _loaded_after(code)}
