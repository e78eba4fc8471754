"""platformctl payments | refunds | orders: support work without a screen.

Exit codes (docs/architecture.md): 0 done — including a refund above the support limit, which is recorded as
*awaiting approval* (not an error); 2 unknown payment, refund, merchant or a malformed value;
3 refused — over the refundable amount, no permission, not awaiting approval, self-approval, an
approval not confirmed (``refunds approve`` asks on a terminal, else needs ``--yes``), and a
refusal by the gateway itself (``gateway.declined``, ``gateway.invalid_request``: the refund is
recorded as failed); 1 the gateway could not be used (``gateway.unavailable``: no answer, the refund
stays pending; ``gateway.rate_limited``; ``gateway.authentication``). ``refunds resolve-pending``
exits 1 when a refund is still pending after it ran because the gateway could not be reached.
``--dry-run`` (create, approve, reject) runs every check in the service and exits 0 or 3 as the
real run would, writing nothing and calling no gateway. Lists page with ``--limit`` and ``--after
CURSOR`` (console/commands/paging.py); ``--before ID`` is a deprecated alias.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command, add_dry_run, amount_minor, db_id, limit
from console.commands.paging import add_paging, before_id, more, next_cursor
from core.ranges import MAX_PAGE
from core.wording import count_of
from modules.payments.terms import PAYMENT_STATUSES, RefundState

if TYPE_CHECKING:
    from modules.payments.models import PAYMENT_STATUSES, RefundState
    from modules.payments.services import MAX_PAGE, PaymentDetail, PaymentService, RefundInfo

REFUND_STATES = [s.value for s in RefundState]  # what the database stores


def _service(ctx: Context) -> PaymentService:
    from modules.payments.services import PaymentService  # lazy: not for --help and completion

    return PaymentService(ctx.db)


# -- payments -------------------------------------------------------------------------------------
def cmd_payments_list(ctx: Context, args: argparse.Namespace) -> int:
    from modules.payments.services import PaymentFilter  # lazy: not for --help and completion

    flt = PaymentFilter(
        gateway=args.gateway,
        merchant=args.merchant,
        store=args.store,
        status=args.status,
        platform=args.platform,
        refund_state=args.refund_state,
        limit=args.limit,
        before_id=before_id(ctx, args),
    )
    page = _service(ctx).payments_page(ctx.actor, flt)
    payments, following = page.rows, next_cursor(page)

    def human() -> None:
        ctx.table(
            ["id", "created", "platform", "store", "merchant", "gateway", "amount", "refunded", "status"],
            [
                [
                    p.id,
                    p.created_at,
                    p.platform,
                    p.store,
                    p.merchant,
                    p.gateway,
                    p.money(p.amount_minor),
                    p.money(p.refunded_minor) if p.refunded_minor else "-",
                    p.status,
                ]
                for p in payments
            ],
        )
        more(ctx, following)

    ctx.emit({"payments": [p.to_dict() for p in payments], "next": following}, human)
    return 0


def print_payment(ctx: Context, d: PaymentDetail) -> None:
    ctx.print(f"payment #{d.id}  {d.status}  {d.created_at.astimezone():%Y-%m-%d %H:%M}")
    lines = [
        ("platform", d.platform),
        ("store", f"{d.store} ({d.store_name}), merchant {d.merchant} ({d.merchant_name})"),
        ("gateway", f"{d.gateway}  {d.gateway_payment_id or '-'}"),
        ("amount", d.money(d.amount_minor)),
        ("captured", d.money(d.captured_minor)),
        ("refunded", d.money(d.refunded_minor)),
        ("pending", d.money(d.pending_minor) if d.pending_minor else None),
        ("awaiting approval", d.money(d.awaiting_approval_minor) if d.awaiting_approval_minor else None),
        ("refundable", d.money(d.remaining_minor)),  # captured - refunded - pending - awaiting approval
    ]
    for label, value in lines:
        if value is not None:
            ctx.print(f"  {label:18}{value}")
    if d.refunds:
        ctx.print()
        _refund_table(ctx, list(d.refunds))


def cmd_payments_show(ctx: Context, args: argparse.Namespace) -> int:
    detail = _service(ctx).get_payment(ctx.actor, args.id)
    ctx.emit(detail.to_dict(), lambda: print_payment(ctx, detail))
    return 0


# -- refunds ---------------------------------------------------------------------------------------
def _refund_table(ctx: Context, refunds: list[RefundInfo]) -> None:
    ctx.table(
        [
            "refund",
            "payment",
            "amount",
            "state",
            "gateway id",
            "requested by",
            "approved by",
            "created",
            "note",
        ],
        [
            [
                r.id,
                r.payment_id,
                r.amount,
                r.state,
                r.gateway_refund_id,
                r.requested_by,
                r.approved_by,
                r.created_at,
                (r.error_code or r.decision_note or r.reason or "")[:60],
            ]
            for r in refunds
        ],
    )


def cmd_refunds_create(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx)
    outcome = service.create_refund(ctx.actor, args.payment, args.amount, args.reason, dry_run=args.dry_run)
    r = outcome.refund

    def human() -> None:
        if outcome.dry_run:
            ctx.print(outcome.message)
        elif r.state == "awaiting_approval":
            ctx.print(f"refund #{r.id} of {r.amount}: awaiting approval")
            ctx.print(f"  {outcome.message}")
        else:
            ctx.print(f"refund #{r.id} of {r.amount}: {r.state} ({r.gateway} {r.gateway_refund_id or '-'})")

    ctx.emit(outcome.to_dict(), human)
    return 0


def cmd_refunds_list(ctx: Context, args: argparse.Namespace) -> int:
    page = _service(ctx).refunds_page(
        ctx.actor, payment_id=args.payment, state=args.state, limit=args.limit, before_id=before_id(ctx, args)
    )
    following = next_cursor(page)

    def human() -> None:
        _refund_table(ctx, page.rows)
        more(ctx, following)

    ctx.emit({"refunds": [r.to_dict() for r in page.rows], "next": following}, human)
    return 0


def cmd_refunds_show(ctx: Context, args: argparse.Namespace) -> int:
    r = _service(ctx).get_refund(ctx.actor, args.id)

    def human() -> None:
        for key, value in r.to_dict().items():
            ctx.print(f"{key:18} {'-' if value is None else value}")

    ctx.emit(r.to_dict(), human)
    return 0


def cmd_refunds_approve(ctx: Context, args: argparse.Namespace) -> int:
    """Approving moves money: a terminal asks (amount, payment, merchant, requester); without one,
    ``--yes`` is required (else refused, exit 3). Who may not approve is refused before the question."""
    service = _service(ctx)
    if not args.dry_run:  # a dry run moves no money: nothing to confirm, and nothing audited
        request = service.approval_request(ctx.actor, args.id)
        ctx.confirm(request.question, args.yes)
    outcome = service.approve(ctx.actor, args.id, dry_run=args.dry_run)
    ctx.emit(outcome.to_dict(), outcome.message)
    return 0


def cmd_refunds_reject(ctx: Context, args: argparse.Namespace) -> int:
    outcome = _service(ctx).reject(ctx.actor, args.id, args.note, dry_run=args.dry_run)
    ctx.emit(outcome.to_dict(), outcome.message)
    return 0


def cmd_refunds_resolve(ctx: Context, args: argparse.Namespace) -> int:
    report = _service(ctx).resolve_pending(ctx.actor, args.refund or None, limit=args.limit)

    def human() -> None:
        if not report.resolved:
            ctx.print("no pending refund to resolve")
        for r in report.resolved:
            ctx.print(f"refund #{r.refund_id}: {r.outcome} ({r.how}) {r.message}")
        if report.busy:
            ctx.note(
                f"{count_of(report.busy, 'pending refund')} {'is' if report.busy == 1 else 'are'} being sent "
                "by another console right now"
            )

    ctx.emit(report.to_dict(), human)
    stuck = [r for r in report.resolved if r.outcome == "pending"]
    return 1 if stuck else 0


# -- orders ------------------------------------------------------------------------------------------
def cmd_orders_list(ctx: Context, args: argparse.Namespace) -> int:
    from modules.orders.services import OrderService  # lazy: 0.15 s: only the `orders` commands need it

    page = OrderService(ctx.db).orders_page(
        ctx.actor,
        merchant=args.merchant,
        store=args.store,
        limit=args.limit,
        before_id=before_id(ctx, args),
        search=args.search,
    )
    orders, following = page.rows, next_cursor(page)

    def human() -> None:
        ctx.table(
            ["number", "created", "platform", "store", "merchant", "total", "status", "payment"],
            [
                [o.number, o.created_at, o.platform, o.store, o.merchant, o.total, o.status, o.payment_id]
                for o in orders
            ],
        )
        more(ctx, following)

    ctx.emit({"orders": [o.to_dict() for o in orders], "next": following}, human)
    return 0


def cmd_orders_show(ctx: Context, args: argparse.Namespace) -> int:
    from modules.orders.services import OrderService  # lazy: 0.15 s: only the `orders` commands need it

    detail = OrderService(ctx.db).get_order(ctx.actor, args.number, store=args.store)

    def human() -> None:
        o = detail.order
        ctx.print(f"order {o.number}  {o.status}  {o.total}")
        ctx.print(
            f"  platform {o.platform}, store {o.store}, merchant {o.merchant}, payment #{o.payment_id or '-'}"
        )
        doc = detail.to_dict()
        ctx.table(
            ["sku", "description", "qty", "unit price", "total"],
            [
                [li["sku"], li["description"], li["quantity"], li["unit_price"], li["line_total"]]
                for li in doc["lines"]
            ],
        )

    ctx.emit(detail.to_dict(), human)
    return 0


# -- parsers ---------------------------------------------------------------------------------------------
def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """``payments``, ``refunds`` and ``orders`` (one registration line in console/cli.py)."""
    _payments_parsers(sub, common)
    _refunds_parsers(sub, common)
    _orders_parsers(sub, common)


def _payments_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("payments", help=COMMAND_HELP["payments"])
    psub = parser.add_subparsers(dest="action_name", required=True, metavar="ACTION")
    examples = [
        "platformctl payments list --merchant M0000001",
        "platformctl payments list --after CURSOR --json",
    ]
    p = add_command(psub, "list", "payments, newest first, a page at a time", examples, [common])
    p.add_argument("--gateway", choices=["stripe", "paypal", "manual"], help="only this gateway's payments")
    p.add_argument("--merchant", metavar="CODE", help="the payments of this merchant's stores")
    p.add_argument("--store", metavar="CODE", help="the payments of this store")
    p.add_argument("--platform", metavar="CODE", help="the payments on this platform")
    p.add_argument("--status", choices=PAYMENT_STATUSES, metavar="STATUS", help=", ".join(PAYMENT_STATUSES))
    p.add_argument(
        "--refund-state",
        choices=REFUND_STATES,
        metavar="STATE",
        help=f"payments with a refund in this state: {', '.join(REFUND_STATES)}",
    )
    add_paging(p, MAX_PAGE, 50, before=True)
    p.set_defaults(func=cmd_payments_list)
    examples = ["platformctl payments show 42", "platformctl payments show 42 --json"]
    p = add_command(psub, "show", "a payment with its refunds and what remains", examples, [common])
    p.add_argument("id", type=db_id, metavar="ID", help="the payment's id")
    p.set_defaults(func=cmd_payments_show)


def _refunds_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("refunds", help=COMMAND_HELP["refunds"])
    rsub = parser.add_subparsers(dest="action_name", required=True, metavar="ACTION")
    examples = [
        "platformctl refunds create --payment 42 --amount 1050 --reason 'damaged parcel' --dry-run",
        "platformctl --user sam refunds create --payment 42 --reason 'order cancelled'",
    ]
    p = add_command(rsub, "create", "refund a payment (all that remains by default)", examples, [common])
    p.add_argument("--payment", type=db_id, required=True, metavar="ID", help="the payment's id")
    p.add_argument(
        "--amount",
        type=amount_minor,
        metavar="MINOR_UNITS",
        help="in minor units: 1050 is EUR 10.50 (default: all that remains refundable)",
    )
    p.add_argument("--reason", required=True, metavar="TEXT", help="why (kept with the refund and audited)")
    add_dry_run(p)
    p.set_defaults(func=cmd_refunds_create)
    examples = [
        "platformctl refunds list --state awaiting_approval",
        "platformctl refunds list --after CURSOR --json",
    ]
    p = add_command(rsub, "list", "refunds, newest first, a page at a time", examples, [common])
    p.add_argument("--payment", type=db_id, metavar="ID", help="the refunds of this payment")
    p.add_argument("--state", choices=REFUND_STATES, metavar="STATE", help=", ".join(REFUND_STATES))
    add_paging(p, MAX_PAGE, 100, before=True)
    p.set_defaults(func=cmd_refunds_list)
    p = add_command(rsub, "show", "one refund", ["platformctl refunds show 7 --json"], [common])
    p.add_argument("id", type=db_id, metavar="REFUND_ID", help="the refund's id")
    p.set_defaults(func=cmd_refunds_show)
    examples = ["platformctl refunds approve 7 --dry-run", "platformctl --user paula refunds approve 7 --yes"]
    p = add_command(rsub, "approve", "approve a refund awaiting approval, and send it", examples, [common])
    p.add_argument("id", type=db_id, metavar="REFUND_ID", help="the refund's id")
    p.add_argument(
        "--yes", action="store_true", help="confirm without a terminal (approving sends the money)"
    )
    add_dry_run(p)
    p.set_defaults(func=cmd_refunds_approve)
    examples = ["platformctl refunds reject 7 --note 'goods not returned' --dry-run"]
    p = add_command(rsub, "reject", "reject a refund awaiting approval", examples, [common])
    p.add_argument("id", type=db_id, metavar="REFUND_ID", help="the refund's id")
    p.add_argument("--note", metavar="TEXT", help="why (shown to the requester)")
    add_dry_run(p)
    p.set_defaults(func=cmd_refunds_reject)
    examples = [
        "platformctl refunds resolve-pending",
        "platformctl refunds resolve-pending --refund 7 --json",
    ]
    p = add_command(
        rsub,
        "resolve-pending",
        "settle refunds left pending by a lost answer or a crash, against the gateway",
        examples,
        [common],
    )
    p.add_argument(
        "--refund", type=db_id, action="append", metavar="REFUND_ID", help="only these (repeatable)"
    )
    p.add_argument(
        "--limit", type=limit(MAX_PAGE), default=100, help=f"pending refunds settled at most, 1 to {MAX_PAGE}"
    )
    p.set_defaults(func=cmd_refunds_resolve)


def _orders_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("orders", help=COMMAND_HELP["orders"])
    osub = parser.add_subparsers(dest="action_name", required=True, metavar="ACTION")
    examples = ["platformctl orders list --search alpine", "platformctl orders list --after CURSOR --json"]
    p = add_command(osub, "list", "orders, newest first, a page at a time", examples, [common])
    p.add_argument("--merchant", metavar="CODE", help="the orders of this merchant's stores")
    p.add_argument("--store", metavar="CODE", help="the orders of this store")
    p.add_argument(
        "--search",
        metavar="TEXT",
        help="text in the order number or its store's or merchant's name, code, e-mail or domain "
        "(accents and case ignored; one or two characters: a prefix)",
    )
    add_paging(p, MAX_PAGE, 50, before=True)
    p.set_defaults(func=cmd_orders_list)
    examples = [
        "platformctl orders show ORD-00000042",
        "platformctl orders show ORD-00000042 --store S00000001",
    ]
    p = add_command(osub, "show", "an order with its lines", examples, [common])
    p.add_argument("number", metavar="NUMBER", help="the order number")
    p.add_argument("--store", metavar="CODE", help="when several stores use the number")
    p.set_defaults(func=cmd_orders_show)
