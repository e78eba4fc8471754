"""Orders in a windowed table model (read-only), through :class:`modules.orders.paging.OrderPager`."""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import QObject

from console.models.common import local_time, measured
from console.models.payments import money_samples
from console.models.tenancy import money
from console.models.windowed import Column, WindowedTableModel
from core.actor import Actor
from modules.orders.paging import OrderPager, OrderQuery


class OrdersModel(QObject):
    """The translation context of the order columns: lupdate extracts ``OrdersModel.tr("...")``
    and Qt looks it up under the same name (never instantiated)."""


class OrderSource:
    """The order pager seen as a :class:`console.models.windowed.WindowSource` for one actor."""

    def __init__(self, pager: OrderPager, actor: Actor) -> None:
        self.pager = pager
        self.actor = actor
        self.calls: deque[tuple[str, dict[str, Any]]] = deque(maxlen=1000)

    def open(self, query: OrderQuery, limit: int) -> Any:
        self.calls.append(("open", {"limit": limit}))
        return self.pager.open(self.actor, query, limit=limit)

    def page(self, query: OrderQuery, **how: Any) -> Any:
        self.calls.append(("page", dict(how)))
        return self.pager.page(self.actor, query, **how)

    def count(self, query: OrderQuery, exact: bool = False) -> Any:
        self.calls.append(("count", {"exact": exact}))
        return self.pager.count(self.actor, query, exact=exact)


def status_text(status: str) -> str:
    names = {"paid": OrdersModel.tr("paid"), "pending": OrdersModel.tr("pending")}
    return names.get(status, status)


def order_columns() -> list[Column]:
    """Number, status and total first: they stay in sight beside the detail pane."""
    return [
        Column("number", OrdersModel.tr("Number"), lambda r: r.number, width=16, samples=measured),
        Column(
            "status",
            OrdersModel.tr("Status"),
            lambda r: status_text(r.status),
            width=11,
            samples=lambda: [status_text(s) for s in ("paid", "pending")],
        ),
        Column(
            "total",
            OrdersModel.tr("Total"),
            lambda r: money(r.total_minor, r.currency),
            width=16,
            samples=money_samples,
        ),
        Column(
            "created_at",
            OrdersModel.tr("Created"),
            lambda r: local_time(r.created_at, seconds=False),
            width=18,
            samples=measured,
        ),
        Column("platform", OrdersModel.tr("Platform"), lambda r: r.platform, width=14, samples=measured),
        Column(
            "store",
            OrdersModel.tr("Store"),
            lambda r: r.store,
            tooltip=lambda r: r.merchant,
            width=14,
            samples=measured,
        ),
    ]


def order_model(pager: OrderPager, actor: Actor, parent: Any = None, **kw: Any) -> WindowedTableModel:
    return WindowedTableModel(
        order_columns(), OrderSource(pager, actor), parent, placeholder=OrdersModel.tr("Loading…"), **kw
    )
