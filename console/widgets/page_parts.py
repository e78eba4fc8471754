"""Small parts the pages build from: a table of whole rows, a read-only monospace pane, a tool
button showing an action, labels, a splitter, a notice (a framed text with a button beside it), and
the Enter key of a list.

Each is a plain function or a small class with no data of its own: the page keeps the state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QWidget,
)

from console.widgets._text import chars
from console.widgets.table_copy import enable_copy
from console.widgets.tables import row_height_for


def monospace() -> QFont:
    """The system's fixed-pitch font (SQL, logs, statements)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    return font


def read_only_text(name: str, label: str = "") -> QPlainTextEdit:
    """A read-only monospace pane that does not wrap lines (``label``: its accessible name)."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(label)
    edit.setReadOnly(True)
    edit.setFont(monospace())
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return edit


def row_table(
    name: str,
    model: Any,
    widths: Sequence[float] = (),
    table: QTableView | None = None,
    *,
    label: str = "",
) -> QTableView:
    """A table (``table``, or a new one) of ``model`` selecting one whole row, not editable, rows
    a line of text high, the last column stretched and the others ``widths`` digits wide; Ctrl+C
    copies the selected row; ``label`` is its accessible name (what a screen reader says)."""
    table = QTableView() if table is None else table
    table.setObjectName(name)
    table.setAccessibleName(label)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height_for(table))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, chars(table, width))
    enable_copy(table)
    return table


def tool_button(action: QAction, name: str) -> QToolButton:
    """A text-only button that shows (and triggers) ``action``."""
    button = QToolButton()
    button.setObjectName(name)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def wrapped_label(name: str, text: str = "") -> QLabel:
    """A label that wraps its words (a long line would widen the window)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def selectable_label(name: str, style: str = "") -> QLabel:
    """A word-wrapped label whose text can be selected (and copied) with the mouse."""
    label = wrapped_label(name)
    if style:
        label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def splitter(
    orientation: Qt.Orientation, parts: Sequence[QWidget], stretch: Sequence[int], sizes: Sequence[int] = ()
) -> QSplitter:
    """``parts`` side by side (or one above the other), none collapsible, sharing the room by
    ``stretch``, at ``sizes`` first."""
    split = QSplitter(orientation)
    split.setChildrenCollapsible(False)
    for part in parts:
        split.addWidget(part)
    for index, factor in enumerate(stretch):
        split.setStretchFactor(index, factor)
    if sizes:
        split.setSizes(list(sizes))
    return split


class Notice(QFrame):
    """A framed, selectable text with a push button beside it (top-aligned); hidden at first."""

    def __init__(self, name: str, text_name: str, button_text: str, button_name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        self.label = selectable_label(text_name)
        layout.addWidget(self.label, 1)
        self.button = QPushButton(button_text)
        self.button.setObjectName(button_name)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()


def enter_action(view: QAbstractItemView, text: str, slot: Callable[[QModelIndex], Any]) -> QAction:
    """An action of ``view`` run by Enter (or Return) while it has the focus, on its current row:
    what a double click does, from the keyboard (and listed among the keyboard shortcuts)."""
    action = QAction(text, view)
    action.setShortcuts([QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_Return)])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: view.currentIndex().isValid() and slot(view.currentIndex()))
    view.addAction(action)
    return action
