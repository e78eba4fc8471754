"""The orders page: a read-only windowed list, search by number, store or merchant, lines and payment."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui.helpers import wait_until

pytestmark = pytest.mark.asyncio


async def test_orders_page_lists_searches_and_shows_lines(
    session_for: Any, open_window: Any, qtbot: Any
) -> None:
    window = await open_window(session_for("super_admin"), page="orders")
    page = window.page("orders")
    await page.ready()
    assert window.current_page() is page
    model = page.model
    assert model.rowCount() == 20 and model.exact
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Number"
    assert model.index(0, 0).data() == "ORD-00000020"  # newest first
    assert "20" in page.count_label.text()

    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "rd-0000001")  # typed, part of the number, lower case
    await wait_until(lambda: model.rowCount() == 10)
    numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert numbers == [f"ORD-{n:08d}" for n in range(19, 9, -1)]

    page.table.selectRow(0)
    detail = await wait_until(lambda: page.detail.detail)
    assert detail.order.number == "ORD-00000019"
    assert page.detail.lines_table.rowCount() == len(detail.lines) > 0
    assert page.detail.lines_table.item(0, 0).text() == detail.lines[0].sku
    assert "ORD-00000019" in page.detail.heading.text()
    if detail.payment is not None:
        assert page.detail.gateway_label.text() == detail.payment.gateway
        assert page.detail.gateway_id_label.text() == (detail.payment.gateway_payment_id or "")
        assert detail.payment.currency in page.detail.captured_label.text()

    page.search_edit.setText("NOPE")
    await wait_until(lambda: model.rowCount() == 0)
    assert page.detail.detail is None


async def test_operator_does_not_see_orders(session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("operator"))
    assert "orders" not in window.page_ids()
