"""Export a list as CSV (Ctrl+E): every row of its current filter, not only the rows loaded.

The one export of the console's lists. A page says how to read its rows (:class:`ExportRows`:
the header and an iterator of pages of texts); :class:`ExportJob` advances that iterator one page
at a time in a worker (the page's own service call, its formatting and the write), so the GUI
thread never waits and only one page is ever in memory; it shows a progress dialog whose Cancel
stops between two pages and leaves no file (:class:`core.tabular.CsvFile` writes beside the
target and renames at the end). The columns and texts are those shown, in the order shown, but
numbers, money and dates in the locale-independent forms (console.locale_text.neutral).

* :func:`windowed_rows`: a :class:`~console.models.windowed.WindowedTableModel` (merchants,
  stores, orders), read forward by keyset through its source.
* :func:`keyset_rows`: a newest-first list read ``before_id`` (payments, audit).
* :func:`snapshot_rows`: a list already whole in memory (users, migrations, a detail's tables).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QProgressDialog, QTableView, QWidget

from console.asyncutil import run_sync, spawn
from console.dialogs.files import ask_save_path
from console.locale_text import neutral
from console.models.windowed import WindowedTableModel
from console.widgets._text import fmt_int
from console.widgets.table_copy import header_titles, shown_columns
from core.errors import InvalidInput, PlatformError
from core.tabular import CsvFile

EXPORT_PAGE = 1000  # rows read and written per step (the services' largest page)
Cells = list[str]


class TableExport(QObject):
    """The translation context of the export's progress and messages: lupdate extracts
    ``TableExport.tr("...")`` and Qt looks it up under the same name (never instantiated)."""


@dataclass
class ExportRows:
    """What an export writes: ``header``, then the pages ``pages`` yields (advanced in a worker);
    ``total`` is the number of rows expected, for the progress (an estimate; None: unknown)."""

    header: list[str]
    pages: Iterator[list[Cells]]
    total: int | None = None


def snapshot_rows(view: QTableView) -> ExportRows:
    """The rows of ``view``'s model as shown now (hidden rows left out): for short lists."""
    model = view.model()
    columns = shown_columns(view)
    rows = [
        [str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "") for c in columns]
        for r in range(model.rowCount())
        if not view.isRowHidden(r) and model.index(r, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    ]
    return ExportRows(header_titles(view, columns), iter([rows]), len(rows))


def windowed_rows(view: QTableView, model: WindowedTableModel, page_size: int | None = None) -> ExportRows:
    """Every row of the model's current query, read forward by keyset through its source."""
    columns = shown_columns(view)
    display = [model.columns[c].display for c in columns]
    size = page_size or EXPORT_PAGE

    def pages() -> Iterator[list[Cells]]:
        if model.query is None:
            return
        query, source, after = model.query, model.source, None
        while True:
            page = source.page(query, after=after, limit=size)
            yield [[show(row) for show in display] for row in page.rows]
            if page.at_end or not page.rows:
                return
            after = page.last_key

    return ExportRows(header_titles(view, columns), pages(), model.rowCount())


def keyset_rows(
    view: QTableView,
    fetch: Callable[[int | None, int], Sequence[Any]],
    row_id: Callable[[Any], int],
    cell: Callable[[Any, int], str],
    *,
    extra: Sequence[tuple[str, Callable[[Any], str]]] = (),
    page_size: int | None = None,
) -> ExportRows:
    """Every row ``fetch(before_id, limit)`` gives, newest first: the shown columns
    (``cell(row, column)``) and then the ``extra`` columns (title, text)."""
    columns = shown_columns(view)
    size = page_size or EXPORT_PAGE

    def pages() -> Iterator[list[Cells]]:
        before: int | None = None
        while True:
            rows = fetch(before, size)
            yield [[cell(r, c) for c in columns] + [text(r) for _, text in extra] for r in rows]
            if len(rows) < size:
                return
            before = row_id(rows[-1])

    header = header_titles(view, columns) + [title for title, _ in extra]
    return ExportRows(header, pages())


def _step(pages: Iterator[list[Cells]], out: CsvFile) -> int | None:
    """Read, format and write the next page (in a worker); None when there is none."""
    with neutral():  # a file's texts stay locale-independent, like the CLI's
        page = next(pages, None)
    return None if page is None else out.write(page)


