"""The payments page: keyset paging, the detail, refunds through the dialog (against the loopback
Stripe server), the support limit and approval, gateway errors in the one error dialog."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from console.dialogs.errors import ErrorDialog
from console.dialogs.refund import ApproveRefundDialog, RefundDialog
from console.pages.payments import PaymentsPage
from core.db import Database
from core.models import Platform
from modules.payments.models import Payment, RefundState
from modules.payments.services import PaymentService
from modules.tenancy.models import Merchant, Store
from tests.fakes.stripe_server import FakeStripe
from tests.gui.helpers import top_level, wait_until
from tests.payments_helpers import (  # noqa: F401 - the *_fixture names register fixtures
    LIMIT,
    Shop,
    add_payment,
    fake_stripe_fixture,
    make_gateways,
    refunds_of,
)

pytestmark = pytest.mark.asyncio


def demo_shop(db: Database, platform_code: str | None = None) -> Shop:
    """A store of the demo data (on ``platform_code`` when given)."""
    with db.sessions() as session:
        stmt = (
            select(Platform.code, Platform.id, Merchant.code, Store.code, Store.id)
            .join(Store, Store.platform_id == Platform.id)
            .join(Merchant, Merchant.id == Store.merchant_id)
            .order_by(Store.id)
        )
        if platform_code:
            stmt = stmt.where(Platform.code == platform_code)
        row = session.execute(stmt.limit(1)).one()
    return Shop(*row)


def _pi(db: Database, payment_id: int) -> str:
    with db.sessions() as session:
        return str(session.get(Payment, payment_id).gateway_payment_id)  # type: ignore[union-attr]


async def open_page(qtbot: Any, session: Any, fake: FakeStripe) -> PaymentsPage:
    service = PaymentService(session.db, make_gateways(fake.url, None), limit_setting=LIMIT)
    page = PaymentsPage(session, service=service)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    await asyncio.wait_for(page.ready(), 20)
    return page


async def show(page: PaymentsPage, payment_id: int) -> None:
    assert page.select_payment(payment_id)
    await wait_until(lambda: page.detail is not None and page.detail.id == payment_id)


async def open_on_a_new_payment(
    qtbot: Any, session: Any, fake: FakeStripe, amount: int
) -> tuple[PaymentsPage, int]:
    """A Stripe payment of ``amount`` to a demo store, and the page open on it."""
    pid = add_payment(session.db, demo_shop(session.db), "stripe", amount, fake=fake)
    page = await open_page(qtbot, session, fake)
    await show(page, pid)
    return page, pid


async def test_list_detail_and_paging(session_for: Any, qtbot: Any, fake_stripe: FakeStripe) -> None:
    session = session_for("super_admin")
    shop = demo_shop(session.db)
    ids = [add_payment(session.db, shop, "manual", 1_000 + i, "JPY" if i % 2 else "KWD") for i in range(110)]
    page = await open_page(qtbot, session, fake_stripe)
    model = page.model
    assert model.rowCount() == 100 and not model.exhausted
    assert model.payment(0).id == ids[-1]  # newest first
    page.table.scrollToBottom()
    await wait_until(lambda: model.rowCount() > 100)
    await wait_until(lambda: model.exhausted)
    shown = [model.payment(r).id for r in range(model.rowCount())]
    assert shown == sorted(shown, reverse=True) and len(set(shown)) == len(shown) == 130  # 110 + 20 demo
    await show(page, ids[-1])  # KWD 1.109 (i = 109 is odd: JPY)
    assert page.fields["amount"].text() == "JPY 1,109"
    await show(page, ids[-2])
    assert page.fields["amount"].text() == "KWD 1.108" and page.fields["remaining"].text() == "KWD 1.108"
    assert page.fields["gateway"].text() == "manual"
    page.gateway_combo.setCurrentIndex(page.gateway_combo.findData("stripe"))
    await page.reload()
    assert all(model.payment(r).gateway == "stripe" for r in range(model.rowCount()))


async def test_refund_through_the_dialog(session_for: Any, qtbot: Any, fake_stripe: FakeStripe) -> None:
    session = session_for("super_admin")
    page, pid = await open_on_a_new_payment(qtbot, session, fake_stripe, 25_000)
    assert page.refund_button.isEnabled()
    task = asyncio.ensure_future(page.ask_refund())
    [dialog] = await wait_until(lambda: top_level(RefundDialog))
    assert dialog.amount_edit.text() == "250.00"  # prefilled with what remains
    assert not dialog.limit_note.isVisible()  # no limit for a super admin
    assert not dialog.ok_button.isEnabled()  # a reason is required
    dialog.amount_edit.setText("300")
    dialog.reason_edit.setPlainText("parcel lost")
    assert not dialog.ok_button.isEnabled() and "EUR 250.00" in dialog.error.text()
    dialog.amount_edit.setText("40,5")  # a decimal comma is fine
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    outcome = await asyncio.wait_for(task, 20)
    assert (
        outcome is not None and outcome.refund.state == "succeeded" and outcome.refund.amount_minor == 4_050
    )
    [held] = fake_stripe.refunds_for(_pi(session.db, pid))
    assert held["amount"] == 4_050 and held["metadata"]["reason"] == "parcel lost"
    assert page.fields["refunded"].text() == "EUR 40.50" and page.fields["remaining"].text() == "EUR 209.50"
    assert page.refunds_table.rowCount() == 1
    assert page.refunds_table.item(0, 3).text() == held["id"]
    assert page.model.payment(page.model.row_of(pid)).refunded_minor == 4_050


async def test_support_limit_in_the_dialog_then_approval(
    session_for: Any, qtbot: Any, fake_stripe: FakeStripe
) -> None:
    support = session_for("support")
    page, pid = await open_on_a_new_payment(qtbot, support, fake_stripe, 50_000)
    task = asyncio.ensure_future(page.ask_refund())
    [dialog] = await wait_until(lambda: top_level(RefundDialog))
    assert dialog.limit_note.isVisible() and "EUR 100.00" in dialog.limit_note.text()
    assert "will wait for approval" in dialog.limit_note.text()  # the full 500.00 is above it
    dialog.amount_edit.setText("100.00")
    assert "will wait" not in dialog.limit_note.text()
    dialog.amount_edit.setText("150.00")
    dialog.reason_edit.setPlainText("goodwill")
    dialog.ok_button.click()
    outcome = await asyncio.wait_for(task, 20)
    assert outcome is not None and outcome.refund.state == "awaiting_approval"
    assert fake_stripe.refunds_for(_pi(support.db, pid)) == []  # nothing sent
    assert page.fields["awaiting"].text() == "EUR 150.00"
    page.select_refund(outcome.refund.id)
    assert not page.approve_button.isEnabled() and not page.reject_button.isEnabled()  # support may not

    assert page.fields["remaining"].text() == "EUR 350.00"  # awaiting approval holds its part

    admin = session_for("super_admin")
    admin_page = await open_page(qtbot, admin, fake_stripe)
    await show(admin_page, pid)
    admin_page.select_refund(outcome.refund.id)
    assert admin_page.approve_button.isEnabled()
    # Approving moves money: a confirmation names what is approved; cancelling sends nothing.
    admin_page.approve_button.click()
    [confirm] = await wait_until(lambda: top_level(ApproveRefundDialog))
    assert confirm.isModal() and confirm.amount_label.text() == "EUR 150.00"
    assert confirm.fields["requester"].text() == support.actor.name
    assert confirm.fields["payment"].text().startswith(f"#{pid} · stripe")
    assert confirm.fields["reason"].text() == "goodwill"
    assert confirm.fields["merchant"].text().startswith(demo_shop(admin.db).merchant)
    assert confirm.buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()
    confirm.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    await wait_until(lambda: not top_level(ApproveRefundDialog))
    assert fake_stripe.refunds_for(_pi(admin.db, pid)) == []
    assert refunds_of(admin.db, pid)[0].state == "awaiting_approval"
    admin_page.approve_button.click()
    [confirm] = await wait_until(lambda: top_level(ApproveRefundDialog))
    confirm.approve_button.click()
    await wait_until(lambda: refunds_of(admin.db, pid)[0].state == "succeeded")
    await wait_until(lambda: admin_page.fields["refunded"].text() == "EUR 150.00")
    [held] = fake_stripe.refunds_for(_pi(admin.db, pid))
    assert held["amount"] == 15_000
    row = refunds_of(admin.db, pid)[0]
    assert row.approved_by == admin.actor.name and row.requested_by == support.actor.name


async def test_reject_with_a_note(session_for: Any, qtbot: Any, fake_stripe: FakeStripe) -> None:
    from PySide6.QtWidgets import QInputDialog

    support, admin = session_for("support"), session_for("super_admin")
    pid = add_payment(support.db, demo_shop(support.db), "stripe", 50_000, fake=fake_stripe)
    service = PaymentService(support.db, make_gateways(fake_stripe.url, None), limit_setting=LIMIT)
    waiting = service.create_refund(support.actor, pid, 20_000, "big").refund
    page = await open_page(qtbot, admin, fake_stripe)
    await show(page, pid)
    page.select_refund(waiting.id)
    task = asyncio.ensure_future(page.ask_reject())
    [dialog] = await wait_until(lambda: top_level(QInputDialog, "rejectDialog"))
    dialog.setTextValue("not justified")
    dialog.accept()
    await asyncio.wait_for(task, 20)
    row = refunds_of(admin.db, pid)[0]
    assert row.state == "rejected" and row.decision_note == "not justified"
    assert page.fields["remaining"].text() == "EUR 500.00"


async def test_gateway_errors_in_the_error_dialog(
    session_for: Any, qtbot: Any, fake_stripe: FakeStripe
) -> None:
    from console.asyncutil import spawn

    session = session_for("super_admin")
    page, pid = await open_on_a_new_payment(qtbot, session, fake_stripe, 10_000)
    fake_stripe.decline_next()
    spawn(page.create_refund(pid, 1_000, "x"), page)
    [dialog] = await wait_until(lambda: top_level(ErrorDialog))
    try:
        assert dialog.code == "gateway.declined" and "Stripe declined the refund" in dialog.message
        assert dialog.windowTitle() == "Refused"
    finally:
        dialog.close()
    await wait_until(lambda: page.refunds_table.rowCount() == 1)
    assert page.refunds_table.item(0, 2).text() == "failed"
    assert page.fields["remaining"].text() == "EUR 100.00"

    fake_stripe.drop_after("/v1/refunds")  # the answer is lost: pending, then resolved from the page
    spawn(page.create_refund(pid, 2_000, "y"), page)
    [dialog] = await wait_until(lambda: top_level(ErrorDialog))
    try:
        assert dialog.code == "gateway.unavailable" and "stays pending" in dialog.message
    finally:
        dialog.close()
    await wait_until(lambda: page.fields["pending"].text() == "EUR 20.00")
    assert page.resolve_button.isEnabled()
    report = await page.resolve_pending()
    assert report.counts == {"succeeded": 1}
    assert page.fields["refunded"].text() == "EUR 20.00" and page.fields["pending"].text() == "EUR 0.00"
    assert len(fake_stripe.refunds_for(_pi(session.db, pid))) == 1


async def test_platform_admin_sees_own_platforms_only(
    session_for: Any, qtbot: Any, fake_stripe: FakeStripe
) -> None:
    padmin = session_for("platform_admin")
    own = padmin.actor.own_platform_ids
    page = await open_page(qtbot, padmin, fake_stripe)
    with padmin.db.sessions() as s:
        platform_of = dict(s.execute(select(Payment.id, Payment.platform_id)).all())
    shown = [page.model.payment(r).id for r in range(page.model.rowCount())]
    assert all(platform_of[p] in own for p in shown)


async def test_the_page_in_the_main_window(
    session_for: Any, open_window: Any, fake_stripe: FakeStripe, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As registered in ``console.pages.registry``."""
    window = await open_window(session_for("support"), page="payments")
    page = window.page("payments")
    assert isinstance(page, PaymentsPage) and page.model.rowCount() == 20  # the demo's payments
    assert page.title() == "Payments" and page.refund_action in page.commands()
    operator = await open_window(session_for("operator"))
    assert "payments" not in operator.page_ids()  # payments.view: not for operators


