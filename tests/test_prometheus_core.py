"""core.prometheus: the Prometheus client moved from the console, its capped synchronous instant
query against a real server on 127.0.0.1, and the fast reading of a vector's label."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.prometheus import (
    _VECTOR_HEAD,
    BadAnswer,
    PrometheusUnreachable,
    fetch_instant,
    instant_query,
    label_samples,
    numbers,
    parse_vector,
)
from tests.health_helpers import ServerThread
from tests.prom_server import PromServer, vector_body


@pytest.fixture
def prom() -> Iterator[PromServer]:
    with PromServer({"p1": 0.5, "p2": 2.0}) as server:
        yield server


def test_the_console_reads_the_same_exception_from_core() -> None:
    from console.health import parsing, poller

    assert parsing.BadAnswer is BadAnswer and issubclass(poller.TooLarge, BadAnswer)
    assert issubclass(PrometheusUnreachable, BadAnswer)


def test_instant_query_reads_the_vector(prom: PromServer) -> None:
    items = instant_query(prom.url, 'rate(errors_total{job="platform"}[5m])', max_bytes=10_000)
    assert {i.labels["platform"]: i.value for i in items} == {"p1": 0.5, "p2": 2.0}
    assert prom.queries == ['rate(errors_total{job="platform"}[5m])']
    instant_query(prom.url + "/", "up", max_bytes=10_000, at=1_700_000_000.5)
    (last,) = prom.requests_to("GET", "/api/v1/query")[-1:]
    assert last.query == {"query": "up", "time": "1700000000.500"}


def test_a_scalar_is_one_item_without_labels(prom: PromServer) -> None:
    prom.set_body(b'{"status":"success","data":{"resultType":"scalar","result":[1700000000,"3"]}}')
    (item,) = instant_query(prom.url, "scalar(up)", max_bytes=10_000)
    assert item.labels == {} and item.value == 3.0


def test_an_answer_over_the_cap_is_refused(prom: PromServer) -> None:
    body = vector_body({f"p{i}": 1.0 for i in range(1000)})
    prom.set_body(body)
    with pytest.raises(BadAnswer, match=f"answer larger than {len(body) - 1:,} bytes"):
        fetch_instant(prom.url, "up", max_bytes=len(body) - 1)
    assert fetch_instant(prom.url, "up", max_bytes=len(body)) == body


def test_a_streamed_answer_over_the_cap_is_refused_as_it_comes() -> None:
    """Without a Content-Length (chunked) the body is counted as it streams."""
    from fastapi import FastAPI
    from fastapi.responses import StreamingResponse

    app = FastAPI()

    @app.get("/api/v1/query")
    async def endless() -> StreamingResponse:
        async def chunks() -> Any:
            yield b'{"status":"success","data":{"resultType":"vector","result":['
            for _ in range(200):  # about 900 kB
                yield b'{"metric":{"platform":"p"},"value":[1,"1"]},' * 100
            yield b'{"metric":{"platform":"p"},"value":[1,"1"]}]}}'

        return StreamingResponse(chunks(), media_type="application/json")

    with ServerThread(app) as server, pytest.raises(BadAnswer, match="answer larger than 100,000 bytes"):
        fetch_instant(server.url, "up", max_bytes=100_000)
    with ServerThread(app) as server:
        assert len(instant_query(server.url, "up", max_bytes=1_000_000)) == 20_001


def test_prometheus_errors_say_why(prom: PromServer) -> None:
    prom.fail_next("/api/v1/query", 400, prom.error("bad_data", "1:4: parse error"), method="GET")
    with pytest.raises(BadAnswer, match="Prometheus: bad_data: 1:4: parse error"):
        instant_query(prom.url, "up{", max_bytes=10_000)
    prom.fail_next("/api/v1/query", 502, b"<html>Bad Gateway</html>", method="GET")
    with pytest.raises(BadAnswer, match="Prometheus answered HTTP 502") as raised:
        instant_query(prom.url, "up", max_bytes=10_000)
    assert not isinstance(raised.value, PrometheusUnreachable)
    prom.set_body(b"<html>not Prometheus</html>")
    with pytest.raises(BadAnswer, match="not JSON"):
        instant_query(prom.url, "up", max_bytes=10_000)


def test_unreachable_and_slow_are_prometheus_unreachable(prom: PromServer) -> None:
    prom.delay_after("/api/v1/query", 5, method="GET")
    started = time.monotonic()
    with pytest.raises(PrometheusUnreachable, match=r"did not answer within 0\.3 s"):
        instant_query(prom.url, "up", max_bytes=10_000, timeout=0.3)
    assert time.monotonic() - started < 4  # not the server's 5 s
    url = prom.url
    prom.stop()
    with pytest.raises(PrometheusUnreachable, match="cannot be reached"):
        instant_query(url, "up", max_bytes=10_000, timeout=2)
    with pytest.raises(PrometheusUnreachable, match="not a Prometheus address"):
        instant_query("http://[::1", "up", max_bytes=10_000)


# -- reading one label of 100,000 series -------------------------------------------------------------
def _prometheus_json(series: list[tuple[dict[str, str], str]]) -> bytes:
    """As Prometheus writes an instant vector: no spaces, labels sorted, UTF-8 unescaped."""
    result = [{"metric": dict(sorted(labels.items())), "value": [1700000000.123, v]} for labels, v in series]
    doc = {"status": "success", "data": {"resultType": "vector", "result": result}}
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()


label_names = st.sampled_from(["__name__", "instance", "job", "platform", "plat", "zone", "a"])
label_texts = st.text(alphabet=st.sampled_from('ab-:{}[],"\\ é1'), max_size=8)
samples = st.sampled_from(["0", "0.5", "-1e-05", "NaN", "+Inf", "-Inf", "12345678.9"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.dictionaries(label_names, label_texts, max_size=5), samples), max_size=6))
def test_label_samples_reads_what_json_reads(series: list[tuple[dict[str, str], str]]) -> None:
    """Quotes, braces, commas and backslashes in the labels: the fast path and JSON agree."""
    expected = [(labels["platform"], v) for labels, v in series if "platform" in labels]
    assert label_samples(_prometheus_json(series), "platform") == expected
    spaced = json.dumps(json.loads(_prometheus_json(series)), indent=1).encode()  # another layout
    assert label_samples(spaced, "platform") == expected


plain_texts = st.text(alphabet=st.sampled_from("ab-:{}[], é1"), max_size=8)  # no quote, no backslash


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.dictionaries(label_names, plain_texts, max_size=5), samples), max_size=6))
def test_label_samples_fast_path_reads_what_json_reads(series: list[tuple[dict[str, str], str]]) -> None:
    """Without escapes (braces, brackets and commas in label values included) the fast path
    reads the answer: what JSON reads."""
    body = _prometheus_json(series)
    assert body.startswith(_VECTOR_HEAD.encode()) and b"\\" not in body
    expected = [(labels["platform"], v) for labels, v in series if "platform" in labels]
    assert label_samples(body, "platform") == expected


def test_label_samples_of_a_large_answer_and_the_numbers() -> None:
    values = {f"platform-{i:06d}": i / 10 for i in range(100_000)}
    found = label_samples(vector_body(values), "platform")
    assert len(found) == 100_000 and found[12_345] == ("platform-012345", "1234.5")
    assert numbers([raw for _code, raw in found[:3]]) == [0.0, 0.1, 0.2]
    nan, inf, bad = numbers(["NaN", "+Inf", "lots"])
    assert nan != nan and inf == float("inf") and bad != bad


@pytest.mark.parametrize("repeated", [True, False])
def test_numbers_of_many_samples_repeated_or_not(repeated: bool) -> None:
    """Repeated samples are parsed once per distinct text: the same floats as one by one."""
    texts = ["0", "0.001", "NaN", "+Inf", "-Inf", "1e-05", "12345678.9", "-0"]
    raw = [texts[i % len(texts)] if repeated else f"{i}.5" for i in range(20_000)]
    found = numbers(raw)
    assert len(found) == len(raw)
    for text, value in zip(raw, found, strict=True):
        assert (math.isnan(value) and text == "NaN") or value == float(text)
    assert math.copysign(1, found[7]) == -1.0 if repeated else found[7] == 7.5  # "-0" stays -0.0
    mixed = numbers(["0"] * 5_000 + ["not a number"])
    assert mixed[:5_000] == [0.0] * 5_000 and math.isnan(mixed[-1])


def test_parse_vector_refuses_malformed_samples() -> None:
    with pytest.raises(BadAnswer, match="malformed sample"):
        parse_vector(b'{"status":"success","data":{"resultType":"vector","result":[{"metric":{}}]}}')
    with pytest.raises(BadAnswer, match="expected an instant vector, got matrix"):
        label_samples(b'{"status":"success","data":{"resultType":"matrix","result":[]}}', "platform")
