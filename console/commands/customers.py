"""platformctl customers: list (personal data masked unless the role may see it) and reveal.

The rule is the service's: with ``customers.pii.view`` e-mail, phone and address print in clear;
without it they print masked, and with ``customers.pii.reveal`` ``customers reveal ID`` shows one
customer's (audited, with the reason). Exit codes: 2 unknown customer, merchant or platform, a
malformed option; 3 refused.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from console.commands.base import Context, db_id, limit
from modules.customers.terms import MAX_PAGE

if TYPE_CHECKING:
    from modules.customers.services import CustomerRow

COLUMNS = ["id", "name", "e-mail", "phone", "address", "platform", "merchant"]


def _cells(c: CustomerRow) -> list[Any]:
    return [c.id, c.name, c.email, c.phone, c.address, c.platform, c.merchant or "-"]


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from modules.customers.services import CustomerService  # lazy: not for --help and completion

    rows = CustomerService(ctx.db).list_customers(
        ctx.actor, merchant=args.merchant, platform=args.platform, after_id=args.after, limit=args.limit
    )

    def human() -> None:
        ctx.table(COLUMNS, [_cells(c) for c in rows])
        if any(c.revealable for c in rows):
            ctx.note(
                "personal data masked; `platformctl customers reveal ID --reason TEXT` shows one (audited)"
            )
        elif any(c.masked for c in rows):
            ctx.note("personal data masked: this role may not see it")
        if len(rows) == args.limit:
            ctx.note(f"more: --after {rows[-1].id}")

    ctx.emit({"customers": [c.to_dict() for c in rows]}, human)
    return 0


def cmd_reveal(ctx: Context, args: argparse.Namespace) -> int:
    from modules.customers.services import CustomerService  # lazy: not for --help and completion

    row = CustomerService(ctx.db).reveal(ctx.actor, args.id, args.reason)
    ctx.emit({"customer": row.to_dict()}, lambda: ctx.table(COLUMNS, [_cells(row)]))
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("customers", help="customers of the platforms, personal data as the role allows")
    gsub = parser.add_subparsers(dest="action_name", required=True, metavar="ACTION")
    p = gsub.add_parser("list", parents=[common], help="customers by id, a page at a time")
    p.add_argument("--merchant", metavar="CODE", help="attached to this merchant or who ordered from it")
    p.add_argument("--platform", metavar="CODE", help="customers of this platform")
    p.add_argument("--limit", type=limit(MAX_PAGE), default=50, help=f"rows per page (1 to {MAX_PAGE})")
    p.add_argument("--after", type=db_id, metavar="ID", help="the next page (printed by the previous one)")
    p.set_defaults(func=cmd_list)
    p = gsub.add_parser(
        "reveal", parents=[common], help="one customer's e-mail, phone and address in clear (audited)"
    )
    p.add_argument("id", type=db_id, metavar="ID")
    p.add_argument("--reason", help="why (kept in the audit trail)")
    p.set_defaults(func=cmd_reveal)
