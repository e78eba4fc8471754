"""A time-series plot: several curves, a time axis, a crosshair with values, pause, PNG export.

pyqtgraph is imported when the first panel is built (it costs about half a second), never at
start-up. Curves follow DESIGN.md: pen width 1, antialias off, ``skipFiniteCheck``, numpy arrays,
``clipToView`` and automatic peak downsampling (set after ``addItem``), so a curve of 86,400
points redraws in a few milliseconds.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QVBoxLayout, QWidget

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
    ) -> None:
        super().__init__(parent)
        pg = pyqtgraph()
        self.window_seconds = 300.0
        self.paused = False
        self.value_format = value_format or (lambda v: f"{v:.4g}")
        self._data: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._items: dict[str, Any] = {}
        self._names: dict[str, str] = {}
        self._end: float | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        before = {id(w) for w in QApplication.topLevelWidgets()}
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        # pyqtgraph builds its context menus as parentless QMenus that live until Python's cycle
        # collector runs: :meth:`dispose` deletes them with the panel. Only the menus: the other
        # new top-level widgets belong to C++ owners (a combo box's popup, a QWidgetAction's
        # default widget) that delete them themselves; deleting them here frees them twice.
        self._orphans = [
            w for w in QApplication.topLevelWidgets() if id(w) not in before and isinstance(w, QMenu)
        ]
        self.plot_widget.setObjectName("plotWidget")
        self.plot_item = self.plot_widget.getPlotItem()
        # No grid: its lines cost more to paint than eight downsampled curves.
        self.plot_item.setClipToView(True)
        self.plot_item.setMouseEnabled(x=True, y=False)
        self.plot_item.hideButtons()
        if y_label:
            self.plot_item.setLabel("left", y_label, units=y_units or None)
        if y_ticks:
            self.plot_item.getAxis("left").setTicks([list(y_ticks)])
            lo = min(v for v, _ in y_ticks)
            hi = max(v for v, _ in y_ticks)
            self.plot_item.setYRange(lo - 0.2, hi + 0.2, padding=0)
            self.plot_item.enableAutoRange(axis="y", enable=False)
        else:
            self.plot_item.enableAutoRange(axis="y", enable=True)
            self.plot_item.setAutoVisible(y=True)
        self.legend = self.plot_item.addLegend(offset=(10, 10))
        self.vline = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888", width=1))
        self.vline.setZValue(100)
        self.vline.hide()
        self.plot_item.addItem(self.vline, ignoreBounds=True)
        self.readout = QLabel()
        self.readout.setObjectName("crosshairReadout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setMinimumHeight(18)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.readout)
        self._mouse_proxy = pg.SignalProxy(
            self.plot_widget.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved
        )

    # -- curves ------------------------------------------------------------------------------------
    def keys(self) -> list[str]:
        return list(self._items)

    def has_curve(self, key: str) -> bool:
        return key in self._items

    def curve(self, key: str) -> Any:
        return self._items[key]

    def set_curve(
        self, key: str, t: np.ndarray, v: np.ndarray, *, name: str | None = None, color: str | None = None
    ) -> None:
        """Create or update the curve ``key`` with the points (t, v) (Unix seconds, values)."""
        pg = pyqtgraph()
        item = self._items.get(key)
        if item is None:
            pen = pg.mkPen(color or color_for(len(self._items)), width=1)
            item = pg.PlotDataItem(
                pen=pen,
                name=name or key,
                antialias=False,
                skipFiniteCheck=True,
                # About one point per pixel column (pyqtgraph's default keeps five).
                autoDownsampleFactor=1.0,
            )
            self.plot_item.addItem(item)
            item.setClipToView(True)
            item.setDownsampling(auto=True, method="peak")
            self._items[key] = item
            self._names[key] = name or key
        elif name and self._names.get(key) != name:
            self._names[key] = name
            self.legend.removeItem(item)
            self.legend.addItem(item, name)
        self._data[key] = (t, v)
        item.setData(t, v, skipFiniteCheck=True)

    def remove_curve(self, key: str) -> None:
        item = self._items.pop(key, None)
        self._data.pop(key, None)
        self._names.pop(key, None)
        if item is not None:
            self.legend.removeItem(item)
            self.plot_item.removeItem(item)

    def retain(self, keys: set[str]) -> None:
        for key in [k for k in self._items if k not in keys]:
            self.remove_curve(key)

    def clear_curves(self) -> None:
        for key in list(self._items):
            self.remove_curve(key)

    def data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        return self._data[key]

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
            if k < 0:
                continue
            out.append((self._names.get(key, key), float(v[k])))
        return out

    def show_crosshair(self, x: float) -> str:
        self.vline.setPos(x)
        self.vline.show()
        when = datetime.fromtimestamp(x).strftime("%Y-%m-%d %H:%M:%S")
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
        for widget in self._orphans:
            with contextlib.suppress(RuntimeError):  # already deleted
                widget.deleteLater()
        self._orphans = []
        self.deleteLater()

    # -- export ----------------------------------------------------------------------------------------
    def export_png(self, path: str, width: int = 1200) -> None:
        """The plot as a PNG (pyqtgraph's ImageExporter; its SVG exporter fails on Qt 6.12)."""
        pyqtgraph()
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.plot_item)
        exporter.parameters()["width"] = width
        exporter.export(path)
