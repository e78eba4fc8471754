"""The settings of ``analytics`` (imported when a platform's settings are read or changed)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from core.i18n import QT_TRANSLATE_NOOP


class AnalyticsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    retention_days: int = Field(365, ge=1, le=3650, title=QT_TRANSLATE_NOOP("modules", "Retention (days)"))
