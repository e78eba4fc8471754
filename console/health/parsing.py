"""Reading what endpoints answer, off the GUI thread: health JSON, Prometheus text, derived series.

Everything here is plain Python (no Qt) and runs in the poller's thread. A malformed answer is a
:class:`BadAnswer` (the target shows "unknown" with the reason), never an exception that escapes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Moved to core (the rollout gates read Prometheus too); the console imports it from here still.
from core.prometheus import BadAnswer as BadAnswer

STATUS_VALUES = {"healthy": 0.0, "degraded": 1.0, "unhealthy": 2.0, "unknown": 3.0}
STATUSES = tuple(STATUS_VALUES)
QUANTILES = (0.5, 0.95, 0.99)
MAX_SERIES_PER_METRIC = 8


def status_value(status: str) -> float:
    return STATUS_VALUES.get(status, 3.0)


def worse(a: str, b: str) -> str:
    return a if status_value(a) >= status_value(b) else b


# -- /health ------------------------------------------------------------------------------
@dataclass
class HealthAnswer:
    status: str
    detail: str
    checks: list[dict[str, Any]] = field(default_factory=list)


def parse_health(body: bytes, http_status: int, content_type: str = "") -> HealthAnswer:
    """The JSON document of ``/health`` (200 or 503)."""
    if http_status in (401, 403):
        raise BadAnswer(
            f"HTTP {http_status}: the endpoint wants its health token (edit the target to set it)"
        )
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        if http_status >= 500:
            raise BadAnswer(f"HTTP {http_status} without a health document") from None
        kind = content_type.split(";")[0].strip() or "no content type"
        raise BadAnswer(f"not JSON (HTTP {http_status}, {kind})") from None
    if not isinstance(doc, dict) or doc.get("status") not in ("healthy", "degraded", "unhealthy"):
        raise BadAnswer(f"HTTP {http_status}: JSON without a health status")
    checks = doc.get("checks") if isinstance(doc.get("checks"), list) else []
    checks = [c for c in checks if isinstance(c, dict)]
    failing = [c for c in checks if c.get("status") not in (None, "healthy")]
    if failing:
        detail = "; ".join(f"{c.get('name', '?')}: {c.get('detail', c.get('status'))}" for c in failing[:3])
    else:
        detail = checks_healthy(len(checks)) if checks else str(doc.get("status"))
    return HealthAnswer(str(doc["status"]), detail, checks)


def checks_healthy(count: int) -> str:
    """``1 check healthy`` / ``16 checks healthy`` (a target's detail)."""
    return f"{count} check healthy" if count == 1 else f"{count} checks healthy"


# -- /metrics -------------------------------------------------------------------------------
@dataclass
class Family:
    name: str
    type: str
    help: str
    samples: list[tuple[str, tuple[tuple[str, str], ...], float]]


def _check_text(text: str) -> None:
    head = text.lstrip()[:1]
    if head in ("<", "{", "["):
        raise BadAnswer("not Prometheus text (looks like HTML or JSON)")


def _prefilter(text: str, wanted: Iterable[str]) -> str:
    """Only the lines of the wanted families: parsing all of /metrics costs far more."""
    prefixes = tuple(wanted)
    comment_prefixes = tuple(f"# {kind} {name}" for name in prefixes for kind in ("HELP", "TYPE"))
    keep = [
        line
        for line in text.splitlines()
        if line.startswith(prefixes) or (line.startswith("#") and line.startswith(comment_prefixes))
    ]
    return "\n".join(keep) + "\n"


def parse_metrics(text: str, wanted: Iterable[str] | None = None) -> dict[str, Family]:
    """Prometheus text -> families (only ``wanted`` ones when given)."""
    from prometheus_client.parser import text_string_to_metric_families

    _check_text(text)
    wanted_set = set(wanted) if wanted is not None else None
    source = _prefilter(text, wanted_set) if wanted_set else text
    families: dict[str, Family] = {}
    try:
        for fam in text_string_to_metric_families(source):
            if wanted_set is not None and fam.name not in wanted_set:
                continue
            families[fam.name] = Family(
                fam.name,
                fam.type,
                fam.documentation,
                [(s.name, tuple(sorted(s.labels.items())), float(s.value)) for s in fam.samples],
            )
    except Exception as exc:  # the parser raises ValueError, IndexError, ... on garbage
        raise BadAnswer(f"not Prometheus text: {exc}") from None
    if wanted_set is None and not families and text.strip():
        raise BadAnswer("not Prometheus text: no metric found")
    return families


def list_families(text: str) -> list[tuple[str, str, str]]:
    """(name, type, help) of every family, sorted by name: what the metric chooser offers."""
    return sorted((f.name, f.type, f.help) for f in parse_metrics(text).values())


def _label_text(labels: tuple[tuple[str, str], ...], skip: tuple[str, ...] = ()) -> str:
    shown = [f'{k}="{v}"' for k, v in labels if k not in skip]
    return "{" + ",".join(shown) + "}" if shown else ""


def histogram_quantile(q: float, buckets: list[tuple[float, float]]) -> float | None:
    """Prometheus's histogram_quantile over cumulative (upper bound, count) pairs."""
    if not buckets:
        return None
    buckets = sorted(buckets)
    total = buckets[-1][1]
    if total <= 0 or not math.isinf(buckets[-1][0]):
        return None
    rank = q * total
    prev_bound, prev_count = 0.0, 0.0
    for bound, count in buckets:
        if count >= rank:
            if math.isinf(bound):
                return prev_bound
            if count == prev_count:
                return bound
            return prev_bound + (bound - prev_bound) * (rank - prev_count) / (count - prev_count)
        prev_bound, prev_count = bound, count
    return prev_bound


class MetricDeriver:
    """Per target: counters as rates, gauges as values, histograms as quantiles.

    Series keys look like ``metric:NAME{labels}`` (gauges), ``metric:NAME{labels} rate`` (counters,
    per second) and ``metric:NAME p95`` (histograms, over every label set, between two polls).
    """

    def __init__(self) -> None:
        self._previous: dict[str, tuple[float, float]] = {}
        self._buckets: dict[str, tuple[float, dict[float, float]]] = {}

    def derive(self, ts: float, families: dict[str, Family]) -> dict[str, float]:
        out: dict[str, float] = {}
        for fam in families.values():
            if fam.type == "counter":
                self._counter(ts, fam, out)
            elif fam.type == "histogram":
                self._histogram(ts, fam, out)
            elif fam.type == "summary":
                for name, labels, value in fam.samples:
                    if name == fam.name and "quantile" in dict(labels):
                        q = dict(labels)["quantile"]
                        out[f"metric:{fam.name}{_label_text(labels, ('quantile',))} q{q}"] = value
            else:  # gauge, untyped, info, stateset: their values as they are
                count = 0
                for name, labels, value in fam.samples:
                    if count >= MAX_SERIES_PER_METRIC:
                        break
                    if name.endswith("_created"):
                        continue
                    out[f"metric:{name}{_label_text(labels)}"] = value
                    count += 1
        return out

    def _counter(self, ts: float, fam: Family, out: dict[str, float]) -> None:
        count = 0
        for name, labels, value in fam.samples:
            if not name.endswith("_total") and name != fam.name:
                continue
            if count >= MAX_SERIES_PER_METRIC:
                break
            count += 1
            key = f"metric:{fam.name}{_label_text(labels)} rate"
            previous = self._previous.get(key)
            self._previous[key] = (ts, value)
            if previous is None or ts <= previous[0] or value < previous[1]:
                continue  # first sight, or a restart reset the counter
            out[key] = (value - previous[1]) / (ts - previous[0])

    def _histogram(self, ts: float, fam: Family, out: dict[str, float]) -> None:
        merged: dict[float, float] = {}
        for name, labels, value in fam.samples:
            if not name.endswith("_bucket"):
                continue
            le = dict(labels).get("le")
            if le is None:
                continue
            bound = float(le)
            merged[bound] = merged.get(bound, 0.0) + value
        previous = self._buckets.get(fam.name)
        self._buckets[fam.name] = (ts, merged)
        if previous is None:
            return
        delta = [(b, c - previous[1].get(b, 0.0)) for b, c in merged.items()]
        if any(c < 0 for _b, c in delta):
            return  # reset
        for q in QUANTILES:
            value = histogram_quantile(q, delta)
            if value is not None:
                out[f"metric:{fam.name} p{round(q * 100):d}"] = value
