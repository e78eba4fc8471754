"""``platform-console``: QApplication + qasync, start-up (connect, migrate, sign in), shutdown.

The asyncio loop is qasync's, started with ``asyncio.Runner(loop_factory=...)`` (Python 3.11
has no ``loop_factory`` for ``asyncio.run``). Dialogs are opened with ``open()`` and awaited;
nothing calls ``exec()`` on a dialog. Errors from async slots reach :func:`sys.excepthook`,
which logs them and shows a non-modal dialog: the application keeps running.

Start-up benchmark hook (hidden from ``--help``): ``--exit-after-paint`` makes the app leave
right after the main window's first paint, and print ``first-paint <time.monotonic()>`` on
stdout. "Painted" means: the first ``QEvent.Paint`` delivered to the main window has been
processed, together with the rest of that repaint pass (its children), i.e. a zero-delay
single-shot timer posted from the paint event has fired. With ``--demo`` it signs in the demo
super admin automatically, as ``--screenshot`` does (the argon2 verification is real). The
start-up benchmark (``tests/benchmarks/bench_console.py``) compares it with a bare PySide6
process showing an empty ``QMainWindow`` measured the same way.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from console.pages.registry import PAGE_IDS

log = logging.getLogger("console")

PAGES = PAGE_IDS  # the registry's, in navigation order: the choices of --page
DEMO_SPEC = {"platforms": 25, "merchants": 40, "stores": 200, "orders": 400}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="platform-console",
        description="Platform Console, the desktop administration console of the modular commerce platform.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open (and on first use create) a separate demo "
        "database in the data directory, with demo accounts; never the configured database",
    )
    parser.add_argument("--db", metavar="URL", help="database URL (instead of a connection profile)")
    parser.add_argument(
        "--profile", metavar="NAME", help="connection profile to open (default: the last one)"
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        help="render the main window to a PNG file and exit "
        "(offscreen works; with --demo signed in as the demo super admin)",
    )
    parser.add_argument(
        "--page",
        metavar="NAME",
        choices=PAGES,
        help=f"page to show first, if the signed-in role may see it: {', '.join(PAGES)}",
    )
    parser.add_argument("--offline", action="store_true", help="start in offline mode, without a database")
    # Benchmarks only (see the module docstring): leave right after the main window's first paint.
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--log-level", default=None, choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    return parser


class Console:
    """The start-up sequence and the window's lifetime, as one coroutine.

    The main window is shown first, with its start panel, and painted before anything heavy
    happens; then, off the GUI thread, the library is imported and the database opened (and
    migrated, seeded), someone signs in and the window is attached to that session.
    """

    def __init__(self, args: argparse.Namespace, app: Any) -> None:
        from console.store.settings import AppSettings

        self.args = args
        self.app = app
        self.settings = AppSettings()
        self._profiles: Any = None
        self.window: Any = None
        self.session: Any = None
        self._gc_tuned = False
        self._interrupted: Any = None  # a migration run killed half-way, noticed at start
        self.exit_code = 0  # when the start-up ends without a session (quit, bad configuration)

    @property
    def profiles(self) -> Any:
        """The connection profiles (imported on first use: they need the library)."""
        if self._profiles is None:
            from console.store.profiles import ProfileStore

            self._profiles = ProfileStore(self.settings.qs)
        return self._profiles

    @property
    def unattended(self) -> bool:
        """No one at the screen: no dialogs; with --demo the demo super admin is signed in."""
        return bool(self.args.screenshot or self.args.exit_after_paint)

    # -- the whole run ---------------------------------------------------------------------------
    async def run(self) -> int:
        if self.args.offline:
            return await self._offline()
        from console.asyncutil import signal_future

        window = self._open_window()
        closed = signal_future(window.closed)  # connected now: a close at any moment counts
        painted = first_paint(window)
        window.show()
        if self.args.exit_after_paint:
            print(f"first-paint {await painted:.6f}", flush=True)
        else:
            # Nothing heavy until the window is on screen (a minimized one may never paint).
            await asyncio.wait({painted, closed}, timeout=1.0, return_when=asyncio.FIRST_COMPLETED)
        start = asyncio.ensure_future(self._start(window))
        try:
            await asyncio.wait({closed, start}, return_when=asyncio.FIRST_COMPLETED)
            if not start.done():  # the window was closed during the start-up (or is closing now)
                await asyncio.wait({start}, timeout=0.5)
                start.cancel()
                await asyncio.gather(start, return_exceptions=True)
                return 0
            return start.result()
        finally:
            closed.cancel()
            self._close_window()
            from console.asyncutil import settle

            await settle(timeout=5)  # let running service calls finish before the loop closes
            if self.session is not None:
                self.session.close()

    def _open_window(self) -> Any:
        from console.main_window import MainWindow

        window = MainWindow(None, self.settings, remember=not self.args.screenshot)
        window.show_start(_tr("Opening the database…"))
        if self.args.screenshot:
            window.resize(1280, 800)
        self.window = window
        return window

    async def _start(self, window: Any) -> int:
        target = await self._connect()
        if target is None:
            return self.exit_code
        if target == "offline":
            self._close_window()
            return await self._offline()
        self.session = target
        if not await self._prepare(self.session):
            return 0
        return await self._signed_in_loop(window, self.session)

    async def _signed_in_loop(self, window: Any, session: Any) -> int:
        from console.asyncutil import spawn
        from console.main_window import wait_closed

        while True:
            if session.actor is None:
                window.show_start(_tr("Signing in…"))
                if not await self._sign_in(session):
                    return 0
            ready = first_paint(window)
            window.attach(session, page=self.args.page)
            self.args.page = None
            if self.args.screenshot:
                return await self._screenshot(window, Path(self.args.screenshot))
            if self.args.exit_after_paint:
                await ready
                await window.ready()
                print(f"ready {time.monotonic():.6f}", flush=True)
                return 0
            spawn(self._after_sign_in(session))
            how = await wait_closed(window)
            if how != "sign-out":
                return 0
            window.detach()
            session.actor = None

    async def _after_sign_in(self, session: Any) -> None:
        """Background start-up work that nothing on screen waits for."""
        from console.asyncutil import run_sync

        self._tune_gc()
        if self._interrupted is not None and session.actor.can("migrations.view") and self.window:
            self.window.statusBar().showMessage(
                _tr("A migration run did not finish: the Migrations page says what to do."), 30_000
            )
        if not session.read_only and session.actor.can("payments.refund"):
            await run_sync(resolve_pending_refunds, session.db, session.actor)

    def _tune_gc(self) -> None:
        if not self._gc_tuned:
            self._gc_tuned = True
            tune_gc()

    def _close_window(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            window.shutdown()
            window.close()
            window.deleteLater()

    # -- connecting ------------------------------------------------------------------------------
    def _profile(self) -> Any:
        from console.store.profiles import demo_profile, profile_from_url

        if self.args.demo:
            return demo_profile()
        if self.args.db:
            return profile_from_url("--db", self.args.db)
        name = self.args.profile or self.settings.last_profile
        profile = self.profiles.get(name) if name else None
        if profile is None and self.args.profile:
            log.warning("no connection profile %r; using the default", self.args.profile)
        return profile or self.profiles.default()

    async def _connect(self) -> Any:
        """A ConsoleSession, "offline", or None (quit)."""
        from console.asyncutil import dialog_result, run_sync

        # Off the GUI thread; the console's modules imported next (here, on the GUI thread: they
        # use PySide6) then find the library loaded.
        await run_sync(load_library)
        from console.session import ConsoleSession, open_database
        from core.errors import PlatformError

        if not await self._settings_usable():
            return None
        profile = self._profile()
        self.window.set_database_text(profile.describe())
        while True:
            try:  # off the GUI thread: the password from the keyring, then the connection
                database = await run_sync(lambda p=profile: open_database(self.profiles.url(p)))
            except PlatformError as exc:
                if self.unattended:
                    log.error("cannot open the database: %s", exc.message)
                    raise
                from console.dialogs.connection import ProfileDialog, UnreachableDialog

                dialog = UnreachableDialog(profile, exc.message, self.window)
                choice = await dialog_result(dialog)
                dialog.deleteLater()
                if choice == UnreachableDialog.RETRY:
                    continue
                if choice == UnreachableDialog.OFFLINE:
                    return "offline"
                if choice == UnreachableDialog.EDIT:
                    editor = ProfileDialog(self.profiles, profile.name, self.window)
                    accepted = await dialog_result(editor)
                    if accepted and editor.chosen is not None:
                        profile = editor.chosen
                    editor.deleteLater()
                    continue
                return None
            if not (self.args.demo or self.args.db):
                self.settings.last_profile = profile.name
            self.window.set_database_text(database.display_url(), connected=True)
            return ConsoleSession(database, profile_name=profile.name, demo=bool(self.args.demo))

    async def _settings_usable(self) -> bool:
        """Read the settings (environment and config file) once; a bad one is a dialog, exit 2."""
        from console.asyncutil import dialog_result, run_sync
        from core.settings import ConfigError, get_settings

        try:
            await run_sync(get_settings)
        except ConfigError as exc:
            self.exit_code = exc.exit_code
            if self.unattended:
                log.error("%s", exc.message)
                return False
            from console.dialogs.errors import ErrorDialog

            dialog = ErrorDialog(_tr("Invalid configuration"), exc.message, exc.code, parent=self.window)
            await dialog_result(dialog)
            return False
        return True

    async def _prepare(self, session: Any) -> bool:
        """Migrate an empty database (and seed the demo one); first-run wizard; newer schema: read-only."""
        from PySide6.QtCore import QCoreApplication

        from console.asyncutil import dialog_result, run_sync, threadsafe

        state = await run_sync(schema_state, session.db)
        self._interrupted = await run_sync(notice_interrupted_run, session.db)
        if state["newer"]:
            session.read_only = True
            session.read_only_reason = QCoreApplication.translate(
                "Console",
                "This database was migrated by a newer release ({revisions}); it is open read-only. "
                "Nothing is migrated down behind your back.",
            ).format(revisions=", ".join(state["unknown"]))
        has_users = False if state["empty"] else await run_sync(session.auth.has_users)
        needs_seed = session.demo and not has_users
        migrated = 0
        if (state["empty"] or (not has_users and state["pending"])) and not state["newer"]:
            from console.dialogs.connection import MigrationProgressDialog

            progress = MigrationProgressDialog(
                QCoreApplication.translate("Console", "Preparing the database"), self.window
            )
            progress.open()
            report = threadsafe(
                lambda step, i, n: progress.step(
                    QCoreApplication.translate(
                        "Console", "Migrating {revision}: {message} ({index}/{total})"
                    ).format(revision=step.revision, message=step.message, index=i, total=n),
                    i,
                    n,
                )
            )
            try:
                result = await run_sync(first_run_upgrade, session.db, report)
                migrated = len(result.applied)
                if needs_seed:
                    progress.step(QCoreApplication.translate("Console", "Filling the demo database…"), 0, 0)
                    await run_sync(seed_demo, session.db)
                    has_users = True
            finally:
                progress.close()
                progress.deleteLater()
        elif needs_seed:
            await run_sync(seed_demo, session.db)
            has_users = True
        if has_users:
            return True
        if self.unattended:
            raise SystemExit("the database has no admin user; --screenshot needs --demo or a signed-in user")
        from console.dialogs.signin import FirstRunWizard

        wizard = FirstRunWizard(session, self.window, migrated=migrated)
        result = await dialog_result(wizard)
        actor = wizard.actor
        wizard.deleteLater()
        if not result or actor is None:
            return False
        session.actor = actor
        return True

    async def _sign_in(self, session: Any) -> bool:
        from console.asyncutil import dialog_result, run_sync
        from core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

        if self.unattended and session.demo:
            session.actor = await run_sync(
                session.auth.authenticate, DEMO_ACCOUNTS[0].username, DEMO_PASSWORD
            )
            return True
        from console.dialogs.signin import SignInDialog

        self.window.show_start(_tr("Sign in to continue."), busy=False)
        dialog = SignInDialog(
            session,
            self.window,
            demo_accounts=DEMO_ACCOUNTS if session.demo else (),
            last_username=self.settings.last_username,
        )
        result = await dialog_result(dialog)
        actor = dialog.actor
        dialog.deleteLater()
        if not result or actor is None:
            return False
        session.actor = actor
        self.settings.last_username = actor.username
        return True

    async def _offline(self) -> int:
        """No database (or --offline): the health page with its local history and local checks."""
        from console.pages.health import run_offline

        self._tune_gc()
        return await run_offline(
            screenshot=self.args.screenshot,
            qsettings=self.settings.qs,
            profile=self.settings.last_profile,
        )

    async def _screenshot(self, window: Any, path: Path) -> int:
        try:
            await asyncio.wait_for(window.ready(), timeout=30)
        except TimeoutError:
            log.warning("the page did not finish loading in 30 s; taking the screenshot anyway")
        await asyncio.sleep(0.3)  # let pending repaints and lazy rows settle
        self.app.processEvents()
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(path), "PNG")
        if not ok:
            log.error("could not write %s", path)
        return 0 if ok else 1


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Console", text)


def first_paint(widget: Any) -> asyncio.Future[float]:
    """A future resolved with ``time.monotonic()`` once ``widget``'s first paint pass is done.

    An event filter sees the first ``QEvent.Paint`` of ``widget`` (call this before ``show()``);
    a zero-delay single-shot timer posted from there fires after that repaint pass (the widget and
    its children) has been processed.
    """
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    future: asyncio.Future[float] = asyncio.get_running_loop().create_future()

    class _PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not future.done():
                widget.removeEventFilter(self)
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        if not future.done():
            future.set_result(time.monotonic())

    watch = _PaintWatch(widget)
    widget.installEventFilter(watch)
    return future


def schema_state(db: Any) -> dict[str, Any]:
    """Is the schema empty, behind (pending revisions), or newer than this code (drift)?

    The common case, a database exactly at head, is answered without importing Alembic
    (:func:`core.schema_heads.at_head`); anything else asks :func:`core.migrations.status`.
    """
    from core.schema_heads import at_head

    if at_head(db):
        return {"empty": False, "pending": False, "newer": False, "unknown": []}
    from core import migrations

    branches = migrations.status(db)
    return {
        "empty": all(b.current is None for b in branches),
        "pending": any(b.pending for b in branches),
        "newer": any(b.drift for b in branches),
        "unknown": [rev for b in branches for rev in b.unknown],
    }


def notice_interrupted_run(db: Any) -> Any:
    """A migration run killed half-way (SQLite), audited the first time it is seen."""
    from core.services.migration_runs import notice_interrupted

    return notice_interrupted(db)


def first_run_upgrade(db: Any, progress: Any) -> Any:
    """Migrate an empty (or user-less) database to head; audited like any run.

    Whoever opened an empty database may migrate it (DESIGN.md, Roles): the actor is
    ``console:<operating-system user>``.
    """
    import getpass

    from core.actor import Actor
    from core.roles import Role
    from core.services.migration_service import MigrationService

    actor = Actor(name=f"console:{getpass.getuser()}", role=Role.SUPER_ADMIN)
    return MigrationService(db).run(actor, "heads", "upgrade", progress=progress)


def resolve_pending_refunds(db: Any, actor: Any) -> None:
    """Refunds a crash left pending are settled against their gateway at start-up."""
    from modules.payments.services import resolve_pending_on_startup

    resolve_pending_on_startup(db, actor)


def seed_demo(db: Any) -> None:
    """Fill the demo database; if an earlier run stopped after the data, only add the accounts."""
    from core.demo import SeedSpec, seed
    from core.services.platforms import PlatformService

    if PlatformService(db).count(_system_actor()):
        seed(db, SeedSpec(platforms=0, merchants=0, stores=0, orders=0, demo_accounts=True))
    else:
        seed(db, SeedSpec(**DEMO_SPEC, demo_accounts=True))


def _system_actor() -> Any:
    from core.actor import Actor

    return Actor.system("demo")


# The library the start-up runs (connect, schema check, sign-in, the first page's services). It is
# imported in a worker once the main window has painted (:func:`load_library`): the window comes
# up at about the cost of a bare Qt window, with its start panel saying what happens meanwhile.
# Only modules that do not touch PySide6 are imported off the GUI thread: PySide6 creates its
# classes lazily, on first use, and a class created in a worker while the GUI thread runs has
# crashed the process (seen with pyqtgraph imported in a worker). So the console's own modules
# (sessions, profiles, pages) are imported on the GUI thread, which is quick once these are loaded.
STARTUP_LIBRARY = (
    "sqlalchemy.orm",
    "core.db",
    "core.settings",
    "core.registry",
    "core.models",
    "core.schema_heads",
    "core.services.auth",
    "core.services.audit",
    "core.services.module_service",
    "core.services.platforms",
    "core.demo",
)


def load_library() -> None:
    """Import :data:`STARTUP_LIBRARY` and discover the modules (run off the GUI thread).

    Nothing imported from here may import PySide6 (see above): a test checks it.
    """
    import importlib

    for name in STARTUP_LIBRARY:
        importlib.import_module(name)
    from core.registry import default_registry

    default_registry()


# Python's cyclic garbage collector, tuned for a GUI. A collection holds the GIL for as long as it
# walks the objects of the generations it collects, whichever thread triggers it: while a worker
# allocates (a bulk apply builds its plan and rows), a full collection in that worker froze the GUI
# thread for 80-150 ms, walking the ~100,000 long-lived objects of the Qt bindings, SQLAlchemy,
# pydantic and the module registry. So, once the main window is up (or the offline window starts):
# * gc.freeze() moves every object alive then to the permanent generation, which collections never
#   walk again (reference counting still frees them; only a cycle among them would stay);
# * a larger first threshold makes the young collections (and the full ones that follow every
#   tenth older one) rarer: 700 allocations is tuned for small scripts, not a heap of this size.
# During the start-up itself (imports: ~100,000 new objects, almost no garbage) the thresholds are
# higher still: the default ones ran ~200 collections there, 60-70 ms of a start of ~0.8 s.
GC_THRESHOLDS = (10_000, 10, 10)
STARTUP_GC_THRESHOLDS = (50_000, 20, 100)


def tune_gc() -> None:
    """Freeze the start-up heap and raise the collector's first threshold (see above)."""
    import gc

    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


