"""The settings of ``marketplace`` (imported when a platform's settings are read or changed)."""

from __future__ import annotations

from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from core.definition import SecretField
from core.i18n import QT_TRANSLATE_NOOP

DEFAULT_ENDPOINT = "https://letzshop.lu/graphql"


class MarketplaceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    letzshop_endpoint: str = Field(DEFAULT_ENDPOINT, title=QT_TRANSLATE_NOOP("modules", "Letzshop endpoint"))
    # Stored encrypted, shown masked, audited as ***.
    api_key: str | None = SecretField(
        None,
        title=QT_TRANSLATE_NOOP("modules", "API key"),
        description=QT_TRANSLATE_NOOP("modules", "Letzshop API key of the platform"),
    )
    sync_interval_minutes: int = Field(
        30, ge=5, le=1440, title=QT_TRANSLATE_NOOP("modules", "Sync interval (minutes)")
    )

    @field_validator("letzshop_endpoint")
    @classmethod
    def _url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise PydanticCustomError(
                "marketplace_letzshop_endpoint", "{value} is not an http(s) URL", {"value": repr(value)}
            )
        return value
