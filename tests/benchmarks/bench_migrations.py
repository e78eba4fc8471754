"""Migrations benchmark: "upgrade all to head" from an empty database through the migration
service (plan, destructive marks, guard, backup rule, per-revision progress, audit entry) against
the ``alembic`` command on the same revisions, on SQLite and PostgreSQL. Goal: at most 1.3x.

Two views of the same work, each the median of alternating runs on fresh databases:

- ``migrations_upgrade`` (in-process): ``MigrationService.run(actor, "heads", progress=...)``
  against ``alembic.command.upgrade(Config(alembic.ini), "heads")``; imports warm, a new engine
  for each run on both sides. This is the cost of the service and the runner themselves.
- ``migrations_upgrade`` (process): ``platformctl migrate upgrade`` (progress lines on stderr)
  against ``alembic -c alembic.ini upgrade heads``, interpreter start and imports included.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.actor import Actor
from core.db import Database
from tests.benchmarks.bench_foundation import _alembic_ini, _run
from tests.benchmarks.common import Result, benchmark, database

ROUNDS = 7
PROCESS_ROUNDS = 5
GOAL = 1.3


def _ours(url: str, progress: list[Any]) -> float:
    from core.services.migration_service import MigrationService

    start = time.perf_counter()
    db = Database(url)
    try:
        result = MigrationService(db).run(
            Actor.cli(), "heads", progress=lambda step, i, n: progress.append((step.revision, i, n))
        )
    finally:
        db.dispose()
    elapsed = time.perf_counter() - start
    assert result.applied and len(progress) >= len(result.applied)
    return elapsed


def _alembic(url: str) -> float:
    from alembic import command
    from alembic.config import Config

    with tempfile.TemporaryDirectory() as tmp:
        ini = _alembic_ini(url, Path(tmp))
        start = time.perf_counter()
        command.upgrade(Config(str(ini)), "heads")
        return time.perf_counter() - start


def _alternate(
    ours: Callable[[str], float], theirs: Callable[[str], float], kind: str
) -> tuple[float, float]:
    """Warm both up once, then alternate on fresh databases; medians."""
    with database(kind) as url:
        ours(url)
    with database(kind) as url:
        theirs(url)
    ours_s, base_s = [], []
    for _ in range(ROUNDS):
        with database(kind) as url:
            ours_s.append(ours(url))
        with database(kind) as url:
            base_s.append(theirs(url))
    return statistics.median(ours_s), statistics.median(base_s)


@benchmark("migrations_upgrade")
def bench_migrations_upgrade() -> list[Result]:
    import logging

    logging.getLogger("alembic").setLevel(logging.WARNING)  # same (quiet) logging on both sides
    results = []
    for kind in ("sqlite", "postgresql"):
        progress: list[Any] = []
        measured, base = _alternate(lambda url, p=progress: _ours(url, p), _alembic, kind)
        revisions = len({p[0] for p in progress})
        results.append(
            Result(
                "migrations_upgrade",
                kind,
                f"empty -> head, {revisions} revisions, in-process, progress on",
                measured * 1000,
                "ms",
                f"<= {GOAL}x baseline",
                base * 1000,
                "alembic.command.upgrade heads",
                passed=measured / base <= GOAL,
                note="service: drift check, plan + destructive marks, guard, audit entry, progress callback",
            )
        )
        ours_p, base_p = [], []
        for _ in range(PROCESS_ROUNDS):
            with database(kind) as url:
                ours_p.append(_run([sys.executable, "-m", "console.cli", "--db", url, "migrate", "upgrade"]))
            with database(kind) as url, tempfile.TemporaryDirectory() as tmp:
                ini = _alembic_ini(url, Path(tmp))
                base_p.append(_run([sys.executable, "-m", "alembic", "-c", str(ini), "upgrade", "heads"]))
        measured_p, base_p_med = statistics.median(ours_p), statistics.median(base_p)
        results.append(
            Result(
                "migrations_upgrade",
                kind,
                "empty -> head, platformctl migrate upgrade (process start included)",
                measured_p,
                "s",
                f"<= {GOAL}x baseline",
                base_p_med,
                "alembic upgrade heads",
                passed=measured_p / base_p_med <= GOAL,
            )
        )
    return results
