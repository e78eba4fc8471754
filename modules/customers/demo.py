"""Customers' demo seed: one customer per three demo orders, on the platforms of the demo stores.

Publishes ``customers.ids``, the new customers, for the orders' seed. See docs/architecture.md,
"Module contract".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.demo_context import CITIES, WORDS_A, DemoContext, DemoSeed
from modules.tenancy.demo import demo_stores

FIRST_NAMES = ("Anna", "Luc", "Marie", "Paul", "Sofia", "Tom", "Lea", "Max", "Nina", "Jo")
LAST_NAMES = ("Muller", "Schmit", "Weber", "Hoffmann", "Wagner", "Becker", "Schroeder", "Klein")
COLUMNS = ("id", "platform_id", "email", "name", "phone", "address", "created_at")


def seed(ctx: DemoContext) -> None:
    if not ctx.spec.orders:
        return
    rng, now = ctx.rng, ctx.ts(ctx.now)
    store_platform = demo_stores(ctx)
    stores = list(store_platform)
    c0 = ctx.writer.next_id("customers")
    customer_ids = list(range(c0, c0 + max(1, ctx.spec.orders // 3)))

    def rows() -> Iterator[tuple[Any, ...]]:
        for cid in customer_ids:
            pid = store_platform[stores[int(rng.random() * len(stores))]]
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            address = (
                f"{rng.randint(1, 99)} rue {rng.choice(WORDS_A)}, "
                f"L-{rng.randint(1000, 9999)} {rng.choice(CITIES)}"
            )
            email = f"{first.lower()}.{last.lower()}{cid}@mail.example"
            yield (cid, pid, email, f"{first} {last}", f"+352 691 {cid % 1_000_000:06d}", address, now)

    ctx.load("customers", COLUMNS, rows())
    ctx.publish("customers.ids", customer_ids)


DEMO_SEED = DemoSeed(seed, uses=("tenancy",))
