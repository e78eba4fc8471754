"""``analytics``: sales and traffic reporting."""

from __future__ import annotations

from core.definition import ModuleDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import static_check

DEFINITION = ModuleDefinition(
    code="analytics",
    name=QT_TRANSLATE_NOOP("modules", "Analytics"),
    description=QT_TRANSLATE_NOOP(
        "modules",
        "Sales and traffic reports per platform and store, kept for a configurable retention period.",
    ),
    version="1.0.3",
    # Imported when settings are read, checked or shown; the defaults and secrets below stand for it.
    config_schema="modules.analytics.config:AnalyticsConfig",
    default_config={"retention_days": 365},
    secret_fields=(),
    health_check=static_check("reporting ready"),
)
