"""Without a system tray (offscreen has none) a status change is not lost: the health page shows
it above its status changes and in the window's status bar."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon

from console.health.history import HistoryStore, Sample
from console.pages.health import open_offline_window
from tests.gui.helpers import wait_until

pytestmark = pytest.mark.asyncio


async def test_status_changes_reach_the_window_without_a_tray(qtbot: Any, tmp_path: Path) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    store = HistoryStore(tmp_path / "history.sqlite3")
    store.write([Sample("local", time.time() - 5, "healthy", 0.01)])  # healthy a moment ago
    store.close()
    window = open_offline_window(
        history_path=tmp_path / "history.sqlite3",
        qsettings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        local_database_url=f"sqlite:///{tmp_path / 'missing.db'}",  # the local checks fail
        local_interval=1.0,
    )
    page = window.page
    try:
        await page.ready()
        await wait_until(lambda: page.notifier.shown_in_window >= 1, timeout=30)
        notice = page.events_pane.notice
        assert notice.isVisible() and "local checks" in notice.text()
        assert "no system tray" in notice.text()
        message = window.statusBar().currentMessage()
        assert message.startswith("Platform health: local checks") and page.notifier.sent == 0
    finally:
        window.close()
        window.deleteLater()
