"""Refund journeys, against the loopback Stripe server: under the support limit, above it (awaits
approval), approved or rejected by an admin; what a role may not do is refused on screen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from sqlalchemy import select

from core.settings import reload_settings
from modules.payments.models import Refund
from modules.payments.services import PaymentService
from tests.fakes.stripe_server import FakeStripe
from tests.journeys.harness import Gate, Journey, gone
from tests.journeys.seeded import first_store
from tests.payments_helpers import Shop, add_payment, fake_stripe_fixture, gateway_env  # noqa: F401

pytestmark = pytest.mark.asyncio


@pytest.fixture
def stripe(fake_stripe: FakeStripe, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeStripe]:
    """The console's gateways point at the fake; the support limit is EUR 100.00."""
    for name, value in gateway_env(fake_stripe).items():
        monkeypatch.setenv(name, value)
    reload_settings()
    yield fake_stripe
    monkeypatch.undo()
    reload_settings()


def payment_on_own_platform(db: Any, fake: FakeStripe, amount: int = 25_000) -> int:
    """A captured Stripe payment of EUR 250.00 in a store on demo-00001 (padmin's own)."""
    store = first_store(db, "demo-00001")
    return add_payment(
        db, Shop("demo-00001", store.platform_id, "", "", store.id), "stripe", amount, fake=fake
    )


def refunds(db: Any, payment_id: int) -> list[tuple[int, str, int, str]]:
    with db.sessions() as session:
        rows = session.execute(
            select(Refund.id, Refund.state, Refund.amount_minor, Refund.requested_by)
            .where(Refund.payment_id == payment_id)
            .order_by(Refund.id)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


async def open_payment(console: Journey, payment_id: int) -> Any:
    page = await console.go("Payments")
    ids = console.rows(page.table, console.column(page.table, "Payment"))
    console.click_row(page.table, ids.index(str(payment_id)))
    await console.until(lambda: page.detail is not None and page.detail.id == payment_id)
    return page


async def new_payment(console: Journey, roles: Any, role: str, stripe: FakeStripe) -> tuple[Any, int]:
    """A new EUR 250.00 payment; ``role`` signs in and opens it: (page, payment)."""
    payment = payment_on_own_platform(console.db, stripe)
    await console.sign_in(roles(role))
    return await open_payment(console, payment), payment


async def request_refund(console: Journey, page: Any, amount: str, reason: str) -> Any:
    """Refund…, type the amount and the reason, press Refund; the dialog (closed, or showing an error)."""
    before = page.refunds_table.rowCount()
    console.click(console.button(page, "Refund"))
    dialog = await console.dialog("refundDialog")
    console.type_into(dialog.findChild(QLineEdit, "refundAmount"), amount)
    console.qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "refundReason"), reason)
    console.click(console.button(dialog, "Refund"))
    await console.until(lambda: gone(dialog))
    await console.until(lambda: page.refunds_table.rowCount() == before + 1)
    return dialog


def select_refund(console: Journey, page: Any, refund_id: int) -> None:
    table = page.refunds_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().lstrip("#") == str(refund_id))
    console.click_row(table, row)


@pytest.mark.parametrize("role", ["super_admin", "platform_admin", "support"])
async def test_refund_under_the_limit(console: Journey, roles: Any, role: str, stripe: FakeStripe) -> None:
    page, payment = await new_payment(console, roles, role, stripe)
    await request_refund(console, page, "40,50", "parcel lost")
    [(_id, state, amount, who)] = refunds(console.db, payment)
    assert (state, amount, who) == ("succeeded", 4_050, f"admin:{roles(role)}")
    [held] = stripe.refunds_for(page.detail.gateway_payment_id)
    assert held["amount"] == 4_050
    assert page.fields["remaining"].text() == "EUR 209.50"
    await console.status("done")


