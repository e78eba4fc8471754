"""Desktop notifications through the system tray, where there is one (the health page's status
changes); where there is none (a bare window manager, offscreen, some Wayland desktops), the
owner's fallback shows them in the window (the health page: its events pane and the status bar)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from console.widgets.theme import icon

Fallback = Callable[[str, str, bool], None]  # (title, text, severe)


class Notifier(QObject):
    """Desktop notifications through the system tray, else through ``fallback``."""

    def __init__(
        self, parent: QObject | None = None, enabled: bool = True, fallback: Fallback | None = None
    ) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.available = enabled and QSystemTrayIcon.isSystemTrayAvailable()
        self.fallback = fallback
        self._tray: QSystemTrayIcon | None = None
        self.sent = 0
        self.shown_in_window = 0

    def notify(self, title: str, text: str, severe: bool) -> bool:
        """True when the desktop shows it; else the fallback (if any) shows it in the window."""
        if not self.available:
            if self.enabled and self.fallback is not None:
                self.fallback(title, text, severe)
                self.shown_in_window += 1
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
