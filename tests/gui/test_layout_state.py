"""The window remembers its layout: table headers (order, widths, sort) and splitters per page,
and the window's own state; View → Reset layout brings the defaults back; a damaged or outdated
saved state is ignored."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QSplitter, QTableView

from console.main_window import MainWindow
from console.store.settings import LAYOUT, digest
from tests.gui.helpers import cancel_console_tasks, wait_until

pytestmark = pytest.mark.asyncio


async def opened(session: Any, settings: Any, page: str | None = None) -> MainWindow:
    window = MainWindow(session, settings, watch=False, remember=True, page=page)
    window.resize(1280, 800)
    window.show()
    await window.ready()
    return window


async def closed(window: MainWindow) -> None:
    window.close()  # saves the layout
    await cancel_console_tasks()
    window.deleteLater()


def list_splitter(page: Any) -> QSplitter:
    splitter = page.table.parentWidget()
    assert isinstance(splitter, QSplitter)
    return splitter


def column(page: Any, name: str) -> int:
    return [c.name for c in page.model.columns].index(name)


def header_facts(table: QTableView) -> tuple[list[int], list[int], int, Qt.SortOrder]:
    header = table.horizontalHeader()
    count = header.count()
    order = [header.logicalIndex(v) for v in range(count)]
    widths = [header.sectionSize(c) for c in range(count - 1)]  # the last one stretches
    return order, widths, header.sortIndicatorSection(), header.sortIndicatorOrder()


async def merchants_defaults(session: Any, settings: Any) -> tuple[Any, list[int]]:
    """The merchants list's header facts and splitter sizes in a window that opened with nothing
    saved (closing it saves them)."""
    first = await opened(session, settings, page="merchants")
    defaults = header_facts(first.current_page().table)
    default_sizes = list_splitter(first.current_page()).sizes()
    await closed(first)
    return defaults, default_sizes


async def test_headers_and_splitters_come_back_in_a_new_window(session_any: Any, settings: Any) -> None:
    """On SQLite and PostgreSQL: the restored sort is the list's query."""
    session = session_any("super_admin")
    window = await opened(session, settings, page="merchants")
    window._splitter.setSizes([230, 1050])  # the navigation wider
    navigation = window._splitter.sizes()
    merchants = window.current_page()
    await wait_until(lambda: sum(list_splitter(merchants).sizes()) < 1050)  # laid out beside it
    header = merchants.table.horizontalHeader()
    email = column(merchants, "email")
    header.resizeSection(email, 333)  # a column resized by hand
    header.moveSection(header.visualIndex(column(merchants, "stores")), 2)  # and moved
    header.setSortIndicator(column(merchants, "name"), Qt.SortOrder.DescendingOrder)  # a click on "Name"
    list_splitter(merchants).setSizes([900, 300])
    expected = header_facts(merchants.table)
    expected_sizes = list_splitter(merchants).sizes()

    audit = window.show_page("audit")  # leaving merchants saves its layout
    await audit.ready()
    audit_splitter = audit.table.parentWidget()
    audit_splitter.setSizes([200, 500])
    audit_sizes = audit_splitter.sizes()
    audit.table.horizontalHeader().resizeSection(4, 290)  # "platforms"
    audit_header = header_facts(audit.table)
    await closed(window)

    again = await opened(session, settings)
    try:
        assert again.current_page().page_id == "audit"
        assert again.current_page().table.parentWidget().sizes() == audit_sizes
        await wait_until(lambda: again.current_page().model.rowCount() > 0)  # loaded: the widths stay
        assert header_facts(again.current_page().table) == audit_header
        assert again._splitter.sizes() == navigation
        merchants = again.show_page("merchants")
        await merchants.ready()
        assert header_facts(merchants.table) == expected
        await wait_until(lambda: list_splitter(merchants).sizes() == expected_sizes)  # once laid out
        # The restored sort is the query's too: the list is sorted by name, descending.
        assert merchants._sort == ("name", True)
        await wait_until(lambda: merchants.model.rowCount() > 1)
        names = [merchants.model.row_at(r).name for r in range(merchants.model.rowCount())]
        assert names == sorted(names, reverse=True)
    finally:
        await closed(again)


