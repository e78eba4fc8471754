"""platformctl completion bash|zsh|fish: the shell completion script.

The scripts are made by shtab from the whole parser, which imports every command group (and so
SQLAlchemy, 0.5 s). ``completion`` runs at every new shell, so it prints a copy kept in the package
(``console/completion/platformctl.SHELL``) instead; ``tests/test_cli_completion.py`` fails when
a copy differs from what :func:`generate` makes, and

    python3 -m console.commands.completion --write

writes them again. Module codes are in the scripts (the registry's, at generation time); platform
codes are asked of the database at completion time (``platformctl platforms list --codes``, on
``PLATFORM_DATABASE_URL`` or the embedded database, errors silenced).
"""

from __future__ import annotations

import argparse
import sys
from importlib.resources import files
from typing import Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command

SHELLS = ("bash", "zsh", "fish")
PLATFORM_CODES = "platformctl platforms list --codes 2>/dev/null"
PLATFORM_DESTS = {"platform", "platforms"}
MODULE_DESTS = {"module", "modules"}
CODE_METAVARS = {"CODE", "PLATFORM", "MODULE"}  # not ``demo seed --platforms N``, a count


def script(shell: str) -> str:
    """The kept script for ``shell``."""
    return (files("console") / "completion" / f"platformctl.{shell}").read_text(encoding="utf-8")


def cmd_completion(ctx: Context, args: argparse.Namespace) -> int:
    text = script(args.shell)
    # With --json, one document like every command: the script as a string in it.
    ctx.emit({"shell": args.shell, "script": text}, lambda: ctx.out.write(text))
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        "completion",
        COMMAND_HELP["completion"],
        [
            "platformctl completion bash > ~/.local/share/bash-completion/completions/platformctl",
            "platformctl completion fish > ~/.config/fish/completions/platformctl.fish",
        ],
    )
    p.add_argument("shell", choices=SHELLS, help="the shell: bash, zsh or fish")
    p.set_defaults(func=cmd_completion, no_log=True)


# -- generation (tests and `--write` only: imports the whole command line) -------------------------
def generate(shell: str) -> str:
    """The script shtab makes from the full parser, with module and platform codes."""
    import shtab

    from console.cli import build_parser, leaf_parsers
    from core.registry import default_registry

    parser = build_parser()
    codes = " ".join(sorted(m.code for m in default_registry()))
    # fish splits a literal list on spaces but a command's output only on new lines: the list itself
    modules = {**shtab.cmd(f"echo {codes}"), "zsh": f"({codes})", "fish": codes}
    platforms = shtab.cmd(PLATFORM_CODES)
    for leaf in leaf_parsers(parser):
        for action in leaf._actions:
            if action.metavar not in CODE_METAVARS:
                if action.dest in ("out", "path", "file"):
                    action.complete = shtab.FILE  # type: ignore[attr-defined]
            elif action.dest in PLATFORM_DESTS:
                action.complete = platforms  # type: ignore[attr-defined]
            elif action.dest in MODULE_DESTS:
                action.complete = modules  # type: ignore[attr-defined]
    return shtab.complete(parser, shell=shell)


def write_all() -> None:
    folder = files("console") / "completion"
    for shell in SHELLS:
        path = folder / f"platformctl.{shell}"
        with open(str(path), "w", encoding="utf-8") as handle:  # type: ignore[arg-type]
            handle.write(generate(shell))
        print(f"wrote {path}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python3 -m console.commands.completion --write")
    write_all()
