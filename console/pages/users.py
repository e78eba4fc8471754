"""Admin users (admin.users.manage): the same AuthService calls as ``platformctl admin``."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from console.asyncutil import dialog_result, run_sync, spawn
from console.dialogs.error_text import error_message
from console.models.users import UserModel
from console.pages.base import Page
from console.widgets._text import chars
from console.widgets.page_parts import enter_action
from console.widgets.table_copy import enable_copy
from console.widgets.table_export import add_export_action, snapshot_rows
from console.widgets.tables import fit_model_key_columns, row_height_for
from console.widgets.theme import text_style
from core.errors import InvalidInput, PlatformError
from core.roles import Role
from core.services.auth import MIN_PASSWORD_LENGTH, UserInfo

Submit = Callable[[dict[str, Any]], Awaitable[None]]


class FormDialog(QDialog):
    """A small form whose OK runs ``submit`` off the GUI thread; errors stay in the dialog."""

    def __init__(self, title: str, submit: Submit, parent: QWidget | None = None, *, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("userFormDialog")
        self.submit = submit
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style("error"))
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(lambda: spawn(self.run(), self))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(chars(self, 52))

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        self.form.addRow(label, widget)
        self.fields[name] = widget
        return widget

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                out[name] = widget.text()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
        return out

    async def run(self) -> bool:
        self.buttons.setEnabled(False)
        try:
            await self.submit(self.values())
        except PlatformError as exc:
            self.error.setText(error_message(exc))
            self.error.show()
            return False
        finally:
            self.buttons.setEnabled(True)
        self.accept()
        return True


def _password() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _codes(text: str) -> list[str]:
    return [c for c in text.replace(",", " ").split() if c]


class UsersPage(Page):
    """Each action runs as :attr:`action_task` (awaitable: the call, the reload, the status);
    a dialog it opens is announced by :attr:`dialog_opened`."""

    dialog_opened = Signal(QDialog)

    def __init__(self, session, window=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, window)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("usersToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.create_action = self.toolbar.addAction(self.tr("New user…"))
        self.toggle_action = self.toolbar.addAction(self.tr("Disable"))
        self.unlock_action = self.toolbar.addAction(self.tr("Unlock"))
        self.role_action = self.toolbar.addAction(self.tr("Change role…"))
        self.assign_action = self.toolbar.addAction(self.tr("Assign platforms…"))
        self.reset_action = self.toolbar.addAction(self.tr("Reset password…"))
        top.addWidget(self.toolbar, 1)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("usersSearch")
        self.search_edit.setAccessibleName(self.tr("Filter users"))
        self.search_edit.setPlaceholderText(self.tr("Filter users (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(chars(self.search_edit, 32))
        self.search_edit.textChanged.connect(self._filter)
        top.addWidget(self.search_edit)
        layout.addLayout(top)
        self.model = UserModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setAccessibleDescription(
            self.tr("Ctrl+C copies the selected rows; Ctrl+E exports the list as CSV")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((20, 16, 21, 19)):
            self.table.setColumnWidth(column, chars(self.table, width))
        self.table.verticalHeader().setDefaultSectionSize(row_height_for(self.table))
        enable_copy(self.table)
        fit_model_key_columns(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.doubleClicked.connect(lambda _i: self.role_action.trigger())
        enter_action(
            self.table, self.tr("Change the role of the selected user"), lambda _i: self.role_action.trigger()
        )
        layout.addWidget(self.table, 1)
        self.export_action = add_export_action(
            self, self.table, lambda: snapshot_rows(self.table), "users.csv", self.show_status
        )
        self.action_task: asyncio.Task[Any] | None = None
        self._open_dialog: FormDialog | None = None
        for action, run in (
            (self.create_action, self.ask_create),
            (self.toggle_action, self._toggle_selected),
            (self.unlock_action, self._unlock_selected),
            (self.role_action, self.ask_role),
            (self.assign_action, self.ask_assign),
            (self.reset_action, self.ask_reset),
        ):
            action.triggered.connect(lambda _=False, run=run: self._start(run()))
        self._update_actions()

    def commands(self) -> list[QAction]:
        return [
            self.create_action,
            self.toggle_action,
            self.unlock_action,
            self.role_action,
            self.assign_action,
            self.reset_action,
            self.export_action,
        ]

    def _start(self, coro: Any) -> None:
        self.action_task = spawn(coro, self)

    # -- data -----------------------------------------------------------------------------------
    async def load(self) -> None:
        users = await run_sync(self.session.auth.list_users, self.session.require_actor())
        selected = self.selected_user()  # read after the await: it may have moved meanwhile
        self.model.set_users(users)
        self._filter(self.search_edit.text())
        if selected is not None:
            self.select(selected.username)
        self._update_actions()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row, user in enumerate(self.model.users()):
            hit = (
                not needle
                or needle in user.username
                or needle in user.role
                or any(needle in p for p in user.platforms)
            )
            self.table.setRowHidden(row, not hit)

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.user(rows[0].row()) if rows else None

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row >= 0:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        manage = self.session.can_write("admin.users.manage")
        user = self.selected_user()
        self.create_action.setEnabled(manage)
        for action in (self.toggle_action, self.role_action, self.assign_action, self.reset_action):
            action.setEnabled(manage and user is not None)
        self.toggle_action.setText(
            self.tr("Enable") if user is not None and not user.is_active else self.tr("Disable")
        )
        self.unlock_action.setEnabled(manage and user is not None and user.locked_until is not None)

    # -- the service calls (the same as `platformctl admin ...`) ------------------------------------
    async def _call(self, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        result = await run_sync(fn, self.session.require_actor(), *args, **kw)
        await self.load()
        if self.main_window is not None:
            await self.main_window.refresh_actor()
        return result

    async def create_user(self, username: str, role: str, password: str, platforms: list[str]) -> UserInfo:
        info = await self._call(self.session.auth.create_user, username, role, password, platforms)
        self.select(username)
        self.show_status(
            self.tr("User {user} created, role: {role}").format(
                user=username, role=self.model.role_name(role)
            )
        )
        return info

    async def set_active(self, username: str, active: bool) -> None:
        await self._call(self.session.auth.set_active, username, active)
        self.show_status(
            (self.tr("{user} enabled") if active else self.tr("{user} disabled")).format(user=username)
        )

    async def unlock(self, username: str) -> None:
        await self._call(self.session.auth.unlock, username)
        self.show_status(self.tr("{user} unlocked").format(user=username))

    async def set_role(self, username: str, role: str) -> None:
        await self._call(self.session.auth.set_role, username, role)
        self.show_status(
            self.tr("{user}: role changed to {role}").format(user=username, role=self.model.role_name(role))
        )

    async def assign_platforms(self, username: str, platforms: list[str], replace: bool) -> None:
        await self._call(self.session.auth.assign_platforms, username, platforms, replace=replace)
        self.show_status(self.tr("{user}: platforms assigned").format(user=username))

    async def reset_password(self, username: str, password: str) -> None:
        await self._call(self.session.auth.reset_password, username, password)
        self.show_status(self.tr("{user}: password reset").format(user=username))

    async def _toggle_selected(self) -> None:
        user = self.selected_user()
        if user is not None:
            await self.set_active(user.username, not user.is_active)

    async def _unlock_selected(self) -> None:
        user = self.selected_user()
        if user is not None:
            await self.unlock(user.username)

    # -- dialogs ----------------------------------------------------------------------------------
    def _role_combo(self, current: str = Role.OPERATOR.value) -> QComboBox:
        combo = QComboBox()
        for role in Role:
            combo.addItem(self.model.role_name(role.value), role.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _check_passwords(self, values: dict[str, Any]) -> None:
        if values["password"] != values["repeat"]:
            raise InvalidInput("password.mismatch", self.tr("The two passwords differ."))

    def create_dialog(self) -> FormDialog:
        async def submit(values: dict[str, Any]) -> None:
            self._check_passwords(values)
            await self.create_user(
                values["username"].strip(), values["role"], values["password"], _codes(values["platforms"])
            )

        dialog = FormDialog(self.tr("New admin user"), submit, self)
        dialog.add("username", self.tr("User name"), QLineEdit())
        dialog.add("role", self.tr("Role"), self._role_combo())
        password = dialog.add("password", self.tr("Password"), _password())
        assert isinstance(password, QLineEdit)
        password.setPlaceholderText(self.tr("at least {n} characters").format(n=MIN_PASSWORD_LENGTH))
        dialog.add("repeat", self.tr("Repeat the password"), _password())
        platforms = dialog.add("platforms", self.tr("Own platforms"), QLineEdit())
        assert isinstance(platforms, QLineEdit)
        platforms.setPlaceholderText(self.tr("platform codes, for platform admins"))
        return dialog

    async def ask_create(self) -> bool:
        return await self._open(self.create_dialog())

    async def ask_role(self) -> bool:
        user = self.selected_user()
        if user is None:
            return False

        async def submit(values: dict[str, Any]) -> None:
            await self.set_role(user.username, values["role"])

        dialog = FormDialog(self.tr("Change the role of {user}").format(user=user.username), submit, self)
        dialog.add("role", self.tr("Role"), self._role_combo(user.role))
        return await self._open(dialog)

    async def ask_assign(self) -> bool:
        user = self.selected_user()
        if user is None:
            return False

        async def submit(values: dict[str, Any]) -> None:
            codes = _codes(values["platforms"])
            if not codes and not values["replace"]:
                raise InvalidInput("platform.none", self.tr("Name at least one platform."))
            await self.assign_platforms(user.username, codes, values["replace"])

        dialog = FormDialog(
            self.tr("Platforms of {user}").format(user=user.username),
            submit,
            self,
            intro=self.tr(
                "A platform admin may toggle and configure modules, and read the audit, on their own "
                "platforms only."
            ),
        )
        edit = dialog.add("platforms", self.tr("Platform codes"), QLineEdit(" ".join(user.platforms)))
        assert isinstance(edit, QLineEdit)
        edit.setPlaceholderText(self.tr("demo-00001 demo-00002 …"))
        replace = QCheckBox(self.tr("Replace the current list (else add to it)"))
        replace.setChecked(True)
        dialog.add("replace", "", replace)
        return await self._open(dialog)

    async def ask_reset(self) -> bool:
        user = self.selected_user()
        if user is None:
            return False

        async def submit(values: dict[str, Any]) -> None:
            self._check_passwords(values)
            await self.reset_password(user.username, values["password"])

        dialog = FormDialog(self.tr("Reset the password of {user}").format(user=user.username), submit, self)
        dialog.add("password", self.tr("New password"), _password())
        dialog.add("repeat", self.tr("Repeat the password"), _password())
        return await self._open(dialog)

    async def _open(self, dialog: FormDialog) -> bool:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open_dialog = dialog
        self.dialog_opened.emit(dialog)
        try:
            return await dialog_result(dialog) == QDialog.DialogCode.Accepted
        finally:
            self._open_dialog = None

    def session_changed(self) -> None:
        self._update_actions()
