"""Short, distinct legend labels for metric series (no Qt).

Series names are long and mostly alike (``metric:platform_http_requests_total{method="GET",
route="/health",status="200"} rate``); a legend of eight of them, cut to the same width, read
eight times the same. A label keeps the metric and what tells the series apart: the target when
several are plotted, the label values that differ, and the derivation (``rate``, ``p95``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


@dataclass(frozen=True)
class SeriesName:
    target: str
    family: str
    labels: tuple[tuple[str, str], ...]
    suffix: str

    @classmethod
    def parse(cls, target: str, name: str) -> SeriesName:
        """``metric:NAME{a="1"} rate`` or ``promql:EXPR {a=1}`` of target ``target``."""
        kind, _, rest = name.partition(":")
        if kind == "promql":
            expr, _, series = rest.rpartition(" ")
            return cls(target, expr or rest, (("series", series),) if expr else (), "")
        body, _, suffix = rest.partition("}") if "{" in rest else ("", "", "")
        if body:
            family, _, inner = body.partition("{")
            labels = tuple((k, v) for k, v in _LABEL.findall(inner))
            return cls(target, family, labels, suffix.strip())
        family, _, suffix = rest.partition(" ")
        return cls(target, family, (), suffix.strip())


def short_labels(series: list[tuple[str, str, str]]) -> dict[str, str]:
    """``(key, target name, series name)`` -> key: the shortest label that is still distinct."""
    parsed = {key: SeriesName.parse(target, name) for key, target, name in series}
    targets = {p.target for p in parsed.values()}
    families = {p.family for p in parsed.values()}
    varying: dict[str, set[str]] = {}
    for family in families:
        values: dict[str, set[str]] = {}
        for p in parsed.values():
            if p.family == family:
                for k, v in p.labels:
                    values.setdefault(k, set()).add(v)
        members = [p for p in parsed.values() if p.family == family]
        varying[family] = {
            k for k, vs in values.items() if len(vs) > 1 or any(k not in dict(p.labels) for p in members)
        }
    out = {}
    for key, p in parsed.items():
        parts = []
        if len(targets) > 1:
            parts.append(f"{p.target}:")
        parts.append(p.family)
        shown = [f"{k}={v}" if k != "series" else v for k, v in p.labels if k in varying[p.family]]
        if shown:
            parts.append(" ".join(shown))
        if p.suffix:
            parts.append(p.suffix)
        out[key] = " ".join(parts)
    if len(set(out.values())) < len(out):  # still alike: the full names
        return {key: f"{target}: {name.split(':', 1)[-1]}" for key, target, name in series}
    return out
