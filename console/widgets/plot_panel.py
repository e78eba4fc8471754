"""A time-series plot: several curves, a time axis, a crosshair with values, pause, PNG export.

pyqtgraph is imported when the first panel is built (it costs about half a second), never at
start-up. Curves follow docs/architecture.md (Pitfalls): pen width 1, antialias off,
``skipFiniteCheck``, numpy arrays.

pyqtgraph's own ``clipToView`` and ``autoDownsample`` are off: they go over every point again at
each new sample and each move of the time axis. Instead the panel keeps each curve at full
resolution (for the crosshair) and hands pyqtgraph only the min/max of each pixel column of the
visible span and a margin (:mod:`console.widgets.decimation`), about two points per pixel, so 8
curves of 86,400 points redraw within a frame and spikes are never lost.
"""

from __future__ import annotations

import contextlib
import functools
import re
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from console.locale_text import clock, digits, local_text, locale
from console.widgets._text import text_lines
from console.widgets.decimation import (
    DisplaySpan,
    PeakDecimator,
    break_gaps,
    display_span,
    extent,
    steady_range,
)

_pg: Any = None

PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#7f7f7f",
    "#bcbd22",
)

# The same hues, lighter: they read on a dark background (the light ones are for light ones).
DARK_PALETTE = (
    "#5aa9e6",
    "#ff6b6b",
    "#5fd35f",
    "#ffa94d",
    "#c39bf0",
    "#d4a373",
    "#f3a6d8",
    "#4fd8e8",
    "#c8c8c8",
    "#e0e05a",
)
_DARK_OF = dict(zip(PALETTE, DARK_PALETTE, strict=True))

# Pixel columns assumed while the plot has no size yet (built hidden, or for an export).
DEFAULT_COLUMNS = 1024
LEGEND_WIDTH = 170  # at least, in pixels
LEGEND_CHARS = 22  # and room for this many average characters at the legend's font
_BREAKS = re.compile(r"[_/,=]")


def pyqtgraph() -> Any:
    """pyqtgraph, imported (and configured) on first use."""
    global _pg
    if _pg is None:
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=False, foreground="#444", background=None, useOpenGL=False)
        _pg = pg
    return _pg


