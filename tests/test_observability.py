"""core.observability: checks and their outcomes, timeouts, aggregation, metrics, the endpoints on a
real uvicorn server, the platform process lifecycle and Sentry."""

from __future__ import annotations

import asyncio
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from core.actor import Actor
from core.db import Database
from core.definition import ModuleDefinition
from core.events import ModuleEvent, ModuleEventBus
from core.observability import (
    HealthCheckRegistry,
    HealthResult,
    HealthStatus,
    MetricsRegistry,
    aggregate,
    init_observability,
)
from core.observability.checks import database_check, disk_check, local_checks, migrations_check
from core.observability.config import ObservabilitySettings
from core.observability.process import PlatformProcess
from core.registry import ModuleRegistry
from tests.health_helpers import ServerThread


# -- the registry ---------------------------------------------------------------------------------
def test_register_as_call_and_decorator_and_each_outcome() -> None:
    health = HealthCheckRegistry()
    health.register("ok", lambda: HealthResult.healthy("fine"))

    @health.register("slowish")
    def slowish() -> dict[str, str]:
        return {"status": "degraded", "detail": "getting slow"}

    @health.register
    def broken() -> None:
        raise RuntimeError("disk on fire")

    health.register("pair", lambda: ("unhealthy", "down"))
    health.register("flag", lambda: False)
    health.register("none", lambda: None)
    health.register("weird", lambda: 42)
    with pytest.raises(ValueError, match="twice"):
        health.register("ok", lambda: None)

    report = health.run(2)
    by = {c.name: c for c in report.checks}
    assert by["ok"].status is HealthStatus.HEALTHY and by["ok"].detail == "fine"
    assert by["slowish"].status is HealthStatus.DEGRADED and by["slowish"].detail == "getting slow"
    assert (
        by["broken"].status is HealthStatus.UNHEALTHY and "RuntimeError: disk on fire" in by["broken"].detail
    )
    assert by["pair"].status is HealthStatus.UNHEALTHY and by["pair"].detail == "down"
    assert by["flag"].status is HealthStatus.UNHEALTHY
    assert by["none"].status is HealthStatus.HEALTHY
    assert by["weird"].status is HealthStatus.UNHEALTHY and "bad answer" in by["weird"].detail
    assert report.status is HealthStatus.UNHEALTHY
    assert all(c.latency >= 0 for c in report.checks)
    doc = report.to_dict()
    assert doc["status"] == "unhealthy" and len(doc["checks"]) == 7


def test_async_checks_and_run_async() -> None:
    health = HealthCheckRegistry()

    async def pinged() -> HealthResult:
        await asyncio.sleep(0.01)
        return HealthResult.degraded("async and slow")

    health.register("async", pinged)
    health.register("sync", lambda: "healthy")
    sync_report = health.run(2)
    async_report = asyncio.run(health.run_async(2))
    for report in (sync_report, async_report):
        assert report.get("async").status is HealthStatus.DEGRADED
        assert report.get("sync").status is HealthStatus.HEALTHY
        assert report.status is HealthStatus.DEGRADED


def test_a_hanging_check_times_out_and_the_caller_never_hangs() -> None:
    release = threading.Event()
    health = HealthCheckRegistry()
    health.register("hangs", lambda: release.wait(60))
    health.register("quick", lambda: None)
    started = time.monotonic()
    report = health.run(0.3)
    elapsed = time.monotonic() - started
    assert elapsed < 1.5
    hung = report.get("hangs")
    assert hung.status is HealthStatus.UNHEALTHY
    assert hung.detail.startswith("timed out after 0.3 s")
    assert report.get("quick").status is HealthStatus.HEALTHY
    threads = threading.active_count()
    # Again while the first run still hangs: no second thread, the same verdict, still in time.
    report = asyncio.run(health.run_async(0.3))
    assert report.get("hangs").status is HealthStatus.UNHEALTHY
    assert threading.active_count() <= threads + 1  # only the new "quick" run
    release.set()
    time.sleep(0.1)
    assert health.run(1).get("hangs").status is HealthStatus.HEALTHY


