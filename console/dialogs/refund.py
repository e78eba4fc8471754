"""The refund dialog (amount prefilled with what remains refundable, a required reason, the limits)
and the approval confirmation (what is approved, before the money moves).

Both are opened with ``open()`` and awaited (:func:`console.asyncutil.dialog_result`), never
``exec()``. They only collect and check; the page calls the service, and the service's errors go
to the one error dialog (:mod:`console.dialogs.errors`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.dialogs.error_text import error_message
from console.locale_text import figure, parse_money
from console.models.common import local_time
from console.models.payments import money
from console.widgets._text import chars, text_lines
from console.widgets.theme import text_style
from core.errors import InvalidInput
from modules.payments.money import exponent
from modules.payments.services import ApprovalRequest, PaymentDetail, RefundAllowance


class RefundDialog(QDialog):
    """``allowance``: the limits of a user whose refunds may wait for approval (None: no limit)."""

    def __init__(
        self, payment: PaymentDetail, allowance: RefundAllowance | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("Refund payment #{id}").format(id=payment.id))
        self.payment = payment
        self.allowance = allowance
        cur = payment.currency
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr(
                "Captured {captured}, refunded {refunded}, pending {pending}, awaiting approval "
                "{awaiting}.\nRefundable now: {remaining}."
            ).format(
                captured=money(payment.captured_minor, cur),
                refunded=money(payment.refunded_minor, cur),
                pending=money(payment.pending_minor, cur),
                awaiting=money(payment.awaiting_approval_minor, cur),
                remaining=money(payment.remaining_minor, cur),
            )
        )
        summary.setObjectName("refundSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        form = QFormLayout()
        row = QHBoxLayout()
        self.amount_edit = QLineEdit(figure(payment.remaining_minor, cur))  # as the locale writes it
        self.amount_edit.setObjectName("refundAmount")
        self.amount_edit.setAccessibleName(self.tr("Amount in {currency}").format(currency=cur))
        self.amount_edit.setToolTip(
            self.tr("In {currency}, with its decimals, written as in {example}").format(
                currency=cur, example=figure(123456 * 10 ** exponent(cur) // 100, cur)
            )
        )
        row.addWidget(self.amount_edit, 1)
        row.addWidget(QLabel(cur))
        form.addRow(self.tr("Amount"), row)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("refundReason")
        self.reason_edit.setPlaceholderText(self.tr("Why (required; kept in the audit log)"))
        frame = 2 * self.reason_edit.frameWidth() + 8
        self.reason_edit.setFixedHeight(text_lines(self.reason_edit, 4) + frame)
        form.addRow(self.tr("Reason"), self.reason_edit)
        layout.addLayout(form)
        self.limit_note = QLabel()
        self.limit_note.setObjectName("refundLimitNote")
        self.limit_note.setWordWrap(True)
        self.limit_note.setVisible(allowance is not None)
        layout.addWidget(self.limit_note)
        self.error = QLabel()
        self.error.setObjectName("refundError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style("error"))
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Refund"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.amount_edit.textChanged.connect(self._validate)
        self.reason_edit.textChanged.connect(self._validate)
        self.setMinimumWidth(chars(self, 55))
        self._validate()

    # -- values ---------------------------------------------------------------------------------
    def amount_minor(self) -> int:
        return parse_money(self.amount_edit.text(), self.payment.currency)  # in the interface's locale

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def awaits_approval(self) -> bool:
        try:
            return self.allowance is not None and self.allowance.awaits_approval(self.amount_minor())
        except InvalidInput:
            return False

    # -- checking -------------------------------------------------------------------------------------
    def problem(self) -> str:
        cur = self.payment.currency
        try:
            amount = self.amount_minor()
        except InvalidInput as exc:
            return error_message(exc)
        if amount <= 0:
            return self.tr("The amount must be more than zero.")
        if amount > self.payment.remaining_minor:
            return self.tr("At most {remaining} can be refunded.").format(
                remaining=money(self.payment.remaining_minor, cur)
            )
        if not self.reason():
            return self.tr("A reason is required.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)
        a = self.allowance
        if a is not None:
            cur = a.currency
            sentences = [
                self.tr(
                    "Without approval, a payment's refunds may total up to {limit}; {held} is already "
                    "refunded or requested on this one."
                ).format(limit=money(a.limit_minor, cur), held=money(a.held_minor, cur))
            ]
            if a.daily_limit_minor is not None:
                sentences.append(
                    self.tr("Your refunds may total up to {daily} in 24 hours; {today} so far.").format(
                        daily=money(a.daily_limit_minor, cur), today=money(a.today_minor, cur)
                    )
                )
            sentences.append(
                self.tr(
                    "Above that, the refund is recorded and waits for a platform admin's approval "
                    "(nothing is sent until then)."
                )
            )
            note = " ".join(sentences)
            if self.awaits_approval():
                note += " " + self.tr("This refund will wait for approval.")
            self.limit_note.setText(note)

    def _accept(self) -> None:
        if not self.problem():
            self.accept()


class ApproveRefundDialog(QDialog):
    """Approving sends the money: what is approved, and an explicit "Approve and send" (Cancel is the
    default button, so Enter does not move money)."""

    def __init__(self, request: ApprovalRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveRefundDialog")
        self.request = request
        r = request.refund
        self.setWindowTitle(self.tr("Approve refund #{id}").format(id=r.id))
        layout = QVBoxLayout(self)
        self.amount_label = QLabel(money(r.amount_minor, r.currency))
        self.amount_label.setObjectName("approveAmount")
        self.amount_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(self.amount_label)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label, value in (
            ("payment", self.tr("Payment"), f"#{r.payment_id} · {r.gateway} · {r.platform}"),
            ("merchant", self.tr("Merchant"), f"{request.merchant} — {request.merchant_name}"),
            ("store", self.tr("Store"), f"{request.store} — {request.store_name}"),
            ("requester", self.tr("Requested by"), r.requested_by),
            ("requested_at", self.tr("Requested"), local_time(r.created_at, seconds=False)),
            ("reason", self.tr("Reason"), r.reason or "—"),
        ):
            field = QLabel(value)
            field.setObjectName(f"approve_{key}")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)
            self.fields[key] = field
        layout.addLayout(form)
        warning = QLabel(
            self.tr("Approving sends {amount} back to the customer through {gateway} now.").format(
                amount=money(r.amount_minor, r.currency), gateway=r.gateway
            )
        )
        warning.setObjectName("approveWarning")
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button = self.buttons.addButton(
            self.tr("Approve and send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.approve_button.setObjectName("approveConfirm")
        self.approve_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(chars(self, 55))
