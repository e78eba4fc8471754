"""Payments and refunds: reading, refunding through the gateways, approval, crash recovery, checkout.

A refund never happens twice (DESIGN.md, Pitfalls):

1. **Record.** In one transaction the payment row is locked (PostgreSQL ``SELECT ... FOR UPDATE``;
   SQLite's ``BEGIN IMMEDIATE`` already holds the write lock), the remaining refundable amount
   (captured - succeeded - pending) is computed under that lock, and the refund is inserted as
   ``pending`` with a fresh idempotency key and a claim (who is sending it, until when). Of two
   concurrent refunds that together exceed the payment, exactly one passes.
2. **Send** to the gateway with that key and the refund's local reference in the gateway's metadata.
3. **Settle**: ``succeeded`` (with the gateway's refund id and status) or ``failed`` (with the code
   and message) — or, when the gateway's answer never came (timeout, connection lost, 5xx), the
   refund stays ``pending`` with its claim released.

:meth:`PaymentService.resolve_pending` (at console start-up and ``platformctl refunds
resolve-pending``) settles refunds left pending by a lost answer or a crash. It first *claims*
them, so two consoles never resolve the same one: PostgreSQL ``SELECT ... FOR UPDATE SKIP LOCKED``
plus a conditional ``UPDATE`` of the claim columns; SQLite the same conditional ``UPDATE`` inside
``BEGIN IMMEDIATE``. A claim is free when it expired, or when it was taken by a process of this
machine that no longer runs (a console killed mid-send). Then, within the gateway's replay window
(Stripe: 24 hours after the first send) the refund is sent again with the same key — the gateway
replays its first answer or, if the first request never arrived, makes the refund once; later, the
gateway's refunds are searched for the local reference first and the refund is only sent again
when none carries it.

Limits: whoever lacks ``payments.refund.approve`` on the payment's platform (support staff) refunds
up to the support limit (``PLATFORM_REFUND_LIMIT_SUPPORT``, see :func:`support_limit`); above it
the refund is recorded as ``awaiting_approval`` and nothing is sent until a user with
``payments.refund.approve`` approves it (never the requester: four eyes) or rejects it.

Audit (one entry per request): ``refunds.create`` (in the transaction that records the refund, or
after the rollback when refused), ``refunds.send`` (the gateway's outcome, in the transaction that
settles the refund), ``refunds.approve`` / ``refunds.reject``, and ``refunds.resolve_pending`` (one
entry per run that claimed anything, listing each refund's outcome).
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.actor import Actor
from core.db import Database, utcnow
from core.errors import InvalidInput, NotFound, PlatformError, Refused
from core.models import Platform, PlatformModule
from core.ranges import INT64_MAX, check_id, check_optional_id
from core.search import LIKE_ESCAPE, like_escape
from core.services.audit import AuditDraft, audited, outcome_of, write_entry, write_separately
from modules.payments.gateways import (
    GatewayError,
    GatewayRefundResult,
    GatewayRefused,
    GatewayService,
    PaymentRef,
    RefundRef,
)
from modules.payments.models import Payment, Refund, RefundState
from modules.payments.money import format_amount, normalize_currency
from modules.tenancy.models import Merchant, Store, with_store_codes

log = logging.getLogger(__name__)

CLAIM_LEASE = timedelta(minutes=15)  # longer than any gateway call with its retries
MAX_PAGE = 1000
REASON_MAX = 1000
# The states that hold part of a payment's captured amount: what is refunded, being sent, or waiting
# for an approver. Failed and rejected refunds hold nothing.
HOLDING = (RefundState.SUCCEEDED.value, RefundState.PENDING.value, RefundState.AWAITING_APPROVAL.value)
DAILY_WINDOW = timedelta(hours=24)  # the per-person daily limit: a rolling window, not a calendar day


# -- the support limit ----------------------------------------------------------------------------
def parse_limit(
    raw: int | str, variable: str = "PLATFORM_REFUND_LIMIT_SUPPORT"
) -> tuple[int | None, dict[str, int]]:
    """``10000`` or ``"EUR:10000,JPY:15000"`` or ``"10000,JPY:15000"`` -> (default, per currency)."""
    if isinstance(raw, int) and raw >= 0:
        return raw, {}
    default: int | None = None
    per: dict[str, int] = {}
    for part in str(raw).replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        cur, sep, value = part.rpartition(":")
        try:
            amount = int(value.strip().replace("_", ""))
            if amount < 0:
                raise ValueError
            if not sep or cur.strip() == "*":
                default = amount
            else:
                per[normalize_currency(cur)] = amount
        except (ValueError, PlatformError):
            raise InvalidInput(
                "settings.bad_refund_limit",
                f"{variable}={raw!r}: write minor units, e.g. 10000, or per currency "
                "EUR:10000,JPY:15000 (a bare number is the default for other currencies)",
                {"value": str(raw)},
            ) from None
    return default, per


def support_limit(currency: str, setting: int | str | None = None) -> int:
    """The most support staff may have refunded or requested on one payment in ``currency`` without
    approval, in that currency's minor units (the payment's total, this refund included).

    A bare number is the same number of minor units in every currency (10000: EUR 100.00, JPY
    10,000, KWD 10.000); ``CUR:amount`` entries override it per currency; a currency with neither
    has limit 0 (every refund in it waits for approval).
    """
    if setting is None:
        from core.settings import get_settings

        setting = get_settings().refund_limit_support
    return _limit_in(currency, setting, "PLATFORM_REFUND_LIMIT_SUPPORT")


def daily_support_limit(currency: str, setting: int | str | None = None) -> int | None:
    """The most one support person may refund without approval in ``currency`` over the last 24
    hours, summed over every payment (``PLATFORM_REFUND_DAILY_LIMIT_SUPPORT``, the same syntax as the
    support limit); None when the setting is off (the default)."""
    if setting is None:
        from core.settings import get_settings

        setting = get_settings().refund_daily_limit_support
    if setting is None or (isinstance(setting, str) and not setting.strip()):
        return None
    return _limit_in(currency, setting, "PLATFORM_REFUND_DAILY_LIMIT_SUPPORT")


def _limit_in(currency: str, setting: int | str, variable: str) -> int:
    default, per = parse_limit(setting, variable)
    currency = normalize_currency(currency)
    if currency in per:
        return per[currency]
    return default if default is not None else 0


def check_refund_state(state: str) -> str:
    """One of :class:`RefundState`'s values (what the database stores), or :class:`InvalidInput`."""
    if state not in {s.value for s in RefundState}:
        raise InvalidInput(
            "refund.bad_state",
            f"unknown refund state {state!r}; one of {', '.join(s.value for s in RefundState)}",
            {"state": state},
        )
    return state


