"""Support desk at scale: the stores list over 1,000,000 stores, on PostgreSQL and SQLite.

One seed per database (``core.demo.seed``: 10,000 platforms, 100,000 merchants, 1,000,000 stores),
then four figures on it, measured in-process with the real :class:`WindowedTableModel` on
qasync's loop (reads run in the console's worker threads, as in the application):

* first page shown -- a new model until the first row's data is there (count estimate + first
  page, one round trip) -- goal < 150 ms;
* a search by name prefix -- a new query until its first page is shown (the debounce not
  counted) -- goal < 150 ms;
* contains searches ("any field": name, code, e-mail, domain; accents and case folded) on stores
  and on merchants, sorted by code as the pages open -- common and rare words, a city, e-mail and
  domain fragments, a code fragment, text found nowhere, one- and two-character prefixes -- a new
  query until its first page is shown -- goal: median < 150 ms, worst < 300 ms;
* jump to the last row -- asking for the last screenful (30 rows) until they are all there --
  goal < 300 ms;
* memory -- RSS growth after scrolling through 100,000 rows a screenful at a time -- goal < 100 MB.

Medians of 5 runs (fresh models, so no key or page is reused); the seed's own time is in the note.
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

from tests.benchmarks.common import Result, benchmark, database

PLATFORMS, MERCHANTS, STORES = 10_000, 100_000, 1_000_000
SCREEN = 30  # rows a view shows at once
SCROLLED = 100_000
PREFIXES = ("alp", "river s", "zephyr yoga", "b", "golden gar")
# (what it stands for, the text typed): for stores, then merchants.
CONTAINS = (
    ("word", "coffee"),
    ("city", "WILTZ"),
    ("accented", "Échternach"),
    ("two words", "amber tea"),
    ("e-mail", "shop123456@"),
    ("e-mail domain", "@yoga.exa"),
    ("domain", "-98765.shop"),
    ("code", "s0012345"),
    ("number", "77777"),
    ("nowhere", "zzqx"),
    ("1 char", "q"),
    ("2 chars", "zy"),
)
MERCHANT_CONTAINS = (
    ("word", "coffee"),
    ("accented", "CAFÉ"),
    ("e-mail", "contact@amber-"),
    ("e-mail fragment", "tea-4242"),
    ("domain", "-98765.shop"),
    ("code", "m00123"),
    ("nowhere", "zzqx"),
    ("1 char", "w"),
    ("2 chars", "ok"),
)
REPEAT = 5


def rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["bench-support"])


async def _until(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("rows never arrived")
        await asyncio.sleep(0.0005)


def _loaded(model: Any, rows: range) -> bool:
    return all(model.row_at(r) is not None for r in rows)


async def _measure(db: Any) -> dict[str, Any]:
    from console.models.tenancy import store_model
    from core.actor import Actor
    from modules.tenancy.services import ListQuery, StoreService

    actor = Actor.cli()
    service = StoreService(db)
    figures: dict[str, Any] = {}

    async def timed(fn: Callable[[], Awaitable[Any]]) -> float:
        start = time.perf_counter()
        await fn()
        return (time.perf_counter() - start) * 1000

    # 1. first page shown
    samples = []
    for _ in range(REPEAT + 1):  # the first one warms the pool and the caches: not counted

        async def first_page() -> None:
            model = store_model(service, actor)
            await model.set_query(ListQuery())
            assert model.data(model.index(0, 0)).startswith("S")

        samples.append(await timed(first_page))
    figures["first_page"] = (statistics.median(samples[1:]), samples[0])

    # 2. search by name prefix (a name search sorts by name: the page does so too)
    samples, found = [], {}
    for prefix in PREFIXES:
        model = store_model(service, actor)
        await model.set_query(ListQuery())

        async def search(model: Any = model, prefix: str = prefix) -> None:
            await model.set_query(ListQuery(search=prefix, sort="name", search_kind="name"))
            row = model.row_at(0)
            assert row is not None and row.name.lower().startswith(prefix)

        samples.append(await timed(search))
        found[prefix] = (model.rowCount(), model.exact)
    figures["search"] = (statistics.median(samples), max(samples), found)

    # 2b. contains searches, stores and merchants
    from console.models.tenancy import merchant_model
    from modules.tenancy.services import MerchantService

    for label, make, texts in (
        ("stores", lambda: store_model(service, actor), CONTAINS),
        ("merchants", lambda: merchant_model(MerchantService(db), actor), MERCHANT_CONTAINS),
    ):
        per_text = {}
        for name, text in texts:
            runs = []
            for _ in range(3):
                model = make()
                await model.set_query(ListQuery())

                async def search(model: Any = model, text: str = text) -> None:
                    await model.set_query(ListQuery(search=text))
                    model.row_at(0)

                runs.append(await timed(search))
            per_text[name] = (statistics.median(runs), max(runs), model.rowCount(), model.exact)
        figures[f"contains_{label}"] = per_text

    # 3. jump to the last row
    samples, reads = [], []
    for _ in range(REPEAT):
        model = store_model(service, actor)
        await model.set_query(ListQuery())
        n = model.rowCount()
        last = range(n - SCREEN, n)
        before = len(model.source.calls)

        async def jump(model: Any = model, last: range = last) -> None:
            for r in last:  # what a view asks for when it shows the bottom
                model.data(model.index(r, 0))
            await _until(lambda: _loaded(model, last))

        samples.append(await timed(jump))
        reads.append(len(model.source.calls) - before)
        expected = service.page(actor, ListQuery(), from_end=True, limit=1).rows[0].code
        assert model.row_at(n - 1).code == expected
    figures["jump_end"] = (statistics.median(samples), max(reads))

    # 4. memory after scrolling through 100,000 rows
    model = store_model(service, actor)
    await model.set_query(ListQuery())
    gc.collect()
    start = rss_bytes()
    for top in range(0, SCROLLED, SCREEN):
        shown = range(top, min(top + SCREEN, SCROLLED))
        for r in shown:
            model.data(model.index(r, 0))
        await _until(lambda shown=shown: _loaded(model, shown))
    gc.collect()
    grown = (rss_bytes() - start) / 2**20
    figures["memory"] = (grown, len(model.loaded_pages()), model.reads)
    return figures


def _within(name: str, kind: str, scale: str, ms: float, limit_ms: int, note: str) -> Result:
    """A time in ms that passes below ``limit_ms``."""
    return Result(name, kind, scale, ms, "ms", f"< {limit_ms} ms", passed=ms < limit_ms, note=note)


@benchmark("support_stores_1m")
def bench_support() -> list[Result]:
    import qasync

    from core.db import Database
    from core.demo import SeedSpec, seed
    from core.migrations import upgrade

    app = _app()
    results: list[Result] = []
    for kind in ("postgresql", "sqlite"):
        with database(kind) as url:
            db = Database(url)
            upgrade(db, "heads")
            started = time.perf_counter()
            seed(db, SeedSpec(platforms=PLATFORMS, merchants=MERCHANTS, stores=STORES, orders=0, seed=1))
            seeded = time.perf_counter() - started
            with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
                figures = runner.run(_measure(db))
                from console.asyncutil import settle

                runner.run(settle())
            db.dispose()
        scale = "1,000,000 stores (10k platforms, 100k merchants)"
        first, cold = figures["first_page"]
        note = f"first run {cold:.0f} ms; seeded in {seeded:.0f} s"
        results.append(_within("support_first_page", kind, scale, first, 150, note))
        median, worst, found = figures["search"]
        matches = ", ".join(f"{p!r}: {'' if exact else '~'}{n:,}" for p, (n, exact) in found.items())
        note = f"worst {worst:.0f} ms over {', '.join(repr(p) for p in PREFIXES)}; matches {matches}"
        results.append(_within("support_name_search", kind, scale, median, 150, note))
        for label in ("stores", "merchants"):
            per_text = figures[f"contains_{label}"]
            medians = [m for m, _, _, _ in per_text.values()]
            worst = max(w for _, w, _, _ in per_text.values())
            median = statistics.median(medians)
            results.append(
                Result(
                    f"support_contains_{label}",
                    kind,
                    scale,
                    median,
                    "ms",
                    "median < 150 ms, worst < 300 ms",
                    passed=max(medians) < 150 and worst < 300,
                    note=f"slowest median {max(medians):.0f} ms, worst run {worst:.0f} ms; "
                    + ", ".join(
                        f"{name} {m:.0f} ms ({'' if exact else '~'}{n:,})"
                        for name, (m, _, n, exact) in per_text.items()
                    ),
                )
            )
        jump, reads = figures["jump_end"]
        note = f"{reads} page read(s) at most"
        results.append(_within("support_jump_to_end", kind, scale, jump, 300, note))
        grown, pages, page_reads = figures["memory"]
        results.append(
            Result(
                "support_scroll_memory",
                kind,
                f"{SCROLLED:,} rows scrolled of {STORES:,}",
                grown,
                "MB",
                "< 100 MB",
                passed=grown < 100,
                note=f"{page_reads} pages read, {pages} kept",
            )
        )
    return results
