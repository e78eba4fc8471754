"""``orders``: orders of a store's customers, their lines and their payment."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

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
    demo_seed=DEMO_SEED,
)
