"""Health page benchmarks: 200 endpoints polled every second (GUI stall, with and without the
history file), and the redraw of 8 curves of 24 h of 1-second samples.

    python -m tests.benchmarks health_poll_200 health_redraw_8x86400
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.benchmarks.common import Result, benchmark

ROOT = Path(__file__).resolve().parents[2]
ENDPOINTS = 200
DURATION = 30.0
HEARTBEAT_MS = 5
STALL_GOAL_MS = 50.0
FRAME_GOAL_MS = 16.0
POINTS = 86_400
CURVES = 8

_BODY = json.dumps(
    {
        "status": "healthy",
        "checked_at": "2026-01-01T00:00:00+00:00",
        "duration_seconds": 0.01,
        "checks": [
            {"name": name, "status": "healthy", "latency_seconds": 0.001, "detail": "ok", "critical": True}
            for name in ("database", "migrations", "disk", "module:core", "module:payments")
        ],
    }
).encode()


async def tiny_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Every ``/n/<i>/health`` answers a platform-like health document (served in a subprocess)."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(_BODY)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": _BODY})


def _start_server() -> tuple[subprocess.Popen[bytes], str]:
    from tests.health_helpers import free_port, wait_http

    port = free_port()
    code = (
        "import uvicorn; from tests.benchmarks.bench_health import tiny_app; "
        f"uvicorn.run(tiny_app, host='127.0.0.1', port={port}, log_level='warning', access_log=False)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    wait_http(f"{url}/n/0/health")
    return proc, url


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench-health"])
    app.setQuitOnLastWindowClosed(False)
    return app


def _poll_run(base_url: str, write_history: bool, tmp: Path) -> dict[str, Any]:
    import qasync
    from PySide6.QtCore import QSettings, QTimer

    from console.health.targets import TargetKind, TargetSpec, TargetStore
    from console.pages.health import HealthPage
    from core.db import Database
    from core.migrations import upgrade

    app = _app()
    db_path = tmp / "platform.db"
    if not db_path.exists():
        database = Database(f"sqlite:///{db_path}")
        upgrade(database, "heads")
        database.dispose()
    qs = QSettings(str(tmp / f"settings-{write_history}.ini"), QSettings.Format.IniFormat)
    specs = [
        TargetSpec(
            f"n{i:03d}", f"node {i:03d}", TargetKind.ENDPOINT, f"{base_url}/n/{i}", interval=1.0, timeout=5.0
        )
        for i in range(ENDPOINTS)
    ]
    TargetStore(qs, "bench").save(specs)
    history = tmp / f"history-{write_history}.sqlite3"

    async def run() -> dict[str, Any]:
        page = HealthPage(
            None,
            offline=False,
            history_path=history,
            qsettings=qs,
            profile="bench",
            local_database_url=f"sqlite:///{db_path}",
            write_history=write_history,
            notifications=False,
        )
        page.resize(1280, 800)
        page.show()
        page.activate()
        await page.ready()
        # The application's collector policy once its window is up (console.app.tune_gc).
        from console.app import tune_gc

        tune_gc()
        # The poller process is up (about 0.6 s) and every target has started (spread over 1 s).
        await asyncio.sleep(3.0)
        gaps: list[float] = []
        cpu_gaps: list[float] = []
        last = [time.perf_counter(), time.thread_time()]

        def beat() -> None:
            now, cpu = time.perf_counter(), time.thread_time()
            gaps.append(now - last[0])
            cpu_gaps.append(cpu - last[1])  # what the GUI thread itself computed in that gap
            last[0], last[1] = now, cpu

        timer = QTimer()
        timer.setInterval(HEARTBEAT_MS)
        timer.timeout.connect(beat)
        assert page.engine is not None
        polls_before = page.engine.polls
        samples_before = page.samples_seen
        last[0], last[1] = time.perf_counter(), time.thread_time()
        load = os.getloadavg()[0]
        timer.start()
        await asyncio.sleep(DURATION)
        timer.stop()
        polls = page.engine.polls - polls_before
        samples = page.samples_seen - samples_before
        written = page.writer.written if page.writer is not None else 0
        healthy = sum(1 for r in page.targets_model.rows if r.status == "healthy")
        page.shutdown()
        page.close()
        page.deleteLater()
        gc.unfreeze()
        gaps_ms = sorted(g * 1000 for g in gaps)
        return {
            "load": max(load, os.getloadavg()[0]),
            "max_cpu_ms": max(cpu_gaps) * 1000,
            "max_stall_ms": gaps_ms[-1],
            "p99_ms": gaps_ms[int(len(gaps_ms) * 0.99)],
            "beats": len(gaps_ms),
            "polls_per_s": polls / DURATION,
            "samples": samples,
            "written": written,
            "healthy": healthy,
        }

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(run())


@benchmark("health_poll_200")
def bench_poll() -> list[Result]:
    """200 local endpoints polled once a second for 30 s: the GUI loop's longest stall.

    The page as the console runs it: the poller process (httpx, parsing and, in the second run,
    the history file) sends a batch of samples every 100 ms; the page drains them into its ring
    buffers and the table four times a second, redraws the plots once a second and runs the local
    checks in-process every 10 s. A 5 ms heartbeat QTimer on the GUI thread measures the gaps,
    from 3 s after the page is ready (the poller process is up, every target has started) and
    after ``console.app.tune_gc()``; "GUI-thread CPU burst" is what that thread itself computed
    in the longest gap, the rest of a gap being waits (the GIL, the CPU).
    """
    proc, url = _start_server()
    results = []
    try:
        with tempfile.TemporaryDirectory(prefix="bench-health-") as tmp:
            figures = {flag: _poll_run(url, flag, Path(tmp)) for flag in (False, True)}
    finally:
        proc.terminate()
        proc.wait(10)
    for flag in (False, True):
        f = figures[flag]
        results.append(
            Result(
                name="health_poll_200" + ("_history" if flag else ""),
                database="sqlite history" if flag else "-",
                scale=f"{ENDPOINTS} endpoints x 1/s x {DURATION:.0f} s",
                measured=round(f["max_stall_ms"], 2),
                unit="ms",
                goal=f"longest stall < {STALL_GOAL_MS:.0f} ms (heartbeat {HEARTBEAT_MS} ms)",
                baseline=round(figures[False]["max_stall_ms"], 2) if flag else None,
                baseline_name="without history" if flag else None,
                passed=f["max_stall_ms"] < STALL_GOAL_MS,
                note=(
                    f"p99 {f['p99_ms']:.1f} ms over {f['beats']} beats; longest GUI-thread CPU burst "
                    f"{f['max_cpu_ms']:.1f} ms; load average {f['load']:.1f} on {os.cpu_count()} CPUs; "
                    f"{f['polls_per_s']:.0f} polls/s; "
                    f"{f['samples']} samples drained; {f['healthy']} targets healthy"
                    + (f"; {f['written']} samples written to the history file" if flag else "")
                ),
            )
        )
    return results


@benchmark("health_redraw_8x86400")
def bench_redraw() -> list[Result]:
    """8 curves of 86,400 points (24 h of 1-second samples) in the 24 h window, 1280x480.

    A frame is what the health page does each second: the time axis moves to the new second,
    each curve's ring buffer (capacity 86,400) gets one new sample (its oldest drops out) and the
    curve is set again from the buffer's view, then the plot widget is repainted in full. Also
    measured: the same frames with every curve's arrays rebuilt each time (nothing of the
    previous decimation can be reused), and a repaint after moving the time axis alone.
    """
    import numpy as np

    app = _app()
    from console.health.ringbuffer import RingBuffer
    from console.widgets.plot_panel import PlotPanel

    panel = PlotPanel(y_label="latency", y_units="s")
    panel.resize(1280, 480)
    panel.show()
    app.processEvents()
    frames_n = 60
    now = time.time()
    rng = np.random.default_rng(7)
    rings: list[RingBuffer] = []
    upcoming: list[np.ndarray] = []  # each curve's values for the frames to come
    for i in range(CURVES):
        n = POINTS + 2 * frames_n
        v = np.abs(0.02 + np.cumsum(rng.standard_normal(n)) * 0.0005 + rng.random(n) * 0.01) + i * 0.01
        ring = RingBuffer(POINTS)
        ring.extend(now - POINTS + np.arange(POINTS, dtype=np.float64), v[:POINTS])
        rings.append(ring)
        upcoming.append(v[POINTS:])
        panel.set_curve(f"c{i}", *ring.view(), name=f"node {i}")
    panel.set_window(86400)
    viewport = panel.plot_widget.viewport()
    for _ in range(5):
        viewport.repaint()

    def frame(second: int, *, rebuilt: bool = False) -> float:
        """One frame; ``rebuilt``: the curves get copies, made before the clock starts."""
        copies = []
        if rebuilt:
            for i, ring in enumerate(rings):
                ring.append(now + second, float(upcoming[i][second - 1]))
                copies.append(tuple(a.copy() for a in ring.view()))
        started = time.perf_counter()
        panel.refresh(now + second)  # the time axis first, as the page does
        for i, ring in enumerate(rings):
            if rebuilt:
                t, v = copies[i]
            else:
                ring.append(now + second, float(upcoming[i][second - 1]))
                t, v = ring.view()
            panel.set_curve(f"c{i}", t, v)
        viewport.repaint()
        return (time.perf_counter() - started) * 1000

    frames = sorted(frame(k) for k in range(1, frames_n + 1))
    rebuilt = sorted(frame(k, rebuilt=True) for k in range(frames_n + 1, 2 * frames_n + 1))
    repaint_only = []
    for k in range(30):
        started = time.perf_counter()
        panel.refresh(now + 3 * frames_n + k)
        viewport.repaint()
        repaint_only.append((time.perf_counter() - started) * 1000)
    panel.dispose()
    app.processEvents()
    median = statistics.median(frames)
    return [
        Result(
            name="health_redraw_8x86400",
            database="-",
            scale=f"{CURVES} curves x {POINTS:,} points, 24 h window, 1280x480",
            measured=round(median, 2),
            unit="ms/frame",
            goal=f"< {FRAME_GOAL_MS:.0f} ms per frame",
            passed=median < FRAME_GOAL_MS,
            note=(
                f"a new sample in each ring buffer + set_curve of the 8 curves + repaint: "
                f"median {median:.1f} ms, p95 {frames[int(len(frames) * 0.95)]:.1f} ms, "
                f"max {frames[-1]:.1f} ms; "
                f"arrays rebuilt every frame: median {statistics.median(rebuilt):.1f} ms; "
                f"repaint alone median {statistics.median(repaint_only):.1f} ms; "
                f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
            ),
        )
    ]
