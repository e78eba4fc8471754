"""``customers``: customer accounts of a platform."""

from __future__ import annotations

from pathlib import Path

from core.definition import ModuleDefinition, PermissionDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import tables_check
from modules.customers.demo import DEMO_SEED

DEFINITION = ModuleDefinition(
    code="customers",
    name=QT_TRANSLATE_NOOP("modules", "Customers"),
    description=QT_TRANSLATE_NOOP(
        "modules", "Customer accounts of a platform, optionally attached to a merchant, with contact details."
    ),
    version="1.1.0",
    is_core=True,
    permissions=(
        PermissionDefinition(
            code="customers.pii.view",
            label=QT_TRANSLATE_NOOP("modules", "See customers' personal data"),
            description=QT_TRANSLATE_NOOP("modules", "See customers' e-mail, phone and address unmasked."),
        ),
        PermissionDefinition(
            code="customers.pii.reveal",
            label=QT_TRANSLATE_NOOP("modules", "Reveal one customer's personal data"),
            description=QT_TRANSLATE_NOOP(
                "modules",
                "Unmask one customer's e-mail, phone and address at a time; each reveal is audited.",
            ),
        ),
    ),
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("customers", "customers"),
    demo_seed=DEMO_SEED,
)
