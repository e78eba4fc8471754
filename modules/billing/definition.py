"""``billing``: subscriptions of merchants to platform plans, and their invoices."""

from __future__ import annotations

from pathlib import Path

from core.definition import ModuleDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import tables_check

DEFINITION = ModuleDefinition(
    code="billing",
    name=QT_TRANSLATE_NOOP("modules", "Billing"),
    description=QT_TRANSLATE_NOOP(
        "modules", "Subscriptions of merchants to platform plans, and the invoices issued for them."
    ),
    version="1.3.0",
    requires=("payments",),
    config_schema="modules.billing.config:BillingConfig",
    default_config={"invoice_prefix": "INV-", "payment_terms_days": 30},
    secret_fields=(),
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("billing", "subscriptions", "invoices"),
)
