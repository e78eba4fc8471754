"""Sign-in (and unlock after the idle time), first-run wizard, change of one's own password."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from console.asyncutil import run_sync, spawn
from console.dialogs.error_text import error_message
from console.locale_text import counted, local_text
from console.session import ConsoleSession
from console.widgets.theme import text_style
from core.actor import Actor
from core.demo import DemoAccount
from core.errors import PlatformError, Refused
from core.roles import Role
from core.services.auth import MIN_PASSWORD_LENGTH


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setStyleSheet(text_style("error"))
    label.hide()
    return label


def locked_until(details: Any) -> str | None:
    """When a lock ends, in the user's local time (HH:MM, with the date when not today)."""
    value = details.get("locked_until") if isinstance(details, dict) else None
    try:
        until = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    if until is None:
        return None
    local = (until if until.tzinfo else until.replace(tzinfo=UTC)).astimezone()
    today = datetime.now().astimezone().date()
    return local_text(local, date=local.date() != today, seconds=False)


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SignInDialog(QDialog):
    """User name and password; with ``--demo`` the demo accounts are listed (a click fills them in).

    With ``locked_user`` it is the lock (after ``idle_minutes`` without use, or "Lock now"): only
    the password of that user is asked.
    """

    signed_in = Signal(object)  # Actor

    def __init__(
        self,
        session: ConsoleSession,
        parent: QWidget | None = None,
        *,
        demo_accounts: Sequence[DemoAccount] = (),
        locked_user: str | None = None,
        idle_minutes: int | None = None,
        last_username: str = "",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.actor: Actor | None = None
        self.locked_user = locked_user
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Session locked") if locked_user else self.tr("Sign in"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self._locked_text(locked_user, idle_minutes)
            if locked_user
            else self.tr("Sign in to {database}").format(database=session.db.display_url())
        )
        self.intro.setObjectName("signInIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.username = QLineEdit(locked_user or last_username)
        self.username.setObjectName("username")
        self.username.setReadOnly(bool(locked_user))
        self.password = _password_edit()
        self.password.setObjectName("password")
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.demo_list: QListWidget | None = None
        if demo_accounts and not locked_user:
            hint = QLabel(
                self.tr("Demo accounts (password {password}) — double-click to sign in:").format(
                    password=demo_accounts[0].password
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
            self.demo_list = QListWidget()
            self.demo_list.setObjectName("demoAccounts")
            self.demo_list.setAccessibleName(self.tr("Demo accounts"))
            role_names = {
                Role.SUPER_ADMIN.value: self.tr("super admin: everything"),
                Role.PLATFORM_ADMIN.value: self.tr("platform admin: own platforms"),
                Role.SUPPORT.value: self.tr("support: merchants, payments"),
                Role.OPERATOR.value: self.tr("operator: health, read-only modules"),
            }
            for account in demo_accounts:
                item = QListWidgetItem(f"{account.username} — {role_names.get(account.role, account.role)}")
                item.setData(Qt.ItemDataRole.UserRole, (account.username, account.password))
                self.demo_list.addItem(item)
            self.demo_list.setMaximumHeight(22 * len(demo_accounts) + 8)
            self.demo_list.currentItemChanged.connect(self._fill_demo)
            self.demo_list.itemDoubleClicked.connect(lambda _item: self._submit())
            layout.addWidget(self.demo_list)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Unlock") if locked_user else self.tr("Sign in"))
        ok.setObjectName("signInButton")
        if locked_user:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sign out"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._finished = False
        self.finished.connect(self._closed)
        (self.password if (locked_user or last_username) else self.username).setFocus()
        self.resize(440, self.sizeHint().height())

    def _locked_text(self, user: str, idle_minutes: int | None) -> str:
        why = (
            self.tr(
                "Platform Console was not used for {minutes} minutes, so it hid its pages to keep them "
                "from other eyes."
            ).format(minutes=idle_minutes)
            if idle_minutes
            else self.tr("Platform Console is locked: its pages are hidden.")
        )
        return (
            why
            + " "
            + self.tr(
                "To carry on where you left off, enter the password of {user}. Anything you had not "
                "saved is still there."
            ).format(user=user)
        )

    def _closed(self, _result: int) -> None:
        self._finished = True

    def _fill_demo(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        username, password = item.data(Qt.ItemDataRole.UserRole)
        self.username.setText(username)
        self.password.setText(password)

    def _submit(self) -> None:
        spawn(self.sign_in(self.username.text().strip(), self.password.text()), self)

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.username.setEnabled(not busy)
        self.password.setEnabled(not busy)

    async def sign_in(self, username: str, password: str) -> Actor | None:
        """Authenticate off the GUI thread; a refusal is shown in the dialog, which stays open."""
        if not username or not password:
            self._show_error(self.tr("Enter a user name and a password."))
            return None
        self._busy(True)
        try:
            actor = await run_sync(self.session.auth.authenticate, username, password)
        except PlatformError as exc:
            if self._open():
                self._busy(False)
                self._show_error(self._refusal_text(exc))
                self.password.selectAll()
            return None
        except BaseException:
            if self._open():
                self._busy(False)
            raise
        if not self._open():
            return None  # closed (or cancelled) while the password was checked: nobody signs in
        self._busy(False)
        self.actor = actor
        self.signed_in.emit(actor)
        self.accept()
        return actor

    def _open(self) -> bool:
        """Still on screen: not closed, cancelled or deleted while the password was checked."""
        return isValid(self) and self.isVisible() and not self._finished

    def _refusal_text(self, exc: PlatformError) -> str:
        """The refusal, said for the person at the keyboard."""
        if exc.code == "auth.locked":
            until = locked_until(exc.details)
            if until is not None:
                return self.tr(
                    "This account is locked after too many wrong passwords. Ask an administrator to "
                    "unlock it, or try again after {time}."
                ).format(time=until)
            return self.tr(
                "This account is locked after too many wrong passwords. Ask an administrator to unlock it."
            )
        return error_message(exc)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.password.setFocus()


class FirstRunWizard(QDialog):
    """An empty database, just migrated: create its first super admin, then sign in as them."""

    def __init__(self, session: ConsoleSession, parent: QWidget | None = None, *, migrated: int = 0) -> None:
        super().__init__(parent)
        self.session = session
        self.actor: Actor | None = None
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("First run"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Welcome to Platform Console"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "The database {database} had no admin user yet. It has been migrated to the newest "
                "schema ({applied}). Create its first super admin: this account can "
                "do everything, including creating the other accounts."
            ).format(
                database=session.db.display_url(),
                applied=counted(self.tr("%Ln revision(s) applied", "", migrated), migrated),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.password = _password_edit()
        self.password.setObjectName("password")
        self.repeat = _password_edit()
        self.repeat.setObjectName("repeat")
        self.password.setPlaceholderText(self.tr("at least {n} characters").format(n=MIN_PASSWORD_LENGTH))
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat the password"), self.repeat)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create and sign in"))
        self.buttons.accepted.connect(
            lambda: spawn(
                self.create(self.username.text().strip(), self.password.text(), self.repeat.text()), self
            )
        )
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.setFocus()
        self.resize(520, self.sizeHint().height())

    async def create(self, username: str, password: str, repeat: str) -> Actor | None:
        if password != repeat:
            self._error(self.tr("The two passwords differ."))
            return None
        self.buttons.setEnabled(False)
        try:
            actor = await run_sync(self._create_first, username, password)
        except PlatformError as exc:
            self._error(error_message(exc))
            return None
        finally:
            self.buttons.setEnabled(True)
        self.actor = actor
        self.accept()
        return actor

    def _create_first(self, username: str, password: str) -> Actor:
        auth = self.session.auth
        if auth.has_users():
            raise Refused("user.exists", "another admin user was created meanwhile: sign in instead")
        # Who holds an empty database may give it its first super admin
        # (docs/architecture.md, Roles and secrets).
        auth.create_user(Actor.cli(), username, Role.SUPER_ADMIN.value, password)
        return auth.authenticate(username, password)

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class ChangePasswordDialog(QDialog):
    """The signed-in user's own password: the old one is checked (and counts towards the lockout)."""

    def __init__(self, session: ConsoleSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change my password"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = _password_edit()
        self.old.setObjectName("oldPassword")
        self.new = _password_edit()
        self.new.setObjectName("newPassword")
        self.new.setPlaceholderText(self.tr("at least {n} characters").format(n=MIN_PASSWORD_LENGTH))
        self.repeat = _password_edit()
        self.repeat.setObjectName("repeatPassword")
        form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat the new password"), self.repeat)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(
            lambda: spawn(self.change(self.old.text(), self.new.text(), self.repeat.text()), self)
        )
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    async def change(self, old: str, new: str, repeat: str) -> bool:
        if new != repeat:
            self._error(self.tr("The two new passwords differ."))
            return False
        self.buttons.setEnabled(False)
        try:
            await run_sync(self.session.auth.change_own_password, self.session.require_actor(), old, new)
        except PlatformError as exc:
            self._error(error_message(exc))
            return False
        finally:
            self.buttons.setEnabled(True)
        self.accept()
        return True

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
