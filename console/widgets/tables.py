"""The console's read-only tables, and the sizing of their key columns.

Rows are selected whole, one at a time, at a fixed height. Key columns (money, status, codes)
are sized from the table's font metrics: wide enough for the widest text they are expected to
show (samples given by the caller, e.g. ``EUR 9,999,999.99``) and for the rows on screen
(measured as they arrive or scroll in), so they never elide, at any font size. Nothing here
reads every row of a model: ``ResizeToContents`` on a large table would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QStyle, QTableView
from shiboken6 import isValid

from console.models.common import measured
from console.widgets._text import chars, text_lines
from console.widgets.table_copy import enable_copy

Samples = Callable[[], Iterable[str]]
"""Texts a key column is expected to show at most (called again when the font changes)."""

MAX_ROWS_MEASURED = 200  # at most a screenful is measured
MAX_SHARE_PERCENT = 60  # of a splitter, at most, for a table's key columns
HEADER_EXTRA = 12 + 2 + 16  # the theme's section padding, its border, a sort indicator
MEASURED_WHOLE = 5_000  # texts measured one by one; beyond, by their characters first
MAX_CANDIDATES = 256  # of those, measured whole at most


def cell_padding(view: QAbstractItemView) -> int:
    """What an item delegate keeps around a cell's text: its text margins plus a grid line."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return 2 * margin + 1


def cell_width(view: QAbstractItemView, texts: Iterable[str]) -> int:
    """The width a column needs to show each of ``texts`` whole, at the view's font. Beyond
    :data:`MEASURED_WHOLE` texts, only the widest by their characters are measured whole
    (:func:`widest_candidates`)."""
    metrics = view.fontMetrics()
    pool = [t for t in texts if t]
    floor = 0
    if len(pool) > MEASURED_WHOLE:
        pool, floor = widest_candidates(metrics, pool)
    widest = max(floor, max(map(metrics.horizontalAdvance, pool), default=0))
    return widest + cell_padding(view) + 2 if widest else 0


def ready_to_measure(count: int) -> None:
    """Off the GUI thread, before a column of ``count`` texts is sized: what :func:`cell_width`
    will import for them imported now (numpy's first import is about 100 ms)."""
    if count > MEASURED_WHOLE:
        import numpy  # noqa: F401


