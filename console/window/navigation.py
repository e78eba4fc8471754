"""The navigation of the main window: the pages the signed-in role may see, from the registry.

Each page the role may see gets a row in the list and an empty holder in the stack; the page
itself is imported and built the first time it is shown (:meth:`NavigationMixin.page`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from console.pages.registry import PAGES, PageEntry
from console.startup_trace import mark
from console.store.settings import AppSettings
from console.widgets._text import chars
from console.widgets.theme import icon

if TYPE_CHECKING:
    from console.pages.base import Page
    from console.session import ConsoleSession


def page_title(entry: PageEntry) -> str:
    """The page's title as the navigation, the palette and the page itself show it."""
    return QCoreApplication.translate("Pages", entry.title)


def entries(pages: Sequence[PageEntry | type[Page]] | None) -> list[PageEntry]:
    """The registry's pages, or those given (entries or registered page classes), in order."""
    if pages is None:
        return list(PAGES)
    found = [page if isinstance(page, PageEntry) else page.entry for page in pages]
    if None in found:
        raise ValueError("a page class that is not in console.pages.registry")
    return [entry for entry in found if entry is not None]


class NavigationMixin(QMainWindow):
    """The list of pages beside the stack that shows them; ``_entries`` are the rows, in order."""

    # The window's (and its other parts'):
    session: ConsoleSession
    attached: bool
    _closing: bool
    settings: AppSettings
    remember: bool
    _locked: bool
    restore_page_layout: Callable[[Page], None]
    bind_page_shortcuts: Callable[[Page], None]
    save_page_layout: Callable[[Page], None]

    def _build_navigation(self) -> QSplitter:
        self._entries: list[PageEntry] = []
        self._pages: dict[str, Page] = {}
        self._shown_page: Page | None = None  # its layout is saved when another page is shown
        self._prebuilt: Page | None = None  # built before sign-in (prebuild), taken by page()
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setMinimumWidth(chars(self.nav, 17))
        self.nav.setMaximumWidth(chars(self.nav, 30))
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 1100])
        self._splitter = splitter
        self.nav.currentRowChanged.connect(self._switch)
        return splitter

    def _fill_navigation(
        self, session: ConsoleSession, pages: Sequence[PageEntry | type[Page]] | None
    ) -> None:
        """A row and an empty holder for each page ``session`` may see."""
        self._entries = [entry for entry in entries(pages) if entry.allowed(session)]
        for i, entry in enumerate(self._entries):
            holder = QWidget()
            holder.setLayout(QHBoxLayout())
            holder.layout().setContentsMargins(0, 0, 0, 0)
            self.stack.insertWidget(i, holder)
            title = page_title(entry)
            item = QListWidgetItem(icon(entry.icon_name), title)
            item.setData(Qt.ItemDataRole.UserRole, entry.page_id)
            item.setToolTip(f"{title} (Ctrl+{i + 1})" if i < 9 else title)
            self.nav.addItem(item)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """The navigation as wide as its longest page title at the current font (never cut off)."""
        needed = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24
        self.nav.setMaximumWidth(max(chars(self.nav, 30), needed))
        sizes = self._splitter.sizes()
        if sum(sizes) > 0 and sizes[0] < needed:
            self._splitter.setSizes([needed, sum(sizes) - needed])
        elif sum(sizes) == 0:
            self._splitter.setSizes([max(170, needed), 1100])

    def prebuild(self, session: ConsoleSession, entry: PageEntry) -> None:
        """Build ``entry``'s page for ``session`` before anyone has signed in to it (while the
        password is verified), if its class allows it (``built_before_sign_in``): the first
        :meth:`page` after :meth:`attach` takes it; another page or role drops it."""
        cls = entry.load()
        if not cls.built_before_sign_in or self.attached or self._closing:
            return
        self.drop_prebuilt()
        page = cls(session, self)  # type: ignore[arg-type]  # a MainWindow
        page.setParent(self, Qt.WindowType.Widget)  # hidden, and deleted with the window
        self._prebuilt = page

    def drop_prebuilt(self) -> None:
        if self._prebuilt is not None:
            self._prebuilt.shutdown()
            self._prebuilt.deleteLater()
            self._prebuilt = None

    def _clear_navigation(self) -> None:
        """The rows, the pages and their holders go (the locked cover, last in the stack, stays)."""
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for page in self._pages.values():
            page.deleteLater()
        self._pages.clear()
        self._shown_page = None
        while self.stack.count() > 1:
            holder = self.stack.widget(0)
            self.stack.removeWidget(holder)
            holder.deleteLater()
        self._entries = []

    def page_ids(self) -> list[str]:
        return [entry.page_id for entry in self._entries]

    def has_page(self, page_id: str) -> bool:
        return page_id in self.page_ids()

    def page(self, page_id: str) -> Page:
        """The page (imported and created on first use)."""
        if page_id not in self._pages:
            index = self.page_ids().index(page_id)
            cls = self._entries[index].load()
            prebuilt, self._prebuilt = self._prebuilt, None
            if prebuilt is not None and type(prebuilt) is cls and prebuilt.session is self.session:
                page = prebuilt
                page.session_changed()  # signed in now: its permissions, and its load starts
            else:
                if prebuilt is not None:
                    prebuilt.deleteLater()
                page = cls(self.session, self)  # type: ignore[arg-type]  # a MainWindow
            mark(f"{page_id} page: built")
            holder = self.stack.widget(index)
            holder.layout().addWidget(page)
            self._pages[page_id] = page
            self.bind_page_shortcuts(page)
            self.restore_page_layout(page)
        return self._pages[page_id]

    def current_page(self) -> Page | None:
        row = self.nav.currentRow()
        if row < 0 or row >= len(self._entries):
            return None
        return self.page(self._entries[row].page_id)

    def show_page(self, page_id: str | None) -> Page | None:
        ids = self.page_ids()
        if not ids:
            return None
        row = ids.index(page_id) if page_id in ids else 0
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._switch(row)
        return self.current_page()

    def _switch(self, row: int) -> None:
        if row < 0 or row >= len(self._entries) or self._locked:
            return
        page = self.page(self._entries[row].page_id)
        self.stack.setCurrentIndex(row)
        left, self._shown_page = self._shown_page, page
        if left is not None and left is not page and self._pages.get(left.page_id) is left:
            self.save_page_layout(left)
        if self.remember:
            self.settings.last_page = page.page_id
        page.activate()
