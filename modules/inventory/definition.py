"""``inventory``: stock per store and SKU."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from core.definition import ModuleDefinition
from modules import tables_check


class InventoryConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # A stock item at or below this quantity is reported as low stock.
    low_stock_threshold: int = Field(5, ge=0, title="Low-stock threshold")


DEFINITION = ModuleDefinition(
    code="inventory",
    name="Inventory",
    description="Stock per store and SKU, with a threshold below which stock is reported as low.",
    version="1.2.0",
    config_schema=InventoryConfig,
    default_config=InventoryConfig().model_dump(mode="json"),
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("inventory", "stock_items"),
)
