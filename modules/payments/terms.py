"""The words of payments that every part shares (the tables, the services, the console and
``platformctl``'s choices), without SQLAlchemy: ``platformctl --help`` and completion read them."""

from __future__ import annotations

from enum import StrEnum


class RefundState(StrEnum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    AWAITING_APPROVAL = "awaiting_approval"
    REJECTED = "rejected"


# A payment's status, as the gateways report it (manual: awaiting_funds until the money arrives).
PAYMENT_STATUSES = ("captured", "awaiting_funds", "processing", "requires_action", "failed")
