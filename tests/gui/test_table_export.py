"""Tables: Ctrl+C copies the selected rows as tab-separated text; Ctrl+E exports every row of the
list's filter (all pages, read through the services) as CSV, typed into the real file dialog, with
a Cancel that leaves no file. On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableView
from sqlalchemy import text

import console.widgets.table_export as table_export
from core.actor import Actor
from core.errors import InvalidInput
from modules.payments.services import PaymentFilter, PaymentService
from modules.tenancy.services import ListQuery, StoreService
from tests.gui.file_dialogs import save_as
from tests.gui.helpers import wait_until

pytestmark = pytest.mark.asyncio
CLI = Actor.cli()


def read_csv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def shown_titles(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    model = table.model()
    return [
        model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]


def store_codes(db: Any, **query: Any) -> list[str]:
    return [r.code for r in StoreService(db).page(CLI, ListQuery(**query), limit=1000).rows]


async def export_with_ctrl_e(window: Any, qtbot: Any, target: Path) -> None:
    window.activateWindow()  # as after a click on it: shortcuts go to the active window
    await wait_until(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.current_page().table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    await save_as(qtbot, target)


async def test_ctrl_c_copies_the_selected_rows_as_shown(
    session_any: Any, open_window: Any, qtbot: Any
) -> None:
    session = session_any("support")
    first = store_codes(session.db)[0]
    with session.db.engine.begin() as conn:  # a name a person pasted from somewhere, tabs and all
        conn.execute(
            text("UPDATE stores SET name = :n WHERE code = :c"), {"n": "Tab\there\nnext line", "c": first}
        )
    window = await open_window(session, page="stores")
    page = window.current_page()
    table = page.table
    await wait_until(lambda: page.model.rowCount() >= 3 and page.model.row_at(2) is not None)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 2)).center()
    )
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        shift,
        table.visualRect(table.model().index(2, 2)).center(),
    )
    assert len(table.selectionModel().selectedRows()) == 3
    QApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == shown_titles(table)
    assert len(lines) == 4  # the header and three rows: the tab and the line break became spaces
    cells = [line.split("\t") for line in lines[1:]]
    assert all(len(c) == len(shown_titles(table)) for c in cells)
    name = shown_titles(table).index("Name")
    assert cells[0][0] == first and cells[0][name] == "Tab here next line"
    assert [c[0] for c in cells] == store_codes(session.db)[:3]


async def test_ctrl_e_exports_every_page_of_the_filter(
    session_any: Any, open_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(table_export, "EXPORT_PAGE", 7)  # 20 stores: three pages
    session = session_any("super_admin")
    window = await open_window(session, page="stores")
    page = window.current_page()
    await wait_until(lambda: page.model.rowCount() > 0)
    target = tmp_path / "stores"  # the dialog adds .csv
    await export_with_ctrl_e(window, qtbot, target)
    await wait_until(lambda: "exported to" in window.statusBar().currentMessage())
    rows = read_csv(target.with_suffix(".csv"))
    assert rows[0] == shown_titles(page.table)
    assert [r[0] for r in rows[1:]] == store_codes(session.db) and len(rows) - 1 == 20
    assert "20 rows exported" in window.statusBar().currentMessage()

    page.status_combo.setCurrentIndex(page.status_combo.findData("suspended"))  # the filter counts
    with session.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE stores SET status = 'suspended' WHERE code IN (:a, :b)"),
            dict(a=store_codes(session.db)[3], b=store_codes(session.db)[11]),
        )
    await page.start_search()
    second = tmp_path / "suspended.csv"
    await export_with_ctrl_e(window, qtbot, second)
    await wait_until(lambda: second.exists())
    assert [r[0] for r in read_csv(second)[1:]] == store_codes(session.db, status="suspended")
    assert len(read_csv(second)) == 3


async def test_payments_export_reads_past_the_loaded_rows(
    session_any: Any, open_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(table_export, "EXPORT_PAGE", 3)
    session = session_any("support")
    window = await open_window(session, page="payments")
    page = window.current_page()
    await wait_until(lambda: page.model.rowCount() > 0)
    target = tmp_path / "payments.csv"
    await export_with_ctrl_e(window, qtbot, target)
    await wait_until(lambda: target.exists())
    every = PaymentService(session.db).list_payments(session.require_actor(), PaymentFilter(limit=1000))
    rows = read_csv(target)
    assert rows[0] == shown_titles(page.table) and rows[0][0] == "Payment"  # the view's order
    assert [int(r[0]) for r in rows[1:]] == [p.id for p in every]


async def test_cancel_half_way_leaves_no_file(
    session_any: Any, open_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(table_export, "EXPORT_PAGE", 5)
    window = await open_window(session_any("support"), page="merchants")
    page = window.current_page()
    await wait_until(lambda: page.model.rowCount() > 0)
    pages_written: list[int] = []

    def follow(job: Any) -> None:
        def progressed(rows: int) -> None:
            pages_written.append(rows)
            job.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel

        job.progressed.connect(progressed)

    table_export.announcer().started.connect(follow)
    try:
        target = tmp_path / "merchants.csv"
        await export_with_ctrl_e(window, qtbot, target)
        await wait_until(lambda: "cancelled" in window.statusBar().currentMessage())
    finally:
        table_export.announcer().started.disconnect(follow)
    assert pages_written == [5]  # one page of six merchants, then Cancel
    assert not target.exists() and not list(tmp_path.glob(".merchants.csv.*"))


async def test_users_export_and_copy_follow_the_filter(
    session_for: Any, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = await open_window(session_for("super_admin"), page="users")
    page = window.current_page()
    await wait_until(lambda: page.model.rowCount() == 4)
    page.search_edit.setText("admin")  # the filter hides the others
    shown = [r for r in range(page.model.rowCount()) if not page.table.isRowHidden(r)]
    target = tmp_path / "users.csv"
    page.table.setFocus()
    await export_with_ctrl_e(window, qtbot, target)
    await wait_until(lambda: target.exists())
    rows = read_csv(target)
    assert rows[0] == shown_titles(page.table) and len(rows) - 1 == len(shown) >= 1
    page.table.selectionModel().select(
        page.model.index(shown[0], 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().splitlines()[1].split("\t") == rows[1]


async def test_a_file_that_cannot_be_made_closes_the_progress_and_says_why(
    session_any: Any, open_window: Any, tmp_path: Path
) -> None:
    window = await open_window(session_any("support"), page="merchants")
    page = window.current_page()
    await wait_until(lambda: page.model.rowCount() > 0)
    jobs: list[Any] = []
    table_export.announcer().started.connect(jobs.append)
    said: list[str] = []
    target = tmp_path / "gone" / "merchants.csv"  # its folder is not there (removed since chosen)
    try:
        rows = lambda: table_export.windowed_rows(page.table, page.model)  # noqa: E731
        with pytest.raises(InvalidInput) as raised:
            await table_export.export_csv(page, rows, target, said.append)
    finally:
        table_export.announcer().started.disconnect(jobs.append)
    assert "cannot write" in str(raised.value) and str(target) in str(raised.value)
    assert said == ["Export failed: no file was written."]
    assert len(jobs) == 1
    await asyncio.sleep(0.6)  # past the dialog's minimum duration: a stale one would show now
    shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == "exportProgress"]
    assert not [w for w in shown if w.isVisible()]
    assert not (tmp_path / "gone").exists()
