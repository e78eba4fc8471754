"""The platform's modules: one package per module (``dev-tools`` lives in ``dev_tools``).

Each package declares ``DEFINITION`` in ``definition.py``; tables live in ``models.py`` and
their Alembic branch in ``migrations/versions``. Nothing here imports Qt.

The helpers below build the modules' ``health_check`` hooks: local, fast, no network.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

HealthResult = dict[str, Any]


def healthy(detail: str) -> HealthResult:
    return {"status": "healthy", "detail": detail}


def unhealthy(detail: str) -> HealthResult:
    return {"status": "unhealthy", "detail": detail}


def tables_check(package: str, *tables: str) -> Callable[[], HealthResult]:
    """A check that the module's models import and map the tables its migrations create."""

    def check() -> HealthResult:
        from core.db import Base

        try:
            importlib.import_module(f"modules.{package}.models")
        except Exception as exc:  # a broken models module is exactly what this check reports
            return unhealthy(f"models of {package} do not import: {exc}")
        missing = [name for name in tables if name not in Base.metadata.tables]
        if missing:
            return unhealthy(f"tables not mapped: {', '.join(missing)}")
        return healthy(f"{len(tables)} table(s) mapped: {', '.join(tables)}")

    return check


def static_check(detail: str) -> Callable[[], HealthResult]:
    """A check for a module without local state: loaded means healthy."""

    def check() -> HealthResult:
        return healthy(detail)

    return check
