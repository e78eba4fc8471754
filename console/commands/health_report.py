"""platformctl health report --out DIR: the console's health report, without the console.

What the health page's "Export a health report…" writes, from the same code
(:mod:`console.health.report` and the page's plot rendering): ``report.html``, ``report.json`` and
one PNG per plot, from the local health history file. Like the console's export, it reports what
the history holds (the console's poller writes it; nothing is polled here). The plots are drawn
by Qt, off screen (unless QT_QPA_PLATFORM says otherwise).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from console.commands.base import Context, add_command, parse_when
from core.errors import InvalidInput


def add_parsers(hsub: Any, common: argparse.ArgumentParser) -> None:
    report = add_command(
        hsub,
        "report",
        "write the health report of a time range: report.html, report.json and one PNG per plot",
        [
            "platformctl health report --out ./health",
            "platformctl health report --out /tmp/night --since 2026-11-26T22:00 --until 2026-11-27T06:00",
        ],
        [common],
    )
    report.add_argument(
        "--out", required=True, metavar="DIR", help="the folder to write into (made if missing)"
    )
    report.add_argument(
        "--since",
        default="1h",
        metavar="WHEN",
        help="start: a time (2026-11-26T14:00) or a span back (2h, 7d); default 1h",
    )
    report.add_argument("--until", metavar="WHEN", help="end: a time or a span back from now; default now")
    report.add_argument(
        "--profile",
        metavar="NAME",
        help="the connection profile whose history to report (default: the last one the console used)",
    )
    report.add_argument(
        "--history",
        metavar="FILE",
        help="the health history file (default: the profile's, in the console's data folder)",
    )
    report.set_defaults(func=cmd_report)


def _profile(name: str | None) -> str:
    """``--profile`` (checked), else the profile the console used last ('' for none)."""
    # lazy: QtCore (the console's settings file): only this command needs it
    from console.store.profiles import NAME_RE
    from console.store.settings import AppSettings, named_qsettings

    if name is None:
        return AppSettings(named_qsettings()).last_profile or ""
    if not NAME_RE.match(name):
        shown = name if len(name) <= 64 else name[:64] + "..."
        raise InvalidInput(
            "profile.bad_name",
            f"{shown!r} is not a profile name (1-64 letters, digits, spaces, . _ -)",
            {"profile": shown},
        )
    return name


def cmd_report(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor.require("health.view")
    # lazy: the history file's module reads settings (pydantic): only this command needs it
    from console.health.history import default_history_path

    since = parse_when(args.since).timestamp()
    until = parse_when(args.until).timestamp() if args.until else time.time()
    if since >= until:
        raise InvalidInput("health.bad_range", "--since must be before --until", {"since": args.since})
    history = Path(args.history) if args.history else default_history_path(_profile(args.profile))
    if not history.is_file():
        raise InvalidInput(
            "health.no_history",
            f"no health history at {history}: the console writes it while its health page runs",
            {"history": str(history)},
        )
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InvalidInput("health.bad_out", f"{out} is a file, not a folder", {"out": str(out)})
    # lazy: Qt and pyqtgraph draw the plots (a second to load): only this command needs them
    from console.commands.qt_app import offscreen_app  # lazy: see above

    offscreen_app()  # before anything creates a Qt class: the widgets need it
    from PySide6.QtCore import QCoreApplication

    from console.health import report  # lazy: see above
    from console.widgets.health_plots import report_images  # lazy: see above

    data = report.collect(history, since, until)
    images = report_images(data, since, until, QCoreApplication.translate("HealthPage", "Latency"))
    try:
        html_path, json_path = report.write(out / "report.html", data, images)
    except OSError as exc:
        raise InvalidInput(
            "health.cannot_write",
            f"cannot write the report into {out}: {exc.strerror or exc}",
            {"out": str(out)},
        ) from None
    pngs = [report.png_path(html_path, key) for key in images]
    document = {
        "html": str(html_path),
        "json": str(json_path),
        "png": [str(p) for p in pngs],
        "targets": len(data.document["targets"]),
        "events": len(data.document["events"]),
    }
    ctx.emit(
        document,
        f"health report written: {html_path}, {json_path}, {', '.join(str(p) for p in pngs)} "
        f"({document['targets']} targets, {document['events']} status changes)",
    )
    return 0
