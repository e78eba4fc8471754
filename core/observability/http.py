"""The HTTP endpoints: a FastAPI router the platform mounts, and an app that serves it alone.

``/health`` (200 when healthy or degraded, 503 when unhealthy; JSON with every check),
``/health/live`` (the process answers), ``/health/ready`` (200 only when the database answers
and every migration branch is at head), ``/metrics`` (Prometheus text) and ``/health/tools``
(the configured Flower, Grafana and Prometheus URLs, without user information).

Access: the probes (``/health/live``, ``/health/ready``) and ``/health/tools`` are open. The
details of ``/health`` (each check's detail: database user, host and name, data paths, disk, load;
the pid) need the health token (``PLATFORM_HEALTH_TOKEN``, sent as ``Authorization: Bearer``) when
one is set, and a loopback caller when none is; others get the status summary. ``/metrics`` needs
the token when one is set.

FastAPI is the ``server`` extra: this module imports it, nothing in ``core`` imports this
module at start-up.
"""

from __future__ import annotations

import hmac
import ipaddress
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, Response

from core.observability.metrics import UNMATCHED_ROUTE, MetricsRegistry

if TYPE_CHECKING:
    from core.observability import Observability


# Distinct mount prefixes kept per route before the prefix becomes a placeholder: a prefix comes
# from the request's path, and a mount with a path parameter must not grow the label set.
MAX_PREFIXES_PER_ROUTE = 8
PREFIX_PLACEHOLDER = "{prefix}"


class MetricsMiddleware:
    """Counts requests and times them by route template (pure ASGI: no body buffering)."""

    def __init__(self, app: Any, metrics: MetricsRegistry) -> None:
        self.app = app
        self.metrics = metrics
        self._prefixes: dict[int, set[str]] = {}

    def route_label(self, scope: dict[str, Any]) -> str:
        """The route's template, its prefix bounded to a few values per route."""
        template = route_template(scope)
        own = getattr(scope.get("route"), "path", None)
        if not own or template in (UNMATCHED_ROUTE, own):
            return template
        prefix = template[: len(template) - len(own)]
        seen = self._prefixes.setdefault(id(scope["route"]), set())
        if prefix not in seen and len(seen) >= MAX_PREFIXES_PER_ROUTE:
            return PREFIX_PLACEHOLDER + own
        seen.add(prefix)
        return template

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
            self.metrics.observe_request(
                scope.get("method", "GET"), self.route_label(scope), status, time.perf_counter() - started
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


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bearer_token(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


class Access:
    """Who sees what: with a health token, its bearer; without one, loopback callers."""

    def __init__(self, token: str | None) -> None:
        self.token = token

    def token_ok(self, request: Request) -> bool | None:
        """True or False for a presented token, None when none was sent."""
        presented = bearer_token(request)
        if presented is None:
            return None
        return bool(self.token) and hmac.compare_digest(presented.encode(), self.token.encode())

    def details(self, request: Request) -> bool:
        if self.token:
            return self.token_ok(request) is True
        return is_loopback(request.client.host if request.client else None)

    def metrics(self, request: Request) -> bool:
        return not self.token or self.token_ok(request) is True

    @staticmethod
    def refused(what: str) -> JSONResponse:
        return JSONResponse(
            {"error": f"{what} needs a valid health token (Authorization: Bearer)"},
            status_code=401,
            headers={"WWW-Authenticate": 'Bearer realm="platform health"'},
        )


def create_router(obs: Observability) -> APIRouter:
    router = APIRouter(tags=["observability"])
    access = Access(obs.health_token)

    @router.get("/health")
    async def health(request: Request) -> JSONResponse:
        if access.token and access.token_ok(request) is False:
            return access.refused("/health")
        report = await obs.check()
        body = report.to_dict() if access.details(request) else report.to_summary()
        return JSONResponse(body, status_code=503 if report.status.severity >= 2 else 200)

    @router.get("/health/live")
    async def live(request: Request) -> dict[str, Any]:
        body: dict[str, Any] = {"status": "alive", "uptime_seconds": round(obs.uptime(), 3)}
        if access.details(request):
            body["pid"] = obs.pid
        return body

    @router.get("/health/ready")
    async def ready(request: Request) -> JSONResponse:
        is_ready, report, reasons = await obs.ready()
        detailed = access.details(request)
        body = {
            "ready": is_ready,
            "status": "ready" if is_ready else "not ready",
            # Without the details a reason names what is wrong ("database"), not how.
            "reasons": reasons if detailed else [r.partition(":")[0] for r in reasons],
            "checks": [c.to_dict() if detailed else c.to_summary() for c in report.checks],
        }
        return JSONResponse(body, status_code=200 if is_ready else 503)

    @router.get("/metrics")
    async def metrics(request: Request) -> Response:
        if not access.metrics(request):
            return access.refused("/metrics")
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
