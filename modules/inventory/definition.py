"""``inventory``: stock per store and SKU."""

from __future__ import annotations

from pathlib import Path

from core.definition import ModuleDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import tables_check

DEFINITION = ModuleDefinition(
    code="inventory",
    name=QT_TRANSLATE_NOOP("modules", "Inventory"),
    description=QT_TRANSLATE_NOOP(
        "modules", "Stock per store and SKU, with a threshold below which stock is reported as low."
    ),
    version="1.2.0",
    config_schema="modules.inventory.config:InventoryConfig",
    default_config={"low_stock_threshold": 5},
    secret_fields=(),
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("inventory", "stock_items"),
)