def color_for(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


@functools.cache
def locale_axes(pg: Any) -> tuple[type, type]:
    """pyqtgraph's time and value axes, their tick labels in the interface's locale."""

    class TimeAxis(pg.DateAxisItem):  # type: ignore[misc,name-defined]
        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            loc = locale()
            if loc is None:
                return super().tickStrings(values, scale, spacing)
            if spacing >= 86400:
                short = QLocale.FormatType.ShortFormat
                return [loc.toString(datetime.fromtimestamp(v).date(), short) for v in values]
            return [clock(datetime.fromtimestamp(v), seconds=spacing < 60) for v in values]

    class ValueAxis(pg.AxisItem):  # type: ignore[misc,name-defined]
        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            return [digits(text) for text in super().tickStrings(values, scale, spacing)]

    return TimeAxis, ValueAxis


def bare_plot_widget(axis_items: dict[str, Any]) -> tuple[Any, list[QMenu]]:
    """A pyqtgraph PlotWidget with ``axis_items``, without pyqtgraph's buttons and menus, and the
    parentless menus it made (delete them when the plot goes: :func:`delete_orphans`).

    None of pyqtgraph's menus: "Plot Options" (log scale, FFT, downsampling, averaging) assume
    pyqtgraph holds all the points, and its view menu and export dialog speak English only.
    """
    pg = pyqtgraph()
    before = {id(w) for w in QApplication.topLevelWidgets()}
    widget = pg.PlotWidget(axisItems=axis_items)
    # pyqtgraph builds its context menus as parentless QMenus that live until Python's cycle
    # collector runs. Only the menus: the other new top-level widgets belong to C++ owners (a
    # combo box's popup, a QWidgetAction's default widget) that delete them themselves; deleting
    # them here frees them twice.
    orphans = [w for w in QApplication.topLevelWidgets() if id(w) not in before and isinstance(w, QMenu)]
    item = widget.getPlotItem()
    item.hideButtons()
    item.setMenuEnabled(False, enableViewBoxMenu=False)
    scene = widget.scene()
    for action in getattr(scene, "contextMenu", ()):
        action.setVisible(False)
    scene.contextMenu = []
    return widget, orphans


def color_axes(plot_item: Any, dark: bool) -> None:
    """A plot's axes and their labels in colours that read on a dark or a light background."""
    pg = pyqtgraph()
    text = "#d8dde3" if dark else "#333333"
    for name in ("left", "bottom"):
        axis = plot_item.getAxis(name)
        axis.setPen(pg.mkPen("#8a939e" if dark else "#666666", width=1))
        axis.setTextPen(pg.mkPen(text))
        axis.label.setDefaultTextColor(QColor(text))


def delete_orphans(widgets: list[QWidget]) -> None:
    for widget in widgets:
        with contextlib.suppress(RuntimeError):  # already deleted
            widget.deleteLater()
    widgets.clear()


class PlotPanel(QWidget):
    """Curves keyed by id; ``refresh()`` moves the time window to now unless paused."""

    crosshairMoved = Signal(float)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        y_label: str = "",
        y_units: str = "",
        value_format: Callable[[float], str] | None = None,
        y_ticks: Sequence[tuple[float, str]] | None = None,
        y_scale: float = 1.0,
        scheme: str | None = None,
    ) -> None:
        """``y_scale`` multiplies the values as they are drawn (seconds shown in ``y_units`` "ms":
        1000), so the axis keeps one unit; ``scheme`` "light" or "dark" fixes the colours (an
        export), None follows the application's palette."""
        super().__init__(parent)
        pg = pyqtgraph()
        self.window_seconds = 300.0
        self.paused = False
        self.y_scale = float(y_scale)
        self.y_units = y_units
        self.scheme = scheme
        suffix = f" {y_units}" if y_units else ""
        self.value_format = value_format or (lambda v: digits(f"{v:.4g}") + suffix)
        self._gaps: dict[str, float | None] = {}
        self._colors: dict[str, str] = {}
        self._legend_items: dict[str, QListWidgetItem] = {}
        self._data: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._items: dict[str, Any] = {}
        self._decimators: dict[str, PeakDecimator] = {}
        self._shown: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # what pyqtgraph draws
        self._extents: dict[str, tuple[float, float] | None] = {}  # of the shown points in view
        self._fixed_y = bool(y_ticks)
        self._names: dict[str, str] = {}
        self._end: float | None = None
        self._span: DisplaySpan | None = None  # what the shown points were decimated for
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        time_axis, value_axis = locale_axes(pg)
        self.plot_widget, self._orphans = bare_plot_widget(
            {"bottom": time_axis(orientation="bottom"), "left": value_axis(orientation="left")}
        )
        self.plot_widget.setObjectName("plotWidget")
        self.plot_item = self.plot_widget.getPlotItem()
        # No grid: its lines cost more to paint than eight downsampled curves.
        self.plot_item.setMouseEnabled(x=True, y=False)
        # The console's own menu (translated) brings the view back; the page exports PNG itself.
        self.whole_window_action = QAction(self.tr("Show the whole time window"), self.plot_widget)
        self.whole_window_action.setObjectName("plotWholeWindow")
        self.whole_window_action.triggered.connect(lambda: self.refresh(force=True))
        self.plot_widget.addAction(self.whole_window_action)
        self.plot_widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        if y_label:
            # One unit per axis: pyqtgraph's SI prefixes would flip it between s and ms.
            self.plot_item.getAxis("left").enableAutoSIPrefix(False)
            self.plot_item.setLabel("left", y_label, units=y_units or None)
        if y_ticks:
            self.plot_item.getAxis("left").setTicks([list(y_ticks)])
            lo = min(v for v, _ in y_ticks)
            hi = max(v for v, _ in y_ticks)
            self.plot_item.setYRange(lo - 0.2, hi + 0.2, padding=0)
        # No auto range: pyqtgraph would measure every curve at every frame (see :meth:`_fit_y`).
        self.plot_item.enableAutoRange(axis="y", enable=False)
        # The legend is a list beside the plot: it never covers the curves, and long names wrap.
        self.legend = QListWidget()
        self.legend.setObjectName("plotLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.legend.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.legend.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.legend.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._size_legend()
        self.legend.hide()
        self.vline = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888", width=1))
        self.vline.setZValue(100)
        self.vline.hide()
        self.plot_item.addItem(self.vline, ignoreBounds=True)
        # Panning, zooming and resizing can need the curves decimated again.
        self.plot_item.vb.sigXRangeChanged.connect(self._view_changed)
        self.plot_item.vb.sigResized.connect(self._view_changed)
        self.readout = QLabel()
        self.readout.setObjectName("crosshairReadout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setMinimumHeight(text_lines(self.readout, 1.3))
        row.addWidget(self.plot_widget, 1)
        row.addWidget(self.legend)
        layout.addLayout(row, 1)
        layout.addWidget(self.readout)
        self._apply_colors()
        self._mouse_proxy = pg.SignalProxy(
            self.plot_widget.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved
        )
        self.refresh()  # the time axis is always set: never pyqtgraph's auto range of shown points

    # -- curves ------------------------------------------------------------------------------------
    def keys(self) -> list[str]:
        return list(self._items)

    def has_curve(self, key: str) -> bool:
        return key in self._items

    def curve(self, key: str) -> Any:
        return self._items[key]

    def set_curve(
        self,
        key: str,
        t: np.ndarray,
        v: np.ndarray,
        *,
        name: str | None = None,
        color: str | None = None,
        gap: float | None = None,
    ) -> None:
        """Create or update the curve ``key`` with the points (t, v) (Unix seconds, ascending; values).

        The arrays are kept, not copied (the crosshair reads them; unchanged buckets are reused):
        pass new arrays or a ring buffer's view, never samples rewritten in place. Where two
        samples are more than ``gap`` seconds apart the line is broken, not drawn as a ramp.
        """
        pg = pyqtgraph()
        # First: showing the legend resizes the plot, which redraws every curve, this one too.
        self._gaps[key] = gap
        self._data[key] = (t, v)
        item = self._items.get(key)
        if item is None:
            color = color or color_for(len(self._items))
            pen = pg.mkPen(self._curve_color(color), width=1)
            # A bare PlotCurveItem: the points come decimated, PlotDataItem's processing (clipping,
            # downsampling, bounds of every point) would only cost time.
            item = pg.PlotCurveItem(pen=pen, name=name or key, antialias=False, skipFiniteCheck=True)
            self.plot_item.addItem(item)
            self._items[key] = item
            self._decimators[key] = PeakDecimator()
            self._names[key] = name or key
            self._colors[key] = color
            self._legend_add(key)
        elif name and self._names.get(key) != name:
            self._names[key] = name
            self._legend_add(key)
        self._show(key, self._display_span())
        self._fit_y()

    def _show(self, key: str, span: DisplaySpan) -> None:
        """Hand pyqtgraph the decimated points of ``key``; NaN breaks the line (connect='finite')."""
        t, v = self._data[key]
        x, y = self._decimators[key](t, v, span)
        if self.y_scale != 1.0:
            y = y * self.y_scale
        gap = self._gaps.get(key)
        if gap:
            # Decimated points sit in the middle of their buckets: a gap is longer than two.
            x, y = break_gaps(x, y, max(gap, 2.5 * span.bucket))
        connect = "all" if np.isfinite(y).all() else "finite"
        self._items[key].setData(x, y, connect=connect, skipFiniteCheck=True)
        self._shown[key] = (x, y)
        self._extents[key] = extent(x, y, *self.x_range())

    def shown(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """The points pyqtgraph draws for ``key`` (decimated; :meth:`data` has all of them)."""
        return self._shown[key]

    def _fit_y(self) -> None:
        """Fit the value axis to the curves in view, moving it only when it must (steady_range)."""
        found = [e for e in self._extents.values() if e is not None]
        if self._fixed_y or not found:
            return
        lo, hi = self.plot_item.viewRange()[1]
        wanted = steady_range((lo, hi), min(e[0] for e in found), max(e[1] for e in found))
        if wanted is not None:
            self.plot_item.setYRange(*wanted, padding=0)

    def _columns(self) -> int:
        width = int(self.plot_item.vb.width())
        return width if width > 0 else DEFAULT_COLUMNS

    def _display_span(self, columns: int | None = None) -> DisplaySpan:
        """The span the curves are decimated for: planned again once the view leaves it."""
        x0, x1 = self.x_range()
        columns = columns or self._columns()
        if self._span is None or not self._span.covers(display_span(x0, x1, columns, margin=0.0)):
            self._span = display_span(x0, x1, columns)
        return self._span

    def _view_changed(self, *_args: object) -> None:
        """The time axis moved or the plot was resized: decimate again if the view left the
        span (or the pixel width changed), and refit the value axis to what is now in view."""
        span = self._span
        if span is not self._display_span():
            self._show_all()
        else:
            x0, x1 = self.x_range()
            for key, (x, y) in self._shown.items():
                self._extents[key] = extent(x, y, x0, x1)
        self._fit_y()

    def _show_all(self, columns: int | None = None) -> None:
        span = self._display_span(columns)
        for key in self._items:
            self._show(key, span)

    def remove_curve(self, key: str) -> None:
        item = self._items.pop(key, None)
        self._data.pop(key, None)
        self._decimators.pop(key, None)
        self._shown.pop(key, None)
        self._extents.pop(key, None)
        self._names.pop(key, None)
        self._gaps.pop(key, None)
        self._colors.pop(key, None)
        entry = self._legend_items.pop(key, None)
        if entry is not None:
            self.legend.takeItem(self.legend.row(entry))
            self.legend.setVisible(bool(self._legend_items))
        if item is not None:
            self.plot_item.removeItem(item)

    def retain(self, keys: set[str]) -> None:
        for key in [k for k in self._items if k not in keys]:
            self.remove_curve(key)

    def clear_curves(self) -> None:
        for key in list(self._items):
            self.remove_curve(key)

    def data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        return self._data[key]

    # -- legend and colours --------------------------------------------------------------------------
    def legend_entries(self) -> list[str]:
        return [self.legend.item(i).text().replace("\u200b", "") for i in range(self.legend.count())]

    def _legend_add(self, key: str) -> None:
        entry = self._legend_items.get(key)
        if entry is None:
            entry = self._legend_items[key] = QListWidgetItem()
            self.legend.addItem(entry)
            self.legend.show()
        name = self._names.get(key, key)
        # Metric names are long words: let them wrap after "_", "/", "," and "=" (zero-width space).
        entry.setText(_BREAKS.sub("\\g<0>\u200b", name))
        entry.setToolTip(name)
        swatch = QPixmap(self.legend.iconSize())
        swatch.fill(QColor(self._curve_color(self._colors.get(key, PALETTE[0]))))
        entry.setIcon(QIcon(swatch))

    def dark(self) -> bool:
        if self.scheme is not None:
            return self.scheme == "dark"
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def _curve_color(self, color: str) -> str:
        return _DARK_OF.get(color, color) if self.dark() else color

    def _apply_colors(self) -> None:
        """Axes, labels and curves in colours that read on the current background."""
        pg = pyqtgraph()
        color_axes(self.plot_item, self.dark())
        for key, item in self._items.items():
            item.setPen(pg.mkPen(self._curve_color(self._colors.get(key, PALETTE[0])), width=1))
        for key in self._legend_items:
            self._legend_add(key)

    def _size_legend(self) -> None:
        """The legend's width and colour swatches from its font: they grow with the text (a thin
        fixed swatch was hard to see on the dark background)."""
        metrics = self.legend.fontMetrics()
        self.legend.setFixedWidth(max(LEGEND_WIDTH, LEGEND_CHARS * metrics.averageCharWidth()))
        self.legend.setIconSize(QSize(metrics.height(), max(4, metrics.height() // 3)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.scheme is None:
            self._apply_colors()
        if event.type() == QEvent.Type.FontChange:
            self._size_legend()
            for key in self._legend_items:
                self._legend_add(key)
        super().changeEvent(event)

    # -- the time window ---------------------------------------------------------------------------
    def set_window(self, seconds: float) -> None:
        self.window_seconds = float(seconds)
        self.refresh()

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        if not paused:
            self.refresh()

    def set_end(self, end: float | None) -> None:
        """Show the window ending at ``end`` (Unix seconds) instead of now (None: now)."""
        self._end = end
        self.refresh(force=True)

    def refresh(self, now: float | None = None, *, force: bool = False) -> None:
        if self.paused and not force:
            return
        end = self._end if self._end is not None else (now if now is not None else time.time())
        self.plot_item.setXRange(end - self.window_seconds, end, padding=0)

    def x_range(self) -> tuple[float, float]:
        lo, hi = self.plot_item.viewRange()[0]
        return float(lo), float(hi)

    # -- crosshair -----------------------------------------------------------------------------------
    def values_at(self, x: float) -> list[tuple[str, float]]:
        """The value of each curve at time ``x`` (the nearest earlier point)."""
        out = []
        for key, (t, v) in self._data.items():
            if not len(t):
                continue
            k = int(np.searchsorted(t, x, side="right")) - 1
            if k < 0 or not np.isfinite(v[k]):
                continue
            gap = self._gaps.get(key)
            if gap and x - t[k] > gap:
                continue  # in a gap: no value there
            out.append((self._names.get(key, key), float(v[k]) * self.y_scale))
        return out

    def show_crosshair(self, x: float) -> str:
        self.vline.setPos(x)
        self.vline.show()
        when = local_text(datetime.fromtimestamp(x))
        parts = [f"{name}: {self.value_format(value)}" for name, value in self.values_at(x)]
        text = "   ".join([when, *parts])
        self.readout.setText(text)
        self.crosshairMoved.emit(x)
        return text

    def _mouse_moved(self, event: Any) -> None:
        pos = event[0]
        if not self.plot_item.sceneBoundingRect().contains(pos):
            return
        point = self.plot_item.vb.mapSceneToView(pos)
        self.show_crosshair(float(point.x()))

    def dispose(self) -> None:
        """Delete the panel and pyqtgraph's parentless menus (call it when the panel goes)."""
        self._mouse_proxy.disconnect()
        delete_orphans(self._orphans)
        self.deleteLater()

    # -- export ----------------------------------------------------------------------------------------
    def export_png(self, path: str, width: int = 1200) -> None:
        """The plot as a PNG (pyqtgraph's ImageExporter; its SVG exporter fails on Qt 6.12)."""
        pyqtgraph()
        from pyqtgraph.exporters import ImageExporter

        self._show_all(columns=width)  # decimated for the image's width
        # The side list is not part of the scene: the image carries a legend of its own.
        legend = self.plot_item.addLegend(
            offset=(10, 10), labelTextColor="#d8dde3" if self.dark() else "#333"
        )
        for key, item in self._items.items():
            legend.addItem(item, self._names.get(key, key))
        try:
            exporter = ImageExporter(self.plot_item)
            exporter.parameters()["width"] = width
            exporter.export(path)
        finally:
            self.plot_item.legend = None
            legend.scene().removeItem(legend) if legend.scene() is not None else None
        self._span = None
        self._show_all()
