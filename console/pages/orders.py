"""Orders: a read-only windowed list (newest first), searched by order number, store or merchant, with the
selected order's lines and payment in a detail pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.asyncutil import run_sync
from console.models.common import local_time, measured
from console.models.orders import order_model, status_text
from console.models.tenancy import money
from console.pages.list_page import ListPage
from console.widgets._text import chars
from console.widgets.tables import make_read_only, move_columns_first
from modules.orders.paging import OrderLines, OrderQuery


class OrderDetailPane(QWidget):
    """The selected order: its facts, lines and payment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: OrderLines | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Select an order to see its lines and payment."))
        self.heading.setObjectName("ordersDetailHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.lines_table = QTableWidget(0, 5)
        self.lines_table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Description"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Total"),
            ]
        )
        make_read_only(
            self.lines_table,
            "ordersLines",
            (11, 28, 5, 10, 10),
            label=self.tr("Order lines"),
            key={0: measured, 2: measured, 3: measured, 4: measured},
        )
        # Quantity, unit price and total first, in sight beside the list; the description last.
        move_columns_first(self.lines_table, (2, 3, 4, 0))
        layout.addWidget(self.lines_table, 1)
        payment_title = QLabel(self.tr("Payment"))
        payment_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(payment_title)
        form = QFormLayout()
        self.gateway_label = QLabel()
        self.gateway_label.setObjectName("ordersPaymentGateway")
        self.gateway_id_label = QLabel()
        self.gateway_id_label.setObjectName("ordersPaymentGatewayId")
        self.gateway_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.captured_label = QLabel()
        self.captured_label.setObjectName("ordersPaymentCaptured")
        form.addRow(self.tr("Gateway"), self.gateway_label)
        form.addRow(self.tr("Gateway id"), self.gateway_id_label)
        form.addRow(self.tr("Captured"), self.captured_label)
        layout.addLayout(form)

    def clear(self) -> None:
        self.detail = None
        self.heading.setText(self.tr("Select an order to see its lines and payment."))
        self.lines_table.setRowCount(0)
        for label in (self.gateway_label, self.gateway_id_label, self.captured_label):
            label.clear()

    def show_detail(self, detail: OrderLines) -> None:
        self.detail = detail
        order = detail.order
        self.heading.setText(
            self.tr("Order {number} — store {store}, {status}, {created}").format(
                number=order.number,
                store=order.store,
                status=status_text(order.status),
                created=local_time(order.created_at),
            )
        )
        cur = order.currency
        self.lines_table.setRowCount(0)
        self.lines_table.setRowCount(len(detail.lines))
        for r, line in enumerate(detail.lines):
            values = [
                line.sku,
                line.description,
                QLocale().toString(line.quantity),
                money(line.unit_price_minor, cur),
                money(line.unit_price_minor * line.quantity, cur),
            ]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.lines_table.setItem(r, c, item)
        payment = detail.payment
        if payment is None:
            self.gateway_label.setText(self.tr("no payment"))
            self.gateway_id_label.clear()
            self.captured_label.clear()
        else:
            self.gateway_label.setText(payment.gateway)
            self.gateway_id_label.setText(payment.gateway_payment_id or "")
            self.captured_label.setText(
                self.tr("{captured} of {amount}").format(
                    captured=money(payment.captured_minor, payment.currency),
                    amount=money(payment.amount_minor, payment.currency),
                )
            )


class OrdersPage(ListPage):
    def __init__(self, session, window=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, window)
        self.pager = session.orders
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("ordersSearch")
        self.search_edit.setAccessibleName(self.tr("Search orders"))
        self.search_edit.setPlaceholderText(self.tr("Search by order number, store or merchant (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(chars(self.search_edit, 40))
        top.addWidget(self.search_edit, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("ordersCount")
        top.addWidget(self.count_label)
        layout.addLayout(top)

        self.detail = OrderDetailPane()
        layout.addWidget(self.build_list(order_model(self.pager, session.actor, self), self.detail), 1)

    # -- querying ------------------------------------------------------------------------------------
    def current_query(self) -> OrderQuery:
        return OrderQuery(search=self.search_edit.text().strip())

    async def apply(self) -> None:
        await self.model.set_query(self.current_query())
        self.detail.clear()
        self._detail_key = None

    # -- detail --------------------------------------------------------------------------------------
    def detail_key(self, item: Any) -> int:
        return int(item.id)

    async def show_detail(self, order_id: int) -> OrderLines:
        detail = await run_sync(self.pager.detail, self.session.require_actor(), order_id)
        self.detail.show_detail(detail)
        return detail

    def database_changed(self) -> None:
        if self._load_task is not None:
            self.start_search()
