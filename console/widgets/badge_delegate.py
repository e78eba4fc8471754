"""A table cell drawn as a badge: its text in a tinted pill, as :class:`StatusBadge` draws a state.

A model opts in per cell by answering :data:`BADGE_ROLE` with a tint's name (:data:`TINTS`);
other cells are drawn as usual. Tinted backgrounds with dark text read on light and dark windows
alike (the status badge's colours).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

BADGE_ROLE = int(Qt.ItemDataRole.UserRole) + 20

# name: (background, text, border)
TINTS: dict[str, tuple[str, str, str]] = {
    "grey": ("#e4e7eb", "#37404a", "#b3bac3"),
    "blue": ("#dbe8fb", "#173a6e", "#8fb1e8"),
    "green": ("#d7f2e0", "#14532d", "#7fcf9b"),
    "amber": ("#fff0c7", "#5c4300", "#e8c35a"),
    "orange": ("#ffe2c7", "#6b3100", "#f0a96b"),
    "red": ("#fbd9d9", "#7a1212", "#e88b8b"),
    "purple": ("#e9e0f7", "#3f1f6e", "#b69ae0"),
}


def badge_padding(widget: QWidget) -> int:
    """What a badge adds to its text's width: its inner padding and its margin in the cell."""
    height = widget.fontMetrics().height()
    return 2 * (height // 2) + 6


class BadgeDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        tint = TINTS.get(str(index.data(BADGE_ROLE) or ""))
        if tint is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # selection
        metrics = opt.fontMetrics
        pad = metrics.height() // 2
        cell = opt.rect.adjusted(3, 2, -3, -2)
        room = max(0, cell.width() - 2 * pad)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        width = min(cell.width(), metrics.horizontalAdvance(shown) + 2 * pad)
        height = min(cell.height(), metrics.height() + 2)
        pill = QRect(cell.left(), cell.top() + (cell.height() - height) // 2, width, height)
        background, foreground, border = tint
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(border), 1))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.setFont(opt.font)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(BADGE_ROLE):
            size.setWidth(size.width() + option.fontMetrics.height() + 6)
        return size
