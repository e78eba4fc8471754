"""The main window: navigation between pages, the status bar, shortcuts, palette and idle lock.

The window is shown before anything else happens at start-up: with no session yet it shows its
start panel (what the start-up is doing: opening the database, signing in), and
:meth:`MainWindow.attach` fills in the navigation, menus and pages once someone has signed in;
:meth:`MainWindow.detach` goes back to the start panel on sign-out. So this module imports
neither the library (SQLAlchemy, pydantic, the services) nor the pages at import time: the
start-up paints the window first and loads those off the GUI thread meanwhile.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.asyncutil import dialog_outcome, dialog_result, run_sync, spawn
from console.store.settings import AppSettings
from console.widgets.start_panel import StartPanel
from console.widgets.theme import banner_style, text_style

if TYPE_CHECKING:
    from console.pages.base import Page
    from console.session import ChangeWatcher, ConsoleSession


@dataclass(frozen=True)
class PageCommand:
    """A command a page offers the palette, known before the page is built.

    ``action`` names the page's QAction attribute (one of :meth:`Page.commands`); ``label`` is its
    text (translated in the ``PageCommands`` context); ``permission``, when set, must be writable
    for the command to be offered (the page hides the action otherwise).
    """

    action: str
    label: str
    permission: str | None = None


@dataclass(frozen=True)
class PageSpec:
    """A page of the navigation, known without importing its module.

    The window lists every page the role may see at start-up, but imports a page's module only
    when the page is first shown (the health page alone pulls in numpy and httpx). ``page_id``,
    ``icon_name`` and ``permission`` repeat the class attributes (a test keeps them equal), and
    :meth:`allowed` is :meth:`Page.allowed`. ``commands`` are what the palette offers while the
    page is not built yet (a test keeps them equal to :meth:`Page.commands`). A window also accepts
    plain :class:`Page` classes.
    """

    page_id: str
    icon_name: str
    permission: str | None
    target: str  # "module:ClassName"
    commands: tuple[PageCommand, ...] = ()

    def allowed(self, session: ConsoleSession) -> bool:
        return self.permission is None or session.can(self.permission)

    def load(self) -> type[Page]:
        module, _, name = self.target.partition(":")
        cls: type[Page] = getattr(importlib.import_module(module), name)
        return cls


PageEntry: TypeAlias = "PageSpec | type[Page]"

_C = PageCommand
PAGES = (
    PageSpec(
        "modules",
        "modules",
        "modules.view",
        "console.pages.modules:ModulesPage",
        (
            _C("enable_action", "Enable a module on target…", "modules.toggle"),
            _C("disable_action", "Disable a module on target…", "modules.toggle"),
            _C("refresh_action", "Refresh"),
        ),
    ),
    PageSpec(
        "graph",
        "graph",
        "modules.view",
        "console.pages.graph:GraphPage",
        (
            _C("fit_action", "Fit"),
            _C("zoom_in_action", "Zoom in"),
            _C("zoom_out_action", "Zoom out"),
            _C("export_action", "Export PNG…"),
        ),
    ),
    PageSpec(
        "migrations",
        "migrations",
        "migrations.view",
        "console.pages.migrations:MigrationsPage",
        (
            _C("plan_action", "Plan"),
            _C("run_action", "Run…", "migrations.run"),
            _C("refresh_action", "Refresh"),
            _C("preview_repair_action", "Preview repair"),
            _C("repair_action", "Repair…", "migrations.run"),
        ),
    ),
    PageSpec(
        "health",
        "health",
        "health.view",
        "console.pages.health:HealthPage",
        (
            _C("export_report_action", "Export a health report…"),
            _C("check_now_action", "Run the health checks now"),
        ),
    ),
    PageSpec(
        "merchants",
        "merchants",
        "merchants.view",
        "console.pages.merchants:MerchantsPage",
        (
            _C("suspend_action", "Suspend the selected merchant…", "merchants.suspend"),
            _C("count_action", "Count exactly"),
        ),
    ),
    PageSpec(
        "stores",
        "stores",
        "merchants.view",
        "console.pages.stores:StoresPage",
        (
            _C("suspend_action", "Suspend the selected store…", "merchants.suspend"),
            _C("count_action", "Count exactly"),
        ),
    ),
    PageSpec(
        "payments",
        "payments",
        "payments.view",
        "console.pages.payments:PaymentsPage",
        (
            _C("refund_action", "Refund…", "payments.refund"),
            _C("resolve_action", "Resolve pending refunds", "payments.refund"),
        ),
    ),
    PageSpec("orders", "orders", "payments.view", "console.pages.orders:OrdersPage"),
    PageSpec(
        "audit", "audit", "audit.view", "console.pages.audit:AuditPage", (_C("export_action", "Export CSV…"),)
    ),
    PageSpec(
        "users",
        "users",
        "admin.users.manage",
        "console.pages.users:UsersPage",
        (
            _C("create_action", "New user…"),
            _C("toggle_action", "Disable or enable the user"),
            _C("unlock_action", "Unlock"),
            _C("role_action", "Change role…"),
            _C("assign_action", "Assign platforms…"),
            _C("reset_action", "Reset password…"),
        ),
    ),
)
del _C


def page_classes() -> list[PageEntry]:
    """Every page, in navigation order (Ctrl+1 is the first one the role may see)."""
    return list(PAGES)


def page_class(entry: PageEntry) -> type[Page]:
    return entry.load() if isinstance(entry, PageSpec) else entry


class _ActivityFilter(QObject):
    """Notes the time of the last keyboard or mouse input anywhere in the application."""

    INPUT = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT:
            self.last = time.monotonic()
        return False


class CommandPalette(QDialog):
    """Ctrl+K: type to filter every page and action, Enter runs it."""

    def __init__(self, commands: list[tuple[str, Callable[[], Any]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Command palette"))
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.commands = commands
        layout = QVBoxLayout(self)
        self.edit = QLineEdit()
        self.edit.setObjectName("paletteSearch")
        self.edit.setPlaceholderText(self.tr("Type a page or an action…"))
        self.list = QListWidget()
        self.list.setObjectName("paletteList")
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.edit.textChanged.connect(self._filter)
        self.edit.returnPressed.connect(self.run_current)
        self.list.itemActivated.connect(lambda _item: self.run_current())
        self.edit.installEventFilter(self)
        self._filter("")
        self.resize(520, 360)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        self.list.clear()
        for i, (label, _fn) in enumerate(self.commands):
            low = label.lower()
            if all(w in low for w in words):
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, i)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.list.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))
                return True
        return super().eventFilter(watched, event)

    def run_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        _label, fn = self.commands[item.data(Qt.ItemDataRole.UserRole)]
        self.accept()
        fn()


class MainWindow(QMainWindow):
    """Navigation list + stacked pages; status bar with database, user, role and connection state.

    ``MainWindow(None)`` is the window before sign-in: its start panel only (see the module
    docstring); ``MainWindow(session)`` is attached at once.
    """

    closed = Signal()
    sign_out_requested = Signal()

    def __init__(
        self,
        session: ConsoleSession | None = None,
        settings: AppSettings | None = None,
        *,
        watch: bool = True,
        pages: list[PageEntry] | None = None,
        remember: bool = True,
        page: str | None = None,
    ) -> None:
        super().__init__()
        self.remember = remember
        self.settings = settings or AppSettings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Platform Console"))
        self._page_entries = pages
        self._classes: list[PageEntry] = []
        self._pages: dict[str, Page] = {}
        self._locked = False
        self._lock_dialog: QDialog | None = None
        self._closing = False
        self._session: ConsoleSession | None = None
        self._shortcuts: list[QShortcut] = []
        self.watcher: ChangeWatcher | None = None
        self.idle_minutes = 0

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
        # The start panel until someone signs in, then the navigation and the pages.
        self.frames = QStackedWidget()
        self.start_panel = StartPanel()
        self.frames.addWidget(self.start_panel)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setMinimumWidth(140)
        self.nav.setMaximumWidth(240)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 1100])
        self._splitter = splitter
        self.frames.addWidget(splitter)
        outer.addWidget(self.frames, 1)
        self.setCentralWidget(central)
        self._locked_cover = QLabel(self.tr("Locked"))
        self._locked_cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self._locked_cover)
        self.nav.currentRowChanged.connect(self._switch)

        self._build_status_bar()
        self._build_menus()
        self._activity = _ActivityFilter(self)
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(15_000)
        self._idle_timer.timeout.connect(self._check_idle)

        geometry = self.settings.geometry if remember else None
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self._watch = watch
        if session is not None:
            self.attach(session, page=page)

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

    def set_database_text(self, text: str, *, connected: bool = False) -> None:
        self.db_label.setText(text)
        if connected:
            self.state_label.setText(self.tr("connected"))

    def attach(self, session: ConsoleSession, *, page: str | None = None) -> None:
        """Someone signed in: build the navigation, menus, shortcuts and the first page."""
        from console.session import ChangeWatcher
        from core.settings import get_settings

        if self.attached:
            self.detach()
        self._session = session
        self._closing = False
        self._classes = [cls for cls in (self._page_entries or page_classes()) if cls.allowed(session)]
        from console.widgets.theme import icon

        for i, cls in enumerate(self._classes):
            holder = QWidget()
            holder.setLayout(QHBoxLayout())
            holder.layout().setContentsMargins(0, 0, 0, 0)
            self.stack.insertWidget(i, holder)
            title = self._page_title(cls)
            item = QListWidgetItem(icon(cls.icon_name), title)
            item.setData(Qt.ItemDataRole.UserRole, cls.page_id)
            item.setToolTip(f"{title} (Ctrl+{i + 1})" if i < 9 else title)
            self.nav.addItem(item)
        self._fit_navigation()
        self.db_label.setText(session.db.display_url())
        self.state_label.setText(self.tr("connected"))
        self._update_user_label()
        self._enable_session_actions(True)
        self._build_shortcuts()
        if session.read_only:
            self.banner.setText(session.read_only_reason or self.tr("Read-only"))
            self.banner.show()
        if self._watch:
            self.watcher = ChangeWatcher(session.db, self)
            self.watcher.changed.connect(self._database_changed)
            self.watcher.state.connect(self._connection_state)
            self.watcher.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)
        self._activity.last = time.monotonic()
        self.idle_minutes = get_settings().idle_lock_minutes
        if self.idle_minutes > 0:
            self._idle_timer.start()
        self.frames.setCurrentIndex(1)
        if self._classes:
            remembered = self.settings.last_page if self.remember else None
            first = page if page and self.has_page(page) else remembered
            self.show_page(first if first and self.has_page(first) else None)

    def _fit_navigation(self) -> None:
        """The navigation as wide as its longest page title at the current font (never cut off)."""
        needed = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24
        self.nav.setMaximumWidth(max(240, needed))
        sizes = self._splitter.sizes()
        if sum(sizes) > 0 and sizes[0] < needed:
            self._splitter.setSizes([needed, sum(sizes) - needed])
        elif sum(sizes) == 0:
            self._splitter.setSizes([max(170, needed), 1100])

    def detach(self) -> None:
        """Signed out: pages, navigation and watcher go; the start panel comes back."""
        if not self.attached:
            return
        self.shutdown()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for page in self._pages.values():
            page.deleteLater()
        self._pages.clear()
        while self.stack.count() > 1:  # the locked cover stays
            holder = self.stack.widget(0)
            self.stack.removeWidget(holder)
            holder.deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts = []
        self._classes = []
        if self.watcher is not None:  # stopped by shutdown() above
            self.watcher.deleteLater()
            self.watcher = None
        self.banner.hide()
        self._session = None
        self._update_user_label()
        self._enable_session_actions(False)
        self.show_start(self.tr("Signed out."), busy=False)

    # -- pages ----------------------------------------------------------------------------
    def _page_title(self, cls: PageEntry) -> str:
        titles = {
            "modules": self.tr("Modules"),
            "graph": self.tr("Dependency graph"),
            "migrations": self.tr("Migrations"),
            "health": self.tr("Health"),
            "merchants": self.tr("Merchants"),
            "stores": self.tr("Stores"),
            "payments": self.tr("Payments"),
            "orders": self.tr("Orders"),
            "audit": self.tr("Audit"),
            "users": self.tr("Users"),
        }
        return titles.get(cls.page_id, cls.page_id)

    def page_ids(self) -> list[str]:
        return [cls.page_id for cls in self._classes]

    def has_page(self, page_id: str) -> bool:
        return page_id in self.page_ids()

    def page(self, page_id: str) -> Page:
        """The page (created on first use)."""
        if page_id not in self._pages:
            index = self.page_ids().index(page_id)
            cls = page_class(self._classes[index])
            page = cls(self.session, self)
            holder = self.stack.widget(index)
            holder.layout().addWidget(page)
            self._pages[page_id] = page
        return self._pages[page_id]

    def current_page(self) -> Page | None:
        row = self.nav.currentRow()
        if row < 0 or row >= len(self._classes):
            return None
        return self.page(self._classes[row].page_id)

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
        if row < 0 or row >= len(self._classes) or self._locked:
            return
        page = self.page(self._classes[row].page_id)
        self.stack.setCurrentIndex(row)
        if self.remember:
            self.settings.last_page = page.page_id
        page.activate()

    # -- status bar, menus, shortcuts --------------------------------------------------------
    def _build_status_bar(self) -> None:
        from console.widgets.status_bar import ElidedLabel, StatusBar

        bar = StatusBar(self)
        self.setStatusBar(bar)
        self.db_label = ElidedLabel(Qt.TextElideMode.ElideMiddle)
        self.db_label.setObjectName("statusDatabase")
        self.db_label.setMaximumWidth(360)
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.state_label = QLabel(self.tr("connecting…"))
        self.state_label.setObjectName("statusConnection")
        for widget in (self.db_label, self.user_label, self.state_label):
            bar.add_text(widget)
        self._update_user_label()

    def _update_user_label(self) -> None:
        actor = self._session.actor if self._session is not None else None
        if actor is None:
            self.user_label.setText(self.tr("not signed in"))
            return
        roles = {
            "super_admin": self.tr("super admin"),
            "platform_admin": self.tr("platform admin"),
            "support": self.tr("support"),
            "operator": self.tr("operator"),
        }
        self.user_label.setText(
            self.tr("{user} ({role})").format(
                user=actor.username, role=roles.get(actor.role.value, actor.role.value)
            )
        )

    def _connection_state(self, state: str) -> None:
        if state == "live":
            self.state_label.setText(self.tr("connected · live updates"))
            self.state_label.setStyleSheet("")
        elif state.startswith("lost"):
            self.state_label.setText(self.tr("connection lost: {reason}").format(reason=state[5:].strip()))
            self.state_label.setStyleSheet(text_style("error"))

    def _build_menus(self) -> None:
        menu = self.menuBar()
        account = menu.addMenu(self.tr("&Account"))
        self.change_password_action = account.addAction(self.tr("Change my password…"))
        self.change_password_action.triggered.connect(lambda: spawn(self.change_password(), self))
        self.lock_action = account.addAction(self.tr("Lock now"))
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
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
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

        help_menu = menu.addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("About Platform Console…"))
        self.about_action.triggered.connect(self.about)
        self._enable_session_actions(False)

    def _enable_session_actions(self, signed_in: bool) -> None:
        """Menu actions that need a signed-in user (and, for the password and lock, a real one)."""
        actor = self._session.actor if signed_in and self._session is not None else None
        for action in (self.change_password_action, self.lock_action):
            action.setEnabled(actor is not None and actor.user_id is not None)
        for action in (self.sign_out_action, self.palette_action, self.reload_action):
            action.setEnabled(signed_in)
        for action in self.key_actions.values():
            action.setVisible(False)
        if actor is not None and self._session is not None:  # (the keys module needs the library)
            from console.dialogs.keys import KEYS

            for spec in KEYS:  # offered to the roles that may set them (an error offers it to others)
                self.key_actions[spec.name].setVisible(self._session.can_write(spec.permission))

    def _build_shortcuts(self) -> None:
        self._shortcuts = []
        for i in range(min(9, len(self._classes))):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(lambda row=i: self.nav.setCurrentRow(row))
            self._shortcuts.append(shortcut)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        self._shortcuts.append(find)

    def focus_search(self) -> bool:
        page = self.current_page()
        return bool(page and page.focus_search())

    def _reload_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.reload()

    def set_theme(self, mode: str) -> None:
        from console.widgets.theme import apply_theme

        self.settings.theme = mode
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, mode)

    # -- command palette ------------------------------------------------------------------------
    def palette_commands(self) -> list[tuple[str, Callable[[], Any]]]:
        go = self.tr("Go to: {page}")
        commands: list[tuple[str, Callable[[], Any]]] = []
        for i, cls in enumerate(self._classes):
            commands.append((go.format(page=self._page_title(cls)), lambda r=i: self.nav.setCurrentRow(r)))
        for i, cls in enumerate(self._classes):
            title = self._page_title(cls)
            built = self._pages.get(cls.page_id)
            if built is not None:  # its live actions, as they are now
                for action in built.commands():
                    if action.isVisible() and action.isEnabled():
                        commands.append(
                            (
                                f"{title}: {action.text().replace('&', '')}",
                                lambda r=i, a=action: (self.nav.setCurrentRow(r), a.trigger()),
                            )
                        )
            elif isinstance(cls, PageSpec):  # not built: what it declares (building it is not free)
                for command in cls.commands:
                    if command.permission is None or self.session.can_write(command.permission):
                        label = QCoreApplication.translate("PageCommands", command.label)
                        commands.append(
                            (f"{title}: {label}", lambda r=i, c=command: self.run_page_command(r, c))
                        )
        for action in (
            self.reload_action,
            self.change_password_action,
            self.lock_action,
            self.sign_out_action,
            *self.theme_actions.values(),
            self.about_action,
            self.quit_action,
        ):
            if action.isEnabled():
                commands.append((action.text().replace("&", "").rstrip("…"), action.trigger))
        return commands

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
        palette = CommandPalette(self.palette_commands(), self)
        palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        geometry = self.geometry()
        palette.move(geometry.center().x() - palette.width() // 2, geometry.top() + 80)
        palette.open()
        palette.edit.setFocus()
        return palette

    # -- account -----------------------------------------------------------------------------------
    async def change_password(self) -> bool:
        from console.dialogs.signin import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        result = await dialog_result(dialog)
        if result == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Your password was changed."), 8000)
            return True
        return False

    def about(self) -> QMessageBox:
        import console
        from console.logs import log_file

        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(self.tr("About Platform Console"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr(
                "<b>Platform Console</b> {version}<br>Administration console of the modular commerce "
                "platform.<br><br>Database: {db}<br>Log file: <code>{log}</code>"
            ).format(version=console.__version__, db=self.db_label.text(), log=str(log_file()))
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        return box

    async def open_key(self, name: str) -> QDialog:
        from console.dialogs.keys import KEYS, open_key_dialog

        spec = next(k for k in KEYS if k.name == name)
        return await open_key_dialog(spec, self.session, self)

    def keys_changed(self, name: str) -> None:
        """A key was stored in the keyring: pages that hold a gateway rebuild it; say so."""
        for page in self._pages.values():
            page.keys_changed(name)
        self.statusBar().showMessage(
            self.tr("The key is kept in this computer's keyring. Try again what needed it."), 10000
        )

    def sign_out(self) -> None:
        self.sign_out_requested.emit()

    # -- idle lock ----------------------------------------------------------------------------------
    def idle_seconds(self) -> float:
        return time.monotonic() - self._activity.last

    def _check_idle(self) -> None:
        if self._locked or self.idle_minutes <= 0:
            return
        if self.idle_seconds() >= self.idle_minutes * 60:
            spawn(self.lock(idle=True), self)

    @property
    def locked(self) -> bool:
        return self._locked

    async def lock(self, *, idle: bool = False) -> bool:
        """Hide the pages and ask for the password again; False when the user signed out instead.

        ``idle``: locked because nobody used the console for :attr:`idle_minutes` (else by hand)."""
        actor = self._session.actor if self._session is not None else None
        if self._locked or actor is None or actor.user_id is None:
            return True
        from console.dialogs.signin import SignInDialog

        self._locked = True
        previous = self.stack.currentIndex()
        self.stack.setCurrentWidget(self._locked_cover)
        self.nav.setEnabled(False)
        self.menuBar().setEnabled(False)
        dialog = SignInDialog(
            self.session,
            self,
            locked_user=actor.username,
            idle_minutes=self.idle_minutes if idle else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._lock_dialog = dialog
        unlocked = await dialog_outcome(dialog, lambda d: d.actor)
        self._lock_dialog = None
        if unlocked is None:
            self._locked = False
            self.sign_out()
            return False
        self.session.actor = unlocked
        self._locked = False
        self._activity.last = time.monotonic()
        self.nav.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.stack.setCurrentIndex(previous)
        self._update_user_label()
        for page in self._pages.values():
            page.session_changed()
        return True

    @property
    def lock_dialog(self) -> QDialog | None:
        return self._lock_dialog

    # -- changes from elsewhere ----------------------------------------------------------------------
    def _database_changed(self) -> None:
        if self._locked:
            return
        for page in self._pages.values():
            page.database_changed()

    async def refresh_actor(self) -> None:
        """Re-read the signed-in actor (an admin may have changed the role or the platforms)."""
        from core.errors import PlatformError

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
        self._idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._activity)
        if self.watcher is not None:
            self.watcher.stop()
        for page in self._pages.values():
            page.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember:
            self.settings.geometry = self.saveGeometry()
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
