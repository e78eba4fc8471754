"""The health page's plots and table as a person reads them: lines break at gaps, one unit per
axis, a legend beside the plot with distinct labels, the first window shows the history, the
reason of an unreachable endpoint in full, and colours that read in the dark theme."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import pytest_asyncio
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from console.health.history import HistoryStore, Sample
from console.health.labels import short_labels
from console.health.targets import TargetKind, TargetSpec
from console.models.health import TargetsModel
from console.pages.health import HealthPage
from console.widgets.plot_panel import PlotPanel
from tests.gui.health_fixtures import health_pages  # noqa: F401 (fixture)
from tests.gui.helpers import wait_until
from tests.health_helpers import free_port

NOW = 1_760_000_000.0


# -- the panel -------------------------------------------------------------------------------------
@pytest.fixture
def panel(qapp: QApplication) -> Iterator[PlotPanel]:
    widget = PlotPanel(y_label="Latency", y_units="ms", y_scale=1000.0)
    widget.resize(900, 400)
    widget.show()
    qapp.processEvents()
    yield widget
    widget.dispose()


def _nan_runs(y: np.ndarray) -> int:
    nan = np.isnan(y)
    return int(np.count_nonzero(nan[1:] & ~nan[:-1]) + (1 if len(nan) and nan[0] else 0))


def test_a_hole_in_the_samples_breaks_the_line_instead_of_a_ramp(panel: PlotPanel) -> None:
    t = np.concatenate([NOW - 3600 + np.arange(0, 1200, 10.0), NOW - 1200 + np.arange(0, 1200, 10.0)])
    v = np.full(len(t), 0.02)
    panel.set_window(3600)
    panel.set_end(NOW)
    panel.set_curve("a", t, v, name="a", gap=60.0)
    x, y = panel.shown("a")
    assert _nan_runs(y) == 1  # exactly one break, inside the hole
    k = int(np.flatnonzero(np.isnan(y))[0])
    assert NOW - 2400 <= x[k] <= NOW - 1200
    assert panel.curve("a").opts["connect"] == "finite"
    # The crosshair has no value inside the hole.
    assert panel.values_at(NOW - 1800) == []
    assert panel.values_at(NOW - 1190) == [("a", pytest.approx(20.0))]


def test_the_latency_axis_keeps_one_unit(panel: PlotPanel) -> None:
    axis = panel.plot_item.getAxis("left")
    t = NOW - 100 + np.arange(100.0)
    panel.set_end(NOW)
    for seconds in (0.002, 3.5, 0.0004):
        panel.set_curve("a", t, np.full(100, seconds), name="a")
        panel._view_changed()
        assert "(ms)" in axis.labelString()
        assert axis.autoSIPrefixScale == 1.0
        lo, hi = panel.plot_item.viewRange()[1]
        assert lo <= seconds * 1000 <= hi  # drawn in milliseconds
    assert panel.show_crosshair(NOW - 1).endswith("a: 0.4 ms")


def test_the_legend_is_beside_the_plot_with_every_label_whole(panel: PlotPanel, qapp: QApplication) -> None:
    t = NOW - 100 + np.arange(100.0)
    names = [f"platform_http_requests route=/health/r{i} status=200 rate" for i in range(8)]
    for i, name in enumerate(names):
        panel.set_curve(f"k{i}", t, np.full(100, float(i)), name=name)
    qapp.processEvents()
    assert panel.legend_entries() == names
    assert not panel.legend.geometry().intersects(panel.plot_widget.geometry())
    assert panel.legend.isVisible() and panel.legend.wordWrap()
    for i in range(panel.legend.count()):  # each entry wraps within the list: nothing cut
        rect = panel.legend.visualItemRect(panel.legend.item(i))
        assert rect.width() <= panel.legend.viewport().width()
    panel.remove_curve("k0")
    assert len(panel.legend_entries()) == 7


def test_metric_labels_tell_the_series_apart() -> None:
    series = [
        (f"k{i}", "shop", f'metric:platform_http_requests{{method="GET",route="/r{i}",status="200"}} rate')
        for i in range(8)
    ]
    labels = short_labels(series)
    assert len(set(labels.values())) == 8
    assert labels["k3"] == "platform_http_requests route=/r3 rate"
    two = short_labels([("a", "shop", "metric:up"), ("b", "payments", "metric:up")])
    assert two == {"a": "shop: up", "b": "payments: up"}


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        parts = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            parts.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    from console.widgets.theme import apply_theme

    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp, "dark")
    try:
        yield
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def test_dark_theme_axes_legend_and_status_cells_read(dark: None, qapp: QApplication) -> None:
    widget = PlotPanel(y_label="Latency", y_units="ms")
    widget.resize(600, 300)
    widget.show()
    qapp.processEvents()
    try:
        background = qapp.palette().color(QPalette.ColorRole.Window)
        axis = widget.plot_item.getAxis("left")
        assert _contrast(axis.textPen().color(), background) >= 4.5
        widget.set_curve("a", np.array([NOW - 1, NOW]), np.array([1.0, 2.0]), name="local checks")
        legend_text = widget.legend.palette().color(QPalette.ColorRole.Text)
        legend_base = widget.legend.palette().color(QPalette.ColorRole.Base)
        assert _contrast(legend_text, legend_base) >= 4.5
        pen = widget.curve("a").opts["pen"].color()
        assert _contrast(pen, background) >= 3.0
    finally:
        widget.dispose()
    model = TargetsModel()
    from console.models.health import TargetRow

    for status in ("healthy", "degraded", "unhealthy", "unknown"):
        model.set_rows([TargetRow("t", "t", "endpoint", status=status)])
        index = model.index(0, TargetsModel.STATUS)
        bg = model.data(index, 8).color()  # BackgroundRole
        fg = model.data(index, 9).color()  # ForegroundRole
        assert bg.lightness() < 110, status  # a dark cell on a dark window, not a glaring one
        assert _contrast(fg, bg) >= 4.5, status


# -- the page ----------------------------------------------------------------------------------------
@pytest_asyncio.fixture
async def make_page(
    health_pages: Any,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> AsyncIterator[Callable[..., Any]]:
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    async def make(**kw: Any) -> HealthPage:
        kw.setdefault("history_path", tmp_path / "history.sqlite3")
        kw.setdefault("local_database_url", f"sqlite:///{tmp_path / 'no-such.db'}")
        return await health_pages(
            None, offline=False, qsettings=qs, local_interval=1.0, notifications=False, **kw
        )

    yield make


def _history(path: Path, newest_age: float, span: float = 1800.0) -> None:
    now = time.time()
    store = HistoryStore(path)
    first = now - newest_age - span
    store.write([Sample("local", first + i * 10, "healthy", 0.01) for i in range(int(span // 10) + 1)])
    store.close()


@pytest.mark.asyncio
@pytest.mark.parametrize(("age", "window"), [(60.0, 300.0), (40 * 60.0, 3600.0), (3 * 3600.0, 86400.0)])
async def test_the_first_window_shows_the_history_there_is(
    make_page: Any, tmp_path: Path, age: float, window: float
) -> None:
    _history(tmp_path / "history.sqlite3", age)
    page = await make_page()
    assert page.window_seconds == window
    assert page.window_combo.currentData() == window
    key = "local|latency"
    await wait_until(lambda: page.latency_panel.has_curve(key))
    if window <= 3600:
        x, y = page.latency_panel.shown(key)
        lo, _hi = page.latency_panel.x_range()
        old = x[(x < time.time() - age + 1) & np.isfinite(y)]
        assert len(old) and old.min() >= lo  # the history is in view, not only the new samples


@pytest.mark.asyncio
async def test_an_unreachable_endpoint_says_why_in_the_table_and_the_detail_view(make_page: Any) -> None:
    page = await make_page()
    spec = page.add_spec(
        TargetSpec(
            "down", "payments-api", TargetKind.ENDPOINT, url=f"http://127.0.0.1:{free_port()}", interval=0.5
        )
    )
    await wait_until(lambda: (r := page.targets_model.get(spec.id)) and r.status == "unhealthy", timeout=15)
    row = page.targets_model.row_of(spec.id)
    detail = page.targets_model.data(page.targets_model.index(row, TargetsModel.DETAIL))
    assert "cannot connect" in detail
    # The detail column starts inside the table at 1280x800, and the detail view has it all.
    view = page.targets_view
    assert 0 <= view.columnViewportPosition(TargetsModel.DETAIL) < view.viewport().width() - 40
    assert "payments-api" in page.target_detail.text() and detail in page.target_detail.text()
    assert page.target_detail.isVisible()
    # A failed poll is a hole in the latency line, not a ramp.
    key = f"{spec.id}|latency"
    await wait_until(lambda: page.latency_panel.has_curve(key) and len(page.latency_panel.data(key)[0]))
    _t, v = page.latency_panel.data(key)
    assert np.isnan(v).all()
    view.selectRow(row)
    assert page.target_detail.text().startswith("payments-api")