def test_per_check_timeout_wins_when_shorter() -> None:
    health = HealthCheckRegistry(default_timeout=10)
    health.register("tight", lambda: time.sleep(2), timeout=0.2)
    started = time.monotonic()
    assert "timed out after 0.2 s" in health.run().get("tight").detail
    assert time.monotonic() - started < 1.5


def test_aggregation() -> None:
    def r(status: str, critical: bool = True) -> HealthResult:
        return HealthResult(HealthStatus(status), critical=critical)

    assert aggregate([]) is HealthStatus.HEALTHY
    assert aggregate([r("healthy"), r("healthy")]) is HealthStatus.HEALTHY
    assert aggregate([r("healthy"), r("degraded")]) is HealthStatus.DEGRADED
    assert aggregate([r("degraded"), r("unhealthy")]) is HealthStatus.UNHEALTHY
    # A failing non-critical check (an optional module) only degrades the whole.
    assert aggregate([r("healthy"), r("unhealthy", critical=False)]) is HealthStatus.DEGRADED
    assert [s.severity for s in HealthStatus] == [0, 1, 2]


# -- built-in checks -------------------------------------------------------------------------------
def test_database_and_migrations_checks_at_head(db: Database) -> None:
    assert database_check(db)().status is HealthStatus.HEALTHY
    result = migrations_check(db)()
    assert result.status is HealthStatus.HEALTHY, result.detail
    assert "at head" in result.detail


def test_migrations_check_pending_is_degraded_and_empty_is_unhealthy(backend: str, fresh_url: str) -> None:
    from core.migrations import upgrade

    db = Database(fresh_url)
    with db.engine.connect():  # an existing, empty database (a SQLite file is created here)
        pass
    try:
        empty = migrations_check(db)()
        assert empty.status is HealthStatus.UNHEALTHY and "empty" in empty.detail
        upgrade(db, "framework@head")
        pending = migrations_check(db)()
        assert pending.status is HealthStatus.DEGRADED
        assert "pending" in pending.detail and pending.data["pending"]
    finally:
        db.dispose()


def test_missing_sqlite_file_is_unhealthy_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "platform.db"
    db = Database(f"sqlite:///{path}")
    try:
        assert database_check(db)().status is HealthStatus.UNHEALTHY
        assert migrations_check(db)().status is HealthStatus.UNHEALTHY
        assert not path.exists()
    finally:
        db.dispose()


def test_unreachable_postgres_answers_within_the_timeout() -> None:
    from core.observability import health_database

    db = health_database("postgresql://nobody@127.0.0.1:1/x", timeout=2)
    try:
        started = time.monotonic()
        report = local_checks(db, timeout=2).run(2)
        assert time.monotonic() - started < 3
        assert report.get("database").status is HealthStatus.UNHEALTHY
        assert "cannot reach" in report.get("database").detail
        assert report.status is HealthStatus.UNHEALTHY
    finally:
        db.dispose()


def test_disk_thresholds(tmp_path: Path) -> None:
    usage = shutil.disk_usage(tmp_path)
    free_pct = 100 * usage.free / usage.total
    assert disk_check(
        tmp_path, warn_percent=0, critical_percent=0, warn_bytes=0, critical_bytes=0
    )().status is (HealthStatus.HEALTHY)
    degraded = disk_check(tmp_path, warn_percent=100, critical_percent=0, warn_bytes=0, critical_bytes=0)()
    assert degraded.status is HealthStatus.DEGRADED and degraded.data["free_percent"] == pytest.approx(
        free_pct, abs=1
    )
    assert disk_check(tmp_path, critical_bytes=usage.free * 10)().status is HealthStatus.UNHEALTHY
    # A data directory that does not exist yet: measured where it will be.
    assert disk_check(
        tmp_path / "later" / "deeper", warn_percent=0, critical_percent=0, warn_bytes=0, critical_bytes=0
    )().status is (HealthStatus.HEALTHY)


