"""Sign-in, first run on an empty database, own password, idle lock."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QPushButton

from console.asyncutil import signal_future
from console.dialogs.signin import ChangePasswordDialog, FirstRunWizard, SignInDialog
from console.session import ConsoleSession
from core.db import Database
from core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from core.services.auth import AuthService
from tests.gui.helpers import top_level, wait_until

pytestmark = pytest.mark.asyncio


async def test_sign_in_lists_demo_accounts_and_signs_in(demo_db: Any, qtbot: Any) -> None:
    session = ConsoleSession(demo_db, demo=True)
    dialog = SignInDialog(session, demo_accounts=DEMO_ACCOUNTS)
    qtbot.addWidget(dialog)
    finished = signal_future(dialog.finished)
    dialog.open()
    assert dialog.demo_list is not None and dialog.demo_list.count() == 4
    texts = [dialog.demo_list.item(i).text() for i in range(4)]
    assert texts[0].startswith("admin") and any(t.startswith("padmin") for t in texts)
    dialog.demo_list.setCurrentRow(1)  # fills in padmin and the demo password
    assert dialog.username.text() == "padmin" and dialog.password.text() == DEMO_PASSWORD
    dialog.buttons.accepted.emit()
    assert await finished == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role.value == "platform_admin"
    assert dialog.actor.own_platform_ids


async def test_wrong_password_stays_in_the_dialog(demo_db: Any, qtbot: Any) -> None:
    dialog = SignInDialog(ConsoleSession(demo_db))
    qtbot.addWidget(dialog)
    dialog.open()
    assert await dialog.sign_in("admin", "not-the-password") is None
    assert dialog.isVisible() and "Wrong user name or password." in dialog.error.text()
    assert await dialog.sign_in("admin", DEMO_PASSWORD) is not None
    assert not dialog.isVisible()


async def test_first_run_migrates_and_creates_the_super_admin(tmp_path: Path, qapp: Any) -> None:
    from console.app import build_parser
    from console.startup import Console
    from console.startup_steps import schema_state

    database = Database(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        assert schema_state(database)["empty"]
        session = ConsoleSession(database)
        console = Console(build_parser().parse_args([]), qapp)
        task = asyncio.ensure_future(console._prepare(session))
        wizard = await wait_until(lambda: next(iter(top_level(FirstRunWizard)), None), timeout=60)
        state = schema_state(database)
        assert not state["empty"] and not state["pending"]  # migrated to head, with a progress dialog
        assert await wizard.create("root", "first-password-1", "other-password-1") is None
        assert "differ" in wizard.error.text()
        actor = await wizard.create("root", "first-password-1", "first-password-1")
        assert actor is not None and actor.role.value == "super_admin"
        assert await task is True
        assert session.actor == actor
        assert [u.username for u in AuthService(database).list_users(actor)] == ["root"]
    finally:
        database.dispose()


async def test_change_own_password(session_for: Any, qtbot: Any) -> None:
    session = session_for("operator")
    dialog = ChangePasswordDialog(session)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not await dialog.change("wrong-password-9", "new-password-12", "new-password-12")
    assert "Wrong user name or password." in dialog.error.text()
    assert not await dialog.change(DEMO_PASSWORD, "new-password-12", "other-password-1")
    assert await dialog.change(DEMO_PASSWORD, "new-password-12", "new-password-12")
    assert AuthService(session.db).authenticate("operator", "new-password-12").username == "operator"


async def test_idle_lock_asks_for_the_password_again(session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("super_admin"))
    window.idle_minutes = 1
    window._activity.last -= 120  # two minutes without input
    window._check_idle()
    dialog = await wait_until(lambda: window.lock_dialog)
    assert window.locked and not window.nav.isEnabled()
    assert dialog.username.text() == "admin" and dialog.username.isReadOnly()
    assert await dialog.sign_in("admin", "wrong-password-0") is None
    assert window.locked
    assert await dialog.sign_in("admin", DEMO_PASSWORD) is not None
    await wait_until(lambda: not window.locked)
    assert window.nav.isEnabled() and window.current_page() is not None


async def test_signing_out_from_the_lock(session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("super_admin"))
    signed_out = signal_future(window.sign_out_requested)
    task = asyncio.ensure_future(window.lock())
    dialog = await wait_until(lambda: window.lock_dialog)
    dialog.reject()
    await signed_out
    assert await task is False


async def test_database_newer_than_the_code_opens_read_only(
    demo_db: Any, qapp: Any, open_window: Any
) -> None:
    from sqlalchemy import text

    from console.app import build_parser
    from console.startup import Console

    with demo_db.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('payments_999')"))
    session = ConsoleSession(demo_db)
    assert await Console(build_parser().parse_args([]), qapp)._prepare(session) is True
    assert session.read_only and "payments_999" in session.read_only_reason
    session.actor = AuthService(demo_db).authenticate("admin", DEMO_PASSWORD)
    window = await open_window(session)
    assert window.banner.isVisibleTo(window) and "read-only" in window.banner.text()
    assert not window.page("modules").enable_action.isVisible()


async def test_profile_dialog_saves_a_postgres_profile(tmp_path: Path, qtbot: Any) -> None:
    from PySide6.QtCore import QSettings

    from console.dialogs.connection import ProfileDialog
    from console.store.profiles import ProfileStore, keyring_entry
    from core.secrets import keyring_get

    store = ProfileStore(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    dialog = ProfileDialog(store)
    qtbot.addWidget(dialog)
    finished = signal_future(dialog.finished)
    dialog.open()
    dialog._new()
    dialog.name.setText("staging")
    dialog.kind.setCurrentIndex(dialog.kind.findData("postgresql"))
    dialog.host.setText("db.staging.example")
    dialog.database.setText("platform")
    dialog.user.setText("console")
    dialog.password.setText("pg-password-1")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("require"))
    dialog.findChild(QPushButton, "connect").click()
    assert await finished == QDialog.DialogCode.Accepted
    assert dialog.chosen is not None and dialog.chosen.name == "staging"
    saved = store.get("staging")
    assert saved is not None and saved.host == "db.staging.example" and saved.sslmode == "require"
    assert keyring_get(keyring_entry("staging")) == "pg-password-1"


async def test_the_window_comes_first_then_sign_in_sign_out_and_back(
    demo_db: Any, qapp: Any, tmp_path: Path
) -> None:
    """The real start-up: the main window shows its start panel, the sign-in dialog opens over it;
    signing out goes back to the start panel and a sign-in as another role rebuilds the pages."""
    from PySide6.QtCore import QSettings

    from console.app import build_parser
    from console.main_window import MainWindow
    from console.startup import Console
    from console.store.settings import AppSettings

    console = Console(build_parser().parse_args(["--db", str(demo_db.engine.url)]), qapp)
    console.settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    run = asyncio.ensure_future(console.run())
    window = await wait_until(lambda: next(iter(top_level(MainWindow)), None), timeout=30)
    assert not window.attached and window.frames.currentWidget() is window.start_panel
    assert window.nav.count() == 0 and not window.sign_out_action.isEnabled()
    dialog = await wait_until(lambda: next(iter(top_level(SignInDialog)), None), timeout=60)
    assert dialog.parent() is window  # over the window, not a window of its own
    assert "demo.db" in window.db_label.text()
    await dialog.sign_in("admin", DEMO_PASSWORD)
    await wait_until(lambda: window.attached and window.current_page() is not None, timeout=30)
    assert window.frames.currentIndex() == 1 and "users" in window.page_ids()
    assert window.sign_out_action.isEnabled() and "admin" in window.user_label.text()

    window.sign_out_action.trigger()
    again = await wait_until(lambda: next(iter(top_level(SignInDialog)), None), timeout=30)
    assert not window.attached and window.nav.count() == 0
    assert window.frames.currentWidget() is window.start_panel
    await again.sign_in("support", DEMO_PASSWORD)
    await wait_until(lambda: window.attached and window.current_page() is not None, timeout=30)
    assert "users" not in window.page_ids() and "support" in window.user_label.text()

    window.close()
    assert await asyncio.wait_for(run, 30) == 0
    await wait_until(lambda: not top_level(MainWindow))


async def test_closing_the_window_during_the_start_up_quits(demo_db: Any, qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from console.app import build_parser
    from console.main_window import MainWindow
    from console.startup import Console
    from console.store.settings import AppSettings

    console = Console(build_parser().parse_args(["--db", str(demo_db.engine.url)]), qapp)
    console.settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    run = asyncio.ensure_future(console.run())
    await asyncio.sleep(0)  # run() has shown the window and waits for its first paint
    window = next(iter(top_level(MainWindow)))
    window.close()  # at once: before it painted, long before anyone signed in
    assert await asyncio.wait_for(run, 30) == 0
    await wait_until(lambda: not top_level(MainWindow) and not top_level(SignInDialog))


async def test_unlock_by_typing_the_password(session_for: Any, open_window: Any, qtbot: Any) -> None:
    """The idle lock as a person meets it: words for a person, the password typed, Enter."""
    from PySide6.QtCore import Qt

    window = await open_window(session_for("support"))
    window.idle_minutes = 15
    window._activity.last -= 16 * 60
    window._check_idle()
    dialog = await wait_until(lambda: window.lock_dialog)
    text = dialog.intro.text()
    assert "not used for 15 minutes" in text and "password of support" in text
    assert "inactivity" not in text and "session" not in text.lower()
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    await wait_until(lambda: not window.locked)
    assert window.nav.isEnabled() and window.session.actor.username == "support"
    assert window.current_page() is not None and window.stack.currentWidget() is not window._locked_cover


async def _typed_sign_in(dialog: SignInDialog, qtbot: Any, username: str, password: str) -> str:
    """Type the name and password, press OK, wait for the answer; the error shown ('' if none)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.username.clear()
    dialog.password.clear()
    dialog.error.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    await wait_until(lambda: bool(dialog.error.text()) or not dialog.isVisible(), timeout=20)
    return dialog.error.text() if dialog.isVisible() else ""


async def test_the_dialog_tells_the_account_state_only_after_the_right_password(
    demo_db_any: Database, qtbot: Any
) -> None:
    auth = AuthService(demo_db_any)
    from core.actor import Actor

    auth.set_active(Actor.cli(), "operator", False)
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 (any refusal: this only locks the account)
            auth.authenticate("support", "a wrong password")
    dialog = SignInDialog(ConsoleSession(demo_db_any))
    qtbot.addWidget(dialog)
    dialog.open()
    shown = {
        name: await _typed_sign_in(dialog, qtbot, name, "a wrong password")
        for name in ("operator", "support", "ghost", "admin")
    }
    assert set(shown.values()) == {"Wrong user name or password."}, shown
    assert "disabled" in await _typed_sign_in(dialog, qtbot, "operator", DEMO_PASSWORD)
    assert "locked" in await _typed_sign_in(dialog, qtbot, "support", DEMO_PASSWORD)
    assert await _typed_sign_in(dialog, qtbot, "admin", DEMO_PASSWORD) == ""
    assert dialog.actor is not None and dialog.actor.name == "admin:admin"
