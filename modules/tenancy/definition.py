"""``tenancy``: merchants and stores, the tenants of a platform (formerly ``platform-admin``)."""

from __future__ import annotations

from pathlib import Path

from core.definition import ModuleDefinition, PermissionDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import tables_check
from modules.tenancy.demo import DEMO_SEED

DEFINITION = ModuleDefinition(
    code="tenancy",
    name=QT_TRANSLATE_NOOP("modules", "Tenancy"),
    description=QT_TRANSLATE_NOOP(
        "modules",
        "Merchants and their stores: the tenants of a platform, with their domains, contact "
        "details and suspension.",
    ),
    version="2.1.0",
    is_core=True,
    permissions=(
        PermissionDefinition(
            code="merchants.view",
            label=QT_TRANSLATE_NOOP("modules", "View merchants and stores"),
            description=QT_TRANSLATE_NOOP("modules", "Search merchants and stores and read their details."),
        ),
        PermissionDefinition(
            code="merchants.suspend",
            label=QT_TRANSLATE_NOOP("modules", "Suspend merchants and stores"),
            description=QT_TRANSLATE_NOOP(
                "modules", "Suspend and reinstate merchants and stores, with a reason."
            ),
        ),
    ),
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    # The platform renamed its `platform-admin` module to `tenancy`.
    replaces=("platform-admin",),
    health_check=tables_check("tenancy", "merchants", "stores"),
    demo_seed=DEMO_SEED,
)
