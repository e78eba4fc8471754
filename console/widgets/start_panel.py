"""The main window's start panel: shown until someone signs in (and again after signing out).

It says what the start-up is doing (opening the database, migrating it, waiting for the sign-in)
with a busy bar while something runs. Plain Qt only: it is painted before the library is loaded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from console.widgets._text import chars


class StartPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPanel")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("Platform Console"))
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.tr("Starting…"))
        self.message.setObjectName("startMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setObjectName("startBusy")
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(chars(self.busy, 35))
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(self.message)
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_message(self, text: str, *, busy: bool = True) -> None:
        self.message.setText(text)
        self.busy.setVisible(busy)
