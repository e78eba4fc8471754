"""What every page of the main window has in common."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from console.asyncutil import cancel_owned, spawn
from console.pages.registry import PageEntry, entry_of_class
from console.session import ConsoleSession

if TYPE_CHECKING:
    from console.main_window import MainWindow


class Page(QWidget):
    """A page: loads its data off the GUI thread when first shown, reloads on demand.

    A page's id, title, icon and permission are its entry in :mod:`console.pages.registry`,
    bound to the class when it is defined (:meth:`__init_subclass__`); subclasses implement
    :meth:`load` and list what the command palette may run in :meth:`commands`.
    """

    entry: ClassVar[PageEntry | None] = None
    page_id: ClassVar[str] = "page"
    icon_name: ClassVar[str] = ""
    permission: ClassVar[str | None] = None  # None: every signed-in user
    # May the window build it before anyone has signed in (while the password is verified, see
    # MainWindow.prebuild)? Only if its permissions are applied again by session_changed().
    built_before_sign_in: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Bind the registry's entry for this class (if it has one) to its class attributes."""
        super().__init_subclass__(**kwargs)
        bound = entry_of_class(cls.__name__)
        if bound is not None:
            cls.entry = bound
            cls.page_id, cls.icon_name, cls.permission = bound.page_id, bound.icon_name, bound.permission

    def __init__(self, session: ConsoleSession, window: MainWindow | None = None) -> None:
        super().__init__()
        self.session = session
        self.main_window = window
        self.setObjectName(f"page-{self.page_id}")
        self._loaded: asyncio.Future[None] | None = None
        self._load_task: asyncio.Task[None] | None = None
        self._load_again = False  # a reload asked for while a load was under way
        self.search_edit: QLineEdit | None = None

    @classmethod
    def allowed(cls, session: ConsoleSession) -> bool:
        return cls.permission is None or session.can(cls.permission)

    def title(self) -> str:
        """The registry's title, translated (in the ``Pages`` context)."""
        if self.entry is None:
            return self.page_id
        return QCoreApplication.translate("Pages", self.entry.title)

    # -- loading --------------------------------------------------------------------------
    async def load(self) -> None:
        """Fetch what the page shows (through run_sync); called on first show and on reload."""

    def activate(self) -> None:
        """The page became visible: load it the first time."""
        if self._load_task is None:
            self.reload()

    def reload(self) -> asyncio.Task[None]:
        """Load again; the task ends once what the page shows was read after this call (a load
        already under way may have read before a change, so it is followed by one more)."""
        if self._load_task is not None and not self._load_task.done():
            self._load_again = True
            return self._load_task
        self._load_task = spawn(self._run_load(), self)
        return self._load_task

    async def _run_load(self) -> None:
        try:
            self._load_again = False
            await self.load()
            while self._load_again:
                self._load_again = False
                await self.load()
        finally:
            if self._loaded is None:
                self._loaded = asyncio.get_event_loop().create_future()
            if not self._loaded.done():
                self._loaded.set_result(None)

    async def ready(self) -> None:
        """Wait for the first load (starting it if needed)."""
        if self._load_task is None:
            self.reload()
        if self._loaded is None:
            self._loaded = asyncio.get_event_loop().create_future()
        await self._loaded

    # -- integration with the window -----------------------------------------------------------
    def database_changed(self) -> None:
        """Another connection (or this one) changed the database; reload what is shown."""
        if self._load_task is not None:
            self.reload()

    def focus_search(self) -> bool:
        if self.search_edit is not None and self.search_edit.isVisible():
            self.search_edit.setFocus()
            self.search_edit.selectAll()
            return True
        return False

    def commands(self) -> list[QAction]:
        """Actions the command palette offers for this page (visible, enabled ones only)."""
        return []

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(text, timeout_ms)

    def session_changed(self) -> None:
        """The signed-in actor was refreshed (role or platforms may differ): re-apply permissions."""

    def keys_changed(self, name: str) -> None:
        """A key (``stripe-api-key``, ``secrets-key``) was stored in this computer's keyring."""

    def shutdown(self) -> None:
        """The window closes or the user signs out: stop background work (every task spawned for
        this page or a widget inside it), detach actions from tool bars."""
        cancel_owned(self)
        # A QAction destroyed while its tool bar is being destroyed calls back into the bar
        # (QWidget::removeAction -> QToolBar::actionEvent) through PySide's wrapper of a bar made
        # from Python: that crashed the process now and then when a window was deleted. Detach
        # them while everything is still whole.
        from PySide6.QtWidgets import QToolBar

        for bar in self.findChildren(QToolBar):
            for action in bar.actions():
                bar.removeAction(action)


def placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text); padding: 12px;")
    return label


def enable_for(widget: Any, allowed: bool, why: str = "") -> None:
    """Disable (with the reason as tooltip) what the role may not use."""
    widget.setEnabled(allowed)
    if not allowed and why:
        widget.setToolTip(why)
