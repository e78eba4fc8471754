"""Observability settings: ``PLATFORM_*`` environment variables over the platform's config file.

Kept apart from :mod:`core.settings` so the health and metrics knobs live with their code;
the sources and their order come from :class:`core.settings.PlatformSettings`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.settings import PlatformSettings
from core.settings_fields import SECRET, SecretStr, boolean, integer, number, text


@dataclass(init=False)
class ObservabilitySettings(PlatformSettings):
    metrics_enabled: bool = boolean(True)
    sentry_dsn: str | None = text(None)
    sentry_environment: str | None = text(None)
    flower_url: str | None = text(None)
    grafana_url: str | None = text(None)
    prometheus_url: str | None = text(None)
    # Bearer token guarding /health's details and /metrics (PLATFORM_HEALTH_TOKEN); without it the
    # details are shown to loopback callers only and /metrics is open.
    health_token: SecretStr | None = field(default=None, metadata=SECRET)
    # Seconds a single check may take before it counts as unhealthy ("timed out after N s").
    health_timeout: float = number(5.0, gt=0)
    # A database answering slower than this (seconds) is degraded.
    health_db_slow: float = number(1.0, gt=0)
    # Free space of the data directory: below *_warn degraded, below *_critical unhealthy.
    health_disk_warn_percent: float = number(10.0, ge=0, le=100)
    health_disk_critical_percent: float = number(5.0, ge=0, le=100)
    health_disk_warn_bytes: int = integer(1 << 30, ge=0)
    health_disk_critical_bytes: int = integer(256 << 20, ge=0)


def observability_settings(**overrides: object) -> ObservabilitySettings:
    return ObservabilitySettings(**overrides)
