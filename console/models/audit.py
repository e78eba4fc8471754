"""Audit entries, newest first, paged by keyset (``before_id``): never an OFFSET, never a COUNT.

``fetchMore`` asks for the next page with :attr:`AuditModel.page_needed` (the id to read
before); the page loads it off the GUI thread and hands it back with :meth:`append_page`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from console.models.common import USER_ROLE, local_time

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


class AuditModel(QAbstractTableModel):
    COLUMNS = ("at", "actor", "action", "outcome", "platforms", "modules", "message")
    page_needed = Signal(int)  # before_id (0: the first page)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[dict[str, Any]] = []
        self._exhausted = True
        self._loading = False
        self._headers = (
            self.tr("Time"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Outcome"),
            self.tr("Platforms"),
            self.tr("Modules"),
            self.tr("Message"),
        )
        self._outcome_brush = {
            "refused": QBrush(QColor(200, 120, 0)),
            "failed": QBrush(QColor(200, 40, 40)),
            "invalid": QBrush(QColor(200, 120, 0)),
        }

    # -- content --------------------------------------------------------------------------
    def reset(self, entries: list[dict[str, Any]], *, exhausted: bool) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._exhausted = exhausted
        self._loading = False
        self.endResetModel()

    def clear(self) -> None:
        self.reset([], exhausted=False)

    def append_page(self, entries: list[dict[str, Any]], *, exhausted: bool) -> None:
        self._loading = False
        self._exhausted = exhausted
        if not entries:
            return
        start = len(self._entries)
        self.beginInsertRows(QModelIndex(), start, start + len(entries) - 1)
        self._entries.extend(entries)
        self.endInsertRows()

    def loading_failed(self) -> None:
        self._loading = False

    def entry(self, row: int) -> dict[str, Any] | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entries(self) -> list[dict[str, Any]]:
        return list(self._entries)

    def last_id(self) -> int:
        return int(self._entries[-1]["id"]) if self._entries else 0

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    # -- lazy paging ---------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading and bool(self._entries)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        self.page_needed.emit(self.last_id())

    # -- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        entry = self._entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == USER_ROLE:
            return entry["id"]
        if role == Qt.ItemDataRole.ForegroundRole and column == "outcome":
            return self._outcome_brush.get(entry["outcome"])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_value(entry, column)
        return None


def display_value(entry: dict[str, Any], column: str) -> str:
    if column == "at":
        return local_time(entry["at"])
    if column in ("platforms", "modules"):
        values = entry[column]
        shown = ", ".join(values[:5])
        return shown + (f" (+{len(values) - 5})" if len(values) > 5 else "")
    if column == "outcome":
        code = entry.get("error_code")
        return f"{entry['outcome']} ({code})" if code else entry["outcome"]
    value = entry.get(column)
    return "" if value is None else str(value)
