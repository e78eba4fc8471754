"""The endpoints facing strangers: bounded metric labels, no credentials in /health/tools, the
health token and the loopback rule for /health's details. Real uvicorn servers on this machine."""

from __future__ import annotations

import asyncio
import json
import random
import string
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from core.db import Database
from core.observability import init_observability
from core.observability.metrics import STANDARD_METHODS, MetricsRegistry
from core.observability.urls import strip_userinfo
from tests.health_helpers import ServerThread, outside_address, serve_process
from tests.test_cli import url_of

TOKEN = "correct-horse-battery-staple-42"


def _http_series(text: str) -> set[tuple[str, tuple[tuple[str, str], ...]]]:
    return {
        (s.name, tuple(sorted(s.labels.items())))
        for family in text_string_to_metric_families(text)
        if family.name.startswith("platform_http_")
        for s in family.samples
    }


def _invented(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


# -- metrics: label values from fixed sets -------------------------------------------------------
async def _send_all(url: str, requests: list[tuple[str, str]]) -> None:
    limits = httpx.Limits(max_connections=40)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:

        async def send(method: str, path: str) -> None:
            # A loaded machine may see the server drop a kept-alive connection as it is reused
            # (ReadError): the request is sent again, as any client would; what is checked here is
            # the set of label values, which one more request of the same kind cannot change.
            for attempt in range(3):
                try:
                    await client.request(method, path)
                    return
                except httpx.TransportError:
                    if attempt == 2:
                        raise

        for start in range(0, len(requests), 200):
            batch = requests[start : start + 200]
            await asyncio.gather(*(send(method, path) for method, path in batch))


def test_invented_methods_and_paths_do_not_grow_the_metrics() -> None:
    obs = init_observability(database=None, sentry_dsn="", process_metrics=False)
    rng = random.Random(11)
    methods = sorted(STANDARD_METHODS - {"CONNECT", "TRACE"})
    invented = []
    for i in range(2000):
        method = _invented(rng, rng.randint(3, 24)) if i % 4 else rng.choice(methods)
        invented.append((method, "/health/live" if i % 2 else f"/{_invented(rng, 12)}/{i}?q={i}"))
    with ServerThread(obs.app()) as server, httpx.Client(base_url=server.url, timeout=10) as client:
        # Every label set the requests below can reach: each method (one invented) on a known
        # route and on an unknown path, and the scrapes themselves.
        for method in [*methods, _invented(rng, 7)]:
            client.request(method, "/health/live")
            client.request(method, f"/{_invented(rng, 9)}")
        client.get("/metrics")
        before = _http_series(client.get("/metrics").text)
        asyncio.run(_send_all(server.url, invented))
        after = _http_series(client.get("/metrics").text)
    assert after == before, sorted(after - before)[:5]
    routes = {dict(labels)["route"] for _name, labels in after}
    labels = {dict(labels)["method"] for _name, labels in after}
    assert routes == {"/health/live", "/metrics", "unmatched"}
    assert labels == {*methods, "other"}


def test_a_mount_with_a_path_parameter_keeps_the_route_labels_bounded() -> None:
    from fastapi import FastAPI

    obs = init_observability(database=None, sentry_dsn="", process_metrics=False)
    app = FastAPI()
    app.mount("/{tenant}/ops", obs.app())
    obs.instrument(app)
    with ServerThread(app) as server, httpx.Client(base_url=server.url, timeout=10) as client:
        for i in range(60):
            assert client.get(f"/tenant{i}/ops/health/live").status_code == 200
        text = client.get("/t/ops/metrics").text
    routes = {dict(labels)["route"] for _name, labels in _http_series(text)}
    live = {r for r in routes if r.endswith("/health/live")}
    assert 1 < len(live) <= 9 and "{prefix}/health/live" in live


def test_status_codes_become_classes_outside_the_standard_set() -> None:
    metrics = MetricsRegistry(process_metrics=False)
    metrics.observe_request("BREW", "/pot", 299, 0.01)
    metrics.observe_request("get", "/pot", 404, 0.01)
    series = [dict(labels) for name, labels in _http_series(metrics.exposition().decode())]
    labels = {s["status"] for s in series if "status" in s}
    methods = {s["method"] for s in series}
    assert {"2xx", "404"} <= labels and "299" not in labels
    assert methods == {"other", "GET"}


# -- /health/tools: no credentials ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://admin:PW@grafana.local:3000/d/x?orgId=1", "http://grafana.local:3000/d/x?orgId=1"),
        ("https://user@flower.local", "https://flower.local"),
        ("http://grafana.local:3000", "http://grafana.local:3000"),
        ("not a url but//who:PW@somewhere", "not a url but//somewhere"),
    ],
)
def test_user_information_is_stripped(url: str, shown: str) -> None:
    assert strip_userinfo(url) == shown


