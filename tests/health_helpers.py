"""Real servers for the health tests: uvicorn in a thread, `platformctl serve` and Prometheus as processes."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
PROMETHEUS_BINARY = "/usr/bin/prometheus"


def bound_socket(host: str = "127.0.0.1") -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    sock.listen(128)
    return sock


def outside_address() -> str | None:
    """This machine's address on a non-loopback interface (a request from it is not loopback)."""
    import ipaddress

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the route
            address = str(sock.getsockname()[0])
        except OSError:
            return None
    return None if ipaddress.ip_address(address).is_loopback else address


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerThread:
    """An ASGI app served by uvicorn on 127.0.0.1 (a free port) in a thread."""

    def __init__(self, app: Any, host: str = "127.0.0.1") -> None:
        import uvicorn

        self.sock = bound_socket(host)
        self.port = int(self.sock.getsockname()[1])
        self.url = f"http://{host}:{self.port}"
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def start(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def misbehaving_app() -> Any:
    """Endpoints that answer badly: /ok, /html, /huge, /slow, /notjson, /degraded, /flip (toggle)."""
    from fastapi import FastAPI
    from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

    app = FastAPI()
    state = {"flip": "healthy"}

    def doc(status: str) -> dict[str, Any]:
        return {
            "status": status,
            "checks": [{"name": "thing", "status": status, "detail": f"thing is {status}"}],
        }

    def answering(make: Any) -> Any:
        async def endpoint() -> Response:
            return make()

        return endpoint

    fixed = {
        "/ok/health": lambda: JSONResponse(doc("healthy")),
        "/ok/metrics": lambda: PlainTextResponse("# TYPE g gauge\ng 1\n"),
        "/degraded/health": lambda: JSONResponse(doc("degraded")),
        "/html/health": lambda: HTMLResponse("<html><body>Welcome to nginx!</body></html>"),
        "/html/metrics": lambda: HTMLResponse("<html><body>no metrics here</body></html>"),
        "/notjson/health": lambda: PlainTextResponse("OK"),
    }
    for path, make in fixed.items():
        app.add_api_route(path, answering(make), methods=["GET"])

    @app.get("/huge/health")
    async def huge() -> Response:
        return Response(
            b'{"status": "healthy", "pad": "' + b"x" * (8 * 1024 * 1024) + b'"}',
            media_type="application/json",
        )

    @app.get("/slow/health")
    async def slow() -> JSONResponse:
        await asyncio.sleep(30)
        return JSONResponse(doc("healthy"))

    @app.get("/flip/health")
    async def flip() -> JSONResponse:
        status = state["flip"]
        return JSONResponse(doc(status), status_code=503 if status == "unhealthy" else 200)

    app.state.flip = state
    return app


# -- processes ------------------------------------------------------------------------------------------
def wait_http(url: str, timeout: float = 20.0, predicate: Any = None) -> httpx.Response:
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            response = httpx.get(url, timeout=2)
            if predicate is None or predicate(response):
                return response
            last = response.text[:300]
        except httpx.HTTPError as exc:
            last = exc
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer as expected within {timeout} s: {last}")


def stop_process(proc: subprocess.Popen[Any]) -> None:
    """Terminate ``proc``; kill it if it has not exited within 15 s."""
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@contextmanager
def serve_process(db_url: str, *extra: str) -> Iterator[str]:
    """`platformctl serve` on a free port; yields its base URL."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "console.cli", "--db", db_url, "serve", "--port", "0", "--json", *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = proc.stdout.readline() if proc.stdout else ""
            if not line:
                if proc.poll() is not None:
                    raise AssertionError(
                        f"serve exited {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}"
                    )
                continue
            lines.append(line)
            if line.strip() == "}":
                break
        url = json.loads("".join(lines))["listening"]
        wait_http(f"{url}/health/live")
        yield url
    finally:
        stop_process(proc)


def prometheus_binary() -> str | None:
    return shutil.which("prometheus") or (
        PROMETHEUS_BINARY if os.access(PROMETHEUS_BINARY, os.X_OK) else None
    )


@contextmanager
def prometheus_process(scrape_url: str, workdir: Path) -> Iterator[str]:
    """The real Prometheus binary (not the system service), scraping ``scrape_url`` every second."""
    binary = prometheus_binary()
    assert binary is not None
    target = scrape_url.split("://", 1)[1]
    config = workdir / "prometheus.yml"
    config.write_text(
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
        "scrape_configs:\n"
        "  - job_name: platform\n"
        f"    static_configs:\n      - targets: ['{target}']\n"
    )
    port = free_port()
    log = open(workdir / "prometheus.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [
            binary,
            f"--config.file={config}",
            f"--storage.tsdb.path={workdir / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--log.level=warn",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(
            f"{url}/api/v1/query?query=up",
            timeout=60,
            predicate=lambda r: (
                r.status_code == 200 and any(item["value"][1] == "1" for item in r.json()["data"]["result"])
            ),
        )
        wait_http(
            f"{url}/api/v1/query?query=platform_health_status",
            timeout=60,
            predicate=lambda r: r.status_code == 200 and r.json()["data"]["result"],
        )
        yield url
    finally:
        stop_process(proc)
        log.close()


def drain_until(source: Any, predicate: Any, timeout: float = 15.0) -> list[Any]:
    """Drain ``source`` (a PollEngine or a PollClient) until ``predicate(everything seen)``."""
    seen: list[Any] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seen.extend(source.drain())
        if predicate(seen):
            return seen
        time.sleep(0.05)
    raise AssertionError(f"not seen within {timeout} s: {seen[-5:]}")


def latest_sample(seen: list[Any], target: str) -> Any:
    """The last Sample of ``target`` among ``seen`` (None if there is none)."""
    from console.health.history import Sample

    samples = [s for s in seen if isinstance(s, Sample) and s.target == target]
    return samples[-1] if samples else None


def assert_bad_answers(seen: list[Any]) -> None:
    """What the targets ``html``, ``notjson``, ``huge``, ``slow`` (0.5 s timeout) and ``closed``
    of :func:`misbehaving_app` must have become: errors on those targets, never a crash."""
    html = latest_sample(seen, "html")
    assert html.status == "unknown" and "not JSON" in html.detail
    assert latest_sample(seen, "notjson").status == "unknown"
    huge = latest_sample(seen, "huge")
    assert huge.status == "unknown" and "too large" in huge.detail
    slow = latest_sample(seen, "slow")
    assert slow.status == "unhealthy" and "timed out after 0.5 s" in slow.detail
    closed = latest_sample(seen, "closed")
    assert closed.status == "unhealthy" and "cannot connect" in closed.detail
