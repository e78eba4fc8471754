"""Ask why before a deliberate action (suspend, reactivate, reveal personal data).

OK runs ``submit(reason)`` off the GUI thread through the caller's coroutine; an error a user can
cause (refused, not allowed) stays in the dialog with its message, and the dialog stays open.
Opened with ``open()`` and awaited (:func:`console.asyncutil.dialog_result`), never ``exec()``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from console.asyncutil import spawn
from console.dialogs.error_text import error_message
from console.widgets._text import chars
from console.widgets.theme import text_style
from core.errors import PlatformError

MAX_REASON = 500
translate = QCoreApplication.translate


class ReasonDialog(QDialog):
    def __init__(
        self,
        title: str,
        intro: str,
        submit: Callable[[str], Awaitable[Any]],
        parent: QWidget | None = None,
        *,
        required: bool = True,
        ok_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.submit = submit
        self.required = required
        self.result_value: Any = None
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(
            self.tr("Reason (required, kept in the audit trail)")
            if required
            else self.tr("Reason (optional, kept in the audit trail)")
        )
        self.reason_edit.setMaximumHeight(90)
        self.reason_edit.textChanged.connect(self._update)
        layout.addWidget(self.reason_edit)
        self.error = QLabel()
        self.error.setObjectName("reasonError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style("error"))
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        if ok_text:
            self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(lambda: spawn(self.run(), self))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(chars(self, 55))
        self._update()

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update(self) -> None:
        text = self.reason()
        self.ok_button.setEnabled((bool(text) or not self.required) and len(text) <= MAX_REASON)

    async def run(self) -> bool:
        if self.required and not self.reason():
            return False
        return await submit_in(self, lambda: self.submit(self.reason()), self._update)


async def submit_in(dialog: Any, call: Callable[[], Awaitable[Any]], update: Callable[[], None]) -> bool:
    """Await ``call()`` with ``dialog.buttons`` disabled: its answer in ``dialog.result_value`` and the
    dialog accepted; an error a user can cause in ``dialog.error``, the dialog left open."""
    dialog.buttons.setEnabled(False)
    try:
        dialog.result_value = await call()
    except PlatformError as exc:
        dialog.error.setText(
            translate("ReasonDialog", "{message} ({code})").format(message=error_message(exc), code=exc.code)
        )
        dialog.error.show()
        return False
    finally:
        dialog.buttons.setEnabled(True)
        update()
    dialog.accept()
    return True
