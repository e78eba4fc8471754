"""The health page: a real local endpoint polled and plotted, a target going down, offline mode
from history only, malformed and slow endpoints, a real Prometheus server, the report."""

from __future__ import annotations

import json
import os
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from console.health.history import HistoryStore, Sample, StatusEvent
from console.health.targets import TargetKind, TargetSpec, TargetStore, Thresholds
from console.pages.health import HealthPage, open_offline_window, run_offline
from core.db import Database
from core.observability import init_observability
from tests.gui.health_fixtures import health_pages  # noqa: F401 (fixture)
from tests.gui.helpers import wait_until
from tests.health_helpers import (
    ServerThread,
    misbehaving_app,
    prometheus_binary,
    prometheus_process,
    serve_process,
)

pytestmark = pytest.mark.asyncio


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest_asyncio.fixture
async def make_page(
    health_pages: Any,  # noqa: F811 (the fixture imported below)
    tmp_path: Path,
    qsettings: QSettings,
) -> AsyncIterator[Callable[..., Any]]:
    async def make(session: Any = None, **kw: Any) -> HealthPage:
        kw.setdefault("history_path", tmp_path / "history.sqlite3")
        kw.setdefault("qsettings", qsettings)
        kw.setdefault("local_interval", 1.0)
        page = await health_pages(session, **kw)
        await wait_until(lambda: True)
        return page

    yield make


@pytest.fixture
def platform_server(sqlite_db: Database) -> Any:
    obs = init_observability(database=sqlite_db, health_timeout=3, sentry_dsn="")
    with ServerThread(obs.app()) as server:
        yield server


def endpoint(url: str, name: str = "platform", **kw: Any) -> TargetSpec:
    kw.setdefault("interval", 0.5)
    kw.setdefault("timeout", 3.0)
    return TargetSpec(f"t-{name}", name, TargetKind.ENDPOINT, url=url, **kw)


async def test_polls_a_real_endpoint_plots_and_picks_a_metric(
    session_for: Any, make_page: Any, platform_server: Any, qsettings: QSettings
) -> None:
    page = await make_page(session_for("super_admin"))
    assert not page.read_only and page.add_button.isVisible()
    spec = page.add_spec(endpoint(platform_server.url))
    assert TargetStore(qsettings, "test").load()[0].url == platform_server.url  # kept in the profile

    row = await wait_until(lambda: (r := page.targets_model.get(spec.id)) and r.status == "healthy" and r)
    assert row.latency is not None and row.latency < 3
    local = await wait_until(lambda: (r := page.targets_model.get("local")) and r.last_ts and r, timeout=30)
    assert local.status == "healthy", local.detail
    page.targets_view.selectRow(page.targets_model.row_of(spec.id))
    page._redraw(all_panels=True)
    key = f"{spec.id}|latency"
    await wait_until(lambda: page.latency_panel.has_curve(key) and len(page.latency_panel.data(key)[0]) >= 2)
    assert page.status_panel.has_curve(f"{spec.id}|status")
    t, _v = page.latency_panel.data(key)
    readout = page.latency_panel.show_crosshair(float(t[-1]))
    assert "platform:" in readout
    page._show_checks()
    assert page.checks_table.rowCount() >= 3  # the endpoint's own checks

    # A counter from /metrics, plotted as a rate.
    families = await page.list_metrics()
    assert "platform_http_requests" in {name for name, _t, _h in families}
    assert await page.choose_metric("platform_http_requests")
    await wait_until(lambda: any(k.endswith("rate") for k in page.metric_keys()), timeout=15)
    page._redraw(all_panels=True)
    assert any(k.endswith("rate") for k in page.metric_panel.keys())  # noqa: SIM118

    # Pause freezes the time axis; the 24 h window spans a day.
    page.set_paused(True)
    frozen = page.latency_panel.x_range()
    await wait_until(lambda: page.samples_seen > 0)
    page._redraw(all_panels=True)
    assert page.latency_panel.x_range() == frozen
    page.set_paused(False)
    page.set_window(86400)
    lo, hi = page.latency_panel.x_range()
    assert hi - lo == pytest.approx(86400, rel=0.01)
    await wait_until(lambda: page._long_task is not None and page._long_task.done(), timeout=10)