async def test_split_refunds_and_what_awaits_approval(
    session_for: Any, qtbot: Any, fake_stripe: FakeStripe
) -> None:
    """The dialog counts what the payment already holds against the limit; the refunds filter lists
    the payments with a refund awaiting approval and selects that refund for the approver."""
    support = session_for("support")
    shop = demo_shop(support.db)
    pid = add_payment(support.db, shop, "stripe", 61_380, fake=fake_stripe)
    quiet = add_payment(support.db, shop, "stripe", 10_000, fake=fake_stripe)
    page = await open_page(qtbot, support, fake_stripe)
    await show(page, pid)
    outcomes = []
    for amount in ("90", "90"):
        task = asyncio.ensure_future(page.ask_refund())
        [dialog] = await wait_until(lambda: top_level(RefundDialog))
        dialog.amount_edit.setText(amount)
        dialog.reason_edit.setPlainText("split")
        outcomes.append((dialog.awaits_approval(), dialog.limit_note.text()))
        dialog.ok_button.click()
        outcome = await asyncio.wait_for(task, 20)
        assert outcome is not None
        await wait_until(lambda: not top_level(RefundDialog))
    (first_waits, first_note), (second_waits, second_note) = outcomes
    assert not first_waits and "EUR 0.00 is already" in first_note
    assert second_waits and "EUR 90.00 is already" in second_note and "will wait for approval" in second_note
    assert [r.state for r in refunds_of(support.db, pid)] == ["succeeded", "awaiting_approval"]
    assert page.fields["awaiting"].text() == "EUR 90.00" and page.fields["remaining"].text() == "EUR 433.80"
    assert len(fake_stripe.refunds_for(_pi(support.db, pid))) == 1

    admin = session_for("super_admin")
    admin_page = await open_page(qtbot, admin, fake_stripe)
    combo = admin_page.refund_state_combo
    # The filter's values are the database's states, each with its label.
    assert {combo.itemData(i) for i in range(1, combo.count())} == {s.value for s in RefundState}
    assert set(admin_page.state_words()) == set(RefundState)
    index = combo.findData("awaiting_approval")
    assert combo.itemText(index) == "refunds: awaiting approval"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what choosing it with the mouse emits
    await wait_until(lambda: admin_page.model.rowCount() == 1 and admin_page.model.payment(0).id == pid)
    await wait_until(lambda: admin_page.detail is not None and admin_page.detail.id == pid)
    selected = await wait_until(admin_page.selected_refund)
    assert selected.state == "awaiting_approval" and admin_page.approve_button.isEnabled()
    assert quiet not in [admin_page.model.payment(r).id for r in range(admin_page.model.rowCount())]


