"""Reading a Prometheus server through its HTTP API: ``/api/v1/query`` and ``/api/v1/query_range``.

A fleet of platform nodes is scraped by Prometheus; the console and the rollout gates ask
Prometheus, not each node. The decoding is plain Python (numpy only for range vectors, imported
when one is read); :func:`instant_query` is a synchronous client whose caller sets the size cap
of the answer (100,000 series are about 10 MB).
"""

from __future__ import annotations

import atexit
import functools
import json
import math
import re
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.gc_pause import no_cycle_collection

if TYPE_CHECKING:
    import httpx
    import numpy as np

# Per instance: is it scraped (up), its aggregate health and how long its scrape took.
UP_QUERY = "up"
HEALTH_QUERY = "max by (instance) (platform_health_status)"
LATENCY_QUERY = "scrape_duration_seconds"

USER_AGENT = "platform-console/1"


class BadAnswer(Exception):
    """The endpoint answered, but not with what it should answer (a health document, Prometheus
    text, a Prometheus API answer)."""


class PrometheusUnreachable(BadAnswer):
    """Prometheus could not be reached, or did not answer in time."""


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


def _loads(body: bytes) -> Any:
    with no_cycle_collection():
        return json.loads(body)


def decode(body: bytes) -> dict[str, Any]:
    try:
        doc = _loads(body)
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


def vector_result(body: bytes) -> list[Any]:
    """The ``result`` list of an instant vector answer, undecoded further (the fast path of the
    gates: no object per series). A scalar answer is a vector of one series without labels."""
    data = decode(body)
    kind = data.get("resultType")
    result = data.get("result") or []
    if kind == "scalar":
        return [{"metric": {}, "value": result}]
    if kind != "vector":
        raise BadAnswer(f"expected an instant vector, got {kind}")
    if not isinstance(result, list):
        raise BadAnswer("not a Prometheus API answer (the result is not a list)")
    return result


# How Prometheus writes an instant vector (Go's encoder: no spaces, each series' labels sorted by name).
_VECTOR_HEAD = '{"status":"success","data":{"resultType":"vector","result":['


@functools.lru_cache(maxsize=8)
def _series_pattern(label: str) -> re.Pattern[str]:
    """A series carrying ``label``: its value, the labels after it, then the sample. In an answer
    without escapes every quote delimits a string, so ``"label":`` is a key, never a value; the
    pattern starts with that text, which the regular expression engine looks for quickly."""
    return re.compile(rf'"{re.escape(label)}":"([^"]*)"(?:,"[^"]*":"[^"]*")*\}},"value":\[[^,\]]*,"([^"]*)"')


# A regular expression holds the GIL for its whole search: 10 MB at once stalled other threads
# (a console's GUI) for 30-35 ms; pieces of about this many characters, cut between two series.
_PIECE = 1 << 20
_BETWEEN_SERIES = '},{"metric":'


def _find_all(pattern: re.Pattern[str], text: str) -> list[tuple[str, str]]:
    """``pattern.findall(text)``, piece by piece (cut where one series ends and the next begins, so
    no series is cut: in an answer without escapes that text cannot be inside a label value)."""
    out: list[tuple[str, str]] = []
    start = 0
    while start < len(text):
        cut = text.find(_BETWEEN_SERIES, start + _PIECE)
        end = len(text) if cut < 0 else cut + 2  # the piece keeps its series' closing "}}"
        out += pattern.findall(text, start, end)
        start = end
    return out


def label_samples(body: bytes, label: str) -> list[tuple[str, str]]:
    """(value of ``label``, the sample as written) of every series of an instant vector that has the
    label, the others left out; the sample is a number's text (``NaN``, ``+Inf`` included).

    The fast path reads Prometheus's own layout with one regular expression (no object per series:
    100,000 series in tens of milliseconds); any other answer (spaces, a scalar, an error) is decoded
    as JSON. Label values with escapes (never a platform code) are read by the JSON path only.
    """
    text = body.decode("utf-8", "replace")
    if text.startswith(_VECTOR_HEAD) and "\\" not in text:
        with no_cycle_collection():
            return _find_all(_series_pattern(label), text)
    out: list[tuple[str, str]] = []
    for item in vector_result(body):
        try:
            value = item["metric"].get(label)
            if isinstance(value, str):
                out.append((value, str(item["value"][1])))
        except (TypeError, KeyError, IndexError, AttributeError):
            continue  # a malformed series: left out, as one without the label
    return out