# -- Qt's X11 platform plugin ---------------------------------------------------------------------
# The Debian/Ubuntu packages of what PySide6's xcb plugin (plugins/platforms/libqxcb.so and
# lib/libQt6XcbQpa.so.6) links against beyond a minimal desktop (checked with ldd).
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def uses_xcb(environ: Any = os.environ) -> bool:
    """Will Qt pick its X11 (xcb) platform? Asked for, or its default on an X11 session."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(spec.submodule_search_locations[0]) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as ``not found``, in its order, once each."""
    missing = []
    for line in ldd_output.splitlines():
        name, arrow, target = line.strip().partition("=>")
        if arrow and target.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def xcb_problem(plugin: Path | None = None) -> str | None:
    """Why Qt's xcb plugin cannot load (the missing libraries and their packages), or ``None``.

    Loading the plugin here (what Qt does next anyway) is the quick test; only when that fails
    does ``ldd`` list every missing library, instead of Qt's message, which names another package.
    """
    import ctypes
    import subprocess

    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
        return None
    except OSError as exc:
        first_error = str(exc)
    try:
        output = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        output = ""
    missing = missing_libraries(output) or [first_error.partition(":")[0]]
    packages = [XCB_PACKAGES[name] for name in missing if name in XCB_PACKAGES]
    text = (
        "Qt cannot use the X11 display (its xcb platform plugin): these libraries are missing: "
        + ", ".join(missing)
        + "."
    )
    if packages:
        text += f" On Debian or Ubuntu: sudo apt install {' '.join(packages)}"
    return text


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
    """``sys.excepthook``: :func:`console.dialogs.errors.excepthook`, imported on the first error."""
    from console.dialogs.errors import excepthook

    excepthook(exc_type, exc, tb)


