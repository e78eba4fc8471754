"""``customers``: customer accounts of a platform."""

from __future__ import annotations

from pathlib import Path

from core.definition import ModuleDefinition
from modules import tables_check

DEFINITION = ModuleDefinition(
    code="customers",
    name="Customers",
    description="Customer accounts of a platform, optionally attached to a merchant, with contact details.",
    version="1.1.0",
    is_core=True,
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("customers", "customers"),
)
