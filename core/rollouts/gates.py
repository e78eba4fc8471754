"""Rollout gates: what is checked after a wave has baked, before the next one goes out.

A gate is written as text (``--gate``) and parsed by :func:`parse_gate`:

* ``prom:QUERY OP NUMBER``: an instant query to Prometheus; every platform changed so far must have a
  sample (label ``platform``) with ``value OP NUMBER``. The operator is the last `` < ``, `` <= ``,
  `` > `` or `` >= `` of the text, so the query may hold comparisons of its own.
* ``compare:QUERY higher|lower``: the changed platforms' values against the unchanged targets' with a
  two-sample Mann-Whitney U test; ``higher`` means higher values are worse.
* ``ready:URL``: that platform process's ``/health/ready`` must answer ready.
* ``approval``: a person approves the next wave (the rollout engine handles it, not this module).

:func:`evaluate_gate` answers ``pass``, ``fail`` or ``unknown`` (Prometheus or the process could not
be asked); it never raises for what a server answers.
"""

from __future__ import annotations

import math
import operator
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from core.errors import InvalidInput
from core.prometheus import (
    BadAnswer,
    PrometheusUnreachable,
    fetch_instant,
    label_samples,
    no_cycle_collection,
    numbers,
    too_large,
)

GATE_KINDS = ("prom", "compare", "ready", "approval")
OPERATORS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
WORSE = ("higher", "lower")
MAX_GATE_LENGTH = 2000
MAX_NUMBER_LENGTH = 40
# The cap on Prometheus's answer: a series of the platform's own metrics with a few labels is about
# 100 bytes of JSON; twice that per series allowed, plus room for the envelope.
BYTES_PER_SERIES = 200
PLATFORM_LABEL = "platform"
READY_PATH = "/health/ready"
FORMS = (
    "prom:QUERY OP NUMBER (OP being <, <=, > or >=, with a space on each side), "
    "compare:QUERY higher|lower, ready:URL or approval"
)
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,4})?")
_SHOWN = 80


@dataclass(frozen=True)
class GateSpec:
    text: str  # as the user wrote it, e.g. "prom:rate(errors[5m]) < 0.01"
    kind: str  # prom | compare | ready | approval
    query: str | None = None  # prom, compare
    op: str | None = None  # prom: "<", "<=", ">", ">="
    threshold: float | None = None
    worse: str | None = None  # compare: "higher" | "lower"
    url: str | None = None  # ready


@dataclass(frozen=True)
class GateResult:
    gate: str
    result: str  # pass | fail | unknown
    detail: str
    values: dict[str, float] = field(default_factory=dict)
    baseline: list[float] = field(default_factory=list)
    threshold: float | None = None

    def to_dict(self) -> dict[str, Any]:
        values, baseline = self.values, self.baseline
        # 55,000 values are most often all finite: checked in C, copied as they are.
        if all(map(math.isfinite, values.values())):
            shown = dict(values)
        else:
            shown = {code: _json_number(v) for code, v in values.items()}
        return {
            "gate": self.gate,
            "result": self.result,
            "detail": self.detail,
            "values": shown,
            "baseline": list(baseline)
            if all(map(math.isfinite, baseline))
            else list(map(_json_number, baseline)),
            "threshold": self.threshold,
        }


def _json_number(value: float) -> float | None:
    """NaN and infinities are not JSON: they are written null."""
    return value if math.isfinite(value) else None


# -- parsing ------------------------------------------------------------------------------------------
def _shown(text: str) -> str:
    """The text as an error message may show it: control characters escaped, cut at 80 characters."""
    escaped = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
    return escaped if len(escaped) <= _SHOWN else escaped[: _SHOWN - 1] + "…"


def _bad(text: str, reason: str) -> InvalidInput:
    shown = _shown(text)
    return InvalidInput(
        "rollout.bad_gate",
        f"{shown!r} is not a gate ({reason}); write {FORMS}",
        {"gate": shown, "reason": reason},
    )


