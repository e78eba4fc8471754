"""Merchants and stores: the windowed model (paging, reverse keyset, estimates) and the pages
(search, detail, suspend, masking and reveal), on qasync's loop."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from sqlalchemy import select

import modules.tenancy.directory as tenancy  # where the lists read COUNT_CAP and friends
from console.asyncutil import spawn
from console.dialogs.reason import ReasonDialog
from console.models.tenancy import ServiceSource, money, store_model
from console.models.windowed import WindowedTableModel
from console.pages.merchants import MerchantsPage
from console.pages.stores import StoresPage
from core.actor import Actor
from core.db import Database
from core.demo import SeedSpec, seed
from core.models import AuditEntry
from modules.tenancy.services import ListQuery, RowCount, StoreService, Window
from tests.gui.helpers import cancel_console_tasks, top_level, wait_until

pytestmark = pytest.mark.asyncio

STORES = 300
CLI = Actor.cli()


@pytest.fixture
def stores_db(tmp_path: Path) -> Any:
    from tests.conftest import _sqlite_template

    target = tmp_path / "stores.db"
    shutil.copyfile(_sqlite_template(), target)
    database = Database(f"sqlite:///{target}")
    seed(database, SeedSpec(platforms=4, merchants=25, stores=STORES, orders=0, seed=11))
    yield database
    database.dispose()


def all_codes(db: Database, sort: str = "code", descending: bool = False) -> list[str]:
    rows = StoreService(db).page(CLI, ListQuery(sort=sort, descending=descending), limit=1000).rows
    return [r.code for r in rows]


async def settle_model(model: WindowedTableModel) -> None:
    await asyncio.sleep(0)
    await wait_until(lambda: not model._loading and not model._wanted and not model._pump_scheduled)
    tasks = [t for t in model._tasks if not t.done()]
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)


def codes_shown(model: WindowedTableModel, rows: range) -> list[str]:
    return [model.data(model.index(r, 0)) for r in rows]


class Inflated(ServiceSource):
    """Reports an estimate above the real count (as a stale estimate would)."""

    def __init__(self, *args: Any, factor: float) -> None:
        super().__init__(*args)
        self.factor = factor

    def open(self, query: ListQuery, limit: int) -> Any:
        window = super().open(query, limit)
        value = int(STORES * self.factor)
        return Window(RowCount(value, False), window.page)


# -- the windowed model -----------------------------------------------------------------------------
async def test_model_passes_qtmodeltester_and_reads_every_row_in_order(
    stores_db: Database, qtmodeltester: Any
) -> None:
    model = store_model(StoreService(stores_db), CLI, page_size=16, max_pages=4)
    await model.set_query(ListQuery(sort="name"))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == STORES and model.exact
    want = all_codes(stores_db, "name")
    got: list[str] = []
    for start in range(0, STORES, 16):  # like a view scrolling down: it asks for what it shows
        shown = range(start, min(start + 16, STORES))
        codes_shown(model, shown)
        await settle_model(model)
        got += codes_shown(model, shown)
    assert got == want
    assert len(model.loaded_pages()) <= 4  # evicted as it went
    # Scrolling back reads by keyset, never by an offset.
    before = len(model.source.calls)
    model.data(model.index(0, 0))
    await settle_model(model)
    assert codes_shown(model, range(0, 3)) == want[:3]
    assert all("offset" not in how for _, how in list(model.source.calls)[before:])


async def test_jump_to_the_end_reads_only_the_last_page(
    stores_db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tenancy, "COUNT_CAP", 40)  # estimated counts, as on a million rows
    model = store_model(StoreService(stores_db), CLI, page_size=50)
    await model.set_query(ListQuery())
    assert not model.exact and model.rowCount() == STORES  # SQLite: the id span
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    await settle_model(model)
    calls = len(model.source.calls)
    view.scrollToBottom()
    await wait_until(lambda: model.data(model.index(STORES - 1, 0)) not in (None, "Loading…"))
    await settle_model(model)
    reads = list(model.source.calls)[calls:]
    assert reads and all(kind == "page" for kind, _ in reads)
    assert reads[0][1] == {"from_end": True, "limit": 50}
    assert len(reads) <= 2 and all("offset" not in how for _, how in reads)  # no offset from the top
    want = all_codes(stores_db)
    assert codes_shown(model, range(STORES - 5, STORES)) == want[-5:]
    # Up from the end: the page above is read before the first key of the last one.
    calls = len(model.source.calls)
    top = max(k for side, k in model.loaded_pages() if side == "b")
    above = STORES - 1 - (top + 1) * 50  # the last row of the page above the ones read
    model.data(model.index(above, 0))
    await settle_model(model)
    up = list(model.source.calls)[calls:]
    assert len(up) == 1 and "before" in up[0][1] and "offset" not in up[0][1]
    assert model.data(model.index(above, 0)) == want[above]
    # A jump into the middle: one read with an offset from the nearest key.
    calls = len(model.source.calls)
    model.data(model.index(140, 0))
    await settle_model(model)
    jumps = list(model.source.calls)[calls:]
    assert len(jumps) == 1 and jumps[0][1].get("offset")
    assert model.data(model.index(140, 0)) == want[140]
    view.close()


async def test_sorting_in_sql_and_only_on_indexed_columns(stores_db: Database) -> None:
    model = store_model(StoreService(stores_db), CLI, page_size=30)
    await model.set_query(ListQuery())
    domain = next(i for i, c in enumerate(model.columns) if c.name == "domain")
    assert not model.sortable(domain)
    model.sort(domain, Qt.SortOrder.AscendingOrder)  # ignored
    assert model.query.sort == "code"
    name = next(i for i, c in enumerate(model.columns) if c.name == "name")
    applied = asyncio.get_running_loop().create_future()
    model.query_applied.connect(lambda: applied.done() or applied.set_result(True))
    model.sort(name, Qt.SortOrder.DescendingOrder)
    await asyncio.wait_for(applied, 10)
    assert model.query.sort == "name" and model.query.descending
    assert model.sort_column() == (name, Qt.SortOrder.DescendingOrder)
    assert codes_shown(model, range(0, 5)) == all_codes(stores_db, "name", True)[:5]


async def test_an_estimate_too_high_is_corrected(stores_db: Database) -> None:
    source = Inflated(StoreService(stores_db), CLI, factor=1.2)
    model = WindowedTableModel(store_model(StoreService(stores_db), CLI).columns, source, page_size=20)
    await model.set_query(ListQuery())
    assert model.rowCount() == 360 and not model.exact
    counted = asyncio.get_running_loop().create_future()
    model.count_changed.connect(lambda n, exact: exact and not counted.done() and counted.set_result(n))
    # Both halves meet in the middle: the model counts exactly and joins them.
    model.data(model.index(179, 0))
    model.data(model.index(180, 0))
    assert await asyncio.wait_for(counted, 10) == STORES
    await settle_model(model)
    assert model.rowCount() == STORES and model.exact
    want = all_codes(stores_db)
    for row in (0, 149, 150, 299):
        model.data(model.index(row, 0))
    await settle_model(model)
    assert [model.data(model.index(r, 0)) for r in (0, 149, 150, 299)] == [
        want[r] for r in (0, 149, 150, 299)
    ]
    # A jump past the real end (estimate far too high) reads nothing, then counts exactly.
    far = Inflated(StoreService(stores_db), CLI, factor=3)
    model = WindowedTableModel(model.columns, far, page_size=20)
    await model.set_query(ListQuery())
    assert model.rowCount() == 900
    model.data(model.index(400, 0))
    await wait_until(lambda: model.exact)
    assert model.rowCount() == STORES


async def test_placeholders_then_data_changed(stores_db: Database) -> None:
    model = store_model(StoreService(stores_db), CLI, page_size=25)
    await model.set_query(ListQuery())
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    assert model.data(model.index(200, 0)) == "Loading…"
    assert model.data(model.index(200, 1)) == ""
    await settle_model(model)
    assert any(a <= 200 <= b for a, b in changed)
    assert model.data(model.index(200, 0)).startswith("S")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole).code == "S00000001"
    assert model.rowCount(model.index(0, 0)) == 0 and model.data(QModelIndex()) is None


async def test_money_uses_the_currency_decimals() -> None:
    assert money(123456, "EUR").replace("\u00a0", " ") in ("EUR 1,234.56", "EUR 1 234.56", "EUR 1.234,56")
    assert money(1234, "JPY").startswith("JPY 1") and "." not in money(1234, "JPY").replace(",", "")[4:]
    assert money(1234, "KWD").endswith("1.234") or money(1234, "KWD").endswith("1,234")


# -- the pages ----------------------------------------------------------------------------------------
async def open_page(cls: type, session: Any, qtbot: Any) -> Any:
    page = cls(session)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    page.activate()
    await asyncio.wait_for(page.ready(), 20)
    return page


async def close_page(page: Any) -> None:
    page.shutdown()
    page.close()
    tasks = [t for t in (page.apply_task, page.detail_task) if t is not None]
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)


async def test_search_as_you_type_and_open_a_merchant(session_for: Any, qtbot: Any) -> None:
    session = session_for("support")
    page = await open_page(MerchantsPage, session, qtbot)
    model = page.model
    assert model.rowCount() == 6 and model.exact and "6" in page.count_label.text()
    first = model.row_at(0)
    word = first.name.split()[1]  # a word in the middle of the name, typed in capitals
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, word.upper())  # typed: debounced
    await wait_until(lambda: page.apply_task is not None and model.query.search == word.upper())
    await page.apply_task
    assert model.query.search_kind == "any" and model.query.sort == "code"  # the sort stays
    found = [model.row_at(r) for r in range(model.rowCount())]
    assert first.code in {r.code for r in found}
    assert all(word.lower() in f"{r.name} {r.code} {r.email}".lower() for r in found)
    # A newer query cancels the older one.
    page.search_edit.setText("zzzz-nothing")
    older = page.start_search()
    page.search_edit.setText(first.code)
    newer = page.start_search()
    await asyncio.gather(older, newer, return_exceptions=True)
    assert older.cancelled() and model.query.search == first.code and model.rowCount() == 1
    # "Name starts with" sorts by name.
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("name"))
    page.search_edit.setText(first.name[:4].lower())
    await page.start_search()
    assert model.query.sort == "name" and model.rowCount() >= 1
    assert all(
        model.row_at(r).name.lower().startswith(first.name[:4].lower()) for r in range(model.rowCount())
    )
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("email"))
    page.search_edit.setText("a@")  # too short for an e-mail search: a hint, no dialog
    await page.start_search()
    assert page.hint.isVisible() and "3 characters" in page.hint.text()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("any"))
    page.search_edit.clear()
    await page.start_search()
    assert model.rowCount() == 6 and not page.hint.isVisible()
    page.table.selectRow(0)
    await wait_until(lambda: page.detail_task is not None)
    await page.detail_task
    detail = page.detail.detail
    assert detail is not None and detail.merchant.code == model.row_at(0).code
    assert page.detail.stores_table.rowCount() == detail.stores_total
    assert page.detail.heading.text().startswith(detail.merchant.code)
    assert page.detail.suspend_button.isEnabled() and not page.detail.reactivate_button.isEnabled()
    await close_page(page)


async def test_suspend_with_a_required_reason(session_for: Any, qtbot: Any) -> None:
    session = session_for("support")
    page = await open_page(StoresPage, session, qtbot)
    code = page.model.row_at(2).code
    await page.show_detail(code)
    task = spawn(page.ask_status(True))
    dialogs = await wait_until(lambda: top_level(ReasonDialog))
    dialog = dialogs[0]
    assert not dialog.ok_button.isEnabled()  # a reason is required
    dialog.reason_edit.setPlainText("phishing pages reported")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert await asyncio.wait_for(task, 10) is True
    assert page.detail.detail.store.status == "suspended"
    assert page.detail.reactivate_button.isEnabled() and not page.detail.suspend_button.isEnabled()
    await wait_until(lambda: page.model.row_at(2) is not None and page.model.row_at(2).status == "suspended")
    with session.db.sessions() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.subject == f"store:{code}"))
    assert entry is not None and entry.action == "stores.suspend" and entry.actor == "admin:support"
    assert page.detail.audit_table.rowCount() == 1
    # Refused in the dialog (already suspended, by someone else meanwhile): the message stays there.
    StoreService(session.db).reactivate(CLI, code, "cleared")
    task = spawn(page.ask_status(False))
    dialog = (await wait_until(lambda: top_level(ReasonDialog)))[0]
    dialog.reason_edit.setPlainText("again")
    dialog.ok_button.click()
    await wait_until(lambda: dialog.error.isVisible())
    assert "store.not_suspended" in dialog.error.text()
    dialog.reject()
    assert await asyncio.wait_for(task, 10) is False
    await close_page(page)


async def test_masked_customers_and_audited_reveal(session_for: Any, qtbot: Any) -> None:
    session = session_for("support")
    page = await open_page(MerchantsPage, session, qtbot)
    with session.db.sessions() as s:
        from sqlalchemy import text

        merchant_id = s.execute(
            text("SELECT s.merchant_id FROM orders o JOIN stores s ON s.id = o.store_id LIMIT 1")
        ).scalar_one()
    await page.show_detail(f"M{merchant_id:07d}")
    table = page.detail.customers_table
    assert table.rowCount() >= 1
    assert "***@" in table.item(0, 2).text() and "***" in table.item(0, 3).text()
    assert "masked" in page.detail.pii_note.text()
    assert any(
        "***@" in (page.detail.orders_table.item(r, 4).text())
        for r in range(page.detail.orders_table.rowCount())
    )
    table.selectRow(0)
    customer = page.detail.selected_customer()
    task = spawn(page.ask_reveal())
    dialog = (await wait_until(lambda: top_level(ReasonDialog)))[0]
    assert dialog.ok_button.isEnabled()  # the reason is optional here
    dialog.reason_edit.setPlainText("customer on the phone")
    dialog.ok_button.click()
    revealed = await asyncio.wait_for(task, 10)
    assert revealed is not None and revealed.id == customer.id and "***" not in (revealed.email or "")
    assert table.item(0, 2).text() == revealed.email
    with session.db.sessions() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.subject == f"customer:{customer.id}"))
    assert (
        entry is not None
        and entry.action == "customers.reveal"
        and "customer on the phone" in (entry.message or "")
    )
    await close_page(page)


async def test_roles(session_for: Any, qtbot: Any) -> None:
    assert not StoresPage.allowed(session_for("operator"))
    assert MerchantsPage.allowed(session_for("platform_admin"))
    session = session_for("platform_admin")
    page = await open_page(StoresPage, session, qtbot)
    own = {f"demo-{i:05d}" for i in range(1, 3)}
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert rows and all(r is not None and r.platform in own for r in rows)
    await close_page(page)
    clear = await open_page(MerchantsPage, session_for("super_admin"), qtbot)
    await clear.show_detail(clear.model.row_at(0).code)
    assert "masked" not in clear.detail.pii_note.text()
    await close_page(clear)


async def test_pages_in_the_main_window(session_for: Any, settings: Any, qtbot: Any) -> None:
    from console.asyncutil import settle
    from console.main_window import MainWindow

    window = MainWindow(
        session_for("support"), settings, watch=False, remember=False, pages=[MerchantsPage, StoresPage]
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        await asyncio.wait_for(window.ready(), 20)
        assert window.page_ids() == ["merchants", "stores"]
        page = window.show_page("stores")
        await asyncio.wait_for(page.ready(), 20)
        assert page.model.rowCount() == 20
        assert page.focus_search() and page.search_edit.hasFocus()
        assert {a.text() for a in page.commands()} >= {"Count exactly"}
    finally:
        window.shutdown()
        window.close()
        await cancel_console_tasks()
        await settle()


async def test_a_change_elsewhere_refreshes_without_losing_the_place(session_for: Any, qtbot: Any) -> None:
    session = session_for("support")
    page = await open_page(StoresPage, session, qtbot)
    code = page.model.row_at(3).code
    await page.show_detail(code)
    StoreService(session.db).suspend(CLI, code, "from another console")
    page.database_changed()  # at the top: the query runs again
    await page.apply_task
    await wait_until(lambda: page.model.row_at(3) is not None and page.model.row_at(3).status == "suspended")
    await wait_until(
        lambda: page.detail.detail is not None and page.detail.detail.store.status == "suspended"
    )
    await close_page(page)


def _merchant_with_customers_on_own_platform(db: Database) -> tuple[str, str]:
    """(merchant code, store code) whose customers are on the platform admin's own platform."""
    from core.demo import DEMO_PASSWORD
    from core.services.auth import AuthService

    padmin = AuthService(db).authenticate("padmin", DEMO_PASSWORD)
    with db.sessions() as s:
        from sqlalchemy import text

        rows = s.execute(
            text(
                "SELECT s.merchant_id, s.id, o.platform_id FROM orders o JOIN stores s ON s.id = o.store_id "
                "WHERE o.customer_id IS NOT NULL ORDER BY o.id"
            )
        ).all()
    merchant_id, store_id, _ = next(r for r in rows if r[2] in padmin.own_platform_ids)
    return f"M{merchant_id:07d}", f"S{store_id:08d}"


