"""Payments and refunds: :class:`PaymentService`, assembled from one part per thing it does.

A refund never happens twice:

1. **Record** (:mod:`.record`): in one transaction the payment row is locked, the remaining
   refundable amount (captured - succeeded - pending - awaiting approval) is computed under that
   lock, and the refund is inserted as ``pending`` with a fresh idempotency key and a claim (who is
   sending it, until when, :mod:`.claims`). Of two concurrent refunds that together exceed the
   payment, exactly one passes.
2. **Send** (:mod:`.send`) to the gateway with that key and the refund's local reference in the
   gateway's metadata.
3. **Settle** (:mod:`.settle`): ``succeeded`` (with the gateway's refund id and status) or
   ``failed`` (with the code and message) — or, when the gateway's answer never came (timeout,
   connection lost, 5xx), the refund stays ``pending`` with its claim released.

:meth:`PaymentService.resolve_pending` (:mod:`.recover`, at console start-up and ``platformctl
refunds resolve-pending``) settles refunds left pending by a lost answer or a crash, claiming them
first so two consoles never resolve the same one, and sending them again with the same key.

Limits (:mod:`.limits`): whoever lacks ``payments.refund.approve`` on the payment's platform
(support staff) refunds up to the support limit (``PLATFORM_REFUND_LIMIT_SUPPORT``, see
:func:`support_limit`); above it the refund is recorded as ``awaiting_approval`` and nothing is
sent until a user with ``payments.refund.approve`` approves it (never the requester: four eyes) or
rejects it (:mod:`.approve`).

Reading (:mod:`.queries`) and checkout (:mod:`.checkout`) are parts of the service too; what it
returns is in :mod:`.results`.

Audit (one entry per request): ``refunds.create`` (in the transaction that records the refund, or
after the rollback when refused), ``refunds.send`` (the gateway's outcome, in the transaction that
settles the refund), ``refunds.approve`` / ``refunds.reject``, and ``refunds.resolve_pending`` (one
entry per run that claimed anything, listing each refund's outcome).

This module also re-exports the names the console, the CLI and the tests use.
"""

from __future__ import annotations

import logging

from core.actor import Actor
from core.db import Database
from modules.payments.approve import RefundApprovals
from modules.payments.checkout import Checkout
from modules.payments.claims import CLAIM_LEASE, claim_is_free, new_claim
from modules.payments.gateways import GatewayService
from modules.payments.limits import (
    DAILY_WINDOW,
    ApprovalReason,
    RefundAllowance,
    daily_support_limit,
    parse_limit,
    support_limit,
)
from modules.payments.queries import MAX_PAGE, check_refund_state
from modules.payments.record import REASON_MAX
from modules.payments.recover import PendingResolver
from modules.payments.results import (
    HOLDING,
    ApprovalRequest,
    PaymentDetail,
    PaymentFilter,
    PaymentSummary,
    RefundInfo,
    RefundOutcome,
    Resolution,
    ResolveReport,
)

__all__ = [
    "CLAIM_LEASE",
    "DAILY_WINDOW",
    "HOLDING",
    "MAX_PAGE",
    "REASON_MAX",
    "ApprovalReason",
    "ApprovalRequest",
    "PaymentDetail",
    "PaymentFilter",
    "PaymentService",
    "PaymentSummary",
    "RefundAllowance",
    "RefundInfo",
    "RefundOutcome",
    "Resolution",
    "ResolveReport",
    "check_refund_state",
    "claim_is_free",
    "daily_support_limit",
    "new_claim",
    "parse_limit",
    "resolve_pending_on_startup",
    "support_limit",
]

log = logging.getLogger(__name__)


class PaymentService(RefundApprovals, PendingResolver, Checkout):
    """Payments and their refunds: read (:mod:`.queries`), refund (:mod:`.record`, :mod:`.send`,
    :mod:`.settle`), approve (:mod:`.approve`), recover (:mod:`.recover`) and take payments
    (:mod:`.checkout`). ``PaymentService(db, gateways=None, *, limit_setting=None,
    daily_limit_setting=None)``: the gateways and the support limits default to the settings."""


def resolve_pending_on_startup(
    db: Database, actor: Actor | None = None, gateways: GatewayService | None = None
) -> ResolveReport | None:
    """What the console runs at start-up (off the GUI thread): settle refunds a crash left pending.

    Never raises: a database without the payments tables, or an unreachable gateway, is logged
    and the console starts anyway. ``actor`` defaults to ``system:console-startup``.
    """
    try:
        return PaymentService(db, gateways).resolve_pending(actor or Actor.system("system:console-startup"))
    except Exception:
        log.warning("could not resolve pending refunds at start-up", exc_info=True)
        return None
