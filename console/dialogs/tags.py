"""Edit one platform's tags: the tags it carries, separated by spaces, with the tags in use offered.

Save hands what to add and what to remove to ``submit`` (the page writes both in one transaction off
the GUI thread); an error a user can cause (a malformed tag, not allowed) stays in the dialog with
its message, and the dialog stays open. Opened with ``open()``, never ``exec()``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.asyncutil import spawn
from console.dialogs.reason import submit_in
from console.widgets._text import chars, text_lines
from console.widgets.theme import text_style
from core.services.platform_tags import split_tags

Submit = Callable[[tuple[str, ...], tuple[str, ...]], Awaitable[Any]]


class TagsDialog(QDialog):
    def __init__(
        self,
        platform: str,
        tags: Sequence[str],
        known: Sequence[str],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagsDialog")
        self.setWindowTitle(self.tr("Tags of {platform}").format(platform=platform))
        self.platform = platform
        self.before = tuple(tags)
        self.submit = submit
        self.result_value: Any = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tags group platforms, so that a change can aim at them (canary, country:lu). "
                "Lower-case letters, digits and dashes, at most one colon, up to 64 characters; "
                "separate tags with spaces."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tags_edit = QLineEdit(" ".join(tags))
        self.tags_edit.setObjectName("tagsEdit")
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("canary country:lu"))
        self.tags_edit.textChanged.connect(self._update)
        layout.addWidget(self.tags_edit)
        others = [t for t in known if t not in tags]
        self.known = QListWidget()
        self.known.setObjectName("knownTags")
        self.known.setAccessibleName(self.tr("Tags in use: double-click one to add it"))
        self.known.addItems(others)
        self.known.setMaximumHeight(text_lines(self, 6))
        self.known.itemActivated.connect(self._add_known)
        self.known.itemDoubleClicked.connect(self._add_known)
        self.known_label = QLabel(self.tr("Tags in use elsewhere (double-click to add):"))
        self.known_label.setVisible(bool(others))
        self.known.setVisible(bool(others))
        layout.addWidget(self.known_label)
        layout.addWidget(self.known)
        self.summary = QLabel()
        self.summary.setObjectName("tagsSummary")
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "muted")
        layout.addWidget(self.summary)
        self.error = QLabel()
        self.error.setObjectName("tagsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style("error"))
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(lambda: spawn(self.run(), self))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(chars(self, 55))
        self._update()

    @property
    def save_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def changes(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(to add, to remove) from what is typed."""
        after = split_tags(self.tags_edit.text())
        return tuple(t for t in after if t not in self.before), tuple(
            t for t in self.before if t not in after
        )

    def _add_known(self, item: QListWidgetItem) -> None:
        tag = item.text()
        if tag not in split_tags(self.tags_edit.text()):
            self.tags_edit.setText(" ".join((*split_tags(self.tags_edit.text()), tag)))
        self.known.takeItem(self.known.row(item))

    def _update(self) -> None:
        add, remove = self.changes()
        self.save_button.setEnabled(bool(add or remove))
        parts = []
        if add:
            parts.append(self.tr("adds {tags}").format(tags=", ".join(add)))
        if remove:
            parts.append(self.tr("removes {tags}").format(tags=", ".join(remove)))
        self.summary.setText("; ".join(parts) if parts else self.tr("No change yet."))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

    async def run(self) -> bool:
        add, remove = self.changes()
        if not add and not remove:
            return False
        return await submit_in(self, lambda: self.submit(add, remove), self._update)
