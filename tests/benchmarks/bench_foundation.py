"""Foundation benchmarks: bulk apply, planning at scale, migrations, demo seed."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from core.actor import Actor
from core.db import Database
from core.definition import ModuleDefinition
from core.graph import ChangeRequest, plan_changes
from core.registry import ModuleRegistry
from tests.benchmarks.common import Result, benchmark, database, median_time, postgres_schema

ROOT = Path(__file__).resolve().parents[2]
PLATFORMS = 10_000


def _snapshot(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS bench_pm_snapshot"))
        conn.execute(text("CREATE TABLE bench_pm_snapshot AS SELECT * FROM platform_modules"))


def _restore(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM platform_modules"))
        conn.execute(text("INSERT INTO platform_modules SELECT * FROM bench_pm_snapshot"))
    with db.engine.connect() as conn:
        conn.execute(text("ANALYZE" if db.is_sqlite else "ANALYZE platform_modules"))
        conn.commit()


# The hand-written baseline: every platform gets orders and, where missing, payments; one statement.
BASELINE_SQL = """
INSERT INTO platform_modules (platform_id, module_code, enabled, config, enabled_at, enabled_by)
SELECT p.id, m.code, true, '{}', now(), 'bench'
FROM platforms p CROSS JOIN (VALUES ('orders'), ('payments')) AS m(code)
WHERE NOT EXISTS (
    SELECT 1 FROM platform_modules pm
    WHERE pm.platform_id = p.id AND pm.module_code = m.code AND pm.enabled
)
ON CONFLICT (platform_id, module_code)
DO UPDATE SET enabled = true, enabled_at = excluded.enabled_at, enabled_by = excluded.enabled_by
"""


@benchmark("apply_enable_orders")
def bench_apply() -> list[Result]:
    """(a) plan + apply "enable orders" on 10,000 platforms vs one set-based INSERT ... ON CONFLICT."""
    from core.demo import SeedSpec, seed
    from core.migrations import upgrade
    from core.services.module_service import ModuleService, Target

    with postgres_schema() as url:
        db = Database(url)
        upgrade(db, "heads")
        seed(db, SeedSpec(platforms=PLATFORMS, merchants=0, stores=0, orders=0, seed=7))
        _snapshot(db)
        service = ModuleService(db)
        actor = Actor.cli()
        request = ChangeRequest(enable=("orders",))

        def ours() -> None:
            result = service.apply(actor, Target(all=True), request)
            assert len(result.applied) > 0

        def baseline() -> None:
            with db.engine.begin() as conn:
                conn.execute(text(BASELINE_SQL))

        # Alternate the two, each from the same starting rows, and take medians.
        ours_s, base_s = [], []
        for _ in range(5):
            _restore(db)
            ours_s.append(median_time(ours, repeat=1))
            _restore(db)
            base_s.append(median_time(baseline, repeat=1))
        changed = service.plan(actor, Target(all=True), request)
        _restore(db)
        rows = sum(len(p.changes) for p in service.plan(actor, Target(all=True), request).applicable)
        db.dispose()
    measured, base = sorted(ours_s)[2], sorted(base_s)[2]
    del changed
    return [
        Result(
            "apply_enable_orders",
            "postgresql",
            f"{PLATFORMS:,} platforms, {rows:,} rows written",
            measured * 1000,
            "ms",
            "<= 3x baseline",
            base * 1000,
            "INSERT ... ON CONFLICT",
            passed=measured / base <= 3,
        )
    ]


def synthetic_registry(n: int = 1000, levels: int = 25, seed: int = 1) -> ModuleRegistry:
    rng = random.Random(seed)
    per_level = n // levels
    defs: list[ModuleDefinition] = []
    by_level: list[list[str]] = []
    for level in range(levels):
        codes = [f"m{level:02d}-{i:03d}" for i in range(per_level)]
        for code in codes:
            requires: tuple[str, ...] = ()
            if level:
                prev = by_level[level - 1]
                earlier = [c for lv in by_level[max(0, level - 4) : level] for c in lv]
                picks = {rng.choice(prev)} | set(rng.sample(earlier, k=min(2, len(earlier))))
                requires = tuple(sorted(picks))
            defs.append(
                ModuleDefinition(
                    code=code,
                    name=code,
                    description="synthetic",
                    version="1.0.0",
                    requires=requires,
                    is_core=level == 0 and code.endswith("000"),
                )
            )
        by_level.append(codes)
    return ModuleRegistry(defs)


@benchmark("plan_synthetic_1000")
def bench_plan() -> list[Result]:
    """(b) a plan on a synthetic 1,000-module registry, 25 levels deep: enable the deepest, cold caches."""
    definitions = list(synthetic_registry())
    deepest = definitions[-1].code
    root = next(d.code for d in definitions if not d.is_core and not d.requires)
    depth_note = ""
    samples = []
    for _ in range(21):
        registry = ModuleRegistry(definitions)  # fresh: no closure cache
        enabled = {"p1": frozenset(m.code for m in registry if m.is_core), "p2": frozenset(registry.modules)}
        start = time.perf_counter()
        plan = plan_changes(registry, enabled, ChangeRequest(enable=(deepest,)))
        plan2 = plan_changes(registry, enabled, ChangeRequest(disable=(root,), cascade=True))
        samples.append(time.perf_counter() - start)
        depth_note = (
            f"enable {deepest}: {len(plan.platforms[0].changes)} changes; "
            f"disable {root} with cascade: {len(plan2.platforms[1].changes)} changes"
        )
    samples.sort()
    measured = samples[len(samples) // 2] * 1000
    return [
        Result(
            "plan_synthetic_1000",
            "-",
            "1,000 modules, 25 levels, 2 plans x 2 platforms",
            measured,
            "ms",
            "< 10 ms",
            passed=measured < 10,
            note=depth_note,
        )
    ]


def _alembic_ini(url: str, tmp: Path) -> Path:
    from core.migrations import version_locations

    ini = tmp / "alembic.ini"
    locations = " ".join(str(p) for p in version_locations())
    ini.write_text(
        "[alembic]\n"
        f"script_location = {ROOT / 'migrations'}\n"
        f"version_locations = {locations}\n"
        "version_path_separator = space\n"
        f"sqlalchemy.url = {url.replace('%', '%%')}\n"
    )
    return ini


_PYCACHE = Path(tempfile.mkdtemp(prefix="platform-bench-pycache-"))


def _run(cmd: list[str]) -> float:
    """Wall time of ``cmd`` as a process. Both sides run with a bytecode cache (a temporary
    ``PYTHONPYCACHEPREFIX``), as an installed application does, even where the environment sets
    ``PYTHONDONTWRITEBYTECODE`` (this machine does: without it every import of the project compiled
    its sources while site-packages had theirs compiled at install)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(_PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}... failed: {done.stderr[-2000:]}")
    return elapsed


