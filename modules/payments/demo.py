"""Payments' demo seed: one payment per demo order, each by a demo customer for a basket bought in a
demo store.

Publishes ``payments.sales``: per payment its store, customer, amount and basket (the goods it paid
for), from which the orders' seed writes the orders and their lines. See docs/architecture.md,
"Module contract".
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta
from typing import Any, NamedTuple

from core.demo_context import WORDS_A, WORDS_B, DemoContext, DemoSeed
from modules.tenancy.demo import demo_stores

CURRENCIES = (("EUR", 0.82), ("USD", 0.08), ("GBP", 0.05), ("CHF", 0.03), ("JPY", 0.02))
GATEWAYS = ("stripe", "paypal", "manual")
ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
STRIPE_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
COLUMNS = (
    *("id", "platform_id", "store_id", "gateway", "gateway_payment_id", "amount_minor", "currency"),
    *("captured_minor", "status", "created_at"),
)

Item = tuple[str, str, int, int]  # sku, description, quantity, unit price (minor units)


class Sale(NamedTuple):
    """A demo payment and the basket it paid for."""

    payment_id: int
    platform_id: int
    store_id: int
    gateway: str
    gateway_payment_id: str
    total: int
    currency: str
    captured: int
    status: str
    created_at: Any  # as the bulk writer takes it (DemoContext.ts)
    basket: list[Item]
    customer_id: int


def seed(ctx: DemoContext) -> None:
    if not ctx.spec.orders:
        return
    sales = list(_sales(ctx))
    ctx.load("payments", COLUMNS, (sale[:10] for sale in sales))
    ctx.publish("payments.sales", sales)


DEMO_SEED = DemoSeed(seed, uses=("tenancy", "customers"))


def _sales(ctx: DemoContext) -> Iterator[Sale]:
    rng, now = ctx.rng, ctx.now
    store_platform = demo_stores(ctx)
    stores = list(store_platform)
    customers: list[int] = ctx.get("customers.ids")
    pay0 = ctx.writer.next_id("payments")
    currencies = [c for c, _ in CURRENCIES]
    weights = [wt for _, wt in CURRENCIES]
    for i in range(ctx.spec.orders):
        sid = stores[int(rng.random() * len(stores))]
        currency = rng.choices(currencies, weights)[0]
        created = now - timedelta(minutes=rng.randint(0, 200_000))
        basket = _basket(rng, currency)
        total = sum(qty * unit for _, _, qty, unit in basket)
        gateway = GATEWAYS[i % 3]
        gid = _gateway_id(rng, gateway)
        status = "awaiting_funds" if gateway == "manual" and rng.random() < 0.3 else "captured"
        captured = 0 if status == "awaiting_funds" else total
        customer = customers[int(rng.random() * len(customers))]
        pid, created_at = store_platform[sid], ctx.ts(created)
        yield Sale(
            pay0 + i, pid, sid, gateway, gid, total, currency, captured, status, created_at, basket, customer
        )


def _basket(rng: random.Random, currency: str) -> list[Item]:
    """One to three goods; prices in whole units of the currency, most with cents."""
    items = []
    for _ in range(rng.randint(1, 3)):
        qty = rng.randint(1, 4)
        unit = rng.randint(2, 400) * (1 if currency == "JPY" else 100) + (
            0 if currency == "JPY" else rng.choice((0, 50, 95, 99))
        )
        items.append(
            (f"SKU-{rng.randint(1000, 99999)}", f"{rng.choice(WORDS_A)} {rng.choice(WORDS_B)}", qty, unit)
        )
    return items


def _gateway_id(rng: random.Random, gateway: str) -> str:
    if gateway == "stripe":
        return "pi_" + "".join(rng.choice(STRIPE_ALPHABET) for _ in range(24))
    if gateway == "paypal":
        return "".join(rng.choice(ID_ALPHABET) for _ in range(17))  # a PayPal capture id
    return f"MAN-{rng.randint(100000, 999999)}"
