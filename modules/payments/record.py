"""Recording a refund request: under the payment's lock, what remains refundable, the limits.

In one transaction the payment row is locked (PostgreSQL ``SELECT ... FOR UPDATE``; SQLite's
``BEGIN IMMEDIATE`` already holds the write lock), the remaining refundable amount (captured -
succeeded - pending - awaiting approval) is computed under that lock, and the refund is inserted as
``pending`` with a fresh idempotency key and a claim (who is sending it, until when), then sent
(:mod:`modules.payments.send`). Of two concurrent refunds that together exceed the payment, exactly
one passes.

Above the support limits (:mod:`modules.payments.limits`) of a user without
``payments.refund.approve`` the refund is recorded as ``awaiting_approval`` instead, and nothing is
sent until an approver decides it (:mod:`modules.payments.approve`).
"""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from core.actor import Actor
from core.db import utcnow
from core.errors import InvalidInput, NotFound, Refused
from core.models import Platform
from core.ranges import INT64_MAX, check_id
from core.services.audit import AuditDraft, audited
from modules.payments.claims import CLAIM_LEASE, new_claim
from modules.payments.limits import (
    DAILY_WINDOW,
    ApprovalReason,
    RefundAllowance,
    daily_support_limit,
    support_limit,
)
from modules.payments.models import Payment, Refund, RefundState
from modules.payments.money import format_amount
from modules.payments.results import HOLDING, PaymentDetail, RefundOutcome, refund_info, refundable
from modules.payments.send import RefundSender

REASON_MAX = 1000


