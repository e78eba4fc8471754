"""The command palette (Ctrl+K): type to filter every page and action, Enter runs it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class CommandPalette(QDialog):
    """Ctrl+K: type to filter every page and action, Enter runs it."""

    def __init__(self, commands: list[tuple[str, Callable[[], Any]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Command palette"))
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.commands = commands
        layout = QVBoxLayout(self)
        self.edit = QLineEdit()
        self.edit.setObjectName("paletteSearch")
        self.edit.setAccessibleName(self.tr("Command"))
        self.edit.setPlaceholderText(self.tr("Type a page or an action…"))
        self.list = QListWidget()
        self.list.setObjectName("paletteList")
        self.list.setAccessibleName(self.tr("Matching commands"))
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.edit.textChanged.connect(self._filter)
        self.edit.returnPressed.connect(self.run_current)
        self.list.itemActivated.connect(lambda _item: self.run_current())
        self.edit.installEventFilter(self)
        self._filter("")
        self.resize(520, 360)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        self.list.clear()
        for i, (label, _fn) in enumerate(self.commands):
            low = label.lower()
            if all(w in low for w in words):
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, i)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.list.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))
                return True
        return super().eventFilter(watched, event)

    def run_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        _label, fn = self.commands[item.data(Qt.ItemDataRole.UserRole)]
        self.accept()
        fn()
