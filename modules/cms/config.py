"""The settings of ``cms`` (imported when a platform's settings are read or changed)."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from core.i18n import QT_TRANSLATE_NOOP

LOCALE_RE = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")


class CmsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    default_locale: str = Field("fr-LU", title=QT_TRANSLATE_NOOP("modules", "Default locale"))

    @field_validator("default_locale")
    @classmethod
    def _locale(cls, value: str) -> str:
        if not LOCALE_RE.match(value):
            raise PydanticCustomError(
                "cms_default_locale",
                "{value} is not a locale like 'fr', 'de-LU' or 'lb-LU'",
                {"value": repr(value)},
            )
        return value
