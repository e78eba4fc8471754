"""What the merchants and stores pages share: search as you type over a windowed table, and a
detail pane (stores, platforms, recent orders and payments, customers with their personal data
masked, the audit trail) with suspend / reactivate.

Search is debounced (:mod:`console.pages.list_page`); a newer query cancels the older one (its
task is cancelled and the model ignores a late answer). A name search sorts by name and a code
search by code (the index that answers the search also gives the order, so the first page comes
at once) until the user picks a sort by clicking a header. Only columns with a sort key sort (in
SQL).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.asyncutil import dialog_result, run_sync, spawn
from console.dialogs.error_text import error_message
from console.dialogs.reason import ReasonDialog
from console.locale_text import counted, number
from console.models.common import local_time, measured
from console.models.orders import status_text as order_status_text
from console.models.payments import status_text as payment_status_text
from console.models.tenancy import money, status_text
from console.models.windowed import WindowedTableModel
from console.pages.base import enable_for
from console.pages.list_page import ListPage
from console.widgets._text import chars
from console.widgets.tables import make_read_only
from core.errors import InvalidInput
from modules.customers.services import CustomerRow
from modules.tenancy.services import Detail, ListQuery, MerchantService, SearchKind, StoreService

CUSTOMERS_SHOWN = 200


def _small_table(
    name: str, label: str, headers: list[str], widths: list[float], key: tuple[int, ...] = ()
) -> QTableWidget:
    """A short list in the detail pane (a few hundred rows at most); the ``key`` columns (codes,
    amounts, states) as wide as their header and the rows on screen need, at any font."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    make_read_only(table, name, widths, key={column: measured for column in key}, label=label)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            text = "" if value is None else str(value)
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)


