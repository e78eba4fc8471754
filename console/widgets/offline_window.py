"""The window of offline mode: one page alone (the health page), without a database or a
signed-in user."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow


class OfflineHealthWindow(QMainWindow):
    """Offline mode: the health page alone, without a database or a signed-in user."""

    closed = Signal()

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.setObjectName("offlineHealthWindow")
        self.setWindowTitle(self.tr("Platform Console — offline"))
        self.page = page
        self.setCentralWidget(page)
        self.statusBar().showMessage(self.tr("Offline: no database, nobody signed in"))
        self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.page.shutdown()
        super().closeEvent(event)
        self.closed.emit()