def test_module_checks_registered(sqlite_db: Database) -> None:
    health = local_checks(sqlite_db, timeout=5)
    names = health.names()
    assert {"database", "migrations", "disk"} <= set(names)
    assert "module:payments" in names and "module:monitoring" in names
    report = health.run(5)
    assert report.status is HealthStatus.HEALTHY, [
        c.to_dict() for c in report.checks if c.status.value != "healthy"
    ]


# -- metrics ---------------------------------------------------------------------------------------
def _families(text: str) -> dict[str, Any]:
    return {f.name: f for f in text_string_to_metric_families(text)}


def test_metrics_exposition_parses_back(db: Database) -> None:
    from core.services.platforms import PlatformService

    for code in ("p1", "p2", "p3"):
        PlatformService(db).create_platform(Actor.cli(), code, f"Platform {code}")
    metrics = MetricsRegistry()
    metrics.track_platform_modules(db, ttl=0)
    metrics.observe_request("GET", "/health", 200, 0.004)
    metrics.observe_request("GET", "/health", 503, 0.2)
    health = HealthCheckRegistry()
    health.register("a", lambda: "healthy")
    health.register("b", lambda: "degraded")
    metrics.observe_health(health.run(1))
    fams = _families(metrics.exposition().decode())
    requests = {
        tuple(sorted(s.labels.items())): s.value
        for s in fams["platform_http_requests"].samples
        if s.name.endswith("_total")
    }
    assert requests[(("method", "GET"), ("route", "/health"), ("status", "200"))] == 1
    hist = fams["platform_http_request_duration_seconds"]
    assert hist.type == "histogram"
    count = next(s.value for s in hist.samples if s.name.endswith("_count"))
    assert count == 2
    enabled = {s.labels["module"]: s.value for s in fams["platform_module_enabled_platforms"].samples}
    assert enabled["core"] == 3 and enabled["payments"] == 0
    assert len(enabled) == 13  # one series per module, never one per platform
    assert fams["platform_platforms"].samples[0].value == 3
    assert fams["platform_health_status"].samples[0].value == 1
    checks = {s.labels["check"]: s.value for s in fams["platform_health_check_status"].samples}
    assert checks == {"a": 0, "b": 1}
    assert "process_cpu_seconds" in fams or "process_cpu_seconds_total" in {
        s.name for f in fams.values() for s in f.samples
    }


def test_module_counts_without_a_database_leave_the_scrape_working(tmp_path: Path) -> None:
    metrics = MetricsRegistry(process_metrics=False)
    metrics.track_platform_modules(Database(f"sqlite:///{tmp_path / 'empty.db'}"), ttl=0)
    text = metrics.exposition().decode()
    assert "platform_module_enabled_platforms" not in _families(text)
    assert "platform_health_status" in text


# -- the endpoints on a real server ----------------------------------------------------------------
@pytest.fixture
def served(sqlite_db: Database) -> Any:
    bus = ModuleEventBus()
    events: list[Any] = []
    bus.subscribe(None, events.append)
    obs = init_observability(
        enable_metrics=True,
        sentry_dsn="",
        flower_url="http://flower.local:5555",
        grafana_url="http://grafana.local:3000",
        prometheus_url="http://prometheus.local:9090",
        database=sqlite_db,
        health_timeout=2,
        settings=ObservabilitySettings(),
    )
    process = PlatformProcess("test", bus=bus, health=obs.health)
    server = ServerThread(obs.app(on_startup=process.start, on_shutdown=process.stop)).start()
    try:
        yield server.url, obs, events
    finally:
        server.stop()


