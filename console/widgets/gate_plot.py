"""A rollout gate's values, plotted: what decided (or would decide) whether the next wave goes.

* ``prom:`` gates: each changed platform's value, sorted, against the gate's threshold (a dashed
  line); the platforms that do not satisfy it in red. Sorted values are monotonic, so 100,000
  platforms are drawn from at most a few thousand of them without losing a step (a monotonic
  sequence's minimum and maximum over any span are its ends).
* ``compare:`` gates: the two distributions, the changed platforms' against the unchanged
  targets', as histograms of each group's share (the groups differ in size by orders of
  magnitude), with each median as a dashed line.
* Anything else (a ``ready:`` gate, no values, Prometheus unreachable): a sentence in the plot area.

pyqtgraph is imported when the first plot is drawn, never at import. Pen width 1, antialias off,
no auto range (docs/architecture.md, Pitfalls). The widget shows what it is given; the page asks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from console.locale_text import counted, digits
from console.widgets._text import text_lines
from console.widgets.page_parts import wrapped_label
from console.widgets.plot_panel import (
    DARK_PALETTE,
    PALETTE,
    bare_plot_widget,
    color_axes,
    delete_orphans,
    locale_axes,
    pyqtgraph,
)

MAX_DRAWN = 4000  # points handed to pyqtgraph for the sorted values
MAX_SYMBOLS = 300  # platforms drawn as dots too (one can be pointed at)
MAX_BINS = 60
OPERATORS = {"<": np.less, "<=": np.less_equal, ">": np.greater, ">=": np.greater_equal}
PASS, FAIL, CHANGED, UNCHANGED = 0, 1, 3, 0  # PALETTE indexes: blue, red, orange, blue


def number_text(value: float) -> str:
    return digits(f"{value:.4g}")


def monotonic_sample(n: int, limit: int = MAX_DRAWN) -> np.ndarray:
    """Indexes of at most ``limit`` points of a sorted sequence of ``n``, its ends included."""
    if n <= limit:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, limit).round().astype(np.int64))


class GatePlot(QWidget):
    """One gate's values (see the module docstring); :meth:`show_message` when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gatePlot")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = wrapped_label("gateNote")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note)
        self.stack = QStackedWidget()
        self.message = wrapped_label("gateMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: palette(placeholder-text); padding: 12px;")
        self.stack.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        self.readout = QLabel()
        self.readout.setObjectName("gateReadout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setMinimumHeight(text_lines(self.readout, 1.3))
        layout.addWidget(self.readout)
        self.plot_widget: Any = None
        self.plot_item: Any = None
        self._orphans: list[Any] = []
        self._proxy: Any = None
        self.kind = ""  # "threshold", "distributions" or "" (a message)
        self.codes: list[str] = []  # threshold plot: the platforms, in the order drawn
        self.values = np.empty(0)
        self.failing: list[str] = []
        self.groups: dict[str, np.ndarray] = {}
        self.show_message("")

    # -- the plot --------------------------------------------------------------------------------------
    def _plot(self) -> Any:
        """The pyqtgraph plot, built on first use, emptied for a new drawing."""
        pg = pyqtgraph()
        if self.plot_widget is None:
            _time_axis, value_axis = locale_axes(pg)
            self.plot_widget, self._orphans = bare_plot_widget(
                {"left": value_axis(orientation="left"), "bottom": value_axis(orientation="bottom")}
            )
            self.plot_widget.setObjectName("gatePlotWidget")
            self.plot_item = self.plot_widget.getPlotItem()
            self.plot_item.setMouseEnabled(x=False, y=False)
            for name in ("left", "bottom"):  # one unit: no "x0.001" prefixes
                self.plot_item.getAxis(name).enableAutoSIPrefix(False)
            self.plot_item.enableAutoRange(enable=False)
            self.stack.addWidget(self.plot_widget)
            self._proxy = pg.SignalProxy(
                self.plot_widget.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved
            )
        self.plot_item.clear()
        color_axes(self.plot_item, self.dark())
        self.stack.setCurrentWidget(self.plot_widget)
        self.readout.clear()
        return self.plot_item

    def dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def color(self, index: int) -> str:
        return (DARK_PALETTE if self.dark() else PALETTE)[index]

    def show_message(self, text: str, note: str = "") -> None:
        """No plot: ``text`` in the plot area (and ``note`` above it)."""
        self.kind = ""
        self.codes, self.values, self.failing, self.groups = [], np.empty(0), [], {}
        self.message.setText(text)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.stack.setCurrentWidget(self.message)
        self.readout.clear()

    def show_threshold(
        self, values: Mapping[str, float | None], op: str, threshold: float, note: str = ""
    ) -> None:
        """Each platform's value, sorted, against ``op threshold``; those failing it in red."""
        pg = pyqtgraph()
        # 100,000 platforms within a frame or two: the sorting and the tests in numpy.
        raw = np.fromiter((np.nan if v is None else v for v in values.values()), np.float64, len(values))
        keep = np.flatnonzero(np.isfinite(raw))
        if not len(keep):
            self.show_message(self.tr("No changed platform has a value for this gate yet."), note)
            return
        order = keep[np.argsort(raw[keep], kind="stable")]
        every = list(values)
        codes = [every[i] for i in order.tolist()]
        y = raw[order]
        passing = OPERATORS[op](y, threshold)
        plot = self._plot()
        self.kind, self.codes, self.values = "threshold", codes, y
        self.failing = [codes[i] for i in np.flatnonzero(~passing).tolist()]
        x = np.arange(len(y), dtype=np.float64)
        for mask, tone in ((passing, PASS), (~passing, FAIL)):
            where = np.flatnonzero(mask)
            if not len(where):
                continue
            # The passing (or failing) platforms are one run of the sorted values: drawn as a line.
            pick = where[monotonic_sample(len(where))]
            pen = pg.mkPen(self.color(tone), width=1)
            plot.addItem(pg.PlotCurveItem(x[pick], y[pick], pen=pen, antialias=False, skipFiniteCheck=True))
            if len(y) <= MAX_SYMBOLS:
                brush = pg.mkBrush(self.color(tone))
                dots = pg.ScatterPlotItem(x[where], y[where], size=6, pen=None, brush=brush, antialias=False)
                plot.addItem(dots)
        line = pg.InfiniteLine(
            pos=threshold,
            angle=0,
            movable=False,
            pen=pg.mkPen(self.color(FAIL), width=1, style=Qt.PenStyle.DashLine),
            label=self.tr("threshold {condition}").format(condition=f"{op} {number_text(threshold)}"),
            labelOpts={"position": 0.05, "color": self.color(FAIL), "anchors": [(0, 1), (0, 1)]},
        )
        plot.addItem(line, ignoreBounds=True)
        lo, hi = float(min(y.min(), threshold)), float(max(y.max(), threshold))
        pad = (hi - lo) * 0.12 or abs(hi) * 0.1 or 1.0
        plot.setYRange(lo - pad, hi + pad, padding=0)
        plot.setXRange(-0.5, len(y) - 0.5 if len(y) > 1 else 0.5, padding=0.02)
        plot.setLabel("left", self.tr("value"))
        plot.setLabel("bottom", self.tr("changed platforms, sorted by value"))
        plot.getAxis("bottom").setStyle(showValues=False)  # a rank says nothing: point at a dot
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def show_distributions(
        self, changed: Sequence[float | None], unchanged: Sequence[float | None], note: str = ""
    ) -> None:
        """The changed platforms' values against the unchanged targets', as two histograms."""
        pg = pyqtgraph()
        groups = {
            "changed": _finite(changed),
            "unchanged": _finite(unchanged),
        }
        if not len(groups["changed"]) and not len(groups["unchanged"]):
            self.show_message(self.tr("No platform has a value for this gate yet."), note)
            return
        plot = self._plot()
        self.kind, self.groups = "distributions", groups
        both = np.concatenate([g for g in groups.values() if len(g)])
        edges = np.histogram_bin_edges(both, bins="auto")
        if len(edges) > MAX_BINS + 1:
            edges = np.linspace(both.min(), both.max(), MAX_BINS + 1)
        if len(edges) < 2 or edges[0] == edges[-1]:
            edges = np.array([both.min() - 0.5, both.max() + 0.5])
        top = 0.0
        for key, tone in (("unchanged", UNCHANGED), ("changed", CHANGED)):
            values = groups[key]
            if not len(values):
                continue
            counts, _ = np.histogram(values, bins=edges)
            share = counts / len(values)
            top = max(top, float(share.max()))
            color = pg.mkColor(self.color(tone))
            fill = pg.mkColor(self.color(tone))
            fill.setAlpha(70)
            plot.addItem(
                pg.PlotCurveItem(
                    edges, share, stepMode="center", fillLevel=0, brush=fill, pen=pg.mkPen(color, width=1)
                )
            )
            median = float(np.median(values))
            plot.addItem(
                pg.InfiniteLine(
                    pos=median,
                    angle=90,
                    movable=False,
                    pen=pg.mkPen(color, width=1, style=Qt.PenStyle.DashLine),
                ),
                ignoreBounds=True,
            )
        plot.setXRange(float(edges[0]), float(edges[-1]), padding=0.03)
        plot.setYRange(0, top * 1.1 or 1.0, padding=0)
        plot.getAxis("bottom").setStyle(showValues=True)
        plot.setLabel("left", self.tr("share of the platforms"))
        plot.setLabel("bottom", self.tr("value"))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.readout.setText(self.legend_text())

    def legend_text(self) -> str:
        """Which colour is which group, with its size and median (rich text)."""
        parts = []
        for key, tone in (("changed", CHANGED), ("unchanged", UNCHANGED)):
            values = self.groups.get(key, np.empty(0))
            n = len(values)
            if key == "changed":
                label = counted(self.tr("changed: %Ln platform(s)", "", n), n)
            else:
                label = counted(self.tr("not changed yet: %Ln platform(s)", "", n), n)
            if n:
                label += ", " + self.tr("median {value}").format(value=number_text(float(np.median(values))))
            parts.append(f'<span style="color:{self.color(tone)}">■</span> {label}')
        return "&nbsp;&nbsp;&nbsp;".join(parts)

    # -- pointing at a platform ---------------------------------------------------------------------
    def point_at(self, x: float) -> str:
        """The platform nearest to ``x`` on a threshold plot, with its value ("" elsewhere)."""
        if self.kind != "threshold" or not self.codes:
            return ""
        i = int(min(len(self.codes) - 1, max(0, round(x))))
        code = self.codes[i]
        text = f"{code}: {number_text(float(self.values[i]))}"
        if code in self.failing:
            text += " " + self.tr("(fails the gate)")
        self.readout.setText(text)
        return text

    def _mouse_moved(self, event: Any) -> None:
        pos = event[0]
        if self.plot_item is None or not self.plot_item.sceneBoundingRect().contains(pos):
            return
        self.point_at(float(self.plot_item.vb.mapSceneToView(pos).x()))

    def dispose(self) -> None:
        """Delete pyqtgraph's parentless menus with the plot (call it when the widget goes)."""
        if self._proxy is not None:
            self._proxy.disconnect()
            self._proxy = None
        delete_orphans(self._orphans)


def _finite(values: Sequence[float | None]) -> np.ndarray:
    out = np.fromiter((v for v in values if v is not None), dtype=np.float64)
    return out[np.isfinite(out)]