def parse_gate(text: str) -> GateSpec:
    """``prom:QUERY OP NUMBER``, ``compare:QUERY higher|lower``, ``ready:URL`` or ``approval``.

    Raises :class:`InvalidInput` (``rollout.bad_gate``) with a message that shows the accepted forms.
    """
    if not isinstance(text, str):
        raise _bad(str(text), "not text")
    if len(text) > MAX_GATE_LENGTH:
        raise _bad(text, f"longer than {MAX_GATE_LENGTH} characters")
    if not text.isprintable():  # control, format (bidi overrides, zero width), separators but " "
        raise _bad(text, "it holds control or invisible characters")
    text = text.strip()
    if text == "approval":
        return GateSpec(text, "approval")
    kind, colon, rest = text.partition(":")
    if not colon or kind not in GATE_KINDS or kind == "approval":
        raise _bad(text, "unknown kind" if colon else "no kind")
    if kind == "prom":
        return _parse_prom(text, rest)
    if kind == "compare":
        return _parse_compare(text, rest)
    return _parse_ready(text, rest)


def _parse_prom(text: str, rest: str) -> GateSpec:
    found = max(((rest.rfind(f" {op} "), op) for op in OPERATORS), key=lambda hit: hit[0])
    position, op = found
    if position < 0:
        raise _bad(text, "no operator")
    query = rest[:position].strip()
    number = rest[position + len(op) + 2 :].strip()
    if not query:
        raise _bad(text, "no query")
    threshold = _threshold(text, number)
    return GateSpec(text, "prom", query=query, op=op, threshold=threshold)


def _threshold(text: str, number: str) -> float:
    if not number:
        raise _bad(text, "no number after the operator")
    if len(number) > MAX_NUMBER_LENGTH or not _NUMBER.fullmatch(number):
        raise _bad(text, f"{_shown(number)} is not a number")
    value = float(number)
    if not math.isfinite(value):
        raise _bad(text, f"{_shown(number)} is too large")
    return value


def _parse_compare(text: str, rest: str) -> GateSpec:
    query, _space, worse = rest.strip().rpartition(" ")
    if worse not in WORSE:
        raise _bad(text, "the comparison must end with higher or lower")
    query = query.strip()
    if not query:
        raise _bad(text, "no query")
    return GateSpec(text, "compare", query=query, worse=worse)


