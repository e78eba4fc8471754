"""Payments, newest first, paged by keyset (:class:`console.models.keyset.KeysetTableModel`).

Amounts are shown in their currency's decimals (ISO 4217), as the interface's locale writes money.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from console.locale_text import money as locale_money
from console.models.common import local_time
from console.models.keyset import KeysetTableModel
from modules.payments.services import PaymentSummary

PAGE_SIZE = 100
# The widest amounts a column is sized for before any row arrives (rows wider still widen it).
MONEY_SAMPLES = ((999_999_999, "EUR"), (999_999_999, "JPY"))
STATUSES = ("captured", "awaiting_funds", "processing", "requires_action", "failed")
GATEWAYS = ("stripe", "paypal", "manual")


def status_text(status: str) -> str:
    """A payment's status in people's words (the gateways' codes stay in the data and the CLI)."""
    words = {
        "captured": QCoreApplication.translate("PaymentStatus", "captured"),
        "awaiting_funds": QCoreApplication.translate("PaymentStatus", "awaiting funds"),
        "processing": QCoreApplication.translate("PaymentStatus", "processing"),
        "requires_action": QCoreApplication.translate("PaymentStatus", "action required"),
        "failed": QCoreApplication.translate("PaymentStatus", "failed"),
    }
    return words.get(status, status)


def money(amount_minor: int, currency: str) -> str:
    """``1.234,56 €`` in de_LU and fr_LU, ``€1,234.56`` in English (console.locale_text)."""
    return locale_money(amount_minor, currency)


def money_samples() -> list[str]:
    """``9.999.999,99 €`` and the like: what a money column must show whole."""
    return [money(amount, currency) for amount, currency in MONEY_SAMPLES]


class PaymentsModel(KeysetTableModel[PaymentSummary]):
    COLUMNS = ("id", "created", "platform", "store", "merchant", "gateway", "amount", "refunded", "status")
    # Shown first (a view's order; the model's stays): what must be in sight beside the detail.
    KEY_ORDER = (0, 6, 8, 5, 7)  # id, amount, status, gateway, refunded

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Payment"),
                self.tr("Created"),
                self.tr("Platform"),
                self.tr("Store"),
                self.tr("Merchant"),
                self.tr("Gateway"),
                self.tr("Amount"),
                self.tr("Refunded"),
                self.tr("Status"),
            ),
            parent,
        )
        self._status_brush = {
            "failed": QBrush(QColor(200, 40, 40)),
            "awaiting_funds": QBrush(QColor(200, 120, 0)),
            "processing": QBrush(QColor(200, 120, 0)),
        }

    def key_columns(self) -> dict[int, Callable[[], list[str]]]:
        """Samples for the columns that must never elide: id, gateway, amounts, status."""
        index = self.COLUMNS.index
        return {
            index("id"): lambda: ["99999999"],
            index("gateway"): lambda: list(GATEWAYS),
            index("amount"): money_samples,
            index("refunded"): money_samples,
            index("status"): lambda: [status_text(s) for s in STATUSES],
        }

    def row_id(self, row: PaymentSummary) -> int:
        return row.id

    def payment(self, row: int) -> PaymentSummary | None:
        return self.row_at(row)

    def row_of(self, payment_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == payment_id), -1)

    def replace(self, row: PaymentSummary) -> None:
        """A payment changed (a refund): update its row in place."""
        i = self.row_of(row.id)
        if i >= 0:
            self._rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))

    def cell(self, row: PaymentSummary, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("id", "amount", "refunded"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return self._status_brush.get(row.status)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_value(row, column)
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
    if column == "status":
        return status_text(p.status)
    value = getattr(p, column)
    return "" if value is None else str(value)
