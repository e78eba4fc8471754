"""Render the health page at 1280x800 in the light and dark themes to PNGs, with real data.

    python -m tests.health_render OUT_DIR

A history file with an hour of samples (and a 15-minute hole), a real endpoint served on
127.0.0.1 (its request counter plotted on the metrics tab) and an endpoint nobody answers. One
PNG per theme and tab: ``health-<theme>-<tab>.png``.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _history(path: Path, now: float) -> None:
    from console.health.history import HistoryStore, Sample, StatusEvent

    store = HistoryStore(path)
    samples = []
    for i in range(360):
        ts = now - 3600 + i * 10
        if now - 2400 < ts < now - 1500:  # the console was closed for 15 minutes
            continue
        samples.append(Sample("local", ts, "healthy", 0.004 + 0.002 * ((i * 7) % 5)))
    store.write(samples, [StatusEvent(now - 3600, "local", None, "healthy", "5 checks healthy")])
    store.close()


async def _render(out: Path, scheme: str, workdir: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from console.health.targets import TargetKind, TargetSpec
    from console.pages.health import HealthPage
    from console.widgets.theme import apply_theme
    from core.db import Database
    from core.migrations import upgrade
    from core.observability import init_observability
    from tests.gui.helpers import wait_until
    from tests.health_helpers import ServerThread, free_port

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, scheme)
    now = time.time()
    history = workdir / f"history-{scheme}.sqlite3"
    _history(history, now)
    db_path = workdir / "platform.db"
    if not db_path.exists():
        upgrade(Database(f"sqlite:///{db_path}"), "heads")
    database = Database(f"sqlite:///{db_path}")
    obs = init_observability(database=database, sentry_dsn="", process_metrics=False)
    shots = []
    with ServerThread(obs.app()) as server:
        qs = QSettings(str(workdir / f"settings-{scheme}.ini"), QSettings.Format.IniFormat)
        page = HealthPage(
            None,
            offline=False,
            history_path=history,
            qsettings=qs,
            local_database_url=f"sqlite:///{db_path}",
            local_interval=2.0,
            notifications=False,
        )
        page.resize(1280, 800)
        page.show()
        await page.ready()
        page.add_spec(
            TargetSpec(
                "shop",
                "shop-api (eu-west)",
                TargetKind.ENDPOINT,
                url=server.url,
                interval=1.0,
                metrics=("platform_http_requests", "platform_http_request_duration_seconds"),
            )
        )
        page.add_spec(
            TargetSpec(
                "payments",
                "payments-api",
                TargetKind.ENDPOINT,
                url=f"http://127.0.0.1:{free_port()}",
                interval=1.0,
                timeout=1.0,
            )
        )
        await wait_until(lambda: page.samples_seen >= 12, timeout=40)
        await asyncio.sleep(2.5)
        for index, tab in enumerate(("latency", "status", "metrics", "checks")):
            page.tabs.setCurrentIndex(index)
            page._redraw(all_panels=True)
            await asyncio.sleep(0.3)
            path = out / f"health-{scheme}-{tab}.png"
            page.grab().save(str(path))
            shots.append(path)
        page.tabs.setCurrentIndex(0)
        page.set_window(3600.0)
        await asyncio.sleep(0.5)
        path = out / f"health-{scheme}-latency-1h.png"
        page.grab().save(str(path))
        shots.append(path)
        page.shutdown()
        page.close()
        page.deleteLater()
    database.dispose()
    return shots


async def _main(out: Path) -> list[Path]:
    with tempfile.TemporaryDirectory(prefix="health-render-") as tmp:
        shots = []
        for scheme in ("light", "dark"):
            shots += await _render(out, scheme, Path(tmp))
        return shots


def main(argv: list[str] | None = None) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "health-screens")
    out.mkdir(parents=True, exist_ok=True)
    app: Any = QApplication.instance() or QApplication([])
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        shots = runner.run(_main(out))
    for shot in shots:
        print(shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
