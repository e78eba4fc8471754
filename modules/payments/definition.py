"""``payments``: payments through Stripe, PayPal or a manual gateway, and their refunds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.contributions import DetailSection, StoresContext
from core.definition import ModuleDefinition, PermissionDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import tables_check
from modules.payments.demo import DEMO_SEED


def _recent_payments(context: StoresContext) -> list[Any]:
    # Imported when first used: loading the registry imports no tables.
    # lazy: the payments tables (SQLAlchemy): not when the registry loads
    from modules.payments.activity import recent_payments

    return recent_payments(context)


DEFINITION = ModuleDefinition(
    code="payments",
    name=QT_TRANSLATE_NOOP("modules", "Payments"),
    description=QT_TRANSLATE_NOOP(
        "modules",
        "Payments through Stripe, PayPal or a manual gateway, with refunds that are idempotent "
        "and, above the support limit, approved by a platform admin.",
    ),
    version="2.3.0",
    permissions=(
        PermissionDefinition(
            code="payments.view",
            label=QT_TRANSLATE_NOOP("modules", "View payments"),
            description=QT_TRANSLATE_NOOP("modules", "Read payments and refunds."),
        ),
        PermissionDefinition(
            code="payments.refund",
            label=QT_TRANSLATE_NOOP("modules", "Refund payments"),
            description=QT_TRANSLATE_NOOP(
                "modules", "Request refunds; support staff up to the support limit."
            ),
        ),
        PermissionDefinition(
            code="payments.refund.approve",
            label=QT_TRANSLATE_NOOP("modules", "Approve refunds"),
            description=QT_TRANSLATE_NOOP("modules", "Approve or reject refunds awaiting approval."),
        ),
    ),
    config_schema="modules.payments.config:PaymentsConfig",
    default_config={"enabled_gateways": ["manual"], "default_currency": "EUR"},
    secret_fields=(),
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("payments", "payments", "refunds"),
    detail_sections=(
        DetailSection("payments", _recent_payments, tables=("payments",), permission="payments.view"),
    ),
    demo_seed=DEMO_SEED,
)