def test_endpoints_status_codes_and_bodies(served: Any) -> None:
    url, obs, events = served
    with httpx.Client(base_url=url, timeout=10) as client:
        health = client.get("/health")
        assert health.status_code == 200
        body = health.json()
        assert body["status"] == "healthy"
        names = {c["name"] for c in body["checks"]}
        assert {"database", "migrations", "disk", "module:payments"} <= names
        assert all({"status", "latency_seconds", "detail"} <= set(c) for c in body["checks"])

        live = client.get("/health/live")
        assert live.status_code == 200 and live.json()["status"] == "alive"

        ready = client.get("/health/ready")
        assert ready.status_code == 200 and ready.json()["ready"] is True

        tools = client.get("/health/tools").json()
        assert tools["flower"] == "http://flower.local:5555"
        assert tools["grafana"] == "http://grafana.local:3000"
        assert tools["prometheus"] == "http://prometheus.local:9090"

        metrics = client.get("/metrics")
        assert metrics.status_code == 200
        assert metrics.headers["content-type"].startswith("text/plain")
        fams = _families(metrics.text)
        routes = {s.labels["route"] for s in fams["platform_http_requests"].samples}
        assert {"/health", "/health/live", "/health/ready", "/health/tools"} <= routes
        assert fams["platform_health_status"].samples[0].value == 0
        client.get("/no/such/path")
        routes = {
            s.labels["route"]
            for s in _families(client.get("/metrics").text)["platform_http_requests"].samples
        }
        assert "unmatched" in routes and "/no/such/path" not in routes

        # A failing critical check: 503 with the check's detail.
        obs.health.register("broken", lambda: HealthResult.unhealthy("it broke"))
        failing = client.get("/health")
        assert failing.status_code == 503
        assert failing.json()["status"] == "unhealthy"
        assert any(c["name"] == "broken" and c["detail"] == "it broke" for c in failing.json()["checks"])
        # Readiness only looks at the database and the migrations.
        assert client.get("/health/ready").status_code == 200

    started = [e.module for e in events if e.event is ModuleEvent.STARTUP]
    assert len(started) == 13 and "core" in started


def test_ready_is_503_when_migrations_are_pending(tmp_path: Path) -> None:
    from core.migrations import downgrade, upgrade

    db = Database(f"sqlite:///{tmp_path / 'partial.db'}")
    upgrade(db, "heads")
    downgrade(db, "orders_001")  # orders_002 pending: every module's tables are there
    obs = init_observability(database=db, health_timeout=2, process_metrics=False, sentry_dsn="")
    try:
        with ServerThread(obs.app()) as server:
            ready = httpx.get(f"{server.url}/health/ready", timeout=10)
            assert ready.status_code == 503
            assert ready.json()["ready"] is False
            assert any("pending" in reason for reason in ready.json()["reasons"])
            health = httpx.get(f"{server.url}/health", timeout=10)
            assert health.status_code == 200 and health.json()["status"] == "degraded"
    finally:
        db.dispose()


def test_ready_is_503_when_the_database_is_unreachable() -> None:
    from core.observability import health_database

    db = health_database("postgresql://nobody@127.0.0.1:1/x", timeout=2)
    obs = init_observability(database=db, health_timeout=2, process_metrics=False, sentry_dsn="")
    try:
        with ServerThread(obs.app()) as server:
            started = time.monotonic()
            ready = httpx.get(f"{server.url}/health/ready", timeout=10)
            assert time.monotonic() - started < 4
            assert ready.status_code == 503
            assert any(r.startswith("database:") for r in ready.json()["reasons"])
            assert httpx.get(f"{server.url}/health", timeout=10).status_code == 503
            assert httpx.get(f"{server.url}/health/live", timeout=10).status_code == 200
    finally:
        db.dispose()


def test_metrics_disabled_is_404() -> None:
    obs = init_observability(enable_metrics=False, database=None, sentry_dsn="")
    with ServerThread(obs.app()) as server:
        assert httpx.get(f"{server.url}/metrics", timeout=10).status_code == 404
        assert httpx.get(f"{server.url}/health/tools", timeout=10).json()["metrics"] is False
        ready = httpx.get(f"{server.url}/health/ready", timeout=10)
        assert ready.status_code == 503 and "no database configured" in ready.json()["reasons"]


