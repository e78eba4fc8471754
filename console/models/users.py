"""Admin users, as :meth:`core.services.auth.AuthService.list_users` returns them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from console.models.common import USER_ROLE, local_time
from console.models.table import Index, RowsTableModel
from core.services.auth import UserInfo


class UserModel(RowsTableModel[UserInfo]):
    COLUMNS = ("username", "role", "status", "last_signin", "platforms")
    KEY_COLUMNS = ("username", "role", "status", "last_signin")  # never elided

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("User"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("Last sign-in"),
            self.tr("Platforms"),
        )
        self._role_names = {
            "super_admin": self.tr("Super admin"),
            "platform_admin": self.tr("Platform admin"),
            "support": self.tr("Support"),
            "operator": self.tr("Operator"),
        }
        self._dim = QBrush(QColor(128, 128, 128))
        self._warn = QBrush(QColor(200, 120, 0))

    def set_users(self, users: list[UserInfo]) -> None:
        self.set_rows(users)

    def user(self, row: int) -> UserInfo | None:
        return self.row_at(row)

    def row_of(self, username: str) -> int:
        return next((i for i, u in enumerate(self._rows) if u.username == username), -1)

    def users(self) -> list[UserInfo]:
        return self.rows()

    def role_name(self, role: str) -> str:
        return self._role_names.get(role, role)

    def status(self, user: UserInfo) -> str:
        if not user.is_active:
            return self.tr("disabled")
        if user.locked_until and user.locked_until > datetime.now(UTC):
            return self.tr("locked until {time}").format(time=local_time(user.locked_until, seconds=False))
        return self.tr("active")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.is_cell(index):
            return None
        user = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == USER_ROLE:
            return user.username
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            if not user.is_active:
                return self._dim
            if user.locked_until and user.locked_until > datetime.now(UTC):
                return self._warn
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "username":
            return user.username
        if column == "role":
            return self.role_name(user.role)
        if column == "status":
            return self.status(user)
        if column == "last_signin":
            return local_time(user.last_signin_at, seconds=False) or self.tr("never")
        if column == "platforms":
            if user.role in ("super_admin",):
                return self.tr("all")
            return ", ".join(user.platforms)
        return None
