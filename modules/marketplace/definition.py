"""``marketplace``: the Letzshop integration (stock out, orders in)."""

from __future__ import annotations

from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.definition import ModuleDefinition, SecretField
from modules import static_check

DEFAULT_ENDPOINT = "https://letzshop.lu/graphql"


class MarketplaceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    letzshop_endpoint: str = Field(DEFAULT_ENDPOINT, title="Letzshop endpoint")
    # Stored encrypted, shown masked, audited as ***.
    api_key: str | None = SecretField(None, title="API key", description="Letzshop API key of the platform")
    sync_interval_minutes: int = Field(30, ge=5, le=1440, title="Sync interval (minutes)")

    @field_validator("letzshop_endpoint")
    @classmethod
    def _url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value


DEFINITION = ModuleDefinition(
    code="marketplace",
    name="Marketplace (Letzshop)",
    description=(
        "Letzshop integration: publishes the stores' stock to the Letzshop marketplace and imports "
        "its orders on a schedule."
    ),
    version="1.4.2",
    requires=("inventory",),
    config_schema=MarketplaceConfig,
    default_config=MarketplaceConfig().model_dump(mode="json"),
    replaces=(),
    health_check=static_check("Letzshop sync configured; the endpoint is reached by the sync job only"),
)