def _install_excepthook() -> Any:
    """Install the console's hook, which then hands the exception on to the hook it replaced
    (a test runner's, a crash reporter's); Python's default one only would print the traceback
    the console has already logged. Returns the replaced hook (restored when ``main()`` ends)."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        try:
            _excepthook(exc_type, exc, tb)
        finally:
            if previous is not sys.__excepthook__:
                previous(exc_type, exc, tb)

    sys.excepthook = hook
    return previous


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if (
        args.screenshot
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    if uses_xcb():
        problem = xcb_problem()
        if problem is not None:  # Qt would abort with a message blaming another package
            print(f"platform-console: {problem}", file=sys.stderr)
            return 2

    import gc

    gc.set_threshold(*STARTUP_GC_THRESHOLDS)  # until tune_gc() after the first paint
    from console.logs import setup_logging

    setup_logging(args.log_level)

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("platform-console")
    QCoreApplication.setApplicationName("platform-console")
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "platform-console"])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("Platform Console")
    app.setQuitOnLastWindowClosed(False)  # the start-up coroutine decides when to leave
    # After PySide6: qasync takes the binding already imported instead of probing for PyQt first.
    import qasync

    from console.store.settings import AppSettings
    from console.widgets.theme import apply_theme, icon

    apply_theme(app, AppSettings().theme)
    app_icon = icon("platform-console")
    if not app_icon.isNull():
        app.setWindowIcon(app_icon)
    previous_hook = _install_excepthook()
    console = Console(args, app)
    code = 1
    try:
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            code = runner.run(console.run())
    except SystemExit as exc:
        log.error("%s", exc)
        code = exc.code if isinstance(exc.code, int) else 2
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:
        from core.errors import PlatformError

        if isinstance(exc, PlatformError):
            log.error("%s: %s", exc.code, exc.message)
            code = exc.exit_code or 1
        else:
            log.exception("unexpected error at start-up")
            code = 1
    finally:
        from console.asyncutil import shutdown_executor

        shutdown_executor()
        sys.excepthook = previous_hook
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