# -- claims -------------------------------------------------------------------------------------------
def _host() -> str:
    return socket.gethostname()[:80]


def new_claim() -> str:
    """``host:pid:nonce``: who is sending a refund (a dead pid on this host frees the claim)."""
    return f"{_host()}:{os.getpid()}:{uuid.uuid4().hex[:10]}"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    stat = f"/proc/{pid}/stat"
    if os.path.exists("/proc/self/stat"):
        try:
            with open(stat, encoding="ascii", errors="replace") as handle:
                return handle.read().rpartition(")")[2].split()[0] != "Z"  # a zombie is dead
        except OSError:
            return False
    try:
        os.kill(pid, 0)  # POSIX only: on Windows this would terminate the process
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def claim_is_free(claimed_by: str | None, claimed_until: datetime | None, now: datetime) -> bool:
    if not claimed_by or claimed_until is None or claimed_until < now:
        return True
    host, _, rest = claimed_by.partition(":")
    pid_text = rest.partition(":")[0]
    if host != _host() or os.name != "posix" or not pid_text.isdigit():
        return False  # another machine's live claim: wait for its lease to end
    pid = int(pid_text)
    return pid != os.getpid() and not _pid_alive(pid)


# -- results ------------------------------------------------------------------------------------------
def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True)
class RefundInfo:
    id: int
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


def _with_places(*entities: Any) -> Select[Any]:
    """``entities`` (a payment, or a refund and its payment) with the payment's platform code and its
    store's and merchant's codes and names, in that order."""
    return (
        select(*entities, Platform.code, Store.code, Store.name, Merchant.code, Merchant.name)
        .select_from(Payment)
        .join(Platform, Platform.id == Payment.platform_id)
        .join(Store, Store.id == Payment.store_id)
        .join(Merchant, Merchant.id == Store.merchant_id)
    )


def _remaining(payment: Payment, totals: dict[str, int]) -> int:
    """captured - succeeded - pending - awaiting approval (may be negative for old data)."""
    return payment.captured_minor - sum(totals.get(state, 0) for state in HOLDING)


