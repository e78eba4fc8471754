"""The keyboard: the Go menu (pages by Ctrl+1…9, next and previous page, the page's search), the
shortcuts of the pages' own actions, and what Help → Keyboard shortcuts lists.

A page's shortcuts are declared with its commands in :mod:`console.pages.registry` and given to
its actions when the page is built; each action is added to the page, so its shortcut works only
while the page is shown (Qt ignores the shortcuts of hidden widgets). The list the dialog shows is
read from the actions themselves: the menu bar's, the window's, and those of each built page; a
page not built yet is described by its registry entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QMenu

from console.pages.registry import PageEntry
from console.window.navigation import page_title

if TYPE_CHECKING:
    from console.dialogs.shortcuts import ShortcutsDialog
    from console.pages.base import Page

NATIVE = QKeySequence.SequenceFormat.NativeText


class Shortcut(NamedTuple):
    group: str  # a menu's title or a page's
    text: str  # the action, as its menu or the page shows it
    keys: str  # native text ("Ctrl+Shift+D"; "⌘⇧D" on macOS)


def action_text(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_text(action: QAction) -> str:
    """The action's (first) shortcut as the platform writes it; a standard key's other bindings
    (the Help or Refresh keys of a few keyboards) are left out, as menus do."""
    return action.shortcut().toString(NATIVE)


def portable_keys(portable: str) -> str:
    return QKeySequence(portable).toString(NATIVE) if portable else ""


def bind_page_shortcuts(page: Page) -> None:
    """Give ``page``'s actions the shortcuts its registry entry declares, active while it is shown."""
    entry = page.entry
    for command in entry.commands if entry is not None else ():
        action = getattr(page, command.action, None)
        if not command.shortcut or not isinstance(action, QAction):
            continue
        action.setShortcut(QKeySequence(command.shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if page not in action.associatedObjects():
            page.addAction(action)


def page_actions(page: Page) -> list[QAction]:
    """Every action of ``page`` that has a shortcut, once, in the order they were made."""
    found: list[QAction] = []
    for action in [*page.actions(), *page.findChildren(QAction)]:
        if action not in found and not action.shortcut().isEmpty():
            found.append(action)
    return found


class KeyboardMixin(QMainWindow):
    """The Go menu and the list of every shortcut (see the module docstring)."""

    # The window's (and its other parts'):
    nav: QListWidget
    _entries: list[PageEntry]
    _pages: dict[str, Page]
    focus_search: Callable[[], bool]

    def bind_page_shortcuts(self, page: Page) -> None:
        bind_page_shortcuts(page)

    def _build_go_menu(self) -> QMenu:
        """The Go menu; its pages are filled in per sign-in (:meth:`_fill_go_menu`)."""
        go = self.menuBar().addMenu(self.tr("&Go"))
        self.go_menu = go
        self.find_action = go.addAction(self.tr("Search this page"))
        self.find_action.setShortcuts(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.next_page_action = go.addAction(self.tr("Next page"))
        self.next_page_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_page_action.triggered.connect(lambda: self.step_page(1))
        self.previous_page_action = go.addAction(self.tr("Previous page"))
        self.previous_page_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_page_action.triggered.connect(lambda: self.step_page(-1))
        go.addSeparator()
        self.page_actions: list[QAction] = []
        return go

    def _fill_go_menu(self) -> None:
        """One action per page (Ctrl+1…9 for the first nine), in the navigation's order."""
        self._clear_go_menu()
        for row, entry in enumerate(self._entries):
            action = self.go_menu.addAction(page_title(entry))
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            self.page_actions.append(action)

    def _clear_go_menu(self) -> None:
        for action in self.page_actions:
            self.go_menu.removeAction(action)
            action.deleteLater()
        self.page_actions = []

    def step_page(self, step: int) -> None:
        """The next (1) or previous (-1) page of the navigation, round the end."""
        count = self.nav.count()
        if count:
            self.nav.setCurrentRow((max(self.nav.currentRow(), 0) + step) % count)

    # -- the list ---------------------------------------------------------------------------------
    def shortcut_list(self, *, live: bool = True) -> list[Shortcut]:
        """Every shortcut of the window: its menus' (by menu), then each page's (by page).

        ``live=False`` describes every page by its registry entry (texts that do not name the
        selection) and leaves out the Go menu's one action per page: the README's table."""
        found: list[Shortcut] = []
        seen: set[QAction] = set()

        def walk(menu: QMenu, group: str) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu(), group)
                elif not action.shortcut().isEmpty() and action.isVisible():
                    if not live and action in self.page_actions:
                        continue
                    seen.add(action)
                    found.append(Shortcut(group, action_text(action), keys_text(action)))

        for top in self.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu(), action_text(top))
        window = self.tr("Window")
        for action in self.actions():
            if action not in seen and not action.shortcut().isEmpty():
                found.append(Shortcut(window, action_text(action), keys_text(action)))
        for entry in self._entries:
            found.extend(self._page_shortcuts(entry, live))
        return found

    def _page_shortcuts(self, entry: PageEntry, live: bool = True) -> list[Shortcut]:
        title = page_title(entry)
        page = self._pages.get(entry.page_id)
        if page is not None and live:
            return [
                Shortcut(title, action_text(a), keys_text(a)) for a in page_actions(page) if a.isVisible()
            ]
        session = getattr(self, "_session", None)
        return [
            Shortcut(title, QCoreApplication.translate("PageCommands", c.label), portable_keys(c.shortcut))
            for c in entry.commands
            if c.shortcut and (c.permission is None or session is None or session.can_write(c.permission))
        ]

    def open_shortcuts(self) -> ShortcutsDialog:
        from console.dialogs.shortcuts import ShortcutsDialog  # lazy: only when asked for

        dialog = ShortcutsDialog(self.shortcut_list(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def markdown_table(shortcuts: list[Shortcut]) -> str:
    """The README's table of :meth:`KeyboardMixin.shortcut_list` (``live=False``), keys portable."""
    rows = ["| where | action | keys |", "| --- | --- | --- |"]
    go_row = "| Go | the first nine pages, in the navigation's order | Ctrl+1 … Ctrl+9 |"
    for shortcut in shortcuts:
        keys = QKeySequence.fromString(shortcut.keys, NATIVE).toString(
            QKeySequence.SequenceFormat.PortableText
        )
        rows.append(f"| {shortcut.group} | {shortcut.text} | {keys} |")
        if shortcut.group == "Go" and go_row not in rows:
            rows.append(go_row)
    return "\n".join(rows)