def widest_candidates(metrics: QFontMetrics, texts: Sequence[str]) -> tuple[list[str], int]:
    """(the texts that may be the widest, the widest width by characters) of many ``texts``.

    Each text's width is first estimated as the sum of its characters' advances (each distinct
    character measured once; numpy sums 100,000 codes in a few milliseconds, where measuring each
    whole took 190 ms). Kerning and shaping move a text's true width from that sum by a few
    pixels, so the texts within two average characters of the widest sum are the candidates (at
    most :data:`MAX_CANDIDATES`, the widest sums first), and the widest sum is a floor: a column
    sized from both never elides, at the cost of a few pixels at most.
    """
    import numpy as np  # lazily: only tables of many thousand rows need it

    chars = np.array(texts, dtype=str)  # fixed width, padded with NUL
    points = chars.view(np.uint32).reshape(len(texts), max(1, chars.dtype.itemsize // 4))
    present = np.zeros(int(points.max()) + 1, dtype=bool)  # by code point, up to the highest used
    present[points.ravel()] = True
    present[0] = False  # the padding has no width
    distinct = np.flatnonzero(present)
    table = np.zeros(len(present), dtype=np.int64)
    table[distinct] = [metrics.horizontalAdvance(chr(point)) for point in distinct.tolist()]
    sums = table[points].sum(axis=1)
    top = int(sums.max())
    near = np.flatnonzero(sums >= top - 2 * metrics.averageCharWidth())
    if len(near) > MAX_CANDIDATES:
        near = near[np.argsort(-sums[near], kind="stable")[:MAX_CANDIDATES]]
    return [texts[i] for i in near.tolist()], top


def text_advance(view: QAbstractItemView, index: QModelIndex, text: str) -> int:
    """The width of ``text`` in the cell's own font (a model may make a column bold)."""
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
    return metrics.horizontalAdvance(text)


def row_height_for(view: QAbstractItemView, lines: float | None = None) -> int:
    """A row ``lines`` lines of text high (one by default) with the margins a cell keeps."""
    return text_lines(view, lines or 1) + view.fontMetrics().height() // 2 + 1


def header_width(view: QTableView, column: int) -> int:
    """The width the column's header title needs (its padding and a sort indicator included)."""
    model = view.model()
    title = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else None
    if not title:
        return 0
    return view.horizontalHeader().fontMetrics().horizontalAdvance(str(title)) + HEADER_EXTRA


def is_elided(view: QTableView, index: QModelIndex) -> bool:
    """Whether the cell at ``index`` is too narrow for its text (the delegate would elide it)."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not text:
        return False
    needed = view.fontMetrics().horizontalAdvance(str(text)) + cell_padding(view)
    return view.columnWidth(index.column()) < needed


class KeyColumns(QObject):
    """Keeps the key columns of a table wide enough: for their samples and headers now, again
    when the font or style changes, and for the rows on screen (measured, not guessed).

    A column only grows here; the person may still widen or narrow it by hand.
    """

    def __init__(self, view: QTableView, samples: Mapping[int, Samples]) -> None:
        super().__init__(view)
        self.view = view
        self.samples = dict(samples)
        self._model: QAbstractItemModel | None = None
        view.installEventFilter(self)
        self.watch(view.model())
        self.fit()

    def watch(self, model: QAbstractItemModel | None) -> None:
        if model is self._model or model is None:
            return
        self._model = model
        for signal in (model.rowsInserted, model.modelReset, model.dataChanged, model.layoutChanged):
            signal.connect(self.measure)
        self.view.verticalScrollBar().valueChanged.connect(self.measure)

    def needed(self, column: int) -> int:
        return max(cell_width(self.view, self.samples[column]()), header_width(self.view, column))

    def fit(self) -> None:
        """Each key column at least as wide as its samples and header need at the current font."""
        for column in self.samples:
            if self.view.columnWidth(column) < (width := self.needed(column)):
                self.view.setColumnWidth(column, width)
        self.measure()

    def shown_rows(self) -> range:
        """The rows on screen (the first screenful before the view is laid out): only those are
        measured, so a paged model is never asked for a row it would have to fetch."""
        model = self.view.model()
        count = model.rowCount() if model is not None else 0
        row_height = max(1, self.view.verticalHeader().defaultSectionSize())
        first = max(0, self.view.rowAt(0))
        height = self.view.viewport().height()
        last = self.view.rowAt(height - 1) if height > row_height else -1
        if last < 0:
            last = first + max(height, 1200) // row_height
        return range(first, min(count, last + 1, first + MAX_ROWS_MEASURED))

    def measure(self, *_args: object) -> None:
        """Widen a key column whose text on screen does not fit."""
        if not isValid(self.view):  # a QTableWidget clears its items while being destroyed
            return
        model = self.view.model()
        if model is None:
            return
        rows = self.shown_rows()
        padding = cell_padding(self.view) + 2
        for column in self.samples:
            width = 0
            for row in rows:
                index = model.index(row, column)
                if self.view.columnSpan(row, column) > 1 or not index.flags() & Qt.ItemFlag.ItemIsSelectable:
                    continue  # a group's heading row (spanning the table, not selectable)
                if index.isValid() and (text := index.data(Qt.ItemDataRole.DisplayRole)):
                    width = max(width, text_advance(self.view, index, str(text)) + padding)
            if self.view.columnWidth(column) < width:
                self.view.setColumnWidth(column, width)

    def key_width(self) -> int:
        """The width from the table's left edge to the right edge of its rightmost key column."""
        header = self.view.horizontalHeader()
        visual = max((header.visualIndex(c) for c in self.samples), default=-1)
        return sum(header.sectionSize(header.logicalIndex(v)) for v in range(visual + 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
        return False


def fit_key_columns(view: QTableView, samples: Mapping[int, Samples]) -> KeyColumns:
    """Size ``view``'s key columns from its font and content (see :class:`KeyColumns`)."""
    return KeyColumns(view, samples)


def fit_model_key_columns(view: QTableView) -> KeyColumns:
    """Fit the columns its model names in ``KEY_COLUMNS`` (out of ``COLUMNS``) to the texts on screen."""
    model = view.model()
    names: tuple[str, ...] = model.COLUMNS  # type: ignore[attr-defined]
    return KeyColumns(view, {names.index(n): measured for n in model.KEY_COLUMNS})  # type: ignore[attr-defined]


def key_columns(view: QTableView) -> KeyColumns | None:
    """The :class:`KeyColumns` of ``view``, if it has any."""
    return view.findChild(KeyColumns)


def make_read_only(
    table: QTableView,
    name: str,
    widths: Sequence[float],
    *,
    row_height: float | None = None,
    key: Mapping[int, Samples] | None = None,
    multi: bool = False,
    label: str = "",
) -> None:
    """Selection of whole rows (one, or several with ``multi``; Ctrl+C copies them), no editing,
    the columns ``widths`` digits wide (and the ``key`` columns fitted to their content). Rows keep
    a fixed height (``row_height`` lines of text, one by default), from the font: sizing them to
    their contents would read every row of a large model. ``label`` is the table's accessible name
    (what a screen reader says it is)."""
    table.setObjectName(name)
    table.setAccessibleName(label)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    single = QAbstractItemView.SelectionMode.SingleSelection
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi else single)
    enable_copy(table)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(row_height_for(table, row_height))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, chars(table, width) + cell_padding(table))
    if key:
        fit_key_columns(table, key)


def read_only_table(
    model: QAbstractItemModel,
    name: str,
    widths: Sequence[float],
    *,
    key: Mapping[int, Samples] | None = None,
    label: str = "",
) -> QTableView:
    """A :func:`make_read_only` table over ``model``, several rows selectable (a main list)."""
    table = QTableView()
    table.setModel(model)
    make_read_only(table, name, widths, key=key, multi=True, label=label)
    table.setAccessibleDescription(
        QCoreApplication.translate(
            "Tables", "Ctrl+C copies the selected rows; Ctrl+E exports the list as CSV"
        )
    )
    return table


def move_columns_first(view: QTableView, columns: Sequence[int]) -> None:
    """Show ``columns`` (model order) first, in that order: the key columns in sight."""
    header = view.horizontalHeader()
    for position, column in enumerate(columns):
        header.moveSection(header.visualIndex(column), position)


class _KeyShare(QObject):
    """Gives a splitter's table the width of its key columns when it is first shown and when
    the font changes; the person's own dragging is kept otherwise."""

    def __init__(self, splitter: QSplitter, view: QTableView) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.view = view
        splitter.installEventFilter(self)
        view.installEventFilter(self)

    def apply(self) -> None:
        keys = key_columns(self.view)
        index = self.splitter.indexOf(self.view)
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if keys is None or index < 0 or total <= 0:
            return
        scroll = self.view.verticalScrollBar().sizeHint().width()
        wanted = keys.key_width() + scroll + 2 * self.view.frameWidth() + 2
        wanted = min(wanted, total * MAX_SHARE_PERCENT // 100)  # the other panes keep some room
        if sizes[index] >= wanted:
            return
        others = [i for i in range(len(sizes)) if i != index]
        before = sum(sizes[i] for i in others) or 1
        for i in others:
            sizes[i] = max(0, total - wanted) * sizes[i] // before
        sizes[index] = total - sum(sizes[i] for i in others)
        self.splitter.setSizes(sizes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        shown = watched is self.splitter and kind == QEvent.Type.Show
        if (shown and not self.splitter.property("layoutRestored")) or (  # the person's sizes win
            watched is self.view and kind == QEvent.Type.FontChange
        ):
            QTimer.singleShot(0, self, self.apply)  # once the layout has given the splitter its size
        return False


def share_with_key_columns(splitter: QSplitter, view: QTableView) -> None:
    """Let ``view`` (a pane of ``splitter``) show its key columns whole beside the other panes."""
    _KeyShare(splitter, view)


def visible_width(view: QTableView, column: int) -> int:
    """How much of ``column`` lies inside the viewport (0 when scrolled out of sight)."""
    x = view.columnViewportPosition(column)
    width = view.columnWidth(column)
    if x < 0:
        return max(0, width + x)
    return max(0, min(width, view.viewport().width() - x))


class FrozenColumn(QObject):
    """Keeps a table's first column in sight while the others scroll sideways (Qt's frozen-column
    pattern): a second view over the same model and selection, showing only that column, laid
    over the table's left edge."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        frozen = self.frozen = QTableView(view)
        frozen.setObjectName(f"{view.objectName()}Frozen")
        frozen.setModel(view.model())
        frozen.setSelectionModel(view.selectionModel())
        frozen.setSelectionBehavior(view.selectionBehavior())
        frozen.setSelectionMode(view.selectionMode())
        frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.verticalHeader().hide()
        frozen.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollMode(view.verticalScrollMode())
        frozen.setStyleSheet("QTableView { border: none; }")
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.viewport().stackUnder(frozen)
        frozen.setContextMenuPolicy(view.contextMenuPolicy())
        frozen.customContextMenuRequested.connect(
            lambda pos: view.customContextMenuRequested.emit(
                view.viewport().mapFromGlobal(frozen.viewport().mapToGlobal(pos))
            )
        )
        frozen.doubleClicked.connect(view.doubleClicked.emit)
        frozen.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        view.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        view.horizontalHeader().sectionResized.connect(lambda *_: self.update())
        view.verticalHeader().sectionResized.connect(lambda row, _old, new: frozen.setRowHeight(row, new))
        view.selectionModel().currentChanged.connect(self.keep_clear)
        model = view.model()
        for signal in (model.modelReset, model.columnsInserted, model.layoutChanged):
            signal.connect(self.update)
        view.installEventFilter(self)
        self.update()

    def update(self, *_args: object) -> None:
        if not isValid(self.view):
            return
        frozen, view = self.frozen, self.view
        model = view.model()
        for column in range(model.columnCount() if model is not None else 0):
            frozen.setColumnHidden(column, column != 0)
        frozen.setColumnWidth(0, view.columnWidth(0))
        frozen.verticalHeader().setDefaultSectionSize(view.verticalHeader().defaultSectionSize())
        frozen.setFont(view.font())
        frame = view.frameWidth()
        frozen.setGeometry(
            view.verticalHeader().width() + frame,
            frame,
            view.columnWidth(0),
            view.viewport().height() + view.horizontalHeader().height(),
        )
        frozen.setVisible(model is not None and model.columnCount() > 1)

    def keep_clear(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A cell that became current is not left hidden under the frozen column."""
        if not current.isValid() or current.column() == 0:
            return
        x = self.view.columnViewportPosition(current.column())
        covered = self.view.columnWidth(0) - x
        if covered > 0:
            bar = self.view.horizontalScrollBar()
            bar.setValue(bar.value() - covered)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self.update()
        return False


def freeze_first_column(view: QTableView) -> FrozenColumn:
    """Keep ``view``'s first column (what a row is) in sight when it scrolls sideways."""
    return FrozenColumn(view)
