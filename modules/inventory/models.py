"""Stock per store and SKU."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

import modules.tenancy.models  # noqa: F401 - registers ``stores``
from core.db import Base, UTCDateTime, utcnow


class StockItem(Base):
    __tablename__ = "stock_items"
    __table_args__ = (UniqueConstraint("store_id", "sku", name="uq_stock_items_store_sku"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow, server_default=func.now()
    )
