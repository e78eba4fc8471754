"""Dialogs deleted on close are read before they go (the exports crashed on "already deleted")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from console.asyncutil import dialog_outcome, spawn
from tests.gui.helpers import until_done, wait_until

pytestmark = pytest.mark.asyncio


class _Named(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.value = "kept"
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


async def test_dialog_outcome_reads_a_dialog_deleted_on_close() -> None:
    dialog = _Named()
    task = spawn(dialog_outcome(dialog, lambda d: d.value))
    await wait_until(dialog.isVisible)
    dialog.accept()
    assert await until_done(task) == "kept"
    rejected = _Named()
    task = spawn(dialog_outcome(rejected, lambda d: d.value))
    await wait_until(rejected.isVisible)
    rejected.reject()
    assert await until_done(task) is None


async def test_health_target_added_through_its_dialog(session_for: Any, tmp_path: Path, qtbot: Any) -> None:
    from console.health.targets import TargetKind
    from console.pages.health import HealthPage, TargetDialog

    page = HealthPage(
        session_for("operator"),
        history_path=tmp_path / "history.sqlite3",
        qsettings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        local_interval=1.0,
    )
    try:
        page.resize(1280, 800)
        page.show()
        await page.ready()
        task = spawn(page.add_target(TargetKind.ENDPOINT))
        dialog = await wait_until(
            lambda: next((w for w in QApplication.topLevelWidgets() if isinstance(w, TargetDialog)), None)
        )
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, "shop front")
        dialog.url_edit.clear()
        qtbot.keyClicks(dialog.url_edit, "http://127.0.0.1:9")
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
        spec = await until_done(task)
        assert spec is not None and spec.name == "shop front" and spec.url == "http://127.0.0.1:9"
        assert spec.id in page.specs
    finally:
        page.shutdown()
        page.close()
        page.deleteLater()
