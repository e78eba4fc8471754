"""What the window remembers of its layout between runs, and View → Reset layout.

The window's dock and tool bar state (:meth:`QMainWindow.saveState`) goes to
``AppSettings.window_state``; the navigation's splitter and, for each page, every table header
(column order, widths, sort indicator) and every splitter (pane sizes) go to the settings' layout
group, keyed by page and part (``merchants/table/merchantsTable``, ``health/splitter/healthPanes``;
a splitter without a name is numbered in the page's widget order). A page's parts are saved when
the person leaves the page, signs out or closes the window, and restored when the page is built.

A saved state is applied only when it was saved with the same number of columns (or panes) the
part has now, and only if Qt accepts its bytes: a state from an older column set or a corrupted
file is ignored, and the part keeps its defaults. Reset layout forgets every saved state and
builds the pages again, so they come back as a first run shows them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView, QListWidget, QMainWindow, QSplitter, QStackedWidget, QTableView

from console.store.settings import AppSettings

if TYPE_CHECKING:
    from collections.abc import Callable

    from console.pages.base import Page

LayoutPart = QHeaderView | QSplitter


def layout_parts(page: Page) -> dict[str, LayoutPart]:
    """The parts of ``page`` whose state is kept, by key: its splitters and its tables' headers.

    Parts inside a dialog the page opened are not the page's layout; a table that only overlays
    another (a frozen first column) follows its table.
    """
    parts: dict[str, LayoutPart] = {}
    window = page.window()
    for number, split in enumerate(page.findChildren(QSplitter)):
        if split.window() is window:
            parts[f"{page.page_id}/splitter/{split.objectName() or number}"] = split
    for view in page.findChildren(QTableView):
        name = view.objectName()
        if name and view.window() is window and not isinstance(view.parent(), QTableView):
            parts[f"{page.page_id}/table/{name}"] = view.horizontalHeader()
    return parts


def section_count(part: LayoutPart) -> int:
    return part.count()


def restore_part(part: LayoutPart, saved: tuple[QByteArray, int] | None) -> bool:
    """Apply a saved state if it fits ``part`` (same number of sections, bytes Qt accepts)."""
    if saved is None:
        return False
    state, count = saved
    if count != section_count(part) or count == 0:
        return False
    if not part.restoreState(state):
        return False
    if isinstance(part, QSplitter):
        part.setProperty("layoutRestored", True)  # the person's sizes win over the page's first fit
    elif isinstance(view := part.parent(), QTableView) and view.isSortingEnabled():
        # restoreState sets the indicator without a signal: tell the view and the page (a list
        # sorted in SQL sorts its query) as a click would.
        part.sortIndicatorChanged.emit(part.sortIndicatorSection(), part.sortIndicatorOrder())
    return True


class LayoutMixin(QMainWindow):
    """Saves and restores the layout of the window and of its pages (see the module docstring)."""

    # The window's (and its other parts'):
    settings: AppSettings
    remember: bool
    nav: QListWidget
    stack: QStackedWidget
    _splitter: QSplitter
    _pages: dict[str, Page]
    current_page: Callable[[], Page | None]
    show_page: Callable[[str | None], Page | None]
    _fit_navigation: Callable[[], None]

    def _restore_window_layout(self) -> None:
        """Called once the window's parts exist (before any page)."""
        self._default_window_state = self.saveState()
        self._default_navigation = self._splitter.saveState()
        if not self.remember:
            return
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        restore_part(self._splitter, self.settings.layout_state("window/splitter/navigation"))

    def restore_page_layout(self, page: Page) -> None:
        """A page was just built: put back the state its parts had when it was last left."""
        if not self.remember:
            return
        for key, part in layout_parts(page).items():
            restore_part(part, self.settings.layout_state(key))

    def save_page_layout(self, page: Page) -> None:
        if not self.remember:
            return
        for key, part in layout_parts(page).items():
            self.settings.set_layout_state(key, part.saveState(), section_count(part))

    def save_layout(self) -> None:
        """The window's and every built page's layout (on close and sign-out)."""
        if not self.remember:
            return
        self.settings.window_state = self.saveState()
        navigation = self._splitter
        self.settings.set_layout_state(
            "window/splitter/navigation", navigation.saveState(), section_count(navigation)
        )
        for page in self._pages.values():
            self.save_page_layout(page)

    def reset_layout(self) -> None:
        """View → Reset layout: forget what was saved and show the pages as a first run does."""
        self.settings.forget_layout()
        self.restoreState(self._default_window_state)
        self._splitter.restoreState(self._default_navigation)
        self._fit_navigation()
        current = self.current_page()
        for page_id in list(self._pages):
            page = self._pages.pop(page_id)
            page.shutdown()
            page.setParent(None)  # out of its holder at once; the next show builds it anew
            page.deleteLater()
        if current is not None:
            self._shown_page = None  # nothing to save: the page is gone
            self.show_page(current.page_id)
        self.statusBar().showMessage(self.tr("The layout is back to its defaults."), 8000)
