"""Crash recovery: settling refunds left pending by a lost answer or a crash.

:meth:`PendingResolver.resolve_pending` (at console start-up and ``platformctl refunds
resolve-pending``) first *claims* the pending refunds, so two consoles never resolve the same one:
PostgreSQL ``SELECT ... FOR UPDATE SKIP LOCKED`` plus a conditional ``UPDATE`` of the claim columns;
SQLite the same conditional ``UPDATE`` inside ``BEGIN IMMEDIATE``. A claim is free when it expired,
or when it was taken by a process of this machine that no longer runs (:mod:`modules.payments.claims`).
Then, within the gateway's replay window (Stripe: 24 hours after the first send) the refund is sent
again with the same key — the gateway replays its first answer or, if the first request never
arrived, makes the refund once; later, the gateway's refunds are searched for the local reference
first and the refund is only sent again when none carries it. Each answer is settled as a first
send's is (:mod:`modules.payments.settle`), audited once per run as ``refunds.resolve_pending``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import func, or_, select, update

from core.actor import Actor
from core.db import utcnow
from core.errors import PlatformError
from core.ranges import check_id
from core.search import LIKE_ESCAPE, like_escape
from core.services.audit import AuditDraft, write_separately
from modules.payments.claims import CLAIM_LEASE, claim_is_free, new_claim, this_host
from modules.payments.gateways import GatewayError, GatewayRefused
from modules.payments.models import Payment, Refund, RefundState
from modules.payments.results import Resolution, ResolveReport, payment_ref, refund_ref
from modules.payments.settle import RefundSettler

log = logging.getLogger(__name__)


class PendingResolver(RefundSettler):
    """A part of :class:`~modules.payments.services.PaymentService`: resolving pending refunds."""

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
                platforms=sorted({self._refs(r.refund_id).platform for r in report.resolved}),
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
        ours = Refund.claimed_by.like(f"{like_escape(this_host())}:%", escape=LIKE_ESCAPE)  # this machine's
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
                    ~ours,
                    *([Refund.id.in_(list(refund_ids))] if refund_ids else []),
                )
            )
            stmt = stmt.where(
                or_(
                    Refund.claimed_until.is_(None),
                    Refund.claimed_until < now,
                    ours,
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
        row = self._refs(refund_id)
        refund, payment = row.refund, row.payment
        try:
            gateway = self.gateways.get(payment.gateway)
        except GatewayError as exc:
            self._release(refund_id, claim)
            return Resolution(refund_id, "skipped", "not_configured", exc.message, exc.code)
        first_sent = refund.decided_at or refund.created_at
        age = utcnow() - first_sent
        pref, rref = payment_ref(payment), refund_ref(refund)
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
                self._settle_error(actor, row, claim, exc, definite=definite, audit=False)
            except PlatformError as lost:  # refund.interrupted: it stays pending
                return Resolution(refund_id, RefundState.PENDING.value, "error", lost.message, lost.code)
            outcome = RefundState.FAILED.value if definite else RefundState.PENDING.value
            return Resolution(refund_id, outcome, how, exc.message, exc.code)
        except Exception as exc:
            log.exception("resolving refund #%s", refund_id)
            self._release(refund_id, claim)
            return Resolution(refund_id, "pending", "error", f"{type(exc).__name__}: {exc}", "unexpected")
        try:
            info, message = self._settle(actor, row, claim, result, "refunds.resolve", how=how, audit=False)
        except PlatformError as exc:  # refund.interrupted: it stays pending
            return Resolution(refund_id, RefundState.PENDING.value, "error", exc.message, exc.code)
        return Resolution(refund_id, info.state, how, message)
