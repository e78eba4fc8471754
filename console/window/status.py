"""The status bar of the main window: database, signed-in user and role, connection state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from console.widgets._text import chars
from console.widgets.status_bar import ElidedLabel, StatusBar
from console.widgets.theme import text_style

if TYPE_CHECKING:
    from console.session import ConsoleSession


class StatusMixin(QMainWindow):
    """Builds the bar (:meth:`_build_status_bar`) and keeps its three labels up to date."""

    _session: ConsoleSession | None
    db_label: ElidedLabel
    user_label: QLabel
    state_label: QLabel

    def _build_status_bar(self) -> None:
        bar = StatusBar(self)
        self.setStatusBar(bar)
        self.db_label = ElidedLabel(Qt.TextElideMode.ElideMiddle)
        self.db_label.setObjectName("statusDatabase")
        self.db_label.setMaximumWidth(chars(self.db_label, 45))
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.state_label = QLabel(self.tr("connecting…"))
        self.state_label.setObjectName("statusConnection")
        for widget in (self.db_label, self.user_label, self.state_label):
            bar.add_text(widget)
        self._update_user_label()

    def set_database_text(self, text: str, *, connected: bool = False) -> None:
        self.db_label.setText(text)
        if connected:
            self.state_label.setText(self.tr("connected"))

    def _update_user_label(self) -> None:
        actor = self._session.actor if self._session is not None else None
        if actor is None:
            self.user_label.setText(self.tr("not signed in"))
            return
        roles = {
            "super_admin": self.tr("super admin"),
            "platform_admin": self.tr("platform admin"),
            "support": self.tr("support"),
            "operator": self.tr("operator"),
        }
        self.user_label.setText(
            self.tr("{user} ({role})").format(
                user=actor.username, role=roles.get(actor.role.value, actor.role.value)
            )
        )

    def _connection_state(self, state: str) -> None:
        if state == "live":
            self.state_label.setText(self.tr("connected · live updates"))
            self.state_label.setStyleSheet("")
        elif state.startswith("lost"):
            self.state_label.setText(self.tr("connection lost: {reason}").format(reason=state[5:].strip()))
            self.state_label.setStyleSheet(text_style("error"))
