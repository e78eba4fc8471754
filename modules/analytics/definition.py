"""``analytics``: sales and traffic reporting."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from core.definition import ModuleDefinition
from modules import static_check


class AnalyticsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    retention_days: int = Field(365, ge=1, le=3650, title="Retention (days)")


DEFINITION = ModuleDefinition(
    code="analytics",
    name="Analytics",
    description="Sales and traffic reports per platform and store, kept for a configurable retention period.",
    version="1.0.3",
    config_schema=AnalyticsConfig,
    default_config=AnalyticsConfig().model_dump(mode="json"),
    health_check=static_check("reporting ready"),
)
