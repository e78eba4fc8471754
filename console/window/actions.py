"""What the main window offers besides its pages: the menus, the shortcuts and the command palette.

The Account menu (password, lock, keys, sign out, quit), the View menu (palette, reload, theme,
language, reset layout), the Go menu (``console/window/keyboard.py``) and Help (keyboard shortcuts, about);
the palette (Ctrl+K) lists every page and the commands of each, with their shortcuts: the live
actions of a page already built, the registry's :class:`~console.pages.registry.PageCommand` for
one that is not (building a page is not free).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QListWidget

from console.asyncutil import dialog_result, spawn
from console.i18n.menu import LanguageMenuMixin
from console.pages.registry import PageCommand, PageEntry
from console.store.settings import AppSettings
from console.widgets.theme import apply_theme
from console.window.keyboard import KeyboardMixin, keys_text, portable_keys
from console.window.navigation import page_title

if TYPE_CHECKING:
    from console.dialogs.palette import CommandPalette, PaletteCommand
    from console.pages.base import Page
    from console.session import ConsoleSession


class ActionsMixin(KeyboardMixin, LanguageMenuMixin):
    """Menus (:meth:`_build_menus`, once), shortcuts (:meth:`_build_shortcuts`, per sign-in), palette."""

    # The window's (and its other parts'):
    settings: AppSettings
    session: ConsoleSession
    _session: ConsoleSession | None
    _entries: list[PageEntry]
    _pages: dict[str, Page]
    nav: QListWidget
    db_label: QLabel
    current_page: Callable[[], Page | None]
    lock: Callable[[], Awaitable[bool]]
    sign_out: Callable[[], None]
    reset_layout: Callable[[], None]

    # -- menus ------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        menu = self.menuBar()
        account = menu.addMenu(self.tr("&Account"))
        self.change_password_action = account.addAction(self.tr("Change my password…"))
        self.change_password_action.triggered.connect(lambda: spawn(self.change_password(), self))
        self.lock_action = account.addAction(self.tr("Lock now"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action.triggered.connect(lambda: spawn(self.lock(), self))
        account.addSeparator()
        self.key_actions: dict[str, QAction] = {}
        for name, text in (
            ("secrets-key", self.tr("Encryption key of secret settings…")),
            ("stripe-api-key", self.tr("Stripe API key…")),
        ):
            action = account.addAction(text)
            action.triggered.connect(lambda _=False, n=name: spawn(self.open_key(n), self))
            self.key_actions[name] = action
        account.addSeparator()
        self.sign_out_action = account.addAction(self.tr("Sign out"))
        self.sign_out_action.triggered.connect(self.sign_out)
        account.addSeparator()
        self.quit_action = account.addAction(self.tr("Quit"))
        self.quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        self.quit_action.triggered.connect(self.close)

        view = menu.addMenu(self.tr("&View"))
        self.palette_action = view.addAction(self.tr("Command palette…"))
        self.palette_action.setShortcut(QKeySequence("Ctrl+K"))
        self.palette_action.triggered.connect(self.open_palette)
        self.reload_action = view.addAction(self.tr("Reload page"))
        self.reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self._reload_current)
        theme = view.addMenu(self.tr("Theme"))
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for mode, text in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            action = theme.addAction(text)
            action.setCheckable(True)
            action.setChecked(self.settings.theme == mode)
            action.triggered.connect(lambda _=False, m=mode: self.set_theme(m))
            group.addAction(action)
            self.theme_actions[mode] = action
        self._build_language_menu(view)
        view.addSeparator()
        self.reset_layout_action = view.addAction(self.tr("Reset layout"))
        self.reset_layout_action.setToolTip(
            self.tr("Column widths, order, sorting and pane sizes as at first")
        )
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self._build_go_menu()

        help_menu = menu.addMenu(self.tr("&Help"))
        self.shortcuts_action = help_menu.addAction(self.tr("Keyboard shortcuts…"))
        self.shortcuts_action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        self.about_action = help_menu.addAction(self.tr("About Platform Console…"))
        self.about_action.triggered.connect(self.about)
        self._enable_session_actions(False)

    def _enable_session_actions(self, signed_in: bool) -> None:
        """Menu actions that need a signed-in user (and, for the password and lock, a real one)."""
        actor = self._session.actor if signed_in and self._session is not None else None
        for action in (self.change_password_action, self.lock_action):
            action.setEnabled(actor is not None and actor.user_id is not None)
        for action in (
            self.sign_out_action,
            self.palette_action,
            self.reload_action,
            self.reset_layout_action,
        ):
            action.setEnabled(signed_in)
        for action in (self.find_action, self.next_page_action, self.previous_page_action):
            action.setEnabled(signed_in)
        for action in self.key_actions.values():
            action.setVisible(False)
        if actor is not None and self._session is not None:
            from console.dialogs.keys import KEYS  # lazy: the library, after the window has painted

            for spec in KEYS:  # offered to the roles that may set them (an error offers it to others)
                self.key_actions[spec.name].setVisible(self._session.can_write(spec.permission))

    # -- shortcuts --------------------------------------------------------------------------------
    def _build_shortcuts(self) -> None:
        self._fill_go_menu()  # Ctrl+1…9; Ctrl+F and the others are in the menus from the start

    def _drop_shortcuts(self) -> None:
        self._clear_go_menu()

    def focus_search(self) -> bool:
        page = self.current_page()
        return bool(page and page.focus_search())

    def _reload_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.reload()

    def set_theme(self, mode: str) -> None:
        self.settings.theme = mode
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, mode)

    # -- command palette --------------------------------------------------------------------------
    def palette_commands(self) -> list[PaletteCommand]:
        from console.dialogs.palette import PaletteCommand  # lazy: 15-19 ms of CPU before the first paint

        go = self.tr("Go to: {page}")
        commands: list[PaletteCommand] = []
        for i, entry in enumerate(self._entries):
            keys = keys_text(self.page_actions[i]) if i < len(self.page_actions) else ""
            commands.append(
                PaletteCommand(go.format(page=page_title(entry)), lambda r=i: self.nav.setCurrentRow(r), keys)
            )
        for i, entry in enumerate(self._entries):
            commands.extend(self._page_commands(i, entry))
        for action in (
            self.reload_action,
            self.change_password_action,
            self.lock_action,
            self.sign_out_action,
            *self.theme_actions.values(),
            self.reset_layout_action,
            self.shortcuts_action,
            self.about_action,
            self.quit_action,
        ):
            if action.isEnabled():
                label = action.text().replace("&", "").rstrip("…")
                commands.append(PaletteCommand(label, action.trigger, keys_text(action)))
        return commands

    def _page_commands(self, row: int, entry: PageEntry) -> list[PaletteCommand]:
        """A built page's live actions, as they are now; else what its entry declares."""
        from console.dialogs.palette import PaletteCommand  # lazy: see palette_commands

        title = page_title(entry)
        # A page's command: "Graph: Fit"; French puts a space before the colon.
        joined = self.tr("{page}: {command}")
        built = self._pages.get(entry.page_id)
        if built is not None:
            return [
                PaletteCommand(
                    joined.format(page=title, command=action.text().replace("&", "")),
                    lambda a=action: (self.nav.setCurrentRow(row), a.trigger()),
                    keys_text(action),
                )
                for action in built.commands()
                if action.isVisible() and action.isEnabled()
            ]
        session = self.session
        return [
            PaletteCommand(
                joined.format(page=title, command=QCoreApplication.translate("PageCommands", command.label)),
                lambda c=command: self.run_page_command(row, c),
                portable_keys(command.shortcut),
            )
            for command in entry.commands
            if (command.permission is None or session.can_write(command.permission)) and not command.live_only
        ]

    def run_page_command(self, row: int, command: PageCommand) -> asyncio.Task[bool]:
        """Show the page at ``row`` (building it), wait for its first load, then trigger
        ``command`` if it can run now; else say so in the status bar."""
        self.nav.setCurrentRow(row)
        return spawn(self._run_page_command(command), self)

    async def _run_page_command(self, command: PageCommand) -> bool:
        page = self.current_page()
        if page is not None:
            await page.ready()  # a command acts on what the page shows
        action = getattr(page, command.action, None) if page is not None else None
        if isinstance(action, QAction) and action.isVisible() and action.isEnabled():
            action.trigger()
            return True
        label = QCoreApplication.translate("PageCommands", command.label)
        self.statusBar().showMessage(self.tr("“{command}” is not available now.").format(command=label), 8000)
        return False

    def open_palette(self) -> CommandPalette:
        from console.dialogs.palette import CommandPalette  # lazy: see palette_commands

        palette = CommandPalette(self.palette_commands(), self)
        palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        geometry = self.geometry()
        palette.move(geometry.center().x() - palette.width() // 2, geometry.top() + 80)
        palette.open()
        palette.edit.setFocus()
        return palette

    # -- account and help -------------------------------------------------------------------------
    async def change_password(self) -> bool:
        from console.dialogs.signin import ChangePasswordDialog  # lazy: the library, after the paint

        dialog = ChangePasswordDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        result = await dialog_result(dialog)
        if result == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Your password was changed."), 8000)
            return True
        return False

    def about(self) -> QDialog:
        from console.dialogs.about import AboutDialog  # lazy: only when asked for

        database = self._session.db.display_url() if self._session is not None else None
        dialog = AboutDialog(database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    async def open_key(self, name: str) -> QDialog:
        from console.dialogs.keys import KEYS, open_key_dialog  # lazy: the library, after the paint

        spec = next(k for k in KEYS if k.name == name)
        return await open_key_dialog(spec, self.session, self)

    def keys_changed(self, name: str) -> None:
        """A key was stored in the keyring: the session and the pages that hold a gateway rebuild
        it; say so."""
        if self._session is not None:
            self._session.keys_changed(name)
        for page in self._pages.values():
            page.keys_changed(name)
        self.statusBar().showMessage(
            self.tr("The key is kept in this computer's keyring. Try again what needed it."), 10000
        )
