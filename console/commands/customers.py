"""platformctl customers: list (personal data masked unless the role may see it), show, reveal.

The rule is the service's, the one the console's merchant detail follows: with
``customers.pii.view`` e-mail, phone and address print in clear; without it they print masked,
and with ``customers.pii.reveal`` ``customers show ID --reveal`` shows one customer's in clear
through the same call as the console's "Reveal personal data…" (audited as ``customers.reveal``,
with the reason). Exit codes: 2 unknown customer, merchant or platform, a malformed option or
cursor; 3 refused (no permission: an operator sees no customers at all).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command, db_id
from console.commands.paging import add_paging, more, next_cursor
from core.errors import InvalidInput
from modules.customers.terms import MAX_PAGE

if TYPE_CHECKING:
    from modules.customers.services import MAX_PAGE, CustomerRow

COLUMNS = ["id", "name", "e-mail", "phone", "address", "platform", "merchant"]


def _cells(c: CustomerRow) -> list[Any]:
    return [c.id, c.name, c.email, c.phone, c.address, c.platform, c.merchant or "-"]


def _masked_note(ctx: Context, rows: list[CustomerRow]) -> None:
    if any(c.revealable for c in rows):
        ctx.note(
            "personal data masked; `platformctl customers show ID --reveal --reason TEXT` shows one (audited)"
        )
    elif any(c.masked for c in rows):
        ctx.note("personal data masked: this role may not see it")


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from core.paging import decode_id_cursor  # lazy: not for --help and completion
    from modules.customers.services import CustomerService  # lazy: not for --help and completion

    after = decode_id_cursor(args.after) if args.after is not None else None
    page = CustomerService(ctx.db).customers_page(
        ctx.actor, merchant=args.merchant, platform=args.platform, after_id=after, limit=args.limit
    )
    following = next_cursor(page)

    def human() -> None:
        ctx.table(COLUMNS, [_cells(c) for c in page.rows])
        _masked_note(ctx, page.rows)
        more(ctx, following)

    ctx.emit({"customers": [c.to_dict() for c in page.rows], "next": following}, human)
    return 0


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    from modules.customers.services import CustomerService  # lazy: not for --help and completion

    if args.reason is not None and not args.reveal:
        raise InvalidInput("usage", "--reason goes with --reveal (the reason of an audited reveal)")
    service = CustomerService(ctx.db)
    if args.reveal:
        row = service.reveal(ctx.actor, args.id, args.reason)
    else:
        row = service.get_customer(ctx.actor, args.id)

    def human() -> None:
        for label, value in zip(COLUMNS, _cells(row), strict=True):
            ctx.print(f"{label:9} {'-' if value is None else value}")
        ctx.print(f"{'created':9} {row.created_at.astimezone():%Y-%m-%d %H:%M}")
        if args.reveal:
            ctx.note("revealed: recorded in the audit log (customers.reveal)")
        else:
            _masked_note(ctx, [row])

    ctx.emit({"customer": row.to_dict(), "revealed": bool(args.reveal)}, human)
    return 0


def cmd_reveal(ctx: Context, args: argparse.Namespace) -> int:
    ctx.note("warning: `customers reveal ID` is deprecated; use `customers show ID --reveal`")
    args.reveal = True
    return cmd_show(ctx, args)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("customers", help=COMMAND_HELP["customers"])
    gsub = parser.add_subparsers(dest="action_name", required=True, metavar="ACTION")
    examples = [
        "platformctl customers list --merchant M0000001",
        "platformctl customers list --platform demo-00001 --after CURSOR --json",
    ]
    p = add_command(
        gsub, "list", "customers by id, a page at a time (masked as the role says)", examples, [common]
    )
    p.add_argument("--merchant", metavar="CODE", help="attached to this merchant or who ordered from it")
    p.add_argument("--platform", metavar="CODE", help="customers of this platform")
    add_paging(p, MAX_PAGE, 50)
    p.set_defaults(func=cmd_list)
    examples = [
        "platformctl customers show 42",
        "platformctl --user sam customers show 42 --reveal --reason 'customer on the phone'",
    ]
    p = add_command(
        gsub, "show", "one customer; --reveal shows the personal data in clear (audited)", examples, [common]
    )
    p.add_argument("id", type=db_id, metavar="ID", help="the customer's id")
    p.add_argument(
        "--reveal",
        action="store_true",
        help="e-mail, phone and address in clear (customers.pii.reveal; recorded in the audit log)",
    )
    p.add_argument("--reason", metavar="TEXT", help="with --reveal: why (kept in the audit trail)")
    p.set_defaults(func=cmd_show)
    examples = ["platformctl customers reveal 42 --reason 'customer on the phone'"]
    p = add_command(gsub, "reveal", "deprecated: customers show ID --reveal", examples, [common])
    p.add_argument("id", type=db_id, metavar="ID", help="the customer's id")
    p.add_argument("--reason", metavar="TEXT", help="why (kept in the audit trail)")
    p.set_defaults(func=cmd_reveal)
