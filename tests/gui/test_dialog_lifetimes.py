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
    from console.dialogs.health import TargetDialog
    from console.health.targets import TargetKind
    from console.pages.health import HealthPage

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


async def test_a_page_cancels_the_tasks_of_its_widgets_at_shutdown(session_for: Any) -> None:
    """Sign-out shuts the pages down: what they (or a widget inside them) still wait for stops."""
    import asyncio

    from PySide6.QtWidgets import QLabel

    from console.asyncutil import cancel_owned
    from console.pages.base import Page

    page = Page(session_for("operator"))
    inside = QLabel(page)
    outside = QLabel()
    never: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    own, child, other = (spawn(asyncio.shield(never), w) for w in (page, inside, outside))
    page.shutdown()
    await asyncio.sleep(0)
    assert own.cancelled() and child.cancelled() and not other.done()
    assert cancel_owned(outside) == 1
    await asyncio.sleep(0)
    assert other.cancelled()
    page.deleteLater()
    outside.deleteLater()


async def test_a_late_error_of_a_deleted_widget_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    """A task whose widget was deleted meanwhile fails on it ("already deleted"): nobody is told."""
    import asyncio

    from shiboken6 import delete

    import console.dialogs.errors as errors

    reported: list[BaseException] = []
    monkeypatch.setattr(errors, "report", lambda exc, parent=None: reported.append(exc))
    dialog = QDialog()
    gate: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    async def late() -> None:
        await gate
        dialog.setWindowTitle("too late")  # the C++ object is gone: RuntimeError

    task = spawn(late(), dialog)
    delete(dialog)
    gate.set_result(None)
    await wait_until(task.done)
    await asyncio.sleep(0)
    assert isinstance(task.exception(), RuntimeError) and reported == []
    alive = QDialog()
    failing = spawn(_boom(), alive)
    await wait_until(failing.done)
    await asyncio.sleep(0)
    assert [type(e) for e in reported] == [RuntimeError]  # a bug while the widget lives is reported
    alive.deleteLater()


async def _boom() -> None:
    raise RuntimeError("a bug")
