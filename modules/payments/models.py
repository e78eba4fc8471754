"""Payments and refunds. Money is an integer in minor units with its ISO 4217 currency."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

import core.models  # noqa: F401 - registers ``platforms``
import modules.tenancy.models  # noqa: F401 - registers ``stores``
from core.db import Base, UTCDateTime, utcnow
from modules.payments.terms import PAYMENT_STATUSES, RefundState  # noqa: F401 - importers of the models find them here too

REFUND_STATE_CHECK = "state IN ('pending', 'succeeded', 'failed', 'awaiting_approval', 'rejected')"


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = (Index("ix_payments_gateway_payment", "gateway", "gateway_payment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"), index=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), index=True)
    gateway: Mapped[str] = mapped_column(String(16))  # stripe | paypal | manual
    gateway_payment_id: Mapped[str | None] = mapped_column(String(120))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    captured_minor: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    status: Mapped[str] = mapped_column(String(24))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, server_default=func.now())
    # Checkout (process_payment): the key the gateway saw, so a retried checkout never charges twice.
    idempotency_key: Mapped[str | None] = mapped_column(String(120), unique=True, index=True)

    refunds: Mapped[list[Refund]] = relationship(back_populates="payment", lazy="raise")


class Refund(Base):
    __tablename__ = "refunds"
    __table_args__ = (
        CheckConstraint(REFUND_STATE_CHECK, name="state"),
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        Index("ix_refunds_state", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    state: Mapped[str] = mapped_column(String(24), default=RefundState.PENDING, server_default="pending")
    reason: Mapped[str | None] = mapped_column(Text)
    idempotency_key: Mapped[str] = mapped_column(String(120), unique=True)
    gateway_refund_id: Mapped[str | None] = mapped_column(String(120))
    requested_by: Mapped[str] = mapped_column(String(120))
    approved_by: Mapped[str | None] = mapped_column(String(120))
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow, server_default=func.now()
    )
    # payments_002: what the gateway said (e.g. "pending" at Stripe for an accepted refund), the
    # approver's decision, and the claim that keeps two consoles from resolving the same refund.
    gateway_status: Mapped[str | None] = mapped_column(String(32))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decision_note: Mapped[str | None] = mapped_column(Text)
    claimed_by: Mapped[str | None] = mapped_column(String(160))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    payment: Mapped[Payment] = relationship(back_populates="refunds", lazy="raise")
