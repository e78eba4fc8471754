"""platformctl's help, walked whole: every group lists every command with a one-line help, every
option says what it does, every command's help ends with examples; --version; global options
before or after the command; tables by display cells. No database."""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from pathlib import Path

import pytest
from wcwidth import wcswidth

from console.cli import build_parser, command_word, leaf_parsers, main
from console.commands.base import render_table
from core.version import version

ROOT = Path(__file__).resolve().parents[1]


def _groups(parser: argparse.ArgumentParser, path: str = "platformctl"):  # type: ignore[no-untyped-def]
    """(path, parser, its subparsers action) of the program and of every command group."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if subs:
        yield path, parser, subs[0]
        for name, child in subs[0].choices.items():
            yield from _groups(child, f"{path} {name}")


def _leaves() -> list[tuple[str, argparse.ArgumentParser]]:
    return [(leaf.prog, leaf) for leaf in leaf_parsers(build_parser())]


def _commands_without_help() -> list[str]:
    missing = []
    for path, _parser, sub in _groups(build_parser()):
        listed = {a.dest for a in sub._choices_actions if a.help and a.help.strip()}
        missing += [f"{path} {name}" for name in sub.choices if name not in listed]
    return missing


def _options_without_help(leaf: argparse.ArgumentParser) -> list[str]:
    return [
        "/".join(a.option_strings) or a.dest
        for a in leaf._actions
        if not (a.help and a.help.strip()) and not isinstance(a, argparse._SubParsersAction)
    ]


def _without_examples(leaf: argparse.ArgumentParser) -> bool:
    epilog = leaf.epilog or ""
    return not (epilog.startswith("examples:") and "platformctl" in epilog)


def test_every_command_is_listed_with_a_one_line_help() -> None:
    missing = _commands_without_help()
    assert not missing, missing
    for path, parser, sub in _groups(build_parser()):
        for action in sub._choices_actions:
            assert "\n" not in action.help, f"{path} {action.dest}: the help is one line"
        listed = parser.format_help()
        for name in sub.choices:
            if name not in (m.split()[-1] for m in missing):
                assert name in listed, f"{path} --help does not list {name}"


def test_every_option_has_a_help() -> None:
    missing = {prog: _options_without_help(leaf) for prog, leaf in _leaves()}
    assert not {p: m for p, m in missing.items() if m}, missing


def test_every_command_ends_with_examples() -> None:
    missing = [prog for prog, leaf in _leaves() if _without_examples(leaf)]
    assert not missing, missing
    text = dict(_leaves())["platformctl platforms create"].format_help()
    assert text.rstrip().splitlines()[-1].strip().startswith("platformctl platforms create")


def test_every_write_has_dry_run() -> None:
    writes = {
        "platformctl modules configure",
        "platformctl modules enable",
        "platformctl modules disable",
        "platformctl modules repair",
        "platformctl migrate upgrade",
        "platformctl migrate downgrade",
        "platformctl db upgrade",
        "platformctl refunds create",
        "platformctl refunds approve",
        "platformctl refunds reject",
        "platformctl merchants suspend",
        "platformctl merchants reactivate",
        "platformctl stores suspend",
        "platformctl stores reactivate",
        "platformctl health targets add",
        "platformctl health targets edit",
        "platformctl health targets remove",
        "platformctl platforms create",
        "platformctl admin create-user",
        "platformctl admin set-role",
        "platformctl admin assign",
        "platformctl admin disable",
        "platformctl admin enable",
        "platformctl admin unlock",
        "platformctl admin reset-password",
        "platformctl demo seed",
        "platformctl account password",
        "platformctl rollouts create",
        *(f"platformctl rollouts {a}" for a in ("start", "pause", "resume", "abort", "rollback", "approve")),
    }
    leaves = dict(_leaves())
    assert not [w for w in writes if "--dry-run" not in leaves[w]._option_string_actions]


# -- --version and global options anywhere -----------------------------------------------------
def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO())
    return code, out.getvalue(), err.getvalue()


def test_version_is_the_package_metadata() -> None:
    from importlib.metadata import version as installed

    assert version() == installed("platform-console")
    assert _run("--version") == (0, f"platformctl {version()}\n", "")
    import console

    assert console.__version__ == version()


def test_version_in_a_subprocess() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "console.cli", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout) == (0, f"platformctl {version()}\n"), done.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "sqlite:////nowhere/x.db", "--json", "--log-level", "ERROR", "platforms", "list"],
        ["platforms", "list", "--db", "sqlite:////nowhere/x.db", "--json", "--log-level", "ERROR"],
        ["platforms", "list", "--db=sqlite:////nowhere/x.db", "--json"],
        ["--json", "platforms", "list", "--db", "sqlite:////nowhere/x.db"],
        ["platforms", "--db", "sqlite:////nowhere/x.db", "--json", "list"],
    ],
)
def test_global_options_before_or_after_the_command(argv: list[str]) -> None:
    """Every placement reaches the same database and prints the same one JSON document."""
    code, out, err = _run(*argv)
    assert code == 2, err
    assert '"code": "db.missing"' in out and "/nowhere/x.db" in out
    assert command_word(argv) == "platforms"


def test_an_option_after_the_command_does_not_undo_one_before() -> None:
    parser = build_parser("platforms")
    args = parser.parse_args(["--db", "sqlite:///a.db", "--user", "ann", "--json", "platforms", "list"])
    assert (args.db, args.user, args.json, args.log_level) == ("sqlite:///a.db", "ann", True, None)
    args = parser.parse_args(["--db", "sqlite:///a.db", "platforms", "list", "--db", "sqlite:///b.db"])
    assert args.db == "sqlite:///b.db" and args.json is False


def test_leaf_help_shows_the_global_options() -> None:
    code, out, _ = _run("audit", "list", "--help")
    assert code == 0
    assert "global options (before or after the command)" in out
    assert "--db URL" in out and "--user NAME" in out and "--log-level" in out


def test_command_word_skips_global_values() -> None:
    assert command_word(["--db", "x", "--user", "ann", "admin", "list"]) == "admin"
    assert command_word(["--log-level", "INFO", "--json"]) is None
    assert command_word(["--", "admin"]) is None


# -- tables ---------------------------------------------------------------------------------
def test_tables_align_cjk_and_emoji_by_display_cells() -> None:
    text = render_table(
        ["code", "name", "status"],
        [["p1", "東京ストア", "active"], ["p22", "🛒 shop", "suspended"], ["p3", "plain", "active"]],
    )
    lines = text.splitlines()
    # the third column starts at the same terminal cell on every line
    starts = {
        wcswidth(line[: line.index(word)])
        for line, word in zip(lines, ["STATUS", "active", "suspended", "active"], strict=True)
    }
    assert len(starts) == 1, text
    assert lines[1].startswith("p1    東京ストア  active")


def test_a_control_character_does_not_break_the_table() -> None:
    text = render_table(["name", "n"], [["a\x07b", 1], ["abc", 2]])
    assert text.splitlines()[1].index("1") == text.splitlines()[2].index("2")
