"""Orders as a window for the console: keyset paging by id (newest first), read-only.

:class:`OrderPager` offers what :class:`console.models.windowed.WindowedTableModel` reads through
a source: ``open`` (count and first page), ``page`` (``after`` / ``before`` a key, or
``from_end``, with an ``offset`` for a jump) and ``count`` (exact up to
:data:`core.paging.COUNT_CAP`, then an estimate). The key of a row is its id.
A platform admin sees the orders of their own platforms (``payments.view`` scope).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.actor import Actor
from core.db import Database
from core.errors import NotFound
from core.paging import (
    COUNT_CAP,
    Page,
    RowCount,
    Window,
    capped_count,
    check_limit,
    check_window,
    planner_estimate,
)
from modules.orders.models import Order
from modules.orders.services import OrderDetail, OrderSummary, order_lines, search_condition
from modules.payments.models import Payment
from modules.tenancy.models import Store, with_store_codes


@dataclass(frozen=True)
class OrderQuery:
    """``search``: text in the order number, store or merchant (:func:`search_condition`);
    ``store``: a store code."""

    search: str = ""
    store: str = ""


@dataclass(frozen=True)
class OrderPayment:
    id: int
    gateway: str
    gateway_payment_id: str | None
    amount_minor: int
    captured_minor: int
    currency: str
    status: str
    created_at: datetime


@dataclass(frozen=True)
class OrderLines(OrderDetail):
    """An order with its lines and its payment (the orders page's detail)."""

    payment: OrderPayment | None = None


class OrderPager:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the query ------------------------------------------------------------------------------
    def _where(self, session: Session, actor: Actor, query: OrderQuery) -> list[Any] | None:
        """The conditions on ``orders``; None: nothing can match."""
        actor.require("payments.view")
        where: list[Any] = []
        own = actor.platform_filter("payments.view")
        if own is not None:
            if not own:
                return None
            where.append(Order.platform_id.in_(sorted(own)))
        store = query.store.strip()
        if store:
            sid = session.scalar(select(Store.id).where(Store.code == store))
            if sid is None:
                return None
            where.append(Order.store_id == sid)
        found = search_condition(self.db, session, query.search)
        if found is not None:
            where.append(found)
        return where

    def _select(self) -> Any:
        return with_store_codes(Order)

    # -- reading ----------------------------------------------------------------------------------
    def page(
        self,
        actor: Actor,
        query: OrderQuery,
        *,
        after: int | None = None,
        before: int | None = None,
        from_end: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> Page[OrderSummary]:
        """Rows newest first. ``after``: the rows below that id; ``before``: the rows just above
        it; neither: from the top, or with ``from_end`` the last rows."""
        check_window(after, before, offset, limit)
        with self.db.sessions() as session:
            where = self._where(session, actor, query)
            return self._page(session, where, after, before, from_end, offset, limit)

    def _page(
        self,
        session: Session,
        where: list[Any] | None,
        after: int | None,
        before: int | None,
        from_end: bool,
        offset: int,
        limit: int,
    ) -> Page[OrderSummary]:
        if where is None:
            return Page([], None, None, True)
        forward = before is None and not from_end
        stmt = self._select().where(*where)
        if after is not None:
            stmt = stmt.where(Order.id < after)
        if before is not None:
            stmt = stmt.where(Order.id > before)
        # Display order is id descending: forward reads descend, backward reads ascend.
        stmt = stmt.order_by(Order.id.desc() if forward else Order.id.asc())
        records = session.execute(stmt.limit(limit).offset(offset or None)).all()
        at_end = len(records) < limit
        if not forward:
            records.reverse()
        rows = [OrderSummary.of(*record) for record in records]
        if not rows:
            return Page([], None, None, at_end)
        return Page(rows, rows[0].id, rows[-1].id, at_end)

    def count(self, actor: Actor, query: OrderQuery, *, exact: bool = False) -> RowCount:
        with self.db.sessions() as session:
            return self._count(session, self._where(session, actor, query), exact)

    def _count(self, session: Session, where: list[Any] | None, exact: bool) -> RowCount:
        if where is None:
            return RowCount(0, True)
        t = Order.__table__
        if exact:
            total = session.scalar(select(func.count()).select_from(t).where(*where))
            return RowCount(int(total or 0), True)
        bounded = capped_count(session, t, where, COUNT_CAP)
        if bounded <= COUNT_CAP:
            return RowCount(bounded, True)
        return RowCount(max(self._estimate(session, where), COUNT_CAP + 1), False)

    def _estimate(self, session: Session, where: list[Any]) -> int:
        if session.get_bind().dialect.name == "postgresql":
            return planner_estimate(session, select(Order.id).where(*where))
        # SQLite: the id span (orders are not deleted), an upper bound.
        low = session.scalar(select(func.min(Order.id)))
        high = session.scalar(select(func.max(Order.id)))
        return 0 if low is None or high is None else int(high) - int(low) + 1

    def open(self, actor: Actor, query: OrderQuery, *, limit: int = 100) -> Window[OrderSummary]:
        """The count and the first page in one round trip."""
        check_limit(limit)
        with self.db.sessions() as session:
            where = self._where(session, actor, query)
            page = self._page(session, where, None, None, False, 0, limit)
            if page.at_end:
                return Window(RowCount(len(page.rows), True), page)
            return Window(self._count(session, where, False), page)

    def detail(self, actor: Actor, order_id: int) -> OrderLines:
        """An order's lines and its payment."""
        actor.require("payments.view")
        with self.db.sessions() as session:
            record = session.execute(self._select().where(Order.id == order_id)).first()
            if record is None:
                raise NotFound("order.not_found", f"unknown order {order_id}", {"order": order_id})
            order = record[0]
            actor.require("payments.view", order.platform_id, record[1])
            payment = session.get(Payment, order.payment_id) if order.payment_id is not None else None
            return OrderLines(
                OrderSummary.of(*record),
                order_lines(session, order.id),
                None
                if payment is None
                else OrderPayment(
                    payment.id,
                    payment.gateway,
                    payment.gateway_payment_id,
                    payment.amount_minor,
                    payment.captured_minor,
                    payment.currency,
                    payment.status,
                    payment.created_at,
                ),
            )
