"""Orders' demo seed: an order for each demo payment's basket (``payments.sales``), with its lines,
placed by the customer who paid. See docs/architecture.md, "Module contract".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.demo_context import DemoContext, DemoSeed
from modules.payments.demo import Sale

ORDER_COLUMNS = (
    *("id", "platform_id", "store_id", "customer_id", "payment_id", "number", "status", "total_minor"),
    *("currency", "created_at"),
)
LINE_COLUMNS = ("id", "order_id", "sku", "description", "quantity", "unit_price_minor")


def seed(ctx: DemoContext) -> None:
    if not ctx.spec.orders:
        return
    sales: list[Sale] = ctx.get("payments.sales")
    o0, l0 = ctx.writer.next_id("orders"), ctx.writer.next_id("order_lines")

    def orders() -> Iterator[tuple[Any, ...]]:
        for oid, sale in enumerate(sales, o0):
            status = "paid" if sale.captured else "pending"
            number = f"ORD-{oid:08d}"
            yield (
                oid,
                sale.platform_id,
                sale.store_id,
                sale.customer_id,
                sale.payment_id,
                number,
                status,
                sale.total,
                sale.currency,
                sale.created_at,
            )

    def lines() -> Iterator[tuple[Any, ...]]:
        line_id = l0
        for oid, sale in enumerate(sales, o0):
            for sku, description, qty, unit in sale.basket:
                yield (line_id, oid, sku, description, qty, unit)
                line_id += 1

    ctx.load("orders", ORDER_COLUMNS, orders())
    ctx.load("order_lines", LINE_COLUMNS, lines())
    ctx.step("orders", ctx.spec.orders, ctx.spec.orders)


DEMO_SEED = DemoSeed(seed)
