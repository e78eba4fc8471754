"""The users page: the same AuthService calls as `platformctl admin`, through the page's dialogs."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit

from console.asyncutil import signal_future
from core.actor import Actor
from core.demo import DEMO_PASSWORD
from core.errors import Refused
from core.services.auth import AuthService

pytestmark = pytest.mark.asyncio


def user(database: Any, username: str) -> Any:
    return next((u for u in AuthService(database).list_users(Actor.system()) if u.username == username), None)


async def fill_and_submit(dialog: Any, **values: Any) -> None:
    for name, value in values.items():
        widget = dialog.fields[name]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setChecked(value)
    finished = signal_future(dialog.finished)
    dialog.buttons.accepted.emit()
    await finished


async def open_dialog(page: Any, action: Any) -> Any:
    """Trigger ``action`` and await the dialog it opens (announced by the page, no polling)."""
    opened = signal_future(page.dialog_opened)
    action.trigger()
    return await opened


@pytest.fixture(params=["idle", "loaded"])
def machine(request: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    """ "loaded": every read of the user list takes a while, as on a busy machine."""
    if request.param == "loaded":
        list_users = AuthService.list_users

        def slow(self: AuthService, *args: Any, **kw: Any) -> Any:
            time.sleep(0.4)  # in the worker thread: the page's reload lags behind the write
            return list_users(self, *args, **kw)

        monkeypatch.setattr(AuthService, "list_users", slow)
    return str(request.param)


async def test_manage_a_user(session_for: Any, open_window: Any, machine: str) -> None:
    """Deterministic under load: every step awaits the page's own task (the service call, the
    reload and the status), never a polled condition with a deadline."""
    session = session_for("super_admin")
    database = session.db
    window = await open_window(session, page="users")
    page = window.page("users")

    # Create: the form of "New user…".
    dialog = await open_dialog(page, page.create_action)
    await fill_and_submit(
        dialog,
        username="carla",
        role="platform_admin",
        password="carla-password-1",
        repeat="carla-password-1",
        platforms="demo-00003",
    )
    assert await page.action_task is True
    created = user(database, "carla")
    assert created is not None and created.role == "platform_admin" and created.platforms == ("demo-00003",)
    assert page.model.row_of("carla") >= 0 and page.selected_user().username == "carla"

    # A mistake stays in the dialog, with the service's words.
    dialog = await open_dialog(page, page.create_action)
    dialog.fields["username"].setText("carla")
    dialog.fields["password"].setText("short")
    dialog.fields["repeat"].setText("short")
    assert not await dialog.run()
    assert "10 characters" in dialog.error.text()
    dialog.reject()
    assert await page.action_task is False

    # Disable, enable, change role, assign platforms, reset password, unlock.
    page.select("carla")
    page.toggle_action.trigger()
    await page.action_task
    assert not user(database, "carla").is_active
    page.select("carla")
    assert page.toggle_action.text() == "Enable"
    await page.set_active("carla", True)
    await page.set_role("carla", "support")
    assert user(database, "carla").role == "support"
    await page.assign_platforms("carla", ["demo-00004", "demo-00005"], replace=True)
    assert user(database, "carla").platforms == ("demo-00004", "demo-00005")
    await page.reset_password("carla", "another-password-2")
    assert AuthService(database).authenticate("carla", "another-password-2").username == "carla"
    for _ in range(5):
        with pytest.raises(Refused):
            AuthService(database).authenticate("carla", "wrong-password-0")
    await page.load()
    page.select("carla")
    assert page.unlock_action.isEnabled() and "locked" in page.model.status(page.selected_user())
    page.unlock_action.trigger()
    await page.action_task
    assert user(database, "carla").locked_until is None
    assert not page.unlock_action.isEnabled()


async def test_role_dialog_changes_the_role(session_for: Any, open_window: Any) -> None:
    session = session_for("super_admin")
    window = await open_window(session, page="users")
    page = window.page("users")
    page.select("operator")
    dialog = await open_dialog(page, page.role_action)
    await fill_and_submit(dialog, role="support")
    await page.action_task
    assert user(session.db, "operator").role == "support"


async def test_the_last_super_admin_cannot_be_disabled(session_for: Any, open_window: Any) -> None:
    session = session_for("super_admin")
    window = await open_window(session, page="users")
    page = window.page("users")
    with pytest.raises(Refused) as err:
        await page.set_active("admin", False)
    assert err.value.code in ("user.last_super_admin", "user.self_disable")
    assert user(session.db, "admin").is_active
    assert AuthService(session.db).authenticate("admin", DEMO_PASSWORD)