async def test_a_target_going_down_is_an_event(session_for: Any, make_page: Any) -> None:
    server = ServerThread(misbehaving_app()).start()
    try:
        page = await make_page(session_for("operator"))
        # Latency thresholds out of reach: a loaded machine must not make it "degraded" first.
        slow_ok = Thresholds(latency_warn_ms=20_000, latency_critical_ms=30_000)
        spec = page.add_spec(endpoint(f"{server.url}/ok", "shop", thresholds=slow_ok))
        await wait_until(lambda: (r := page.targets_model.get(spec.id)) and r.status == "healthy")
    finally:
        server.stop()
    await wait_until(lambda: any(e.new == "unhealthy" for e in page.events_model.events), timeout=15)
    event = page.events_model.events[0]
    assert (event.target, event.old, event.new) == (spec.id, "healthy", "unhealthy")
    assert "cannot connect" in event.detail
    assert page.targets_model.get(spec.id).status == "unhealthy"
    text = page.events_model.data(page.events_model.index(0, 2))
    assert "unhealthy" in text
    assert any("shop" in n for n in page.notifications_sent)
    assert page.notifier.available is False  # no system tray offscreen: the events pane says it


async def test_malformed_and_slow_endpoints_are_errors_not_crashes(session_for: Any, make_page: Any) -> None:
    with ServerThread(misbehaving_app()) as server:
        page = await make_page(session_for("super_admin"), max_body=512 * 1024)
        specs = {
            "html": page.add_spec(endpoint(f"{server.url}/html", "html")),
            "huge": page.add_spec(endpoint(f"{server.url}/huge", "huge")),
            "slow": page.add_spec(endpoint(f"{server.url}/slow", "slow", timeout=0.5)),
            "ok": page.add_spec(endpoint(f"{server.url}/ok", "ok")),
        }

        def states() -> dict[str, Any]:
            return {k: page.targets_model.get(s.id) for k, s in specs.items()}

        await wait_until(lambda: all(r.last_ts for r in states().values()), timeout=15)
        rows = states()
        assert rows["html"].status == "unknown" and "not JSON" in rows["html"].detail
        assert rows["huge"].status == "unknown" and "too large" in rows["huge"].detail
        assert rows["slow"].status == "unhealthy" and "timed out" in rows["slow"].detail
        assert rows["ok"].status == "healthy"
        # Metrics that are not Prometheus text: said on the target, the page goes on.
        page.targets_view.selectRow(page.targets_model.row_of(specs["html"].id))
        assert await page.list_metrics() == []
        assert "cannot list metrics" in page.metric_status.text()


async def test_offline_mode_reads_history_only(make_page: Any, tmp_path: Path, qsettings: QSettings) -> None:
    history = tmp_path / "history.sqlite3"
    remote = endpoint("http://127.0.0.1:1", "far-away shop")
    TargetStore(qsettings, "prod").save([remote])
    now = time.time()
    store = HistoryStore(history)
    samples = [Sample(remote.id, now - 1800 + i * 10, "healthy", 0.02 + 0.001 * (i % 5)) for i in range(150)]
    samples.append(Sample(remote.id, now - 300, "unhealthy", None, "cannot connect"))
    store.write(samples, [StatusEvent(now - 300, remote.id, "healthy", "unhealthy", "cannot connect")])
    store.close()

    page = await make_page(
        None, profile="prod", local_database_url=f"sqlite:///{tmp_path / 'no-such.db'}", history_path=history
    )
    assert page.offline and page.read_only
    assert not page.add_button.isVisible() and not page.remove_button.isVisible()
    row = page.targets_model.get(remote.id)
    assert row.status == "unhealthy" and not row.live
    assert row.stale_since() == pytest.approx(now - 300)
    assert "stale since" in page.targets_model.data(
        page.targets_model.index(page.targets_model.row_of(remote.id), 4)
    )
    assert page.stale_label.isVisible() and "Stale data" in page.stale_label.text()
    assert page.events_model.rowCount() == 1
    page.set_window(3600)
    page.targets_view.selectRow(page.targets_model.row_of(remote.id))
    page._redraw(all_panels=True)
    t, _v = page.latency_panel.data(f"{remote.id}|latency")
    assert len(t) == 150  # the past, plotted from the history file
    # The local checks run (the database is not there: unhealthy); the remote target is not polled.
    local = await wait_until(lambda: (r := page.targets_model.get("local")) and r.last_ts and r, timeout=30)
    assert local.status == "unhealthy"
    assert page.targets_model.get(remote.id).last_ts == pytest.approx(now - 300)
    assert "no-such.db" not in os.listdir(tmp_path)