@benchmark("db_upgrade")
def bench_db_upgrade() -> list[Result]:
    """(c) `platformctl db upgrade` from empty to head vs the `alembic` command on the same revisions."""
    results = []
    for kind in ("sqlite", "postgresql"):
        ours_s, base_s = [], []
        for attempt in range(6):  # the first pair warms the bytecode cache and is not counted
            with database(kind) as url:
                ours = _run([sys.executable, "-m", "console.cli", "--db", url, "db", "upgrade"])
            with database(kind) as url, tempfile.TemporaryDirectory() as tmp:
                ini = _alembic_ini(url, Path(tmp))
                base = _run([sys.executable, "-m", "alembic", "-c", str(ini), "upgrade", "heads"])
            if attempt:
                ours_s.append(ours)
                base_s.append(base)
        measured, base = statistics.median(ours_s), statistics.median(base_s)
        results.append(
            Result(
                "db_upgrade",
                kind,
                "empty -> head, all branches (process start included)",
                measured,
                "s",
                "<= 1.3x baseline",
                base,
                "alembic upgrade heads",
                passed=measured / base <= 1.3,
            )
        )
    return results


@benchmark("demo_seed_1m")
def bench_seed() -> list[Result]:
    """(d) `demo seed` of 10,000 platforms, 100,000 merchants and 1,000,000 stores."""
    from core.demo import SeedSpec, seed
    from core.migrations import upgrade

    results = []
    for kind in ("postgresql", "sqlite"):
        with database(kind) as url:
            db = Database(url)
            upgrade(db, "heads")
            start = time.perf_counter()
            seed(db, SeedSpec(platforms=10_000, merchants=100_000, stores=1_000_000, orders=0, seed=1))
            elapsed = time.perf_counter() - start
            db.dispose()
        results.append(
            Result(
                "demo_seed_1m",
                kind,
                "10k platforms, 100k merchants, 1M stores",
                elapsed,
                "s",
                "< 120 s",
                passed=elapsed < 120,
            )
        )
    return results
