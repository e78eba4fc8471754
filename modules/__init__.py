"""The platform's modules: one package per module (``dev-tools`` lives in ``dev_tools``).

Each package declares ``DEFINITION`` in ``definition.py``; tables live in ``models.py`` and
their Alembic branch in ``migrations/versions``. Nothing here imports Qt.

The helpers below build the modules' ``health_check`` hooks: local, fast, no network. A hook that
takes a parameter receives the platform's :class:`core.db.Database` (None where a process has
none); one without is called bare (docs/architecture.md, "Module contract").
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from core.wording import count_of

if TYPE_CHECKING:
    from core.db import Database

HealthResult = dict[str, Any]


def healthy(detail: str) -> HealthResult:
    return {"status": "healthy", "detail": detail}


def unhealthy(detail: str, **data: Any) -> HealthResult:
    return {"status": "unhealthy", "detail": detail, **data}


def tables_check(
    package: str, *tables: str, models: str | None = None
) -> Callable[[Database | None], HealthResult]:
    """A check that the module's models (``modules.<package>.models`` unless ``models`` names
    another) map its tables and, given the database, that the tables exist there."""

    def check(database: Database | None = None) -> HealthResult:
        # lazy: SQLAlchemy: when a check runs, not when the definitions load (the console's start-up)
        from core.db import Base

        where = models or f"modules.{package}.models"
        try:
            importlib.import_module(where)
        except Exception as exc:  # a broken models module is exactly what this check reports
            return unhealthy(f"models of {package} do not import: {exc}")
        unmapped = [name for name in tables if name not in Base.metadata.tables]
        if unmapped:
            return unhealthy(f"tables not mapped: {', '.join(unmapped)}")
        if database is None:
            return healthy(f"{count_of(len(tables), 'table')} mapped: {', '.join(tables)}")
        return _tables_present(database, tables)

    return check


def _tables_present(database: Database, tables: tuple[str, ...]) -> HealthResult:
    # lazy: import cycle: core.observability.checks loads the registry, which loads this package
    from core.observability.checks import database_tables, driver_error, sqlite_file_missing

    missing_file = sqlite_file_missing(database)
    if missing_file is not None:
        return unhealthy(f"no database file at {missing_file}")
    try:
        present = database_tables(database)
    except Exception as exc:
        return unhealthy(f"cannot read the tables of {database.display_url()}: {driver_error(exc)}")
    missing = [name for name in tables if name not in present]
    if missing:
        return unhealthy(f"missing in the database: {', '.join(missing)}", missing=missing)
    return healthy(f"{count_of(len(tables), 'table')} in the database: {', '.join(tables)}")


def static_check(detail: str) -> Callable[[], HealthResult]:
    """A check for a module without local state: loaded means healthy."""

    def check() -> HealthResult:
        return healthy(detail)

    return check
