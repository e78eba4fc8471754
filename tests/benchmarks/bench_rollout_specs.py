"""Rollout wave assignment at fleet scale: 100,000 targets split into waves, pure Python."""

from __future__ import annotations

import statistics
import time

from core.rollouts.specs import DEFAULT_WAVES, assign_waves, parse_waves
from tests.benchmarks.common import Result, benchmark

TARGETS = 100_000


def _fleet(n: int) -> list[tuple[str, frozenset[str]]]:
    canary = frozenset({"canary"})
    none: frozenset[str] = frozenset()
    return [(f"platform-{i:06d}", canary if i % 50 == 0 else none) for i in range(n)]


@benchmark("rollout_assign_waves")
def bench_assign_waves() -> list[Result]:
    """assign_waves on 100,000 targets: the default waves, and a canary tag wave before them."""
    fleet = _fleet(TARGETS)
    results = []
    for spec in (DEFAULT_WAVES, f"tag:canary,{DEFAULT_WAVES}"):
        items = parse_waves(spec)
        samples, cpu = [], []
        for rollout_id in range(1, 12):
            start, start_cpu = time.perf_counter(), time.process_time()
            waves = assign_waves(items, fleet, rollout_id)
            samples.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        measured = statistics.median(samples) * 1000
        results.append(
            Result(
                "rollout_assign_waves",
                "-",
                f"{TARGETS:,} targets, waves {spec}",
                measured,
                "ms",
                "< 100 ms",
                passed=measured < 100,
                note=f"{spec}: {[len(w) for w in waves]}; CPU time {statistics.median(cpu) * 1000:.0f} ms",
            )
        )
    return results
