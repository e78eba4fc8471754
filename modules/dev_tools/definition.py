"""``dev-tools`` (package ``dev_tools``): feature flags and diagnostics. Internal tier."""

from __future__ import annotations

from pathlib import Path

from core.definition import ModuleDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import tables_check

DEFINITION = ModuleDefinition(
    code="dev-tools",
    name=QT_TRANSLATE_NOOP("modules", "Developer tools"),
    description=QT_TRANSLATE_NOOP(
        "modules", "Feature flags and diagnostics for the platform's own staff; never shown to merchants."
    ),
    version="0.4.0",
    is_internal=True,
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("dev_tools", "feature_flags"),
)