async def test_approve_and_reject_are_keys_and_palette_commands(
    session_any: Any, open_window: Any, qtbot: Any, fake_stripe: FakeStripe
) -> None:
    """Ctrl+Shift+A approves, Ctrl+Shift+D rejects the selected refund, for an approver only; the
    buttons trigger the same actions and the palette offers them while they can run (SQLite and
    PostgreSQL)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QInputDialog

    from tests.gui.test_keyboard import activated

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    support = session_any("support")
    pid = add_payment(support.db, demo_shop(support.db), "stripe", 50_000, fake=fake_stripe)
    service = PaymentService(support.db, make_gateways(fake_stripe.url, None), limit_setting=LIMIT)
    waiting = service.create_refund(support.actor, pid, 20_000, "big").refund

    async def on_the_refund(session: Any) -> tuple[Any, PaymentsPage]:
        window = await open_window(session, page="payments")
        page = window.page("payments")
        await show(page, pid)
        table = page.refunds_table
        rect = table.visualRect(table.model().index(0, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
        assert page.selected_refund() is not None and page.selected_refund().id == waiting.id
        await activated(window)
        return window, page

    window, page = await on_the_refund(support)
    assert not page.approve_action.isVisible() and not page.approve_button.isEnabled()
    fired: list[str] = []
    page.approve_action.triggered.connect(lambda: fired.append("approve"))
    page.reject_action.triggered.connect(lambda: fired.append("reject"))
    qtbot.keyClick(window, Qt.Key.Key_A, ctrl_shift)
    qtbot.keyClick(window, Qt.Key.Key_D, ctrl_shift)
    assert fired == []  # support may not decide: the keys do nothing
    palette = window.open_palette()
    assert not [label for label in palette.labels() if "selected refund" in label]
    palette.close()
    window.close()

    window, page = await on_the_refund(session_any("super_admin"))
    assert page.approve_action.isVisible() and page.approve_action.isEnabled()
    assert page.approve_action.shortcut() == QKeySequence("Ctrl+Shift+A")
    palette = window.open_palette()
    try:
        palette.edit.setText("selected refund")
        assert sorted(palette.labels()) == [
            "Payments: Approve the selected refund…",
            "Payments: Reject the selected refund…",
        ]
    finally:
        palette.close()
    await activated(window)
    qtbot.keyClick(window, Qt.Key.Key_A, ctrl_shift)
    [confirm] = await wait_until(lambda: top_level(ApproveRefundDialog))
    confirm.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    await wait_until(lambda: not top_level(ApproveRefundDialog))
    assert refunds_of(support.db, pid)[0].state == "awaiting_approval"

    await activated(window)
    qtbot.keyClick(window, Qt.Key.Key_D, ctrl_shift)
    [dialog] = await wait_until(lambda: top_level(QInputDialog, "rejectDialog"))
    dialog.setTextValue("not justified")
    dialog.accept()
    await wait_until(lambda: refunds_of(support.db, pid)[0].state == "rejected")
    await wait_until(lambda: not page.reject_action.isEnabled())  # nothing left to decide
    assert not page.approve_button.isEnabled()
