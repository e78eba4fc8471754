"""Merchants and their stores."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

import core.models  # noqa: F401 - registers ``platforms`` for the foreign key
from core.db import Base, UTCDateTime, register_unmanaged, utcnow


class TenantStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


STATUS_CHECK = "status IN ('active', 'suspended')"


class Merchant(Base):
    __tablename__ = "merchants"
    __table_args__ = (CheckConstraint(STATUS_CHECK, name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default=TenantStatus.ACTIVE, server_default="active")
    suspended_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, server_default=func.now())

    stores: Mapped[list[Store]] = relationship(back_populates="merchant", lazy="raise")


class Store(Base):
    __tablename__ = "stores"
    __table_args__ = (CheckConstraint(STATUS_CHECK, name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    domain: Mapped[str | None] = mapped_column(String(253))
    email: Mapped[str | None] = mapped_column(String(254))
    status: Mapped[str] = mapped_column(String(16), default=TenantStatus.ACTIVE, server_default="active")
    suspended_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, server_default=func.now())

    merchant: Mapped[Merchant] = relationship(back_populates="stores", lazy="raise")


# Created by tenancy_002 with dialect-specific SQL (see that revision): search and sort indexes,
# PostgreSQL trigram indexes, SQLite FTS5 tables (and their shadow tables).
register_unmanaged(
    *(
        f"ix_{table}_{suffix}"
        for table in ("merchants", "stores")
        for suffix in ("name_key", "code_key", "created_key", "suspended", "email_trgm", "domain_trgm")
    ),
    "merchants_search",
    "stores_search",
)
