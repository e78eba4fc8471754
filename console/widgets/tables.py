"""The console's read-only tables: rows selected whole, one at a time, at a fixed height."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def make_read_only(table: QTableView, name: str, widths: Sequence[int], *, row_height: int = 24) -> None:
    """Single selection of whole rows, no editing, the columns at ``widths``. Rows keep a fixed
    height: sizing them to their contents would read every row of a large model."""
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)


def read_only_table(model: QAbstractItemModel, name: str, widths: Sequence[int]) -> QTableView:
    """A :func:`make_read_only` table over ``model``."""
    table = QTableView()
    table.setModel(model)
    make_read_only(table, name, widths)
    return table
