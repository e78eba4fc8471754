"""Small text helpers shared by the widgets (Qt's ``QString::arg`` is not exposed in PySide6)."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

_PLACEHOLDER = re.compile(r"%(\d)")


def arg(template: str, *values: object) -> str:
    """Replace ``%1``, ``%2``, ... in one pass (a value containing ``%2`` stays as it is)."""

    def sub(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(sub, template)


def fmt_int(value: int, locale: QLocale | None = None) -> str:
    """An integer with the locale's group separators (2,318 / 2.318 / 2 318)."""
    return (locale or QLocale()).toString(int(value))


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit_placeholder(edit: QLineEdit) -> None:
    """A line edit at least wide enough for its placeholder (and its clear button) at its font."""
    metrics = edit.fontMetrics()
    edit.setMinimumWidth(metrics.horizontalAdvance(edit.placeholderText()) + 6 * metrics.averageCharWidth())


def chars(widget: QWidget, n: float) -> int:
    """The width of ``n`` digits in ``widget``'s font: sizes that follow the font, not pixels."""
    return round(widget.fontMetrics().horizontalAdvance("0") * n)


def text_lines(widget: QWidget, k: float) -> int:
    """The height of ``k`` lines of text in ``widget``'s font."""
    return round(widget.fontMetrics().height() * k)
