"""A read-only table of rows, newest first, paged by keyset (``before_id``).

``fetchMore`` asks for the next page with :attr:`KeysetTableModel.page_needed` (the id to read
before); the page loads it off the GUI thread and hands it back with :meth:`append_page`. Never
an OFFSET, never a COUNT. Subclasses give :attr:`COLUMNS`, the headers, a row's id and its cells.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from console.models.common import USER_ROLE
from console.models.table import Index, Row, RowsTableModel


class KeysetTableModel(RowsTableModel[Row]):
    COLUMNS: tuple[str, ...] = ()
    page_needed = Signal(int)  # before_id

    def __init__(self, headers: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent, headers=headers)
        self._exhausted = True
        self._loading = False

    # -- what subclasses say ----------------------------------------------------------------------
    def row_id(self, row: Row) -> int:
        raise NotImplementedError

    def cell(self, row: Row, column: str, role: int) -> Any:
        """The value of ``column`` for ``role`` (display, tooltip, alignment, foreground ...)."""
        raise NotImplementedError

    # -- content ------------------------------------------------------------------------------------
    def reset(self, rows: list[Row], *, exhausted: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = exhausted
        self._loading = False
        self.endResetModel()

    def clear(self) -> None:
        self.reset([], exhausted=False)

    def append_page(self, rows: list[Row], *, exhausted: bool) -> None:
        self._loading = False
        self._exhausted = exhausted
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def loading_failed(self) -> None:
        self._loading = False

    def last_id(self) -> int:
        return self.row_id(self._rows[-1]) if self._rows else 0

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    # -- lazy paging ----------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading and bool(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        self.page_needed.emit(self.last_id())

    # -- QAbstractTableModel ----------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.is_cell(index):
            return None
        row = self._rows[index.row()]
        if role == USER_ROLE:
            return self.row_id(row)
        return self.cell(row, self.COLUMNS[index.column()], role)
