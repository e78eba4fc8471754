"""Min/max ("peak") decimation of time series for plotting, in numpy (no Qt).

A plot that is ``columns`` pixels wide cannot show more than one vertical stroke per pixel column,
so each column needs only the lowest and highest value that falls in it. The time axis is cut
into buckets of a fixed width, aligned to multiples of that width (a bucket keeps the same samples
while the window slides, so peaks do not flicker), and each non-empty bucket becomes a vertical
stroke from its min to its max, at the middle of its samples' times. Spikes survive, and 86,400
points become about two per pixel.

NaN is ignored inside a bucket; a bucket holding only NaN yields NaN, so the gap stays visible.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

# Fraction of the visible span decimated beyond each edge: small pans need no new pass.
DEFAULT_MARGIN = 0.1


@dataclass(frozen=True, slots=True)
class DisplaySpan:
    """The time range ``lo``..``hi`` decimated into buckets of ``bucket`` seconds."""

    lo: float
    hi: float
    bucket: float

    def covers(self, other: DisplaySpan) -> bool:
        """True if data decimated for this span also draws ``other`` at full detail."""
        return (
            self.lo <= other.lo
            and other.hi <= self.hi
            and math.isclose(self.bucket, other.bucket, rel_tol=1e-6)
        )


def display_span(x0: float, x1: float, columns: int, margin: float = DEFAULT_MARGIN) -> DisplaySpan:
    """The span to decimate for a view of ``x0``..``x1`` that is ``columns`` pixels wide."""
    width = max(x1 - x0, 1e-9)
    extra = width * margin
    return DisplaySpan(x0 - extra, x1 + extra, width / max(columns, 1))


@dataclass(frozen=True, slots=True)
class Peaks:
    """Decimated buckets: number (``floor(t / width)``), sample count, first and last sample time,
    and the two values to draw (min and max, in drawing order), one row per bucket."""

    buckets: np.ndarray
    counts: np.ndarray
    first: np.ndarray
    last: np.ndarray
    values: np.ndarray  # shape (n, 2)

    def __len__(self) -> int:
        return len(self.buckets)

    def __getitem__(self, rows: slice) -> Peaks:
        return Peaks(
            self.buckets[rows], self.counts[rows], self.first[rows], self.last[rows], self.values[rows]
        )

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) to draw: each bucket's two values at the middle of its time range."""
        return np.repeat((self.first + self.last) / 2, 2), self.values.ravel()

    @staticmethod
    def join(parts: list[Peaks]) -> Peaks:
        return Peaks(
            np.concatenate([p.buckets for p in parts]),
            np.concatenate([p.counts for p in parts]),
            np.concatenate([p.first for p in parts]),
            np.concatenate([p.last for p in parts]),
            np.concatenate([p.values for p in parts]),
        )


def peaks(t: np.ndarray, v: np.ndarray, width: float) -> Peaks:
    """The min/max of every non-empty bucket of ``width`` seconds of the ascending ``t``.

    In even buckets the min comes first, in odd ones the max: the line steps from one column to
    the next at the same end instead of crossing back over the whole column (half the pixels).
    """
    if len(t) == 0:
        none = np.empty(0, dtype=np.int64)
        empty = np.empty(0, dtype=np.float64)
        return Peaks(none, none, empty, empty, np.empty((0, 2), dtype=np.float64))
    first = math.floor(t[0] / width)
    last = math.floor(t[-1] / width)
    edges = np.arange(first, last + 2, dtype=np.float64) * width
    bounds = np.searchsorted(t, edges, side="left")
    bounds[0], bounds[-1] = 0, len(t)  # rounding in ``edges`` must not drop an end sample
    starts, ends = bounds[:-1], bounds[1:]
    filled = np.flatnonzero(starts < ends)
    starts, ends = starts[filled], ends[filled]
    low, high = np.fmin.reduceat(v, starts), np.fmax.reduceat(v, starts)
    buckets = first + filled
    odd = buckets % 2 == 1
    values = np.empty((len(starts), 2), dtype=np.float64)
    values[:, 0] = np.where(odd, high, low)
    values[:, 1] = np.where(odd, low, high)
    return Peaks(buckets, ends - starts, t[starts], t[ends - 1], values)


def _clip(t: np.ndarray, span: DisplaySpan) -> tuple[int, int]:
    """Index range of the samples within ``span``."""
    return int(np.searchsorted(t, span.lo, side="left")), int(np.searchsorted(t, span.hi, side="right"))


def _needs_decimation(t: np.ndarray, width: float) -> bool:
    """More samples than two per bucket of their time range."""
    return len(t) > 2 * (math.floor(t[-1] / width) - math.floor(t[0] / width) + 1)


