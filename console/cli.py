"""platformctl: every console action without a screen.

Conventions (docs/architecture.md, Errors and exit codes): global options (``--db``, ``--user``,
``--json``, ``--log-level``) before or after the command; ``--json`` on every command prints exactly
one JSON document; exit 0 success, 1 unexpected,
2 bad usage or input, 3 refused. Errors are mapped to exit codes and documents here and nowhere else.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from console.commands import COMMAND_HELP
from core.errors import InvalidInput, PlatformError

if TYPE_CHECKING:
    from console.commands import base

# Top-level imports stay at argparse level: ``--help``, ``--version`` and ``completion`` must not
# load SQLAlchemy (console.commands.base, console.logs and core.db are imported where needed).
log = logging.getLogger("platformctl")

# Command word -> (module in console.commands, its registration function). Only the module of the
# command being run is imported (start-up time: Alembic, argon2, httpx load only when needed);
# `platformctl --help` and unknown words load them all.
COMMANDS: dict[str, tuple[str, str]] = {
    "db": ("migrate", "add_db_parser"),
    "modules": ("modules", "add_parsers"),
    "migrate": ("migrate", "add_parsers"),
    "platforms": ("platforms", "add_parsers"),
    "admin": ("admin", "add_parsers"),
    "audit": ("audit", "add_parsers"),
    "demo": ("demo", "add_parsers"),
    "health": ("health", "add_parsers"),
    "serve": ("health", "add_parsers"),
    "payments": ("payments", "add_parsers"),
    "refunds": ("payments", "add_parsers"),
    "orders": ("payments", "add_parsers"),
    "merchants": ("tenancy", "add_parsers"),
    "stores": ("tenancy", "add_parsers"),
    "customers": ("customers", "add_parsers"),
    "account": ("account", "add_parsers"),
    "rollouts": ("rollouts", "add_parsers"),
    "completion": ("completion", "add_parsers"),
}
_GLOBAL_WITH_VALUE = {"--db", "--user", "--log-level"}
LOG_LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR"]
# The commands that may create a missing database (SQLite file and folder); every other command
# refuses a missing file instead of leaving an empty database behind.
CREATING_COMMANDS = {("db", "upgrade"), ("migrate", "upgrade"), ("demo", "seed")}
SIGPIPE_EXIT = 141  # 128 + SIGPIPE, what a shell reports for a tool whose reader went away


def command_word(argv: Sequence[str]) -> str | None:
    """The command (first positional argument, global options before it skipped), if any."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _GLOBAL_WITH_VALUE:
            skip = True
        elif arg == "--":
            return None
        elif not arg.startswith("-"):
            return arg
    return None


class _Parser(argparse.ArgumentParser):
    """Usage errors become :class:`InvalidInput`, so --json gets its error document."""

    def error(self, message: str) -> NoReturn:
        raise InvalidInput("usage", f"{self.prog}: {message}", {"usage": self.format_usage().strip()})


