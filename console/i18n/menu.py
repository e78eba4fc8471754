"""View → Language: English, Français, Deutsch or the system's, kept in the settings.

Switching applies at once, without a restart: the translators are replaced
(:mod:`console.i18n.translators`) and the main window re-creates what shows text, its menus and
its pages (:meth:`LanguageMenuMixin.retranslate_window`: the session stays signed in, the
current page comes back with its saved layout). A dialog open at that moment keeps the
language it was opened in until it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from console.i18n.languages import LANGUAGES, SYSTEM, choose_language
from console.i18n.translators import current_language, install

if TYPE_CHECKING:
    from console.pages.base import Page
    from console.session import ConsoleSession
    from console.store.settings import AppSettings


class LanguageMenuMixin(QMainWindow):
    """The Language submenu of View, and the window's re-creation when the language changes."""

    settings: AppSettings
    _session: ConsoleSession | None
    current_page: Callable[[], Page | None]
    attach: Callable[..., None]
    detach: Callable[[], None]
    _build_menus: Callable[[], None]
    _update_user_label: Callable[[], None]

    def _build_language_menu(self, view: QMenu) -> QMenu:
        menu = view.addMenu(self.tr("Language"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(menu)
        self.language_actions: dict[str, QAction] = {}
        saved = self.settings.language
        for code, text in ((SYSTEM, self.tr("Follow the system")), *LANGUAGES.items()):
            action = menu.addAction(text)  # a language's own name, never translated
            action.setObjectName(f"language-{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(saved == code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        return menu

    def set_language(self, code: str) -> None:
        """Keep ``code`` ("" for the system's) and switch to it at once."""
        self.settings.language = code
        language = choose_language(None, code)
        if language == current_language():
            return
        install(language)
        self.retranslate_window()

    def retranslate_window(self) -> None:
        """Re-create the menus and pages in the installed language (see the module docstring)."""
        session = self._session
        page = self.current_page()
        page_id = page.page_id if page is not None else None
        if session is not None:
            self.detach()
        bar = self.menuBar()
        for action in bar.actions():
            menu = action.menu()
            bar.removeAction(action)
            if menu is not None:
                menu.deleteLater()
        self._build_menus()
        if session is not None:
            self.attach(session, page=page_id)
        else:
            self._update_user_label()
