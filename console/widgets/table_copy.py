"""Ctrl+C on a table: the selected rows as tab-separated text with a header line.

The columns are the ones shown, in the order shown (a column moved or hidden by the person counts
as such); the values are the texts shown. A row whose page is not read yet (a windowed list
scrolled past) is skipped rather than copied as "Loading…"; at most :data:`MAX_COPIED` rows are
copied (the export writes any number).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

from core.tabular import tsv

MAX_COPIED = 10_000


def shown_columns(view: QTableView) -> list[int]:
    """The model's columns the view shows, in the view's order."""
    header = view.horizontalHeader()
    logical = (header.logicalIndex(v) for v in range(header.count()))
    return [c for c in logical if not header.isSectionHidden(c)]


def header_titles(view: QTableView, columns: list[int]) -> list[str]:
    model = view.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]


def selected_rows(view: QAbstractItemView, limit: int = MAX_COPIED) -> list[int]:
    """The selected rows in order (at most ``limit``), read from the selection's ranges (a million
    selected rows are not turned into a million indexes)."""
    selection = view.selectionModel()
    if selection is None:
        return []
    rows: set[int] = set()
    for selected in selection.selection():
        rows.update(range(selected.top(), min(selected.bottom() + 1, selected.top() + limit)))
    return sorted(rows)[:limit]


def selection_text(view: QTableView) -> tuple[str, int]:
    """The selected rows (shown, loaded ones) as TSV with the header line, and how many rows."""
    model = view.model()
    columns = shown_columns(view)
    rows = []
    for row in selected_rows(view):
        if isinstance(view, QTableView) and view.isRowHidden(row):
            continue
        index = model.index(row, 0)
        if not index.flags() & Qt.ItemFlag.ItemIsSelectable or not _loaded(model, row):
            continue
        rows.append([model.index(row, c).data(Qt.ItemDataRole.DisplayRole) for c in columns])
    return tsv(header_titles(view, columns), rows), len(rows)


def _loaded(model: object, row: int) -> bool:
    """A windowed model's row is loaded (its other rows show a placeholder until read)."""
    row_at = getattr(model, "row_at", None)
    return row_at is None or row_at(row) is not None


class TableCopy(QObject):
    """Replaces a view's own Ctrl+C (the current cell only) by the selected rows."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def copy(self) -> int:
        text, count = selection_text(self.view)
        if count:
            QGuiApplication.clipboard().setText(text)
        return count

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        keys = kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent)
        if keys and event.matches(QKeySequence.StandardKey.Copy):  # type: ignore[attr-defined]
            event.accept()  # ours, not a window shortcut's
            if kind == QEvent.Type.KeyPress:
                self.copy()
            return True
        return False


def enable_copy(view: QTableView) -> TableCopy:
    """Ctrl+C on ``view`` copies its selected rows (once per view)."""
    existing = view.findChild(TableCopy)
    return existing if isinstance(existing, TableCopy) else TableCopy(view)
