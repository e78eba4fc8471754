"""``orders``: orders of a store's customers, their lines and their payment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.contributions import CustomerLink, DetailSection, StoresContext
from core.definition import ModuleDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import tables_check
from modules.orders.demo import DEMO_SEED


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
    name=QT_TRANSLATE_NOOP("modules", "Orders"),
    description=QT_TRANSLATE_NOOP(
        "modules", "Orders of a store's customers, with their lines and the payment that settles them."
    ),
    version="2.0.1",
    requires=("payments",),
    config_schema="modules.orders.config:OrdersConfig",
    default_config={"number_prefix": "ORD-"},
    secret_fields=(),
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("orders", "orders", "order_lines"),
    detail_sections=(DetailSection("orders", _recent_orders, tables=("orders", "customers")),),
    customer_links=(CustomerLink(_customers_of_stores, tables=("orders",)),),
    demo_seed=DEMO_SEED,
)