def test_router_mounts_in_another_app(sqlite_db: Database) -> None:
    from fastapi import FastAPI

    obs = init_observability(database=sqlite_db, process_metrics=False, sentry_dsn="")
    app = FastAPI()

    @app.get("/shop")
    async def shop() -> dict[str, str]:
        return {"shop": "open"}

    app.include_router(obs.router(), prefix="/ops")
    obs.instrument(app)
    with ServerThread(app) as server:
        assert httpx.get(f"{server.url}/shop", timeout=10).status_code == 200
        assert httpx.get(f"{server.url}/ops/health", timeout=10).json()["status"] == "healthy"
        text = httpx.get(f"{server.url}/ops/metrics", timeout=10).text
        routes = {s.labels["route"] for s in _families(text)["platform_http_requests"].samples}
        assert {"/shop", "/ops/health"} <= routes


# -- the platform process --------------------------------------------------------------------------
def _definition(code: str, **kw: Any) -> ModuleDefinition:
    return ModuleDefinition(
        code=code, name=code.title(), description=f"The {code} module.", version="1.0.0", **kw
    )


def test_platform_process_runs_on_startup_and_emits_events() -> None:
    calls: list[str] = []

    def fail() -> None:
        raise RuntimeError("cannot warm the cache")

    registry = ModuleRegistry(
        [
            _definition("core", is_core=True, on_startup=lambda: calls.append("core")),
            _definition("shop", requires=("core",), on_startup=fail),
            _definition("extra", requires=("shop",), on_startup=lambda: calls.append("extra")),
        ]
    )
    bus = ModuleEventBus()
    seen: list[tuple[str, str | None]] = []
    bus.subscribe(None, lambda e: seen.append((e.event.value, e.module)))
    health = HealthCheckRegistry()
    with PlatformProcess("test", registry=registry, bus=bus, health=health) as process:
        assert calls == ["core", "extra"]
        assert process.failed == {"shop": "RuntimeError: cannot warm the cache"}
        report = health.run(1)
        assert report.get("startup:shop").status is HealthStatus.UNHEALTHY
        assert report.status is HealthStatus.DEGRADED  # shop is optional: not critical
    assert seen == [
        ("startup", "core"),
        ("startup", "shop"),
        ("startup", "extra"),
        ("shutdown", "extra"),
        ("shutdown", "shop"),
        ("shutdown", "core"),
    ]


# -- Sentry ----------------------------------------------------------------------------------------
class _Ingest(BaseHTTPRequestHandler):
    received: list[bytes] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length)
        if self.headers.get("content-encoding") == "gzip":
            import gzip

            body = gzip.decompress(body)
        _Ingest.received.append(body)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args: Any) -> None:
        pass


def test_sentry_reports_to_the_dsn() -> None:
    pytest.importorskip("sentry_sdk")
    from core.observability import sentry

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Ingest)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Ingest.received.clear()
    try:
        dsn = f"http://publickey@127.0.0.1:{server.server_address[1]}/42"
        obs = init_observability(enable_metrics=False, sentry_dsn=dsn, process_metrics=False)
        assert obs.sentry_enabled and obs.tools_document()["sentry"] is True
        try:
            raise ValueError("a crash worth reporting")
        except ValueError as exc:
            assert sentry.capture_exception(exc)
        sentry.flush(5)
        assert any(b"a crash worth reporting" in body for body in _Ingest.received)
    finally:
        sentry.shutdown()
        server.shutdown()
        server.server_close()


def test_sentry_without_the_package_is_a_warning(monkeypatch: pytest.MonkeyPatch, caplog: Any) -> None:
    import builtins

    from core.observability import sentry

    real_import = builtins.__import__

    def no_sentry(name: str, *args: Any, **kw: Any) -> Any:
        if name == "sentry_sdk":
            raise ImportError("No module named 'sentry_sdk'")
        return real_import(name, *args, **kw)

    monkeypatch.setattr(builtins, "__import__", no_sentry)
    assert sentry.init_sentry("http://k@127.0.0.1:1/1") is False
    assert "platform-console[sentry]" in caplog.text