def _with_neighbours(
    t: np.ndarray, v: np.ndarray, start: int, stop: int, x: np.ndarray, y: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) with the samples just before ``start`` and at ``stop``: the line runs out of the view."""
    lo, hi = max(start - 1, 0), min(stop + 1, len(t))
    return np.concatenate([t[lo:start], x, t[stop:hi]]), np.concatenate([v[lo:start], y, v[stop:hi]])


def peak_decimate(t: np.ndarray, v: np.ndarray, span: DisplaySpan) -> tuple[np.ndarray, np.ndarray]:
    """The points of (t, v) to draw for ``span``: at most two per bucket, min and max.

    ``t`` must be ascending. The samples within the span are decimated; the nearest sample on
    each side of it is kept as it is, so the line runs on out of the view. When there are no more
    samples than two per bucket they are returned as they are (views, no copy).
    """
    return PeakDecimator()(t, v, span)


def _owner(a: np.ndarray) -> np.ndarray:
    return a if a.base is None else a.base


class PeakDecimator:
    """:func:`peak_decimate` for one curve, reusing the buckets that earlier calls completed.

    Between two redraws a ring buffer appends at its end and drops at its start: only the first
    and the last buckets change. A bucket is complete once a later bucket has a sample; complete
    buckets are kept when the new arrays view the same buffers as before and hold the same run
    of samples (same first and last time, same count) where the buckets were. Samples must not be
    rewritten in place.
    """

    def __init__(self) -> None:
        self._done: Peaks | None = None  # complete buckets of the last call
        self._owners: tuple[np.ndarray, np.ndarray] | None = None
        self._width = 0.0

    def __call__(self, t: np.ndarray, v: np.ndarray, span: DisplaySpan) -> tuple[np.ndarray, np.ndarray]:
        start, stop = _clip(t, span)
        inner_t, inner_v = t[start:stop], v[start:stop]
        if len(inner_t) == 0 or not _needs_decimation(inner_t, span.bucket):
            self._done = None
            lo, hi = max(start - 1, 0), min(stop + 1, len(t))
            return t[lo:hi], v[lo:hi]
        found = self._reusable(t, v, inner_t, span.bucket)
        if found is None:
            parts = [peaks(inner_t, inner_v, span.bucket)]
        else:
            kept, i, j = found
            parts = [
                peaks(inner_t[:i], inner_v[:i], span.bucket),
                kept,
                peaks(inner_t[j:], inner_v[j:], span.bucket),
            ]
        result = Peaks.join(parts)
        self._done = result[: len(result) - 1]  # the last bucket can still grow
        self._owners = (_owner(t), _owner(v))
        self._width = span.bucket
        return _with_neighbours(t, v, start, stop, *result.points())

    def _reusable(
        self, t: np.ndarray, v: np.ndarray, inner_t: np.ndarray, width: float
    ) -> tuple[Peaks, int, int] | None:
        """The kept buckets and where their samples are in ``inner_t`` (``i``:``j``), if unchanged."""
        done = self._done
        if done is None or self._owners is None or width != self._width:
            return None
        if self._owners[0] is not _owner(t) or self._owners[1] is not _owner(v):
            return None
        # The first bucket may have lost samples at its start: it is computed again.
        kept = done[int(np.searchsorted(done.buckets, math.floor(inner_t[0] / width), side="right")) :]
        if not len(kept):
            return None
        i = int(np.searchsorted(inner_t, kept.first[0], side="left"))
        j = i + int(kept.counts.sum())
        if j > len(inner_t) or inner_t[i] != kept.first[0] or inner_t[j - 1] != kept.last[-1]:
            return None
        if i > 0 and math.floor(inner_t[i - 1] / width) >= kept.buckets[0]:
            return None  # a sample went into a kept bucket
        if j < len(inner_t) and math.floor(inner_t[j] / width) <= kept.buckets[-1]:
            return None
        return kept, i, j


def break_gaps(x: np.ndarray, y: np.ndarray, max_gap: float) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) with a NaN point in every step of ``x`` longer than ``max_gap``: drawn with
    ``connect="finite"`` the line stops at a gap instead of ramping across it. Cheap on decimated
    points (a few per pixel column); the arrays are returned as they are when there is no gap."""
    if len(x) < 2 or not max_gap > 0:
        return x, y
    at = np.flatnonzero(np.diff(x) > max_gap)
    if not len(at):
        return x, y
    return np.insert(x, at + 1, (x[at] + x[at + 1]) / 2), np.insert(y, at + 1, np.nan)


def extent(x: np.ndarray, y: np.ndarray, x0: float, x1: float) -> tuple[float, float] | None:
    """Lowest and highest finite ``y`` whose ``x`` (ascending) is within ``x0``..``x1``."""
    part = y[int(np.searchsorted(x, x0, side="left")) : int(np.searchsorted(x, x1, side="right"))]
    part = part[np.isfinite(part)]
    if not len(part):
        return None
    return float(part.min()), float(part.max())


def steady_range(
    current: tuple[float, float] | None, lo: float, hi: float, *, headroom: float = 0.1, fill: float = 0.5
) -> tuple[float, float] | None:
    """The value range to show data spanning ``lo``..``hi``, or None to keep ``current``.

    ``current`` is kept while the data fits in it and fills at least ``fill`` of it, so the axis
    does not move (nor its labels change width) at every sample; otherwise the data's range with
    ``headroom`` of it above and below. A flat line keeps the current scale, centred on it.
    """
    size = hi - lo
    scale = 0.0
    if current is not None:
        a, b = current
        scale = b - a
        if a <= lo and hi <= b and (size <= 0 or size >= fill * scale):
            return None
    if size <= 0:
        half = scale / 2 if scale > 0 else 0.5
        return lo - half, lo + half
    return lo - size * headroom, hi + size * headroom
