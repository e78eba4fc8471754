"""The settings of ``inventory`` (imported when a platform's settings are read or changed)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from core.i18n import QT_TRANSLATE_NOOP


class InventoryConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # A stock item at or below this quantity is reported as low stock.
    low_stock_threshold: int = Field(5, ge=0, title=QT_TRANSLATE_NOOP("modules", "Low-stock threshold"))