_SAMPLED = 256  # samples looked at to tell whether a gate's values repeat


def numbers(raw: list[str]) -> list[float]:
    """Samples as written -> floats (NaN for what is not a number).

    Many samples are often the same text (``0`` for every healthy platform): when the first ones
    repeat, each distinct text is parsed once (55,000 ``float()`` calls are about 10 ms)."""
    try:
        if len(raw) > 4 * _SAMPLED and len(set(raw[:_SAMPLED])) <= _SAMPLED // 4:
            distinct = set(raw)
            if len(distinct) <= len(raw) // 4:
                parsed = {text: float(text) for text in distinct}
                return list(map(parsed.__getitem__, raw))
        return list(map(float, raw))
    except (TypeError, ValueError):
        return [_number(r) for r in raw]


def parse_vector(body: bytes) -> list[VectorItem]:
    try:
        return [
            VectorItem(dict(item.get("metric") or {}), float(item["value"][0]), _number(item["value"][1]))
            for item in vector_result(body)
        ]
    except (TypeError, KeyError, IndexError, ValueError, AttributeError):
        raise BadAnswer("not a Prometheus API answer (a malformed sample)") from None


def parse_matrix(body: bytes) -> list[RangeSeries]:
    import numpy as np

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


# -- the synchronous client ------------------------------------------------------------------------
_CLIENT: httpx.Client | None = None
_CLIENT_LOCK = threading.Lock()


def _client() -> httpx.Client:
    """One client for the process: making one costs more than a query (its TLS context), and it
    keeps the connection to Prometheus open between queries. httpx's client is thread-safe."""
    global _CLIENT
    with _CLIENT_LOCK:
        if _CLIENT is None:
            import httpx

            _CLIENT = httpx.Client(headers={"User-Agent": USER_AGENT})
            atexit.register(_CLIENT.close)
        return _CLIENT


def fetch_instant(
    base_url: str, query: str, *, max_bytes: int, timeout: float = 10.0, at: float | None = None
) -> bytes:
    """The raw body of ``/api/v1/query`` for ``query`` (at ``at``, a Unix time, else now).

    The body is read as it streams and refused past ``max_bytes`` (:class:`BadAnswer`); a
    connection error or a timeout (``timeout`` bounds the whole exchange) raises
    :class:`PrometheusUnreachable`.
    """
    import httpx

    params = {"query": query}
    if at is not None:
        params["time"] = f"{at:.3f}"
    url = base_url.rstrip("/") + "/api/v1/query"
    deadline = time.monotonic() + timeout
    try:
        with _client().stream("GET", url, params=params, timeout=timeout) as response:
            declared = response.headers.get("content-length")
            if declared is not None and declared.isdigit() and int(declared) > max_bytes:
                raise BadAnswer(too_large(max_bytes))
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():  # as they come (a chunk size costs a copy)
                size += len(chunk)
                if size > max_bytes:
                    raise BadAnswer(too_large(max_bytes))
                if time.monotonic() > deadline:
                    raise PrometheusUnreachable(f"Prometheus did not answer within {timeout:g} s")
                chunks.append(chunk)
            status = response.status_code
    except httpx.TimeoutException:
        raise PrometheusUnreachable(f"Prometheus did not answer within {timeout:g} s") from None
    except httpx.TransportError as exc:
        raise PrometheusUnreachable(f"Prometheus at {base_url} cannot be reached: {exc}") from None
    except httpx.InvalidURL as exc:
        raise PrometheusUnreachable(f"{base_url} is not a Prometheus address: {exc}") from None
    body = b"".join(chunks)
    # Prometheus answers its errors (400 bad_data, 422 execution, 503 unavailable) with a JSON
    # document that says why; anything else in error is said with its HTTP status.
    if status != 200 and not body.lstrip().startswith(b"{"):
        raise BadAnswer(f"Prometheus answered HTTP {status}")
    return body


def too_large(max_bytes: int) -> str:
    return f"answer larger than {max_bytes:,} bytes"


def instant_query(
    base_url: str, query: str, *, max_bytes: int, timeout: float = 10.0, at: float | None = None
) -> list[VectorItem]:
    """An instant query: its vector (a scalar is one item without labels)."""
    return parse_vector(fetch_instant(base_url, query, max_bytes=max_bytes, timeout=timeout, at=at))
