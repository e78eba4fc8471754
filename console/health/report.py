"""The health report of a time range: a JSON document and an HTML page with the plots as PNG.

:func:`collect` reads the history file (run it off the GUI thread); the page renders the plots
with pyqtgraph's ImageExporter (:func:`console.widgets.health_plots.report_images`); :func:`write`
writes ``<stem>.json``, one ``<stem>-<plot>.png`` per plot and ``<stem>.html`` (the PNGs embedded as
data URIs, so the page is one file to mail, each linked to its PNG file beside it). The console's
Export and ``platformctl health report`` both call these three.
"""

from __future__ import annotations

import base64
import html
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import numpy as np
from PySide6.QtCore import QObject

from console.health.history import HistoryStore
from core.atomic_file import replaced_atomically

PLOT_TARGETS = 10


class HealthReport(QObject):
    """Names the translation context of the report's words (the CLI installs no translator: English)."""


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat()


def _local(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S")


@dataclass
class ReportData:
    since: float
    until: float
    document: dict[str, Any]
    # For the plots: per target (name, t, v) of latency and status.
    latency: list[tuple[str, np.ndarray, np.ndarray]] = field(default_factory=list)
    status: list[tuple[str, np.ndarray, np.ndarray]] = field(default_factory=list)


def collect(
    history_path: Path | str, since: float, until: float, names: dict[str, str] | None = None
) -> ReportData:
    store = HistoryStore(history_path)
    try:
        known = {t.id: t for t in store.targets()}
        lasts = store.last_states()
        targets = []
        latency_series = []
        status_series = []
        for tid in sorted(set(known) | set(lasts), key=lambda i: known[i].name if i in known else i):
            record = known.get(tid)
            name = (names or {}).get(tid) or (record.name if record else tid)
            lat = store.stats(tid, "latency", since, until)
            shares = store.status_shares(tid, since, until)
            total = sum(shares.values())
            entry: dict[str, Any] = {
                "id": tid,
                "name": name,
                "kind": record.kind if record else "",
                "url": record.url if record else "",
                "parent": record.parent if record else "",
                "latency_ms": None
                if lat is None
                else {
                    "samples": lat["count"],
                    "avg": round(lat["avg"] * 1000, 3),
                    "min": round(lat["min"] * 1000, 3),
                    "max": round(lat["max"] * 1000, 3),
                },
                "status_samples": shares,
                "availability_percent": round(
                    100.0 * (shares.get("healthy", 0) + shares.get("degraded", 0)) / total, 2
                )
                if total
                else None,
            }
            last = lasts.get(tid)
            if last is not None:
                entry["last"] = {
                    "at": _iso(last.ts),
                    "status": last.status,
                    "latency_ms": None if last.latency is None else round(last.latency * 1000, 3),
                    "detail": last.detail,
                    "checks": last.checks,
                }
            targets.append(entry)
            if len(latency_series) < PLOT_TARGETS:
                t, v = store.series(tid, "latency", since, until)
                if len(t):
                    latency_series.append((name, t, v))
                t, v = store.series(tid, "status", since, until)
                if len(t):
                    status_series.append((name, t, v))
        events = store.events(since, until, limit=5000)
        document = {
            "generated_at": datetime.now(UTC).isoformat(),
            "range": {"since": _iso(since), "until": _iso(until)},
            "targets": targets,
            "events": [
                {
                    "at": _iso(e.ts),
                    "target": e.target,
                    "name": e.name,
                    "from": e.old,
                    "to": e.new,
                    "detail": e.detail,
                }
                for e in sorted(events, key=lambda e: e.ts)
            ],
        }
        return ReportData(since, until, document, latency_series, status_series)
    finally:
        store.close()


def html_path_for(path: Path | str) -> Path:
    html_path = Path(path)
    return html_path if html_path.suffix.lower() in (".html", ".htm") else html_path.with_suffix(".html")


def png_path(html_path: Path, key: str) -> Path:
    """Where the plot ``key`` goes beside the HTML file: ``report.html`` -> ``report-latency.png``."""
    return html_path.with_name(f"{html_path.stem}-{key}.png")


def write(path: Path | str, data: ReportData, images: dict[str, bytes]) -> tuple[Path, Path]:
    """``path`` names the HTML file; the JSON and the PNGs go next to it. Returns (html, json)."""
    html_path = html_path_for(path)
    json_path = html_path.with_suffix(".json")
    html_path.parent.mkdir(parents=True, exist_ok=True)
    for key, png in images.items():
        _write_whole(png_path(html_path, key), png)
    _write_whole(json_path, json.dumps(data.document, indent=2, default=str).encode())
    _write_whole(html_path, render_html(data, images, html_path).encode())
    return html_path, json_path


def _write_whole(path: Path, content: bytes) -> None:
    """Write beside ``path`` and rename: a reader (or a crash) never sees half a report."""
    with replaced_atomically(path, binary=True) as handle:
        handle.write(content)


def render_html(data: ReportData, images: dict[str, bytes], html_path: Path | None = None) -> str:
    e = html.escape
    doc = data.document
    title = HealthReport.tr("Health report")
    rows = []
    for target in doc["targets"]:
        lat = target["latency_ms"]
        last = target.get("last") or {}
        availability = target["availability_percent"]
        avail_text = "" if availability is None else f"{availability:.2f} %"
        lat_text = "" if lat is None else f"{lat['avg']:.1f} / {lat['max']:.1f} ms"
        status = last.get("status", "unknown")
        rows.append(
            "<tr>"
            f"<td>{e(target['name'])}</td><td>{e(target['kind'])}</td>"
            f"<td class='s-{e(status)}'>{e(last.get('status', ''))}</td>"
            f"<td>{avail_text}</td><td>{lat_text}</td>"
            f"<td>{e(last.get('detail', ''))}</td>"
            "</tr>"
        )
    events = [
        f"<tr><td>{e(_local(datetime.fromisoformat(ev['at']).timestamp()))}</td>"
        f"<td>{e(ev['name'] or ev['target'])}</td>"
        f"<td>{e(str(ev['from']))} &rarr; <span class='s-{e(ev['to'])}'>{e(ev['to'])}</span></td>"
        f"<td>{e(ev['detail'])}</td></tr>"
        for ev in doc["events"]
    ]
    plots = []
    captions = {
        "latency": HealthReport.tr("Latency per target"),
        "status": HealthReport.tr("Status over time"),
    }
    for key, png in images.items():
        b64 = base64.b64encode(png).decode("ascii")
        img = f"<img alt='{e(captions.get(key, key))}' src='data:image/png;base64,{b64}'>"
        if html_path is not None:
            img = f"<a href='{e(quote(png_path(html_path, key).name))}'>{img}</a>"
        plots.append(f"<figure>{img}<figcaption>{e(captions.get(key, key))}</figcaption></figure>")
    span = HealthReport.tr("From {since} to {until} (local time)").format(
        since=_local(data.since), until=_local(data.until)
    )
    nothing = HealthReport.tr("No status change in this range.")
    no_events = f"<p>{e(nothing)}</p>"
    event_heads = (
        HealthReport.tr("Time"),
        HealthReport.tr("Target"),
        HealthReport.tr("Change"),
        HealthReport.tr("Detail"),
    )
    target_heads = (
        HealthReport.tr("Target"),
        HealthReport.tr("Kind"),
        HealthReport.tr("Last status"),
        HealthReport.tr("Availability"),
        HealthReport.tr("Latency avg / max"),
        HealthReport.tr("Detail"),
    )
    events_table = (
        "<table><tr>"
        + "".join(f"<th>{e(h)}</th>" for h in event_heads)
        + "</tr>"
        + "".join(events)
        + "</table>"
        if events
        else no_events
    )
    heads = "".join(f"<th>{e(h)}</th>" for h in target_heads)
    h_targets = HealthReport.tr("Targets")
    h_plots = HealthReport.tr("Plots")
    h_changes = HealthReport.tr("Status changes")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{e(title)}</title>
<style>
body {{ font-family: sans-serif; margin: 24px; color: #222; }}
table {{ border-collapse: collapse; margin: 12px 0; }}
td, th {{ border: 1px solid #ccc; padding: 4px 8px; text-align: left; font-size: 13px; }}
.s-healthy {{ background: #d7f2e0; }} .s-degraded {{ background: #fff0c7; }}
.s-unhealthy {{ background: #fbd9d9; }} .s-unknown {{ background: #e4e7eb; }}
figure {{ margin: 16px 0; }} img {{ max-width: 100%; border: 1px solid #ddd; }}
</style></head><body>
<h1>{e(title)}</h1>
<p>{e(span)}</p>
<h2>{e(h_targets)}</h2>
<table><tr>{heads}</tr>
{"".join(rows)}</table>
<h2>{e(h_plots)}</h2>
{"".join(plots)}
<h2>{e(h_changes)}</h2>
{events_table}
</body></html>
"""
