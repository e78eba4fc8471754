"""The gate plot: values against a threshold (failing platforms apart, 100,000 of them drawn from
a few thousand points without losing a step), two distributions, and a message in the plot area."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from console.widgets.gate_plot import MAX_DRAWN, GatePlot, monotonic_sample


@pytest.fixture
def plot(qapp: QApplication) -> Iterator[GatePlot]:
    widget = GatePlot()
    widget.resize(800, 400)
    widget.show()
    qapp.processEvents()
    yield widget
    widget.dispose()
    widget.close()
    widget.deleteLater()


def curves(plot: GatePlot) -> list[tuple[np.ndarray, np.ndarray]]:
    from pyqtgraph import PlotCurveItem

    return [item.getData() for item in plot.plot_item.items if isinstance(item, PlotCurveItem)]


def test_values_against_the_threshold(plot: GatePlot) -> None:
    values = {"p1": 0.01, "p2": 0.3, "p3": 0.004, "p4": None, "p5": 0.02}
    plot.show_threshold(values, "<", 0.02, note="recorded at 10:00")
    assert plot.kind == "threshold" and plot.stack.currentWidget() is plot.plot_widget
    assert plot.codes == ["p3", "p1", "p5", "p2"]  # sorted by value; no value: not drawn
    assert plot.failing == ["p5", "p2"]  # 0.02 < 0.02 does not hold
    passing, failing = curves(plot)
    assert list(passing[1]) == [0.004, 0.01] and list(failing[1]) == [0.02, 0.3]
    lo, hi = plot.plot_item.viewRange()[1]
    assert lo < 0.004 and hi > 0.3
    assert plot.point_at(3) == "p2: 0.3 (fails the gate)" and plot.point_at(0) == "p3: 0.004"
    assert plot.note.text() == "recorded at 10:00" and not plot.note.isHidden()


def test_a_hundred_thousand_platforms_drawn_from_a_few_thousand_points(plot: GatePlot) -> None:
    rng = np.random.default_rng(5)
    values = {f"shop-{i:06d}": float(v) for i, v in enumerate(rng.gamma(2.0, 0.004, 100_000))}
    worst = max(values, key=values.__getitem__)
    plot.show_threshold(values, "<=", 0.03)
    drawn = curves(plot)
    assert sum(len(x) for x, _ in drawn) <= 2 * MAX_DRAWN
    ys = np.concatenate([y for _, y in drawn])
    assert ys.max() == values[worst] and ys.min() == min(values.values())  # the ends are kept
    assert set(plot.failing) == {c for c, v in values.items() if v > 0.03} and worst in plot.failing
    index = monotonic_sample(100_000)
    assert index[0] == 0 and index[-1] == 99_999 and np.all(np.diff(index) > 0)


def test_two_distributions(plot: GatePlot) -> None:
    changed = [0.30, 0.31, 0.35, None]
    unchanged = [0.20 + i / 1000 for i in range(200)] + [float("nan")]
    plot.show_distributions(changed, unchanged)
    assert plot.kind == "distributions"
    assert len(plot.groups["changed"]) == 3 and len(plot.groups["unchanged"]) == 200
    for _x, share in curves(plot):
        assert share.sum() == pytest.approx(1.0)  # each group's share of its platforms
    assert "changed: 3 platforms, median 0.31" in plot.readout.text()
    assert "not changed yet: 200 platforms, median 0.2995" in plot.readout.text()


def test_nothing_to_plot_is_said_in_the_plot_area(plot: GatePlot) -> None:
    plot.show_threshold({"p1": None}, "<", 1.0)
    assert plot.kind == "" and plot.stack.currentWidget() is plot.message
    assert "No changed platform has a value" in plot.message.text()
    plot.show_message("Prometheus cannot be asked: connection refused.")
    assert plot.message.text().startswith("Prometheus cannot be asked") and plot.point_at(0) == ""
