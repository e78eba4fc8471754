"""What every command gets, and the output helpers they share."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TextIO

from core.actor import Actor
from core.errors import InvalidInput, Refused
from core.ranges import ID_MAX, INT64_MAX

if TYPE_CHECKING:
    from core.db import Database


@dataclass
class Context:
    """The command's world: database, who acts, output streams and format."""

    db_url: str | None
    user: str | None
    json: bool = False
    # Only the commands that prepare a database (db upgrade, migrate upgrade, demo seed) may
    # create a missing SQLite file; every other command says it does not exist.
    create: bool = False
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    _db: Database | None = None
    _actor: Actor | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            from core.db import open_database  # lazy: SQLAlchemy, not for --help or completion

            self._db = open_database(self.db_url, create=self.create)
        return self._db

    @property
    def actor(self) -> Actor:
        if self._actor is None:
            if self.user is None:
                self._actor = Actor.cli()
            else:
                # lazy: argon2, cryptography, pydantic-settings (0.15 s) on every start: only with --user
                from core.services.auth import AuthService

                password = self.password(f"password for {self.user}: ", env="PLATFORM_PASSWORD")
                self._actor = AuthService(self.db).authenticate(self.user, password)
        return self._actor

    def interactive(self) -> bool:
        try:
            return self.stdin.isatty()
        except (AttributeError, ValueError):
            return False

    def password(self, prompt: str, *, env: str | None = None, confirm: bool = False) -> str:
        """From ``env``, a terminal prompt, or (for new passwords) one line of stdin."""
        if env and os.environ.get(env):
            return os.environ[env]
        if self.interactive():
            first = getpass.getpass(prompt, stream=self.err)
            if confirm and getpass.getpass("again: ", stream=self.err) != first:
                raise InvalidInput("password.mismatch", "the two passwords differ")
            return first
        if confirm:  # new passwords may be piped in
            line = self.stdin.readline().rstrip("\n")
            if line:
                return line
        hint = f"set {env}" if env else "pipe it on stdin"
        raise InvalidInput("password.needed", f"a password is needed but there is no terminal: {hint}")

    def confirm(self, question: str, yes: bool) -> None:
        """Destructive operations: a terminal asks; without one, ``--yes`` is required."""
        if yes:
            return
        if not self.interactive():
            raise Refused("confirm.needed", f"{question} — refused without a terminal; add --yes to confirm")
        self.err.write(f"{question} [y/N] ")
        self.err.flush()
        if self.stdin.readline().strip().lower() not in ("y", "yes"):
            raise Refused("confirm.declined", "not confirmed; nothing was done")

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    # -- output ----------------------------------------------------------------
    def emit(self, document: Any, human: Callable[[], None] | str | None = None) -> None:
        """With --json, exactly one JSON document on stdout; else the human rendering."""
        if self.json:
            self.out.write(json.dumps(document, indent=2, default=_json_default) + "\n")
        elif callable(human):
            human()
        elif human is not None:
            self.print(human)

    def emit_write(self, dry_run: bool, document: dict[str, Any], done: str, would: str) -> int:
        """The answer of a write: ``done``, or with --dry-run ``would`` (the JSON document
        gains ``"dry_run": true``); exit 0."""
        if dry_run:
            self.emit({**document, "dry_run": True}, would)
        else:
            self.emit(document, done)
        return 0

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def note(self, text: str) -> None:
        self.err.write(text + "\n")
        self.err.flush()

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        self.out.write(render_table(headers, rows))


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    return str(value)


def render_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """Columns aligned by display cells (wcwidth): a CJK character or an emoji takes two."""
    text_rows = [[_cell(c) for c in row] for row in rows]
    heads = [h.upper() for h in headers]
    widths = [display_width(h) for h in heads]
    for row in text_rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))
    lines = [
        "  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in [heads, *text_rows]
    ]
    return "\n".join(lines) + "\n"


