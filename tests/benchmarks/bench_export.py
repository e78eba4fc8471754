"""CSV export of a list at scale: every one of 100,000 stores, on PostgreSQL and SQLite.

The console's own export (:class:`console.widgets.table_export.ExportJob` over the stores list's
model, on qasync's loop, pages read through ``StoreService`` in the worker threads) against a
baseline written by hand: one ``SELECT`` of the same columns streamed into ``csv.writer``. Figures:
rows per second (the ratio is the baseline's time over ours, lower is better) and the growth of the
process's resident memory while exporting (sampled after every page) -- goal: flat, < 50 MB.
"""

from __future__ import annotations

import asyncio
import csv
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.benchmarks.bench_support import _app, rss_bytes
from tests.benchmarks.common import Result, benchmark, database

PLATFORMS, MERCHANTS, STORES = 1_000, 10_000, 100_000


async def _export(db: Any, target: Path) -> tuple[int, float, float]:
    """Rows written, seconds, and the largest RSS growth (MB) seen during the export."""
    from PySide6.QtWidgets import QTableView, QWidget

    from console.models.tenancy import store_model
    from console.widgets.table_export import ExportJob, windowed_rows
    from core.actor import Actor
    from modules.tenancy.services import ListQuery, StoreService

    parent = QWidget()
    model = store_model(StoreService(db), Actor.cli(), parent)
    await model.set_query(ListQuery())
    view = QTableView(parent)
    view.setModel(model)
    job = ExportJob(parent, windowed_rows(view, model), target)
    job.dialog.setMinimumDuration(1_000_000)  # no dialog painted: the export alone is measured
    before = rss_bytes()
    peak = [before]
    job.progressed.connect(lambda _n: peak.append(rss_bytes()))
    started = time.perf_counter()
    count = await job.run()
    elapsed = time.perf_counter() - started
    parent.deleteLater()
    return int(count or 0), elapsed, (max(peak) - before) / 1e6


def _baseline(db: Any, target: Path) -> float:
    """The same rows by hand: one query streamed into a CSV file (seconds)."""
    from sqlalchemy import text

    started = time.perf_counter()
    with db.engine.connect() as conn, target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "status", "name", "domain", "merchant", "platform", "created_at"])
        result = conn.execution_options(stream_results=True, yield_per=1000).execute(
            text(
                "SELECT s.code, s.status, s.name, s.domain, m.code, p.code, s.created_at FROM stores s "
                "JOIN merchants m ON m.id = s.merchant_id JOIN platforms p ON p.id = s.platform_id "
                "ORDER BY s.code"
            )
        )
        for row in result:
            writer.writerow(row)
    return time.perf_counter() - started


@benchmark("export_stores_100k")
def bench_export() -> list[Result]:
    import qasync

    from console.asyncutil import settle
    from core.db import Database
    from core.demo import SeedSpec, seed
    from core.migrations import upgrade

    app = _app()
    results: list[Result] = []
    for kind in ("postgresql", "sqlite"):
        with database(kind) as url, tempfile.TemporaryDirectory() as folder:
            db = Database(url)
            upgrade(db, "heads")
            seed(db, SeedSpec(platforms=PLATFORMS, merchants=MERCHANTS, stores=STORES, orders=0, seed=3))
            with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
                count, seconds, grown = runner.run(_export(db, Path(folder) / "stores.csv"))
                runner.run(settle())
            baseline = _baseline(db, Path(folder) / "baseline.csv")
            db.dispose()
        scale = f"{STORES:,} stores"
        note = f"{count:,} rows in {seconds:.1f} s; load {os.getloadavg()[0]:.2f}"
        results.append(
            Result(
                "export_rows_per_second",
                kind,
                scale,
                count / seconds,
                "rows/s",
                "every row",
                baseline=STORES / baseline,
                baseline_name="one SELECT into csv.writer",
                passed=count == STORES,
                note=note,
            )
        )
        results.append(
            Result("export_memory", kind, scale, grown, "MB", "< 50 MB", passed=grown < 50, note="RSS growth")
        )
    return results
