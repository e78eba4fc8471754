"""Targets by tag at fleet scale: 100,000 platforms, each with one to three tags.

Resolving ``--tag`` / ``--exclude-tag`` is one statement (a subquery on ``platform_tags``), so it
should cost about what reading the platforms it returns costs: the baseline is reading every
platform (``--all-platforms``), with the same code path's row handling.
"""

from __future__ import annotations

from sqlalchemy import insert, select

from core.actor import Actor
from core.db import Database, utcnow
from tests.benchmarks.common import Result, benchmark, database, median_time

PLATFORMS = 100_000
COUNTRIES = ("country:lu", "country:be", "country:de", "country:fr")


def _fleet(url: str) -> Database:
    from core.migrations import upgrade
    from core.tables import platform_tags, platforms

    db = Database(url)
    upgrade(db, "heads")
    now = utcnow()
    with db.engine.begin() as conn:
        conn.execute(
            insert(platforms),
            [{"code": f"p{i:06d}", "name": f"Platform {i}", "created_at": now} for i in range(PLATFORMS)],
        )
        ids = conn.execute(select(platforms.c.id).order_by(platforms.c.id)).scalars().all()
        rows = []
        for n, pid in enumerate(ids):
            rows.append({"platform_id": pid, "tag": COUNTRIES[n % 4]})
            if n % 100 == 0:
                rows.append({"platform_id": pid, "tag": "canary"})
            if n % 10 == 0:
                rows.append({"platform_id": pid, "tag": "plan:enterprise"})
        conn.execute(insert(platform_tags), rows)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    return db


@benchmark("targets_by_tag")
def bench_targets_by_tag() -> list[Result]:
    from core.services.module_service import ModuleService, Target
    from core.services.platforms import PlatformService

    results = []
    actor = Actor.cli()
    for kind in ("sqlite", "postgresql"):
        with database(kind) as url:
            db = _fleet(url)
            service = ModuleService(db)

            def resolve(
                target: Target, want: int, service: ModuleService = service, db: Database = db
            ) -> float:
                def run() -> None:
                    with db.read() as conn:
                        refs, _denied = service._targets(conn, actor, target, "modules.toggle", lock=False)
                    assert len(refs) == want

                return median_time(run, repeat=3)

            everything = resolve(Target.of(all_platforms=True), PLATFORMS)
            cases = [
                ("tag canary", Target.of(tags=["canary"]), PLATFORMS // 100),
                ("tag country:lu", Target.of(tags=["country:lu"]), PLATFORMS // 4),
                (
                    "all less country:lu",
                    Target.of(all_platforms=True, exclude_tags=["country:lu"]),
                    PLATFORMS * 3 // 4,
                ),
            ]
            for label, target, want in cases:
                seconds = resolve(target, want)
                # Rows returned in proportion: reading ``want`` of the platforms plainly costs about this.
                share = everything * want / PLATFORMS
                results.append(
                    Result(
                        f"targets_{label.replace(' ', '_').replace(':', '_')}",
                        kind,
                        f"{want:,} of {PLATFORMS:,} platforms",
                        seconds * 1000,
                        "ms",
                        "<= 2x reading as many platforms plainly, + 50 ms",
                        baseline=share * 1000,
                        baseline_name="--all-platforms, pro rata",
                        passed=seconds <= 2 * share + 0.05,
                    )
                )
            platforms = PlatformService(db)
            refs = platforms.list_platforms(actor)
            seconds = median_time(
                lambda platforms=platforms, refs=refs: platforms.tags(actor, refs), repeat=3
            )
            results.append(
                Result(
                    "tags_of_every_platform",
                    kind,
                    f"{PLATFORMS:,} platforms, all tagged",
                    seconds * 1000,
                    "ms",
                    "< 1500 ms (the modules page's list, in a worker)",
                    passed=seconds < 1.5,
                )
            )
            db.dispose()
    return results
