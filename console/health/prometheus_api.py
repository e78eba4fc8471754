"""Reading a Prometheus server through its HTTP API: ``/api/v1/query`` and ``/api/v1/query_range``.

A fleet of platform nodes is scraped by Prometheus; the console asks Prometheus, not each node.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from console.health.parsing import BadAnswer

# Per instance: is it scraped (up), its aggregate health and how long its scrape took.
UP_QUERY = "up"
HEALTH_QUERY = "max by (instance) (platform_health_status)"
LATENCY_QUERY = "scrape_duration_seconds"


@dataclass(frozen=True)
class VectorItem:
    labels: dict[str, str]
    ts: float
    value: float


@dataclass(frozen=True)
class RangeSeries:
    labels: dict[str, str]
    t: np.ndarray
    v: np.ndarray


def decode(body: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise BadAnswer("not a Prometheus API answer (not JSON)") from None
    if not isinstance(doc, dict) or "status" not in doc:
        raise BadAnswer("not a Prometheus API answer (no status)")
    if doc["status"] != "success":
        raise BadAnswer(f"Prometheus: {doc.get('errorType', 'error')}: {doc.get('error', '')}".strip())
    data = doc.get("data")
    if not isinstance(data, dict):
        raise BadAnswer("not a Prometheus API answer (no data)")
    return data


def _number(raw: Any) -> float:
    try:
        return float(raw)
    except (TypeError, ValueError):
        return math.nan


def parse_vector(body: bytes) -> list[VectorItem]:
    data = decode(body)
    kind = data.get("resultType")
    result = data.get("result") or []
    if kind == "scalar":
        return [VectorItem({}, float(result[0]), _number(result[1]))]
    if kind != "vector":
        raise BadAnswer(f"expected an instant vector, got {kind}")
    return [
        VectorItem(dict(item.get("metric") or {}), float(item["value"][0]), _number(item["value"][1]))
        for item in result
    ]


def parse_matrix(body: bytes) -> list[RangeSeries]:
    data = decode(body)
    if data.get("resultType") != "matrix":
        raise BadAnswer(f"expected a range vector, got {data.get('resultType')}")
    out = []
    for item in data.get("result") or []:
        values = item.get("values") or []
        t = np.fromiter((float(p[0]) for p in values), dtype=np.float64, count=len(values))
        v = np.fromiter((_number(p[1]) for p in values), dtype=np.float64, count=len(values))
        out.append(RangeSeries(dict(item.get("metric") or {}), t, v))
    return out


def series_label(labels: dict[str, str]) -> str:
    """A short name for a series: its instance, else its labels."""
    if "instance" in labels:
        rest = {k: v for k, v in labels.items() if k not in ("instance", "__name__", "job")}
        extra = ",".join(f"{k}={v}" for k, v in sorted(rest.items()))
        return labels["instance"] + (f" {extra}" if extra else "")
    name = labels.get("__name__", "")
    rest = ",".join(f"{k}={v}" for k, v in sorted(labels.items()) if k != "__name__")
    return f"{name}{{{rest}}}" if rest else (name or "value")