async def test_refund_above_the_limit_awaits_approval(
    console: Journey, roles: Any, stripe: FakeStripe
) -> None:
    page, payment = await new_payment(console, roles, "support", stripe)
    console.click(console.button(page, "Refund"))
    dialog = await console.dialog("refundDialog")
    console.type_into(dialog.findChild(QLineEdit, "refundAmount"), "150")
    assert dialog.findChild(type(dialog.limit_note), "refundLimitNote").isVisible()  # said before sending
    console.click(console.button(dialog, "Cancel"))
    await request_refund(console, page, "150", "damaged on arrival")
    [(_id, state, amount, _who)] = refunds(console.db, payment)
    assert (state, amount) == ("awaiting_approval", 15_000)
    assert not stripe.refunds_for(page.detail.gateway_payment_id)  # nothing sent
    await console.status("awaits approval")
    # Support cannot decide on refunds, and nobody on their own request.
    select_refund(console, page, _id)
    assert not console.button(page, "Approve").isEnabled() and not console.button(page, "Reject").isEnabled()


async def test_a_refund_awaiting_approval_counts_against_the_refundable_amount(
    console: Journey, roles: Any, stripe: FakeStripe
) -> None:
    page, _payment = await new_payment(console, roles, "support", stripe)
    await request_refund(console, page, "250", "never delivered")
    await console.status("awaits approval")
    assert page.fields["remaining"].text() == "EUR 0.00"
    assert not console.button(page, "Refund").isEnabled()


async def support_requests(console: Journey, roles: Any, payment: int, amount: str) -> int:
    """Support asks for a refund above the limit, then signs out; the refund's id."""
    await console.sign_in(roles("support"))
    page = await open_payment(console, payment)
    await request_refund(console, page, amount, "customer complaint")
    await console.status("awaits approval")
    await console.sign_out()
    return refunds(console.db, payment)[-1][0]


async def awaiting_refund(
    console: Journey, roles: Any, role: str, stripe: FakeStripe
) -> tuple[Any, int, int]:
    """Support asks for EUR 150.00; ``role`` signs in and selects that refund: (page, payment, refund)."""
    payment = payment_on_own_platform(console.db, stripe)
    refund = await support_requests(console, roles, payment, "150")
    await console.sign_in(roles(role))
    page = await open_payment(console, payment)
    select_refund(console, page, refund)
    return page, payment, refund


@pytest.mark.parametrize("role", ["super_admin", "platform_admin"])
async def test_approve_a_refund(console: Journey, roles: Any, role: str, stripe: FakeStripe) -> None:
    page, payment, _refund = await awaiting_refund(console, roles, role, stripe)
    console.click(console.button(page, "Approve"))
    confirm = await console.confirmation(timeout=5)
    text = console.text_of(confirm)
    assert refunds(console.db, payment)[-1][1] == "awaiting_approval"  # nothing sent before the answer
    assert "150.00" in text and str(payment) in text and "support" in text
    assert page.detail.merchant in text or page.detail.merchant_name in text
    assert confirm.objectName() == "approveRefundDialog"
    console.click(console.button(confirm, "Approve and send"))
    await console.until(lambda: refunds(console.db, payment)[-1][1] == "succeeded")
    [held] = stripe.refunds_for(page.detail.gateway_payment_id)
    assert held["amount"] == 15_000


@pytest.mark.parametrize("role", ["super_admin", "platform_admin"])
async def test_reject_a_refund(console: Journey, roles: Any, role: str, stripe: FakeStripe) -> None:
    page, payment, _refund = await awaiting_refund(console, roles, role, stripe)
    console.click(console.button(page, "Reject"))
    dialog = await console.dialog("rejectDialog")
    console.type_into(dialog.findChild(QLineEdit), "refund the shipping only")
    console.click(console.button(dialog, "OK"))
    await console.until(lambda: refunds(console.db, payment)[-1][1] == "rejected")
    assert not stripe.refunds_for(page.detail.gateway_payment_id)
    await console.status("rejected")


async def test_signing_out_while_a_refund_is_shown(
    console: Journey, roles: Any, stripe: FakeStripe, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, payment = await new_payment(console, roles, "support", stripe)
    # Held: the payment's row, re-read after the refund.
    gate = Gate(
        monkeypatch,
        PaymentService,
        "list_payments",
        lambda _actor, flt=None: flt is not None and flt.limit == 1,
    )
    console.click(console.button(page, "Refund"))
    dialog = await console.dialog("refundDialog")
    console.type_into(dialog.findChild(QLineEdit, "refundAmount"), "10")
    console.qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "refundReason"), "goodwill")
    console.click(console.button(dialog, "Refund"))
    await console.sign_out_while(gate, roles("support"))
    assert refunds(console.db, payment)[-1][1] == "succeeded"
