"""The main window: sign-in state in the status bar, every page opens, shortcuts and palette."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.asyncio


async def test_every_page_opens_for_the_super_admin(session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("super_admin"))
    assert window.page_ids() == ["modules", "graph", "audit", "users"]
    assert "admin" in window.user_label.text() and "super admin" in window.user_label.text()
    assert "demo.db" in window.db_label.text()
    for page_id in window.page_ids():
        page = window.show_page(page_id)
        await page.ready()
        assert window.current_page() is page
    assert window.page("modules").module_model.rowCount() > 0
    assert window.page("modules").matrix_model.rowCount() == 12
    assert window.page("users").model.rowCount() == 4
    assert window.page("audit").model.rowCount() > 0
    assert window.page("graph").view.registry() is not None
