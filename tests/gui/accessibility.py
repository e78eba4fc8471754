"""What a screen reader is told: the interactive widgets under a widget that have no accessible name.

A widget is named when Qt's accessibility layer gives it a name
(``QAccessible.queryAccessibleInterface(w).text(QAccessible.Name)``): its ``accessibleName``, a
button's text, or the label a form row gives it as buddy. A line edit's placeholder is not a name
(it goes away as soon as something is typed), nor is a combo box's or spin box's value. Parts of
Qt's own composite widgets (a combo box's line edit, a line edit's clear button, a tab bar's
scroll arrows, scroll bars, headers) are named by Qt and left out, as are views that take no
focus (a frozen column laid over its table) and widgets hidden for now (a check box shown with
its text).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
    QPlainTextEdit,
    QTextEdit,
)
COMPOSITE = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QCalendarWidget, QFileDialog, QScrollBar)


def is_internal(widget: QWidget, root: QWidget) -> bool:
    """A part of one of Qt's composite widgets, or of Qt's own machinery."""
    if isinstance(widget, QScrollBar | QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    if isinstance(widget, QAbstractItemView) and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITE):
            return True
        parent = parent.parentWidget()
    return False


def buddy_names(root: QWidget) -> dict[int, str]:
    """The text of each label that is a widget's buddy (a form row's label), by the widget's id:
    on Linux Qt tells a screen reader this relation rather than a name."""
    return {
        id(label.buddy()): label.text()
        for label in root.findChildren(QLabel)
        if label.buddy() and label.text()
    }


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    if widget.accessibleName():
        return widget.accessibleName().strip()
    if isinstance(widget, QLineEdit) and name == widget.placeholderText():
        return ""
    if isinstance(widget, QComboBox | QAbstractSpinBox) and name in (_value(widget), ""):
        return ""  # its value, not what it is
    return name.strip()


def _value(widget: QComboBox | QAbstractSpinBox) -> str:
    return widget.currentText() if isinstance(widget, QComboBox) else widget.text()


def describe(widget: QWidget) -> str:
    where = []
    parent = widget.parentWidget()
    while parent is not None and len(where) < 3:
        if parent.objectName():
            where.append(parent.objectName())
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {widget.objectName() or '(no object name)'} in {'/'.join(where)}"


def unnamed(root: QWidget) -> list[str]:
    """Each interactive widget under ``root`` (``root`` included) without an accessible name."""
    buddies = buddy_names(root)
    return sorted(
        {
            describe(w)
            for w in interactive(root)
            if not w.isHidden() and not accessible_name(w) and not buddies.get(id(w), "").strip()
        }
    )


def interactive(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if isinstance(w, INTERACTIVE) and not is_internal(w, root)
    ]
