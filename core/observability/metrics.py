"""Metrics on a ``prometheus_client`` registry of their own, with low-cardinality labels only.

* ``platform_http_requests_total{method,route,status}`` and
  ``platform_http_request_duration_seconds{method,route}``: every label value comes from a fixed
  set, so anonymous requests cannot grow the exposition: ``method`` is one of the standard methods
  or ``other``, ``route`` the route's template (``/health/ready``), never the raw path (unknown
  paths are ``unmatched``), ``status`` a standard status code or its class (``5xx``).
* ``platform_module_enabled_platforms{module}``: how many platforms have each module enabled
  (one series per module, never one per platform), counted in the database at scrape time and
  cached for a few seconds; ``platform_platforms`` the number of platforms.
* ``platform_health_status`` (0 healthy, 1 degraded, 2 unhealthy: the monitoring-plugin codes),
  ``platform_health_check_status{check}`` and ``platform_health_check_latency_seconds{check}``.
* the process collector (CPU, memory, file descriptors) and Python's GC and platform info.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from core.models import Platform, PlatformModule
from core.observability.health import HealthReport
from core.registry import default_registry

log = logging.getLogger(__name__)

UNMATCHED_ROUTE = "unmatched"
OTHER_LABEL = "other"
# RFC 9110's methods plus PATCH (RFC 5789): anything else a client invents is "other".
STANDARD_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"})
_KNOWN_STATUSES = frozenset(int(s) for s in HTTPStatus)
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def method_label_of(method: str) -> str:
    upper = method.upper()
    return upper if upper in STANDARD_METHODS else OTHER_LABEL


def status_label(status: int) -> str:
    """A standard status code as itself, anything else as its class (``5xx``; ``other``)."""
    if status in _KNOWN_STATUSES:
        return str(status)
    return f"{status // 100}xx" if 100 <= status <= 599 else OTHER_LABEL


class PlatformModulesCollector(Collector):
    """Platforms per enabled module, counted in the database (cached ``ttl`` seconds)."""

    def __init__(self, database: Any, ttl: float = 15.0, registry: Any = None) -> None:
        self.database = database
        self.ttl = ttl
        self.module_registry = registry
        self._cache: tuple[float, dict[str, int], int] | None = None
        self._lock = threading.Lock()

    def counts(self) -> tuple[dict[str, int], int]:
        with self._lock:
            now = time.monotonic()
            if self._cache is not None and now - self._cache[0] < self.ttl:
                return self._cache[1], self._cache[2]
            with self.database.engine.connect() as conn:
                rows = conn.execute(
                    select(PlatformModule.module_code, func.count())
                    .where(PlatformModule.enabled.is_(True))
                    .group_by(PlatformModule.module_code)
                ).all()
                platforms = int(conn.execute(select(func.count()).select_from(Platform)).scalar_one())
            counts = {str(code): int(n) for code, n in rows}
            self._cache = (now, counts, platforms)
            return counts, platforms

    def collect(self) -> Iterator[GaugeMetricFamily]:
        try:
            counts, platforms = self.counts()
        except Exception as exc:  # no database: the series are absent, the scrape still works
            log.debug("platform module counts unavailable: %s", exc)
            return
        known = [m.code for m in (self.module_registry or default_registry())]
        family = GaugeMetricFamily(
            "platform_module_enabled_platforms",
            "Platforms on which the module is enabled.",
            labels=["module"],
        )
        for code in sorted(set(known) | set(counts)):
            family.add_metric([code], counts.get(code, 0))
        yield family
        yield GaugeMetricFamily("platform_platforms", "Platforms in the database.", value=platforms)

    def describe(self) -> Iterator[Any]:
        return iter(())  # collected lazily: do not query the database at registration


class MetricsRegistry:
    """The platform's metrics; :meth:`exposition` renders Prometheus text."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self, registry: CollectorRegistry | None = None, *, process_metrics: bool = True) -> None:
        self.registry = registry if registry is not None else CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "platform_http_requests",
            "HTTP requests answered, by method, route template and status code.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "platform_http_request_duration_seconds",
            "Time to answer an HTTP request, by method and route template.",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.health_status = Gauge(
            "platform_health_status",
            "Aggregate health: 0 healthy, 1 degraded, 2 unhealthy.",
            registry=self.registry,
        )
        self.check_status = Gauge(
            "platform_health_check_status",
            "Result of each health check: 0 healthy, 1 degraded, 2 unhealthy.",
            ["check"],
            registry=self.registry,
        )
        self.check_latency = Gauge(
            "platform_health_check_latency_seconds",
            "Time each health check took.",
            ["check"],
            registry=self.registry,
        )
        self.health_checked = Gauge(
            "platform_health_last_check_timestamp_seconds",
            "When the health checks last ran (Unix time).",
            registry=self.registry,
        )
        self._modules: PlatformModulesCollector | None = None
        if process_metrics:
            from prometheus_client.gc_collector import GCCollector
            from prometheus_client.platform_collector import PlatformCollector
            from prometheus_client.process_collector import ProcessCollector

            ProcessCollector(registry=self.registry)
            PlatformCollector(registry=self.registry)
            GCCollector(registry=self.registry)

    # -- feeding -------------------------------------------------------------------------
    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        """Count one request; ``route`` must be a route template (or empty for no route)."""
        method_label = method_label_of(method)
        route_label = route or UNMATCHED_ROUTE
        self.requests.labels(method_label, route_label, status_label(status)).inc()
        self.latency.labels(method_label, route_label).observe(seconds)

    def observe_health(self, report: HealthReport) -> None:
        self.health_status.set(report.status.severity)
        for result in report.checks:
            self.check_status.labels(result.name).set(result.status.severity)
            self.check_latency.labels(result.name).set(result.latency)
        self.health_checked.set(report.checked_at.timestamp())

    def track_platform_modules(self, database: Any, *, ttl: float = 15.0, registry: Any = None) -> None:
        """Count platforms per enabled module in ``database`` at scrape time."""
        if self._modules is not None:
            self.registry.unregister(self._modules)
        self._modules = PlatformModulesCollector(database, ttl, registry)
        self.registry.register(self._modules)

    # -- output ----------------------------------------------------------------------------
    def exposition(self) -> bytes:
        return generate_latest(self.registry)
