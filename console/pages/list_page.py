"""What the big searchable lists (merchants, stores, orders) share: a windowed table beside a
detail pane, a search that waits for typing to pause, and the selected row's detail loaded after
the selection settles (a key held down over the list does not load every row on the way).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QWidget

from console.asyncutil import spawn
from console.dialogs.errors import report
from console.models.windowed import WindowedTableModel
from console.pages.base import Page
from console.widgets.table_export import add_export_action, windowed_rows
from console.widgets.tables import read_only_table, share_with_key_columns

SEARCH_DELAY_MS = 200
DETAIL_DELAY_MS = 120


def single_shot(parent: QObject, interval_ms: int, slot: Callable[[], Any]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


class ListPage(Page):
    """Subclasses create ``search_edit`` and ``count_label``, then call :meth:`build_list`, and
    implement :meth:`apply` (run the current query), :meth:`detail_key` and :meth:`show_detail`."""

    model: WindowedTableModel
    table: QTableView
    count_label: QLabel
    count_button: QWidget | None = None  # "Count exactly", where an estimate can be refined

    def build_list(self, model: WindowedTableModel, detail: QWidget) -> QSplitter:
        """The table over ``model`` beside ``detail``, the timers and the signals; the splitter
        is for the caller's layout."""
        self.model = model
        widths = [c.width for c in model.columns]
        self.table = read_only_table(
            model, f"{self.page_id}Table", widths, key=model.key_columns(), label=self.title()
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        share_with_key_columns(splitter, self.table)
        self._search_timer = single_shot(self, SEARCH_DELAY_MS, self.start_search)
        self._detail_timer = single_shot(self, DETAIL_DELAY_MS, self._start_detail)
        self.apply_task: asyncio.Task[None] | None = None
        self.detail_task: asyncio.Task[Any] | None = None
        self._detail_key: Any = None
        assert self.search_edit is not None
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.start_search)
        model.count_changed.connect(self._show_count)
        model.load_failed.connect(self._load_failed)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._row_selected(cur.row()))
        self.export_action = add_export_action(
            self,
            self.table,
            lambda: windowed_rows(self.table, model),
            f"{self.page_id}.csv",
            self.show_status,
        )
        return splitter

    def commands(self) -> list[QAction]:
        return [self.export_action]

    # -- to provide ---------------------------------------------------------------------------------
    async def apply(self) -> None:
        raise NotImplementedError

    def detail_key(self, item: Any) -> Any:
        """What :meth:`show_detail` needs to load the detail of the row ``item``."""
        raise NotImplementedError

    async def show_detail(self, key: Any) -> Any:
        raise NotImplementedError

    # -- searching ----------------------------------------------------------------------------------
    async def load(self) -> None:
        self.model.source.actor = self.session.require_actor()  # type: ignore[attr-defined]
        await self.apply()

    def start_search(self) -> asyncio.Task[None]:
        """Apply the search now; a search still running is cancelled (the newer query wins)."""
        self._search_timer.stop()
        if self.apply_task is not None and not self.apply_task.done():
            self.apply_task.cancel()
        self.apply_task = spawn(self.apply(), self)
        return self.apply_task

    def _show_count(self, count: int, exact: bool) -> None:
        n = QLocale().toString(count)
        self.count_label.setText(
            self.tr("{n} found").format(n=n) if exact else self.tr("about {n}").format(n=n)
        )
        if self.count_button is not None:
            self.count_button.setVisible(not exact)

    def _load_failed(self, exc: object) -> None:
        if isinstance(exc, BaseException):
            report(exc, self)

    # -- the detail ---------------------------------------------------------------------------------
    def _row_selected(self, row: int) -> None:
        item = self.model.row_at(row) if row >= 0 else None
        self.select_detail(self.detail_key(item) if item is not None else None)

    def select_detail(self, key: Any) -> None:
        """Load the detail of ``key`` once the selection has settled (None: nothing selected)."""
        self._detail_key = key
        self._detail_timer.start()

    def _start_detail(self) -> None:
        if self._detail_key is None:
            return
        if self.detail_task is not None and not self.detail_task.done():
            self.detail_task.cancel()
        self.detail_task = spawn(self.show_detail(self._detail_key), self)

    def session_changed(self) -> None:
        self.model.source.actor = self.session.require_actor()  # type: ignore[attr-defined]

    def shutdown(self) -> None:
        super().shutdown()
        self._search_timer.stop()
        self._detail_timer.stop()
        for task in (self.apply_task, self.detail_task):
            if task is not None and not task.done():
                task.cancel()
