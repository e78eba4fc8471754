"""The command palette (Ctrl+K): type to filter every page and action, Enter runs it; each
command's shortcut is shown at the right of its name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

KEYS_ROLE = Qt.ItemDataRole.UserRole + 1
KEYS_GAP = 24  # between a name and its keys


class PaletteCommand(NamedTuple):
    label: str
    run: Callable[[], Any]
    keys: str = ""  # the shortcut, in the platform's native text


class KeysDelegate(QStyledItemDelegate):
    """A command's name as usual, its keys right-aligned in the placeholder colour."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        keys = index.data(KEYS_ROLE)
        if not keys:
            super().paint(painter, option, index)
            return
        super().paint(painter, option, index)  # background, selection and the name
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(role))  # type: ignore[attr-defined]
        keys_rect = option.rect.adjusted(0, 0, -8, 0)  # type: ignore[attr-defined]
        painter.drawText(keys_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, keys)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        keys = index.data(KEYS_ROLE)
        if keys:
            size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(keys) + KEYS_GAP + 8)
        return size


class CommandPalette(QDialog):
    """Ctrl+K: type to filter every page and action, Enter runs it."""

    def __init__(self, commands: Sequence[PaletteCommand], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Command palette"))
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.commands = [PaletteCommand(*command) for command in commands]
        layout = QVBoxLayout(self)
        self.edit = QLineEdit()
        self.edit.setObjectName("paletteSearch")
        self.edit.setAccessibleName(self.tr("Command"))
        self.edit.setPlaceholderText(self.tr("Type a page or an action…"))
        self.list = QListWidget()
        self.list.setObjectName("paletteList")
        self.list.setItemDelegate(KeysDelegate(self.list))
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
        for i, command in enumerate(self.commands):
            low = command.label.lower()
            if all(w in low for w in words):
                item = QListWidgetItem(command.label)
                item.setData(Qt.ItemDataRole.UserRole, i)
                item.setData(KEYS_ROLE, command.keys)
                if command.keys:
                    item.setToolTip(f"{command.label} ({command.keys})")
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def keys(self) -> dict[str, str]:
        """The shortcut shown beside each command listed now (by its label; "" when it has none)."""
        return {self.list.item(i).text(): self.list.item(i).data(KEYS_ROLE) for i in range(self.list.count())}

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
        command = self.commands[item.data(Qt.ItemDataRole.UserRole)]
        self.accept()
        command.run()
