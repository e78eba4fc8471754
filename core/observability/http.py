"""The HTTP endpoints: a FastAPI router the platform mounts, and an app that serves it alone.

``/health`` (200 when healthy or degraded, 503 when unhealthy; JSON with every check),
``/health/live`` (the process answers), ``/health/ready`` (200 only when the database answers
and every migration branch is at head), ``/metrics`` (Prometheus text) and ``/health/tools``
(the configured Flower, Grafana and Prometheus URLs).

FastAPI is the ``server`` extra: this module imports it, nothing in ``core`` imports this
module at start-up.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, FastAPI
from fastapi.responses import JSONResponse, Response

from core.observability.metrics import UNMATCHED_ROUTE, MetricsRegistry

if TYPE_CHECKING:
    from core.observability import Observability


class MetricsMiddleware:
    """Counts requests and times them by route template (pure ASGI: no body buffering)."""

    def __init__(self, app: Any, metrics: MetricsRegistry) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_status(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            template = route_template(scope)
            self.metrics.observe_request(
                scope.get("method", "GET"), template, status, time.perf_counter() - started
            )


def route_template(scope: dict[str, Any]) -> str:
    """The matched route's template with the prefix it is mounted under (``/ops/health``).

    FastAPI puts the route in the scope with its own path, without an ``include_router`` prefix:
    the prefix is what precedes the part of the path the route matches.
    """
    route = scope.get("route")
    template = getattr(route, "path", None)
    if not template:
        return UNMATCHED_ROUTE
    path = scope.get("path", "")
    regex = getattr(route, "path_regex", None)
    if regex is not None and not regex.match(path):
        for i, char in enumerate(path):
            if char == "/" and i and regex.match(path[i:]):
                return path[:i] + template
    return template


def create_router(obs: Observability) -> APIRouter:
    router = APIRouter(tags=["observability"])

    @router.get("/health")
    async def health() -> JSONResponse:
        report = await obs.check()
        body = report.to_dict()
        return JSONResponse(body, status_code=503 if report.status.severity >= 2 else 200)

    @router.get("/health/live")
    async def live() -> dict[str, Any]:
        return {"status": "alive", "uptime_seconds": round(obs.uptime(), 3), "pid": obs.pid}

    @router.get("/health/ready")
    async def ready() -> JSONResponse:
        is_ready, report, reasons = await obs.ready()
        body = {
            "ready": is_ready,
            "status": "ready" if is_ready else "not ready",
            "reasons": reasons,
            "checks": [c.to_dict() for c in report.checks],
        }
        return JSONResponse(body, status_code=200 if is_ready else 503)

    @router.get("/metrics")
    async def metrics() -> Response:
        if obs.metrics is None:
            return JSONResponse({"error": "metrics are disabled on this process"}, status_code=404)
        await obs.refresh_health_metrics()
        return Response(obs.metrics.exposition(), media_type=obs.metrics.content_type)

    @router.get("/health/tools")
    async def tools() -> dict[str, Any]:
        return obs.tools_document()

    return router


def create_app(
    obs: Observability,
    *,
    on_startup: Callable[[], Any] | None = None,
    on_shutdown: Callable[[], Any] | None = None,
    title: str = "Platform observability",
) -> FastAPI:
    """An app serving only the observability endpoints (``platformctl serve``)."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if on_startup is not None:
            on_startup()
        try:
            yield
        finally:
            if on_shutdown is not None:
                on_shutdown()

    app = FastAPI(title=title, lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(create_router(obs))
    obs.instrument(app)
    return app
