"""What a gateway is given (plain copies of a payment's and a refund's rows) and what it gives back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PaymentRef:
    """What a gateway needs of a payment (a plain copy of the row, safe across threads)."""

    id: int
    gateway: str
    gateway_payment_id: str | None
    currency: str
    amount_minor: int
    captured_minor: int


@dataclass(frozen=True)
class RefundRef:
    """What a gateway needs of a refund. ``local_ref`` is unique across databases (the key)."""

    id: int
    amount_minor: int
    currency: str
    reason: str | None
    local_ref: str
    created_at: datetime
    gateway_refund_id: str | None = None


@dataclass(frozen=True)
class GatewayRefundResult:
    gateway_refund_id: str
    status: str  # the gateway's own word: succeeded, pending, COMPLETED, recorded ...
    accepted: bool  # the gateway took the refund (done or on its way); False: it failed there
    amount_minor: int | None = None
    currency: str | None = None
    replayed: bool = False  # an idempotent replay of an earlier answer
    message: str | None = None  # why it failed, when it did


@dataclass(frozen=True)
class GatewayPaymentResult:
    gateway_payment_id: str
    status: str  # captured | processing | requires_action | awaiting_funds
    amount_minor: int
    currency: str
    captured_minor: int
    gateway_status: str = ""
    replayed: bool = False
