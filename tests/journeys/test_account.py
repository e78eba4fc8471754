"""Account journeys: lock and unlock; a super admin creates a user, who then signs in."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit
from sqlalchemy import select

from console.asyncutil import busy, pending_tasks
from core.demo import DEMO_PASSWORD
from core.errors import PlatformError
from core.models import AdminUser, AuditEntry
from core.services.auth import AuthService
from core.services.module_service import ModuleService
from tests.journeys.conftest import ROLES
from tests.journeys.harness import Gate, Journey, gone, visible_windows

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
    assert "Wrong user name or password." in error.text() and window.locked
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
    await console.status("User carla created, role: Support")
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
        assert error.text() == "Wrong user name or password."  # a stranger learns nothing of the lock
    await console.submit_sign_in(dialog, roles("support"), DEMO_PASSWORD)
    assert "is locked" in error.text() and "Ask an administrator" in error.text()  # the right password
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


async def test_closing_the_sign_in_dialog_while_it_signs_in(
    console: Journey, roles: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sign in, then press Escape while the password is being checked: the console ends quietly."""
    gate = Gate(monkeypatch, AuthService, "authenticate")
    dialog = await console.dialog("signInDialog")
    console.type_into(dialog.findChild(QLineEdit, "username"), roles("support"))
    console.type_into(dialog.findChild(QLineEdit, "password"), DEMO_PASSWORD)
    console.click(console.button(dialog, "Sign in"))
    await console.until(gate.entered.is_set)
    console.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    gate.release()
    assert await asyncio.wait_for(console.task, 30) == 0
    await console.until(lambda: not busy())  # the answer has come back, to nobody


async def test_closing_the_lock_while_it_unlocks(
    console: Journey, roles: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lock now, type the password, Unlock, then Sign out (Escape) while it is checked: signed out."""
    await console.sign_in(roles("support"))
    console.menu_action("Account", "Lock now").trigger()
    lock = await console.dialog("signInDialog")
    gate = Gate(monkeypatch, AuthService, "authenticate")
    console.type_into(lock.findChild(QLineEdit, "password"), DEMO_PASSWORD)
    console.click(console.button(lock, "Unlock"))
    await console.until(gate.entered.is_set)
    console.qtbot.keyClick(lock, Qt.Key.Key_Escape)
    again = await console.until(
        lambda: next((d for d in visible_windows(QDialog) if d.objectName() == "signInDialog"), None)
    )
    gate.release()
    await console.until(lambda: not busy())
    assert not console.window.attached and again.findChild(QLineEdit, "username").isEnabled()
    await console.sign_in(roles("support"))  # the console goes on as if nothing happened


async def test_a_locked_account_is_told_to_ask_an_administrator(console: Journey, roles: Any) -> None:
    """The right password for a locked account: what to do, said for a person, with the local time."""
    for attempt in range(5):
        with pytest.raises(PlatformError):
            AuthService(console.db).authenticate(roles("support"), f"wrong-password-{attempt}")
    dialog = await console.dialog("signInDialog")
    await console.submit_sign_in(dialog, roles("support"), DEMO_PASSWORD)
    text = dialog.findChild(QLabel, "formError").text()
    with console.db.sessions() as session:
        until = session.scalar(select(AdminUser.locked_until).where(AdminUser.username == roles("support")))
    until = until if until.tzinfo else until.replace(tzinfo=UTC)
    assert "locked" in text and "administrator" in text and until.astimezone().strftime("%H:%M") in text
    assert "platformctl" not in text and "`" not in text and "UTC" not in text


@pytest.mark.parametrize("role", ROLES)
async def test_signing_in_settles_pending_refunds_only_for_who_may_refund(
    console: Journey, roles: Any, role: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from modules.payments.services import PaymentService

    calls: list[str] = []
    original = PaymentService.resolve_pending
    monkeypatch.setattr(
        PaymentService,
        "resolve_pending",
        lambda self, actor: calls.append(actor.name) or original(self, actor),
    )
    await console.sign_in(roles(role))
    await console.until(lambda: not [t for t in pending_tasks() if not t.done()] and not busy())
    may_refund = role in ("super_admin", "platform_admin", "support")
    assert calls == ([f"admin:{roles(role)}"] if may_refund else [])
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
