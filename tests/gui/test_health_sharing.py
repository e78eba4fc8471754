"""Two health pages (two consoles) on one history file: the second says another console polls and
shows what the first's poller writes; when the first closes, the second polls itself."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from console.health.sharing import SharedPoller
from console.health.targets import TargetKind, TargetSpec, Thresholds
from tests.gui.health_fixtures import health_pages  # noqa: F401 (fixture)
from tests.gui.helpers import wait_until
from tests.health_helpers import ServerThread, misbehaving_app

pytestmark = pytest.mark.asyncio


async def test_the_second_console_follows_the_first_and_takes_over(
    session_for: Any,
    health_pages: Any,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    options = {
        "history_path": tmp_path / "history.sqlite3",
        "qsettings": qs,
        "profile": "p",
        "local_interval": 1.0,
    }
    with ServerThread(misbehaving_app()) as server:
        first = await health_pages(session_for("operator"), **options)
        relaxed = Thresholds(latency_warn_ms=20_000, latency_critical_ms=30_000)
        spec = first.add_spec(
            TargetSpec(
                "shop", "shop", TargetKind.ENDPOINT, f"{server.url}/ok", interval=0.5, thresholds=relaxed
            )
        )
        second = await health_pages(session_for("operator"), **options)
        assert isinstance(second.engine, SharedPoller) and second.engine.following
        await wait_until(lambda: second.sharing_label.isVisible(), timeout=10)
        assert f"process {os.getpid()}" in second.sharing_label.text()
        assert not first.sharing_label.isVisible()
        # What the first console's poller writes shows on the second's page.
        seen = second.samples_seen
        await wait_until(
            lambda: (r := second.targets_model.get(spec.id)) and r.status == "healthy", timeout=20
        )
        await wait_until(lambda: second.samples_seen > seen + 2, timeout=20)
        assert second.engine.client is None

        first.shutdown()
        await wait_until(lambda: not second.sharing_label.isVisible(), timeout=20)
        assert second.engine.client is not None
        polls = second.engine.polls
        await wait_until(lambda: second.engine.polls > polls, timeout=20)


async def test_consoles_of_two_profiles_each_poll_their_own_targets(
    session_for: Any,
    health_pages: Any,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The targets are per profile: so are the history and its poll lock (one poller each)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = await health_pages(session_for("operator"), qsettings=qs, profile="prod", local_interval=1.0)
    second = await health_pages(
        session_for("operator"), qsettings=qs, profile="staging eu", local_interval=1.0
    )
    assert first.history_path != second.history_path
    assert second.history_path.name == "health-history-staging%20eu.sqlite3"
    for page in (first, second):
        assert isinstance(page.engine, SharedPoller)
        assert not page.engine.following and page.engine.client is not None
    # The same profile still shares: a third console of "prod" follows the first.
    third = await health_pages(session_for("operator"), qsettings=qs, profile="prod", local_interval=1.0)
    assert isinstance(third.engine, SharedPoller) and third.engine.following


async def test_a_status_change_is_notified_once_by_the_polling_console(
    session_for: Any,
    health_pages: Any,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    options = {"history_path": tmp_path / "history.sqlite3", "qsettings": qs, "profile": "p"}
    app = misbehaving_app()
    with ServerThread(app) as server:
        first = await health_pages(session_for("operator"), **options)
        relaxed = Thresholds(latency_warn_ms=20_000, latency_critical_ms=30_000)
        spec = first.add_spec(
            TargetSpec(
                "shop", "shop", TargetKind.ENDPOINT, f"{server.url}/flip", interval=0.5, thresholds=relaxed
            )
        )
        second = await health_pages(session_for("operator"), **options)
        assert isinstance(second.engine, SharedPoller) and second.engine.following
        await wait_until(
            lambda: (r := second.targets_model.get(spec.id)) and r.status == "healthy", timeout=20
        )
        app.state.flip["flip"] = "unhealthy"

        def changed(page: Any) -> bool:
            return any(e.new == "unhealthy" for e in page.events_model.events)

        await wait_until(lambda: changed(first) and changed(second), timeout=20)
        assert [n for n in first.notifications_sent if "shop" in n]
        assert second.notifications_sent == []  # listed in its events pane, notified by the first only


async def test_an_unwritable_data_folder_polls_in_the_console_without_sharing(
    session_for: Any,
    health_pages: Any,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")  # unwritable, even for root
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    page = await health_pages(
        session_for("operator"), history_path=blocker / "history.sqlite3", qsettings=qs, profile="p"
    )
    assert page.engine is not None and not isinstance(page.engine, SharedPoller)
    assert page.engine.history is None  # nothing to write into
    notice = page.events_pane.notice.text()
    assert "not shared" in notice and str(blocker) in notice
    polls = page.engine.polls
    await wait_until(lambda: page.engine.polls > polls, timeout=20)
    await wait_until(lambda: page.targets_model.rows and page.targets_model.rows[0].status != "", timeout=20)
    page._tick()
    assert page.events_pane.notice.text() == notice  # said once
