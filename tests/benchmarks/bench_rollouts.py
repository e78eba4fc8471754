"""Rollout benchmarks.

    python -m tests.benchmarks rollout_gate_eval

``rollout_gate_eval``: one ``prom:`` gate evaluated against a Prometheus-compatible server holding
100,000 series (one per platform, served by its own process so the server's work is not counted
in this one), for the changed platforms of each wave of ``1%,10%,50%,100%`` of 100,000 targets.
Goal: < 200 ms per wave.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.common import Result, benchmark

ROOT = Path(__file__).resolve().parents[2]
SERIES = 100_000
WAVES = (0.01, 0.10, 0.50, 1.00)
GOAL_MS = 200.0
REPEAT = 9
GATE = "prom:rate(platform_errors_total[5m]) < 0.01"


def _start_server(platforms: int, value: float) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.prom_server", "--platforms", str(platforms), "--value", str(value)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    if not url.startswith("http://"):
        proc.kill()
        raise RuntimeError(f"the Prometheus-compatible server did not start: {url!r}")
    return proc, url


def _timings(fn: object, repeat: int = REPEAT) -> tuple[list[float], list[float]]:
    """Wall and CPU time (ms) of each run: on a loaded machine the CPU time says what the code
    costs, the wall time what a runner waits."""
    wall, cpu = [], []
    for _ in range(repeat):
        gc.collect()
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()  # type: ignore[operator]
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


@benchmark("rollout_gate_eval")
def bench_gate_eval() -> list[Result]:
    from core.rollouts.gates import evaluate_gate, parse_gate
    from tests.prom_server import platform_codes

    spec = parse_gate(GATE)
    codes = platform_codes(SERIES)
    proc, url = _start_server(SERIES, 0.001)
    results = []
    try:
        evaluate_gate(spec, codes[:10], [], prometheus_url=url)  # warm: imports, the connection
        for share in WAVES:
            changed = codes[: max(1, round(SERIES * share))]
            unchanged = codes[len(changed) :]
            outcome = evaluate_gate(spec, changed, unchanged, prometheus_url=url)
            assert outcome.result == "pass", outcome.detail
            samples, cpu = _timings(
                lambda c=changed, u=unchanged: evaluate_gate(spec, c, u, prometheus_url=url)
            )
            median = statistics.median(samples)
            results.append(
                Result(
                    name="rollout_gate_eval",
                    database="-",
                    scale=f"{SERIES:,} series, {len(changed):,} changed",
                    measured=round(median, 1),
                    unit="ms",
                    goal=f"< {GOAL_MS:.0f} ms per wave",
                    passed=median < GOAL_MS,
                    note=(
                        f"median of {REPEAT}, min {min(samples):.1f} ms, max {max(samples):.1f} ms; CPU "
                        f"median {statistics.median(cpu):.1f} ms; load average {os.getloadavg()[0]:.1f} "
                        f"(the query over HTTP, about 10 MB of JSON, read and judged)"
                    ),
                )
            )
    finally:
        proc.terminate()
        proc.wait(10)
    return results