def build_parser(command: str | None = None, *, groups: bool = True) -> argparse.ArgumentParser:
    """The parser; with ``command``, only that command's group is loaded. ``groups=False``: the
    command words with their one-line help from :data:`COMMAND_HELP`, no group loaded (the top
    level's ``--help``); words the table lacks are loaded as usual."""
    from core.version import version

    parser = _Parser(
        prog="platformctl", description="Administer the platform's modules, migrations and users."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    add_global_options(parser, after=False)
    common = _Parser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=JSON_HELP)
    targets = _Parser(add_help=False)
    group = targets.add_mutually_exclusive_group()  # one of them, or --tag: see modules._target
    group.add_argument(
        "--platform", action="extend", nargs="+", metavar="CODE", help="one or more platform codes"
    )
    group.add_argument(
        "--all-platforms", action="store_true", help="every platform (a platform admin: their own)"
    )
    targets.add_argument(
        "--tag",
        action="extend",
        nargs="+",
        metavar="TAG",
        help="the platforms with any of these tags (a platform admin: among their own); "
        "beside --platform: the union",
    )
    targets.add_argument(
        "--exclude-tag",
        action="extend",
        nargs="+",
        metavar="TAG",
        help="leave out the platforms with any of these tags (also from --all-platforms)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    if groups:
        wanted = [COMMANDS[command]] if command in COMMANDS else list(COMMANDS.values())
    else:
        for word, text in COMMAND_HELP.items():
            if word in COMMANDS:
                sub.add_parser(word, help=text)
        wanted = [COMMANDS[word] for word in COMMANDS if word not in COMMAND_HELP]
    for module_name, function in dict.fromkeys(wanted):
        register = getattr(importlib.import_module(f"console.commands.{module_name}"), function)
        if register.__code__.co_argcount == 3:  # (sub, common, targets); not inspect: 5 ms
            register(sub, common, targets)
        else:
            register(sub, common)
    for command in leaf_parsers(parser, groups=True):  # `platforms --db X list` too
        add_global_options(command, after=True)
    return parser


JSON_HELP = "print one JSON document"


def add_global_options(parser: argparse.ArgumentParser, *, after: bool) -> None:
    """``--db``, ``--user``, ``--json``, ``--log-level``: on the program (before the command) and on
    every command (after it). After the command they default to nothing (``SUPPRESS``), so they
    never overwrite what was given before it."""
    have = parser._option_string_actions
    target: Any = (
        parser.add_argument_group("global options (before or after the command)") if after else parser
    )

    def default(value: Any) -> Any:
        return argparse.SUPPRESS if after else value

    if "--db" not in have:
        target.add_argument(
            "--db",
            metavar="URL",
            default=default(None),
            help="database URL (default: PLATFORM_DATABASE_URL, else the embedded SQLite database); "
            "prefer PGPASSWORD or ~/.pgpass over a password in the URL",
        )
    if "--user" not in have:
        target.add_argument(
            "--user",
            metavar="NAME",
            default=default(None),
            help="act as this admin user (password from a prompt or PLATFORM_PASSWORD); "
            "without it: cli:<os user> with every permission",
        )
    if "--json" not in have:
        target.add_argument("--json", action="store_true", default=default(False), help=JSON_HELP)
    if "--log-level" not in have:
        target.add_argument(
            "--log-level",
            default=default(None),
            choices=LOG_LEVELS,
            help="messages on stderr from this level up (default WARNING; the log file has all)",
        )


def leaf_parsers(
    parser: argparse.ArgumentParser, *, groups: bool = False
) -> Iterator[argparse.ArgumentParser]:
    """Every command parser below ``parser`` that has no subcommands of its own (aliases once);
    with ``groups``, the command groups (``platforms``, ``admin`` ...) too."""
    seen: set[int] = set()
    todo = [parser]
    while todo:
        current = todo.pop()
        subs = [a for a in current._actions if isinstance(a, argparse._SubParsersAction)]
        if current is not parser and (groups or not subs):
            yield current
        for child in subs[0].choices.values() if subs else ():
            if id(child) not in seen:
                seen.add(id(child))
                todo.append(child)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    wants_json = "--json" in argv
    ctx: base.Context | None = None
    try:
        _check_text(argv)
        word = command_word(argv)
        if word is None and "--version" in argv:  # without loading every command group
            from core.version import version

            out.write(f"platformctl {version()}\n")
            return 0
        with contextlib.redirect_stdout(out):  # --help goes where the caller's output goes
            args = build_parser(word, groups=word in COMMANDS).parse_args(argv)
        from console.commands import base

        if not getattr(args, "no_log", False):  # completion: printed at every new shell, no log file
            from console.logs import setup_logging

            setup_logging(args.log_level, stream=err)
        ctx = base.Context(
            args.db,
            args.user,
            json=getattr(args, "json", False),
            # a dry run leaves even a missing SQLite file missing
            create=(args.command, getattr(args, "action", None)) in CREATING_COMMANDS
            and not getattr(args, "dry_run", False),
            out=out,
            err=err,
            stdin=stdin or sys.stdin,
        )
        code = int(args.func(ctx, args) or 0)
        out.flush()  # here, not at exit: a reader that went away is a BrokenPipeError caught below
        return code
    except PlatformError as exc:
        _report(exc, wants_json, out, err)
        return exc.exit_code
    except BrokenPipeError:
        _quiet_stdout(out)
        return SIGPIPE_EXIT
    except KeyboardInterrupt:
        err.write("interrupted\n")
        return 130
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except Exception as exc:
        known = _database_error(exc, ctx)
        if known is not None:
            _report(known, wants_json, out, err)
            return known.exit_code
        from console.logs import log_file

        log.exception("unexpected error")
        where = log_file()
        error = PlatformError(
            "unexpected", f"unexpected error: {type(exc).__name__}: {exc}", {"log": str(where)}
        )
        _report(error, wants_json, out, err)
        err.write(f"the traceback is in {where}\n")
        return 1
    finally:
        if ctx is not None:
            ctx.close()


def _database_error(exc: Exception, ctx: base.Context | None) -> PlatformError | None:
    """A driver error that means "this database cannot be used" (lost server, damaged file)."""
    from core.db import database_error, default_url

    if ctx is not None and ctx._db is not None:
        url: Any = ctx._db.url
    else:
        url = (ctx.db_url if ctx is not None else None) or default_url()
    return database_error(exc, url)


def _quiet_stdout(out: TextIO) -> None:
    """The reader of stdout went away (``| head``): end quietly, as any Unix tool.

    Python would still flush stdout at exit and print "Exception ignored ... BrokenPipeError":
    point the descriptor at /dev/null first.
    """
    with contextlib.suppress(Exception):
        fileno = out.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fileno)
        os.close(devnull)


def _check_text(argv: Sequence[str]) -> None:
    """Arguments are text: no NUL (no shell passes one; PostgreSQL refuses it) and no byte that
    is not UTF-8 (Python keeps it as a lone surrogate no database can store)."""
    for position, arg in enumerate(argv, 1):
        if "\x00" in arg or any("\ud800" <= ch <= "\udfff" for ch in arg):
            raise InvalidInput(
                "usage",
                f"argument {position} holds a NUL or a byte that is not UTF-8",
                {"argument": position},
            )


def _report(exc: PlatformError, wants_json: bool, out: TextIO, err: TextIO) -> None:
    if wants_json:
        out.write(json.dumps({"error": exc.to_dict()}, indent=2, default=str) + "\n")
    err.write(f"error: {exc.message}\n")
    details = exc.details if isinstance(exc.details, dict) else {}
    for refused in (details.get("refused") or [])[:20]:
        for r in refused.get("refusals", []):
            err.write(f"  {refused['platform']}: {r['message']}\n")


if __name__ == "__main__":
    raise SystemExit(main())
