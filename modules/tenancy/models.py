"""Merchants and their stores."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Select, String, Text, event, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship

from core.db import Base, UTCDateTime, register_unmanaged, utcnow
from core.models import Platform  # also registers ``platforms`` for the foreign keys
from core.search import search_text

# The fields of each table's search column (``search_text``), in order: the name comes first, so
# the column's order is the name's order (accents and case folded) and its prefix the name's prefix.
MERCHANT_SEARCH_FIELDS = ("name", "code", "email")
STORE_SEARCH_FIELDS = ("name", "code", "email", "domain")


def _search_default(fields: tuple[str, ...]) -> Any:
    """A column default computing the search column from the row's other values (any INSERT made
    through the table, ORM or Core, that does not give the column itself)."""

    def compute(context: DefaultExecutionContext) -> str:
        params = context.get_current_parameters()
        return search_text(*(params.get(f) for f in fields))

    return compute


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
    search_text: Mapped[str] = mapped_column(
        Text, default=_search_default(MERCHANT_SEARCH_FIELDS), server_default=""
    )

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
    search_text: Mapped[str] = mapped_column(
        Text, default=_search_default(STORE_SEARCH_FIELDS), server_default=""
    )

    merchant: Mapped[Merchant] = relationship(back_populates="stores", lazy="raise")


@event.listens_for(Merchant, "before_update")
@event.listens_for(Store, "before_update")
def _refresh_search_text(mapper: Mapper[Any], connection: Connection, target: Merchant | Store) -> None:
    """An ORM update of a searched field writes the search column again."""
    fields = MERCHANT_SEARCH_FIELDS if isinstance(target, Merchant) else STORE_SEARCH_FIELDS
    target.search_text = search_text(*(getattr(target, f) for f in fields))


# Created by tenancy_002 and tenancy_003 with dialect-specific SQL (see those revisions): search and
# sort indexes, PostgreSQL trigram indexes, SQLite FTS5 tables (and their shadow tables).
register_unmanaged(
    *(
        f"ix_{table}_{suffix}"
        for table in ("merchants", "stores")
        for suffix in (
            "name_key",
            "code_key",
            "created_key",
            "suspended",
            "email_trgm",
            "domain_trgm",
            "search_trgm",
        )
    ),
    "merchants_search",
    "stores_search",
)


def with_store_codes(entity: Any) -> Select[Any]:
    """``entity`` (a table with ``platform_id`` and ``store_id``: orders, payments) with the codes
    of its platform, store and merchant, in that order."""
    return (
        select(entity, Platform.code, Store.code, Merchant.code)
        .join(Platform, Platform.id == entity.platform_id)
        .join(Store, Store.id == entity.store_id)
        .join(Merchant, Merchant.id == Store.merchant_id)
    )
