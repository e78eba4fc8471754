"""Min/max decimation of the plotted series (console.widgets.decimation; numpy only)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from console.health.ringbuffer import RingBuffer
from console.widgets import decimation
from console.widgets.decimation import (
    DisplaySpan,
    PeakDecimator,
    display_span,
    extent,
    peak_decimate,
    peaks,
    steady_range,
)

DAY = 86_400
NOW = 1_760_000_000.0


def _series(n: int = DAY, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    t = NOW - n + np.arange(n, dtype=np.float64)
    return t, 0.05 + np.cumsum(rng.standard_normal(n)) * 1e-4 + rng.random(n) * 0.01


def _reference(t: np.ndarray, v: np.ndarray, width: float) -> dict[int, tuple[float, float]]:
    """Min and max of each bucket, the slow way (NaN ignored; all-NaN buckets are NaN)."""
    out: dict[int, tuple[float, float]] = {}
    for bucket in np.unique(np.floor(t / width)).astype(int):
        part = v[np.floor(t / width).astype(int) == bucket]
        finite = part[~np.isnan(part)]
        out[int(bucket)] = (float(finite.min()), float(finite.max())) if len(finite) else (math.nan, math.nan)
    return out


def _assert_same(got: dict[int, tuple[float, float]], want: dict[int, tuple[float, float]]) -> None:
    assert sorted(got) == sorted(want)
    np.testing.assert_array_equal([got[k] for k in sorted(got)], [want[k] for k in sorted(want)])


def _by_bucket(x: np.ndarray, y: np.ndarray, width: float) -> dict[int, tuple[float, float]]:
    assert np.array_equal(x[0::2], x[1::2])  # one vertical stroke per bucket
    return {
        math.floor(xi / width): (float(np.fmin(a, b)), float(np.fmax(a, b)))
        for xi, a, b in zip(x[0::2], y[0::2], y[1::2], strict=True)
    }


def test_day_of_seconds_becomes_two_points_per_column_and_keeps_every_peak() -> None:
    t, v = _series()
    v[12_345] = 9.0  # a one-second spike
    v[54_321] = -9.0  # and a dip
    span = display_span(t[0], t[-1], 1200, margin=0.0)
    x, y = peak_decimate(t, v, span)
    assert len(x) <= 2 * 1201
    assert y.max() == 9.0 and y.min() == -9.0
    assert np.all(np.diff(x) >= 0)
    assert x[0] >= t[0] and x[-1] <= t[-1]


def test_each_bucket_holds_its_exact_min_and_max() -> None:
    rng = np.random.default_rng(5)
    t = np.sort(NOW + rng.random(5000) * 3600)  # irregular times, with empty buckets
    v = rng.standard_normal(5000)
    width = 7.0
    got = peaks(t, v, width)
    x, y = got.points()
    _assert_same(_by_bucket(x, y, width), _reference(t, v, width))
    assert int(got.counts.sum()) == len(t)
    # Min first in even buckets, max first in odd ones: the line steps between columns.
    odd = got.buckets % 2 == 1
    assert np.all(got.values[odd, 0] >= got.values[odd, 1])
    assert np.all(got.values[~odd, 0] <= got.values[~odd, 1])


def test_nan_inside_a_bucket_is_ignored_and_a_nan_run_leaves_a_gap() -> None:
    t, v = _series(3600)
    v[100] = np.nan  # a lone NaN among values
    v[1000:1500] = np.nan  # a gap wider than several buckets
    width = 60.0
    x, y = peaks(t, v, width).points()
    buckets = _by_bucket(x, y, width)
    assert not math.isnan(buckets[math.floor(t[100] / width)][0])
    assert math.isnan(buckets[math.floor(t[1200] / width)][0])
    _assert_same(buckets, _reference(t, v, width))


def test_empty_and_short_inputs_come_back_as_they_are() -> None:
    empty = np.empty(0)
    x, y = peak_decimate(empty, empty, DisplaySpan(0.0, 10.0, 1.0))
    assert len(x) == len(y) == 0
    t, v = _series(300)
    span = display_span(t[0], t[-1], 1200)  # 300 samples, 1,200 columns: nothing to merge
    x, y = peak_decimate(t, v, span)
    assert np.shares_memory(x, t) and np.array_equal(x, t) and np.array_equal(y, v)
    one_t, one_v = np.array([NOW]), np.array([1.0])
    assert peak_decimate(one_t, one_v, span)[1].tolist() == [1.0]
    assert len(peaks(empty, empty, 1.0)) == 0


def test_only_the_span_is_decimated_plus_one_neighbour_on_each_side() -> None:
    t, v = _series()
    span = display_span(NOW - 3600, NOW - 1800, 300, margin=0.0)
    x, y = peak_decimate(t, v, span)
    inside = (t >= span.lo) & (t <= span.hi)
    before, after = np.flatnonzero(inside)[[0, -1]] + [-1, 1]
    assert x[0] == t[before] and y[0] == v[before]
    assert x[-1] == t[after] and y[-1] == v[after]
    assert np.all((x[1:-1] >= span.lo) & (x[1:-1] <= span.hi))
    assert len(x) <= 2 * 301 + 2


def test_ring_buffer_appends_reuse_the_complete_buckets_across_the_wraparound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Appending to a full ring buffer (it wraps and drops its oldest) gives what a fresh pass
    gives, while only the first and last buckets are computed again."""
    t, v = _series(20_000)
    ring = RingBuffer(5000)
    ring.extend(t[:5000], v[:5000])
    span = display_span(t[0], t[-1], 500)
    decimator = PeakDecimator()
    decimator(*ring.view(), span)
    computed: list[int] = []
    real_peaks = decimation.peaks

    def counting(tt: np.ndarray, vv: np.ndarray, width: float) -> decimation.Peaks:
        computed.append(len(tt))
        return real_peaks(tt, vv, width)

    monkeypatch.setattr(decimation, "peaks", counting)
    k = 5000
    while k < 12_000:  # wraps the buffer more than once
        burst = 1 + k % 3  # one sample or a few, as a drain brings them
        ring.extend(t[k : k + burst], v[k : k + burst])
        k += burst
        view = ring.view()
        want = peak_decimate(*view, span)
        computed.clear()
        got = decimator(*view, span)
        assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
        assert sum(computed) < 200  # buckets of 40 s: the first and the last ones, not 5,000 samples


