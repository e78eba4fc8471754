"""Confirmations of the migrations page (destructive revisions, restoring a backup, repairing
drift) and the progress of the first-run migration, with its Cancel.

Each dialog is opened with ``open()`` and awaited through :func:`console.asyncutil.dialog_result`
(never ``exec()``: no nested event loop under qasync).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.dialogs.connection import MigrationProgressDialog
from console.widgets._text import chars, text_lines
from console.widgets.page_parts import monospace, wrapped_label
from console.widgets.theme import tone

if TYPE_CHECKING:
    from core.migrations import MigrationPlan, PlanStep


class ConfirmDialog(QDialog):
    """A question, details in a read-only monospace pane, and (optionally) a checkbox that must
    be ticked before the confirming button is enabled. Subclasses fill in the texts."""

    def __init__(self, parent: QWidget | None = None, *, danger: bool = False) -> None:
        super().__init__(parent)
        self.setMinimumWidth(chars(self, 70))
        layout = QVBoxLayout(self)
        self.text = wrapped_label("confirmText")
        layout.addWidget(self.text)
        self.details = QPlainTextEdit()
        self.details.setObjectName("confirmDetails")
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setReadOnly(True)
        self.details.setFont(monospace())
        self.details.setMinimumHeight(text_lines(self.details, 8))
        layout.addWidget(self.details, 1)
        self.acknowledge = QCheckBox()
        self.acknowledge.setObjectName("confirmAcknowledge")
        layout.addWidget(self.acknowledge)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmButton")
        if danger:
            danger_style = f"QPushButton:enabled {{ color: {tone('error')}; font-weight: 600; }}"
            self.confirm_button.setStyleSheet(danger_style)
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


_DROP_TABLE = re.compile(r"^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?\"?([\w.]+)", re.I)
_DROP_COLUMN = re.compile(r"ALTER\s+TABLE\s+\"?([\w.]+)\"?\s+DROP\s+COLUMN\s+\"?(\w+)", re.I)
_ALTER_TYPE = re.compile(r"ALTER\s+TABLE\s+\"?([\w.]+)\"?.*\bALTER\s+COLUMN\s+\"?(\w+)", re.I | re.S)
_DELETE = re.compile(r"^\s*(?:DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+\"?([\w.]+)", re.I)


@dataclass
class DataLoss:
    """What the destructive statements of one module's revisions remove, in words of the schema."""

    tables: list[str] = field(default_factory=list)
    columns: dict[str, list[str]] = field(default_factory=dict)  # table -> columns dropped
    rewritten: dict[str, list[str]] = field(default_factory=dict)  # table -> columns changed
    emptied: list[str] = field(default_factory=list)  # tables with rows deleted

    def add(self, statement: str) -> None:
        if match := _DROP_TABLE.search(statement):
            _once(self.tables, match[1])
        elif match := _DROP_COLUMN.search(statement):
            _once(self.columns.setdefault(match[1], []), match[2])
        elif match := _ALTER_TYPE.search(statement):
            _once(self.rewritten.setdefault(match[1], []), match[2])
        elif match := _DELETE.search(statement):
            _once(self.emptied, match[1])


