"""Confirmations of the migrations page: destructive revisions, restoring a backup, repairing drift.

Each dialog is opened with ``open()`` and awaited through :func:`console.asyncutil.dialog_result`
(never ``exec()``: no nested event loop under qasync).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from core.migrations import PlanStep


class ConfirmDialog(QDialog):
    """A question, details in a read-only monospace pane, and (optionally) a checkbox that must
    be ticked before the confirming button is enabled. Subclasses fill in the texts."""

    def __init__(self, parent: QWidget | None = None, *, danger: bool = False) -> None:
        super().__init__(parent)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("confirmText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.details = QPlainTextEdit()
        self.details.setObjectName("confirmDetails")
        self.details.setReadOnly(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setFixedPitch(True)
        self.details.setFont(mono)
        self.details.setMinimumHeight(140)
        layout.addWidget(self.details, 1)
        self.acknowledge = QCheckBox()
        self.acknowledge.setObjectName("confirmAcknowledge")
        layout.addWidget(self.acknowledge)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmButton")
        if danger:
            self.confirm_button.setStyleSheet("QPushButton:enabled { color: #c62828; font-weight: 600; }")
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.acknowledge.toggled.connect(self._acknowledged)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)  # Enter does not confirm something destructive

    def configure(
        self, title: str, text: str, confirm_text: str, *, details: str = "", acknowledge: str = ""
    ) -> None:
        self.setWindowTitle(title)
        self.text.setText(text)
        self.details.setPlainText(details)
        self.details.setVisible(bool(details))
        self.acknowledge.setText(acknowledge)
        self.acknowledge.setVisible(bool(acknowledge))
        self.acknowledge.setChecked(False)
        self.confirm_button.setText(confirm_text)
        self.confirm_button.setEnabled(not acknowledge)

    def _acknowledged(self, checked: bool) -> None:
        self.confirm_button.setEnabled(checked or not self.acknowledge.text())


class DestructiveConfirmDialog(ConfirmDialog):
    """The extra confirmation of destructive revisions: it names them and shows their statements."""

    def __init__(
        self, steps: Sequence[PlanStep], direction: str, target: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, danger=True)
        self.setObjectName("destructiveConfirm")
        self.revisions = tuple(step.revision for step in steps)
        names = ", ".join(self.revisions)
        details = "\n\n".join(
            f"-- {step.revision} ({step.branch}): {step.message}\n" + "\n".join(step.destructive)
            for step in steps
        )
        self.configure(
            self.tr("Destructive revisions"),
            self.tr(
                "The {direction} to {target} runs %n destructive revision(s): {names}. They drop or "
                "rewrite data that cannot be recovered from the database afterwards.",
                "",
                len(steps),
            ).format(direction=direction, target=target, names=names),
            self.tr("Run the {direction}").format(direction=direction),
            details=details,
            acknowledge=self.tr("I understand that {names} drop or rewrite data").format(names=names),
        )


class RestoreDialog(ConfirmDialog):
    """Restoring the SQLite copy taken before a failed run: says what had been applied."""

    def __init__(
        self, backup: str, applied: Sequence[str], failed_at: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreConfirm")
        where = self.tr(" at {revision}").format(revision=failed_at) if failed_at else ""
        self.configure(
            self.tr("Restore the backup"),
            self.tr(
                "The run failed{where}. Applied and kept before the failure: {applied}. Restoring puts "
                "back the copy of the database taken before the run, undoing those revisions; anything "
                "written to the database since the copy is lost, except the audit log, which is carried "
                "over."
            ).format(where=where, applied=", ".join(applied) if applied else self.tr("none")),
            self.tr("Restore"),
            details=backup,
        )


class RepairDialog(ConfirmDialog):
    """Confirms the registry-drift repair, listing what it changes."""

    def __init__(self, summary: str, rows: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repairConfirm")
        self.configure(
            self.tr("Repair registry drift"),
            self.tr("The repair runs in one transaction and is written to the audit log: {summary}.").format(
                summary=summary
            ),
            self.tr("Repair"),
            details="\n".join(rows),
        )


def accepted(result: int) -> bool:
    return result == QDialog.DialogCode.Accepted
