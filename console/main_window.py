"""The main window: the start panel, then the pages of whoever signed in, until they sign out.

The window is shown before anything else happens at start-up: with no session yet it shows its
start panel (what the start-up is doing: opening the database, signing in), and
:meth:`MainWindow.attach` fills in the navigation, menus and pages once someone has signed in;
:meth:`MainWindow.detach` goes back to the start panel on sign-out. So this module imports
neither the library (SQLAlchemy, pydantic, the services) nor the pages at import time: the
start-up paints the window first and loads those off the GUI thread meanwhile.

Its parts, in ``console/window/``: the navigation (built from :mod:`console.pages.registry`), the
menus, shortcuts and command palette, the status bar, and the idle lock.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from console.asyncutil import run_sync
from console.pages.registry import PageEntry
from console.store.settings import AppSettings
from console.widgets.start_panel import StartPanel
from console.widgets.theme import banner_style
from console.window.actions import ActionsMixin
from console.window.idle_lock import IdleLockMixin
from console.window.layout import LayoutMixin
from console.window.navigation import NavigationMixin
from console.window.status import StatusMixin
from core.errors import PlatformError

if TYPE_CHECKING:
    from console.pages.base import Page
    from console.rollout_watch import RolloutWatch
    from console.session import ChangeWatcher, ConsoleSession


class MainWindow(NavigationMixin, LayoutMixin, ActionsMixin, StatusMixin, IdleLockMixin):
    """Navigation list + stacked pages; status bar with database, user, role and connection state.

    ``MainWindow(None)`` is the window before sign-in: its start panel only (see the module
    docstring); ``MainWindow(session)`` is attached at once. ``pages`` narrows the registry's
    pages (entries or page classes), for tests.
    """

    closed = Signal()
    sign_out_requested = Signal()

    def __init__(
        self,
        session: ConsoleSession | None = None,
        settings: AppSettings | None = None,
        *,
        watch: bool = True,
        pages: Sequence[PageEntry | type[Page]] | None = None,
        remember: bool = True,
        page: str | None = None,
    ) -> None:
        super().__init__()
        self.remember = remember
        self.settings = settings or AppSettings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Platform Console"))
        self._page_entries = pages
        self._closing = False
        self._session: ConsoleSession | None = None
        self._watch = watch
        self.watcher: ChangeWatcher | None = None
        self.rollout_watch: RolloutWatch | None = None  # advances rollouts, tells their news
        self.idle_minutes = 0
        # Open unless the start-up holds it: pages wait on it before work nothing on screen
        # needs at once (the modules page's schema table), so that work follows the first page.
        self._background = asyncio.Event()
        self._background.set()
        self._build_frames()
        self._build_idle_lock()
        self._build_status_bar()
        self._build_menus()
        geometry = self.settings.geometry if remember else None
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self._restore_window_layout()
        if session is not None:
            self.attach(session, page=page)

    def _build_frames(self) -> None:
        """The read-only banner over the frames: the start panel, or the navigation and pages."""
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(banner_style())
        self.banner.hide()
        outer.addWidget(self.banner)
        self.frames = QStackedWidget()
        self.start_panel = StartPanel()
        self.frames.addWidget(self.start_panel)
        self.frames.addWidget(self._build_navigation())
        outer.addWidget(self.frames, 1)
        self.setCentralWidget(central)

    # -- signing in and out ----------------------------------------------------------------
    @property
    def session(self) -> ConsoleSession:
        if self._session is None:
            raise RuntimeError("no one is signed in to this window yet")
        return self._session

    @property
    def attached(self) -> bool:
        return self._session is not None

    def show_start(self, message: str, *, busy: bool = True) -> None:
        """Show the start panel with ``message`` (what the start-up is doing)."""
        self.start_panel.set_message(message, busy=busy)
        self.frames.setCurrentWidget(self.start_panel)

    def attach(self, session: ConsoleSession, *, page: str | None = None) -> None:
        """Someone signed in: build the navigation, menus, shortcuts and the first page."""
        if self.attached:
            self.detach()
        self._session = session
        self._closing = False
        self._fill_navigation(session, self._page_entries)
        self.db_label.setText(session.db.display_url())
        self.state_label.setText(self.tr("connected"))
        self._update_user_label()
        self._enable_session_actions(True)
        self._build_shortcuts()
        if session.read_only:
            self.banner.setText(session.read_only_reason or self.tr("Read-only"))
            self.banner.show()
        if self._watch:
            self._start_watcher(session)
            from console.rollout_watch import start_rollout_watch  # lazy: after the first paint

            self.rollout_watch = start_rollout_watch(self, session)
        self._start_idle_timer()
        self.frames.setCurrentIndex(1)
        if self._entries:
            remembered = self.settings.last_page if self.remember else None
            first = page if page and self.has_page(page) else remembered
            self.show_page(first if first and self.has_page(first) else None)
        self.drop_prebuilt()  # built for a page not shown first (or one this role may not see)

    def _start_watcher(self, session: ConsoleSession) -> None:
        from console.session import ChangeWatcher  # lazy: the library, after the window has painted

        self.watcher = ChangeWatcher(session.db, self)
        self.watcher.changed.connect(self._database_changed)
        self.watcher.state.connect(self._connection_state)
        self.watcher.start()

    def _start_idle_timer(self) -> None:
        from core.settings import get_settings  # lazy: the library (pydantic), after the window has painted

        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)
        self._activity.last = time.monotonic()
        self.idle_minutes = get_settings().idle_lock_minutes
        if self.idle_minutes > 0:
            self._idle_timer.start()

    def detach(self) -> None:
        """Signed out: pages, navigation and watcher go; the start panel comes back."""
        if not self.attached:
            return
        self.save_layout()
        self.shutdown()
        self._clear_navigation()
        self._drop_shortcuts()
        if self.watcher is not None:  # stopped by shutdown() above
            self.watcher.deleteLater()
            self.watcher = None
        if self.rollout_watch is not None:  # stopped by shutdown() above
            self.rollout_watch.deleteLater()
            self.rollout_watch = None
        self.banner.hide()
        self._session = None
        self._update_user_label()
        self._enable_session_actions(False)
        self.show_start(self.tr("Signed out."), busy=False)

    def sign_out(self) -> None:
        self.sign_out_requested.emit()

    # -- changes from elsewhere ----------------------------------------------------------------------
    def _database_changed(self) -> None:
        if self._locked:
            return
        for page in self._pages.values():
            page.database_changed()

    async def refresh_actor(self) -> None:
        """Re-read the signed-in actor (an admin may have changed the role or the platforms)."""
        session = self._session
        if session is None:
            return
        actor = session.actor
        if actor is None or actor.user_id is None:
            return
        try:
            refreshed = await run_sync(session.auth.refresh, actor)
        except PlatformError:
            return
        if self._session is not session or session.actor is not actor:
            return  # signed out (or in as someone else) meanwhile: the answer is for nobody
        session.actor = refreshed
        self._update_user_label()
        for page in self._pages.values():
            page.session_changed()

    # -- background work after the start-up ------------------------------------------------------------
    def hold_background(self) -> None:
        """Make :meth:`background_allowed` wait (the start-up, until its first page has loaded)."""
        self._background.clear()

    def release_background(self) -> None:
        self._background.set()

    async def background_allowed(self) -> None:
        """Return once the start-up lets work that the first page does not need begin."""
        await self._background.wait()

    # -- screenshots and shutdown -----------------------------------------------------------------------
    async def ready(self) -> None:
        page = self.current_page()
        if page is not None:
            await page.ready()

    def shutdown(self) -> None:
        """Stop the watcher and timers (idempotent)."""
        if self._closing:
            return
        self._closing = True
        self.drop_prebuilt()
        self._idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._activity)
        if self.watcher is not None:
            self.watcher.stop()
        if self.rollout_watch is not None:
            self.rollout_watch.stop()
        for page in self._pages.values():
            page.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember:
            self.settings.geometry = self.saveGeometry()
            if self.attached:
                self.save_layout()
            page = self.current_page()
            if page is not None:
                self.settings.last_page = page.page_id
            self.settings.sync()
        self.shutdown()
        super().closeEvent(event)
        self.closed.emit()


async def wait_closed(window: MainWindow) -> str:
    """'closed' or 'sign-out', whichever happens first."""
    loop = asyncio.get_event_loop()
    future: asyncio.Future[str] = loop.create_future()

    def done(value: str) -> None:
        if not future.done():
            future.set_result(value)

    window.closed.connect(lambda: done("closed"))
    window.sign_out_requested.connect(lambda: done("sign-out"))
    return await future
