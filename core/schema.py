"""The one ``MetaData`` every table lives in, and the column types they share; SQLAlchemy Core
only (no ORM), so that a read on a Connection loads none of the ORM.

The framework's tables are declared on it in :mod:`core.tables`; the ORM's declarative ``Base``
(:mod:`core.models`) and every module's models use this same ``metadata``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def register_unmanaged(*names: str) -> None:
    """Schema objects a module's revisions create with dialect-specific SQL that the ORM does not
    express (expression, partial and GIN indexes; SQLite FTS5 tables, whose shadow tables are
    ``<name>_*``). Model/schema comparisons (:func:`include_object`) skip them."""
    metadata.info.setdefault("unmanaged", set()).update(names)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic's ``include_object`` hook: leave out reflected objects registered as unmanaged."""
    if not reflected or compare_to is not None or name is None:
        return True
    unmanaged: set[str] = metadata.info.get("unmanaged", set())
    if name in unmanaged:
        return False
    return not (type_ == "table" and any(name.startswith(u + "_") for u in unmanaged))


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored in UTC; naive values read back from SQLite are marked UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store times in UTC with tzinfo")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
