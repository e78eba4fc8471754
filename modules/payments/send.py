"""Sending a recorded refund to its gateway, once.

The refund was recorded as ``pending`` with a fresh idempotency key and our claim
(:mod:`modules.payments.record`); it goes to the gateway with that key and the refund's local
reference in the gateway's metadata, then is settled with the answer (:mod:`modules.payments.settle`).
The gateway's refusal settles it as failed; no answer leaves it pending, for
:mod:`modules.payments.recover` to send again with the same key.
"""

from __future__ import annotations

from core.actor import Actor
from core.errors import PlatformError
from modules.payments.gateways import GatewayError, GatewayRefused
from modules.payments.models import RefundState
from modules.payments.results import RefundOutcome, payment_ref, refund_ref
from modules.payments.settle import RefundSettler, send_draft


class RefundSender(RefundSettler):
    """A part of :class:`~modules.payments.services.PaymentService`: the first send of a refund."""

    def _send(
        self, actor: Actor, refund_id: int, claim: str, payment_id: int, platform: str
    ) -> RefundOutcome:
        """Send a claimed pending refund with its key, then settle it. Raises what the gateway said."""
        try:
            row = self._refs(refund_id)
        except Exception as exc:  # the database went away between recording and sending
            plan = {"state": RefundState.PENDING.value, "sent": False}
            draft = send_draft("refunds.send", refund_id, payment_id, platform, plan)
            what = f"refund #{refund_id} was recorded, but the database failed before it was sent"
            raise self._interrupted(actor, draft, refund_id, claim, what, exc) from exc
        refund, payment = row.refund, row.payment
        try:
            gateway = self.gateways.get(payment.gateway)
            result = gateway.refund(payment_ref(payment), refund_ref(refund), refund.idempotency_key)
        except GatewayError as exc:
            definite = isinstance(exc, GatewayRefused) or (refund.attempts <= 1 and not exc.outcome_unknown)
            self._settle_error(actor, row, claim, exc, definite=definite)
            raise self._with_refund(exc, refund_id, definite) from None
        except Exception as exc:
            error = PlatformError(
                "unexpected", f"unexpected error while sending: {type(exc).__name__}: {exc}"
            )
            self._settle_error(actor, row, claim, error, definite=False)
            raise
        info, message = self._settle(actor, row, claim, result, "refunds.send")
        return RefundOutcome(info, message)

    def _with_refund(self, exc: GatewayError, refund_id: int, definite: bool) -> GatewayError:
        state = RefundState.FAILED.value if definite else RefundState.PENDING.value
        suffix = (
            f" Refund #{refund_id} is recorded as failed; nothing was refunded."
            if definite
            else f" Refund #{refund_id} stays pending (`platformctl refunds resolve-pending` settles it)."
        )
        if exc.message.endswith(suffix):
            return exc
        out = type(exc)(
            exc.code,
            exc.message + suffix,
            {**(exc.details or {}), "refund": refund_id, "state": state},
            gateway=exc.gateway,
            gateway_code=exc.gateway_code,
            retry_after=exc.retry_after,
            outcome_unknown=exc.outcome_unknown,
        )
        return out
