"""Merchants and stores in windowed table models; money by currency for the detail pane."""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from console.locale_text import money as locale_money
from console.models.common import local_time, measured
from console.models.windowed import Column, WindowedTableModel
from core.actor import Actor
from modules.tenancy.services import ListQuery, MerchantService, StoreService

SUSPENDED = QBrush(QColor(198, 40, 40))


def _tr(text: str) -> str:
    return QCoreApplication.translate("TenancyModel", text)


def money(minor: int, currency: str) -> str:
    """An amount in minor units with the decimals of its currency, as the interface's locale
    writes money (an unknown currency: the raw figure rather than nothing)."""
    return locale_money(minor, currency)


class ServiceSource:
    """A tenancy service seen as a :class:`console.models.windowed.WindowSource` for one actor."""

    def __init__(self, service: MerchantService | StoreService, actor: Actor) -> None:
        self.service = service
        self.actor = actor
        # What was asked, latest last (tests count the reads; bounded for a long session).
        self.calls: deque[tuple[str, dict[str, Any]]] = deque(maxlen=1000)

    def open(self, query: ListQuery, limit: int) -> Any:
        self.calls.append(("open", {"limit": limit}))
        return self.service.open(self.actor, query, limit=limit)

    def page(self, query: ListQuery, **how: Any) -> Any:
        self.calls.append(("page", dict(how)))
        return self.service.page(self.actor, query, **how)

    def count(self, query: ListQuery, exact: bool = False) -> Any:
        self.calls.append(("count", {"exact": exact}))
        return self.service.count(self.actor, query, exact=exact)


def _status_brush(row: Any) -> Any:
    return SUSPENDED if row.status == "suspended" else None


def _status_text(row: Any) -> str:
    return _tr("suspended") if row.status == "suspended" else _tr("active")


def _status() -> Column:
    return Column(
        "status",
        _tr("Status"),
        _status_text,
        tooltip=lambda r: r.suspended_reason,
        foreground=_status_brush,
        width=11,
        samples=lambda: [_tr("active"), _tr("suspended")],
    )


def _created() -> Column:
    created = lambda r: local_time(r.created_at, seconds=False)  # noqa: E731
    return Column("created_at", _tr("Created"), created, "created_at", width=18, samples=measured)


def merchant_columns() -> list[Column]:
    """Code and status first: they stay in sight beside the detail pane."""
    return [
        Column("code", _tr("Code"), lambda r: r.code, "code", width=14, samples=measured),
        _status(),
        Column("name", _tr("Name"), lambda r: r.name, "name", width=28),
        Column("email", _tr("E-mail"), lambda r: r.email or "", width=32),
        Column("stores", _tr("Stores"), lambda r: str(r.stores), width=9, samples=measured),
        _created(),
    ]


def store_columns() -> list[Column]:
    return [
        Column("code", _tr("Code"), lambda r: r.code, "code", width=14, samples=measured),
        _status(),
        Column("name", _tr("Name"), lambda r: r.name, "name", width=30),
        Column("domain", _tr("Domain"), lambda r: r.domain or "", width=30),
        Column(
            "merchant",
            _tr("Merchant"),
            lambda r: r.merchant,
            tooltip=lambda r: r.merchant_name,
            width=12,
            samples=measured,
        ),
        Column("platform", _tr("Platform"), lambda r: r.platform, width=12, samples=measured),
        _created(),
    ]


def merchant_model(
    service: MerchantService, actor: Actor, parent: Any = None, **kw: Any
) -> WindowedTableModel:
    return WindowedTableModel(
        merchant_columns(), ServiceSource(service, actor), parent, placeholder=_tr("Loading…"), **kw
    )


def store_model(service: StoreService, actor: Actor, parent: Any = None, **kw: Any) -> WindowedTableModel:
    return WindowedTableModel(
        store_columns(), ServiceSource(service, actor), parent, placeholder=_tr("Loading…"), **kw
    )