async def test_offline_window_entry_and_screenshot(qtbot: Any, tmp_path: Path, qsettings: QSettings) -> None:
    options = {
        "history_path": tmp_path / "h.sqlite3",
        "qsettings": qsettings,
        "local_database_url": f"sqlite:///{tmp_path / 'none.db'}",
    }
    window = open_offline_window(**options)
    try:
        await window.page.ready()
        assert window.page.offline and window.isVisible()
    finally:
        window.close()
        window.deleteLater()
    assert window.page.engine is None  # closing stopped the poller
    shot = tmp_path / "offline.png"
    assert await run_offline(screenshot=str(shot), **options) == 0
    assert shot.stat().st_size > 10_000


async def test_report_exports_html_with_png_and_json(
    session_for: Any, make_page: Any, platform_server: Any, tmp_path: Path
) -> None:
    page = await make_page(session_for("super_admin"))
    spec = page.add_spec(endpoint(platform_server.url, "reported"))
    await wait_until(lambda: (r := page.targets_model.get(spec.id)) and r.status == "healthy", timeout=15)
    await wait_until(lambda: page.samples_seen >= 4, timeout=15)
    html_path, json_path = await page.export_report(
        tmp_path / "report.html", time.time() - 3600, time.time() + 5
    )
    html = html_path.read_text()
    assert html.count("data:image/png;base64,") == 2 and "reported" in html
    for plot in ("latency", "status"):  # each plot also beside the page, linked from it
        assert (tmp_path / f"report-{plot}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f"href='report-{plot}.png'" in html
    doc = json.loads(json_path.read_text())
    target = next(t for t in doc["targets"] if t["id"] == spec.id)
    assert target["latency_ms"]["samples"] >= 2 and target["availability_percent"] == 100.0


async def test_export_report_through_the_dialogs_a_person_uses(
    session_for: Any, make_page: Any, platform_server: Any, tmp_path: Path, qtbot: Any
) -> None:
    """Export report… -> Browse… -> the (non-native) file dialog: a file name typed, accepted;
    Save: the HTML (PNG plots inside) and the JSON are on disk."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit

    from tests.gui.helpers import button, top_level

    page = await make_page(session_for("operator"))
    spec = page.add_spec(endpoint(platform_server.url, "exported"))
    await wait_until(lambda: (r := page.targets_model.get(spec.id)) and r.status == "healthy", timeout=15)
    folder = tmp_path / "reports"
    folder.mkdir()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    report = await wait_until(lambda: top_level(QDialog, "healthReportDialog") or None)
    report = report[0]
    qtbot.mouseClick(button(report, "Browse…"), Qt.MouseButton.LeftButton)
    files = (await wait_until(lambda: top_level(QFileDialog, "healthReportFile") or None))[0]
    name_edit = files.findChild(QLineEdit, "fileNameEdit")
    name_edit.clear()
    qtbot.keyClicks(name_edit, str(folder / "night-shift"))
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)
    path_edit = report.findChild(QLineEdit, "reportPath")
    await wait_until(lambda: path_edit.text() == str(folder / "night-shift.html"))
    save = report.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    html_path, json_path = folder / "night-shift.html", folder / "night-shift.json"
    await wait_until(lambda: html_path.exists() and json_path.exists(), timeout=30)
    html = html_path.read_text()
    assert html.count("data:image/png;base64,") == 2 and "exported" in html
    doc = json.loads(json_path.read_text())
    assert any(t["id"] == spec.id for t in doc["targets"])


async def test_roles(session_for: Any) -> None:
    assert HealthPage.allowed(session_for("operator"))
    assert HealthPage.allowed(session_for("platform_admin"))
    assert not HealthPage.allowed(session_for("support"))


# -- a real Prometheus, scraping a `platformctl serve` process --------------------------------------
@pytest.fixture
def prometheus(sqlite_db: Database, tmp_path: Path) -> Any:
    if prometheus_binary() is None:
        if os.environ.get("PLATFORM_REQUIRE_POSTGRES") == "1":
            pytest.fail("the prometheus binary is missing (Debian package `prometheus`; .ci/run installs it)")
        pytest.skip("the prometheus binary is not installed (apt-get install prometheus)")
    url = sqlite_db.url.render_as_string(hide_password=False)
    with serve_process(url) as serve_url, prometheus_process(serve_url, tmp_path) as prom_url:
        yield prom_url, serve_url


async def test_prometheus_target(session_for: Any, make_page: Any, prometheus: Any) -> None:
    prom_url, serve_url = prometheus
    instance = serve_url.split("://", 1)[1]
    page = await make_page(session_for("super_admin"))
    spec = page.add_spec(
        TargetSpec(
            "prom",
            "fleet",
            TargetKind.PROMETHEUS,
            url=prom_url,
            interval=1.0,
            timeout=5.0,
            thresholds=Thresholds(),
        )
    )
    child_id = f"prom/{instance}"
    child = await wait_until(lambda: (r := page.targets_model.get(child_id)) and r.last_ts and r, timeout=20)
    assert child.status == "healthy" and child.parent == "prom" and child.latency is not None
    assert page.targets_model.get("prom").status == "healthy"
    assert "1 instance:" in page.targets_model.get("prom").detail
    # History straight from Prometheus (query_range), and a PromQL expression plotted.
    page.set_window(3600)
    await wait_until(lambda: f"{child_id}|latency" in page._long, timeout=20)
    t, _v = page._long[f"{child_id}|latency"]
    assert len(t) >= 1
    page.targets_view.selectRow(page.targets_model.row_of(spec.id))
    assert await page.choose_metric("rate(platform_http_requests_total[1m])")
    await wait_until(lambda: page.metric_keys(), timeout=20)
    page._redraw(all_panels=True)
    assert page.metric_panel.keys()


async def test_in_the_main_window(session_for: Any, qtbot: Any, tmp_path: Path, settings: Any) -> None:
    """As the lead registers it: MainWindow builds the page with (session, window) only."""
    from console.main_window import MainWindow

    window = MainWindow(
        session_for("operator"), settings, watch=False, remember=False, pages=[HealthPage], page="health"
    )
    qtbot.addWidget(window)
    window.show()
    try:
        await window.ready()
        page = window.page("health")
        assert isinstance(page, HealthPage) and not page.offline and not page.read_only
        assert page.history_path.name == "health-history-test.sqlite3"  # the profile's
        await wait_until(lambda: (r := page.targets_model.get("local")) and r.last_ts, timeout=30)
    finally:
        window.shutdown()
        window.close()


async def test_target_dialog_validates_and_builds_the_target(qtbot: Any) -> None:
    from console.dialogs.health import ReportDialog, TargetDialog

    dialog = TargetDialog(TargetSpec("x", "", TargetKind.ENDPOINT, url="ftp://nowhere"), new=True)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("shop")
    dialog.accept()
    assert dialog.result_spec is None and "http" in dialog.error_label.text()
    dialog.url_edit.setText("https://shop.example:8000")
    dialog.warn_spin.setValue(200)
    dialog.critical_spin.setValue(100)
    dialog.accept()
    assert dialog.result_spec is None and "warning latency" in dialog.error_label.text()
    dialog.critical_spin.setValue(900)
    dialog.failures_spin.setValue(3)
    dialog.verify_check.setChecked(False)
    dialog.accept()
    spec = dialog.result_spec
    assert spec is not None and spec.url == "https://shop.example:8000" and not spec.verify_tls
    assert spec.thresholds == Thresholds(latency_warn_ms=200, latency_critical_ms=900, failures=3)
    report = ReportDialog(hours=2)
    qtbot.addWidget(report)
    since, until = report.range()
    assert 7100 <= until - since <= 7300


async def test_targets_model_applies_a_drain_in_one_change(qtmodeltester: Any) -> None:
    from console.models.health import TargetRow, TargetsModel

    model = TargetsModel()
    model.set_rows([TargetRow(f"t{i}", f"target {i}", "endpoint") for i in range(10)])
    qtmodeltester.check(model)
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda tl, br, _roles=None: changes.append((tl.row(), tl.column(), br.row(), br.column()))
    )
    now = time.time()
    unknown = model.update_states(
        [
            Sample("t7", now, "unhealthy", None, "cannot connect"),
            Sample("t2", now, "healthy", 0.012, "ok", checks=[{"name": "db", "status": "healthy"}]),
            Sample("prom/10.0.0.1:8000", now, "healthy", 0.003, "up"),
        ]
    )
    assert [s.target for s in unknown] == ["prom/10.0.0.1:8000"]
    assert changes == [(2, 0, 7, TargetsModel.DETAIL)]  # one repaint for every row of the drain
    assert model.get("t7").status == "unhealthy" and model.get("t2").checks
    assert model.data(model.index(2, TargetsModel.LATENCY)) == "12.0 ms"
    assert model.data(model.index(2, TargetsModel.NAME), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(99, 0)) is None
    qtmodeltester.check(model)
