"""A table model over millions of rows: a window read by keyset, a few pages in memory.

* ``rowCount`` is the source's count: exact when small, else the planner's estimate
  (:meth:`WindowedTableModel.count_exactly` on demand). A short page met while reading tells the
  exact count; the model then grows or shrinks to it.
* Rows are read a page at a time off the GUI thread (:func:`console.asyncutil.run_sync`) when
  the view asks for them (``data``): until a page arrives its rows show a placeholder, then
  ``dataChanged`` repaints them. Only the pages the view asked for last are read (a fast drag over
  the scroll bar does not queue every page it passed), at most :attr:`max_inflight` at once.
* Pages are anchored at either end. Rows in the upper half belong to *forward* pages, counted
  from the first row and read after the key of the page above (``after``); rows in the lower half
  to *backward* pages, counted from the last row and read before the key of the page below
  (``before``), the last one with ``from_end``. Jumping to the end reads the last page only; a
  jump into the middle reads one page with an offset from the nearest key known.
* At most :attr:`max_pages` pages are kept (least recently used go); their keys stay (a few bytes
  each), so scrolling back reads by keyset again, never by offset.
* ``sort(column, order)`` asks the source again, sorted in SQL; only columns with a sort key sort.

The source is three synchronous callables (run in a worker thread): ``open(query, limit)`` ->
``Window`` (count and first page), ``page(query, after=, before=, from_end=, offset=, limit=)`` ->
``Page`` (rows in display order, first and last keys, ``at_end``), ``count(query, exact=)`` ->
``RowCount``. :mod:`modules.tenancy.services` provides them.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from console.asyncutil import run_sync, spawn
from console.models.common import USER_ROLE

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PageId = tuple[str, int]  # ("f", k): k-th page from the top; ("b", k): k-th page from the bottom
Runner = Callable[..., Awaitable[Any]]

PAGE_SIZE = 100
MAX_PAGES = 40
MAX_INFLIGHT = 2
MAX_WANTED = 6


class WindowSource(Protocol):
    def open(self, query: Any, limit: int) -> Any: ...

    def page(
        self,
        query: Any,
        *,
        after: Any = None,
        before: Any = None,
        from_end: bool = False,
        offset: int = 0,
        limit: int = PAGE_SIZE,
    ) -> Any: ...

    def count(self, query: Any, exact: bool = False) -> Any: ...


@dataclass(frozen=True)
class Column:
    """One column: its title (translated by the caller), its text, and the SQL sort key, if any."""

    name: str
    title: str
    display: Callable[[Any], str]
    sort_key: str | None = None
    tooltip: Callable[[Any], str | None] | None = None
    foreground: Callable[[Any], Any] | None = None
    width: float = 15  # digits of the table's font (console.widgets._text.chars)
    # A key column (money, status, code) is sized to show these texts whole: see
    # console.widgets.tables.KeyColumns.
    samples: Callable[[], Sequence[str]] | None = None


def resort(query: Any, sort_key: str, descending: bool) -> Any:
    """The default way to sort a query: a dataclass with ``sort`` and ``descending`` fields."""
    return replace(query, sort=sort_key, descending=descending)


class WindowedTableModel(QAbstractTableModel):
    count_changed = Signal(int, bool)  # rows, exact
    query_applied = Signal()  # a new query's first page is shown
    load_failed = Signal(object)  # the exception of a read that failed

    def __init__(
        self,
        columns: Sequence[Column],
        source: WindowSource,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        max_inflight: int = MAX_INFLIGHT,
        runner: Runner = run_sync,
        sort_query: Callable[[Any, str, bool], Any] = resort,
        placeholder: str = "…",
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.source = source
        self.page_size = page_size
        self.max_pages = max_pages
        self.max_inflight = max_inflight
        self.runner = runner
        self.sort_query = sort_query
        self.placeholder = placeholder
        self.query: Any = None
        self._generation = 0  # queries: a newer one makes older answers void
        self._epoch = 0  # pages: invalidate() makes reads in flight void
        self._count = 0
        self._exact = True
        self._pages: OrderedDict[PageId, list[Any]] = OrderedDict()
        self._keys: dict[PageId, tuple[Any, Any]] = {}  # survives eviction
        self._loading: set[PageId] = set()
        self._failed: set[PageId] = set()
        self._wanted: OrderedDict[PageId, None] = OrderedDict()
        self._pump_scheduled = False
        self._exact_requested = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self.reads = 0  # pages read since the last query (the first page included)

    # -- queries ------------------------------------------------------------------------------------
    async def set_query(self, query: Any) -> None:
        """Show ``query``: its count and first page read in one round trip, then the model reset.

        A newer call (or :meth:`sort`) wins: an older one that finishes later changes nothing.
        """
        self._generation += 1
        generation = self._generation
        window = await self.runner(self.source.open, query, self.page_size)
        if generation != self._generation:
            return
        self.beginResetModel()
        self._clear()
        self.query = query
        self.reads = 1
        self._count = int(window.count.value)
        self._exact = bool(window.count.exact)
        if window.page.rows:
            self._store(("f", 0), window.page.rows, window.page.first_key, window.page.last_key)
        self.endResetModel()
        self.count_changed.emit(self._count, self._exact)
        self.query_applied.emit()

    def _clear(self) -> None:
        self._pages.clear()
        self._keys.clear()
        self._loading.clear()
        self._failed.clear()
        self._wanted.clear()
        self._exact_requested = False
        self._epoch += 1
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()

    def invalidate(self) -> None:
        """Forget the rows read (they changed: a suspension), keep the count and the keys."""
        self._epoch += 1
        self._pages.clear()
        self._loading.clear()
        self._failed.clear()
        self._wanted.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1))

    async def count_exactly(self) -> int:
        if self.query is None:
            return 0
        generation = self._generation
        count = await self.runner(self.source.count, self.query, True)
        if generation == self._generation:
            self._set_count(int(count.value), True)
        return int(count.value)

    @property
    def exact(self) -> bool:
        return self._exact

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort_key is not None

    def sort_column(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order of the current query's sort (``query.sort``, ``query.descending``)."""
        key = getattr(self.query, "sort", None)
        for i, column in enumerate(self.columns):
            if column.sort_key is not None and column.sort_key == key:
                desc = getattr(self.query, "descending", False)
                return i, Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.sortable(column) or self.query is None:
            return
        key = self.columns[column].sort_key
        assert key is not None
        query = self.sort_query(self.query, key, order == Qt.SortOrder.DescendingOrder)
        self._keep(spawn(self.set_query(query)))

    # -- rows --------------------------------------------------------------------------------------------
    def _page_of(self, row: int) -> tuple[PageId, int]:
        """The page holding ``row`` and the distance that locates it (from the top or the bottom)."""
        if row < (self._count + 1) // 2:
            return ("f", row // self.page_size), row
        distance = self._count - 1 - row
        return ("b", distance // self.page_size), distance

    def key_columns(self) -> dict[int, Callable[[], Sequence[str]]]:
        """The columns sized to show their samples whole (``Column.samples``), by index."""
        return {i: c.samples for i, c in enumerate(self.columns) if c.samples is not None}

    def row_at(self, row: int) -> Any | None:
        """The row object, or None while its page is not loaded (asking for it then)."""
        if not 0 <= row < self._count:
            return None
        pid, where = self._page_of(row)
        found = self._pick(pid, where)
        if found is None and self._exact:
            # An exact count places every row from either end: a page of the other side may hold it.
            other = (
                ("b", (self._count - 1 - row) // self.page_size)
                if pid[0] == "f"
                else ("f", row // self.page_size)
            )
            found = self._pick(other, row if other[0] == "f" else self._count - 1 - row)
        if found is None:
            self._want(pid)
            return None
        return found[0]

    def _pick(self, pid: PageId, where: int) -> tuple[Any] | None:
        rows = self._pages.get(pid)
        if rows is None:
            return None
        self._pages.move_to_end(pid)
        k = pid[1] * self.page_size
        i = where - k if pid[0] == "f" else len(rows) - 1 - (where - k)
        return (rows[i],) if 0 <= i < len(rows) else None

    def loaded_pages(self) -> list[PageId]:
        return list(self._pages)

    # -- reading pages --------------------------------------------------------------------------------------
    def _want(self, pid: PageId) -> None:
        if pid in self._loading or pid in self._failed:
            return
        self._wanted.pop(pid, None)
        self._wanted[pid] = None
        while len(self._wanted) > MAX_WANTED:  # the oldest were scrolled past
            self._wanted.popitem(last=False)
        if not self._pump_scheduled:
            self._pump_scheduled = True
            QTimer.singleShot(0, self._pump)

    def _pump(self) -> None:
        self._pump_scheduled = False
        while self._wanted and len(self._loading) < self.max_inflight:
            pid, _ = self._wanted.popitem(last=True)  # the latest asked first
            if pid in self._pages or pid in self._loading:
                continue
            self._loading.add(pid)
            self._keep(spawn(self._fetch(pid, self._epoch)))

    def _keep(self, task: asyncio.Task[Any]) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _plan(self, pid: PageId) -> dict[str, Any]:
        """How to read page ``pid``: by keyset from a neighbour, else an offset from the nearest key."""
        side, k = pid
        size = self.page_size
        # Toward the anchor ("f": up, "b": down) the neighbour's key gives this page exactly.
        toward, away = (side, k - 1), (side, k + 1)
        if side == "f":
            if k == 0:
                return {}
            if toward in self._keys:
                return {"after": self._keys[toward][1]}
            if away in self._keys:
                return {"before": self._keys[away][0]}
        else:
            if k == 0:
                return {"from_end": True}
            if toward in self._keys:
                return {"before": self._keys[toward][0]}
            if away in self._keys:
                return {"after": self._keys[away][1]}
        # A jump: the nearest known page on the same side, else the anchor itself.
        same = [j for (s, j) in self._keys if s == side]
        nearer = max((j for j in same if j < k), default=None)
        farther = min((j for j in same if j > k), default=None)
        options: list[tuple[int, dict[str, Any]]] = []
        if side == "f":
            options.append((k * size, {"offset": k * size}))
            if nearer is not None:
                options.append(((k - nearer - 1) * size, {"after": self._keys[side, nearer][1]}))
            if farther is not None:
                options.append(((farther - k - 1) * size, {"before": self._keys[side, farther][0]}))
        else:
            options.append((k * size, {"from_end": True, "offset": k * size}))
            if nearer is not None:
                options.append(((k - nearer - 1) * size, {"before": self._keys[side, nearer][0]}))
            if farther is not None:
                options.append(((farther - k - 1) * size, {"after": self._keys[side, farther][1]}))
        skip, how = min(options, key=lambda o: o[0])
        if skip and "offset" not in how:
            how = {**how, "offset": skip}
        return how

    async def _fetch(self, pid: PageId, epoch: int) -> None:
        how = self._plan(pid)
        try:
            page = await self.runner(self._read, self.query, how)
        except asyncio.CancelledError:
            if epoch == self._epoch:
                self._loading.discard(pid)
            raise
        except Exception as exc:
            if epoch == self._epoch:
                self._loading.discard(pid)
                self._failed.add(pid)
                log.warning("reading rows failed: %s", exc)
                self.load_failed.emit(exc)
            return
        if epoch != self._epoch:
            return
        self._loading.discard(pid)
        self.reads += 1
        self._arrived(pid, how, page)
        if self._wanted:
            self._pump()

    def _read(self, query: Any, how: dict[str, Any]) -> Any:
        return self.source.page(query, limit=self.page_size, **how)

    def _arrived(self, pid: PageId, how: dict[str, Any], page: Any) -> None:
        side, k = pid
        rows = list(page.rows)
        # A short read toward the far end of this page's anchor tells where the data ends.
        toward_far = (
            ("after" in how or ("before" not in how and not how.get("from_end")))
            if side == "f"
            else ("before" in how or how.get("from_end"))
        )
        if rows:
            self._store(pid, rows, page.first_key, page.last_key)
        if page.at_end and toward_far and rows:
            self._set_count(k * self.page_size + len(rows), True)
        elif page.at_end and toward_far:
            # Nothing there: the data ends before this page (an estimate too high), but where?
            self._request_exact()
        elif rows:
            first, last = self._rows_of(pid, len(rows))
            if first <= last:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self._check_seam()

    def _rows_of(self, pid: PageId, n: int) -> tuple[int, int]:
        side, k = pid
        if side == "f":
            first = k * self.page_size
            return max(0, first), min(self._count - 1, first + n - 1)
        last = self._count - 1 - k * self.page_size
        return max(0, last - n + 1), min(self._count - 1, last)

    def _store(self, pid: PageId, rows: list[Any], first_key: Any, last_key: Any) -> None:
        self._pages[pid] = rows
        self._pages.move_to_end(pid)
        self._keys[pid] = (first_key, last_key)
        self._failed.discard(pid)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)

    def _check_seam(self) -> None:
        """Forward and backward pages met in the middle on an estimated count: count exactly, once,
        so that the two halves join without rows repeated or skipped."""
        if self._exact or self._exact_requested or self._count < 2:
            return
        middle = (self._count + 1) // 2
        above, _ = self._page_of(middle - 1)
        below, _ = self._page_of(middle)
        if above in self._pages and below in self._pages:
            self._request_exact()

    def _request_exact(self) -> None:
        if not self._exact and not self._exact_requested:
            self._exact_requested = True
            self._keep(spawn(self.count_exactly()))

    def _set_count(self, count: int, exact: bool) -> None:
        old = self._count
        if count < old:
            self.beginRemoveRows(QModelIndex(), count, old - 1)
            self._count = count
            self.endRemoveRows()
        elif count > old:
            self.beginInsertRows(QModelIndex(), old, count - 1)
            self._count = count
            self.endInsertRows()
        self._exact = exact
        if old != count and self._count:
            # Pages counted from the bottom moved with the end: repaint what is shown.
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1))
        self.count_changed.emit(self._count, self._exact)

    # -- QAbstractTableModel -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return self.columns[section].title if horizontal and 0 <= section < len(self.columns) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            USER_ROLE,
        ):
            return None
        row = self.row_at(index.row())
        column = self.columns[index.column()]
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.placeholder if index.column() == 0 else ""
            return None
        if role == USER_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return column.foreground(row) if column.foreground else None
        return None
