"""Payments (payments.view): a keyset-paged list, the payment's detail with its refunds, refunding.

Everything goes through :class:`modules.payments.services.PaymentService` off the GUI thread
(the same calls as ``platformctl payments`` and ``platformctl refunds``). The refund dialog is
opened with ``open()`` and awaited; the service's errors (over the refundable amount, a decline
by the gateway, no answer) are shown in the one error dialog style.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.asyncutil import dialog_result, run_sync, spawn
from console.dialogs.refund import ApproveRefundDialog, RefundDialog
from console.locale_text import counted, number
from console.models.common import local_time, measured
from console.models.payments import (
    PAGE_SIZE,
    PaymentsModel,
    display_value,
    money,
    money_samples,
    status_text,
)
from console.pages.base import Page, enable_for
from console.widgets._text import fit_placeholder
from console.widgets.table_copy import enable_copy
from console.widgets.table_export import ExportRows, add_export_action, keyset_rows
from console.widgets.tables import (
    fit_key_columns,
    move_columns_first,
    read_only_table,
    share_with_key_columns,
)
from modules.payments.models import PAYMENT_STATUSES, RefundState
from modules.payments.services import (
    PaymentDetail,
    PaymentFilter,
    PaymentService,
    PaymentSummary,
    RefundInfo,
    RefundOutcome,
    ResolveReport,
)

# The refund filter's order: an approver's work first.
REFUND_STATE_ORDER = (
    RefundState.AWAITING_APPROVAL,
    RefundState.PENDING,
    RefundState.FAILED,
    RefundState.SUCCEEDED,
    RefundState.REJECTED,
)
GATEWAYS = ("stripe", "paypal", "manual")


class PaymentsPage(Page):
    def __init__(self, session, window=None, *, service: PaymentService | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, window)
        self.service = service or session.payments
        self._own_service = service is None
        self.detail: PaymentDetail | None = None
        self._detail_seq = itertools.count()
        self._detail_task: asyncio.Task[PaymentDetail] | None = None
        self._detail_wanted = 0
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.gateway_combo = QComboBox()
        self.gateway_combo.setObjectName("paymentsGateway")
        self.gateway_combo.setAccessibleName(self.tr("Gateway"))
        self.gateway_combo.addItem(self.tr("any gateway"), "")
        for name in GATEWAYS:
            self.gateway_combo.addItem(name, name)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("paymentsStatus")
        self.status_combo.setAccessibleName(self.tr("Payment status"))
        self.status_combo.addItem(self.tr("any status"), "")
        for status in PAYMENT_STATUSES:
            self.status_combo.addItem(status_text(status), status)
        # Payments with a refund in a state: "awaiting approval" is an approver's work list.
        self.refund_state_combo = QComboBox()
        self.refund_state_combo.setObjectName("paymentsRefundState")
        self.refund_state_combo.setAccessibleName(self.tr("Refund state"))
        self.refund_state_combo.addItem(self.tr("any refunds"), "")
        for state in REFUND_STATE_ORDER:
            label = self.tr("refunds: {state}").format(state=self.state_words()[state])
            self.refund_state_combo.addItem(label, state.value)
        self.merchant_edit = QLineEdit()
        self.merchant_edit.setObjectName("paymentsMerchant")
        self.merchant_edit.setAccessibleName(self.tr("Merchant code"))
        self.merchant_edit.setPlaceholderText(self.tr("merchant code"))
        self.merchant_edit.setClearButtonEnabled(True)
        self.store_edit = QLineEdit()
        self.store_edit.setObjectName("paymentsStore")
        self.store_edit.setAccessibleName(self.tr("Store code"))
        self.store_edit.setPlaceholderText(self.tr("store code"))
        self.store_edit.setClearButtonEnabled(True)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("paymentsApply")
        self.apply_button.clicked.connect(self.reload)
        for edit in (self.merchant_edit, self.store_edit):
            edit.returnPressed.connect(self.reload)
        for combo in (self.gateway_combo, self.status_combo, self.refund_state_combo):
            combo.activated.connect(lambda _i: self.reload())
        # Two rows: who (merchant, store), then what (gateway, status, refunds) and the count. One
        # row asked for more than the window has at a large font and squeezed the navigation.
        for edit in (self.merchant_edit, self.store_edit):
            fit_placeholder(edit)
            filters.addWidget(edit, 1)
        filters.addWidget(self.apply_button)
        kinds = QHBoxLayout()
        for combo in (self.gateway_combo, self.status_combo, self.refund_state_combo):
            kinds.addWidget(combo)
        kinds.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("paymentsCount")
        kinds.addWidget(self.count_label)
        layout.addLayout(filters)
        layout.addLayout(kinds)
        self.search_edit = self.merchant_edit

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = PaymentsModel(self)
        self.model.page_needed.connect(lambda before: spawn(self.load_more(before), self))
        self.table = read_only_table(
            self.model,
            "paymentsTable",
            (9, 15, 12, 12, 12, 9, 15, 14, 12),
            key=self.model.key_columns(),
            label=self.tr("Payments"),
        )
        move_columns_first(self.table, self.model.KEY_ORDER)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._selected(cur.row()))
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        share_with_key_columns(splitter, self.table)
        layout.addWidget(splitter, 1)

        self.refund_action = QAction(self.tr("Refund…"), self)
        self.refund_action.triggered.connect(lambda: spawn(self.ask_refund(), self))
        self.refund_button.clicked.connect(self.refund_action.trigger)
        # Approve and Reject are actions (their keys, the palette); the buttons trigger them.
        self.approve_action = QAction(self.tr("Approve the selected refund…"), self)
        self.approve_action.triggered.connect(lambda: spawn(self.ask_approve(), self))
        self.approve_button.clicked.connect(self.approve_action.trigger)
        self.reject_action = QAction(self.tr("Reject the selected refund…"), self)
        self.reject_action.triggered.connect(lambda: spawn(self.ask_reject(), self))
        self.reject_button.clicked.connect(self.reject_action.trigger)
        self.resolve_action = QAction(self.tr("Resolve pending refunds"), self)
        self.resolve_action.triggered.connect(lambda: spawn(self.resolve_pending(), self))
        self.resolve_button.clicked.connect(self.resolve_action.trigger)
        self.export_action = add_export_action(
            self, self.table, self.export_rows, "payments.csv", self.show_status
        )
        self._update_actions()

    def _detail_pane(self) -> QWidget:
        pane = QWidget()
        pane.setObjectName("paymentDetail")
        box = QVBoxLayout(pane)
        box.setContentsMargins(6, 0, 0, 0)
        self.detail_title = QLabel(self.tr("Select a payment to see its refunds."))
        self.detail_title.setObjectName("paymentTitle")
        self.detail_title.setStyleSheet("font-weight: bold;")
        box.addWidget(self.detail_title)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("where", self.tr("Store")),
            ("gateway", self.tr("Gateway")),
            ("gateway_payment_id", self.tr("Gateway id")),
            ("amount", self.tr("Amount")),
            ("captured", self.tr("Captured")),
            ("refunded", self.tr("Refunded")),
            ("pending", self.tr("Pending")),
            ("awaiting", self.tr("Awaiting approval")),
            ("remaining", self.tr("Refundable")),
        ):
            value = QLabel()
            value.setWordWrap(True)  # a long store name wraps instead of squeezing the list
            value.setObjectName(f"payment_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.fields[key] = value
        box.addLayout(form)
        self.refunds_table = QTableWidget(0, 7)
        self.refunds_table.setObjectName("refundsTable")
        self.refunds_table.setAccessibleName(self.tr("Refunds of the payment"))
        self.refunds_table.setAccessibleDescription(
            self.tr("Ctrl+C copies the selected refund; Ctrl+E exports the refunds")
        )
        self.refunds_table.setHorizontalHeaderLabels(
            [
                self.tr("Refund"),
                self.tr("Amount"),
                self.tr("State"),
                self.tr("Gateway id"),
                self.tr("Requested by"),
                self.tr("Decided by"),
                self.tr("Note"),
            ]
        )
        self.refunds_table.verticalHeader().hide()
        self.refunds_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refunds_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.refunds_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refunds_table.horizontalHeader().setStretchLastSection(True)
        self.refunds_table.itemSelectionChanged.connect(self._update_actions)
        self.refunds_table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        enable_copy(self.refunds_table)
        # Id, amount, state, gateway id and requester whole at any font: headers and rows measured.
        fit_key_columns(
            self.refunds_table,
            {
                0: lambda: ("#99999",),
                1: money_samples,
                2: lambda: tuple(self.state_words().values()),
                3: measured,
                4: measured,
            },
        )
        box.addWidget(self.refunds_table, 1)
        buttons = QHBoxLayout()
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.refund_button.setObjectName("refundButton")
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approveButton")
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("rejectButton")
        self.resolve_button = QPushButton(self.tr("Resolve pending"))
        self.resolve_button.setObjectName("resolveButton")
        for button in (self.refund_button, self.approve_button, self.reject_button, self.resolve_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        return pane

    def commands(self) -> list[QAction]:
        return [
            self.refund_action,
            self.approve_action,
            self.reject_action,
            self.resolve_action,
            self.export_action,
        ]

    def export_rows(self) -> ExportRows:
        """Every payment of the current filter, as the list shows them (for the CSV export)."""
        actor, flt, columns = self.session.require_actor(), self.current_filter(), self.model.COLUMNS

        def fetch(before: int | None, limit: int) -> list[PaymentSummary]:
            return self.service.list_payments(actor, replace(flt, limit=limit, before_id=before))

        return keyset_rows(self.table, fetch, lambda p: p.id, lambda p, c: display_value(p, columns[c]))

    # -- the list --------------------------------------------------------------------------------------
    def current_filter(self, *, before_id: int | None = None) -> PaymentFilter:
        return PaymentFilter(
            gateway=self.gateway_combo.currentData() or None,
            status=self.status_combo.currentData() or None,
            refund_state=self.refund_state_combo.currentData() or None,
            merchant=self.merchant_edit.text().strip() or None,
            store=self.store_edit.text().strip() or None,
            limit=PAGE_SIZE,
            before_id=before_id,
        )

    async def load(self) -> None:
        selected = self.detail.id if self.detail is not None else None
        flt = self.current_filter()
        rows = await run_sync(self.service.list_payments, self.session.require_actor(), flt)
        self.model.reset(rows, exhausted=len(rows) < flt.limit)
        self._update_count()
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        elif rows:
            self.table.selectRow(0)
        else:
            self._show_detail(None)

    async def load_more(self, before_id: int) -> None:
        flt = self.current_filter(before_id=before_id)
        try:
            rows = await run_sync(self.service.list_payments, self.session.require_actor(), flt)
        except Exception:
            self.model.loading_failed()
            raise
        if before_id != self.model.last_id():  # reloaded meanwhile
            self.model.loading_failed()
            return
        self.model.append_page(rows, exhausted=len(rows) < flt.limit)
        self._update_count()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        text = (
            self.tr("%Ln payment(s) shown", "", n)
            if self.model.exhausted
            else self.tr("%Ln payment(s) shown (scroll for more)", "", n)
        )
        self.count_label.setText(counted(text, n))

    def select_payment(self, payment_id: int) -> bool:
        row = self.model.row_of(payment_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    # -- the detail ------------------------------------------------------------------------------------
    def _selected(self, row: int) -> None:
        payment = self.model.payment(row)
        if payment is not None:
            self._detail_task = spawn(self.show_payment(payment.id), self)

    def keys_changed(self, name: str) -> None:
        if self._own_service:  # its gateways were built from the keys known then
            self.session.keys_changed(name)
            self.service = self.session.payments

    async def ready(self) -> None:
        """The first load and the detail of the payment it selected: what Refund… acts on."""
        await super().ready()
        if self._detail_task is not None:
            await asyncio.gather(self._detail_task, return_exceptions=True)

    async def show_payment(self, payment_id: int) -> PaymentDetail:
        seq = next(self._detail_seq)
        self._detail_wanted = seq
        detail = await run_sync(self.service.get_payment, self.session.require_actor(), payment_id)
        if seq == self._detail_wanted:  # a newer selection wins
            self._show_detail(detail)
        return detail

    def _show_detail(self, d: PaymentDetail | None) -> None:
        self.detail = d
        if d is None:
            self.detail_title.setText(self.tr("Select a payment to see its refunds."))
            for label in self.fields.values():
                label.clear()
            self.refunds_table.setRowCount(0)
            self._update_actions()
            return
        cur = d.currency
        self.detail_title.setText(
            self.tr("Payment #{id} — {status}, {when}").format(
                id=d.id, status=status_text(d.status), when=local_time(d.created_at, seconds=False)
            )
        )
        values = {
            "where": f"{d.store} ({d.store_name}) · {d.merchant} · {d.platform}",
            "gateway": d.gateway,
            "gateway_payment_id": d.gateway_payment_id or "—",
            "amount": money(d.amount_minor, cur),
            "captured": money(d.captured_minor, cur),
            "refunded": money(d.refunded_minor, cur),
            "pending": money(d.pending_minor, cur),
            "awaiting": money(d.awaiting_approval_minor, cur),
            "remaining": money(d.remaining_minor, cur),
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        self.refunds_table.setRowCount(len(d.refunds))
        for row, r in enumerate(reversed(d.refunds)):  # newest first
            cells = (
                f"#{r.id}",
                money(r.amount_minor, r.currency),
                self._state_text(r),
                r.gateway_refund_id or "",
                r.requested_by,
                r.approved_by or "",
                r.error_message or r.decision_note or r.reason or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                item.setToolTip(text)
                self.refunds_table.setItem(row, column, item)
        wanted = self.refund_state_combo.currentData()
        first = next((r for r in reversed(d.refunds) if r.state == wanted), None)
        if first is not None:  # filtered by a refund state: that refund is what the user came for
            self.select_refund(first.id)
        self._update_actions()

    def state_words(self) -> dict[str, str]:
        """The refund states (the database's values) as people read them."""
        return {
            RefundState.PENDING: self.tr("pending"),
            RefundState.SUCCEEDED: self.tr("succeeded"),
            RefundState.FAILED: self.tr("failed"),
            RefundState.AWAITING_APPROVAL: self.tr("awaiting approval"),
            RefundState.REJECTED: self.tr("rejected"),
        }

    def _state_text(self, r: RefundInfo) -> str:
        text = self.state_words().get(r.state, r.state)
        if (
            r.gateway_status
            and r.state == "succeeded"
            and r.gateway_status.lower() not in ("succeeded", "completed")
        ):
            text += f" ({r.gateway_status})"
        return text

    def selected_refund(self) -> RefundInfo | None:
        if self.detail is None:
            return None
        items = self.refunds_table.selectedItems()
        if not items:
            return None
        refund_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.detail.refunds if r.id == refund_id), None)

    def select_refund(self, refund_id: int) -> None:
        for row in range(self.refunds_table.rowCount()):
            item = self.refunds_table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == refund_id:
                self.refunds_table.selectRow(row)
                return

    def _update_actions(self) -> None:
        d = self.detail
        actor = self.session.actor
        can_refund = (
            d is not None
            and self.session.can_write("payments.refund")
            and self.session.can("payments.refund", d.platform_id)
        )
        enable_for(
            self.refund_button,
            bool(can_refund and d is not None and d.remaining_minor > 0),
            self.tr("Nothing left to refund, or your role may not refund here"),
        )
        self.refund_action.setEnabled(self.refund_button.isEnabled())
        refund = self.selected_refund()
        decidable = (
            d is not None
            and refund is not None
            and refund.state == RefundState.AWAITING_APPROVAL
            and self.session.can_write("payments.refund.approve")
            and self.session.can("payments.refund.approve", d.platform_id)
            and actor is not None
            and refund.requested_by != actor.name
        )
        why = self.tr("Select a refund awaiting approval (approvers only; not your own request)")
        enable_for(self.approve_button, decidable, why)
        enable_for(self.reject_button, decidable, why)
        approver = self.session.can_write("payments.refund.approve")
        for action in (self.approve_action, self.reject_action):
            action.setVisible(approver)  # a role that never approves is not offered the keys
            action.setEnabled(decidable)
        pending = d is not None and any(r.state == RefundState.PENDING for r in d.refunds)
        enable_for(self.resolve_button, bool(pending and can_refund), self.tr("No pending refund"))
        self.resolve_action.setEnabled(self.session.can_write("payments.refund"))

    async def _refresh(self, payment_id: int) -> None:
        await self.show_payment(payment_id)
        rows = await run_sync(
            self.service.list_payments,
            self.session.require_actor(),
            PaymentFilter(limit=1, before_id=payment_id + 1),
        )
        if rows and rows[0].id == payment_id:
            self.model.replace(rows[0])

    # -- refunding -------------------------------------------------------------------------------------
    async def ask_refund(self) -> RefundOutcome | None:
        d = self.detail
        if d is None:
            return None
        allowance = await run_sync(self.service.refund_allowance, self.session.require_actor(), d)
        dialog = RefundDialog(d, allowance, self)
        try:
            if await dialog_result(dialog) != QDialog.DialogCode.Accepted:
                return None
            amount, reason = dialog.amount_minor(), dialog.reason()
        finally:
            dialog.deleteLater()
        amount_or_all = None if amount == d.remaining_minor else amount
        return await self.create_refund(d.id, amount_or_all, reason)

    async def create_refund(self, payment_id: int, amount_minor: int | None, reason: str) -> RefundOutcome:
        try:
            outcome = await run_sync(
                self.service.create_refund, self.session.require_actor(), payment_id, amount_minor, reason
            )
        finally:
            await self._refresh(payment_id)  # a failed or pending refund shows too
        self.select_refund(outcome.refund.id)
        self.show_status(self._outcome_text(outcome))
        return outcome

    def _outcome_text(self, outcome: RefundOutcome) -> str:
        r = outcome.refund
        amount = money(r.amount_minor, r.currency)
        if r.state == RefundState.AWAITING_APPROVAL:
            return self.tr("Refund #{id} of {amount} awaits approval").format(id=r.id, amount=amount)
        if r.state == RefundState.SUCCEEDED:
            return self.tr("Refund #{id} of {amount} done ({gateway} {ref})").format(
                id=r.id, amount=amount, gateway=r.gateway, ref=r.gateway_refund_id or ""
            )
        return self.tr("Refund #{id} of {amount}: {state}").format(id=r.id, amount=amount, state=r.state)

    async def approve(self, refund_id: int) -> RefundOutcome:
        payment_id = self.detail.id if self.detail is not None else None
        try:
            outcome = await run_sync(self.service.approve, self.session.require_actor(), refund_id)
        finally:
            if payment_id is not None:
                await self._refresh(payment_id)
        self.show_status(self._outcome_text(outcome))
        return outcome

    async def reject(self, refund_id: int, note: str | None) -> RefundOutcome:
        payment_id = self.detail.id if self.detail is not None else None
        try:
            outcome = await run_sync(self.service.reject, self.session.require_actor(), refund_id, note)
        finally:
            if payment_id is not None:
                await self._refresh(payment_id)
        self.show_status(self.tr("Refund #{id} rejected").format(id=refund_id))
        return outcome

    async def ask_approve(self) -> RefundOutcome | None:
        """Approving moves money: show what is approved (read afresh) and ask, then send."""
        refund = self.selected_refund()
        if refund is None:
            return None
        request = await run_sync(self.service.approval_request, self.session.require_actor(), refund.id)
        dialog = ApproveRefundDialog(request, self)
        try:
            if await dialog_result(dialog) != QDialog.DialogCode.Accepted:
                return None
        finally:
            dialog.deleteLater()
        return await self.approve(refund.id)

    async def ask_reject(self) -> RefundOutcome | None:
        refund = self.selected_refund()
        if refund is None:
            return None
        dialog = QInputDialog(self)
        dialog.setObjectName("rejectDialog")
        dialog.setWindowTitle(self.tr("Reject refund #{id}").format(id=refund.id))
        dialog.setLabelText(self.tr("Why (shown to {who}):").format(who=refund.requested_by))
        try:
            if await dialog_result(dialog) != QDialog.DialogCode.Accepted:
                return None
            note = dialog.textValue().strip() or None
        finally:
            dialog.deleteLater()
        return await self.reject(refund.id, note)

    async def resolve_pending(self) -> ResolveReport:
        d = self.detail
        ids = [r.id for r in d.refunds if r.state == RefundState.PENDING] if d is not None else None
        report = await run_sync(self.service.resolve_pending, self.session.require_actor(), ids or None)
        if d is not None:
            await self._refresh(d.id)
        counts = ", ".join(self._resolved_text(k, n) for k, n in sorted(report.counts.items())) or self.tr(
            "nothing to do"
        )
        self.show_status(self.tr("Pending refunds resolved: {counts}").format(counts=counts))
        return report

    def _resolved_text(self, outcome: str, n: int) -> str:
        """How many pending refunds ended in ``outcome`` (succeeded, failed, pending, skipped)."""
        if outcome == "succeeded":
            return self.tr("%Ln succeeded", "", n)
        if outcome == "failed":
            return self.tr("%Ln failed", "", n)
        if outcome == "pending":
            return self.tr("%Ln still pending", "", n)
        if outcome == "skipped":
            return self.tr("%Ln skipped", "", n)
        return f"{number(n)} {outcome}"

    def session_changed(self) -> None:
        self._update_actions()
