"""The health page's plots area: the tabs of latency, status, chosen metrics and the checks of one
target, what the plots draw (the window, pause, the long-range data loaded off the GUI thread), and
the plots of a health report. pyqtgraph is imported when the plots are built (the page's first
load), never at import."""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.asyncutil import run_sync, spawn
from console.health.labels import short_labels
from console.health.parsing import STATUS_VALUES, STATUSES
from console.health.plotdata import (
    MAX_PLOTTED,
    RAW_WINDOW,
    WINDOWS,
    Series,
    gap_seconds,
    metric_series_keys,
    prometheus_ranges,
    read_rollups,
    stitch,
)
from console.health.ringbuffer import SeriesStore, series_key
from console.health.targets import TargetKind, TargetSpec
from console.locale_text import counted
from console.models.health import TargetsModel, status_name
from console.widgets._text import chars
from console.widgets.health_targets import ChecksTable, named_button
from console.widgets.plot_panel import PlotPanel, color_for

if TYPE_CHECKING:
    from console.health.pollclient import PollClient


class PlotTabs(QTabWidget):
    """A placeholder until :meth:`build_plots`, then the plots' tabs and the checks' tab.

    The curves are the ring buffers of ``series`` (the last hour) joined to the long-range data
    (per-minute rollups of the history file, ranges from Prometheus servers) of the targets that
    ``plotted()`` names; ``specs`` and ``targets`` give their names and intervals.
    """

    def __init__(
        self,
        *,
        series: SeriesStore,
        specs: dict[str, TargetSpec],
        targets: TargetsModel,
        plotted: Callable[[], list[str]],
        engine: Callable[[], PollClient | None],
        history_path: Path,
        offline: bool,
    ) -> None:
        super().__init__()
        self.series, self.specs, self.targets = series, specs, targets
        self.plotted, self.engine = plotted, engine
        self.history_path, self.offline = history_path, offline
        self.window_seconds = WINDOWS[0]
        self.paused = False
        self.dirty = False
        self.long: dict[str, Series] = {}  # rollups / Prometheus ranges per key
        self.long_loaded_at = 0.0
        self.long_task: asyncio.Task[None] | None = None
        self.setObjectName("healthTabs")
        self.plot_placeholder = QLabel(self.tr("Loading the plots…"))
        self.addTab(self.plot_placeholder, self.tr("Latency"))
        # Parented (hidden) until the plots load and it joins the tabs: never a top-level window.
        self.checks_table = ChecksTable(self)
        self.latency_panel: PlotPanel | None = None
        self.status_panel: PlotPanel | None = None
        self.metric_panel: PlotPanel | None = None

    # -- the plots ---------------------------------------------------------------------------------
    def build_plots(self) -> None:
        """The plots in place of the placeholder (pyqtgraph loaded)."""
        self.latency_panel = PlotPanel(y_label=self.tr("Latency"), y_units="ms", y_scale=1000.0)
        self.latency_panel.setObjectName("latencyPlot")
        self.status_panel = PlotPanel(
            y_ticks=status_ticks(), value_format=lambda v: status_name(STATUSES[min(3, max(0, round(v)))])
        )
        self.status_panel.setObjectName("statusPlot")
        metric_box = self._build_metrics(self.offline)
        self.removeTab(0)
        self.plot_placeholder.deleteLater()
        self.addTab(self.latency_panel, self.tr("Latency"))
        self.addTab(self.status_panel, self.tr("Status"))
        self.addTab(metric_box, self.tr("Metrics"))
        self.addTab(self.checks_table, self.tr("Checks"))
        for panel in self.panels():
            panel.window_seconds = self.window_seconds

    def _build_metrics(self, offline: bool) -> QWidget:
        """The Metrics tab: a metric (or PromQL) chooser over its plot. The page connects the
        buttons."""
        box = QWidget()
        layout = QVBoxLayout(box)
        chooser = QHBoxLayout()
        self.metric_combo = QComboBox()
        self.metric_combo.setObjectName("metricChooser")
        self.metric_combo.setAccessibleName(self.tr("Metric"))
        self.metric_combo.setMinimumWidth(chars(self.metric_combo, 32))
        self.metric_combo.setEditable(True)
        self.metric_combo.lineEdit().setPlaceholderText(
            self.tr("metric name, or PromQL for a Prometheus server")
        )
        self.metric_list_button = named_button(self.tr("List metrics"), "metricList")
        self.metric_add_button = named_button(self.tr("Plot"), "metricPlot")
        self.metric_clear_button = named_button(self.tr("Clear"), "metricClear")
        chooser.addWidget(self.metric_combo, 1)
        for button in (self.metric_list_button, self.metric_add_button, self.metric_clear_button):
            chooser.addWidget(button)
            button.setEnabled(not offline)
        self.metric_panel = PlotPanel()
        self.metric_panel.setObjectName("metricPlot")
        self.metric_status = QLabel()
        self.metric_status.setObjectName("metricStatus")
        layout.addLayout(chooser)
        layout.addWidget(self.metric_status)
        layout.addWidget(self.metric_panel, 1)
        return box

    def panels(self) -> list[PlotPanel]:
        return [p for p in (self.latency_panel, self.status_panel, self.metric_panel) if p is not None]

    async def list_metrics(self, spec: TargetSpec | None) -> list[tuple[str, str, str]]:
        """The metrics of an endpoint (asked of the poller) in the chooser, each with its kind and
        help as tooltip."""
        engine = self.engine()
        if spec is None or engine is None:
            self.metric_status.setText(self.tr("Select an endpoint first."))
            return []
        if spec.kind is TargetKind.PROMETHEUS:
            self.metric_status.setText(self.tr("Type a PromQL expression for {name}.").format(name=spec.name))
            return []
        try:
            families = await asyncio.wrap_future(engine.call("metric_families", spec))
        except Exception as exc:
            self.metric_status.setText(
                self.tr("{name}: cannot list metrics: {error}").format(name=spec.name, error=exc)
            )
            return []
        self.metric_combo.clear()
        for name, kind, help_text in families:
            self.metric_combo.addItem(f"{name}", name)
            self.metric_combo.setItemData(
                self.metric_combo.count() - 1, f"{kind}: {help_text}", Qt.ItemDataRole.ToolTipRole
            )
        self.metric_status.setText(
            counted(
                self.tr(
                    "%Ln metric(s) on {name}: counters are plotted as rates, histograms as quantiles.",
                    "",
                    len(families),
                ),
                len(families),
            ).format(name=spec.name)
        )
        return families

    # -- drawing -----------------------------------------------------------------------------------
    def redraw(self, *, all_panels: bool = False) -> None:
        """Update the curves of the visible plot (every plot with ``all_panels``)."""
        if self.latency_panel is None or self.status_panel is None or self.metric_panel is None:
            return
        now = time.time()
        since = now - self.window_seconds
        current = self.currentWidget()
        # The time axis first: moving it after new data would downsample every curve twice. Hidden
        # panels catch up when their tab is shown.
        for panel in self.panels():
            if all_panels or panel is current or panel.parentWidget() is current:
                panel.refresh(now)
        ids = self.plotted()
        for panel, series in ((self.latency_panel, "latency"), (self.status_panel, "status")):
            if not (all_panels or panel is current):
                continue
            keys = set()
            for i, tid in enumerate(ids):
                row = self.targets.get(tid)
                key = series_key(tid, series)
                t, v = self._curve_data(key, since)
                name = self.targets.shown_name(row) if row else tid
                panel.set_curve(key, t, v, name=name, color=color_for(i), gap=self._gap(tid))
                keys.add(key)
            panel.retain(keys)
        if all_panels or self.metric_panel.parentWidget() is current:
            metric_keys = self.metric_keys()[: MAX_PLOTTED * 2]
            labels = self._metric_labels(metric_keys)
            for i, key in enumerate(metric_keys):
                tid = key.split("|", 1)[0]
                t, v = self._curve_data(key, since)
                self.metric_panel.set_curve(
                    key, t, v, name=labels[key], color=color_for(i), gap=self._gap(tid)
                )
            self.metric_panel.retain(set(metric_keys))
        self.dirty = False

    def _curve_data(self, key: str, since: float) -> Series:
        buf = self.series.get(key)
        recent = buf.since(since) if buf is not None else (np.empty(0), np.empty(0))
        return stitch(recent, self.long.get(key), since)

    def _gap(self, target_id: str) -> float:
        """Seconds without a sample after which a target's lines break: three missed polls."""
        spec = self.specs.get(target_id)
        if spec is None and (row := self.targets.get(target_id)) is not None:
            spec = self.specs.get(row.parent)  # a Prometheus instance: its server's interval
        return gap_seconds(spec)

    def _metric_labels(self, keys: list[str]) -> dict[str, str]:
        series = []
        for key in keys:
            tid, name = key.split("|", 1)
            row = self.targets.get(tid)
            series.append((key, row.name if row else tid, name))
        return short_labels(series)

    def metric_keys(self) -> list[str]:
        """Series of the chosen metrics (of every target) that have data."""
        return metric_series_keys(self.specs.values(), [*self.series, *self.long])

    def tick(self) -> None:
        """Once a second: the long-range data of a long window once a minute, and the curves."""
        if self.window_seconds > RAW_WINDOW and time.time() - self.long_loaded_at > 60:
            self.load_long()
        if self.dirty or not self.paused:
            self.redraw()

    def set_window(self, seconds: float) -> None:
        self.window_seconds = float(seconds)
        for panel in self.panels():
            panel.window_seconds = self.window_seconds

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        for panel in self.panels():
            panel.set_paused(paused)
        if not paused:
            self.redraw()

    # -- long windows ------------------------------------------------------------------------------
    def reload_long(self) -> None:
        self.long = {}
        self.load_long()
        self.redraw()

    def load_long(self) -> None:
        """Long windows: per-minute rollups from the history file and ranges from Prometheus."""
        if self.long_task is not None and not self.long_task.done():
            return
        self.long_loaded_at = time.time()
        self.long_task = spawn(self._fetch_long(), self)

    async def _fetch_long(self) -> None:
        since = time.time() - max(self.window_seconds, RAW_WINDOW)
        ids = self.plotted()
        names = ["latency", "status"]
        loaded: dict[str, Series] = {}
        if self.window_seconds > RAW_WINDOW:
            keys = [(tid, n) for tid in ids for n in names] + [
                tuple(k.split("|", 1)) for k in self.metric_keys()
            ]
            loaded.update(await run_sync(read_rollups, self.history_path, keys, since))
        engine = self.engine()
        if engine is not None and not self.offline:
            for spec in self.specs.values():
                if spec.kind is TargetKind.PROMETHEUS:
                    loaded.update(await prometheus_ranges(engine, spec, since, time.time()))
        self.long = loaded
        self.dirty = True
        self.redraw()

    def dispose(self) -> None:
        try:
            for panel in self.panels():
                panel.dispose()
        finally:
            self.latency_panel = self.status_panel = self.metric_panel = None

    # -- the checks --------------------------------------------------------------------------------
    def checks_shown(self) -> bool:
        return self.currentWidget() is self.checks_table

    def show_checks(self, checks: list[dict[str, Any]]) -> None:
        self.checks_table.show_checks(checks)


def status_ticks() -> list[tuple[float, str]]:
    return [(STATUS_VALUES[s], status_name(s)) for s in STATUSES]


def report_images(data: Any, since: float, until: float, latency_label: str) -> dict[str, bytes]:
    """The latency and status plots of a health report's data, as PNG (the report is a light page)."""
    images: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="health-report-") as tmp:
        for key, series, kw in (
            ("latency", data.latency, {"y_label": latency_label, "y_units": "ms", "y_scale": 1000.0}),
            ("status", data.status, {"y_ticks": status_ticks()}),
        ):
            panel = PlotPanel(**kw, scheme="light")
            panel.resize(1100, 380)
            panel.window_seconds = max(60.0, until - since)
            for i, (name, t, v) in enumerate(series):
                gap = max(60.0, (until - since) / 300)
                panel.set_curve(f"{key}{i}", t, v, name=name, color=color_for(i), gap=gap)
            panel.set_end(until)
            png = Path(tmp) / f"{key}.png"
            panel.export_png(str(png), width=1100)
            images[key] = png.read_bytes()
            panel.dispose()
    return images
