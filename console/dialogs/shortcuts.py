"""Help → Keyboard shortcuts: every shortcut of the window, grouped by menu and by page, with a
filter; the list is read from the actions (:meth:`console.window.keyboard.KeyboardMixin.shortcut_list`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from console.window.keyboard import Shortcut


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: Sequence[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.shortcuts = list(shortcuts)
        layout = QVBoxLayout(self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("shortcutsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by action or key"))
        self.filter_edit.setAccessibleName(self.tr("Filter the shortcuts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._fill)
        layout.addWidget(self.filter_edit)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The keys are never cut ("Ctrl+Page suiv." in French): their column is as wide as the
        # longest, measured on every shortcut (ResizeToContents measures the rows in view only).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        metrics = self.tree.fontMetrics()
        keys = max((metrics.horizontalAdvance(s.keys) for s in self.shortcuts), default=0)
        header.resizeSection(
            1, max(keys, metrics.horizontalAdvance(self.tr("Keys"))) + 3 * metrics.averageCharWidth()
        )
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill("")
        self.resize(self._fitting_width(), 40 * self.fontMetrics().height())

    def _fitting_width(self) -> int:
        """Wide enough for the longest action beside the longest keys (within the screen)."""
        metrics = self.tree.fontMetrics()
        text = max((metrics.horizontalAdvance(s.text) for s in self.shortcuts), default=0)
        keys = max((metrics.horizontalAdvance(s.keys) for s in self.shortcuts), default=0)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = text + keys + self.tree.indentation() + 9 * metrics.averageCharWidth() + scrollbar + 80
        screen = self.screen().availableGeometry().width() if self.screen() is not None else width
        return max(40 * metrics.averageCharWidth(), min(width, screen * 9 // 10))

    def _fill(self, text: str) -> None:
        words = text.lower().split()
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for shortcut in self.shortcuts:
            haystack = f"{shortcut.group} {shortcut.text} {shortcut.keys}".lower()
            if not all(word in haystack for word in words):
                continue
            group = groups.get(shortcut.group)
            if group is None:
                group = groups[shortcut.group] = QTreeWidgetItem(self.tree, [shortcut.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
            QTreeWidgetItem(group, [shortcut.text, shortcut.keys])
        self.tree.expandAll()

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) as shown, in order."""
        shown = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                child = group.child(j)
                shown.append((group.text(0), child.text(0), child.text(1)))
        return shown
