"""The confirmation of a rollout action (start, pause, resume, approve, abort, roll back): its
consequence in plain words, read from the service's dry run, and the platforms it touches.

Opened with ``open()`` and awaited (:func:`console.asyncutil.dialog_result`), never ``exec()``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from console.dialogs.migrations import ConfirmDialog
from console.models.rollout_texts import Confirmation


class RolloutConfirmDialog(ConfirmDialog):
    """Cancel is the default button: Enter does not roll back or abort anything."""

    def __init__(self, action: str, confirmation: Confirmation, parent: QWidget | None = None) -> None:
        super().__init__(parent, danger=confirmation.danger)
        self.action = action
        self.setObjectName("rolloutConfirm")
        self.details.setAccessibleName(self.tr("Platforms concerned"))
        self.configure(
            confirmation.title, confirmation.text, confirmation.confirm, details=confirmation.details
        )