def test_new_arrays_or_moved_samples_are_decimated_afresh() -> None:
    t, v = _series(10_000)
    span = display_span(t[0], t[-1] + 100, 200)
    decimator = PeakDecimator()
    decimator(t[:9000], v[:9000], span)
    copied = (t[:9100].copy(), v[:9100].copy())  # other buffers: nothing is reused
    for got, want in zip(decimator(*copied, span), peak_decimate(*copied, span), strict=True):
        assert np.array_equal(got, want)
    # The same buffers with one sample taken out of a kept bucket: its count no longer matches.
    buf_t, buf_v = t.copy(), v.copy()
    decimator(buf_t[:9000], buf_v[:9000], span)
    buf_t[4000:9099], buf_v[4000:9099] = t[4001:9100], v[4001:9100]
    holed = (buf_t[:9099], buf_v[:9099])
    for got, want in zip(decimator(*holed, span), peak_decimate(*holed, span), strict=True):
        assert np.array_equal(got, want)
    # Another bucket width (a resize, a new window): everything again.
    wider = display_span(t[0], t[-1] + 100, 100)
    for got, want in zip(decimator(t, v, wider), peak_decimate(t, v, wider), strict=True):
        assert np.array_equal(got, want)


def test_display_span_covers_small_moves_of_the_same_zoom() -> None:
    span = display_span(0.0, 1000.0, 100)
    assert span == DisplaySpan(-100.0, 1100.0, 10.0)
    assert span.covers(display_span(50.0, 1050.0, 100, margin=0.0))
    assert not span.covers(display_span(200.0, 1200.0, 100, margin=0.0))  # out of the margin
    assert not span.covers(display_span(0.0, 1000.0, 120, margin=0.0))  # another bucket width


def test_extent_and_steady_value_range() -> None:
    x = np.arange(10.0)
    y = np.array([5, 1, np.nan, 3, 9, 2, 4, np.inf, 0, 7], dtype=np.float64)
    assert extent(x, y, 1, 5) == (1.0, 9.0)
    assert extent(x, y, 2, 2) is None  # only NaN in view
    assert extent(x, y, 20, 30) is None
    assert steady_range(None, 0.0, 1.0) == pytest.approx((-0.1, 1.1))
    assert steady_range((0.0, 1.2), 0.1, 1.0) is None  # fits and fills it: the axis stays
    assert steady_range((0.0, 1.2), 0.1, 1.5) == pytest.approx((-0.04, 1.64))  # grows
    assert steady_range((0.0, 10.0), 0.1, 1.0) == pytest.approx((0.01, 1.09))  # shrinks
    assert steady_range((0.0, 2.0), 1.0, 1.0) is None  # a flat line in view
    assert steady_range((0.0, 2.0), 5.0, 5.0) == (4.0, 6.0)  # centred, same scale
    assert steady_range(None, 5.0, 5.0) == (4.5, 5.5)