def _once(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def _words(name: str) -> str:
    """A table or column name as words: ``order_lines`` -> ``order lines``."""
    return name.rsplit(".", 1)[-1].replace("_", " ")


def data_loss(steps: Sequence[PlanStep], module_of: Callable[[str], str]) -> dict[str, DataLoss]:
    """Per module (its name as ``module_of`` gives it), what the steps' statements remove."""
    found: dict[str, DataLoss] = {}
    for step in steps:
        loss = found.setdefault(module_of(step.branch), DataLoss())
        for statement in step.destructive:
            loss.add(statement)
    return found


class DestructiveConfirmDialog(ConfirmDialog):
    """The extra confirmation of destructive revisions, in plain words: which modules lose what
    data; the statements themselves are in the details pane."""

    def __init__(
        self,
        steps: Sequence[PlanStep],
        direction: str,
        target: str,
        parent: QWidget | None = None,
        *,
        module_of: Callable[[str], str] | None = None,
        backup: bool = False,
    ) -> None:
        super().__init__(parent, danger=True)
        self.setObjectName("destructiveConfirm")
        self.revisions = tuple(step.revision for step in steps)
        losses = data_loss(steps, module_of or (lambda branch: branch))
        self.modules = tuple(losses)
        details = "\n\n".join(
            f"-- {step.revision} ({step.branch}): {step.message}\n" + "\n".join(step.destructive)
            for step in steps
        )
        modules = self.join(list(self.modules))
        lines = [
            (
                self.tr("Downgrading deletes data of {modules}:")
                if direction == "downgrade"
                else self.tr("This upgrade deletes or changes data of {modules}:")
            ).format(modules=modules)
        ]
        lines += [f"• {module}: {self.loss_text(loss)}" for module, loss in losses.items()]
        lines.append("")
        lines.append(
            self.tr(
                "The console cannot undo this. A copy of the whole database is saved first; "
                "only restoring that copy brings the data back."
            )
            if backup
            else self.tr("The console cannot undo this: only a backup of the database brings the data back.")
        )
        self.configure(
            self.tr("Data will be deleted"),
            "\n".join(lines),
            self.tr("Downgrade and delete the data")
            if direction == "downgrade"
            else self.tr("Upgrade and change the data"),
            details=details,
            acknowledge=self.tr("I understand that the data of {modules} will be deleted").format(
                modules=modules
            ),
        )

    @classmethod
    def of_plan(
        cls, plan: MigrationPlan, parent: QWidget, module_of: Callable[[str], str], backup: bool
    ) -> DestructiveConfirmDialog:
        """The confirmation of ``plan``'s destructive steps (``backup``: a copy is taken first)."""
        steps = [step for step in plan.steps if step.destructive]
        return cls(steps, plan.direction, plan.target, parent, module_of=module_of, backup=backup)

    def join(self, items: Sequence[str]) -> str:
        """``a``, ``a and b``, ``a, b and c``: the list pattern of the interface's locale (British
        English for the C locale)."""
        locale = QLocale()
        if locale.language() == QLocale.Language.C:
            locale = QLocale("en_GB")
        return locale.createSeparatedList(list(items))

    def loss_text(self, loss: DataLoss) -> str:
        parts: list[str] = []
        if loss.tables:
            names = self.join([_words(t) for t in loss.tables])
            parts.append(
                self.tr("the {tables} table with all its rows").format(tables=names)
                if len(loss.tables) == 1
                else self.tr("the {tables} tables with all their rows").format(tables=names)
            )
        for table, columns in loss.columns.items():
            if table in loss.tables:
                continue  # the whole table goes: its columns need no mention
            names = self.join([_words(c) for c in columns])
            parts.append(
                self.tr("the {columns} column of {table}").format(columns=names, table=_words(table))
                if len(columns) == 1
                else self.tr("the {columns} columns of {table}").format(columns=names, table=_words(table))
            )
        for table, columns in loss.rewritten.items():
            parts.append(
                self.tr("the values of {columns} in {table} are converted").format(
                    columns=self.join([_words(c) for c in columns]), table=_words(table)
                )
            )
        for table in loss.emptied:
            parts.append(self.tr("rows of {table}").format(table=_words(table)))
        return "; ".join(parts) or self.tr("data (see the statements below)")


class RestoreDialog(ConfirmDialog):
    """Restoring the SQLite copy taken before a run that failed or was interrupted."""

    def __init__(self, backup: str, situation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreConfirm")
        self.configure(
            self.tr("Restore the backup"),
            situation
            + " "
            + self.tr(
                "Restoring puts back the copy of the database taken before the run, undoing what the "
                "run changed; anything else written to the database since the copy is lost, except the "
                "audit log, which is carried over. The copy is checked first, and the database as it is "
                "now is saved, so the restore itself can be undone."
            ),
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


class RunProgressDialog(MigrationProgressDialog):
    """Progress of the first-run migration, with Cancel, which stops the run after the revision it
    is applying (the runner asks :meth:`cancel_requested` between revisions)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.bar.setAccessibleName(self.tr("Migration progress"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelRunButton")
        self.cancel_button.clicked.connect(self.request_cancel)
        self.layout().addWidget(self.buttons)
        self._cancelled = False
        self._ended = False

    def step(self, text: str, index: int, total: int) -> None:
        super().step(self.label.text() if self._cancelled else text, index, total)

    def request_cancel(self) -> None:
        self._cancelled = True
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling after the current revision…"))

    def cancel_requested(self) -> bool:
        """Read by the run's worker thread between revisions (a plain attribute read)."""
        return self._cancelled

    def run_ended(self) -> None:
        """What follows the run (the demo data) cannot be cancelled; the dialog may close."""
        self._ended = True
        self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        """Esc or the window's close button cancel a run that goes on; once ended, they close."""
        if self._ended:
            super().reject()
        else:
            self.request_cancel()


class CancelledRunDialog(ConfirmDialog):
    """After a cancelled first-run migration: what was kept and, when a copy was taken (SQLite,
    revisions kept), the offer to restore it. The console closes either way."""

    def __init__(self, lines: Sequence[str], backup: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelledRun")
        text = "\n".join(
            [
                *lines,
                "",
                self.tr("The database is not ready: the console closes. Start it again to prepare it."),
            ]
        )
        self.configure(
            self.tr("Preparing the database was cancelled"),
            text,
            self.tr("Restore the backup and close"),
            details=backup or "",
        )
        self.confirm_button.setVisible(backup is not None)
        self.cancel_button.setText(self.tr("Close"))


def accepted(result: int) -> bool:
    return result == QDialog.DialogCode.Accepted
