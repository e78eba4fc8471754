"""Support journeys in the directory: find a merchant, suspend and reactivate it; personal data."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QTabWidget
from sqlalchemy import select

from core.models import AuditEntry
from modules.customers.models import Customer
from modules.tenancy.models import Merchant, Store
from tests.journeys.harness import Journey, gone
from tests.journeys.seeded import first_store

pytestmark = pytest.mark.asyncio


def status_of(db: Any, model: type, code: str) -> tuple[str, str | None]:
    with db.sessions() as session:
        row = session.scalars(select(model).where(model.code == code)).one()
        return row.status, row.suspended_reason


async def search(console: Journey, page: Any, text: str) -> list[str]:
    """Type ``text`` into the page's search ("Any field contains"); the names listed once the search
    has run."""
    console.choose(page.findChild(QComboBox, f"{page.page_id}SearchKind"), "Any field contains")
    console.type_into(page.search_edit, text)
    await console.until(lambda: page.model.query is not None and page.model.query.search == text)
    return console.rows(page.table, console.column(page.table, "Name"))


async def find(console: Journey, page: Any, text: str, name: str) -> int:
    """Search ``text``; the row listing ``name``."""
    names = await search(console, page, text)
    assert name in names, f"{text!r} does not find {name!r}: {names}"
    return names.index(name)


async def set_status(console: Journey, page: Any, button: str, reason: str, code: str) -> None:
    """Click Suspend… / Reactivate…, give the reason, OK; wait for the detail to show the change."""
    console.click(console.button(page.detail, button))
    dialog = await console.dialog("reasonDialog")
    console.qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "reasonEdit"), reason)
    console.click(console.button(dialog, "OK"))
    await console.until(lambda: gone(dialog))
    state = "suspended" if button.startswith("Suspend") else "active"
    await console.until(
        lambda: page.detail.heading.text().endswith(state) and code in page.detail.heading.text()
    )


async def suspend_and_reactivate(console: Journey, page: Any, model: type, code: str, row: int) -> None:
    console.click_row(page.table, row)
    await console.until(lambda: code in page.detail.heading.text())
    await set_status(console, page, "Suspend", "chargebacks under review", code)
    assert status_of(console.db, model, code) == ("suspended", "chargebacks under review")
    assert "Suspended: chargebacks under review" in page.detail.facts.text()
    await set_status(console, page, "Reactivate", "review closed", code)
    assert status_of(console.db, model, code)[0] == "active"
    with console.db.sessions() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.subject.endswith(code)).order_by(AuditEntry.id)
        ).all()
    assert [a.rsplit(".", 1)[-1] for a in actions[-2:]] == ["suspend", "reactivate"], actions


@pytest.mark.parametrize("role", ["super_admin", "support"])
async def test_find_a_merchant_suspend_and_reactivate_it(console_any: Journey, roles: Any, role: str) -> None:
    console = console_any  # on SQLite and on PostgreSQL
    await console.sign_in(roles(role))
    page = await console.go("Merchants")
    row = await find(console, page, "Oak", "Oak Tea 1")
    await suspend_and_reactivate(console, page, Merchant, "M0000001", row)


@pytest.mark.parametrize("role", ["super_admin", "support"])
async def test_find_a_merchant_by_a_word_inside_its_name(console: Journey, roles: Any, role: str) -> None:
    await console.sign_in(roles(role))
    page = await console.go("Merchants")
    await find(console, page, "tea", "Oak Tea 1")  # a word inside the name, in lower case


async def test_a_platform_admin_suspends_a_store_of_their_own_platform(console: Journey, roles: Any) -> None:
    store = first_store(console.db, "demo-00001")
    await console.sign_in(roles("platform_admin"))
    page = await console.go("Stores")
    row = await find(console, page, store.code, store.name)
    await suspend_and_reactivate(console, page, Store, store.code, row)


async def test_a_merchant_on_platforms_they_do_not_own_is_refused_to_a_platform_admin(
    console: Journey, roles: Any
) -> None:
    await console.sign_in(roles("platform_admin"))
    page = await console.go("Merchants")
    names = console.column(page.table, "Name")
    await console.until(lambda: console.rows(page.table, names))
    console.click_row(page.table, 0)
    code = await console.until(lambda: page.selected_code())
    await console.until(lambda: code in page.detail.heading.text())
    console.click(console.button(page.detail, "Suspend"))
    dialog = await console.dialog("reasonDialog")
    console.qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "reasonEdit"), "trying")
    console.click(console.button(dialog, "OK"))
    error = dialog.findChild(QLabel, "reasonError")
    await console.until(lambda: error.isVisible())
    assert "does not allow merchants.suspend" in error.text()  # the refusal, in the dialog
    console.click(console.button(dialog, "Cancel"))
    assert status_of(console.db, Merchant, code)[0] == "active"


async def test_an_operator_has_no_directory(console: Journey, roles: Any) -> None:
    await console.sign_in(roles("operator"))
    assert not {"Merchants", "Stores", "Payments", "Orders"} & set(console.page_titles())


async def open_customers(console: Journey, roles: Any, role: str) -> Any:
    """A merchant's detail, on its Customers tab, once the customers are listed."""
    await console.sign_in(roles(role))
    page = await console.go("Merchants")
    row = await find(console, page, "Oak", "Oak Tea 1")
    console.click_row(page.table, row)
    await console.until(lambda: "M0000001" in page.detail.heading.text())
    console.click_tab(page.detail.findChild(QTabWidget, "detailTabs"), "Customers")
    await console.until(lambda: page.detail.customers_table.rowCount() > 0)
    return page


def customer_email(db: Any, customer_id: int) -> str:
    with db.sessions() as session:
        return session.scalar(select(Customer.email).where(Customer.id == customer_id))


async def test_support_reveals_one_customers_personal_data(console: Journey, roles: Any) -> None:
    page = await open_customers(console, roles, "support")
    table = page.detail.customers_table
    emails = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert all("***" in e for e in emails), emails  # masked for support
    console.click_row(table, 0)
    customer = int(table.item(0, 0).text())
    console.click(console.button(page.detail, "Reveal personal data"))
    dialog = await console.dialog("reasonDialog")
    console.qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "reasonEdit"), "customer on the phone")
    console.click(console.button(dialog, "Reveal"))
    await console.until(lambda: gone(dialog))
    clear = customer_email(console.db, customer)
    await console.until(lambda: table.item(0, 2).text() == clear)
    assert all("***" in table.item(r, 2).text() for r in range(1, table.rowCount()))  # only that one
    with console.db.sessions() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry.actor == "admin:support" and str(customer) in (entry.subject or "")
    assert clear not in str(entry.request) + str(entry.plan) + (entry.message or "")


async def test_an_admin_sees_personal_data_and_is_offered_no_reveal(console: Journey, roles: Any) -> None:
    page = await open_customers(console, roles, "super_admin")
    table = page.detail.customers_table
    customer = int(table.item(0, 0).text())
    assert table.item(0, 2).text() == customer_email(console.db, customer)
    console.click_row(table, 0)
    reveal = page.detail.reveal_button
    assert not (reveal.isVisible() and reveal.isEnabled())
