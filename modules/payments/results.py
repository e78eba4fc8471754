"""What the payments service returns: plain, frozen copies of the rows, safe across threads.

:class:`PaymentSummary` (a list row), :class:`PaymentDetail` (a payment with its refunds),
:class:`RefundInfo`, what a refund request or decision comes back as (:class:`RefundOutcome`,
:class:`ApprovalRequest`), what crash recovery reports (:class:`ResolveReport`), and the
functions that copy the ORM rows into them and into what a gateway is given.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from modules.payments.gateways import PaymentRef, RefundRef
from modules.payments.models import Payment, Refund, RefundState
from modules.payments.money import format_amount

# The states that hold part of a payment's captured amount: what is refunded, being sent, or waiting
# for an approver. Failed and rejected refunds hold nothing.
HOLDING = (RefundState.SUCCEEDED.value, RefundState.PENDING.value, RefundState.AWAITING_APPROVAL.value)


def refundable(payment: Payment, totals: dict[str, int]) -> int:
    """captured - succeeded - pending - awaiting approval (may be negative for old data)."""
    return payment.captured_minor - sum(totals.get(state, 0) for state in HOLDING)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True)
class RefundInfo:
    id: int  # None in a dry run's outcome: the refund was never written
    payment_id: int
    platform: str
    gateway: str
    amount_minor: int
    currency: str
    state: str
    reason: str | None
    gateway_refund_id: str | None
    gateway_status: str | None
    requested_by: str
    approved_by: str | None
    decided_at: datetime | None
    decision_note: str | None
    error_code: str | None
    error_message: str | None
    attempts: int
    created_at: datetime
    updated_at: datetime

    @property
    def amount(self) -> str:
        return format_amount(self.amount_minor, self.currency)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            amount=self.amount,
            created_at=_iso(self.created_at),
            updated_at=_iso(self.updated_at),
            decided_at=_iso(self.decided_at),
        )
        return data


class _PaymentAmounts:
    """What a payment's summary and its detail compute from their amounts (both dataclasses)."""

    currency: str
    amount_minor: int
    captured_minor: int
    refunded_minor: int  # succeeded refunds
    pending_minor: int  # sent or being sent, outcome not known yet
    awaiting_approval_minor: int  # requested above a limit, nothing sent until approved
    created_at: datetime

    @property
    def remaining_minor(self) -> int:
        """What may still be refunded: captured - succeeded - pending - awaiting approval."""
        held = self.refunded_minor + self.pending_minor + self.awaiting_approval_minor
        return max(0, self.captured_minor - held)

    def money(self, minor: int) -> str:
        return format_amount(minor, self.currency)

    def _amounts_dict(self, data: dict[str, Any]) -> dict[str, Any]:
        data.update(
            created_at=_iso(self.created_at),
            remaining_minor=self.remaining_minor,
            amount=self.money(self.amount_minor),
            captured=self.money(self.captured_minor),
            refunded=self.money(self.refunded_minor),
            pending=self.money(self.pending_minor),
            awaiting_approval=self.money(self.awaiting_approval_minor),
            remaining=self.money(self.remaining_minor),
        )
        return data


@dataclass(frozen=True)
class PaymentSummary(_PaymentAmounts):
    id: int
    platform: str
    store: str
    merchant: str
    gateway: str
    gateway_payment_id: str | None
    amount_minor: int
    currency: str
    captured_minor: int
    refunded_minor: int
    pending_minor: int
    awaiting_approval_minor: int
    status: str
    created_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return self._amounts_dict(asdict(self))


@dataclass(frozen=True)
class PaymentDetail(_PaymentAmounts):
    id: int
    platform_id: int
    platform: str
    store: str
    store_name: str
    merchant: str
    merchant_name: str
    gateway: str
    gateway_payment_id: str | None
    amount_minor: int
    currency: str
    captured_minor: int
    refunded_minor: int  # succeeded refunds
    pending_minor: int  # sent or being sent, outcome not known yet
    awaiting_approval_minor: int
    status: str
    created_at: datetime
    refunds: tuple[RefundInfo, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = self._amounts_dict({k: v for k, v in asdict(self).items() if k != "refunds"})
        data["refunds"] = [r.to_dict() for r in self.refunds]
        return data


@dataclass(frozen=True)
class ApprovalRequest:
    """What an approver sees and confirms before the money moves."""

    refund: RefundInfo
    store: str
    store_name: str
    merchant: str
    merchant_name: str

    @property
    def question(self) -> str:
        r = self.refund
        return (
            f"approve refund #{r.id} of {r.amount} on payment #{r.payment_id} (merchant {self.merchant} "
            f"{self.merchant_name}, requested by {r.requested_by}) and send it to {r.gateway}"
        )

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if k != "refund"}
        return {**data, "refund": self.refund.to_dict(), "question": self.question}


@dataclass(frozen=True)
class RefundOutcome:
    """A refund request or decision; ``dry_run``: what would happen (the refund has no id yet)."""

    refund: RefundInfo
    message: str
    dry_run: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"refund": self.refund.to_dict(), "message": self.message, "dry_run": self.dry_run}


@dataclass(frozen=True)
class Resolution:
    refund_id: int
    outcome: str  # succeeded | failed | pending | skipped
    how: str  # resent | matched | resent_after_lookup | not_configured | error
    message: str
    error_code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ResolveReport:
    resolved: list[Resolution] = field(default_factory=list)
    busy: int = 0  # pending refunds another console (or a live process) is sending right now

    @property
    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.resolved:
            out[r.outcome] = out.get(r.outcome, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"resolved": [r.to_dict() for r in self.resolved], "counts": self.counts, "busy": self.busy}


@dataclass(frozen=True)
class PaymentFilter:
    gateway: str | None = None
    merchant: str | None = None  # merchant code
    store: str | None = None  # store code
    status: str | None = None
    platform: str | None = None  # platform code
    refund_state: str | None = None  # payments with at least one refund in this state
    limit: int = 50
    before_id: int | None = None  # keyset paging, newest first
    after_id: int | None = None  # the page before (returned newest first too)


# -- copies of the rows ---------------------------------------------------------------------------
def summary_of(
    p: Payment, platform: str, store: str, merchant: str, totals: dict[str, int]
) -> PaymentSummary:
    """``totals``: the refunded amounts of the payment by refund state (``_totals_for``)."""
    return PaymentSummary(
        p.id,
        platform,
        store,
        merchant,
        p.gateway,
        p.gateway_payment_id,
        p.amount_minor,
        p.currency,
        p.captured_minor,
        totals.get(RefundState.SUCCEEDED, 0),
        totals.get(RefundState.PENDING, 0),
        totals.get(RefundState.AWAITING_APPROVAL, 0),
        p.status,
        p.created_at,
    )


def payment_ref(p: Payment) -> PaymentRef:
    return PaymentRef(p.id, p.gateway, p.gateway_payment_id, p.currency, p.amount_minor, p.captured_minor)


def refund_ref(r: Refund) -> RefundRef:
    return RefundRef(
        r.id, r.amount_minor, r.currency, r.reason, r.idempotency_key, r.created_at, r.gateway_refund_id
    )


def refund_info(r: Refund, p: Payment, platform: str) -> RefundInfo:
    return RefundInfo(
        r.id,
        r.payment_id,
        platform,
        p.gateway,
        r.amount_minor,
        r.currency,
        r.state,
        r.reason,
        r.gateway_refund_id,
        r.gateway_status,
        r.requested_by,
        r.approved_by,
        r.decided_at,
        r.decision_note,
        r.error_code,
        r.error_message,
        r.attempts or 0,
        r.created_at,
        r.updated_at,
    )
