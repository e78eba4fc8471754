"""``cms``: content pages per platform."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.definition import ModuleDefinition
from modules import tables_check

LOCALE_RE = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")


class CmsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    default_locale: str = Field("fr-LU", title="Default locale")

    @field_validator("default_locale")
    @classmethod
    def _locale(cls, value: str) -> str:
        if not LOCALE_RE.match(value):
            raise ValueError(f"{value!r} is not a locale like 'fr', 'de-LU' or 'lb-LU'")
        return value


DEFINITION = ModuleDefinition(
    code="cms",
    name="Content",
    description="Content pages per platform (legal notices, help, landing pages) in a default locale.",
    version="1.2.0",
    is_core=True,
    config_schema=CmsConfig,
    default_config=CmsConfig().model_dump(mode="json"),
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("cms", "content_pages"),
)
