"""Rollout gates: the forms ``parse_gate`` takes and the hostile text it refuses; ``evaluate_gate``
against real servers on 127.0.0.1 (a Prometheus-compatible one whose answers the test sets, the
real Prometheus where it is installed, the observability app's ``/health/ready``)."""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.db import Database
from core.errors import InvalidInput
from core.observability import init_observability
from core.rollouts.gates import GATE_KINDS, GateResult, GateSpec, evaluate_gate, parse_gate
from tests.health_helpers import (
    ServerThread,
    prometheus_binary,
    prometheus_process,
    serve_process,
)
from tests.prom_server import PromServer

CHANGED = ["alpha", "bravo", "charlie"]


@pytest.fixture
def prom() -> Iterator[PromServer]:
    with PromServer() as server:
        yield server


# -- parsing ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "prom:rate(errors_total[5m]) < 0.01",
            GateSpec("prom:rate(errors_total[5m]) < 0.01", "prom", "rate(errors_total[5m])", "<", 0.01),
        ),
        (  # the LAST operator is the gate's; the query keeps its own comparison
            "prom:histogram_quantile(0.99, x) > 0 < 0.5",
            GateSpec(
                "prom:histogram_quantile(0.99, x) > 0 < 0.5",
                "prom",
                "histogram_quantile(0.99, x) > 0",
                "<",
                0.5,
            ),
        ),
        ("prom:up >= 1", GateSpec("prom:up >= 1", "prom", "up", ">=", 1.0)),
        ("  prom:x <= -2.5e-3 ", GateSpec("prom:x <= -2.5e-3", "prom", "x", "<=", -0.0025)),
        ("prom:a >= 1 > 3", GateSpec("prom:a >= 1 > 3", "prom", "a >= 1", ">", 3.0)),
        (
            "compare:rate(errors_total[5m]) higher",
            GateSpec(
                "compare:rate(errors_total[5m]) higher", "compare", "rate(errors_total[5m])", worse="higher"
            ),
        ),
        (
            "compare:sum by (platform) (x) lower",
            GateSpec(
                "compare:sum by (platform) (x) lower", "compare", "sum by (platform) (x)", worse="lower"
            ),
        ),
        (
            "ready:http://10.0.0.5:8080",
            GateSpec("ready:http://10.0.0.5:8080", "ready", url="http://10.0.0.5:8080/health/ready"),
        ),
        (
            "ready:https://shop.lu/",
            GateSpec("ready:https://shop.lu/", "ready", url="https://shop.lu/health/ready"),
        ),
        (
            "ready:http://shop.lu/ops/health/ready",
            GateSpec("ready:http://shop.lu/ops/health/ready", "ready", url="http://shop.lu/ops/health/ready"),
        ),
        ("approval", GateSpec("approval", "approval")),
    ],
)
def test_parse_gate_forms(text: str, expected: GateSpec) -> None:
    assert parse_gate(text) == expected
    assert expected.kind in GATE_KINDS


