"""``orders``: orders of a store's customers, their lines and their payment."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.contributions import CustomerLink, DetailSection, StoresContext
from core.definition import ModuleDefinition
from modules import tables_check
from modules.orders.demo import DEMO_SEED

PREFIX_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,11}$")


class OrdersConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    number_prefix: str = Field("ORD-", title="Order number prefix")

    @field_validator("number_prefix")
    @classmethod
    def _prefix(cls, value: str) -> str:
        if not PREFIX_RE.match(value):
            raise ValueError("1 to 12 characters: capital letters, digits and dashes, e.g. 'ORD-'")
        return value


def _recent_orders(context: StoresContext) -> list[Any]:
    # lazy: the orders tables (SQLAlchemy): not when the registry loads
    from modules.orders.activity import recent_orders

    return recent_orders(context)


def _customers_of_stores(store_ids: Any) -> Any:
    # lazy: the orders tables (SQLAlchemy): not when the registry loads
    from modules.orders.activity import customers_of_stores

    return customers_of_stores(store_ids)


DEFINITION = ModuleDefinition(
    code="orders",
    name="Orders",
    description="Orders of a store's customers, with their lines and the payment that settles them.",
    version="2.0.1",
    requires=("payments",),
    config_schema=OrdersConfig,
    default_config=OrdersConfig().model_dump(mode="json"),
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("orders", "orders", "order_lines"),
    detail_sections=(DetailSection("orders", _recent_orders, tables=("orders", "customers")),),
    customer_links=(CustomerLink(_customers_of_stores, tables=("orders",)),),
    demo_seed=DEMO_SEED,
)
