"""Merchants and stores in windowed table models; money by currency for the detail pane."""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor

from console.locale_text import money as locale_money
from console.models.common import local_time, measured
from console.models.windowed import Column, WindowedTableModel
from core.actor import Actor
from modules.tenancy.services import ListQuery, MerchantService, StoreService

SUSPENDED = QBrush(QColor(198, 40, 40))


class TenancyModel(QObject):
    """The translation context of the merchant and store columns: lupdate extracts ``TenancyModel.tr("...")``
    and Qt looks it up under the same name (never instantiated)."""


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


def status_text(status: str, kind: str) -> str:
    """A merchant's or a store's (``kind``) status: words of their own, as French agrees them with
    the noun (un marchand suspendu, une boutique suspendue)."""
    if kind == "store":
        words = {
            "active": TenancyModel.tr("active", "store"),
            "suspended": TenancyModel.tr("suspended", "store"),
        }
    else:
        words = {
            "active": TenancyModel.tr("active", "merchant"),
            "suspended": TenancyModel.tr("suspended", "merchant"),
        }
    return words.get(status, status)


def _status(kind: str) -> Column:
    return Column(
        "status",
        TenancyModel.tr("Status"),
        lambda r: status_text(r.status, kind),
        tooltip=lambda r: r.suspended_reason,
        foreground=_status_brush,
        width=11,
        samples=lambda: [status_text(s, kind) for s in ("active", "suspended")],
    )


def _created() -> Column:
    created = lambda r: local_time(r.created_at, seconds=False)  # noqa: E731
    return Column("created_at", TenancyModel.tr("Created"), created, "created_at", width=18, samples=measured)


def merchant_columns() -> list[Column]:
    """Code and status first: they stay in sight beside the detail pane."""
    return [
        Column("code", TenancyModel.tr("Code"), lambda r: r.code, "code", width=14, samples=measured),
        _status("merchant"),
        Column("name", TenancyModel.tr("Name"), lambda r: r.name, "name", width=28),
        Column("email", TenancyModel.tr("E-mail"), lambda r: r.email or "", width=32),
        Column("stores", TenancyModel.tr("Stores"), lambda r: str(r.stores), width=9, samples=measured),
        _created(),
    ]


def store_columns() -> list[Column]:
    return [
        Column("code", TenancyModel.tr("Code"), lambda r: r.code, "code", width=14, samples=measured),
        _status("store"),
        Column("name", TenancyModel.tr("Name"), lambda r: r.name, "name", width=30),
        Column("domain", TenancyModel.tr("Domain"), lambda r: r.domain or "", width=30),
        Column(
            "merchant",
            TenancyModel.tr("Merchant"),
            lambda r: r.merchant,
            tooltip=lambda r: r.merchant_name,
            width=12,
            samples=measured,
        ),
        Column("platform", TenancyModel.tr("Platform"), lambda r: r.platform, width=12, samples=measured),
        _created(),
    ]


def merchant_model(
    service: MerchantService, actor: Actor, parent: Any = None, **kw: Any
) -> WindowedTableModel:
    return WindowedTableModel(
        merchant_columns(),
        ServiceSource(service, actor),
        parent,
        placeholder=TenancyModel.tr("Loading…"),
        **kw,
    )


def store_model(service: StoreService, actor: Actor, parent: Any = None, **kw: Any) -> WindowedTableModel:
    return WindowedTableModel(
        store_columns(), ServiceSource(service, actor), parent, placeholder=TenancyModel.tr("Loading…"), **kw
    )
