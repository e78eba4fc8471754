"""What every gateway gets and gives, and the :class:`Gateway` protocol they all implement.

Every gateway offers the same three calls (:class:`Gateway`):

* ``refund(payment, refund, idempotency_key)`` — sends a refund with the refund's idempotency key
  (Stripe ``Idempotency-Key``, PayPal ``PayPal-Request-Id``) and its local reference in the
  gateway's metadata (Stripe ``metadata.local_refund_ref``, PayPal ``custom_id``), so the same call
  repeated never refunds twice and an old refund can be found again;
* ``find_refund_by_local_id(payment, refund)`` — recovery: the gateway's refund carrying the
  local reference, or None (Stripe lists the payment intent's refunds; PayPal reads the refund by
  id, or searches the capture's refund transactions for the ``custom_id``);
* ``process_payment(amount_minor, currency, payment_method_id, idempotency_key)`` — checkout.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Protocol

from modules.payments.gateways.refs import GatewayPaymentResult, GatewayRefundResult, PaymentRef, RefundRef

GATEWAY_NAMES = ("stripe", "paypal", "manual")
DEFAULT_TIMEOUT = 30.0
LABELS = {"stripe": "Stripe", "paypal": "PayPal", "manual": "the manual gateway"}


class Gateway(Protocol):
    name: str
    # Within this time after the first send, sending again with the same key replays the answer.
    replay_window: timedelta

    def refund(self, payment: PaymentRef, refund: RefundRef, idempotency_key: str) -> GatewayRefundResult: ...

    def find_refund_by_local_id(
        self, payment: PaymentRef, refund: RefundRef
    ) -> GatewayRefundResult | None: ...

    def process_payment(
        self, amount_minor: int, currency: str, payment_method_id: str, idempotency_key: str
    ) -> GatewayPaymentResult: ...
