"""Settling a sent refund: recording what the gateway answered, under the sender's claim.

``succeeded`` (with the gateway's refund id and status) or ``failed`` (with the code and message)
— or, when the gateway's answer never came (timeout, connection lost, 5xx), the refund stays
``pending`` with its claim released, for :mod:`modules.payments.recover`. A refund is settled only
while it is still pending under our claim: whoever settled it first wins. When the database fails
while recording the answer, the refund stays pending too (``refund.interrupted``) and what happened
is audited on its own.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from core.actor import Actor
from core.db import utcnow
from core.errors import PlatformError, Refused
from core.services.audit import AuditDraft, write_entry, write_separately
from modules.payments.gateways import GatewayRefundResult
from modules.payments.models import Refund, RefundState
from modules.payments.money import format_amount
from modules.payments.queries import PaymentReader, RefundRow
from modules.payments.results import RefundInfo, refund_info

log = logging.getLogger(__name__)


def send_draft(
    action: str,
    refund_id: int,
    payment_id: int,
    platform: str,
    plan: dict[str, Any],
    message: str | None = None,
) -> AuditDraft:
    """The audit entry of one send (``refunds.send``) or resend (``refunds.resolve``) of a refund."""
    return AuditDraft(
        action,
        {"refund": refund_id, "payment": payment_id},
        platforms=[platform],
        modules=["payments"],
        subject=f"payment:{payment_id}",
        plan=plan,
        message=message,
    )


def _released(**values: Any) -> dict[str, Any]:
    """``values`` for a settled refund, with its claim given back."""
    return {**values, "claimed_by": None, "claimed_until": None, "updated_at": utcnow()}


class RefundSettler(PaymentReader):
    """A part of :class:`~modules.payments.services.PaymentService`: recording a gateway's answer."""

    def _settle(
        self,
        actor: Actor,
        row: RefundRow,
        claim: str,
        result: GatewayRefundResult,
        action: str,
        *,
        how: str = "sent",
        audit: bool = True,
    ) -> tuple[RefundInfo, str]:
        """Record the gateway's answer: succeeded, or failed at the gateway."""
        refund, payment, platform = row
        state = RefundState.SUCCEEDED if result.accepted else RefundState.FAILED
        money = format_amount(refund.amount_minor, refund.currency)
        if result.accepted:
            message = (
                f"refund #{refund.id} of {money} succeeded at {payment.gateway} "
                f"(refund {result.gateway_refund_id}, status {result.status})"
            )
        else:
            message = (
                f"refund #{refund.id} of {money} failed at {payment.gateway}: "
                f"{result.message or result.status} (refund {result.gateway_refund_id})"
            )
        if result.amount_minor is not None and result.amount_minor != refund.amount_minor:
            log.warning(
                "refund #%s: the gateway reports %s, %s was asked",
                refund.id,
                result.amount_minor,
                refund.amount_minor,
            )
        values = _released(
            state=state.value,
            gateway_refund_id=result.gateway_refund_id,
            gateway_status=result.status[:32],
            error_code=None if result.accepted else "gateway.refund_failed",
            error_message=None if result.accepted else (result.message or result.status),
        )
        plan = {
            "state": state.value,
            "gateway": payment.gateway,
            "gateway_refund_id": result.gateway_refund_id,
            "gateway_status": result.status,
            "replayed": result.replayed,
            "how": how,
        }
        draft = send_draft(action, refund.id, payment.id, platform, plan, message)
        outcome = "succeeded" if result.accepted else "failed"
        error = None if result.accepted else PlatformError("gateway.refund_failed", message)
        self._record(actor, refund.id, claim, values, draft if audit else None, outcome, error, message)
        try:
            return self._current(refund.id), message
        except Exception:  # recorded; only reading it back failed
            log.warning("refund #%s: settled, but could not be read back", refund.id, exc_info=True)
            known = {k: v for k, v in values.items() if k in RefundInfo.__dataclass_fields__}
            return replace(refund_info(refund, payment, platform), **known), message

    def _settle_error(
        self,
        actor: Actor,
        row: RefundRow,
        claim: str,
        exc: PlatformError,
        *,
        definite: bool,
        audit: bool = True,
    ) -> None:
        """Record a failed send: ``definite``, the refund failed; else it stays pending."""
        refund, payment, platform = row
        values = _released(error_code=exc.code[:64], error_message=exc.message)
        if definite:
            values["state"] = RefundState.FAILED.value
        plan = {
            "state": RefundState.FAILED.value if definite else RefundState.PENDING.value,
            "gateway": payment.gateway,
            "details": exc.details,
        }
        draft = send_draft("refunds.send", refund.id, payment.id, platform, plan)
        outcome = "refused" if isinstance(exc, Refused) else "failed"
        what = f"refund #{refund.id}: {payment.gateway} answered {exc.code} ({exc.message})"
        self._record(actor, refund.id, claim, values, draft if audit else None, outcome, exc, what)

    def _record(
        self,
        actor: Actor,
        refund_id: int,
        claim: str,
        values: dict[str, Any],
        draft: AuditDraft | None,
        outcome: str,
        error: PlatformError | None,
        what: str,
    ) -> None:
        """Write ``values`` to the refund still pending under ``claim`` and, if it was, the audit
        entry ``draft`` in the same transaction; ``what`` happened, for when the database fails."""
        try:
            with self.db.transaction() as session:
                done = self._update_claimed(session, refund_id, claim, values)
                if done and draft is not None:
                    write_entry(session, actor, draft, outcome, error)
        except Exception as exc:
            what = f"{what}, but the database failed while recording it"
            raise self._interrupted(actor, draft, refund_id, claim, what, exc) from exc

    def _interrupted(
        self, actor: Actor, draft: AuditDraft | None, refund_id: int, claim: str, what: str, exc: Exception
    ) -> PlatformError:
        """The database failed (a connection lost) after the refund was recorded as pending: it stays
        pending for ``resolve_pending``, which asks the gateway with the same key; its claim is
        released if the database can be reached again, and what happened is audited on its own."""
        log.error("refund #%s: %s", refund_id, what, exc_info=exc)
        error = PlatformError(
            "refund.interrupted",
            f"{what} ({type(exc).__name__}); refund #{refund_id} stays pending until "
            "`platformctl refunds resolve-pending` settles it",
            {"refund": refund_id, "state": RefundState.PENDING.value},
        )
        try:
            self._release(refund_id, claim)
        except Exception:
            log.warning(
                "refund #%s: could not release its claim (its lease ends it)", refund_id, exc_info=True
            )
        if draft is not None:
            write_separately(self.db, actor, draft, "failed", error)
        return error

    def _update_claimed(self, session: Session, refund_id: int, claim: str, values: dict[str, Any]) -> bool:
        """Settle only a refund still pending under our claim (else someone else settled it)."""
        result = session.execute(
            update(Refund)
            .where(
                Refund.id == refund_id,
                Refund.state == RefundState.PENDING.value,
                Refund.claimed_by == claim,
            )
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            log.warning("refund #%s was settled by someone else meanwhile", refund_id)
            return False
        return True

    def _release(self, refund_id: int, claim: str) -> None:
        with self.db.transaction() as session:
            session.execute(
                update(Refund)
                .where(Refund.id == refund_id, Refund.claimed_by == claim)
                .values(claimed_by=None, claimed_until=None)
                .execution_options(synchronize_session=False)
            )
