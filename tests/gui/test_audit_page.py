"""The audit page: newest first, filters, request/plan/outcome, keyset paging, CSV export."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from console.widgets.table_export import export_csv
from core.actor import Actor
from core.errors import Refused
from core.graph import ChangeRequest
from core.services.module_service import ModuleService, Target
from tests.gui.helpers import wait_until

pytestmark = pytest.mark.asyncio


async def test_newest_first_filters_and_detail(session_for: Any, open_window: Any) -> None:
    session = session_for("super_admin")
    service = ModuleService(session.db)
    service.apply(session.actor, Target.of(["demo-00003"]), ChangeRequest(enable=("billing",)))
    with pytest.raises(Refused):  # refused, and audited after the rollback
        service.apply(session.actor, Target.of(["demo-00004"]), ChangeRequest(disable=("core",)))
    window = await open_window(session, page="audit")
    page = window.page("audit")
    model = page.model
    ids = [model.entry(r)["id"] for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)
    newest = model.entry(0)
    assert newest["outcome"] == "refused" and newest["error_code"] == "module.core"
    page.table.selectRow(1)
    detail = page.detail.toPlainText()
    assert "Request:" in detail and "Resolved plan:" in detail and "billing" in detail

    page.module_combo.setCurrentIndex(page.module_combo.findData("billing"))
    await page.reload()
    assert model.rowCount() >= 1 and all(
        "billing" in model.entry(r)["modules"] for r in range(model.rowCount())
    )
    page.module_combo.setCurrentIndex(0)
    page.platform_edit.setText("demo-00004")
    await page.reload()
    assert {model.entry(r)["action"] for r in range(model.rowCount())} == {"modules.disable"}
    page.platform_edit.clear()
    page.user_edit.setText("nobody")
    await page.reload()
    assert model.rowCount() == 0


async def test_pages_by_keyset_and_exports_csv(session_for: Any, open_window: Any, tmp_path: Path) -> None:
    session = session_for("super_admin")
    service = ModuleService(session.db)
    for i in range(130):  # two changes each: 260 entries, more than one page of 200
        request = (
            ChangeRequest(enable=("messaging",)) if i % 2 == 0 else ChangeRequest(disable=("messaging",))
        )
        service.apply(Actor.cli(), Target.of(["demo-00005"]), request)
        service.apply(Actor.cli(), Target.of(["demo-00006"]), request)
    window = await open_window(session, page="audit")
    page = window.page("audit")
    assert page.model.rowCount() == 200 and not page.model.exhausted
    page.table.scrollToBottom()
    await wait_until(lambda: page.model.rowCount() > 200)
    await wait_until(lambda: page.model.exhausted)
    ids = [page.model.entry(r)["id"] for r in range(page.model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    out = tmp_path / "audit.csv"
    count = await export_csv(page, page.export_rows, out, page.show_status)
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert count == len(rows) == len(ids)
    assert [int(r["Id"]) for r in rows] == ids and rows[0]["Action"]


async def test_platform_admin_reads_own_platforms_only(session_for: Any, open_window: Any) -> None:
    admin = session_for("super_admin")
    service = ModuleService(admin.db)
    service.apply(admin.actor, Target.of(["demo-00010"]), ChangeRequest(enable=("billing",)))
    window = await open_window(session_for("platform_admin"), page="audit")
    page = window.page("audit")
    entries = [page.model.entry(r) for r in range(page.model.rowCount())]
    assert all("demo-00010" not in e["platforms"] for e in entries)


async def test_time_filter(session_for: Any, open_window: Any) -> None:
    from PySide6.QtCore import QDateTime

    window = await open_window(session_for("super_admin"), page="audit")
    page = window.page("audit")
    assert page.model.rowCount() > 0
    page.since_check.setChecked(True)
    page.since_edit.setDateTime(QDateTime.currentDateTime().addDays(1))
    await page.reload()
    assert page.model.rowCount() == 0
    page.since_check.setChecked(False)
    page.until_check.setChecked(True)
    page.until_edit.setDateTime(QDateTime.currentDateTime().addDays(1))
    await page.reload()
    assert page.model.rowCount() > 0


async def test_export_csv_through_the_file_dialog(
    session_for: Any, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """ "Export CSV…" as a person uses it: the file name typed, the rows shown on disk."""
    from tests.gui.file_dialogs import save_as

    window = await open_window(session_for("super_admin"), page="audit")
    page = window.page("audit")
    shown = [page.model.entry(r)["id"] for r in range(page.model.rowCount())]
    assert shown and page.model.exhausted
    page.export_action.trigger()
    await save_as(qtbot, tmp_path / "trail")
    await wait_until(lambda: "trail.csv" in window.statusBar().currentMessage())
    with (tmp_path / "trail.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = list(reader)
    # The columns as shown, then the id, the time in UTC, the request and the plan.
    shown_columns = ["Time", "Who", "Action", "Outcome", "Platforms", "Modules", "Message"]
    assert header == [*shown_columns, "Id", "Time (UTC)", "Request", "Plan"]
    assert [int(r[7]) for r in rows] == shown
    assert [r[1] for r in rows] == [page.model.entry(r)["actor"] for r in range(len(shown))]


async def test_who_filter_finds_what_the_who_column_shows(
    session_for: Any, open_window: Any, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt

    window = await open_window(session_for("super_admin"), page="audit")
    page = window.page("audit")
    who = page.model.COLUMNS.index("actor")
    shown = {page.model.data(page.model.index(r, who)) for r in range(page.model.rowCount())}
    assert "demo" in shown  # the demo data's entries
    qtbot.keyClicks(page.user_edit, "demo")
    qtbot.keyClick(page.user_edit, Qt.Key.Key_Return)
    await wait_until(lambda: page._load_task is not None and page._load_task.done())
    await page._load_task
    rows = [page.model.data(page.model.index(r, who)) for r in range(page.model.rowCount())]
    assert rows and set(rows) == {"demo"}
