"""``cms``: content pages per platform."""

from __future__ import annotations

from pathlib import Path

from core.definition import ModuleDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import tables_check

DEFINITION = ModuleDefinition(
    code="cms",
    name=QT_TRANSLATE_NOOP("modules", "Content"),
    description=QT_TRANSLATE_NOOP(
        "modules",
        "Content pages per platform (legal notices, help, landing pages) in a default locale.",
    ),
    version="1.2.0",
    is_core=True,
    config_schema="modules.cms.config:CmsConfig",
    default_config={"default_locale": "fr-LU"},
    secret_fields=(),
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("cms", "content_pages"),
)
