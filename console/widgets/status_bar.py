"""The main window's status bar: messages in a label of their own, never over the permanent texts.

``QStatusBar`` paints a temporary message straight onto the bar, under whatever sits there; a
long one ran into the database, user and connection texts. Here a message is an ordinary,
stretching label left of those texts, elided when it does not fit (the whole text in its tooltip);
the database text is elided in the middle (its start and its file name matter most).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QStatusBar, QWidget


class ElidedLabel(QLabel):
    """One line of text, elided to the width it gets; the whole text in its tooltip."""

    def __init__(self, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight, parent: QWidget | None = None):
        super().__init__(parent)
        self._mode = mode
        self._full = ""

    def minimumSizeHint(self) -> QSize:
        """Narrow: the label gives way (elides) before its neighbours do."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 6)), hint.height())

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        super().setText(text)

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        """What fits: the text, or its elided form."""
        return self.fontMetrics().elidedText(self._full, self._mode, max(0, self.contentsRect().width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), self.shown_text()
        )


class StatusBar(QStatusBar):
    """``showMessage`` / ``currentMessage`` / ``clearMessage`` as Qt's, shown in :attr:`message`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = ElidedLabel()
        self.message.setObjectName("statusMessage")
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.addWidget(self.message, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)

    def add_text(self, label: QLabel) -> None:
        """A permanent text on the right, after a separator."""
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.addPermanentWidget(line)
        self.addPermanentWidget(label)

    def showMessage(self, text: str, timeout: int = 0) -> None:
        self.message.setText(text)
        if timeout > 0:
            self._timer.start(timeout)
        else:
            self._timer.stop()
        self.messageChanged.emit(text)

    def currentMessage(self) -> str:
        return self.message.text()

    def clearMessage(self) -> None:
        self._timer.stop()
        if self.message.text():
            self.message.setText("")
            self.messageChanged.emit("")
