"""The refund dialog: amount (prefilled with what remains refundable), a required reason, the limit.

Opened with ``open()`` and awaited (:func:`console.asyncutil.dialog_result`), never ``exec()``.
It only collects and checks the input; the page calls the service, and the service's errors go
to the one error dialog (:mod:`console.dialogs.errors`).
"""

from __future__ import annotations

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

from console.models.payments import money
from core.errors import InvalidInput
from modules.payments.money import parse_amount, to_decimal_string
from modules.payments.services import PaymentDetail


class RefundDialog(QDialog):
    def __init__(self, payment: PaymentDetail, limit: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("Refund payment #{id}").format(id=payment.id))
        self.payment = payment
        self.limit = limit
        cur = payment.currency
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr(
                "Captured {captured}, refunded {refunded}, pending {pending}.\nRefundable now: {remaining}."
            ).format(
                captured=money(payment.captured_minor, cur),
                refunded=money(payment.refunded_minor, cur),
                pending=money(payment.pending_minor, cur),
                remaining=money(payment.remaining_minor, cur),
            )
        )
        summary.setObjectName("refundSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        form = QFormLayout()
        row = QHBoxLayout()
        self.amount_edit = QLineEdit(to_decimal_string(payment.remaining_minor, cur))
        self.amount_edit.setObjectName("refundAmount")
        self.amount_edit.setToolTip(self.tr("In {currency}, with its decimals").format(currency=cur))
        row.addWidget(self.amount_edit, 1)
        row.addWidget(QLabel(cur))
        form.addRow(self.tr("Amount"), row)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("refundReason")
        self.reason_edit.setPlaceholderText(self.tr("Why (required; kept in the audit log)"))
        self.reason_edit.setFixedHeight(70)
        form.addRow(self.tr("Reason"), self.reason_edit)
        layout.addLayout(form)
        self.limit_note = QLabel()
        self.limit_note.setObjectName("refundLimitNote")
        self.limit_note.setWordWrap(True)
        self.limit_note.setVisible(limit is not None)
        layout.addWidget(self.limit_note)
        self.error = QLabel()
        self.error.setObjectName("refundError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
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
        self.setMinimumWidth(440)
        self._validate()

    # -- values ---------------------------------------------------------------------------------
    def amount_minor(self) -> int:
        return parse_amount(self.amount_edit.text(), self.payment.currency)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def awaits_approval(self) -> bool:
        try:
            return self.limit is not None and self.amount_minor() > self.limit
        except InvalidInput:
            return False

    # -- checking -------------------------------------------------------------------------------------
    def problem(self) -> str:
        cur = self.payment.currency
        try:
            amount = self.amount_minor()
        except InvalidInput as exc:
            return exc.message
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
        if self.limit is not None:
            note = self.tr(
                "You may refund up to {limit} at once; above it the refund is recorded and waits for a "
                "platform admin's approval (nothing is sent until then)."
            ).format(limit=money(self.limit, self.payment.currency))
            if self.awaits_approval():
                note += " " + self.tr("This refund will wait for approval.")
            self.limit_note.setText(note)

    def _accept(self) -> None:
        if not self.problem():
            self.accept()