def _lock_person(session: Session, who: str) -> None:
    """Serialise one person's refunds across payments (PostgreSQL: a transaction advisory lock;
    SQLite's ``BEGIN IMMEDIATE`` already serialises every writer)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    digest = hashlib.sha256(f"payments.refund.daily:{who}".encode()).digest()
    session.execute(
        text("SELECT pg_advisory_xact_lock(:key)"), {"key": int.from_bytes(digest[:8], "big", signed=True)}
    )


class RefundRecorder(RefundSender):
    """A part of :class:`~modules.payments.services.PaymentService`: refund requests and the limits."""

    def create_refund(
        self, actor: Actor, payment_id: int, amount_minor: int | None, reason: str, *, dry_run: bool = False
    ) -> RefundOutcome:
        """Refund ``amount_minor`` (None: all that remains) of a payment, with a reason.

        Returns the refund as settled (succeeded, or awaiting approval above the support limit).
        Raises :class:`Refused` (over the refundable amount, no permission), :class:`GatewayRefused`
        (the gateway declined: the refund is recorded as failed) or :class:`GatewayError` (no
        answer: the refund stays pending and ``resolve_pending`` settles it).

        ``dry_run``: every check (the payment's lock and the limits included), then the refund as
        it would be recorded (no id); nothing written, not audited, no gateway called.
        """
        reason = (reason or "").strip()
        draft = AuditDraft(
            "refunds.create",
            {"payment": payment_id, "amount_minor": amount_minor, "reason": reason},
            modules=["payments"],
            subject=f"payment:{payment_id}",
        )
        claim = new_claim()
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            actor.require("payments.refund")
            if not reason:
                raise InvalidInput("refund.reason_required", "a refund needs a reason (--reason TEXT)")
            if len(reason) > REASON_MAX:
                raise InvalidInput(
                    "refund.reason_too_long",
                    f"the reason is longer than {REASON_MAX} characters",
                    {"max": REASON_MAX, "length": len(reason)},
                )
            if amount_minor is not None and not 0 < amount_minor <= INT64_MAX:
                raise InvalidInput(
                    "refund.bad_amount",
                    f"the amount must be a positive number of minor units, not {amount_minor}",
                    {"amount_minor": amount_minor},
                )
            payment, platform = self._lock_payment(session, payment_id)
            draft.platforms = [platform]
            actor.require("payments.refund", payment.platform_id, platform)
            totals = self._totals_for(session, [payment.id]).get(payment.id, {})
            remaining = refundable(payment, totals)
            amount = remaining if amount_minor is None else amount_minor
            self._check_refundable(payment, amount, remaining, totals)
            self.gateways.get(payment.gateway)  # not configured: refused before anything is recorded
            limit = self.refund_limit_for(actor, payment.platform_id, payment.currency)
            why = self._approval_needed(session, actor, payment, amount, totals)
            awaiting = why is not None
            now = utcnow()
            refund = Refund(
                payment_id=payment.id,
                amount_minor=amount,
                currency=payment.currency,
                state=(RefundState.AWAITING_APPROVAL if awaiting else RefundState.PENDING).value,
                reason=reason,
                idempotency_key=f"refund-{uuid.uuid4().hex}",
                requested_by=actor.name,
                claimed_by=None if awaiting else claim,
                claimed_until=None if awaiting else now + CLAIM_LEASE,
                attempts=0 if awaiting else 1,
                last_attempt_at=None if awaiting else now,
                created_at=now,
                updated_at=now,
            )
            money = format_amount(amount, payment.currency)
            if dry_run:  # the refund is never added
                return RefundOutcome(
                    refund_info(refund, payment, platform),
                    _would(money, payment, why),
                    dry_run=True,
                )
            session.add(refund)
            session.flush()
            refund_id = refund.id
            draft.request["amount_minor"] = amount
            draft.plan = {
                "refund": refund_id,
                "state": refund.state,
                "amount": money,
                "gateway": payment.gateway,
                "limit": format_amount(limit, payment.currency) if limit is not None else None,
                "approval": why.to_dict() if why else None,
            }
            if why is not None:
                draft.message = (
                    f"refund #{refund_id} of {money} on payment #{payment.id} awaits approval ({why.text})"
                )
            else:
                draft.message = (
                    f"refund #{refund_id} of {money} on payment #{payment.id} recorded; "
                    f"sending to {payment.gateway}"
                )
            info = refund_info(refund, payment, platform)
        if awaiting:
            return RefundOutcome(info, draft.message)
        return self._send(actor, refund_id, claim, payment.id, platform)

    def _lock_payment(self, session: Session, payment_id: int) -> tuple[Payment, str]:
        check_id(payment_id, "a payment id")
        stmt = (
            select(Payment, Platform.code)
            .join(Platform, Platform.id == Payment.platform_id)
            .where(Payment.id == payment_id)
        )
        if session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(of=Payment)
        row = session.execute(stmt).first()
        if row is None:
            raise NotFound("payment.not_found", f"unknown payment #{payment_id}", {"payment": payment_id})
        return row[0], row[1]

    def _check_refundable(
        self, payment: Payment, amount: int, remaining: int, totals: dict[str, int]
    ) -> None:
        cur = payment.currency
        succeeded, pending, awaiting = (
            totals.get(RefundState.SUCCEEDED, 0),
            totals.get(RefundState.PENDING, 0),
            totals.get(RefundState.AWAITING_APPROVAL, 0),
        )
        held = (
            f"captured {format_amount(payment.captured_minor, cur)}, refunded "
            f"{format_amount(succeeded, cur)}, pending {format_amount(pending, cur)}, awaiting approval "
            f"{format_amount(awaiting, cur)}"
        )
        details = {
            "payment": payment.id,
            "amount_minor": amount,
            "remaining_minor": max(remaining, 0),
            "captured_minor": payment.captured_minor,
            "refunded_minor": succeeded,
            "pending_minor": pending,
            "awaiting_approval_minor": awaiting,
            "currency": cur,
        }
        if remaining <= 0:
            raise Refused(
                "refund.nothing_refundable",
                f"payment #{payment.id} has nothing left to refund ({held})",
                details,
            )
        if amount > remaining:
            raise Refused(
                "refund.exceeds_refundable",
                f"cannot refund {format_amount(amount, cur)} of payment #{payment.id}: only "
                f"{format_amount(remaining, cur)} remains refundable ({held})",
                details,
            )

    # -- the support limits ------------------------------------------------------------------------
    def support_limit(self, currency: str) -> int:
        return support_limit(currency, self.limit_setting)

    def refund_limit_for(self, actor: Actor, platform_id: int, currency: str) -> int | None:
        """The most ``actor`` may refund without approval (None: no limit)."""
        if actor.can("payments.refund.approve", platform_id):
            return None
        return self.support_limit(currency)

    def daily_limit_for(self, actor: Actor, platform_id: int, currency: str) -> int | None:
        """The most ``actor`` may refund without approval in 24 hours (None: no such limit)."""
        if actor.can("payments.refund.approve", platform_id):
            return None
        return daily_support_limit(currency, self.daily_limit_setting)

    def _approval_needed(
        self, session: Session, actor: Actor, payment: Payment, amount: int, totals: dict[str, int]
    ) -> ApprovalReason | None:
        """Why this refund must wait for an approver, or None. Under the payment's lock: the payment's
        total (refunded + pending + awaiting approval + this one) against the support limit, then the
        person's last 24 hours in this currency against the daily limit (serialised per person)."""
        cur = payment.currency
        limit = self.refund_limit_for(actor, payment.platform_id, cur)
        if limit is None:
            return None
        total = sum(totals.get(state, 0) for state in HOLDING) + amount
        if total > limit:
            return ApprovalReason("payment_total", limit, total, cur)
        daily = self.daily_limit_for(actor, payment.platform_id, cur)
        if daily is None:
            return None
        _lock_person(session, actor.name)
        today = self._refunded_without_approval(session, actor.name, cur) + amount
        if today > daily:
            return ApprovalReason("daily_total", daily, today, cur)
        return None

    def _refunded_without_approval(self, session: Session, who: str, currency: str) -> int:
        """What ``who`` refunded on their own authority in ``currency`` over the last 24 hours:
        succeeded or pending, not approved by someone else (failed and rejected moved nothing)."""
        total = session.scalar(
            select(func.sum(Refund.amount_minor)).where(
                Refund.requested_by == who,
                Refund.created_at >= utcnow() - DAILY_WINDOW,
                Refund.currency == currency,
                Refund.state.in_((RefundState.SUCCEEDED.value, RefundState.PENDING.value)),
                Refund.approved_by.is_(None),
            )
        )
        return int(total or 0)

    def refund_allowance(self, actor: Actor, payment: PaymentDetail) -> RefundAllowance | None:
        """What the refund dialog tells a limited user before they ask (None: no limit applies)."""
        limit = self.refund_limit_for(actor, payment.platform_id, payment.currency)
        if limit is None:
            return None
        daily = self.daily_limit_for(actor, payment.platform_id, payment.currency)
        today = 0
        if daily is not None:
            with self.db.sessions() as session:
                today = self._refunded_without_approval(session, actor.name, payment.currency)
        held = payment.refunded_minor + payment.pending_minor + payment.awaiting_approval_minor
        return RefundAllowance(payment.currency, limit, held, daily, today)


def _would(money: str, payment: Payment, why: ApprovalReason | None) -> str:
    """What a dry run of a refund request says would happen."""
    if why is not None:
        return (
            f"dry run: a refund of {money} on payment #{payment.id} would await approval ({why.text}); "
            "nothing was written"
        )
    return (
        f"dry run: a refund of {money} on payment #{payment.id} would be recorded and sent to "
        f"{payment.gateway}; nothing was written or sent"
    )
