"""Deciding a refund that awaits approval: four eyes, then the money moves.

A user with ``payments.refund.approve`` on the payment's platform — never the requester — approves
it (it is then sent like any other, :mod:`modules.payments.send`) or rejects it (nothing is sent).
The refund is locked with its payment first, as when it was recorded, and what remains refundable
is checked again.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.actor import Actor
from core.db import utcnow
from core.errors import NotFound, PlatformError, Refused
from core.ranges import check_id
from core.services.audit import AuditDraft, audited, outcome_of, write_separately
from modules.payments.claims import CLAIM_LEASE, new_claim
from modules.payments.models import Payment, Refund, RefundState
from modules.payments.money import format_amount
from modules.payments.queries import with_places
from modules.payments.record import RefundRecorder
from modules.payments.results import ApprovalRequest, RefundOutcome, refund_info, refundable


class RefundApprovals(RefundRecorder):
    """A part of :class:`~modules.payments.services.PaymentService`: deciding refunds awaiting approval."""

    def approval_request(self, actor: Actor, refund_id: int) -> ApprovalRequest:
        """What the approver confirms (amount, payment, merchant, requester) before :meth:`approve`.

        Refused when ``actor`` may not decide the refund; such a refusal is audited as
        ``refunds.approve`` (the request was to approve). :meth:`approve` checks it all again.
        """
        draft = AuditDraft("refunds.approve", {"refund": refund_id}, modules=["payments"])
        try:
            actor.require("payments.refund.approve")
            with self.db.sessions() as session:
                row = session.execute(
                    with_places(Refund, Payment)
                    .join(Refund, Refund.payment_id == Payment.id)
                    .where(Refund.id == refund_id)
                ).first()
            if row is None:
                raise NotFound("refund.not_found", f"unknown refund #{refund_id}", {"refund": refund_id})
            refund, payment, platform, store, store_name, merchant, merchant_name = row
            self._check_decidable(actor, draft, refund, payment, platform)
        except PlatformError as exc:
            write_separately(self.db, actor, draft, outcome_of(exc), exc)
            raise
        return ApprovalRequest(
            refund_info(refund, payment, platform), store, store_name, merchant, merchant_name
        )

    def approve(self, actor: Actor, refund_id: int, *, dry_run: bool = False) -> RefundOutcome:
        """Approve a refund awaiting approval, then send it like any other. ``dry_run``: every
        check (the locks' reads included), then what would happen; nothing written or sent, not
        audited."""
        draft = AuditDraft("refunds.approve", {"refund": refund_id}, modules=["payments"])
        claim = new_claim()
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            actor.require("payments.refund.approve")
            refund, payment, platform = self._lock_refund(session, refund_id)
            self._check_decidable(actor, draft, refund, payment, platform)
            # Everything else the payment holds; this refund's own amount is what is being decided.
            totals = self._totals_for(session, [payment.id], without=refund.id).get(payment.id, {})
            self._check_refundable(payment, refund.amount_minor, refundable(payment, totals), totals)
            self.gateways.get(payment.gateway)
            if dry_run:
                return self._decision_preview(session, refund, payment, platform, "approved and sent to")
            now = utcnow()
            refund.state = RefundState.PENDING.value
            refund.approved_by = actor.name
            refund.decided_at = now
            refund.claimed_by = claim
            refund.claimed_until = now + CLAIM_LEASE
            refund.attempts = 1
            refund.last_attempt_at = now
            money = format_amount(refund.amount_minor, refund.currency)
            draft.message = (
                f"refund #{refund_id} of {money} requested by {refund.requested_by} approved; sending"
            )
            draft.plan = {"refund": refund_id, "amount": money, "requested_by": refund.requested_by}
        return self._send(actor, refund_id, claim, payment.id, platform)

    def reject(
        self, actor: Actor, refund_id: int, note: str | None = None, *, dry_run: bool = False
    ) -> RefundOutcome:
        """Reject a refund awaiting approval (nothing is sent). ``dry_run``: as :meth:`approve`'s."""
        draft = AuditDraft("refunds.reject", {"refund": refund_id, "note": note}, modules=["payments"])
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            actor.require("payments.refund.approve")
            refund, payment, platform = self._lock_refund(session, refund_id)
            self._check_decidable(actor, draft, refund, payment, platform)
            if dry_run:
                return self._decision_preview(session, refund, payment, platform, "rejected")
            refund.state = RefundState.REJECTED.value
            refund.approved_by = actor.name
            refund.decided_at = utcnow()
            refund.decision_note = (note or "").strip() or None
            money = format_amount(refund.amount_minor, refund.currency)
            draft.message = f"refund #{refund_id} of {money} requested by {refund.requested_by} rejected"
            session.flush()
            info = refund_info(refund, payment, platform)
        return RefundOutcome(info, draft.message)

    def _decision_preview(
        self, session: Session, refund: Refund, payment: Payment, platform: str, what: str
    ) -> RefundOutcome:
        """A dry run's outcome: the refund as it stands, and what the decision would do."""
        info = refund_info(refund, payment, platform)
        session.rollback()  # the read session's locks go; nothing was changed
        where = f" {payment.gateway}" if what.endswith(" to") else ""
        message = (
            f"dry run: refund #{refund.id} of {info.amount} requested by {refund.requested_by} would be "
            f"{what}{where}; nothing was written or sent"
        )
        return RefundOutcome(info, message, dry_run=True)

    def _check_decidable(
        self, actor: Actor, draft: AuditDraft, refund: Refund, payment: Payment, platform: str
    ) -> None:
        """May ``actor`` decide ``refund`` (awaiting approval, on their platform, not their own)?"""
        draft.platforms, draft.subject = [platform], f"payment:{payment.id}"
        actor.require("payments.refund.approve", payment.platform_id, platform)
        if refund.state != RefundState.AWAITING_APPROVAL.value:
            raise Refused(
                "refund.not_awaiting_approval",
                f"refund #{refund.id} is {refund.state}, not awaiting approval",
                {"refund": refund.id, "state": refund.state},
            )
        if refund.requested_by == actor.name:
            raise Refused(
                "refund.self_approval",
                f"refund #{refund.id} was requested by {actor.name}: another approver must decide it",
                {"refund": refund.id},
            )

    def _lock_refund(self, session: Session, refund_id: int) -> tuple[Refund, Payment, str]:
        """The refund and its payment, locked in the order :meth:`create_refund` locks them."""
        check_id(refund_id, "a refund id")
        payment_id = session.scalar(select(Refund.payment_id).where(Refund.id == refund_id))
        if payment_id is None:
            raise NotFound("refund.not_found", f"unknown refund #{refund_id}", {"refund": refund_id})
        payment, platform = self._lock_payment(session, payment_id)  # payment first, like create
        stmt = select(Refund).where(Refund.id == refund_id)
        if session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update()
        refund = session.scalars(stmt).one()
        return refund, payment, platform