async def test_reset_layout_brings_back_the_defaults(session_for: Any, settings: Any) -> None:
    session = session_for("super_admin")
    defaults, default_sizes = await merchants_defaults(session, settings)

    window = await opened(session, settings, page="merchants")
    try:
        page = window.current_page()
        header = page.table.horizontalHeader()
        header.resizeSection(column(page, "email"), 345)
        header.moveSection(header.visualIndex(column(page, "name")), 0)
        list_splitter(page).setSizes([1000, 200])
        window.save_layout()
        assert settings.qs.allKeys() and any(k.startswith(LAYOUT) for k in settings.qs.allKeys())

        window.reset_layout_action.trigger()
        page = window.current_page()
        await page.ready()
        assert page is not None and page.page_id == "merchants"
        assert header_facts(page.table) == defaults
        assert list_splitter(page).sizes() == default_sizes
        assert not any(k.startswith(LAYOUT) for k in settings.qs.allKeys())
        assert settings.window_state is None
    finally:
        await closed(window)
    again = await opened(session, settings, page="merchants")  # what was saved on close: defaults
    try:
        assert header_facts(again.current_page().table) == defaults
    finally:
        await closed(again)


async def test_damaged_or_outdated_state_is_ignored(session_for: Any, settings: Any) -> None:
    session = session_for("super_admin")
    defaults, default_sizes = await merchants_defaults(session, settings)

    key = f"{LAYOUT}/merchants/table/merchantsTable"
    splitter_key = f"{LAYOUT}/merchants/splitter/0"
    qs = settings.qs
    # An older column set: a real header state, of a 3-column table.
    old = QTableView()
    from PySide6.QtGui import QStandardItemModel

    old.setModel(QStandardItemModel(1, 3))
    old.setColumnWidth(0, 400)
    state = old.horizontalHeader().saveState()
    settings.set_layout_state("merchants/table/merchantsTable", state, 3)
    old.deleteLater()
    # Garbage that even carries its right digest (Qt must refuse it, not crash or allocate).
    garbage = QByteArray(b"\x00\x00\x00\xff\x7f\xff\xff\xff" * 40)
    qs.setValue(f"{splitter_key}/state", garbage)
    qs.setValue(f"{splitter_key}/count", 2)
    qs.setValue(f"{splitter_key}/digest", digest(garbage, 2))
    qs.setValue("window/state", garbage)
    qs.setValue("window/state_digest", digest(garbage, 0))
    qs.setValue(f"{LAYOUT}/window/splitter/navigation/state", "not bytes at all")
    qs.setValue(f"{LAYOUT}/window/splitter/navigation/count", "two")
    window = await opened(session, settings, page="merchants")
    try:
        page = window.current_page()
        assert header_facts(page.table) == defaults
        assert list_splitter(page).sizes() == default_sizes
    finally:
        await closed(window)

    # A state whose bytes were damaged after saving: its digest no longer matches, Qt never sees it.
    damaged = bytearray(qs.value(f"{key}/state").data())
    damaged[len(damaged) // 2] ^= 0xFF
    qs.setValue(f"{key}/state", QByteArray(bytes(damaged)))
    assert settings.layout_state("merchants/table/merchantsTable") is None


async def test_signing_out_and_in_again_keeps_the_layout(session_for: Any, settings: Any) -> None:
    session = session_for("super_admin")
    window = await opened(session, settings, page="merchants")
    try:
        page = window.current_page()
        page.table.horizontalHeader().resizeSection(column(page, "email"), 301)
        expected = header_facts(page.table)
        window.detach()  # signing out saves what the pages look like
        window.attach(session_for("super_admin"), page="merchants")
        again = window.current_page()
        await again.ready()
        assert again is not page and again.page_id == "merchants"
        assert header_facts(again.table) == expected
    finally:
        await closed(window)