class DetailPane(QWidget):
    """The selected merchant or store: facts, actions and tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tenancyDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.heading = QLabel(self.tr("Select a row to see its detail."))
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold; font-size: 13pt;")
        layout.addWidget(self.heading)
        self.facts = QLabel()
        self.facts.setObjectName("detailFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts)
        buttons = QHBoxLayout()
        self.suspend_button = QPushButton(self.tr("Suspend…"))
        self.suspend_button.setObjectName("suspendButton")
        self.reactivate_button = QPushButton(self.tr("Reactivate…"))
        self.reactivate_button.setObjectName("reactivateButton")
        buttons.addWidget(self.suspend_button)
        buttons.addWidget(self.reactivate_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.stores_table = _small_table(
            "detailStores",
            self.tr("Stores of the merchant"),
            [self.tr("Code"), self.tr("Name"), self.tr("Domain"), self.tr("Platform"), self.tr("Status")],
            [12, 25, 25, 12],
            key=(0, 3, 4),
        )
        self.platforms_table = _small_table(
            "detailPlatforms",
            self.tr("Platforms"),
            [self.tr("Platform"), self.tr("Name"), self.tr("Stores")],
            [15, 28],
            key=(0, 2),
        )
        self.orders_table = _small_table(
            "detailOrders",
            self.tr("Recent orders"),
            [
                self.tr("Number"),
                self.tr("Store"),
                self.tr("Created"),
                self.tr("Customer"),
                self.tr("E-mail"),
                self.tr("Total"),
                self.tr("Status"),
            ],
            [15, 12, 16, 15, 21, 14],
            key=(0, 1, 5, 6),
        )
        self.payments_table = _small_table(
            "detailPayments",
            self.tr("Recent payments"),
            [
                self.tr("Payment"),
                self.tr("Store"),
                self.tr("Gateway"),
                self.tr("Gateway id"),
                self.tr("Amount"),
                self.tr("Captured"),
                self.tr("Refunded"),
                self.tr("Status"),
            ],
            [9, 12, 9, 24, 14, 14, 14],
            key=(0, 1, 2, 4, 5, 6, 7),
        )
        customers = QWidget()
        customers_layout = QVBoxLayout(customers)
        customers_layout.setContentsMargins(0, 0, 0, 0)
        self.pii_note = QLabel()
        self.pii_note.setObjectName("piiNote")
        self.pii_note.setWordWrap(True)
        customers_layout.addWidget(self.pii_note)
        self.customers_table = _small_table(
            "detailCustomers",
            self.tr("Customers"),
            [self.tr("Id"), self.tr("Name"), self.tr("E-mail"), self.tr("Phone"), self.tr("Address")],
            [8, 18, 25, 16],
            key=(0,),
        )
        customers_layout.addWidget(self.customers_table, 1)
        self.customers_table.itemSelectionChanged.connect(self._customer_selected)
        row = QHBoxLayout()
        self.reveal_button = QPushButton(self.tr("Reveal personal data…"))
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(self.tr("Shows this customer's e-mail, phone and address; audited."))
        row.addWidget(self.reveal_button)
        row.addStretch(1)
        customers_layout.addLayout(row)
        self.audit_table = _small_table(
            "detailAudit",
            self.tr("Audit trail"),
            [self.tr("Time"), self.tr("Who"), self.tr("Action"), self.tr("Outcome"), self.tr("Message")],
            [18, 16, 19, 11],
            key=(0, 3),
        )
        self.tabs.addTab(self.stores_table, self.tr("Stores"))  # a merchant's; hidden for a store
        self.tabs.addTab(self.platforms_table, self.tr("Platforms"))
        self.tabs.addTab(self.orders_table, self.tr("Orders"))
        self.tabs.addTab(self.payments_table, self.tr("Payments"))
        self.tabs.addTab(customers, self.tr("Customers"))
        self.tabs.addTab(self.audit_table, self.tr("Audit trail"))
        layout.addWidget(self.tabs, 1)
        self.detail: Detail | None = None
        self.customers: list[CustomerRow] = []
        self.clear()

    def clear(self) -> None:
        self.detail = None
        self.customers = []
        self.heading.setText(self.tr("Select a row to see its detail."))
        self.facts.clear()
        for table in (
            self.stores_table,
            self.platforms_table,
            self.orders_table,
            self.payments_table,
            self.customers_table,
            self.audit_table,
        ):
            table.setRowCount(0)
        self.suspend_button.setEnabled(False)
        self.reactivate_button.setEnabled(False)
        self.reveal_button.setEnabled(False)
        self.reveal_button.hide()
        self.pii_note.hide()

    def show_detail(self, detail: Detail, customers: list[CustomerRow]) -> None:
        self.detail = detail
        m, s = detail.merchant, detail.store
        if s is not None:
            self.heading.setText(f"{s.code} · {s.name} · {status_text(s.status, 'store')}")
            lines = [
                self.tr("Domain: {domain}").format(domain=s.domain or "-"),
                self.tr("E-mail: {email}").format(email=s.email or "-"),
                self.tr("Platform: {platform}").format(platform=s.platform),
                self.tr("Merchant: {code} · {name} ({status})").format(
                    code=m.code, name=m.name, status=status_text(m.status, "merchant")
                ),
                self.tr("Created: {when}").format(when=local_time(s.created_at, seconds=False)),
            ]
            reason = s.suspended_reason
        else:
            self.heading.setText(f"{m.code} · {m.name} · {status_text(m.status, 'merchant')}")
            lines = [
                self.tr("E-mail: {email}").format(email=m.email),
                self.tr("Phone: {phone}").format(phone=m.phone or "-"),
                counted(
                    self.tr("Stores: {stores} on %Ln platform(s)", "", len(detail.platforms)),
                    len(detail.platforms),
                ).format(stores=number(detail.stores_total)),
                self.tr("Created: {when}").format(when=local_time(m.created_at, seconds=False)),
            ]
            reason = m.suspended_reason
        if reason:
            lines.append(self.tr("Suspended: {reason}").format(reason=reason))
        self.facts.setText("\n".join(lines))
        # A store's detail already is that store: no tab listing it again.
        self.tabs.setTabVisible(self.tabs.indexOf(self.stores_table), s is None)
        _fill(
            self.stores_table,
            [
                [st.code, st.name, st.domain, st.platform, status_text(st.status, "store")]
                for st in detail.stores
            ],
        )
        _fill(self.platforms_table, [[p.code, p.name, p.stores] for p in detail.platforms])
        _fill(
            self.orders_table,
            [
                [
                    o.number,
                    o.store,
                    local_time(o.created_at, seconds=False),
                    o.customer_name,
                    o.customer_email,
                    money(o.total_minor, o.currency),
                    order_status_text(o.status),
                ]
                for o in detail.orders or []
            ],
        )
        _fill(
            self.payments_table,
            [
                [
                    p.id,
                    p.store,
                    p.gateway,
                    p.gateway_payment_id,
                    money(p.amount_minor, p.currency),
                    money(p.captured_minor, p.currency),
                    money(p.refunded_minor, p.currency) if p.refunded_minor else "-",
                    payment_status_text(p.status),
                ]
                for p in detail.payments or []
            ],
        )
        _fill(
            self.audit_table,
            [
                [
                    local_time(e["at"], seconds=False),
                    e["actor"],
                    e["action"],
                    e["outcome"],
                    e.get("message") or "",
                ]
                for e in detail.audit or []
            ],
        )
        self.show_customers(customers)

    def show_customers(self, customers: list[CustomerRow]) -> None:
        self.customers = list(customers)
        revealable = any(c.revealable for c in self.customers)
        masked = any(c.masked for c in self.customers)
        if revealable:
            note = self.tr(
                "E-mail, phone and address are masked. To see one customer's, select it and choose "
                "“Reveal personal data…”: that is recorded in the audit log."
            )
        else:
            note = self.tr("E-mail, phone and address are masked: your role may not see them.")
        self.pii_note.setText(note if masked else "")
        self.pii_note.setVisible(masked)
        _fill(
            self.customers_table,
            [[c.id, c.name, c.email, c.phone, c.address] for c in self.customers],
        )
        self.reveal_button.setVisible(revealable)
        self._customer_selected()

    def _customer_selected(self) -> None:
        customer = self.selected_customer()
        self.reveal_button.setEnabled(customer is not None and customer.revealable)

    def replace_customer(self, revealed: CustomerRow) -> None:
        for i, c in enumerate(self.customers):
            if c.id == revealed.id:
                self.customers[i] = revealed
                for col, value in enumerate(
                    [revealed.id, revealed.name, revealed.email, revealed.phone, revealed.address]
                ):
                    item = QTableWidgetItem("" if value is None else str(value))
                    item.setToolTip(self.tr("revealed (audited)"))
                    self.customers_table.setItem(i, col, item)
        self._customer_selected()

    def selected_customer(self) -> CustomerRow | None:
        row = self.customers_table.currentRow()
        return self.customers[row] if 0 <= row < len(self.customers) else None


class DirectoryPage(ListPage):
    """Subclasses (registered pages) set :attr:`noun` and build their service and model."""

    noun = "merchant"

    def __init__(self, session, window=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, window)
        self.service = self.make_service()
        self.customers_service = session.customers
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName(f"{self.page_id}Search")
        self.search_edit.setAccessibleName(self.tr("Search {page}").format(page=self.title()))
        self.search_edit.setPlaceholderText(self.tr("Search by name, code, e-mail or domain (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(chars(self.search_edit, 40))
        top.addWidget(self.search_edit, 1)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName(f"{self.page_id}SearchKind")
        self.kind_combo.setAccessibleName(self.tr("Search in"))
        for kind, label in (
            (SearchKind.ANY, self.tr("Any field contains")),
            (SearchKind.NAME, self.tr("Name starts with")),
            (SearchKind.CODE, self.tr("Code starts with")),
            (SearchKind.EMAIL, self.tr("E-mail contains")),
            (SearchKind.DOMAIN, self.tr("Domain contains")),
        ):
            self.kind_combo.addItem(label, kind.value)
        top.addWidget(self.kind_combo)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName(f"{self.page_id}Status")
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Any status"), None)
        self.status_combo.addItem(self.tr("Active"), "active")
        self.status_combo.addItem(self.tr("Suspended"), "suspended")
        top.addWidget(self.status_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{self.page_id}Count")
        top.addWidget(self.count_label)
        self.count_button = QPushButton(self.tr("Count exactly"))
        self.count_button.setObjectName(f"{self.page_id}CountExactly")
        self.count_button.hide()
        top.addWidget(self.count_button)
        layout.addLayout(top)
        self.hint = QLabel()
        self.hint.setObjectName(f"{self.page_id}Hint")
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.hide()
        layout.addWidget(self.hint)

        self.detail = DetailPane()
        layout.addWidget(self.build_list(self.make_model(), self.detail), 1)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        self._sort: tuple[str, bool] = ("code", False)
        self._user_sorted = False
        self.kind_combo.activated.connect(lambda _i: self.start_search())
        self.status_combo.activated.connect(lambda _i: self.start_search())
        self.count_button.clicked.connect(lambda: spawn(self.count_exactly(), self))
        self.detail.suspend_button.clicked.connect(lambda: spawn(self.ask_status(True), self))
        self.detail.reactivate_button.clicked.connect(lambda: spawn(self.ask_status(False), self))
        self.detail.reveal_button.clicked.connect(lambda: spawn(self.ask_reveal(), self))
        self.suspend_action = QAction(self.wording()["suspend_selected"], self)
        self.suspend_action.triggered.connect(self.detail.suspend_button.click)
        self.count_action = QAction(self.tr("Count exactly"), self)
        self.count_action.triggered.connect(self.count_button.click)

    # -- to provide ----------------------------------------------------------------------------------
    def make_service(self) -> MerchantService | StoreService:
        raise NotImplementedError

    def make_model(self) -> WindowedTableModel:
        raise NotImplementedError

    def wording(self) -> dict[str, str]:
        """What the page says of its rows, whole for merchants and for stores (French agrees words
        with the noun: un marchand suspendu, une boutique suspendue)."""
        if self.noun == "store":
            return {
                "suspend_selected": self.tr("Suspend the selected store…"),
                "suspend": self.tr("Suspend store {code}"),
                "reactivate": self.tr("Reactivate store {code}"),
                "suspended": self.tr("Store {code} suspended"),
                "reactivated": self.tr("Store {code} reactivated"),
            }
        return {
            "suspend_selected": self.tr("Suspend the selected merchant…"),
            "suspend": self.tr("Suspend merchant {code}"),
            "reactivate": self.tr("Reactivate merchant {code}"),
            "suspended": self.tr("Merchant {code} suspended"),
            "reactivated": self.tr("Merchant {code} reactivated"),
        }

    def commands(self) -> list[QAction]:
        return [self.suspend_action, self.count_action, self.export_action]

    # -- querying ------------------------------------------------------------------------------------
    def current_query(self) -> ListQuery:
        text = self.search_edit.text().strip() or None
        kind = self.kind_combo.currentData() or SearchKind.ANY.value
        sort, descending = self._sort
        query = ListQuery(
            sort=sort,
            descending=descending,
            status=self.status_combo.currentData(),
            search=text,
            search_kind=kind,
        )
        if text and not self._user_sorted:
            searched = query.kind()
            if searched is SearchKind.NAME:
                query = replace(query, sort="name", descending=False)
            elif searched is SearchKind.CODE:
                query = replace(query, sort="code", descending=False)
        return query

    async def load(self) -> None:
        self._update_permissions()
        await super().load()

    async def apply(self) -> None:
        if not self.search_edit.text().strip():
            self._user_sorted = False
        query = self.current_query()
        try:
            await self.model.set_query(query)
        except InvalidInput as exc:  # e.g. an e-mail search of two characters: a hint, not an error
            self.hint.setText(error_message(exc))
            self.hint.show()
            return
        self.hint.hide()
        self._sort = (query.sort, query.descending)
        current = self.model.sort_column()
        if current is not None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*current)
            header.blockSignals(False)

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.sortable(column):
            current = self.model.sort_column()
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            if current is not None:
                header.setSortIndicator(*current)
            header.blockSignals(False)
            self.show_status(self.tr("Only code, name and created sort (the indexed columns)."))
            return
        key = self.model.columns[column].sort_key
        assert key is not None
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self._user_sorted = True

    async def count_exactly(self) -> int:
        self.count_button.setEnabled(False)
        try:
            return await self.model.count_exactly()
        finally:
            self.count_button.setEnabled(True)

    # -- detail --------------------------------------------------------------------------------------
    def detail_key(self, item: Any) -> str:
        return str(item.code)

    def _fetch_detail(self, code: str) -> tuple[Detail, list[CustomerRow]]:
        actor = self.session.require_actor()
        detail = self.service.detail(actor, code)
        customers = self.customers_service.list_customers(
            actor, merchant=detail.merchant.code, limit=CUSTOMERS_SHOWN
        )
        return detail, customers

    async def show_detail(self, code: str) -> Detail:
        detail, customers = await run_sync(self._fetch_detail, code)
        self.detail.show_detail(detail, customers)
        self._update_permissions()
        return detail

    def selected_code(self) -> str | None:
        detail = self.detail.detail
        if detail is None:
            return None
        return detail.store.code if detail.store is not None else detail.merchant.code

    def _status_of_selected(self) -> str | None:
        detail = self.detail.detail
        if detail is None:
            return None
        return detail.store.status if detail.store is not None else detail.merchant.status

    def _update_permissions(self) -> None:
        status = self._status_of_selected()
        can = self.session.can_write("merchants.suspend")
        why = self.tr("Your role may not suspend or reactivate.") if not can else ""
        enable_for(self.detail.suspend_button, can and status == "active", why)
        enable_for(self.detail.reactivate_button, can and status == "suspended", why)
        self.suspend_action.setEnabled(self.detail.suspend_button.isEnabled())

    def database_changed(self) -> None:
        """Another connection wrote: at the top, read again; scrolled down, only re-read the rows
        shown (the position stays: the count and the keys still hold)."""
        if self._load_task is None:
            return
        if self.table.verticalScrollBar().value() == 0:
            self.start_search()
        else:
            self.model.invalidate()
        code = self.selected_code()
        if code is not None:
            self.select_detail(code)

    def session_changed(self) -> None:
        if self.session.actor is not None:
            super().session_changed()
        self._update_permissions()

    # -- actions -------------------------------------------------------------------------------------
    async def ask_status(self, suspend: bool) -> bool:
        code = self.selected_code()
        if code is None:
            return False
        actor = self.session.require_actor()
        words = self.wording()
        if suspend:
            title = words["suspend"].format(code=code)
            intro = self.tr(
                "Suspending stops {code} from trading. Say why: the reason is kept in the audit trail."
            )
            call = self.service.suspend
        else:
            title = words["reactivate"].format(code=code)
            intro = self.tr(
                "Reactivating lets {code} trade again. Say why: the reason is kept in the audit trail."
            )
            call = self.service.reactivate

        async def submit(reason: str) -> Any:
            return await run_sync(call, actor, code, reason)

        dialog = ReasonDialog(title, intro.format(code=code), submit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        accepted = await dialog_result(dialog) == ReasonDialog.DialogCode.Accepted
        if not accepted:
            return False
        done = words["suspended"] if suspend else words["reactivated"]
        self.show_status(done.format(code=code))
        self.model.invalidate()
        await self.show_detail(code)
        return True

    async def ask_reveal(self) -> CustomerRow | None:
        customer = self.detail.selected_customer()
        if customer is None or not customer.revealable:
            self.show_status(self.tr("Select a customer whose personal data is masked first."))
            return None
        actor = self.session.require_actor()

        revealed: list[CustomerRow] = []

        async def submit(reason: str) -> CustomerRow:
            row = await run_sync(self.customers_service.reveal, actor, customer.id, reason or None)
            revealed.append(row)
            return row

        dialog = ReasonDialog(
            self.tr("Reveal the personal data of customer {id}").format(id=customer.id),
            self.tr(
                "The e-mail, phone and address of {name} will be shown. This is recorded in the audit log "
                "with your name."
            ).format(name=customer.name),
            submit,
            self,
            required=False,
            ok_text=self.tr("Reveal"),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if await dialog_result(dialog) != ReasonDialog.DialogCode.Accepted or not revealed:
            return None
        self.detail.replace_customer(revealed[0])
        return revealed[0]
