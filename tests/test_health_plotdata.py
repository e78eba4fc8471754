"""What the health page plots, computed without widgets (console.health.plotdata)."""

from __future__ import annotations

import math
import sys

import numpy as np

from console.health.history import Sample, StatusEvent
from console.health.plotdata import (
    MIN_GAP,
    WINDOWS,
    file_samples,
    gap_seconds,
    initial_window,
    matches,
    metric_series_keys,
    stitch,
)
from console.health.ringbuffer import SeriesStore
from console.health.targets import TargetKind, TargetSpec


class Last:
    def __init__(self, ts: float) -> None:
        self.ts = ts


def test_the_first_window_holds_the_newest_sample() -> None:
    now = 100_000.0
    assert initial_window([], now) == WINDOWS[0]
    assert initial_window([Last(now - 60)], now) == WINDOWS[0]
    assert initial_window([Last(now - 1800)], now) == WINDOWS[1]
    assert initial_window([Last(now - 7200), Last(now + 50)], now) == WINDOWS[2]  # the future ignored
    assert initial_window([Last(now - 10 * 86400)], now) == WINDOWS[-1]


def test_a_line_breaks_after_three_missed_polls_and_never_before_a_minute() -> None:
    fast = TargetSpec("a", "a", TargetKind.ENDPOINT, url="http://x", interval=1.0, timeout=1.0)
    slow = TargetSpec("b", "b", TargetKind.ENDPOINT, url="http://x", interval=60.0, timeout=30.0)
    assert gap_seconds(fast) == MIN_GAP
    assert gap_seconds(slow) == 180.0
    assert gap_seconds(None) == MIN_GAP


def test_long_range_points_lead_into_the_recent_ones() -> None:
    recent = (np.array([100.0, 101.0]), np.array([1.0, 2.0]))
    long = (np.array([10.0, 50.0, 90.0, 100.0]), np.array([7.0, 8.0, 9.0, 10.0]))
    t, v = stitch(recent, long, since=40.0)
    assert t.tolist() == [50.0, 90.0, 100.0, 101.0]
    assert v.tolist() == [8.0, 9.0, 1.0, 2.0]
    assert stitch(recent, None, since=0.0)[0].tolist() == [100.0, 101.0]
    empty = (np.empty(0), np.empty(0))
    assert stitch(empty, long, since=40.0)[0].tolist() == [50.0, 90.0, 100.0]


def test_the_chosen_metrics_of_each_target() -> None:
    endpoint = TargetSpec("e", "e", TargetKind.ENDPOINT, url="http://x", metrics=("http_requests",))
    prom = TargetSpec("p", "p", TargetKind.PROMETHEUS, url="http://x", metrics=("up",))
    keys = [
        "e|metric:http_requests",
        "e|metric:http_requests{code=200}",
        "e|metric:http_requests_total",
        "e|metric:http_requests2",
        "e|latency",
        "p|promql:up {instance=a}",
        "p|promql:upper {instance=a}",
        "x|metric:http_requests",
        "e|metric:http_requests",  # in the ring buffers and the long range both: once
    ]
    assert metric_series_keys([endpoint, prom], keys) == [
        "e|metric:http_requests",
        "e|metric:http_requests_total",
        "e|metric:http_requests{code=200}",
        "p|promql:up {instance=a}",
    ]
    assert matches("promql:up {x}", "promql:up ") and not matches("metric:upx", "metric:up")


def test_samples_are_filed_and_a_failed_poll_breaks_the_latency_line() -> None:
    series = SeriesStore(16)
    event = StatusEvent(2.0, "a", "healthy", "unhealthy")
    items = [
        Sample("a", 1.0, "healthy", 0.25, values={"metric:x": 3.0}),
        event,
        Sample("a", 2.0, "unhealthy", None),
        Sample("b", 2.0, "degraded", 0.5),
    ]
    latest, events = file_samples(series, items)
    assert events == [event]
    assert {tid: s.ts for tid, s in latest.items()} == {"a": 2.0, "b": 2.0}
    buf = series.get("a|latency")
    assert buf is not None
    t, v = buf.view()
    assert t.tolist() == [1.0, 2.0] and v[0] == 0.25 and math.isnan(v[1])
    assert series.get("a|metric:x") is not None and series.get("b|status") is not None


def test_no_qt_in_the_plot_data() -> None:
    assert "console.health.plotdata" in sys.modules
    source = sys.modules["console.health.plotdata"].__file__
    assert source is not None
    with open(source, encoding="utf-8") as fh:
        text = fh.read()
    assert "PySide6" not in text and "pyqtgraph" not in text
