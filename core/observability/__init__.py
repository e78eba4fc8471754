"""Observability: health checks, metrics, the HTTP endpoints and error reporting. No Qt.

The platform calls :func:`init_observability` once at start-up and mounts
``obs.router()`` in its FastAPI app (``obs.instrument(app)`` adds the request metrics);
``platformctl serve`` runs :func:`core.observability.http.create_app` on its own.

    obs = init_observability(enable_metrics=True, sentry_dsn=dsn,
                             flower_url="http://flower:5555", grafana_url="http://grafana:3000",
                             database=db)
    app.include_router(obs.router()); obs.instrument(app)
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.observability.checks import (
    DATABASE_CHECK,
    MIGRATIONS_CHECK,
    READY_TAG,
    health_database,
    local_checks,
    register_builtin_checks,
    register_module_checks,
)
from core.observability.config import ObservabilitySettings
from core.observability.health import (
    HealthCheckRegistry,
    HealthReport,
    HealthResult,
    HealthStatus,
    aggregate,
)
from core.observability.metrics import MetricsRegistry
from core.observability.sentry import init_sentry
from core.observability.urls import public_url

if TYPE_CHECKING:
    from core.db import Database
    from core.registry import ModuleRegistry

log = logging.getLogger(__name__)

__all__ = [
    "HealthCheckRegistry",
    "HealthReport",
    "HealthResult",
    "HealthStatus",
    "MetricsRegistry",
    "Observability",
    "aggregate",
    "get_observability",
    "health_database",
    "init_observability",
    "local_checks",
]

# /metrics refreshes the health gauges when the last run is older than this (seconds).
HEALTH_METRICS_MAX_AGE = 10.0


class Observability:
    """What one platform process has: its checks, its metrics, the tool URLs."""

    def __init__(
        self,
        health: HealthCheckRegistry,
        metrics: MetricsRegistry | None,
        *,
        database: Database | None = None,
        tools: dict[str, str | None] | None = None,
        health_timeout: float = 5.0,
        sentry_enabled: bool = False,
        health_token: str | None = None,
    ) -> None:
        self.health = health
        self.metrics = metrics
        self.database = database
        self.tools = dict(tools or {})
        self.health_timeout = health_timeout
        self.sentry_enabled = sentry_enabled
        self.health_token = health_token or None
        self.pid = os.getpid()
        self.started = time.monotonic()
        self.last_report: HealthReport | None = None
        self._last_run = 0.0
        self._refresh_lock: asyncio.Lock | None = None

    def uptime(self) -> float:
        return time.monotonic() - self.started

    # -- running the checks -----------------------------------------------------------------
    def _record(self, report: HealthReport) -> None:
        if len(report.checks) == len(self.health):
            self.last_report = report
            self._last_run = time.monotonic()
        if self.metrics is not None:
            self.metrics.observe_health(report)

    async def check(self) -> HealthReport:
        """Every check, concurrently, each within the health timeout."""
        report = await self.health.run_async(self.health_timeout)
        self._record(report)
        return report

    def check_sync(self) -> HealthReport:
        report = self.health.run(self.health_timeout)
        self._record(report)
        return report

    async def ready(self) -> tuple[bool, HealthReport, list[str]]:
        """Ready when the database answers and every migration branch is at head."""
        report = await self.health.run_async(self.health_timeout, tags=[READY_TAG])
        reasons = []
        database = report.get(DATABASE_CHECK)
        migrations = report.get(MIGRATIONS_CHECK)
        if database is None:
            reasons.append("no database configured")
        elif database.status is HealthStatus.UNHEALTHY:
            reasons.append(f"database: {database.detail}")
        if migrations is None:
            if database is not None:
                reasons.append("migrations: not checked")
        elif migrations.status is not HealthStatus.HEALTHY:
            reasons.append(f"migrations: {migrations.detail}")
        return not reasons, report, reasons

    async def refresh_health_metrics(self, max_age: float = HEALTH_METRICS_MAX_AGE) -> None:
        """Before a scrape: run the checks when the last run is older than ``max_age``."""
        if self.metrics is None or time.monotonic() - self._last_run < max_age:
            return
        if self._refresh_lock is None:
            self._refresh_lock = asyncio.Lock()
        async with self._refresh_lock:
            if time.monotonic() - self._last_run >= max_age:
                await self.check()

    # -- HTTP ---------------------------------------------------------------------------------
    def tools_document(self) -> dict[str, Any]:
        """The tool URLs without user information: the endpoint is open, credentials are not."""
        return {
            "flower": public_url(self.tools.get("flower")),
            "grafana": public_url(self.tools.get("grafana")),
            "prometheus": public_url(self.tools.get("prometheus")),
            "sentry": self.sentry_enabled,
            "metrics": self.metrics is not None,
        }

    def router(self) -> Any:
        # lazy: FastAPI (0.15 s): only an HTTP server needs it
        from core.observability.http import create_router

        return create_router(self)

    def instrument(self, app: Any) -> None:
        """Count and time the app's requests (no-op when metrics are disabled)."""
        if self.metrics is not None:
            from core.observability.http import MetricsMiddleware  # lazy: FastAPI, see router()

            app.add_middleware(MetricsMiddleware, metrics=self.metrics)

    def app(self, **kw: Any) -> Any:
        from core.observability.http import create_app  # lazy: FastAPI, see router()

        return create_app(self, **kw)


