"""The open console advancing a rollout: how long the GUI thread stalls meanwhile.

    python -m tests.benchmarks rollout_console_stall

``rollout_console_stall``
    In-process (a real QApplication, offscreen, on qasync's loop): the modules page of a super
    admin shows 100,000 platforms (``PLATFORM_BENCH_ROLLOUT_PLATFORMS``); a rollout of "enable
    orders" on all of them, waves ``1%,10%,50%,100%``, bake 0, no gate, is started, and the
    console's own runner (:class:`console.rollout_watch.RolloutWatch`, rounds back to back)
    advances it to completed while a 5 ms precise QTimer beats on the GUI thread. A stall is a gap
    between beats minus the interval. The runner's thread holds the GIL while it plans and writes
    a wave; the figure says what that costs the GUI. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from typing import Any

from tests.benchmarks.bench_console import (
    HEARTBEAT_MS,
    STALL_GOAL_MS,
    Heartbeat,
    _GcLog,
    _modules_page,
    _run_on_qasync,
)
from tests.benchmarks.common import Result, benchmark, database

PLATFORMS = int(os.environ.get("PLATFORM_BENCH_ROLLOUT_PLATFORMS", "100000"))

ROUND_S = 0.05  # the runner's interval here: rounds back to back, the worst case for the GUI
TIMEOUT_S = 600.0


async def _rollout_run(db: Any) -> dict[str, Any]:

    from console.rollout_watch import RolloutWatch
    from core.actor import Actor
    from core.services.rollouts import RolloutRequest, RolloutService

    page = await _modules_page(db)
    actor = Actor.cli()
    service = RolloutService(db)
    request = RolloutRequest(name="bench", kind="enable", modules=("orders",), all=True, bake="0s")
    rollout = service.create(actor, request)["id"]
    service.start(actor, rollout)
    timer = Heartbeat()
    done = asyncio.get_running_loop().create_future()
    watch = RolloutWatch(page.session)

    def noticed(notices: list[Any]) -> None:
        if not done.done() and any(n.new == "completed" for n in notices):
            done.set_result(None)

    watch.noticed.connect(noticed)
    gclog = _GcLog()
    try:
        with gclog:
            start = time.perf_counter()
            timer.start()
            watch.start(ROUND_S, advance=True)
            await asyncio.wait_for(done, TIMEOUT_S)
            elapsed = time.perf_counter() - start
            timer.stop()
    finally:
        timer.stop()
        watch.stop(30)
        page.shutdown()
        page.close()
        page.deleteLater()
    return {
        **timer.summary(),
        "rounds": watch.rounds,
        "seconds": elapsed,
        "gc": gclog.summary(),
    }


def _seeded(url: str) -> Any:
    from core.db import Database
    from core.demo import SeedSpec, seed
    from core.migrations import upgrade

    db = Database(url)
    upgrade(db, "heads")
    seed(db, SeedSpec(platforms=PLATFORMS, merchants=0, stores=0, orders=0))
    return db


@benchmark("rollout_console_stall")
def bench_rollout_stall() -> list[Result]:
    """The longest GUI stall while the console's runner rolls orders out to 100,000 platforms."""
    results = []
    for kind in ("sqlite", "postgresql"):
        with database(kind) as url:
            db = _seeded(url)
            try:
                f = _run_on_qasync(lambda db=db: _rollout_run(db))
            finally:
                db.dispose()
        results.append(
            Result(
                "rollout_console_stall",
                kind,
                f"rollout of orders on {PLATFORMS:,} platforms, waves 1%,10%,50%,100%, bake 0",
                round(f["max_ms"], 1),
                "ms",
                f"longest stall < {STALL_GOAL_MS:.0f} ms (heartbeat {HEARTBEAT_MS} ms)",
                passed=f["max_ms"] < STALL_GOAL_MS,
                note=(
                    f"p99 {f['p99_ms']:.1f} ms over {f['beats']} beats; {f['rounds']} runner rounds in "
                    f"{f['seconds']:.1f} s; {f['gc']}; GIL switch interval "
                    f"{sys.getswitchinterval() * 1000:.0f} ms; load average {os.getloadavg()[0]:.1f} on "
                    f"{os.cpu_count()} CPUs"
                ),
            )
        )
    return results