def display_width(text: str) -> int:
    """Terminal cells ``text`` takes; a control character counts as one."""
    if text.isascii():  # one cell a character, control characters too: without wcwidth's tables (0.1 s)
        return len(text)
    from wcwidth import wcswidth, wcwidth  # lazy: only tables need it

    width = wcswidth(text)
    if width >= 0:
        return width
    return sum(max(wcwidth(ch), 0) if ord(ch) >= 32 and ch != "\x7f" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value) or "-"
    return str(value)


# -- argparse types: every number is range-checked before it reaches a service --------------------
_WHOLE = re.compile(r"[+-]?[0-9]{1,30}")


def int_range(low: int, high: int) -> Callable[[str], int]:
    """An argparse ``type=``: a whole number from ``low`` to ``high`` (the message names the range)."""

    def parse(text: str) -> int:
        value = int(text.strip()) if _WHOLE.fullmatch(text.strip()) else None
        if value is None or not low <= value <= high:
            shown = text if len(text) <= 30 else text[:30] + "..."
            raise argparse.ArgumentTypeError(f"{shown!r} is not a whole number from {low:,} to {high:,}")
        return value

    parse.__name__ = f"int_{low}_{high}"
    parse.bounds = (low, high)  # type: ignore[attr-defined]  # read by the CLI fuzzing test
    return parse


db_id = int_range(1, ID_MAX)  # a row id (the INTEGER id columns: 32-bit on PostgreSQL)
amount_minor = int_range(1, INT64_MAX)  # money in minor units


def limit(maximum: int) -> Callable[[str], int]:
    """``--limit``: rows per page, 1 to ``maximum``."""
    return int_range(1, maximum)


def parse_set(items: Sequence[str]) -> dict[str, Any]:
    """``KEY=VALUE``: VALUE as JSON when it parses (5, true, ["a"]), else as a string."""
    values: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput("option.bad_set", f"--set takes KEY=VALUE, got {item!r}", {"value": item})
        try:
            value = json.loads(raw)
        except ValueError:  # not JSON (or a number past Python's 4,300 digits): the text itself
            value = raw
        except RecursionError:
            value = _TOO_DEEP  # deeper than the parser goes
        if value is _TOO_DEEP or _depth(value) > MAX_SET_DEPTH:
            raise InvalidInput(
                "option.bad_set",
                f"--set {key.strip()}: the value is nested more than {MAX_SET_DEPTH} levels deep",
                {"key": key.strip()},
            )
        values[key.strip()] = value
    return values


MAX_SET_DEPTH = 16
_TOO_DEEP = object()


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in a parsed JSON value (without recursion)."""
    deepest, todo = 0, [(value, 0)]
    while todo:
        item, level = todo.pop()
        deepest = max(deepest, level)
        if level <= MAX_SET_DEPTH and isinstance(item, dict | list):
            todo.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def parse_when(value: str) -> datetime:
    """ISO date/time (local time when naive) or a span back from now: 30m, 2h, 7d, 1w."""
    from core.times import parse_time

    return parse_time(value, datetime.now(UTC), code="option.bad_time")


def add_command(
    sub: Any,
    name: str,
    help: str,
    examples: Sequence[str],
    parents: Sequence[argparse.ArgumentParser] = (),
    **kwargs: Any,
) -> argparse.ArgumentParser:
    """A subcommand with its one-line help (listed by the group's ``--help``) and, at the end of
    its own ``--help``, one or two examples."""
    lines = "\n".join(f"  {example}" for example in examples)
    return sub.add_parser(
        name,
        help=help,
        description=help[:1].upper() + help[1:] + ".",
        epilog=f"examples:\n{lines}" if examples else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=list(parents),
        **kwargs,
    )


def add_dry_run(parser: argparse.ArgumentParser) -> None:
    """``--dry-run``: validate, check permissions and guards, print what would change, write
    nothing; exit 0 or 3 exactly as the real run would."""
    parser.add_argument(
        "--dry-run", action="store_true", help="check everything and print what would change; write nothing"
    )
