"""platformctl merchants | stores: list (search, filters, keyset paging), show, suspend, reactivate.

Exit codes (docs/architecture.md): 0 done; 2 unknown merchant, store or platform, a malformed option, a
missing reason, a search too short; 3 refused -- no permission, already suspended, not suspended.
``list`` prints the estimated total (``--count`` for the exact one) and, when more rows follow,
the ``--after`` cursor of the next page on stderr.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command, add_dry_run
from console.commands.paging import add_paging, more
from core.ranges import MAX_PAGE
from modules.payments.money import format_amount
from modules.tenancy.terms import SORTS, SearchKind

if TYPE_CHECKING:
    from modules.tenancy.services import Detail, ListQuery, MerchantService, RowCount, StoreService

SORT_CHOICES = (*SORTS, "created")


def _service(ctx: Context, kind: str) -> MerchantService | StoreService:
    from modules.tenancy.services import MerchantService, StoreService  # lazy: not for --help and completion

    return MerchantService(ctx.db) if kind == "merchants" else StoreService(ctx.db)


def _query(args: argparse.Namespace) -> ListQuery:
    from modules.tenancy.services import ListQuery  # lazy: not for --help and completion

    return ListQuery(
        sort="created_at" if args.sort == "created" else args.sort,
        descending=args.desc,
        status=args.status,
        platforms=tuple(args.platform or ()),
        merchant=getattr(args, "merchant", None),
        search=args.search,
        search_kind=args.by,
    )


def _count_text(count: RowCount) -> str:
    return (
        f"{count.value:,}"
        if count.exact
        else f"about {count.value:,} (an estimate; --count for the exact number)"
    )


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from core.paging import decode_cursor, encode_cursor  # lazy: not for --help and completion

    kind = args.group
    service = _service(ctx, kind)
    actor = ctx.actor
    query = _query(args)
    after = decode_cursor(args.after) if args.after is not None else None
    page = service.page(actor, query, after=after, limit=args.limit)
    count = service.count(actor, query, exact=args.count)
    following = None if page.at_end else encode_cursor(page.last_key)
    rows = [r.to_dict() for r in page.rows]

    def human() -> None:
        if kind == "merchants":
            ctx.table(
                ["code", "name", "email", "stores", "status", "created"],
                [[r.code, r.name, r.email, r.stores, r.status, r.created_at] for r in page.rows],
            )
        else:
            ctx.table(
                ["code", "name", "domain", "merchant", "platform", "status", "created"],
                [
                    [r.code, r.name, r.domain, r.merchant, r.platform, r.status, r.created_at]
                    for r in page.rows
                ],
            )
        ctx.print(f"{len(rows)} shown of {_count_text(count)} {kind}")
        more(ctx, following)

    ctx.emit({kind: rows, "count": count.to_dict(), "next": following, "query": query.to_dict()}, human)
    return 0


def _money(minor: int, currency: str) -> str:
    try:
        return format_amount(minor, currency)
    except Exception:  # an unknown currency: show the raw figure rather than fail the whole page
        return f"{currency} {minor} (minor units)"


def print_detail(ctx: Context, d: Detail) -> None:
    m = d.merchant
    if d.store is not None:
        s = d.store
        ctx.print(f"store {s.code}  {s.name}  [{s.status}]")
        if s.suspended_reason:
            ctx.print(f"  suspended: {s.suspended_reason}")
        ctx.print(f"  domain    {s.domain or '-'}")
        ctx.print(f"  e-mail    {s.email or '-'}")
        ctx.print(f"  platform  {s.platform}")
        ctx.print(f"  created   {s.created_at.astimezone():%Y-%m-%d %H:%M}")
        ctx.print(f"  merchant  {m.code}  {m.name}  [{m.status}]")
    else:
        ctx.print(f"merchant {m.code}  {m.name}  [{m.status}]")
        if m.suspended_reason:
            ctx.print(f"  suspended: {m.suspended_reason}")
        ctx.print(f"  e-mail    {m.email}")
        ctx.print(f"  phone     {m.phone or '-'}")
        ctx.print(f"  created   {m.created_at.astimezone():%Y-%m-%d %H:%M}")
        ctx.print()
        shown = f" (first {len(d.stores)})" if len(d.stores) < d.stores_total else ""
        ctx.print(f"stores: {d.stores_total}{shown}")
        ctx.table(
            ["code", "name", "domain", "platform", "status"],
            [[s.code, s.name, s.domain, s.platform, s.status] for s in d.stores],
        )
        ctx.print()
        ctx.print("platforms: " + ", ".join(f"{p.code} ({p.stores})" for p in d.platforms))
    if d.orders:
        ctx.print()
        ctx.print("recent orders:")
        ctx.table(
            ["number", "store", "created", "customer", "total", "status"],
            [
                [
                    o.number,
                    o.store,
                    o.created_at,
                    o.customer_email,
                    _money(o.total_minor, o.currency),
                    o.status,
                ]
                for o in d.orders
            ],
        )
    if d.payments:
        ctx.print()
        ctx.print("recent payments:")
        ctx.table(
            ["id", "store", "gateway", "gateway id", "amount", "refunded", "status"],
            [
                [
                    p.id,
                    p.store,
                    p.gateway,
                    p.gateway_payment_id,
                    _money(p.amount_minor, p.currency),
                    _money(p.refunded_minor, p.currency) if p.refunded_minor else "-",
                    p.status,
                ]
                for p in d.payments
            ],
        )
    if d.audit:
        ctx.print()
        ctx.print("audit trail:")
        ctx.table(
            ["at", "actor", "action", "outcome", "message"],
            [
                [
                    e["at"][:19].replace("T", " "),
                    e["actor"],
                    e["action"],
                    e["outcome"],
                    (e["message"] or "")[:80],
                ]
                for e in d.audit
            ],
        )


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    detail = _service(ctx, args.group).detail(ctx.actor, args.code)
    ctx.emit(detail.to_dict(), lambda: print_detail(ctx, detail))
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args.group)
    suspend = args.action_name == "suspend"
    change = service.suspend if suspend else service.reactivate
    row = change(ctx.actor, args.code, args.reason, dry_run=args.dry_run)
    noun = args.group[:-1]
    done = "suspended" if suspend else "reactivated"
    shown, reason = f"{noun} {row.code} ({row.name})", args.reason.strip()
    return ctx.emit_write(
        args.dry_run,
        {noun: row.to_dict(), "dry_run": args.dry_run},
        f"{done} {shown}: {reason}",
        f"dry run: {shown} would be {done}: {reason}; nothing was written",
    )


_EXAMPLES = {
    "list": (
        "platformctl {group} list --search alpine --status active",
        "platformctl {group} list --limit 100 --after CURSOR --json",
    ),
    "show": ("platformctl {group} show {code}", "platformctl {group} show {code} --json"),
    "suspend": (
        "platformctl {group} suspend {code} --reason 'KYC documents missing' --dry-run",
        "platformctl --user sam {group} suspend {code} --reason 'KYC documents missing'",
    ),
    "reactivate": (
        "platformctl {group} reactivate {code} --reason 'documents received' --dry-run",
        "platformctl {group} reactivate {code} --reason 'documents received'",
    ),
}


def _examples(action: str, group: str) -> list[str]:
    code = "M0000001" if group == "merchants" else "S00000001"
    return [e.format(group=group, code=code) for e in _EXAMPLES[action]]


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    for group in ("merchants", "stores"):
        noun = group[:-1]
        parser = sub.add_parser(group, help=COMMAND_HELP[group])
        gsub = parser.add_subparsers(dest="action_name", required=True, metavar="ACTION")
        p = add_command(gsub, "list", f"{group}, a page at a time", _examples("list", group), [common])
        p.add_argument(
            "--search",
            metavar="TEXT",
            help="text in the name, code, e-mail or domain (accents and case ignored; "
            "one or two characters: a name or code prefix)",
        )
        p.add_argument(
            "--by",
            default=SearchKind.ANY.value,
            choices=[k.value for k in SearchKind],
            help="what --search matches: any field (the default), a name or code prefix, "
            "or a part of the e-mail or domain",
        )
        p.add_argument(
            "--status", choices=["active", "suspended"], help=f"only the active or suspended {group}"
        )
        p.add_argument(
            "--platform", action="extend", nargs="+", metavar="CODE", help=f"{group} on these platforms"
        )
        if group == "stores":
            p.add_argument("--merchant", metavar="CODE", help="the stores of this merchant")
        p.add_argument(
            "--sort", default="code", choices=SORT_CHOICES, help="the order of the rows (default: code)"
        )
        p.add_argument("--desc", action="store_true", help="descending")
        add_paging(p, MAX_PAGE)
        p.add_argument("--count", action="store_true", help="count exactly (slower on large tables)")
        p.set_defaults(func=cmd_list, group=group)
        p = add_command(
            gsub, "show", f"one {noun} with its activity and audit trail", _examples("show", group), [common]
        )
        p.add_argument("code", metavar="CODE", help=f"the {noun}'s code")
        p.set_defaults(func=cmd_show, group=group)
        for action in ("suspend", "reactivate"):
            p = add_command(gsub, action, f"{action} a {noun} (audited)", _examples(action, group), [common])
            p.add_argument("code", metavar="CODE", help=f"the {noun}'s code")
            p.add_argument("--reason", required=True, help="why (kept in the audit trail)")
            add_dry_run(p)
            p.set_defaults(func=cmd_status, group=group)
