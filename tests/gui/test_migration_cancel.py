"""Cancel during a migration run, clicked as a person would: on the migrations page, and in the
first-run progress dialog. The second revision of the synthetic branch waits while a file is
held, so the click lands before the third can start; on the page the run then stops after the second
(SQLite keeps 001 and 002).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from console.asyncutil import run_sync, threadsafe
from console.dialogs.migrations import RunProgressDialog
from console.models.migrations import PlanStepModel
from console.startup_steps import first_run_upgrade
from core.db import Database
from core.errors import PlatformError
from core.services import migration_service
from tests.gui.helpers import wait_until
from tests.gui.test_migrations_page import session_on, show_page  # noqa: F401 (a fixture)
from tests.migration_helpers import audit, gated_registry, schema

pytestmark = pytest.mark.asyncio


async def test_cancel_on_the_page_stops_after_the_current_revision(
    demo_db: Any,
    show_page: Any,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
    qtbot: Any,
) -> None:
    hold = tmp_path / "hold"
    page = await show_page(session_on(demo_db, registry=gated_registry(tmp_path, hold)))
    page.set_target("upgrade", "gated@head")
    assert await page.plan_target() is not None  # (its SQL preview runs the revisions on a copy)
    reached = Path(f"{hold}.reached")
    reached.unlink(missing_ok=True)  # touched by that preview
    hold.touch()
    cancel = page.chooser.cancel_button
    assert not cancel.isVisible()  # offered only while a run goes on
    before_tables = set(schema(demo_db)[0])

    run = asyncio.ensure_future(page.run_plan())
    await wait_until(lambda: page.progress.value() == 1 and reached.exists())  # gated_002 runs
    assert cancel.isVisible() and cancel.isEnabled()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert page.progress.text() == "Cancelling after the current revision…"
    assert not cancel.isEnabled()  # asked once
    hold.unlink()
    assert await asyncio.wait_for(run, 30) is None

    tables = set(schema(demo_db)[0])
    assert tables - before_tables == {"gated_1", "gated_2"}  # SQLite: the revisions reached stay
    assert page.failure is not None and page.failure.code == "migrations.cancelled"
    text = page.result_label.text()
    assert "cancelled after the current revision" in text and "gated_001, gated_002" in text
    assert page.restore_button.isVisible() and page.restore_button.isEnabled()
    assert [page.plan_model.state(r) for r in range(2)] == [PlanStepModel.APPLIED] * 2
    assert not cancel.isVisible()
    assert audit(demo_db, "migrations.upgrade")[-1].outcome == "cancelled"


def first_run(
    tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Any, Database, QMainWindow]:
    """An empty SQLite database whose second gated revision waits while ``hold`` exists, and a
    shown window for the dialogs."""
    hold = tmp_path / "hold"
    hold.touch()
    registry = gated_registry(tmp_path, hold)
    monkeypatch.setattr(migration_service, "default_registry", lambda: registry)
    db = Database(f"sqlite:///{tmp_path / 'first.db'}")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return hold, registry, db, window


async def test_cancel_in_the_first_run_dialog(
    tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty database prepared at start-up; Cancel in its progress dialog."""
    hold, _registry, db, window = first_run(tmp_path, qtbot, monkeypatch)
    dialog = RunProgressDialog("Preparing the database", window)
    dialog.open()
    steps: list[str] = []
    report = threadsafe(lambda step, i, n: (steps.append(step.revision), dialog.step(step.revision, i, n)))
    try:
        run = asyncio.ensure_future(run_sync(first_run_upgrade, db, report, dialog.cancel_requested))
        await wait_until(lambda: "gated_001" in steps)
        assert dialog.cancel_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.label.text() == "Cancelling after the current revision…"
        assert dialog.isVisible()  # it stays until the run has stopped
        hold.unlink()
        with pytest.raises(PlatformError) as stopped:
            await asyncio.wait_for(run, 60)
        assert stopped.value.code == "migrations.cancelled"
        details = stopped.value.details
        assert "gated_001" in details["applied"] and "gated_003" in details["remaining"]
        tables = set(schema(db)[0])
        assert "gated_1" in tables and "gated_3" not in tables  # stopped at the revision reached
    finally:
        dialog.run_ended()
        dialog.close()
        db.dispose()
    assert not dialog.isVisible()


async def test_cancel_from_the_palette_and_with_esc(
    demo_db_any: Any, open_window: Any, tmp_path: Path, qtbot: Any
) -> None:
    """Cancel is a command of the palette and Esc while a run goes on, and neither before (SQLite
    and PostgreSQL)."""
    from tests.gui.test_keyboard import activated

    hold = tmp_path / "hold"
    window = await open_window(session_on(demo_db_any, registry=gated_registry(tmp_path, hold)))
    palette = window.open_palette()
    assert not [label for label in palette.labels() if "Cancel" in label]  # the page is not built
    palette.close()
    page = window.show_page("migrations")
    await page.ready()
    page.set_target("upgrade", "gated@head")
    assert await page.plan_target() is not None
    reached = Path(f"{hold}.reached")
    reached.unlink(missing_ok=True)
    hold.touch()
    await activated(window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # nothing runs: Esc is nobody's
    assert page._cancel is None and not page.cancel_action.isEnabled()
    palette = window.open_palette()
    assert "Migrations: Cancel" not in palette.labels()
    palette.close()

    run = asyncio.ensure_future(page.run_plan())
    await wait_until(lambda: page.progress.value() == 1 and reached.exists())
    palette = window.open_palette()
    try:
        palette.edit.setText("migrations cancel")
        assert palette.labels() == ["Migrations: Cancel"]
        assert palette.keys()["Migrations: Cancel"] == "Esc"
    finally:
        palette.close()
    await activated(window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert page.progress.text() == "Cancelling after the current revision…"
    assert not page.cancel_action.isEnabled()  # asked once
    hold.unlink()
    assert await asyncio.wait_for(run, 30) is None
    assert page.failure is not None and page.failure.code == "migrations.cancelled"


async def test_a_cancelled_first_run_closes_its_progress_before_saying_what_was_kept(
    tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The console's start-up on an empty database: Cancel in the progress dialog; the dialog
    about what was kept comes up alone (the progress is closed), and the start-up stops."""
    import argparse

    from console.dialogs.migrations import CancelledRunDialog
    from console.session import ConsoleSession
    from console.startup import Console

    hold, registry, db, window = first_run(tmp_path, qtbot, monkeypatch)
    console = Console(argparse.Namespace(screenshot=None, exit_after_paint=False), QApplication.instance())
    console.window = window  # type: ignore[assignment]
    try:
        prepare = asyncio.ensure_future(console._prepare(ConsoleSession(db, registry=registry)))
        await wait_until(lambda: window.findChild(RunProgressDialog) is not None, timeout=30)
        progress = window.findChild(RunProgressDialog)
        await wait_until(lambda: progress.cancel_button.isEnabled() and progress.isVisible(), timeout=30)
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
        hold.unlink()
        await wait_until(
            lambda: (d := window.findChild(CancelledRunDialog)) is not None and d.isVisible(), timeout=60
        )
        assert not [d for d in window.findChildren(RunProgressDialog) if d.isVisible()]
        window.findChild(CancelledRunDialog).reject()
        assert await asyncio.wait_for(prepare, 30) is False
    finally:
        db.dispose()