def _parse_ready(text: str, rest: str) -> GateSpec:
    url = rest.strip()
    if not url or any(c.isspace() for c in url):
        raise _bad(text, "no URL" if not url else "a URL has no spaces")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError:
        raise _bad(text, "not a URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _bad(text, "the URL must start with http:// or https:// and name a host")
    if parts.path in ("", "/"):
        url = urlunsplit((parts.scheme, parts.netloc, READY_PATH, parts.query, ""))
    return GateSpec(text, "ready", url=url)


# -- evaluation ----------------------------------------------------------------------------------------
def evaluate_gate(
    spec: GateSpec,
    changed: Sequence[str],
    unchanged: Sequence[str],
    *,
    alpha: float = 0.01,
    prometheus_url: str | None = None,
    timeout: float = 10.0,
    max_series: int = 100_000,
) -> GateResult:
    """Evaluate one gate for the platforms ``changed`` so far (and, for ``compare``, the targets
    ``unchanged`` yet). ``approval`` is not evaluated here (:class:`ValueError`)."""
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must lie between 0 and 1, not {alpha!r}")
    if spec.kind == "prom":
        return _evaluate_prom(spec, changed, prometheus_url, timeout, max_series)
    if spec.kind == "compare":
        return _evaluate_compare(spec, changed, unchanged, alpha, prometheus_url, timeout, max_series)
    if spec.kind == "ready":
        return _evaluate_ready(spec, timeout)
    raise ValueError(f"the {spec.kind} gate is not evaluated by evaluate_gate")


def _query(
    spec: GateSpec, prometheus_url: str | None, timeout: float, max_series: int
) -> list[tuple[str, str]] | GateResult:
    """(platform, sample) of every series with a ``platform`` label, or an ``unknown`` result saying
    why there are none."""
    if not prometheus_url:
        return GateResult(
            spec.text,
            "unknown",
            "No Prometheus is configured (PLATFORM_PROMETHEUS_URL).",
            {},
            [],
            spec.threshold,
        )
    max_bytes = max_series * BYTES_PER_SERIES + 65_536
    assert spec.query is not None
    try:
        body = fetch_instant(prometheus_url, spec.query, max_bytes=max_bytes, timeout=timeout)
        return label_samples(body, PLATFORM_LABEL)
    except PrometheusUnreachable as exc:
        detail = f"{_sentence(str(exc))} The gate is asked again at the next check."
    except BadAnswer as exc:
        if str(exc) == too_large(max_bytes):
            detail = (
                f"Prometheus's answer is larger than {max_bytes:,} bytes, the cap for "
                f"{max_series:,} series: narrow the query (by platform, say)."
            )
        else:
            detail = f"Prometheus did not answer the query: {exc}."
    return GateResult(spec.text, "unknown", detail, {}, [], spec.threshold)


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _several(answer: list[tuple[str, str]], wanted: set[str]) -> dict[str, list[str]]:
    """The samples of the wanted platforms that have more than one series."""
    grouped: dict[str, list[str]] = {}
    for code, raw in answer:
        if code in wanted:
            grouped.setdefault(code, []).append(raw)
    return {code: found for code, found in grouped.items() if len(found) > 1}


def _names(codes: Sequence[str], limit: int = 5) -> str:
    shown = ", ".join(codes[:limit])
    more = len(codes) - limit
    return f"{shown} and {more} more" if more > 0 else shown


def _platforms(n: int) -> str:
    return f"{n} platform" if n == 1 else f"{n} platforms"


def _evaluate_prom(
    spec: GateSpec, changed: Sequence[str], prometheus_url: str | None, timeout: float, max_series: int
) -> GateResult:
    if not changed:
        return GateResult(spec.text, "pass", "No platform is changed yet.", {}, [], spec.threshold)
    answer = _query(spec, prometheus_url, timeout, max_series)
    if isinstance(answer, GateResult):
        return answer
    with no_cycle_collection():
        return _judge_prom(spec, changed, answer)


def _judge_prom(spec: GateSpec, changed: Sequence[str], answer: list[tuple[str, str]]) -> GateResult:
    assert spec.op is not None and spec.threshold is not None
    condition = f"{spec.op} {spec.threshold:g}"
    # 100,000 changed platforms are checked within the gate's budget: the loops run in C (map,
    # filter, compress), the few platforms with several series are looked at one by one.
    samples = dict(answer)
    compare = OPERATORS[spec.op]
    threshold = spec.threshold
    raw = list(map(samples.get, changed))
    if None in raw:  # some changed platform has no sample
        codes = [c for c, r in zip(changed, raw, strict=True) if r is not None]
        missing = [c for c, r in zip(changed, raw, strict=True) if r is None]
        raw = [r for r in raw if r is not None]
    else:
        codes, missing = list(changed), []
    measured = numbers(raw)
    values = dict(zip(codes, measured, strict=True))
    # A comparison with NaN is False whatever the operator: a NaN sample fails.
    failing = list(compress(codes, map(operator.not_, map(compare, measured, repeat(threshold)))))
    if len(samples) < len(answer):  # some platform has several series: every one must satisfy
        failing_set = set(failing)
        for code, found in _several(answer, set(codes)).items():
            bad = [v for v in numbers(found) if not compare(v, threshold)]
            if bad and code not in failing_set:
                failing.append(code)
                values[code] = bad[0]
    if not failing and not missing:
        return GateResult(
            spec.text,
            "pass",
            f"All {_platforms(len(changed))} changed have a value {condition}.",
            values,
            [],
            threshold,
        )
    reasons = []
    if failing:
        worst = ", ".join(f"{code} {values[code]:g}" for code in failing[:5])
        more = f" and {len(failing) - 5} more" if len(failing) > 5 else ""
        reasons.append(f"{_platforms(len(failing))} not {condition}: {worst}{more}")
    if missing:
        reasons.append(f"{_platforms(len(missing))} without a sample: {_names(missing)}")
    return GateResult(spec.text, "fail", "; ".join(reasons) + ".", values, [], threshold)


def _evaluate_compare(
    spec: GateSpec,
    changed: Sequence[str],
    unchanged: Sequence[str],
    alpha: float,
    prometheus_url: str | None,
    timeout: float,
    max_series: int,
) -> GateResult:
    if not changed:
        return GateResult(spec.text, "pass", "No platform is changed yet.", {}, [], None)
    answer = _query(spec, prometheus_url, timeout, max_series)
    if isinstance(answer, GateResult):
        return answer
    changed_set = set(changed)
    samples = dict(answer)
    codes = [code for code in changed if code in samples]
    values = dict(zip(codes, numbers([samples[code] for code in codes]), strict=True))
    baseline = numbers([samples[c] for c in unchanged if c in samples and c not in changed_set])
    ours = [v for v in values.values() if not math.isnan(v)]
    theirs = [v for v in baseline if not math.isnan(v)]
    if not ours:
        return GateResult(
            spec.text,
            "fail",
            f"None of the {_platforms(len(changed))} changed has a sample to compare.",
            values,
            baseline,
            None,
        )
    if not theirs:
        note = "no target is left unchanged" if not unchanged else "no unchanged target has a sample"
        return GateResult(
            spec.text, "pass", f"Nothing to compare with: {note} (passed).", values, baseline, None
        )
    from scipy.stats import mannwhitneyu  # scipy costs import time: only a comparison loads it

    alternative = "greater" if spec.worse == "higher" else "less"
    p = float(mannwhitneyu(ours, theirs, alternative=alternative).pvalue)
    counts = (
        f"{len(ours)} changed (median {statistics.median(ours):g}) against "
        f"{len(theirs)} unchanged (median {statistics.median(theirs):g})"
    )
    if math.isnan(p):
        return GateResult(
            spec.text, "unknown", f"The test gave no p-value: {counts}.", values, baseline, None
        )
    if p < alpha:
        detail = f"The changed platforms are {spec.worse} (worse): p = {p:.3g} < {alpha:g}; {counts}."
        return GateResult(spec.text, "fail", detail, values, baseline, None)
    detail = f"The changed platforms are not {spec.worse} at {alpha:g}: p = {p:.3g}; {counts}."
    return GateResult(spec.text, "pass", detail, values, baseline, None)


def _evaluate_ready(spec: GateSpec, timeout: float) -> GateResult:
    import httpx

    assert spec.url is not None
    try:
        response = httpx.get(spec.url, timeout=timeout, headers={"Accept": "application/json"})
    except httpx.TimeoutException:
        detail = f"{spec.url} did not answer within {timeout:g} s."
        return GateResult(spec.text, "unknown", detail, {}, [], None)
    except httpx.HTTPError as exc:
        detail = f"{spec.url} cannot be reached: {exc}."
        return GateResult(spec.text, "unknown", detail, {}, [], None)
    try:
        doc = response.json()
    except ValueError:
        doc = None
    document = isinstance(doc, dict) and isinstance(doc.get("ready"), bool)
    if response.status_code == 200 and document and doc["ready"]:
        return GateResult(spec.text, "pass", f"{spec.url} answers ready.", {}, [], None)
    if document and not doc["ready"]:
        reasons = doc.get("reasons") if isinstance(doc.get("reasons"), list) else []
        why = f": {'; '.join(str(r) for r in reasons[:3])}" if reasons else ""
        detail = f"{spec.url} answers not ready (HTTP {response.status_code}){why}."
        return GateResult(spec.text, "fail", detail, {}, [], None)
    detail = f"{spec.url} answered HTTP {response.status_code} without a readiness document."
    return GateResult(spec.text, "fail", detail, {}, [], None)
