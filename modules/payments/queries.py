"""Reading payments and refunds, for the pages and the CLI: lists (keyset-paged), details, totals.

:class:`PaymentReader` is the base of :class:`modules.payments.services.PaymentService`: it holds
the database and the gateways, and the reads every other part of the service starts from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from core.actor import Actor
from core.db import Database
from core.errors import InvalidInput, NotFound
from core.models import Platform
from core.paging import MAX_PAGE, Page, id_page
from core.ranges import check_id, check_optional_id
from modules.payments.gateways import GatewayService
from modules.payments.models import Payment, Refund, RefundState
from modules.payments.results import (
    PaymentDetail,
    PaymentFilter,
    PaymentSummary,
    RefundInfo,
    refund_info,
    summary_of,
)
from modules.tenancy.models import Merchant, Store, with_store_codes


def check_refund_state(state: str) -> str:
    """One of :class:`RefundState`'s values (what the database stores), or :class:`InvalidInput`."""
    if state not in {s.value for s in RefundState}:
        raise InvalidInput(
            "refund.bad_state",
            f"unknown refund state {state!r}; one of {', '.join(s.value for s in RefundState)}",
            {"state": state},
        )
    return state


def with_places(*entities: Any) -> Select[Any]:
    """``entities`` (a payment, or a refund and its payment) with the payment's platform code and its
    store's and merchant's codes and names, in that order."""
    return (
        select(*entities, Platform.code, Store.code, Store.name, Merchant.code, Merchant.name)
        .select_from(Payment)
        .join(Platform, Platform.id == Payment.platform_id)
        .join(Store, Store.id == Payment.store_id)
        .join(Merchant, Merchant.id == Store.merchant_id)
    )


class RefundRow(NamedTuple):
    """A refund, its payment and the payment's platform code, read together."""

    refund: Refund
    payment: Payment
    platform: str


def refunds_with_payments() -> Select[Any]:
    """Refunds, each with its payment and the payment's platform code."""
    return (
        select(Refund, Payment, Platform.code)
        .join(Payment, Payment.id == Refund.payment_id)
        .join(Platform, Platform.id == Payment.platform_id)
    )


def _id_by_code(session: Session, model: Any, kind: str, code: str) -> int:
    """The id of the merchant, store or platform (``kind``) with this code, or :class:`NotFound`."""
    found = session.scalar(select(model.id).where(model.code == code))
    if found is None:
        raise NotFound(f"{kind}.not_found", f"unknown {kind} {code!r}", {kind: code})
    return int(found)


class PaymentReader:
    """The database, the gateways and the support-limit settings, and every read of the service."""

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

    def list_payments(self, actor: Actor, flt: PaymentFilter | None = None) -> list[PaymentSummary]:
        """Newest first, keyset-paged by id; a platform admin sees their own platforms only."""
        flt = flt or PaymentFilter()
        return self._payments(actor, flt, flt.limit)

    def payments_page(self, actor: Actor, flt: PaymentFilter) -> Page[PaymentSummary]:
        """A page of :meth:`list_payments` read down from ``flt.before_id``, knowing whether more
        follow (the key of a row is its id: ``core.paging.encode_id_cursor``)."""
        flt = replace(flt, after_id=None)
        return id_page(self._payments(actor, flt, flt.limit + 1), flt.limit, lambda p: p.id)

    def _payments(self, actor: Actor, flt: PaymentFilter, fetch: int) -> list[PaymentSummary]:
        actor.require("payments.view")
        if not 1 <= flt.limit <= MAX_PAGE:
            raise InvalidInput(
                "payments.bad_limit",
                f"limit must be between 1 and {MAX_PAGE}",
                {"limit": flt.limit, "max": MAX_PAGE},
            )
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
                stmt = stmt.where(
                    Store.merchant_id == _id_by_code(session, Merchant, "merchant", flt.merchant)
                )
            if flt.store:
                stmt = stmt.where(Payment.store_id == _id_by_code(session, Store, "store", flt.store))
            if flt.platform:
                stmt = stmt.where(
                    Payment.platform_id == _id_by_code(session, Platform, "platform", flt.platform)
                )
            own = actor.platform_filter("payments.view")
            if own is not None:
                stmt = stmt.where(Payment.platform_id.in_(sorted(own)))
            if flt.before_id is not None:
                stmt = stmt.where(Payment.id < flt.before_id)
            if flt.after_id is not None:
                stmt = stmt.where(Payment.id > flt.after_id).order_by(Payment.id.asc())
            else:
                stmt = stmt.order_by(Payment.id.desc())
            rows = session.execute(stmt.limit(fetch)).all()
            if flt.after_id is not None:
                rows.reverse()
            totals = self._totals_for(session, [row[0].id for row in rows])
        return [summary_of(*row, totals.get(row[0].id, {})) for row in rows]

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
        row = session.execute(with_places(Payment).where(Payment.id == payment_id)).first()
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
            tuple(refund_info(r, payment, platform) for r in refunds),
        )

    def list_refunds(self, actor: Actor, **filters: Any) -> list[RefundInfo]:
        """The rows of :meth:`refunds_page` (same filters)."""
        return self.refunds_page(actor, **filters).rows

    def refunds_page(
        self,
        actor: Actor,
        *,
        payment_id: int | None = None,
        state: str | None = None,
        limit: int = 100,
        before_id: int | None = None,
    ) -> Page[RefundInfo]:
        """Newest first, keyset-paged by id, knowing whether more follow (keys: the ids)."""
        actor.require("payments.view")
        if state is not None:
            check_refund_state(state)
        if not 1 <= limit <= MAX_PAGE:
            raise InvalidInput(
                "refunds.bad_limit",
                f"limit must be between 1 and {MAX_PAGE}",
                {"limit": limit, "max": MAX_PAGE},
            )
        check_optional_id(before_id, "--before")
        stmt = refunds_with_payments()
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
            rows = session.execute(stmt.order_by(Refund.id.desc()).limit(limit + 1)).all()
        return id_page([refund_info(r, p, code) for r, p, code in rows], limit, lambda r: r.id)

    def get_refund(self, actor: Actor, refund_id: int) -> RefundInfo:
        actor.require("payments.view")
        refund, payment, code = self._refs(refund_id)
        actor.require("payments.view", payment.platform_id, code)
        return refund_info(refund, payment, code)

    def _refs(self, refund_id: int) -> RefundRow:
        check_id(refund_id, "a refund id")
        with self.db.sessions() as session:
            row = session.execute(refunds_with_payments().where(Refund.id == refund_id)).first()
        if row is None:
            raise NotFound("refund.not_found", f"unknown refund #{refund_id}", {"refund": refund_id})
        return RefundRow(row[0], row[1], row[2])

    def _current(self, refund_id: int) -> RefundInfo:
        return refund_info(*self._refs(refund_id))

    def _summary(self, payment_id: int) -> PaymentSummary:
        with self.db.sessions() as session:
            row = session.execute(with_store_codes(Payment).where(Payment.id == payment_id)).one()
            totals = self._totals_for(session, [payment_id]).get(payment_id, {})
        return summary_of(*row, totals)
