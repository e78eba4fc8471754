"""Paging the same way in every list: ``--limit N`` and ``--after CURSOR``, the JSON's ``next``.

A list prints one page; with ``--json`` its document carries ``next``, the cursor of the following
page (null on the last one), and the human table says ``more: --after CURSOR`` on stderr. A cursor
is opaque (``core.paging``): anything else given to ``--after`` is one line and exit 2. The lists
once paged by ``--before ID`` (payments, orders, refunds) keep it as a deprecated alias.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from console.commands.base import Context, db_id, limit

if TYPE_CHECKING:
    from core.paging import Page


def add_paging(
    parser: argparse.ArgumentParser, maximum: int, default: int = 50, *, before: bool = False
) -> None:
    """``--limit`` and ``--after CURSOR``; ``before``: the deprecated ``--before ID`` too."""
    parser.add_argument(
        "--limit",
        type=limit(maximum),
        default=default,
        help=f"rows per page, 1 to {maximum} (default {default})",
    )
    window = parser.add_mutually_exclusive_group() if before else parser
    window.add_argument(
        "--after", metavar="CURSOR", help="the next page: the `next` cursor printed by the page before"
    )
    if before:
        window.add_argument(
            "--before", type=db_id, metavar="ID", help="deprecated: the rows older than this id; use --after"
        )


def before_id(ctx: Context, args: argparse.Namespace) -> int | None:
    """The id to read below: ``--after``'s cursor, or the deprecated ``--before`` (with a note)."""
    # lazy: core.paging imports SQLAlchemy, which `--help` must not load
    from core.paging import decode_id_cursor

    if args.after is not None:
        return decode_id_cursor(args.after)
    if getattr(args, "before", None) is not None:
        ctx.note("warning: --before is deprecated and will go; use --after CURSOR (the `next` of a page)")
        return int(args.before)
    return None


def next_cursor(page: Page[Any]) -> str | None:
    """The cursor of the page after ``page`` of a list ordered by id (None: it was the last)."""
    from core.paging import encode_id_cursor  # lazy: SQLAlchemy, as above

    return None if page.at_end else encode_id_cursor(page.last_key)


def more(ctx: Context, cursor: str | None) -> None:
    """After a human table: where the next page starts (stderr, so the table stays clean)."""
    if cursor:
        ctx.note(f"more: --after {cursor}")