def test_serve_never_returns_the_password_of_a_tool_url(sqlite_db: Database) -> None:
    with serve_process(
        url_of(sqlite_db),
        "--grafana-url",
        "http://admin:PW-s3cr3t@grafana.local:3000",
        "--flower-url",
        "http://ops:PW-fl0wer@flower.local:5555/",
    ) as url:
        answer = httpx.get(f"{url}/health/tools", timeout=10)
    assert answer.status_code == 200
    assert "PW-" not in answer.text and "admin" not in answer.text and "ops:" not in answer.text
    assert answer.json()["grafana"] == "http://grafana.local:3000"
    assert answer.json()["flower"] == "http://flower.local:5555/"


# -- who sees the details --------------------------------------------------------------------------
def _serve_everywhere(obs: Any) -> tuple[ServerThread, str, str]:
    outside = outside_address()
    if outside is None:
        pytest.skip("this machine has no non-loopback address to call from")
    server = ServerThread(obs.app(), host="0.0.0.0").start()
    return server, f"http://127.0.0.1:{server.port}", f"http://{outside}:{server.port}"


def _assert_summary_only(answer: httpx.Response, db_path: Path) -> None:
    body = answer.json()
    assert body["status"] == "healthy" and body["checks"]
    assert all(set(c) == {"name", "status", "critical"} for c in body["checks"])
    assert str(db_path) not in answer.text and "free of" not in answer.text


def test_without_a_token_the_details_are_for_loopback_callers_only(sqlite_db: Database) -> None:
    db_path = Path(str(sqlite_db.engine.url.database))
    obs = init_observability(database=sqlite_db, sentry_dsn="", process_metrics=False, health_token="")
    server, local, remote = _serve_everywhere(obs)
    try:
        near = httpx.get(f"{local}/health", timeout=10)
        assert near.status_code == 200 and str(db_path) in near.text
        assert any("free of" in c["detail"] for c in near.json()["checks"])
        assert "pid" in httpx.get(f"{local}/health/live", timeout=10).json()

        far = httpx.get(f"{remote}/health", timeout=10)
        assert far.status_code == 200
        _assert_summary_only(far, db_path)
        live = httpx.get(f"{remote}/health/live", timeout=10)
        assert live.status_code == 200 and "pid" not in live.json()
        ready = httpx.get(f"{remote}/health/ready", timeout=10)
        assert ready.status_code == 200 and ready.json()["ready"] is True
        assert str(db_path) not in ready.text
        # Without a token /metrics stays open: Prometheus scrapes from another host.
        assert httpx.get(f"{remote}/metrics", timeout=10).status_code == 200
    finally:
        server.stop()


def test_with_a_token_the_details_and_metrics_need_it(sqlite_db: Database) -> None:
    db_path = Path(str(sqlite_db.engine.url.database))
    obs = init_observability(database=sqlite_db, sentry_dsn="", process_metrics=False, health_token=TOKEN)
    server, local, remote = _serve_everywhere(obs)
    good = {"Authorization": f"Bearer {TOKEN}"}
    bad = {"Authorization": "Bearer guessed"}
    try:
        for base in (local, remote):
            _assert_summary_only(httpx.get(f"{base}/health", timeout=10), db_path)
            refused = httpx.get(f"{base}/health", headers=bad, timeout=10)
            assert refused.status_code == 401 and refused.headers["www-authenticate"].startswith("Bearer")
            full = httpx.get(f"{base}/health", headers=good, timeout=10)
            assert full.status_code == 200 and str(db_path) in full.text

            assert httpx.get(f"{base}/metrics", timeout=10).status_code == 401
            assert httpx.get(f"{base}/metrics", headers=bad, timeout=10).status_code == 401
            scraped = httpx.get(f"{base}/metrics", headers=good, timeout=10)
            assert scraped.status_code == 200 and "platform_health_status" in scraped.text

            # The probes stay open.
            assert httpx.get(f"{base}/health/live", timeout=10).status_code == 200
            assert httpx.get(f"{base}/health/ready", timeout=10).status_code == 200
    finally:
        server.stop()


def test_serve_reads_the_token_from_the_environment(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLATFORM_HEALTH_TOKEN", TOKEN)
    with serve_process(url_of(sqlite_db)) as url:
        assert httpx.get(f"{url}/metrics", timeout=10).status_code == 401
        answer = httpx.get(f"{url}/health", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
        assert answer.status_code == 200
        assert all("detail" in c for c in answer.json()["checks"])
        summary = httpx.get(f"{url}/health", timeout=10).json()
        assert json.dumps(summary).count("latency") == 0


def test_health_token_prints_a_fresh_random_token(sqlite_db: Database) -> None:
    from tests.test_cli import invoke

    first = invoke(url_of(sqlite_db), "health", "token", "--json")
    second = invoke(url_of(sqlite_db), "health", "token")
    assert first.code == second.code == 0
    token = first.doc["token"]
    assert len(token) >= 40 and token not in second.out
    assert "PLATFORM_HEALTH_TOKEN" in second.out
