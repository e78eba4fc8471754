"""Payments, newest first, paged by keyset (``before_id``): never an OFFSET, never a COUNT.

``fetchMore`` asks for the next page with :attr:`PaymentsModel.page_needed` (the id to read
before); the page loads it off the GUI thread and hands it back with :meth:`append_page`.
Amounts are shown in their currency's decimals (ISO 4217), with the user's locale's separators.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from console.models.common import USER_ROLE, local_time
from modules.payments.money import format_amount
from modules.payments.services import PaymentSummary

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100


def money(amount_minor: int, currency: str) -> str:
    """``EUR 1,234.56`` with the separators of the user's locale (``EUR 1.234,56`` in de_LU)."""
    locale = QLocale()
    return format_amount(
        amount_minor, currency, group=locale.groupSeparator(), decimal_point=locale.decimalPoint()
    )


class PaymentsModel(QAbstractTableModel):
    COLUMNS = ("id", "created", "platform", "store", "merchant", "gateway", "amount", "refunded", "status")
    page_needed = Signal(int)  # before_id

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PaymentSummary] = []
        self._exhausted = True
        self._loading = False
        self._headers = (
            self.tr("Payment"),
            self.tr("Created"),
            self.tr("Platform"),
            self.tr("Store"),
            self.tr("Merchant"),
            self.tr("Gateway"),
            self.tr("Amount"),
            self.tr("Refunded"),
            self.tr("Status"),
        )
        self._status_brush = {
            "failed": QBrush(QColor(200, 40, 40)),
            "awaiting_funds": QBrush(QColor(200, 120, 0)),
            "processing": QBrush(QColor(200, 120, 0)),
        }

    # -- content ----------------------------------------------------------------------------------
    def reset(self, rows: list[PaymentSummary], *, exhausted: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = exhausted
        self._loading = False
        self.endResetModel()

    def append_page(self, rows: list[PaymentSummary], *, exhausted: bool) -> None:
        self._loading = False
        self._exhausted = exhausted
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def replace(self, row: PaymentSummary) -> None:
        """A payment changed (a refund): update its row in place."""
        for i, current in enumerate(self._rows):
            if current.id == row.id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))
                return

    def loading_failed(self) -> None:
        self._loading = False

    def payment(self, row: int) -> PaymentSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, payment_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == payment_id), -1)

    def last_id(self) -> int:
        return self._rows[-1].id if self._rows else 0

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    # -- lazy paging ---------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading and bool(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        self.page_needed.emit(self.last_id())

    # -- QAbstractTableModel ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        p = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == USER_ROLE:
            return p.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("id", "amount", "refunded"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return self._status_brush.get(p.status)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_value(p, column)
        return None


def display_value(p: PaymentSummary, column: str) -> str:
    if column == "id":
        return str(p.id)
    if column == "created":
        return local_time(p.created_at, seconds=False)
    if column == "amount":
        return money(p.amount_minor, p.currency)
    if column == "refunded":
        total = p.refunded_minor + p.pending_minor
        return money(total, p.currency) if total else ""
    value = getattr(p, column)
    return "" if value is None else str(value)
