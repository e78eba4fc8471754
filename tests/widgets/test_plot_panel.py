"""The time-series plot panel: decimated drawing, full-resolution crosshair, windows, pause."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from console.health.ringbuffer import RingBuffer
from console.widgets.plot_panel import PlotPanel

DAY = 86_400
NOW = 1_760_000_000.0


@pytest.fixture
def panel(qapp: QApplication) -> Iterator[PlotPanel]:
    widget = PlotPanel(y_label="latency", y_units="s")
    widget.resize(1000, 400)
    widget.show()
    qapp.processEvents()
    yield widget
    widget.dispose()


def _day(seed: int = 11) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    t = NOW - DAY + 1 + np.arange(DAY, dtype=np.float64)
    return t, 0.05 + rng.random(DAY) * 0.01


def test_a_day_is_drawn_decimated_with_its_spike_and_read_at_full_resolution(panel: PlotPanel) -> None:
    t, v = _day()
    v[40_000] = 2.5  # one slow second
    panel.set_curve("a|latency", t, v, name="node a")
    panel.set_window(DAY)
    panel.refresh(NOW)
    x, y = panel.shown("a|latency")
    columns = int(panel.plot_item.vb.width())
    assert len(x) <= 2 * columns * 1.1 + 4  # about two points per pixel column
    assert y.max() == 2.5
    lo, hi = panel.plot_item.viewRange()[1]
    assert lo <= v.min() and hi >= 2.5  # the value axis shows the spike
    # The crosshair reads the samples, not the decimated points.
    assert panel.values_at(t[40_000] + 0.5) == [("node a", 2.5)]
    assert panel.values_at(t[12_345]) == [("node a", float(v[12_345]))]
    assert "node a: 2.5" in panel.show_crosshair(float(t[40_000]))
    assert panel.data("a|latency")[0] is t


def test_windows_switch_the_detail_and_pause_freezes_the_axis(panel: PlotPanel) -> None:
    t, v = _day()
    panel.set_curve("a|latency", t, v)
    panel.set_window(DAY)
    panel.refresh(NOW)
    assert len(panel.shown("a|latency")[0]) < 3000
    panel.set_window(300)
    panel.refresh(NOW)
    x, _y = panel.shown("a|latency")
    # 5 minutes of 1-second samples: every sample of the window (plus a neighbour on each side).
    assert np.all(np.isin(t[-300:], x)) and len(x) < 400
    assert panel.x_range() == (NOW - 300, NOW)
    panel.set_window(3600)
    panel.refresh(NOW)
    assert 2 * int(panel.plot_item.vb.width()) * 0.8 < len(panel.shown("a|latency")[0]) < 3600
    panel.set_paused(True)
    frozen = panel.x_range()
    panel.refresh(NOW + 60)
    assert panel.x_range() == frozen
    later_t, later_v = np.append(t, NOW + 1), np.append(v, 9.0)
    panel.set_curve("a|latency", later_t, later_v)  # data still arrives while paused
    assert panel.data("a|latency")[1][-1] == 9.0
    panel.set_paused(False)
    panel.refresh(NOW + 60)
    assert panel.x_range() == (NOW + 60 - 3600, NOW + 60)
    assert panel.shown("a|latency")[1].max() == 9.0


def test_live_ring_buffer_frames_keep_the_value_axis_steady(panel: PlotPanel) -> None:
    t, v = _day()
    ring = RingBuffer(DAY)
    ring.extend(t, v)
    panel.set_window(DAY)
    panel.refresh(NOW)
    panel.set_curve("a|latency", *ring.view())
    first = panel.plot_item.viewRange()[1]
    for k in range(1, 30):
        ring.append(NOW + k, 0.055)
        panel.refresh(NOW + k)
        panel.set_curve("a|latency", *ring.view())
    assert panel.plot_item.viewRange()[1] == first  # new values within range: no axis move
    x, _y = panel.shown("a|latency")
    assert x[-1] <= NOW + 29 and x[-1] > NOW + 29 - DAY / 500


def test_a_nan_gap_breaks_the_line(panel: PlotPanel) -> None:
    t, v = _day()
    v[50_000:52_000] = np.nan
    panel.set_curve("a|latency", t, v)
    panel.set_window(DAY)
    panel.refresh(NOW)
    assert np.isnan(panel.shown("a|latency")[1]).any()
    assert panel.curve("a|latency").opts["connect"] == "finite"
    panel.set_curve("a|latency", t, np.nan_to_num(v))
    assert panel.curve("a|latency").opts["connect"] == "all"


def test_curves_come_and_go_and_the_png_export(panel: PlotPanel, tmp_path: Path) -> None:
    t, v = _day()
    panel.set_window(DAY)
    panel.refresh(NOW)
    for key in ("a|latency", "b|latency", "c|latency"):
        panel.set_curve(key, t, v)
    panel.retain({"a|latency", "c|latency"})
    assert panel.keys() == ["a|latency", "c|latency"]
    assert [name for name, _ in panel.values_at(NOW)] == ["a|latency", "c|latency"]
    path = tmp_path / "plot.png"
    panel.export_png(str(path), width=600)
    assert path.stat().st_size > 1000
    panel.clear_curves()
    assert panel.keys() == [] and panel.values_at(NOW) == []


def test_the_context_menu_is_the_consoles_own_not_pyqtgraphs_english_one(panel: PlotPanel) -> None:
    """pyqtgraph's view menu and export dialog speak English only: the plot offers the console's
    translated action instead, which brings the time window back after a pan."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    scene_actions = [a for a in panel.plot_widget.scene().findChildren(QAction) if a.isVisible()]
    assert scene_actions == []
    assert panel.plot_widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert panel.plot_widget.actions() == [panel.whole_window_action]
    panel.set_window(600)
    panel.set_end(10_000.0)
    panel.plot_item.setXRange(1_000.0, 2_000.0, padding=0)  # a pan far away
    panel.whole_window_action.trigger()
    lo, hi = panel.x_range()
    assert (round(lo), round(hi)) == (9_400, 10_000)
