"""What the health page plots, without widgets: the time windows, where a line breaks, the curves
stitched from the ring buffers and the long-range data, the chosen metrics' series, and the reads
of the history file and of Prometheus that fill them (run off the GUI thread by the page)."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from console.health.history import HistoryStore, Sample, StatusEvent
from console.health.parsing import STATUS_VALUES
from console.health.ringbuffer import SeriesStore, series_key
from console.health.targets import TargetSpec
from core.prometheus import HEALTH_QUERY, LATENCY_QUERY, series_label

if TYPE_CHECKING:
    from console.health.pollclient import PollClient

log = logging.getLogger(__name__)

Series = tuple[np.ndarray, np.ndarray]

WINDOWS = (300.0, 3600.0, 86400.0)
RAW_WINDOW = 3600.0  # the ring buffers cover this; longer windows come from rollups
MAX_PLOTTED = 8
MIN_GAP = 60.0  # seconds without samples that always break a line


def initial_window(lasts: Any, now: float) -> float:
    """The first window to show: the shortest that holds the newest sample of the history."""
    newest = max((last.ts for last in lasts if last.ts <= now), default=None)
    if newest is None:
        return WINDOWS[0]
    for seconds in WINDOWS:
        if now - newest <= seconds * 0.8:
            return seconds
    return WINDOWS[-1]


def gap_seconds(spec: TargetSpec | None) -> float:
    """Seconds without a sample after which a target's lines break: three missed polls."""
    interval = spec.interval if spec is not None else 10.0
    timeout = spec.timeout if spec is not None else 5.0
    # At least a minute: the history may have been written at another interval. A failed poll
    # breaks the line where it happened anyway (a NaN sample).
    return max(3 * interval, 2 * interval + timeout, MIN_GAP)


def stitch(recent: Series, long: Series | None, since: float) -> Series:
    """A curve since ``since``: the long-range points (rollups, Prometheus ranges) before the
    first recent one, then the recent points of the ring buffer."""
    t, v = recent
    if long is not None and len(long[0]):
        lt, lv = long
        cut = t[0] if len(t) else np.inf
        k = int(np.searchsorted(lt, min(cut, np.inf), side="left"))
        start = int(np.searchsorted(lt, since, side="left"))
        if k > start:
            return np.concatenate([lt[start:k], t]), np.concatenate([lv[start:k], v])
    return t, v


def metric_series_keys(specs: Iterable[TargetSpec], keys: Iterable[str]) -> list[str]:
    """Of ``keys`` (``target|series``), the series of the metrics each target has chosen."""
    chosen = {
        spec.id: [f"metric:{m}" for m in spec.metrics] + [f"promql:{m} " for m in spec.metrics]
        for spec in specs
        if spec.metrics
    }
    found = set()
    for key in keys:
        tid, name = key.split("|", 1)
        if any(matches(name, p) for p in chosen.get(tid, ())):
            found.add(key)
    return sorted(found)


def matches(name: str, prefix: str) -> bool:
    if prefix.endswith(" "):
        return name.startswith(prefix)
    return name == prefix or name.startswith((prefix + "{", prefix + " ", prefix + "_"))


def file_samples(series: SeriesStore, items: list[Any]) -> tuple[dict[str, Sample], list[StatusEvent]]:
    """The samples the poller sent into the ring buffers of ``series``: the latest sample of each
    target, and the status changes among ``items``."""
    latest: dict[str, Sample] = {}
    events: list[StatusEvent] = []
    buffer = series.buffer

    def append(key: str, ts: float, value: float) -> None:
        buf = buffer(key)
        last = buf.last()
        if last is None or ts > last[0]:  # a late or repeated point (read from the file) would unsort it
            buf.append(ts, value)

    for item in items:
        if type(item) is StatusEvent:
            events.append(item)
            continue
        tid, ts = item.target, item.ts
        # A poll without an answer breaks the latency line there (NaN), not a ramp across.
        append(series_key(tid, "latency"), ts, np.nan if item.latency is None else item.latency)
        append(series_key(tid, "status"), ts, STATUS_VALUES.get(item.status, 3.0))
        for name, value in item.values.items():
            append(series_key(tid, name), ts, value)
        latest[tid] = item
    return latest, events


def empty_history() -> dict[str, Any]:
    """What :func:`read_history` gives for a file with nothing in it."""
    return {"targets": [], "lasts": {}, "events": [], "raw": {}}


def read_history(path: Path, since: float, *, events: int, raw: bool = True) -> dict[str, Any]:
    """The targets, last states, the last ``events`` status changes of the week and (``raw``)
    the samples since ``since`` of the history file."""
    store = HistoryStore(path)
    try:
        targets = store.targets()
        lasts = store.last_states()
        changes = store.events(time.time() - 7 * 86400, limit=events)
        series: dict[str, Series] = {}
        if raw:
            for tid in {t.id for t in targets} | set(lasts):
                for name in store.series_names(tid):
                    if name.startswith("check:"):
                        continue
                    t, v = store.raw(tid, name, since)
                    if len(t):
                        series[series_key(tid, name)] = (t, v)
        return {"targets": targets, "lasts": lasts, "events": changes, "raw": series}
    finally:
        store.close()


def read_rollups(path: Path, keys: list[tuple[str, ...]], since: float) -> dict[str, Series]:
    """Per-minute rollups since ``since`` of the ``(target, series)`` keys: the worst status,
    the mean of the rest."""
    try:
        store = HistoryStore(path)
    except (OSError, sqlite3.Error) as exc:  # an unwritable data folder: the page says so
        log.debug("no health history at %s: %s", path, exc)
        return {}
    try:
        out = {}
        for tid, name in keys:
            t, v = store.rollups(tid, name, since, how="max" if name == "status" else "avg")
            if len(t):
                out[series_key(tid, name)] = (t, v)
        return out
    finally:
        store.close()


async def prometheus_ranges(
    engine: PollClient, spec: TargetSpec, start: float, end: float
) -> dict[str, Series]:
    """History of a fleet straight from Prometheus (query_range): no local polling needed."""
    step = max(1.0, (end - start) / 600)
    out: dict[str, Series] = {}
    queries = [(LATENCY_QUERY, "latency"), (HEALTH_QUERY, "status")]
    queries += [(expr, None) for expr in spec.metrics]
    for expr, series in queries:
        try:
            result = await asyncio.wrap_future(engine.call("query_range", spec, expr, start, end, step))
        except Exception as exc:
            log.info("query_range %s on %s: %s", expr, spec.url, exc)
            continue
        for item in result:
            if series is None:
                out[series_key(spec.id, f"promql:{expr} {series_label(item.labels)}")] = (item.t, item.v)
            elif "instance" in item.labels:
                out[series_key(f"{spec.id}/{item.labels['instance']}", series)] = (item.t, item.v)
    return out