@pytest.mark.parametrize(
    ("role", "masked", "reveal"),
    [("super_admin", False, False), ("platform_admin", False, False), ("support", True, True)],
)
async def test_personal_data_one_rule_for_every_role(
    session_any: Any, qtbot: Any, role: str, masked: bool, reveal: bool
) -> None:
    """Who may see personal data sees it and is offered no reveal; who may not sees it masked
    and, with customers.pii.reveal, may reveal one customer."""
    session = session_any(role)
    merchant, _store = _merchant_with_customers_on_own_platform(session.db)
    page = await open_page(MerchantsPage, session, qtbot)
    await page.show_detail(merchant)
    pane = page.detail
    own = [
        r
        for r in range(pane.customers_table.rowCount())
        if role != "platform_admin" or pane.customers[r].platform in {p.code for p in pane.detail.platforms}
    ]
    assert own
    emails = [pane.customers_table.item(r, 2).text() for r in own]
    assert all(("***@" in e) is masked for e in emails), emails
    assert pane.pii_note.isHidden() is not masked
    assert pane.reveal_button.isHidden() is not reveal
    orders = [pane.orders_table.item(r, 4).text() for r in range(pane.orders_table.rowCount())]
    assert orders and all(("***@" in e) is masked for e in orders if e)
    pane.customers_table.selectRow(own[0])
    assert pane.reveal_button.isEnabled() is reveal
    await close_page(page)


async def test_a_store_detail_has_no_stores_tab(session_for: Any, qtbot: Any) -> None:
    session = session_for("support")
    merchant, store = _merchant_with_customers_on_own_platform(session.db)
    page = await open_page(StoresPage, session, qtbot)
    await page.show_detail(store)
    tabs = page.detail.tabs
    shown = [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert "Stores" not in shown and "Orders" in shown and "Customers" in shown
    await close_page(page)
    merchants = await open_page(MerchantsPage, session, qtbot)
    await merchants.show_detail(merchant)
    tabs = merchants.detail.tabs
    assert "Stores" in [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    await close_page(merchants)
