"""Orders: reading, for support staff (``payments.view``: an order is the payment's reason)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from core.actor import Actor
from core.db import Database
from core.errors import InvalidInput, NotFound
from core.paging import MAX_PAGE, Page, check_limit, id_page
from core.ranges import check_optional_id
from core.search import LIKE_ESCAPE, MIN_CONTAINS, contains_pattern, normalise, prefix_pattern
from modules.orders.models import Order, OrderLine
from modules.payments.money import format_amount
from modules.tenancy.models import Merchant, Store, with_store_codes
from modules.tenancy.services import stores_matching


@dataclass(frozen=True)
class OrderSummary:
    id: int
    number: str
    platform: str
    store: str
    merchant: str
    status: str
    total_minor: int
    currency: str
    payment_id: int | None
    created_at: datetime

    @property
    def total(self) -> str:
        return format_amount(self.total_minor, self.currency)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "total": self.total, "created_at": self.created_at.isoformat()}

    @classmethod
    def of(cls, order: Order, platform: str, store: str, merchant: str) -> OrderSummary:
        """An order as read with its platform's, store's and merchant's codes (``with_store_codes``)."""
        return cls(
            order.id,
            order.number,
            platform,
            store,
            merchant,
            order.status,
            order.total_minor,
            order.currency,
            order.payment_id,
            order.created_at,
        )


@dataclass(frozen=True)
class OrderLineInfo:
    sku: str
    description: str
    quantity: int
    unit_price_minor: int


@dataclass(frozen=True)
class OrderDetail:
    order: OrderSummary
    lines: tuple[OrderLineInfo, ...]

    def to_dict(self) -> dict[str, Any]:
        cur = self.order.currency
        return {
            **self.order.to_dict(),
            "lines": [
                {
                    **asdict(line),
                    "unit_price": format_amount(line.unit_price_minor, cur),
                    "line_total": format_amount(line.unit_price_minor * line.quantity, cur),
                }
                for line in self.lines
            ],
        }


def search_condition(db: Database, session: Session, text: str | None) -> ColumnElement[bool] | None:
    """Orders whose number, store or merchant matches ``text`` (None: no search).

    Like the merchants and stores lists: accents and case ignored; three characters or more are
    found anywhere in the order number (orders_002's trigram index on PostgreSQL) or in the
    store's or merchant's name, code, e-mail or domain (their search indexes); one or two
    characters match a prefix of the number, or of the store's or merchant's name or code.
    """
    term = normalise(text)
    if not term:
        return None
    pattern = contains_pattern(term) if len(term) >= MIN_CONTAINS else prefix_pattern(term)
    by_number = func.lower(Order.number).like(pattern, escape=LIKE_ESCAPE)
    return or_(by_number, *(Order.store_id.in_(ids) for ids in stores_matching(db, session, term)))


class OrderService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _base(self) -> Any:
        return with_store_codes(Order)

    def list_orders(self, actor: Actor, **filters: Any) -> list[OrderSummary]:
        """The rows of :meth:`orders_page` (same filters)."""
        return self.orders_page(actor, **filters).rows

    def orders_page(
        self,
        actor: Actor,
        *,
        merchant: str | None = None,
        store: str | None = None,
        limit: int = 50,
        before_id: int | None = None,
        search: str | None = None,
    ) -> Page[OrderSummary]:
        """Newest first, keyset-paged by id, knowing whether more follow (keys: the ids); a platform
        admin sees their own platforms only. ``search``: see :func:`search_condition`."""
        actor.require("payments.view")
        check_limit(limit, MAX_PAGE, "orders.bad_limit")
        check_optional_id(before_id, "--before")
        stmt = self._base()
        with self.db.sessions() as session:
            if merchant:
                mid = session.scalar(select(Merchant.id).where(Merchant.code == merchant))
                if mid is None:
                    raise NotFound(
                        "merchant.not_found", f"unknown merchant {merchant!r}", {"merchant": merchant}
                    )
                stmt = stmt.where(Store.merchant_id == mid)
            if store:
                sid = session.scalar(select(Store.id).where(Store.code == store))
                if sid is None:
                    raise NotFound("store.not_found", f"unknown store {store!r}", {"store": store})
                stmt = stmt.where(Order.store_id == sid)
            own = actor.platform_filter("payments.view")
            if own is not None:
                stmt = stmt.where(Order.platform_id.in_(sorted(own)))
            if before_id is not None:
                stmt = stmt.where(Order.id < before_id)
            found = search_condition(self.db, session, search)
            if found is not None:
                stmt = stmt.where(found)
            rows = session.execute(stmt.order_by(Order.id.desc()).limit(limit + 1)).all()
        return id_page([OrderSummary.of(*row) for row in rows], limit, lambda o: o.id)

    def get_order(self, actor: Actor, number: str, *, store: str | None = None) -> OrderDetail:
        actor.require("payments.view")
        with self.db.sessions() as session:
            stmt = self._base().where(Order.number == number)
            if store:
                stmt = stmt.where(Store.code == store)
            rows = session.execute(stmt.limit(2)).all()
            if not rows:
                raise NotFound("order.not_found", f"unknown order {number!r}", {"order": number})
            if len(rows) > 1:
                raise InvalidInput(
                    "order.ambiguous",
                    f"several stores have an order {number!r}: name the store (--store CODE)",
                    {"order": number},
                )
            order, platform, store_code, merchant = rows[0]
            actor.require("payments.view", order.platform_id, platform)
            return OrderDetail(
                OrderSummary.of(order, platform, store_code, merchant), order_lines(session, order.id)
            )


def order_lines(session: Session, order_id: int) -> tuple[OrderLineInfo, ...]:
    """An order's lines, in the order they were written."""
    lines = session.scalars(select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.id))
    return tuple(OrderLineInfo(li.sku, li.description, li.quantity, li.unit_price_minor) for li in lines)