HOSTILE = [
    "",
    "   ",
    "canary",
    "prom",
    "prom:",
    "prom:up",
    "prom:up<1",  # no spaces around the operator
    "prom: < 1",
    "prom:up < ",
    "prom:up < one",
    "prom:up < nan",
    "prom:up < NaN",
    "prom:up < inf",
    "prom:up < -Infinity",
    "prom:up < 1e999",
    "prom:up < " + "9" * 400,
    "prom:up < 0x10",
    "prom:up < 1_000",
    "prom:up < 1 2",
    "prom:up\n< 1",
    "prom:up < 1\x00",
    "prom:up\x1b[31m < 1",
    "prom:up\u2028 < 1",
    "prom:up \u202e< 1",  # a bidi override
    "prom:up\u200b < 1",  # zero width
    "prom:up\xa0< 1",  # no-break space
    "PROM:up < 1",
    "prom:" + "x" * 3000 + " < 1",
    "compare:up",
    "compare: higher",
    "compare:up worse",
    "compare:higher",
    "ready:",
    "ready:shop.lu",
    "ready:ftp://shop.lu",
    "ready:http://",
    "ready:http://shop .lu",
    "ready:http://shop.lu:99999",
    "ready:http://[::1",
    "approval:now",
    "approval please",
    "*",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_parse_gate_refuses_hostile_text_in_one_clear_line(text: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_gate(text)
    error = raised.value
    assert error.code == "rollout.bad_gate" and error.exit_code == 2
    assert "prom:QUERY OP NUMBER" in error.message and "compare:QUERY higher|lower" in error.message
    assert "ready:URL" in error.message and "approval" in error.message
    assert error.message.isprintable() and len(error.message) < 400
    assert error.details["gate"].isprintable() and error.details["reason"]


def test_the_console_words_a_bad_gate(qapp: Any, caplog: pytest.LogCaptureFixture) -> None:
    from console.dialogs.error_text import message_for

    with pytest.raises(InvalidInput) as raised:
        parse_gate("prom:up\x00 < 1")
    error = raised.value
    with caplog.at_level(logging.WARNING, logger="console"):
        text = message_for(error.code, error.message, error.details)
    assert text != error.message and "prom:up\\x00 < 1 is not a gate" in text
    assert not caplog.records


# -- prom -----------------------------------------------------------------------------------------------
def test_prom_passes_when_every_changed_platform_satisfies(prom: PromServer) -> None:
    prom.set_values({"alpha": 0.001, "bravo": 0.009, "charlie": 0.0, "zulu": 7.0})  # zulu not changed
    spec = parse_gate("prom:rate(errors_total[5m]) < 0.01")
    result = evaluate_gate(spec, CHANGED, ["zulu"], prometheus_url=prom.url)
    assert result.result == "pass", result.detail
    assert result.values == {"alpha": 0.001, "bravo": 0.009, "charlie": 0.0}
    assert result.threshold == 0.01 and result.detail == "All 3 platforms changed have a value < 0.01."
    assert prom.queries == ["rate(errors_total[5m])"]


def test_prom_fails_naming_the_platforms_and_their_values(prom: PromServer) -> None:
    prom.set_values({"alpha": 0.001, "bravo": 0.25, "charlie": float("nan")})
    result = evaluate_gate(parse_gate("prom:errors < 0.01"), CHANGED, [], prometheus_url=prom.url)
    assert result.result == "fail"
    assert result.detail == "2 platforms not < 0.01: bravo 0.25, charlie nan."
    assert result.values["bravo"] == 0.25 and math.isnan(result.values["charlie"])
    assert result.to_dict()["values"] == {"alpha": 0.001, "bravo": 0.25, "charlie": None}  # JSON has no NaN


def test_prom_a_changed_platform_without_a_sample_fails(prom: PromServer) -> None:
    prom.set_values({"alpha": 1.0, "charlie": 1.0})
    result = evaluate_gate(parse_gate("prom:up >= 1"), CHANGED, [], prometheus_url=prom.url)
    assert result.result == "fail"
    assert result.detail == "1 platform without a sample: bravo."
    assert result.values == {"alpha": 1.0, "charlie": 1.0}


def test_prom_every_series_of_a_platform_must_satisfy(prom: PromServer) -> None:
    prom.set_body(
        b'{"status":"success","data":{"resultType":"vector","result":['
        b'{"metric":{"instance":"a:1","platform":"alpha"},"value":[1,"0.1"]},'
        b'{"metric":{"instance":"a:2","platform":"alpha"},"value":[1,"0.9"]},'
        b'{"metric":{"instance":"b:1","platform":"bravo"},"value":[1,"0.1"]},'
        b'{"metric":{"instance":"c:1"},"value":[1,"0.9"]}]}}'
    )
    result = evaluate_gate(parse_gate("prom:x < 0.5"), ["alpha", "bravo"], [], prometheus_url=prom.url)
    assert result.result == "fail" and result.detail == "1 platform not < 0.5: alpha 0.9."


def test_prom_with_nothing_changed_yet_passes(prom: PromServer) -> None:
    result = evaluate_gate(parse_gate("prom:x < 0.5"), [], CHANGED, prometheus_url=prom.url)
    assert result.result == "pass" and not prom.queries


def test_prom_unreachable_slow_or_unconfigured_is_unknown(prom: PromServer) -> None:
    spec = parse_gate("prom:x < 0.5")
    prom.set_values(dict.fromkeys(CHANGED, 0.1))
    prom.delay_after("/api/v1/query", 5, method="GET")
    slow = evaluate_gate(spec, CHANGED, [], prometheus_url=prom.url, timeout=0.3)
    assert slow.result == "unknown" and "did not answer within 0.3 s" in slow.detail
    assert evaluate_gate(spec, CHANGED, [], prometheus_url=prom.url).result == "pass"  # answers again
    url = prom.url
    prom.stop()
    down = evaluate_gate(spec, CHANGED, [], prometheus_url=url, timeout=2)
    assert down.result == "unknown" and f"Prometheus at {url} cannot be reached" in down.detail
    none = evaluate_gate(spec, CHANGED, [], prometheus_url=None)
    assert none.result == "unknown" and "PLATFORM_PROMETHEUS_URL" in none.detail


def test_prom_an_answer_over_the_cap_is_unknown_and_says_so(prom: PromServer) -> None:
    prom.set_values({f"p{i}": 0.0 for i in range(5000)} | dict.fromkeys(CHANGED, 0.0))  # ~300 kB
    result = evaluate_gate(parse_gate("prom:x < 0.5"), CHANGED, [], prometheus_url=prom.url, max_series=10)
    assert result.result == "unknown"
    assert result.detail.startswith("Prometheus's answer is larger than 67,536 bytes, the cap for 10 series")
    assert evaluate_gate(parse_gate("prom:x < 0.5"), CHANGED, [], prometheus_url=prom.url).result == "pass"


def test_prom_a_query_prometheus_refuses_is_unknown_with_its_reason(prom: PromServer) -> None:
    prom.fail_next("/api/v1/query", 400, prom.error("bad_data", "1:5: parse error: unexpected"), method="GET")
    result = evaluate_gate(parse_gate("prom:rate( < 1"), CHANGED, [], prometheus_url=prom.url)
    assert result.result == "unknown"
    assert (
        result.detail
        == "Prometheus did not answer the query: Prometheus: bad_data: 1:5: parse error: unexpected."
    )


# -- compare --------------------------------------------------------------------------------------------
def _fleet(
    changed: dict[str, float], unchanged: dict[str, float]
) -> tuple[list[str], list[str], dict[str, float]]:
    return list(changed), list(unchanged), changed | unchanged


def test_compare_fails_when_the_changed_platforms_are_worse(prom: PromServer) -> None:
    changed, unchanged, values = _fleet(
        {f"c{i}": 0.5 + i / 100 for i in range(12)}, {f"u{i}": 0.1 + i / 1000 for i in range(40)}
    )
    prom.set_values(values)
    higher = evaluate_gate(parse_gate("compare:errors higher"), changed, unchanged, prometheus_url=prom.url)
    assert higher.result == "fail"
    assert higher.detail.startswith("The changed platforms are higher (worse): p = ")
    assert "< 0.01; 12 changed (median 0.555) against 40 unchanged (median 0.1195)." in higher.detail
    assert len(higher.values) == 12 and len(higher.baseline) == 40
    lower = evaluate_gate(parse_gate("compare:errors lower"), changed, unchanged, prometheus_url=prom.url)
    assert lower.result == "pass" and lower.detail.startswith("The changed platforms are not lower at 0.01")


def test_compare_lower_is_worse(prom: PromServer) -> None:
    changed, unchanged, values = _fleet(
        {f"c{i}": 10.0 + i for i in range(10)}, {f"u{i}": 100.0 + i for i in range(30)}
    )
    prom.set_values(values)
    result = evaluate_gate(
        parse_gate("compare:throughput lower"), changed, unchanged, prometheus_url=prom.url
    )
    assert result.result == "fail" and "are lower (worse)" in result.detail


def test_compare_passes_when_alike_and_alpha_decides(prom: PromServer) -> None:
    changed, unchanged, values = _fleet(
        {f"c{i}": float(i % 7) for i in range(20)}, {f"u{i}": float((i + 3) % 7) for i in range(60)}
    )
    prom.set_values(values)
    spec = parse_gate("compare:latency higher")
    result = evaluate_gate(spec, changed, unchanged, prometheus_url=prom.url)
    assert result.result == "pass" and "p = " in result.detail and "20 changed" in result.detail
    # Slightly worse: not significant at 0.01, significant at a looser 0.5.
    prom.set_values({**values, **{c: v + 1.0 for c, v in values.items() if c.startswith("c")}})
    assert evaluate_gate(spec, changed, unchanged, prometheus_url=prom.url, alpha=0.01).result == "pass"
    assert evaluate_gate(spec, changed, unchanged, prometheus_url=prom.url, alpha=0.5).result == "fail"
    with pytest.raises(ValueError, match="alpha"):
        evaluate_gate(spec, changed, unchanged, prometheus_url=prom.url, alpha=1.0)


def test_compare_with_nothing_left_to_compare_passes_with_a_note(prom: PromServer) -> None:
    prom.set_values(dict.fromkeys(CHANGED, 5.0))
    spec = parse_gate("compare:errors higher")
    none_left = evaluate_gate(spec, CHANGED, [], prometheus_url=prom.url)
    assert none_left.result == "pass"
    assert none_left.detail == "Nothing to compare with: no target is left unchanged (passed)."
    no_samples = evaluate_gate(spec, CHANGED, ["zulu"], prometheus_url=prom.url)
    assert no_samples.result == "pass" and "no unchanged target has a sample" in no_samples.detail
    prom.set_values({"zulu": 1.0})
    missing = evaluate_gate(spec, CHANGED, ["zulu"], prometheus_url=prom.url)
    assert (
        missing.result == "fail"
        and missing.detail == "None of the 3 platforms changed has a sample to compare."
    )


def test_compare_unreachable_is_unknown() -> None:
    server = PromServer().start()
    url = server.url
    server.stop()
    result = evaluate_gate(parse_gate("compare:x higher"), CHANGED, ["zulu"], prometheus_url=url, timeout=2)
    assert result.result == "unknown" and "cannot be reached" in result.detail


# -- ready ------------------------------------------------------------------------------------------------
def test_ready_passes_on_a_ready_platform_process(db: Database) -> None:
    obs = init_observability(database=db, health_timeout=5, process_metrics=False, sentry_dsn="")
    with ServerThread(obs.app()) as server:
        result = evaluate_gate(parse_gate(f"ready:{server.url}"), CHANGED, [])
        assert result.result == "pass" and result.detail == f"{server.url}/health/ready answers ready."
        url = server.url
    down = evaluate_gate(parse_gate(f"ready:{url}/"), CHANGED, [], timeout=2)
    assert down.result == "unknown" and "cannot be reached" in down.detail


def test_ready_fails_when_the_process_is_not_ready() -> None:
    obs = init_observability(enable_metrics=False, database=None, sentry_dsn="")
    with ServerThread(obs.app()) as server:
        result = evaluate_gate(parse_gate(f"ready:{server.url}"), CHANGED, [])
        assert result.result == "fail"
        assert (
            result.detail
            == f"{server.url}/health/ready answers not ready (HTTP 503): no database configured."
        )
        other = evaluate_gate(parse_gate(f"ready:{server.url}/nothing/here"), CHANGED, [])
        assert other.result == "fail" and "answered HTTP 404 without a readiness document" in other.detail


def test_ready_slow_is_unknown(prom: PromServer) -> None:
    prom.delay_after("/health/ready", 5, method="GET")
    result = evaluate_gate(parse_gate(f"ready:{prom.url}"), CHANGED, [], timeout=0.3)
    assert result.result == "unknown" and "did not answer within 0.3 s" in result.detail


def test_approval_is_not_evaluated_here() -> None:
    with pytest.raises(ValueError, match="approval"):
        evaluate_gate(parse_gate("approval"), CHANGED, [])


def test_result_document() -> None:
    result = GateResult("prom:x < 1", "fail", "why.", {"a": 2.0, "b": float("inf")}, [1.0], 1.0)
    assert result.to_dict() == {
        "gate": "prom:x < 1",
        "result": "fail",
        "detail": "why.",
        "values": {"a": 2.0, "b": None},
        "baseline": [1.0],
        "threshold": 1.0,
    }
    finite = GateResult("compare:x higher", "pass", "ok.", {"a": 2.0, "b": -0.5}, [1.0, float("nan")], None)
    assert finite.to_dict()["values"] == {"a": 2.0, "b": -0.5} and finite.to_dict()["baseline"] == [1.0, None]
    assert finite.to_dict()["values"] is not finite.values  # a copy: the result stays as it was
    nan = GateResult("prom:x < 1", "fail", "why.", {"a": float("nan"), "b": 0.5}, [], 1.0)
    assert nan.to_dict()["values"] == {"a": None, "b": 0.5} and nan.to_dict()["baseline"] == []


# -- the real Prometheus, scraping a `platformctl serve` process ----------------------------------------
@pytest.fixture
def real_prometheus(sqlite_db: Database, tmp_path: Path) -> Iterator[str]:
    if prometheus_binary() is None:
        if os.environ.get("PLATFORM_REQUIRE_POSTGRES") == "1":
            pytest.fail("the prometheus binary is missing (Debian package `prometheus`; .ci/run installs it)")
        pytest.skip("the prometheus binary is not installed (apt-get install prometheus)")
    url = sqlite_db.url.render_as_string(hide_password=False)
    with serve_process(url) as serve_url, prometheus_process(serve_url, tmp_path) as prom_url:
        yield prom_url


@pytest.mark.slow
def test_prom_gate_against_the_real_prometheus(real_prometheus: str) -> None:
    # The scraped process's `up`, labelled as the platform "alpha" (PromQL's label_replace).
    spec = parse_gate('prom:label_replace(up, "platform", "alpha", "", "") >= 1')
    passed = evaluate_gate(spec, ["alpha"], [], prometheus_url=real_prometheus)
    assert passed.result == "pass" and passed.values == {"alpha": 1.0}
    failed = evaluate_gate(spec, ["alpha", "bravo"], [], prometheus_url=real_prometheus)
    assert failed.result == "fail" and failed.detail == "1 platform without a sample: bravo."
    refused = evaluate_gate(parse_gate("prom:rate(up < 1"), ["alpha"], [], prometheus_url=real_prometheus)
    assert refused.result == "unknown" and "bad_data" in refused.detail
