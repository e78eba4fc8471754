"""Account journeys: lock and unlock; a super admin creates a user, who then signs in."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from core.demo import DEMO_PASSWORD
from tests.journeys.conftest import ROLES

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize("role", ROLES)
async def test_lock_and_unlock(console: Any, roles: Any, role: str) -> None:
    window = await console.sign_in(roles(role))
    shown = window.stack.currentWidget()
    console.menu_action("Account", "Lock now").trigger()
    lock = await console.dialog("signInDialog")
    assert window.locked and not window.nav.isEnabled() and window.stack.currentWidget() is not shown
    assert lock.findChild(QLineEdit, "username").text() == roles(role)  # only the password is asked
    # A wrong password keeps it locked, with the reason on screen.
    console.type_into(lock.findChild(QLineEdit, "password"), "wrong-password-1")
    console.click(console.button(lock, "Unlock"))
    error = lock.findChild(QLabel, "formError")
    await console.until(lambda: error.isVisible())
    assert "wrong user name or password" in error.text() and window.locked
    console.type_into(lock.findChild(QLineEdit, "password"), DEMO_PASSWORD)
    console.click(console.button(lock, "Unlock"))
    await console.until(lambda: not window.locked)
    assert window.nav.isEnabled() and window.stack.currentWidget() is shown
    assert roles(role) in console.user_label()
