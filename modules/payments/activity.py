"""What the payments module shows in other modules' views (core/contributions.py): a merchant's
or a store's recent payments, with what was refunded of each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from core.contributions import StoresContext
from core.paging import as_utc
from modules.payments.models import Payment, Refund


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    store: str
    gateway: str
    gateway_payment_id: str | None
    amount_minor: int
    captured_minor: int
    refunded_minor: int  # the refunds that succeeded
    currency: str
    status: str
    created_at: datetime


def recent_payments(context: StoresContext) -> list[PaymentInfo]:
    """The stores' most recent payments, newest first."""
    refunded = (
        select(func.coalesce(func.sum(Refund.amount_minor), 0))
        .where(Refund.payment_id == Payment.id, Refund.state == "succeeded")
        .scalar_subquery()
    )
    rows = context.recent(select(Payment, refunded.label("refunded")), Payment)
    return [
        PaymentInfo(
            p.id,
            context.store_codes.get(p.store_id, "?"),
            p.gateway,
            p.gateway_payment_id,
            p.amount_minor,
            p.captured_minor,
            int(refunded or 0),
            p.currency,
            p.status,
            as_utc(p.created_at),
        )
        for p, refunded in rows
    ]