_current: Observability | None = None


def get_observability() -> Observability | None:
    """What :func:`init_observability` set up in this process, if it ran."""
    return _current


def init_observability(
    enable_metrics: bool | None = None,
    sentry_dsn: str | None = None,
    flower_url: str | None = None,
    grafana_url: str | None = None,
    prometheus_url: str | None = None,
    *,
    database: Database | None = None,
    registry: ModuleRegistry | None = None,
    health_timeout: float | None = None,
    data_path: Path | None = None,
    settings: ObservabilitySettings | None = None,
    register_modules: bool = True,
    process_metrics: bool = True,
    health_token: str | None = None,
) -> Observability:
    """Set up health checks, metrics and (with a DSN) Sentry for this process.

    Arguments left as None come from :class:`ObservabilitySettings` (``PLATFORM_METRICS_ENABLED``,
    ``PLATFORM_SENTRY_DSN``, ``PLATFORM_FLOWER_URL``, ``PLATFORM_GRAFANA_URL``,
    ``PLATFORM_PROMETHEUS_URL``, ``PLATFORM_HEALTH_TIMEOUT``, ``PLATFORM_HEALTH_TOKEN``, ...).
    """
    global _current
    cfg = settings or ObservabilitySettings()
    timeout = health_timeout if health_timeout is not None else cfg.health_timeout
    health = HealthCheckRegistry(default_timeout=timeout)
    register_builtin_checks(health, database, data_path=data_path, settings=cfg, registry=registry)
    if register_modules:
        register_module_checks(health, registry)
    metrics_on = cfg.metrics_enabled if enable_metrics is None else enable_metrics
    metrics = MetricsRegistry(process_metrics=process_metrics) if metrics_on else None
    if metrics is not None and database is not None:
        metrics.track_platform_modules(database, registry=registry)
    dsn = sentry_dsn if sentry_dsn is not None else cfg.sentry_dsn
    sentry_on = False
    if dsn:
        sentry_on = init_sentry(dsn, environment=cfg.sentry_environment, component="platform")
    obs = Observability(
        health,
        metrics,
        database=database,
        tools={
            "flower": flower_url if flower_url is not None else cfg.flower_url,
            "grafana": grafana_url if grafana_url is not None else cfg.grafana_url,
            "prometheus": prometheus_url if prometheus_url is not None else cfg.prometheus_url,
        },
        health_timeout=timeout,
        sentry_enabled=sentry_on,
        health_token=health_token
        if health_token is not None
        else (cfg.health_token.get_secret_value() if cfg.health_token else None),
    )
    _current = obs
    return obs
