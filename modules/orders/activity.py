"""What the orders module shows in other modules' views (core/contributions.py): a merchant's or
a store's recent orders, and the customers who ordered from a set of stores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from core.contributions import StoresContext
from core.models import Platform
from core.paging import as_utc
from modules.customers.models import Customer
from modules.customers.services import mask_email, pii_masked_for
from modules.orders.models import Order


@dataclass(frozen=True)
class OrderInfo:
    id: int
    number: str
    store: str
    platform: str
    status: str
    total_minor: int
    currency: str
    created_at: datetime
    customer_id: int | None
    customer_name: str | None
    customer_email: str | None  # masked where the caller may not see customers' personal data
    payment_id: int | None


def recent_orders(context: StoresContext) -> list[OrderInfo]:
    """The stores' most recent orders, newest first, with their customer."""
    stmt = (
        select(Order, Platform.code, Customer.name, Customer.email)
        .join(Platform, Platform.id == Order.platform_id)
        .outerjoin(Customer, Customer.id == Order.customer_id)
    )
    rows = context.recent(stmt, Order)
    return [
        OrderInfo(
            o.id,
            o.number,
            context.store_codes.get(o.store_id, "?"),
            platform,
            o.status,
            o.total_minor,
            o.currency,
            as_utc(o.created_at),
            o.customer_id,
            name,
            mask_email(email) if pii_masked_for(context.actor, o.platform_id) else email,
            o.payment_id,
        )
        for o, platform, name, email in rows
    ]


def customers_of_stores(store_ids: Any) -> Any:
    """The ids of the customers who ordered from the stores ``store_ids`` (a SELECT)."""
    return select(Order.customer_id).where(Order.store_id.in_(store_ids), Order.customer_id.is_not(None))
