"""Account journeys: lock and unlock; a super admin creates a user, who then signs in."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from sqlalchemy import select

from core.demo import DEMO_PASSWORD
from core.models import AdminUser, AuditEntry
from core.services.auth import AuthService
from core.services.module_service import ModuleService
from tests.journeys.conftest import ROLES
from tests.journeys.harness import Gate, Journey, gone

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


async def test_create_a_user_and_sign_in_as_them(console_any: Journey, roles: Any) -> None:
    console = console_any  # on SQLite and on PostgreSQL
    await console.sign_in(roles("super_admin"))
    page = await console.go("Users")
    console.click(console.tool_button(page, "New user"))
    form = await console.dialog("userFormDialog")
    console.type_into(form.findChild(QLineEdit, "username"), "carla")
    console.choose(form.findChild(QComboBox, "role"), "Support")
    console.type_into(form.findChild(QLineEdit, "password"), "carla-password-1")
    console.type_into(form.findChild(QLineEdit, "repeat"), "carla-password-1")
    console.click(console.button(form, "OK"))
    await console.until(lambda: gone(form))
    await console.status("Created support carla")
    assert "carla" in console.rows(page.table)
    with console.db.sessions() as session:
        user = session.scalars(select(AdminUser).where(AdminUser.username == "carla")).one()
        assert user.role == "support" and "carla-password-1" not in user.password_hash
    # Sign out; the sign-in dialog comes back; sign in as the new user.
    await console.sign_out()
    await console.sign_in("carla", "carla-password-1")
    assert console.user_label() == "carla (support)"
    assert "Merchants" in console.page_titles() and "Users" not in console.page_titles()


@pytest.mark.parametrize("role", ["platform_admin", "support", "operator"])
async def test_only_a_super_admin_manages_users(console: Journey, roles: Any, role: str) -> None:
    await console.sign_in(roles(role))
    assert console.page_titles() and "Users" not in console.page_titles()


def failures(db: Any, username: str) -> int:
    """Refused sign-ins of ``username`` in the audit log."""
    with db.sessions() as session:
        return len(
            session.scalars(
                select(AuditEntry.id).where(
                    AuditEntry.action == "auth.sign_in",
                    AuditEntry.subject == f"user:{username}",
                    AuditEntry.outcome == "refused",
                )
            ).all()
        )


async def test_a_locked_account_is_unlocked_by_a_super_admin(console: Journey, roles: Any) -> None:
    """Five wrong passwords lock the account; an admin unlocks it; its owner signs in again."""
    dialog = await console.dialog("signInDialog")
    error = dialog.findChild(QLabel, "formError")
    for attempt in range(5):
        await console.submit_sign_in(dialog, roles("support"), f"wrong-password-{attempt}")
        assert error.isVisible() and failures(console.db, roles("support")) == attempt + 1
    assert "now locked" in error.text()
    await console.submit_sign_in(dialog, roles("support"), DEMO_PASSWORD)
    assert "is locked" in error.text()  # the right password too, while locked
    await console.sign_in(roles("super_admin"))
    page = await console.go("Users")
    status = page.model.COLUMNS.index("status")
    row = console.rows(page.table).index(roles("support"))
    assert "locked" in console.rows(page.table, status)[row]
    console.click_row(page.table, row)
    console.click(console.tool_button(page, "Unlock"))
    await console.status("support unlocked")  # the page is done (it re-reads the signed-in admin last)
    assert "locked" not in console.rows(page.table, status)[row]
    await console.sign_out()
    await console.sign_in(roles("support"))
    assert console.user_label() == "support (support)"


async def test_signing_out_while_the_users_page_finishes_an_action(
    console: Journey, roles: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disable a user, then sign out at once, while the page still re-reads the signed-in admin."""
    await console.sign_in(roles("super_admin"))
    page = await console.go("Users")
    gate = Gate(monkeypatch, AuthService, "refresh")
    console.click_row(page.table, console.rows(page.table).index(roles("operator")))
    console.click(console.tool_button(page, "Disable"))
    await console.sign_out_while(gate, roles("super_admin"))


async def test_signing_out_while_the_module_matrix_loads(
    console: Journey, roles: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    await console.sign_in(roles("super_admin"))
    gate = Gate(monkeypatch, ModuleService, "enabled_matrix")
    console.menu_action("View", "Reload page").trigger()
    await console.sign_out_while(gate, roles("super_admin"))
