"""The manual gateway: money moved by hand, recorded by the console, sent nowhere."""

from __future__ import annotations

from datetime import timedelta

from modules.payments.gateways.refs import GatewayPaymentResult, GatewayRefundResult, PaymentRef, RefundRef
from modules.payments.money import normalize_currency


class ManualGateway:
    """Money moved by hand (a bank transfer): the console records it; nothing is sent anywhere."""

    name = "manual"
    replay_window = timedelta(days=36500)

    def refund(self, payment: PaymentRef, refund: RefundRef, idempotency_key: str) -> GatewayRefundResult:
        return GatewayRefundResult(
            gateway_refund_id=f"manual-{refund.id}",
            status="recorded",
            accepted=True,
            amount_minor=refund.amount_minor,
            currency=refund.currency,
        )

    def find_refund_by_local_id(self, payment: PaymentRef, refund: RefundRef) -> GatewayRefundResult | None:
        return self.refund(payment, refund, refund.local_ref)

    def process_payment(
        self, amount_minor: int, currency: str, payment_method_id: str, idempotency_key: str
    ) -> GatewayPaymentResult:
        return GatewayPaymentResult(
            gateway_payment_id=f"MAN-{idempotency_key[-12:].upper()}",
            status="awaiting_funds",
            amount_minor=amount_minor,
            currency=normalize_currency(currency),
            captured_minor=0,
            gateway_status="awaiting_funds",
        )
