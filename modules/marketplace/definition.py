"""``marketplace``: the Letzshop integration (stock out, orders in)."""

from __future__ import annotations

from core.definition import ModuleDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import static_check

DEFINITION = ModuleDefinition(
    code="marketplace",
    name=QT_TRANSLATE_NOOP("modules", "Marketplace (Letzshop)"),
    description=QT_TRANSLATE_NOOP(
        "modules",
        "Letzshop integration: publishes the stores' stock to the Letzshop marketplace and imports "
        "its orders on a schedule.",
    ),
    version="1.4.2",
    requires=("inventory",),
    config_schema="modules.marketplace.config:MarketplaceConfig",
    default_config={
        "letzshop_endpoint": "https://letzshop.lu/graphql",
        "api_key": None,
        "sync_interval_minutes": 30,
    },
    secret_fields=("api_key",),  # stored encrypted, shown masked, audited as ***
    replaces=(),
    health_check=static_check("Letzshop sync configured; the endpoint is reached by the sync job only"),
)