def _lock_person(session: Session, who: str) -> None:
    """Serialise one person's refunds across payments (PostgreSQL: a transaction advisory lock;
    SQLite's ``BEGIN IMMEDIATE`` already serialises every writer)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    digest = hashlib.sha256(f"payments.refund.daily:{who}".encode()).digest()
    session.execute(
        text("SELECT pg_advisory_xact_lock(:key)"), {"key": int.from_bytes(digest[:8], "big", signed=True)}
    )


@dataclass(frozen=True)
class ApprovalReason:
    """Why a refund waits for approval: the payment's total or the person's day went above a limit."""

    kind: str  # payment_total | daily_total
    limit_minor: int
    total_minor: int  # with this refund
    currency: str

    @property
    def text(self) -> str:
        limit, total = (
            format_amount(self.limit_minor, self.currency),
            format_amount(self.total_minor, self.currency),
        )
        if self.kind == "daily_total":
            return (
                f"your refunds in {self.currency} over the last 24 hours would reach {total}, above the "
                f"daily support limit of {limit}"
            )
        return f"the payment's refunds would reach {total}, above the support limit of {limit}"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "text": self.text}


@dataclass(frozen=True)
class RefundAllowance:
    """A limited user's room on one payment: the support limit against what the payment already
    holds, and the daily limit (if set) against what they refunded in the last 24 hours."""

    currency: str
    limit_minor: int
    held_minor: int  # refunded + pending + awaiting approval on this payment
    daily_limit_minor: int | None
    today_minor: int

    def awaits_approval(self, amount_minor: int) -> bool:
        if self.held_minor + amount_minor > self.limit_minor:
            return True
        return self.daily_limit_minor is not None and self.today_minor + amount_minor > self.daily_limit_minor


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
    refund: RefundInfo
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"refund": self.refund.to_dict(), "message": self.message}


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


# -- the service -------------------------------------------------------------------------------------
class PaymentService:
    def __init__(
        self,
        db: Database,
        gateways: GatewayService | None = None,
        *,
        limit_setting: int | str | None = None,
        daily_limit_setting: int | str | None = None,
    ) -> None:
        """``limit_setting`` / ``daily_limit_setting``: the support limits (None: from the settings)."""
        self.db = db
        self._gateways = gateways
        self.limit_setting = limit_setting
        self.daily_limit_setting = daily_limit_setting

    @property
    def gateways(self) -> GatewayService:
        if self._gateways is None:
            self._gateways = GatewayService.from_settings()
        return self._gateways

    def support_limit(self, currency: str) -> int:
        return support_limit(currency, self.limit_setting)

    def refund_limit_for(self, actor: Actor, platform_id: int, currency: str) -> int | None:
        """The most ``actor`` may refund without approval (None: no limit)."""
        if actor.can("payments.refund.approve", platform_id):
            return None
        return self.support_limit(currency)

    # -- reading ------------------------------------------------------------------------------------
    def list_payments(self, actor: Actor, flt: PaymentFilter | None = None) -> list[PaymentSummary]:
        """Newest first, keyset-paged by id; a platform admin sees their own platforms only."""
        flt = flt or PaymentFilter()
        actor.require("payments.view")
        if not 1 <= flt.limit <= MAX_PAGE:
            raise InvalidInput("payments.bad_limit", f"limit must be between 1 and {MAX_PAGE}")
        check_optional_id(flt.before_id, "--before")
        check_optional_id(flt.after_id, "--after")
        stmt = with_store_codes(Payment)
        with self.db.sessions() as session:
            if flt.gateway:
                stmt = stmt.where(Payment.gateway == flt.gateway)
            if flt.status:
                stmt = stmt.where(Payment.status == flt.status)
            if flt.refund_state:
                state = check_refund_state(flt.refund_state)
                # IN, not a correlated EXISTS: the refunds in a state drive the query, so a rare state
                # (awaiting approval) does not scan every payment from the newest down.
                stmt = stmt.where(Payment.id.in_(select(Refund.payment_id).where(Refund.state == state)))
            if flt.merchant:
                merchant_id = session.scalar(select(Merchant.id).where(Merchant.code == flt.merchant))
                if merchant_id is None:
                    raise NotFound(
                        "merchant.not_found", f"unknown merchant {flt.merchant!r}", {"merchant": flt.merchant}
                    )
                stmt = stmt.where(Store.merchant_id == merchant_id)
            if flt.store:
                store_id = session.scalar(select(Store.id).where(Store.code == flt.store))
                if store_id is None:
                    raise NotFound("store.not_found", f"unknown store {flt.store!r}", {"store": flt.store})
                stmt = stmt.where(Payment.store_id == store_id)
            if flt.platform:
                platform_id = session.scalar(select(Platform.id).where(Platform.code == flt.platform))
                if platform_id is None:
                    raise NotFound(
                        "platform.not_found", f"unknown platform {flt.platform!r}", {"platform": flt.platform}
                    )
                stmt = stmt.where(Payment.platform_id == platform_id)
            own = actor.platform_filter("payments.view")
            if own is not None:
                stmt = stmt.where(Payment.platform_id.in_(sorted(own)))
            if flt.before_id is not None:
                stmt = stmt.where(Payment.id < flt.before_id)
            if flt.after_id is not None:
                stmt = stmt.where(Payment.id > flt.after_id).order_by(Payment.id.asc())
            else:
                stmt = stmt.order_by(Payment.id.desc())
            rows = session.execute(stmt.limit(flt.limit)).all()
            if flt.after_id is not None:
                rows.reverse()
            totals = self._totals_for(session, [row[0].id for row in rows])
        return [_summary_of(*row, totals.get(row[0].id, {})) for row in rows]

    def _totals_for(
        self, session: Session, payment_ids: Sequence[int], *, without: int | None = None
    ) -> dict[int, dict[str, int]]:
        """The refunded amounts by payment and refund state (``without``: leave out that refund)."""
        if not payment_ids:
            return {}
        stmt = select(Refund.payment_id, Refund.state, func.sum(Refund.amount_minor)).where(
            Refund.payment_id.in_(payment_ids)
        )
        if without is not None:
            stmt = stmt.where(Refund.id != without)
        rows = session.execute(stmt.group_by(Refund.payment_id, Refund.state)).all()
        out: dict[int, dict[str, int]] = {}
        for pid, state, total in rows:
            out.setdefault(pid, {})[state] = int(total or 0)
        return out

    def get_payment(self, actor: Actor, payment_id: int) -> PaymentDetail:
        actor.require("payments.view")
        with self.db.sessions() as session:
            return self._detail(session, actor, payment_id, "payments.view")

    def _detail(self, session: Session, actor: Actor, payment_id: int, permission: str) -> PaymentDetail:
        check_id(payment_id, "a payment id")
        row = session.execute(_with_places(Payment).where(Payment.id == payment_id)).first()
        if row is None:
            raise NotFound("payment.not_found", f"unknown payment #{payment_id}", {"payment": payment_id})
        payment, platform, store, store_name, merchant, merchant_name = row
        actor.require(permission, payment.platform_id, platform)
        refunds = session.scalars(
            select(Refund).where(Refund.payment_id == payment_id).order_by(Refund.id)
        ).all()
        totals = {s: 0 for s in RefundState}
        for r in refunds:
            totals[RefundState(r.state)] += r.amount_minor
        return PaymentDetail(
            payment.id,
            payment.platform_id,
            platform,
            store,
            store_name,
            merchant,
            merchant_name,
            payment.gateway,
            payment.gateway_payment_id,
            payment.amount_minor,
            payment.currency,
            payment.captured_minor,
            totals[RefundState.SUCCEEDED],
            totals[RefundState.PENDING],
            totals[RefundState.AWAITING_APPROVAL],
            payment.status,
            payment.created_at,
            tuple(_info(r, payment, platform) for r in refunds),
        )

    def list_refunds(
        self,
        actor: Actor,
        *,
        payment_id: int | None = None,
        state: str | None = None,
        limit: int = 100,
        before_id: int | None = None,
    ) -> list[RefundInfo]:
        """Newest first, keyset-paged by id."""
        actor.require("payments.view")
        if state is not None:
            check_refund_state(state)
        if not 1 <= limit <= MAX_PAGE:
            raise InvalidInput("refunds.bad_limit", f"limit must be between 1 and {MAX_PAGE}")
        check_optional_id(before_id, "--before")
        stmt = select(Refund, Payment, Platform.code).join(Payment, Payment.id == Refund.payment_id)
        stmt = stmt.join(Platform, Platform.id == Payment.platform_id)
        with self.db.sessions() as session:
            if payment_id is not None:
                self._detail(session, actor, payment_id, "payments.view")  # exists, and may be seen
                stmt = stmt.where(Refund.payment_id == payment_id)
            if state:
                stmt = stmt.where(Refund.state == state)
            own = actor.platform_filter("payments.view")
            if own is not None:
                stmt = stmt.where(Payment.platform_id.in_(sorted(own)))
            if before_id is not None:
                stmt = stmt.where(Refund.id < before_id)
            rows = session.execute(stmt.order_by(Refund.id.desc()).limit(limit)).all()
        return [_info(r, p, code) for r, p, code in rows]

    def get_refund(self, actor: Actor, refund_id: int) -> RefundInfo:
        actor.require("payments.view")
        refund, payment, code = self._refs(refund_id)
        actor.require("payments.view", payment.platform_id, code)
        return _info(refund, payment, code)

    # -- refunding ---------------------------------------------------------------------------------
    def create_refund(
        self, actor: Actor, payment_id: int, amount_minor: int | None, reason: str
    ) -> RefundOutcome:
        """Refund ``amount_minor`` (None: all that remains) of a payment, with a reason.

        Returns the refund as settled (succeeded, or awaiting approval above the support limit).
        Raises :class:`Refused` (over the refundable amount, no permission), :class:`GatewayRefused`
        (the gateway declined: the refund is recorded as failed) or :class:`GatewayError` (no
        answer: the refund stays pending and ``resolve_pending`` settles it).
        """
        reason = (reason or "").strip()
        draft = AuditDraft(
            "refunds.create",
            {"payment": payment_id, "amount_minor": amount_minor, "reason": reason},
            modules=["payments"],
            subject=f"payment:{payment_id}",
        )
        claim = new_claim()
        with audited(self.db, actor, draft) as session:
            actor.require("payments.refund")
            if not reason:
                raise InvalidInput("refund.reason_required", "a refund needs a reason (--reason TEXT)")
            if len(reason) > REASON_MAX:
                raise InvalidInput(
                    "refund.reason_too_long", f"the reason is longer than {REASON_MAX} characters"
                )
            if amount_minor is not None and not 0 < amount_minor <= INT64_MAX:
                raise InvalidInput(
                    "refund.bad_amount",
                    f"the amount must be a positive number of minor units, not {amount_minor}",
                    {"amount_minor": amount_minor},
                )
            payment, platform = self._lock_payment(session, payment_id)
            draft.platforms = [platform]
            actor.require("payments.refund", payment.platform_id, platform)
            totals = self._totals_for(session, [payment.id]).get(payment.id, {})
            remaining = _remaining(payment, totals)
            amount = remaining if amount_minor is None else amount_minor
            self._check_refundable(payment, amount, remaining, totals)
            self.gateways.get(payment.gateway)  # not configured: refused before anything is recorded
            limit = self.refund_limit_for(actor, payment.platform_id, payment.currency)
            why = self._approval_needed(session, actor, payment, amount, totals)
            awaiting = why is not None
            now = utcnow()
            refund = Refund(
                payment_id=payment.id,
                amount_minor=amount,
                currency=payment.currency,
                state=(RefundState.AWAITING_APPROVAL if awaiting else RefundState.PENDING).value,
                reason=reason,
                idempotency_key=f"refund-{uuid.uuid4().hex}",
                requested_by=actor.name,
                claimed_by=None if awaiting else claim,
                claimed_until=None if awaiting else now + CLAIM_LEASE,
                attempts=0 if awaiting else 1,
                last_attempt_at=None if awaiting else now,
                created_at=now,
                updated_at=now,
            )
            session.add(refund)
            session.flush()
            refund_id = refund.id
            money = format_amount(amount, payment.currency)
            draft.request["amount_minor"] = amount
            draft.plan = {
                "refund": refund_id,
                "state": refund.state,
                "amount": money,
                "gateway": payment.gateway,
                "limit": format_amount(limit, payment.currency) if limit is not None else None,
                "approval": why.to_dict() if why else None,
            }
            if why is not None:
                draft.message = (
                    f"refund #{refund_id} of {money} on payment #{payment.id} awaits approval ({why.text})"
                )
            else:
                draft.message = (
                    f"refund #{refund_id} of {money} on payment #{payment.id} recorded; "
                    f"sending to {payment.gateway}"
                )
            info = _info(refund, payment, platform)
        if awaiting:
            return RefundOutcome(info, draft.message)
        return self._send(actor, refund_id, claim, payment.id, platform)

    def _lock_payment(self, session: Session, payment_id: int) -> tuple[Payment, str]:
        check_id(payment_id, "a payment id")
        stmt = (
            select(Payment, Platform.code)
            .join(Platform, Platform.id == Payment.platform_id)
            .where(Payment.id == payment_id)
        )
        if session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(of=Payment)
        row = session.execute(stmt).first()
        if row is None:
            raise NotFound("payment.not_found", f"unknown payment #{payment_id}", {"payment": payment_id})
        return row[0], row[1]

    def _check_refundable(
        self, payment: Payment, amount: int, remaining: int, totals: dict[str, int]
    ) -> None:
        cur = payment.currency
        succeeded, pending, awaiting = (
            totals.get(RefundState.SUCCEEDED, 0),
            totals.get(RefundState.PENDING, 0),
            totals.get(RefundState.AWAITING_APPROVAL, 0),
        )
        held = (
            f"captured {format_amount(payment.captured_minor, cur)}, refunded "
            f"{format_amount(succeeded, cur)}, pending {format_amount(pending, cur)}, awaiting approval "
            f"{format_amount(awaiting, cur)}"
        )
        details = {
            "payment": payment.id,
            "amount_minor": amount,
            "remaining_minor": max(remaining, 0),
            "captured_minor": payment.captured_minor,
            "refunded_minor": succeeded,
            "pending_minor": pending,
            "awaiting_approval_minor": awaiting,
            "currency": cur,
        }
        if remaining <= 0:
            raise Refused(
                "refund.nothing_refundable",
                f"payment #{payment.id} has nothing left to refund ({held})",
                details,
            )
        if amount > remaining:
            raise Refused(
                "refund.exceeds_refundable",
                f"cannot refund {format_amount(amount, cur)} of payment #{payment.id}: only "
                f"{format_amount(remaining, cur)} remains refundable ({held})",
                details,
            )

    # -- the support limits ------------------------------------------------------------------------
    def daily_limit_for(self, actor: Actor, platform_id: int, currency: str) -> int | None:
        """The most ``actor`` may refund without approval in 24 hours (None: no such limit)."""
        if actor.can("payments.refund.approve", platform_id):
            return None
        return daily_support_limit(currency, self.daily_limit_setting)

    def _approval_needed(
        self, session: Session, actor: Actor, payment: Payment, amount: int, totals: dict[str, int]
    ) -> ApprovalReason | None:
        """Why this refund must wait for an approver, or None. Under the payment's lock: the payment's
        total (refunded + pending + awaiting approval + this one) against the support limit, then the
        person's last 24 hours in this currency against the daily limit (serialised per person)."""
        cur = payment.currency
        limit = self.refund_limit_for(actor, payment.platform_id, cur)
        if limit is None:
            return None
        total = sum(totals.get(state, 0) for state in HOLDING) + amount
        if total > limit:
            return ApprovalReason("payment_total", limit, total, cur)
        daily = self.daily_limit_for(actor, payment.platform_id, cur)
        if daily is None:
            return None
        _lock_person(session, actor.name)
        today = self._refunded_without_approval(session, actor.name, cur) + amount
        if today > daily:
            return ApprovalReason("daily_total", daily, today, cur)
        return None

    def _refunded_without_approval(self, session: Session, who: str, currency: str) -> int:
        """What ``who`` refunded on their own authority in ``currency`` over the last 24 hours:
        succeeded or pending, not approved by someone else (failed and rejected moved nothing)."""
        total = session.scalar(
            select(func.sum(Refund.amount_minor)).where(
                Refund.requested_by == who,
                Refund.created_at >= utcnow() - DAILY_WINDOW,
                Refund.currency == currency,
                Refund.state.in_((RefundState.SUCCEEDED.value, RefundState.PENDING.value)),
                Refund.approved_by.is_(None),
            )
        )
        return int(total or 0)

    def refund_allowance(self, actor: Actor, payment: PaymentDetail) -> RefundAllowance | None:
        """What the refund dialog tells a limited user before they ask (None: no limit applies)."""
        limit = self.refund_limit_for(actor, payment.platform_id, payment.currency)
        if limit is None:
            return None
        daily = self.daily_limit_for(actor, payment.platform_id, payment.currency)
        today = 0
        if daily is not None:
            with self.db.sessions() as session:
                today = self._refunded_without_approval(session, actor.name, payment.currency)
        held = payment.refunded_minor + payment.pending_minor + payment.awaiting_approval_minor
        return RefundAllowance(payment.currency, limit, held, daily, today)

    # -- sending and settling ------------------------------------------------------------------
    def _refs(self, refund_id: int) -> tuple[Refund, Payment, str]:
        check_id(refund_id, "a refund id")
        with self.db.sessions() as session:
            row = session.execute(
                select(Refund, Payment, Platform.code)
                .join(Payment, Payment.id == Refund.payment_id)
                .join(Platform, Platform.id == Payment.platform_id)
                .where(Refund.id == refund_id)
            ).first()
        if row is None:
            raise NotFound("refund.not_found", f"unknown refund #{refund_id}", {"refund": refund_id})
        return row[0], row[1], row[2]

    def _send(
        self, actor: Actor, refund_id: int, claim: str, payment_id: int, platform: str
    ) -> RefundOutcome:
        """Send a claimed pending refund with its key, then settle it. Raises what the gateway said."""
        try:
            refund, payment, platform = self._refs(refund_id)
        except Exception as exc:  # the database went away between recording and sending
            draft = AuditDraft(
                "refunds.send",
                {"refund": refund_id, "payment": payment_id},
                platforms=[platform],
                modules=["payments"],
                subject=f"payment:{payment_id}",
                plan={"state": RefundState.PENDING.value, "sent": False},
            )
            what = f"refund #{refund_id} was recorded, but the database failed before it was sent"
            raise self._interrupted(actor, draft, refund_id, claim, what, exc) from exc
        try:
            gateway = self.gateways.get(payment.gateway)
            result = gateway.refund(_payment_ref(payment), _refund_ref(refund), refund.idempotency_key)
        except GatewayError as exc:
            definite = isinstance(exc, GatewayRefused) or (refund.attempts <= 1 and not exc.outcome_unknown)
            self._settle_error(actor, refund, payment, platform, claim, exc, definite=definite)
            raise self._with_refund(exc, refund_id, definite) from None
        except Exception as exc:
            error = PlatformError(
                "unexpected", f"unexpected error while sending: {type(exc).__name__}: {exc}"
            )
            self._settle_error(actor, refund, payment, platform, claim, error, definite=False)
            raise
        info, message = self._settle(actor, refund, payment, platform, claim, result, "refunds.send")
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

    def _settle(
        self,
        actor: Actor,
        refund: Refund,
        payment: Payment,
        platform: str,
        claim: str,
        result: GatewayRefundResult,
        action: str,
        *,
        how: str = "sent",
        audit: bool = True,
    ) -> tuple[RefundInfo, str]:
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
        values: dict[str, Any] = {
            "state": state.value,
            "gateway_refund_id": result.gateway_refund_id,
            "gateway_status": result.status[:32],
            "error_code": None if result.accepted else "gateway.refund_failed",
            "error_message": None if result.accepted else (result.message or result.status),
            "claimed_by": None,
            "claimed_until": None,
            "updated_at": utcnow(),
        }
        draft = AuditDraft(
            action,
            {"refund": refund.id, "payment": payment.id},
            platforms=[platform],
            modules=["payments"],
            subject=f"payment:{payment.id}",
            plan={
                "state": state.value,
                "gateway": payment.gateway,
                "gateway_refund_id": result.gateway_refund_id,
                "gateway_status": result.status,
                "replayed": result.replayed,
                "how": how,
            },
            message=message,
        )
        try:
            with self.db.transaction() as session:
                done = self._update_claimed(session, refund.id, claim, values)
                if done and audit:
                    outcome = "succeeded" if result.accepted else "failed"
                    error = None if result.accepted else PlatformError("gateway.refund_failed", message)
                    write_entry(session, actor, draft, outcome, error)
        except Exception as exc:
            what = f"{message}, but the database failed while recording it"
            raise self._interrupted(actor, draft if audit else None, refund.id, claim, what, exc) from exc
        try:
            return self._current(refund.id), message
        except Exception:  # recorded; only reading it back failed
            log.warning("refund #%s: settled, but could not be read back", refund.id, exc_info=True)
            known = {k: v for k, v in values.items() if k in RefundInfo.__dataclass_fields__}
            return replace(_info(refund, payment, platform), **known), message

    def _settle_error(
        self,
        actor: Actor,
        refund: Refund,
        payment: Payment,
        platform: str,
        claim: str,
        exc: PlatformError,
        *,
        definite: bool,
        audit: bool = True,
    ) -> None:
        values: dict[str, Any] = {
            "error_code": exc.code[:64],
            "error_message": exc.message,
            "claimed_by": None,
            "claimed_until": None,
            "updated_at": utcnow(),
        }
        if definite:
            values["state"] = RefundState.FAILED.value
        draft = AuditDraft(
            "refunds.send",
            {"refund": refund.id, "payment": payment.id},
            platforms=[platform],
            modules=["payments"],
            subject=f"payment:{payment.id}",
            plan={
                "state": RefundState.FAILED.value if definite else RefundState.PENDING.value,
                "gateway": payment.gateway,
                "details": exc.details,
            },
        )
        try:
            with self.db.transaction() as session:
                done = self._update_claimed(session, refund.id, claim, values)
                if done and audit:
                    write_entry(
                        session, actor, draft, "refused" if isinstance(exc, Refused) else "failed", exc
                    )
        except Exception as lost:
            what = (
                f"refund #{refund.id}: {payment.gateway} answered {exc.code} ({exc.message}), but the "
                "database failed while recording it"
            )
            raise self._interrupted(actor, draft if audit else None, refund.id, claim, what, lost) from lost

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

    def _current(self, refund_id: int) -> RefundInfo:
        refund, payment, platform = self._refs(refund_id)
        return _info(refund, payment, platform)

    # -- approval ----------------------------------------------------------------------------------
    def _lock_refund(self, session: Session, refund_id: int) -> tuple[Refund, Payment, str]:
        check_id(refund_id, "a refund id")
        payment_id = session.scalar(select(Refund.payment_id).where(Refund.id == refund_id))
        if payment_id is None:
            raise NotFound("refund.not_found", f"unknown refund #{refund_id}", {"refund": refund_id})
        payment, platform = self._lock_payment(session, payment_id)  # payment first, like create
        stmt = select(Refund).where(Refund.id == refund_id)
        if session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update()
        refund = session.scalars(stmt).one()
        return refund, payment, platform

    def approval_request(self, actor: Actor, refund_id: int) -> ApprovalRequest:
        """What the approver confirms (amount, payment, merchant, requester) before :meth:`approve`.

        Refused when ``actor`` may not decide the refund; such a refusal is audited as
        ``refunds.approve`` (the request was to approve). :meth:`approve` checks it all again.
        """
        draft = AuditDraft("refunds.approve", {"refund": refund_id}, modules=["payments"])
        try:
            actor.require("payments.refund.approve")
            with self.db.sessions() as session:
                row = session.execute(
                    _with_places(Refund, Payment)
                    .join(Refund, Refund.payment_id == Payment.id)
                    .where(Refund.id == refund_id)
                ).first()
            if row is None:
                raise NotFound("refund.not_found", f"unknown refund #{refund_id}", {"refund": refund_id})
            refund, payment, platform, store, store_name, merchant, merchant_name = row
            draft.platforms, draft.subject = [platform], f"payment:{payment.id}"
            actor.require("payments.refund.approve", payment.platform_id, platform)
            self._check_decidable(actor, refund)
        except PlatformError as exc:
            write_separately(self.db, actor, draft, outcome_of(exc), exc)
            raise
        return ApprovalRequest(_info(refund, payment, platform), store, store_name, merchant, merchant_name)

    def approve(self, actor: Actor, refund_id: int) -> RefundOutcome:
        """Approve a refund awaiting approval, then send it like any other."""
        draft = AuditDraft("refunds.approve", {"refund": refund_id}, modules=["payments"])
        claim = new_claim()
        with audited(self.db, actor, draft) as session:
            actor.require("payments.refund.approve")
            refund, payment, platform = self._lock_refund(session, refund_id)
            draft.platforms, draft.subject = [platform], f"payment:{payment.id}"
            actor.require("payments.refund.approve", payment.platform_id, platform)
            self._check_decidable(actor, refund)
            # Everything else the payment holds; this refund's own amount is what is being decided.
            totals = self._totals_for(session, [payment.id], without=refund.id).get(payment.id, {})
            self._check_refundable(payment, refund.amount_minor, _remaining(payment, totals), totals)
            self.gateways.get(payment.gateway)
            now = utcnow()
            refund.state = RefundState.PENDING.value
            refund.approved_by = actor.name
            refund.decided_at = now
            refund.claimed_by = claim
            refund.claimed_until = now + CLAIM_LEASE
            refund.attempts = 1
            refund.last_attempt_at = now
            money = format_amount(refund.amount_minor, refund.currency)
            draft.message = (
                f"refund #{refund_id} of {money} requested by {refund.requested_by} approved; sending"
            )
            draft.plan = {"refund": refund_id, "amount": money, "requested_by": refund.requested_by}
        return self._send(actor, refund_id, claim, payment.id, platform)

    def reject(self, actor: Actor, refund_id: int, note: str | None = None) -> RefundOutcome:
        draft = AuditDraft("refunds.reject", {"refund": refund_id, "note": note}, modules=["payments"])
        with audited(self.db, actor, draft) as session:
            actor.require("payments.refund.approve")
            refund, payment, platform = self._lock_refund(session, refund_id)
            draft.platforms, draft.subject = [platform], f"payment:{payment.id}"
            actor.require("payments.refund.approve", payment.platform_id, platform)
            self._check_decidable(actor, refund)
            refund.state = RefundState.REJECTED.value
            refund.approved_by = actor.name
            refund.decided_at = utcnow()
            refund.decision_note = (note or "").strip() or None
            money = format_amount(refund.amount_minor, refund.currency)
            draft.message = f"refund #{refund_id} of {money} requested by {refund.requested_by} rejected"
            session.flush()
            info = _info(refund, payment, platform)
        return RefundOutcome(info, draft.message)

    def _check_decidable(self, actor: Actor, refund: Refund) -> None:
        if refund.state != RefundState.AWAITING_APPROVAL.value:
            raise Refused(
                "refund.not_awaiting_approval",
                f"refund #{refund.id} is {refund.state}, not awaiting approval",
                {"refund": refund.id, "state": refund.state},
            )
        if refund.requested_by == actor.name:
            raise Refused(
                "refund.self_approval",
                f"refund #{refund.id} was requested by {actor.name}: another approver must decide it",
                {"refund": refund.id},
            )

    # -- crash recovery -------------------------------------------------------------------------------
    def resolve_pending(
        self, actor: Actor, refund_ids: Sequence[int] | None = None, *, limit: int = 100
    ) -> ResolveReport:
        """Settle pending refunds left by a lost answer or a crash (see the module docstring)."""
        actor.require("payments.refund")
        report = ResolveReport()
        claimed = self._claim_pending(actor, refund_ids, limit, report)
        for refund_id, claim in claimed:
            report.resolved.append(self._resolve_one(actor, refund_id, claim))
        if claimed:
            failed = [r for r in report.resolved if r.how == "error"]
            draft = AuditDraft(
                "refunds.resolve_pending",
                {"refunds": list(refund_ids) if refund_ids else "all"},
                platforms=sorted({self._refs(r.refund_id)[2] for r in report.resolved}),
                modules=["payments"],
                plan=report.to_dict(),
                message=", ".join(f"{n} {k}" for k, n in sorted(report.counts.items())),
            )
            error = PlatformError(failed[0].error_code or "unexpected", failed[0].message) if failed else None
            write_separately(self.db, actor, draft, "failed" if failed else "succeeded", error)
        return report

    def _claim_pending(
        self, actor: Actor, refund_ids: Sequence[int] | None, limit: int, report: ResolveReport
    ) -> list[tuple[int, str]]:
        now = utcnow()
        claim = new_claim()
        host = _host()
        with self.db.transaction() as session:
            stmt = (
                select(Refund.id, Refund.claimed_by, Refund.claimed_until, Payment.platform_id)
                .join(Payment, Payment.id == Refund.payment_id)
                .where(Refund.state == RefundState.PENDING.value)
                .order_by(Refund.id)
                .limit(limit)
            )
            if refund_ids:
                stmt = stmt.where(Refund.id.in_([check_id(r, "a refund id") for r in refund_ids]))
            own = actor.platform_filter("payments.refund")
            if own is not None:
                stmt = stmt.where(Payment.platform_id.in_(sorted(own)))
            busy_total = session.scalar(
                select(func.count())
                .select_from(Refund)
                .where(
                    Refund.state == RefundState.PENDING.value,
                    Refund.claimed_until >= now,
                    ~Refund.claimed_by.like(f"{like_escape(host)}:%", escape=LIKE_ESCAPE),
                    *([Refund.id.in_(list(refund_ids))] if refund_ids else []),
                )
            )
            stmt = stmt.where(
                or_(
                    Refund.claimed_until.is_(None),
                    Refund.claimed_until < now,
                    Refund.claimed_by.like(f"{like_escape(host)}:%", escape=LIKE_ESCAPE),
                )
            )
            if session.get_bind().dialect.name == "postgresql":
                stmt = stmt.with_for_update(of=Refund, skip_locked=True)
            rows = session.execute(stmt).all()
            claimed: list[tuple[int, str]] = []
            busy = 0
            for refund_id, old_claim, old_until, _platform_id in rows:
                if not claim_is_free(old_claim, old_until, now):
                    busy += 1
                    continue
                result = session.execute(
                    update(Refund)
                    .where(
                        Refund.id == refund_id,
                        Refund.state == RefundState.PENDING.value,
                        Refund.claimed_by.is_(None) if old_claim is None else Refund.claimed_by == old_claim,
                    )
                    .values(
                        claimed_by=claim,
                        claimed_until=now + CLAIM_LEASE,
                        attempts=Refund.attempts + 1,
                        last_attempt_at=now,
                    )
                    .execution_options(synchronize_session=False)
                )
                if result.rowcount == 1:
                    claimed.append((refund_id, claim))
                else:
                    busy += 1
            report.busy = busy + int(busy_total or 0)
        return claimed

    def _resolve_one(self, actor: Actor, refund_id: int, claim: str) -> Resolution:
        refund, payment, platform = self._refs(refund_id)
        try:
            gateway = self.gateways.get(payment.gateway)
        except GatewayError as exc:
            self._release(refund_id, claim)
            return Resolution(refund_id, "skipped", "not_configured", exc.message, exc.code)
        first_sent = refund.decided_at or refund.created_at
        age = utcnow() - first_sent
        pref, rref = _payment_ref(payment), _refund_ref(refund)
        how = "resent"
        try:
            if age < gateway.replay_window:
                result = gateway.refund(pref, rref, refund.idempotency_key)
            else:
                found = gateway.find_refund_by_local_id(pref, rref)
                if found is not None:
                    how, result = "matched", found
                else:
                    how = "resent_after_lookup"
                    result = gateway.refund(pref, rref, refund.idempotency_key)
        except GatewayError as exc:
            # Only the gateway's own refusal settles it as failed: a rate limit or a lost answer now
            # says nothing about whether the first request was carried out.
            definite = isinstance(exc, GatewayRefused)
            try:
                self._settle_error(
                    actor, refund, payment, platform, claim, exc, definite=definite, audit=False
                )
            except PlatformError as lost:  # refund.interrupted: it stays pending
                return Resolution(refund_id, RefundState.PENDING.value, "error", lost.message, lost.code)
            outcome = RefundState.FAILED.value if definite else RefundState.PENDING.value
            return Resolution(refund_id, outcome, how, exc.message, exc.code)
        except Exception as exc:
            log.exception("resolving refund #%s", refund_id)
            self._release(refund_id, claim)
            return Resolution(refund_id, "pending", "error", f"{type(exc).__name__}: {exc}", "unexpected")
        try:
            info, message = self._settle(
                actor, refund, payment, platform, claim, result, "refunds.resolve", how=how, audit=False
            )
        except PlatformError as exc:  # refund.interrupted: it stays pending
            return Resolution(refund_id, RefundState.PENDING.value, "error", exc.message, exc.code)
        return Resolution(refund_id, info.state, how, message)

    def _release(self, refund_id: int, claim: str) -> None:
        with self.db.transaction() as session:
            session.execute(
                update(Refund)
                .where(Refund.id == refund_id, Refund.claimed_by == claim)
                .values(claimed_by=None, claimed_until=None)
                .execution_options(synchronize_session=False)
            )

    # -- checkout ---------------------------------------------------------------------------------
    def process_payment(
        self,
        store_id: int,
        amount_minor: int,
        currency: str,
        payment_method_id: str,
        *,
        gateway: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentSummary:
        """Take a payment for the platform's checkout (Stripe: a confirmed PaymentIntent; PayPal:
        an order captured; manual: recorded as awaiting funds).

        ``idempotency_key`` (e.g. the order number) makes a retried checkout safe: the same key
        returns the same payment and the gateway sees the same key, so the customer is charged once.
        The platform's own traffic: no console permission and no audit entry.
        """
        currency = normalize_currency(currency)
        if not 0 < amount_minor <= INT64_MAX:
            raise InvalidInput(
                "payment.bad_amount", "the amount must be positive", {"amount_minor": amount_minor}
            )
        key = idempotency_key or f"payment-{uuid.uuid4().hex}"
        with self.db.transaction() as session:
            existing = session.scalar(select(Payment).where(Payment.idempotency_key == key))
            if existing is not None and (
                existing.amount_minor != amount_minor or existing.currency != currency
            ):
                raise Refused(
                    "payment.key_reused",
                    f"idempotency key {key!r} was used for another amount (payment #{existing.id})",
                    {"payment": existing.id},
                )
            if existing is not None and existing.status != "processing":
                return self._summary(existing.id)
            if existing is None:
                store = session.get(Store, store_id)
                if store is None:
                    raise NotFound("store.not_found", f"unknown store #{store_id}", {"store": store_id})
                name = gateway or self._default_gateway(session, store.platform_id)
                self._check_gateway_enabled(session, store.platform_id, name)
                payment = Payment(
                    platform_id=store.platform_id,
                    store_id=store.id,
                    gateway=name,
                    amount_minor=amount_minor,
                    currency=currency,
                    captured_minor=0,
                    status="processing",
                    idempotency_key=key,
                )
                session.add(payment)
                try:
                    session.flush()
                except IntegrityError:  # the same key, concurrently
                    raise Refused(
                        "payment.in_progress", f"a payment with key {key!r} is in progress"
                    ) from None
                payment_id, name = payment.id, payment.gateway
            else:
                payment_id, name = existing.id, existing.gateway
        gw = self.gateways.get(name)
        try:
            result = gw.process_payment(amount_minor, currency, payment_method_id, key)
        except GatewayError as exc:
            if not exc.outcome_unknown:
                with self.db.transaction() as session:
                    session.execute(update(Payment).where(Payment.id == payment_id).values(status="failed"))
            raise
        with self.db.transaction() as session:
            session.execute(
                update(Payment)
                .where(Payment.id == payment_id)
                .values(
                    gateway_payment_id=result.gateway_payment_id,
                    status=result.status,
                    captured_minor=result.captured_minor,
                )
            )
        return self._summary(payment_id)

    def _default_gateway(self, session: Session, platform_id: int) -> str:
        enabled = self._enabled_gateways(session, platform_id)
        available = self.gateways.get_available_gateways()
        for name in enabled:
            if name in available:
                return name
        raise Refused(
            "gateway.none_available",
            f"no gateway enabled on this platform ({', '.join(enabled) or 'none'}) is configured here "
            f"({', '.join(available)})",
        )

    def _enabled_gateways(self, session: Session, platform_id: int) -> list[str]:
        config = session.scalar(
            select(PlatformModule.config).where(
                PlatformModule.platform_id == platform_id, PlatformModule.module_code == "payments"
            )
        )
        from modules.payments.definition import PaymentsConfig

        return list(PaymentsConfig.model_validate(config or {}).enabled_gateways)

    def _check_gateway_enabled(self, session: Session, platform_id: int, name: str) -> None:
        if name not in self._enabled_gateways(session, platform_id):
            raise Refused(
                "gateway.not_enabled",
                f"gateway {name!r} is not enabled in this platform's payments configuration",
                {"gateway": name},
            )

    def _summary(self, payment_id: int) -> PaymentSummary:
        with self.db.sessions() as session:
            row = session.execute(with_store_codes(Payment).where(Payment.id == payment_id)).one()
            totals = self._totals_for(session, [payment_id]).get(payment_id, {})
        return _summary_of(*row, totals)


def _summary_of(
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


def _payment_ref(p: Payment) -> PaymentRef:
    return PaymentRef(p.id, p.gateway, p.gateway_payment_id, p.currency, p.amount_minor, p.captured_minor)


def _refund_ref(r: Refund) -> RefundRef:
    return RefundRef(
        r.id, r.amount_minor, r.currency, r.reason, r.idempotency_key, r.created_at, r.gateway_refund_id
    )


def _info(r: Refund, p: Payment, platform: str) -> RefundInfo:
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