class ExportJob(QObject):
    """One export under way; ``progressed`` gives the rows written after each page."""

    progressed = Signal(int)

    def __init__(self, parent: QWidget, rows: ExportRows, target: Path) -> None:
        super().__init__(parent)
        self.setObjectName("exportJob")
        self.rows = rows
        self.target = target
        self.written = 0
        self.cancelled = False
        total = rows.total or 0
        self.dialog = QProgressDialog(
            TableExport.tr("Exporting…"), TableExport.tr("Cancel"), 0, total, parent
        )
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowTitle(TableExport.tr("Export CSV"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # a short export shows no dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def cancel(self) -> None:
        self.cancelled = True

    def _show_progress(self) -> None:
        total = self.rows.total
        if total:
            self.dialog.setMaximum(max(total, self.written))
            self.dialog.setValue(self.written)
            text = TableExport.tr("{n} of about {total} rows written…")
        else:
            self.dialog.setRange(0, 0)
            self.dialog.setValue(0)
            text = TableExport.tr("{n} rows written…")
        self.dialog.setLabelText(text.format(n=fmt_int(self.written), total=fmt_int(total or 0)))

    async def run(self) -> int | None:
        """The rows written, or None when cancelled (and then no file). An error (the file
        cannot be made or written) closes the progress dialog and goes to the caller."""
        out: CsvFile | None = None
        try:
            out = await run_sync(CsvFile, self.target, self.rows.header)
            while not self.cancelled:
                written = await run_sync(_step, self.rows.pages, out)
                if written is None:
                    break
                self.written += written
                self._show_progress()
                self.progressed.emit(self.written)
            if self.cancelled:
                await run_sync(out.abort)
                return None
            await run_sync(out.commit)
            return self.written
        finally:
            if out is not None:
                out.abort()  # nothing after a commit or an abort; else (an error) the temp file goes
            self.dialog.close()
            self.dialog.deleteLater()
            self.deleteLater()


class _Announcer(QObject):
    started = Signal(object)  # an ExportJob, before its first page (tests follow it)


_announcer: _Announcer | None = None


def announcer() -> _Announcer:
    global _announcer
    if _announcer is None:
        _announcer = _Announcer(QApplication.instance())
    return _announcer


async def export_csv(
    parent: QWidget, rows: Callable[[], ExportRows], target: Path, status: Callable[[str], None]
) -> int | None:
    """Write ``rows()`` to ``target`` with progress and Cancel; says the outcome with ``status``."""
    with neutral():
        job = ExportJob(parent, rows(), target)
    announcer().started.emit(job)
    try:
        count = await job.run()
    except (PlatformError, OSError) as exc:  # the progress dialog is closed: say why, in the error dialog
        if not isinstance(exc, PlatformError):  # a full disk half-way, say
            exc = InvalidInput(
                "export.cannot_write",
                f"cannot write {target}: {exc.strerror or exc}",
                {"path": str(target)},
            )
        status(TableExport.tr("Export failed: no file was written."))
        raise exc from None
    if count is None:
        status(TableExport.tr("Export cancelled: no file was written."))
    else:
        text = (
            TableExport.tr("1 row exported to {path}")
            if count == 1
            else TableExport.tr("{n} rows exported to {path}")
        )
        status(text.format(n=fmt_int(count), path=target))
    return count


async def ask_export(
    parent: QWidget, rows: Callable[[], ExportRows], default_name: str, status: Callable[[str], None]
) -> int | None:
    """Ask where (Qt's file dialog), then :func:`export_csv`; None when the person cancels."""
    path = await ask_save_path(
        parent, TableExport.tr("Export CSV"), TableExport.tr("CSV files (*.csv)"), "csv", default_name
    )
    return None if path is None else await export_csv(parent, rows, path, status)


def focused_table(page: QWidget) -> QTableView | None:
    """The table inside ``page`` that has the keyboard focus (or holds the focused widget)."""
    widget = QApplication.focusWidget()
    while widget is not None and widget is not page:
        if isinstance(widget, QTableView):
            return widget
        widget = widget.parentWidget()
    return None


def add_export_action(
    page: QWidget,
    main: QTableView,
    main_rows: Callable[[], ExportRows],
    default_name: str,
    status: Callable[[str], None],
) -> QAction:
    """The page's "Export CSV…" (its key, Ctrl+E, comes from the page registry): the list ``main``
    (every row of its filter), or, when another of the page's tables has the focus (a detail's
    refunds, a plan), that table's rows."""
    action = QAction(TableExport.tr("Export CSV…"), page)
    action.setObjectName("exportCsvAction")
    action.setToolTip(TableExport.tr("Export the rows of this list, all pages of the current filter, as CSV"))
    page.addAction(action)

    def chosen() -> Callable[[], ExportRows]:
        focused = focused_table(page)
        if focused is None or focused is main or focused.parentWidget() is main:  # frozen column
            return main_rows
        return lambda: snapshot_rows(focused)

    action.triggered.connect(lambda: spawn(ask_export(page, chosen(), default_name, status), page))
    return action
