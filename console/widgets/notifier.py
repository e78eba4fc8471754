"""Desktop notifications through the system tray, where there is one (the health page's status
changes)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from console.widgets.theme import icon


class Notifier(QObject):
    """Desktop notifications through the system tray, where there is one."""

    def __init__(self, parent: QObject | None = None, enabled: bool = True) -> None:
        super().__init__(parent)
        self.available = enabled and QSystemTrayIcon.isSystemTrayAvailable()
        self._tray: QSystemTrayIcon | None = None
        self.sent = 0

    def notify(self, title: str, text: str, severe: bool) -> bool:
        if not self.available:
            return False
        if self._tray is None:
            self._tray = QSystemTrayIcon(icon("health"), self)
            self._tray.show()
        level = QSystemTrayIcon.MessageIcon.Critical if severe else QSystemTrayIcon.MessageIcon.Information
        self._tray.showMessage(title, text, level, 8000)
        self.sent += 1
        return True

    def close(self) -> None:
        if self._tray is not None:
            self._tray.hide()
            self._tray.deleteLater()
            self._tray = None
