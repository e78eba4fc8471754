"""``platform-console``: QApplication + qasync, start-up (connect, migrate, sign in), shutdown.

The asyncio loop is qasync's, started with ``asyncio.Runner(loop_factory=...)`` (Python 3.11
has no ``loop_factory`` for ``asyncio.run``). Dialogs are opened with ``open()`` and awaited;
nothing calls ``exec()`` on a dialog. Errors from async slots reach :func:`sys.excepthook`,
which logs them and shows a non-modal dialog: the application keeps running.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

log = logging.getLogger("console")

PAGES = ("modules", "graph", "migrations", "health", "merchants", "stores", "payments", "audit", "users")
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
    parser.add_argument("--page", metavar="NAME", choices=PAGES, help="page to show first")
    parser.add_argument("--offline", action="store_true", help="start in offline mode, without a database")
    parser.add_argument("--log-level", default=None, choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    return parser


class Console:
    """The start-up sequence and the window's lifetime, as one coroutine."""

    def __init__(self, args: argparse.Namespace, app: Any) -> None:
        from console.store.profiles import ProfileStore
        from console.store.settings import AppSettings

        self.args = args
        self.app = app
        self.settings = AppSettings()
        self.profiles = ProfileStore(self.settings.qs)
        self.window: Any = None
        self.session: Any = None

    # -- the whole run ---------------------------------------------------------------------------
    async def run(self) -> int:
        from console.asyncutil import settle
        from console.session import ConsoleSession

        if self.args.offline:
            return await self._offline()
        target = await self._connect()
        if target is None:
            return 0
        if target == "offline":
            return await self._offline()
        session: ConsoleSession = target
        self.session = session
        try:
            if not await self._prepare(session):
                return 0
            return await self._signed_in_loop(session)
        finally:
            self._close_window()
            await settle(timeout=5)  # let running service calls finish before the loop closes
            session.close()

    async def _signed_in_loop(self, session: Any) -> int:
        from console.asyncutil import run_sync, spawn
        from console.main_window import MainWindow, wait_closed

        while True:
            if session.actor is None and not await self._sign_in(session):
                return 0
            if not session.read_only and not self.args.screenshot:
                spawn(run_sync(resolve_pending_refunds, session.db, session.actor))
            window = MainWindow(
                session, self.settings, remember=not self.args.screenshot, page=self.args.page
            )
            self.args.page = None
            self.window = window
            if self.args.screenshot:
                window.resize(1280, 800)
            window.show()
            if self.args.screenshot:
                return await self._screenshot(window, Path(self.args.screenshot))
            how = await wait_closed(window)
            self._close_window()
            if how != "sign-out":
                return 0
            session.actor = None

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
        from console.dialogs.connection import ProfileDialog, UnreachableDialog
        from console.session import ConsoleSession, open_database
        from core.errors import PlatformError

        profile = self._profile()
        while True:
            try:
                url = self.profiles.url(profile)
                database = await run_sync(open_database, url)
            except PlatformError as exc:
                if self.args.screenshot:
                    log.error("cannot open the database: %s", exc.message)
                    raise
                dialog = UnreachableDialog(profile, exc.message)
                choice = await dialog_result(dialog)
                dialog.deleteLater()
                if choice == UnreachableDialog.RETRY:
                    continue
                if choice == UnreachableDialog.OFFLINE:
                    return "offline"
                if choice == UnreachableDialog.EDIT:
                    editor = ProfileDialog(self.profiles, profile.name)
                    accepted = await dialog_result(editor)
                    if accepted and editor.chosen is not None:
                        profile = editor.chosen
                    editor.deleteLater()
                    continue
                return None
            if not (self.args.demo or self.args.db):
                self.settings.last_profile = profile.name
            return ConsoleSession(database, profile_name=profile.name, demo=bool(self.args.demo))

    async def _prepare(self, session: Any) -> bool:
        """Migrate an empty database (and seed the demo one); first-run wizard; newer schema: read-only."""
        from console.asyncutil import dialog_result, run_sync, threadsafe
        from console.dialogs.connection import MigrationProgressDialog
        from console.dialogs.signin import FirstRunWizard

        state = await run_sync(schema_state, session.db)
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
            progress = MigrationProgressDialog(
                QCoreApplication.translate("Console", "Preparing the database")
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
        if self.args.screenshot:
            raise SystemExit("the database has no admin user; --screenshot needs --demo or a signed-in user")
        wizard = FirstRunWizard(session, migrated=migrated)
        result = await dialog_result(wizard)
        actor = wizard.actor
        wizard.deleteLater()
        if not result or actor is None:
            return False
        session.actor = actor
        return True

    async def _sign_in(self, session: Any) -> bool:
        from console.asyncutil import dialog_result, run_sync
        from console.dialogs.signin import SignInDialog
        from core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

        if self.args.screenshot and session.demo:
            session.actor = await run_sync(
                session.auth.authenticate, DEMO_ACCOUNTS[0].username, DEMO_PASSWORD
            )
            return True
        dialog = SignInDialog(
            session,
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


def schema_state(db: Any) -> dict[str, Any]:
    """Is the schema empty, behind (pending revisions), or newer than this code (drift)?"""
    from core import migrations

    branches = migrations.status(db)
    return {
        "empty": all(b.current is None for b in branches),
        "pending": any(b.pending for b in branches),
        "newer": any(b.drift for b in branches),
        "unknown": [rev for b in branches for rev in b.unknown],
    }


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


def _install_excepthook() -> None:
    from console.dialogs.errors import excepthook

    sys.excepthook = excepthook


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if (
        args.screenshot
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from console.logs import setup_logging

    setup_logging(args.log_level)

    import qasync
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("platform-console")
    QCoreApplication.setApplicationName("platform-console")
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "platform-console"])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("Platform Console")
    app.setQuitOnLastWindowClosed(False)  # the start-up coroutine decides when to leave

    from console.store.settings import AppSettings
    from console.widgets.theme import apply_theme, icon

    apply_theme(app, AppSettings().theme)
    app_icon = icon("platform-console")
    if not app_icon.isNull():
        app.setWindowIcon(app_icon)
    previous_hook = sys.excepthook
    _install_excepthook()
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
