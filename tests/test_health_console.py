"""The health page's logic without widgets: parsing, ring buffers, the history file, the poller."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from console.health.history import HistoryStore, HistoryWriter, Sample, StatusEvent
from console.health.parsing import (
    BadAnswer,
    MetricDeriver,
    histogram_quantile,
    list_families,
    parse_health,
    parse_metrics,
)
from console.health.poller import PollEngine
from console.health.ringbuffer import RingBuffer, SeriesStore
from console.health.targets import TargetKind, TargetSpec, TargetStore, Thresholds, local_target
from core.errors import InvalidInput
from tests.health_helpers import (
    ServerThread,
    assert_bad_answers,
    drain_until,
    latest_sample,
    misbehaving_app,
)


# -- parsing ---------------------------------------------------------------------------------------
def test_parse_health_documents_and_bad_answers() -> None:
    ok = parse_health(b'{"status": "healthy", "checks": [{"name": "db", "status": "healthy"}]}', 200)
    assert ok.status == "healthy" and ok.detail == "1 check healthy"
    down = parse_health(
        b'{"status": "unhealthy", "checks": [{"name": "db", "status": "unhealthy", "detail": "gone"}]}', 503
    )
    assert down.status == "unhealthy" and down.detail == "db: gone"
    with pytest.raises(BadAnswer, match="not JSON"):
        parse_health(b"<html>hi</html>", 200, "text/html")
    with pytest.raises(BadAnswer, match="without a health status"):
        parse_health(b'{"hello": "world"}', 200)
    with pytest.raises(BadAnswer, match="HTTP 502"):
        parse_health(b"Bad gateway", 502)


METRICS_TEXT = """\
# HELP reqs_total Requests.
# TYPE reqs_total counter
reqs_total{route="/a"} 10
reqs_total{route="/b"} 5
# HELP temp Temperature.
# TYPE temp gauge
temp 21.5
# HELP lat Latency.
# TYPE lat histogram
lat_bucket{le="0.1"} 0
lat_bucket{le="0.5"} 0
lat_bucket{le="1.0"} 0
lat_bucket{le="+Inf"} 0
lat_count 0
lat_sum 0
"""


def test_parse_metrics_and_derive_rates_values_and_quantiles() -> None:
    names = [n for n, _t, _h in list_families(METRICS_TEXT)]
    assert names == ["lat", "reqs", "temp"]
    wanted = parse_metrics(METRICS_TEXT, ["reqs", "temp"])
    assert set(wanted) == {"reqs", "temp"}
    deriver = MetricDeriver()
    first = deriver.derive(100.0, parse_metrics(METRICS_TEXT, ["reqs", "temp", "lat"]))
    assert first == {"metric:temp": 21.5}  # a rate needs two samples
    later = (
        METRICS_TEXT.replace('reqs_total{route="/a"} 10', 'reqs_total{route="/a"} 30')
        .replace('le="0.5"} 0', 'le="0.5"} 8')
        .replace('le="1.0"} 0', 'le="1.0"} 10')
        .replace('le="+Inf"} 0', 'le="+Inf"} 10')
    )
    second = deriver.derive(110.0, parse_metrics(later, ["reqs", "temp", "lat"]))
    assert second['metric:reqs{route="/a"} rate'] == pytest.approx(2.0)
    assert second['metric:reqs{route="/b"} rate'] == pytest.approx(0.0)
    assert second["metric:lat p50"] == pytest.approx(0.1 + 0.4 * 5 / 8)
    assert 0.5 < second["metric:lat p95"] <= 1.0
    # A restarted process resets its counters: no negative rate.
    third = deriver.derive(120.0, parse_metrics(METRICS_TEXT, ["reqs"]))
    assert 'metric:reqs{route="/a"} rate' not in third


def test_not_prometheus_text() -> None:
    for body in ("<html><body>nginx</body></html>", '{"status": "healthy"}', "this is { not metrics"):
        with pytest.raises(BadAnswer):
            parse_metrics(body)


def test_histogram_quantile_like_prometheus() -> None:
    buckets = [(0.1, 50.0), (0.5, 90.0), (1.0, 100.0), (float("inf"), 100.0)]
    assert histogram_quantile(0.5, buckets) == pytest.approx(0.1)
    assert histogram_quantile(0.9, buckets) == pytest.approx(0.5)
    assert histogram_quantile(0.95, buckets) == pytest.approx(0.75)
    assert histogram_quantile(0.5, [(float("inf"), 0.0)]) is None


# -- ring buffers ----------------------------------------------------------------------------------
def test_ring_buffer_wraps_and_stays_contiguous() -> None:
    ring = RingBuffer(5)
    for i in range(3):
        ring.append(float(i), float(i * 10))
    t, v = ring.view()
    assert list(t) == [0, 1, 2] and list(v) == [0, 10, 20]
    for i in range(3, 12):
        ring.append(float(i), float(i * 10))
    t, v = ring.view()
    assert list(t) == [7, 8, 9, 10, 11] and t.flags["C_CONTIGUOUS"]
    assert ring.last() == (11.0, 110.0)
    assert list(ring.since(9.5)[0]) == [10, 11]
    ring.extend(np.arange(20, 23, dtype=float), np.zeros(3))
    assert list(ring.view()[0]) == [10, 11, 20, 21, 22]
    ring.extend(np.arange(100, 120, dtype=float), np.ones(20))
    assert list(ring.view()[0]) == [115, 116, 117, 118, 119]
    store = SeriesStore(4)
    store.append("a|latency", 1, 2)
    store.append("b|latency", 1, 2)
    store.drop_target("a")
    assert list(store.keys()) == ["b|latency"]


# -- targets ---------------------------------------------------------------------------------------
class _Settings(dict):  # type: ignore[type-arg]
    def value(self, key: str, default: Any = None) -> Any:
        return self.get(key, default)

    def setValue(self, key: str, value: Any) -> None:
        self[key] = value


def test_targets_are_validated_and_stored_per_profile() -> None:
    spec = TargetSpec("t1", "shop", TargetKind.ENDPOINT, url="https://shop.example:8000/health", interval=2)
    spec.check()
    assert spec.health_url == "https://shop.example:8000/health"
    assert spec.metrics_url == "https://shop.example:8000/metrics"
    for bad in (
        spec.with_changes(url="ftp://x"),
        spec.with_changes(url="not a url"),
        spec.with_changes(interval=0.1),
        spec.with_changes(name=" "),
        spec.with_changes(thresholds=Thresholds(latency_warn_ms=500, latency_critical_ms=100)),
    ):
        with pytest.raises(InvalidInput):
            bad.check()
    qs = _Settings()
    store = TargetStore(qs, "prod")
    store.save([local_target(), spec])
    assert [t.id for t in TargetStore(qs, "prod").load()] == ["t1"]  # the local target is not stored
    assert TargetStore(qs, "other").load() == []
    assert TargetStore(qs, "prod").load()[0] == spec
    assert store.local_thresholds() is None
    store.save_local_thresholds(Thresholds(latency_warn_ms=100, latency_critical_ms=200, failures=2))
    assert TargetStore(qs, "prod").local_thresholds() == Thresholds(100, 200, 2)
    assert TargetStore(qs, "other").local_thresholds() is None


# -- the history file ------------------------------------------------------------------------------
def test_history_raw_rollups_events_and_retention(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore(path, raw_retention=3600, rollup_retention=86400)
    base = (time.time() // 60) * 60 - 1800
    samples = [
        Sample(
            "t1",
            base + i,
            "healthy" if i < 90 else "unhealthy",
            0.01 * (i % 10),
            "ok",
            values={"metric:x": i},
        )
        for i in range(120)
    ]
    store.write(samples, [StatusEvent(base + 90, "t1", "healthy", "unhealthy", "went down")])
    t, v = store.raw("t1", "latency", base)
    assert len(t) == 120 and v[3] == pytest.approx(0.03)
    t, v = store.rollups("t1", "latency", base)
    assert len(t) == 2 and v[0] == pytest.approx(0.045)
    t, v = store.rollups("t1", "status", base, how="max")
    assert list(v) == [0.0, 2.0]
    assert store.status_shares("t1", base, base + 200) == {"healthy": 90, "unhealthy": 30}
    assert store.stats("t1", "latency", base, base + 200)["count"] == 120
    [event] = store.events()
    assert (event.old, event.new, event.detail) == ("healthy", "unhealthy", "went down")
    assert store.last_states()["t1"].status == "unhealthy"
    # Retention: raw goes first, rollups stay for the long windows.
    store.prune(now=base + 3600 + 200)
    assert len(store.raw("t1", "latency", 0)[0]) == 0
    assert len(store.rollups("t1", "latency", 0)[0]) == 2
    t, _v = store.series("t1", "latency", base, base + 200)
    assert len(t) == 2  # raw gone: falls back to rollups
    store.prune(now=base + 86400 * 2)
    assert len(store.rollups("t1", "latency", 0)[0]) == 0
    store.forget_target("t1")
    assert store.targets() == [] and "t1" not in store.last_states()
    store.close()


def test_history_writer_batches_in_its_thread(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    writer = HistoryWriter(path, flush_interval=0.2)
    writer.start()
    now = time.time()
    for i in range(500):
        writer.submit(Sample(f"t{i % 5}", now + i / 100, "healthy", 0.001))
    assert writer.flush(10)
    writer.close()
    store = HistoryStore(path)
    assert sum(len(store.raw(f"t{k}", "latency", 0)[0]) for k in range(5)) == 500
    store.close()


# -- the poller against real endpoints -------------------------------------------------------------
@pytest.fixture(scope="module")
def bad_server() -> Any:
    app = misbehaving_app()
    with ServerThread(app) as server:
        server.app = app  # type: ignore[attr-defined]
        yield server


def test_poller_outcomes(bad_server: Any, tmp_path: Path) -> None:
    url = bad_server.url
    specs = [
        TargetSpec("ok", "ok", TargetKind.ENDPOINT, f"{url}/ok", interval=0.5, timeout=2, metrics=("g",)),
        TargetSpec("degraded", "degraded", TargetKind.ENDPOINT, f"{url}/degraded", interval=0.5, timeout=2),
        TargetSpec("html", "html", TargetKind.ENDPOINT, f"{url}/html", interval=0.5, timeout=2),
        TargetSpec("notjson", "notjson", TargetKind.ENDPOINT, f"{url}/notjson", interval=0.5, timeout=2),
        TargetSpec("huge", "huge", TargetKind.ENDPOINT, f"{url}/huge", interval=0.5, timeout=5),
        TargetSpec("slow", "slow", TargetKind.ENDPOINT, f"{url}/slow", interval=0.5, timeout=0.5),
        TargetSpec("closed", "closed", TargetKind.ENDPOINT, "http://127.0.0.1:1", interval=0.5, timeout=1),
    ]
    writer = HistoryWriter(tmp_path / "h.sqlite3", flush_interval=0.2)
    writer.start()
    engine = PollEngine(writer=writer, max_body=1024 * 1024)
    engine.start()
    try:
        engine.set_targets(specs)
        seen = drain_until(engine, lambda s: all(latest_sample(s, t.id) is not None for t in specs))
        ok = latest_sample(seen, "ok")
        assert ok.status == "healthy" and ok.latency is not None and ok.checks
        more = drain_until(
            engine, lambda s: (x := latest_sample(s, "ok")) is not None and "metric:g" in x.values
        )
        assert latest_sample(more, "ok").values["metric:g"] == 1.0
        assert latest_sample(seen, "degraded").status == "degraded"
        assert_bad_answers(seen)
    finally:
        engine.stop()
        writer.close()
    store = HistoryStore(tmp_path / "h.sqlite3")
    assert store.last_states()["slow"].status == "unhealthy"
    assert len(store.raw("ok", "latency", 0)[0]) >= 1
    store.close()


def test_poller_status_change_events_and_failure_threshold(bad_server: Any) -> None:
    flip = bad_server.app.state.flip
    flip["flip"] = "healthy"
    spec = TargetSpec("flip", "flip", TargetKind.ENDPOINT, f"{bad_server.url}/flip", interval=0.3, timeout=2)
    engine = PollEngine()
    engine.start()
    try:
        engine.set_targets([spec])
        drain_until(engine, lambda s: latest_sample(s, "flip") is not None)
        flip["flip"] = "unhealthy"
        seen = drain_until(engine, lambda s: any(isinstance(e, StatusEvent) for e in s))
        event = next(e for e in seen if isinstance(e, StatusEvent))
        assert (event.old, event.new) == ("healthy", "unhealthy")
        flip["flip"] = "healthy"
        seen = drain_until(
            engine, lambda s: any(isinstance(e, StatusEvent) and e.new == "healthy" for e in s)
        )
        # Two failures needed before unhealthy: the first failed poll is only degraded.
        closed = spec.with_changes(
            id="closed", url="http://127.0.0.1:1", thresholds=Thresholds(failures=2), interval=0.3
        )
        engine.set_targets([closed])
        seen = drain_until(
            engine,
            lambda s: (
                [x.status for x in s if isinstance(x, Sample) and x.target == "closed"][:2]
                == ["degraded", "unhealthy"]
            ),
        )
    finally:
        engine.stop()


def test_latency_thresholds_make_a_healthy_answer_worse(bad_server: Any) -> None:
    spec = TargetSpec(
        "ok",
        "ok",
        TargetKind.ENDPOINT,
        f"{bad_server.url}/ok",
        interval=0.3,
        timeout=2,
        thresholds=Thresholds(latency_warn_ms=0.001, latency_critical_ms=100000),
    )
    engine = PollEngine()
    engine.start()
    try:
        engine.set_targets([spec])
        seen = drain_until(engine, lambda s: latest_sample(s, "ok") is not None)
        sample = latest_sample(seen, "ok")
        assert sample.status == "degraded" and "slow" in sample.detail
    finally:
        engine.stop()


def test_local_target_runs_the_local_checks(sqlite_db: Any) -> None:
    from core.observability import local_checks

    engine = PollEngine(local_checks=lambda: local_checks(sqlite_db))
    engine.start()
    try:
        engine.set_targets([local_target(interval=1)])
        seen = drain_until(engine, lambda s: latest_sample(s, "local") is not None, timeout=30)
        sample = latest_sample(seen, "local")
        assert sample.status == "healthy", sample.detail
        assert any(c["name"] == "database" for c in sample.checks)
    finally:
        engine.stop()
