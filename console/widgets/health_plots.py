"""The health page's plots area: the tabs of latency, status, chosen metrics and the checks of one
target, and the plots of a health report. pyqtgraph is imported when the plots are built (the
page's first load), never at import."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.health.parsing import STATUS_VALUES, STATUSES
from console.models.health import status_name
from console.widgets.health_targets import ChecksTable

if TYPE_CHECKING:
    from console.widgets.plot_panel import PlotPanel


class PlotTabs(QTabWidget):
    """A placeholder until :meth:`build_plots`, then the plots' tabs and the checks' tab."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("healthTabs")
        self.plot_placeholder = QLabel(self.tr("Loading the plots…"))
        self.addTab(self.plot_placeholder, self.tr("Latency"))
        # Parented (hidden) until the plots load and it joins the tabs: never a top-level window.
        self.checks_table = ChecksTable(self)
        self.latency_panel: PlotPanel | None = None
        self.status_panel: PlotPanel | None = None
        self.metric_panel: PlotPanel | None = None

    # -- the plots ---------------------------------------------------------------------------------
    def build_plots(self, *, offline: bool, window_seconds: float) -> None:
        """The plots in place of the placeholder (pyqtgraph loaded)."""
        from console.widgets.plot_panel import PlotPanel

        self.latency_panel = PlotPanel(y_label=self.tr("Latency"), y_units="ms", y_scale=1000.0)
        self.latency_panel.setObjectName("latencyPlot")
        self.status_panel = PlotPanel(
            y_ticks=status_ticks(), value_format=lambda v: status_name(STATUSES[min(3, max(0, round(v)))])
        )
        self.status_panel.setObjectName("statusPlot")
        metric_box = self._build_metrics(offline)
        self.removeTab(0)
        self.plot_placeholder.deleteLater()
        self.addTab(self.latency_panel, self.tr("Latency"))
        self.addTab(self.status_panel, self.tr("Status"))
        self.addTab(metric_box, self.tr("Metrics"))
        self.addTab(self.checks_table, self.tr("Checks"))
        for panel in self.panels():
            panel.window_seconds = window_seconds

    def _build_metrics(self, offline: bool) -> QWidget:
        """The Metrics tab: a metric (or PromQL) chooser over its plot. The page connects the
        buttons."""
        from console.widgets.plot_panel import PlotPanel

        box = QWidget()
        layout = QVBoxLayout(box)
        chooser = QHBoxLayout()
        self.metric_combo = QComboBox()
        self.metric_combo.setObjectName("metricChooser")
        self.metric_combo.setMinimumWidth(260)
        self.metric_combo.setEditable(True)
        self.metric_combo.lineEdit().setPlaceholderText(
            self.tr("metric name, or PromQL for a Prometheus server")
        )
        self.metric_list_button = QPushButton(self.tr("List metrics"))
        self.metric_list_button.setObjectName("metricList")
        self.metric_add_button = QPushButton(self.tr("Plot"))
        self.metric_add_button.setObjectName("metricPlot")
        self.metric_clear_button = QPushButton(self.tr("Clear"))
        self.metric_clear_button.setObjectName("metricClear")
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

    def show_metric_families(self, families: list[tuple[str, str, str]]) -> None:
        """The metrics of an endpoint in the chooser, each with its kind and help as tooltip."""
        self.metric_combo.clear()
        for name, kind, help_text in families:
            self.metric_combo.addItem(f"{name}", name)
            self.metric_combo.setItemData(
                self.metric_combo.count() - 1, f"{kind}: {help_text}", Qt.ItemDataRole.ToolTipRole
            )

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
    from console.widgets.plot_panel import PlotPanel, color_for

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
