"""Tenancy's demo seed: merchants and stores, spread over the platforms (``core.platforms``).

Publishes ``tenancy.stores``: store id -> platform id, for the seeds of the modules that sell in
stores (customers, payments). See docs/architecture.md, "Module contract".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from core.bulk_load import BULK_ROWS
from core.demo_context import CITIES, WORDS_A, WORDS_B, DemoContext, DemoSeed
from core.errors import InvalidInput
from core.search import search_text

PUBLISHED_STORES = 100_000  # stores offered to later seeds (orders pick among these)
MERCHANT_COLUMNS = ("id", "code", "name", "email", "phone", "status", "created_at", "search_text")
STORE_COLUMNS = (
    *("id", "code", "merchant_id", "platform_id", "name", "domain", "email", "status", "created_at"),
    "search_text",
)


def seed(ctx: DemoContext) -> None:
    spec, writer = ctx.spec, ctx.writer
    if writer.pg:
        ctx.connection.exec_driver_sql("LOCK TABLE merchants, stores IN SHARE ROW EXCLUSIVE MODE")
    # A large load builds the tables' search and sort indexes once, at the end.
    with writer.deferred_indexes(("merchants", "stores"), spec.merchants + spec.stores >= BULK_ROWS):
        merchant_ids = _seed_merchants(ctx)
        ctx.step("merchants", spec.merchants, spec.merchants)
        store_platform = _seed_stores(ctx, merchant_ids or _existing(ctx, "SELECT id FROM merchants"))
    ctx.step("stores", spec.stores, spec.stores)
    if store_platform:
        ctx.publish("tenancy.stores", store_platform)
    else:
        query = f"SELECT id, platform_id FROM stores LIMIT {PUBLISHED_STORES}"
        ctx.publish_lazy("tenancy.stores", lambda: dict(ctx.connection.exec_driver_sql(query).all()))


DEMO_SEED = DemoSeed(seed)


def demo_stores(ctx: DemoContext) -> dict[int, int]:
    """The stores later seeds sell in (id -> platform id); refused when there are none."""
    stores = ctx.get("tenancy.stores")
    if not stores:
        raise InvalidInput("demo.bad_count", "orders need stores: add --stores")
    return stores


def _existing(ctx: DemoContext, query: str) -> list[int]:
    return list(ctx.connection.exec_driver_sql(query).scalars())


def _seed_merchants(ctx: DemoContext) -> list[int]:
    rng, now = ctx.rng, ctx.now
    m0 = ctx.writer.next_id("merchants")
    merchant_ids = list(range(m0, m0 + ctx.spec.merchants))

    def rows() -> Iterator[tuple[Any, ...]]:
        for mid in merchant_ids:
            a, b = rng.choice(WORDS_A), rng.choice(WORDS_B)
            slug = f"{a}-{b}-{mid}".lower()
            code, name, email = f"M{mid:07d}", f"{a} {b} {mid}", f"contact@{slug}.example"
            created = ctx.ts(now - timedelta(days=rng.randint(0, 900)))
            phone = f"+352 6{mid % 100_000_000:08d}"
            yield (mid, code, name, email, phone, "active", created, search_text(name, code, email))

    ctx.load("merchants", MERCHANT_COLUMNS, rows())
    return merchant_ids


def _seed_stores(ctx: DemoContext, merchants: list[int]) -> dict[int, int]:
    """The new stores, each of a random merchant on a random platform; returns the first
    :data:`PUBLISHED_STORES` of them with their platform."""
    spec, rng, now, progress = ctx.spec, ctx.rng, ctx.now, ctx.progress
    platforms = ctx.get("core.platforms")
    s0 = ctx.writer.next_id("stores")
    store_ids = range(s0, s0 + spec.stores)
    store_platform: dict[int, int] = {}
    if spec.stores and (not merchants or not platforms):
        raise InvalidInput("demo.bad_count", "stores need at least one merchant and one platform")

    def rows() -> Iterator[tuple[Any, ...]]:
        n_m, n_p = len(merchants), len(platforms)
        rand = rng.random
        for i, sid in enumerate(store_ids):
            mid = merchants[int(rand() * n_m)]
            pid = platforms[int(rand() * n_p)]
            if i < PUBLISHED_STORES:
                store_platform[sid] = pid
            a, b = WORDS_A[sid % 30], WORDS_B[(sid // 30) % 30]
            code, name = f"S{sid:08d}", f"{a} {b} {rng.choice(CITIES)} {sid}"
            domain, email = f"{a}-{b}-{sid}.shop.example".lower(), f"shop{sid}@{b.lower()}.example"
            created = ctx.ts(now - timedelta(minutes=int(rand() * 1_000_000)))
            text = search_text(name, code, email, domain)
            yield (sid, code, mid, pid, name, domain, email, "active", created, text)
            if progress and sid % 100_000 == 0:
                progress("stores", i, spec.stores)

    ctx.load("stores", STORE_COLUMNS, rows())
    return store_platform
