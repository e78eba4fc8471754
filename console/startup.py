"""The console's start-up sequence and the window's lifetime (:class:`Console`), on qasync's loop.

:func:`console.app.main` creates the QApplication and runs :meth:`Console.run`. The main window is
shown first, with its start panel, and painted before anything heavy happens; then, off the GUI
thread, the library is imported (:func:`console.app.load_library`) and the database opened (and
migrated, seeded), someone signs in and the window is attached to that session.

Imports inside functions here are the library's (SQLAlchemy, pydantic, the services, the dialogs
that use them), loaded after the first paint, or what only some runs need; each says which.
Dialogs are opened with ``open()`` and awaited; nothing calls ``exec()`` on a dialog.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from console.app import load_library, tune_gc
from console.asyncutil import dialog_result, run_sync, settle, signal_future, spawn, threadsafe
from console.main_window import MainWindow, wait_closed
from console.startup_trace import mark
from console.store.settings import AppSettings
from core.errors import PlatformError

if TYPE_CHECKING:
    from console.dialogs.signin import FirstRunWizard, SignInDialog
    from console.session import ConsoleSession
    from console.store.profiles import ConnectionProfile, ProfileStore
    from core.actor import Actor
    from core.services.migration_runs import InterruptedRun

log = logging.getLogger("console")
PRELOAD_DELAY_MS = 300  # after the sign-in dialog is up: its first paint comes first


class Console:
    """The start-up sequence and the window's lifetime, as one coroutine.

    The main window is shown first, with its start panel, and painted before anything heavy
    happens; then, off the GUI thread, the library is imported and the database opened (and
    migrated, seeded), someone signs in and the window is attached to that session.
    """

    def __init__(self, args: argparse.Namespace, app: QApplication) -> None:
        self.args = args
        self.app = app
        self.settings = AppSettings()
        self._profiles: ProfileStore | None = None
        self.window: MainWindow | None = None
        self.session: ConsoleSession | None = None
        self._gc_tuned = False
        self._interrupted: InterruptedRun | None = None  # a migration run killed half-way, noticed at start
        self.exit_code = 0  # when the start-up ends without a session (quit, bad configuration)

    @property
    def profiles(self) -> ProfileStore:
        """The connection profiles (imported on first use: they need the library)."""
        if self._profiles is None:
            from console.store.profiles import ProfileStore  # lazy: the library, after the first paint

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
        window = self._open_window()
        mark("window built")
        closed = signal_future(window.closed)  # connected now: a close at any moment counts
        painted = first_paint(window)
        window.show()
        if self.args.exit_after_paint:
            print(f"first-paint {await painted:.6f}", flush=True)
            mark("first paint")
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
            await settle(timeout=5)  # let running service calls finish before the loop closes
            if self.session is not None:
                self.session.close()

    def _open_window(self) -> MainWindow:
        window = MainWindow(None, self.settings, remember=not self.args.screenshot)
        window.show_start(QCoreApplication.translate("Console", "Opening the database…"))
        if self.args.screenshot:
            window.resize(1280, 800)
        self.window = window
        return window

    async def _start(self, window: MainWindow) -> int:
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

    async def _signed_in_loop(self, window: MainWindow, session: ConsoleSession) -> int:
        while True:
            if session.actor is None:
                window.show_start(QCoreApplication.translate("Console", "Signing in…"))
                if not await self._sign_in(session):
                    return 0
            ready = first_paint(window)
            window.hold_background()  # until the first page has loaded (_after_sign_in)
            mark("attach")
            window.attach(session, page=self.args.page)
            mark("attached")
            self.args.page = None
            if self.args.screenshot:
                return await self._screenshot(window, Path(self.args.screenshot))
            if self.args.exit_after_paint:
                await ready
                mark("attached window painted")
                await window.ready()
                mark("page loaded")
                repainted = first_paint(window)  # the loaded page on screen: one more paint pass
                window.update()
                await repainted
                print(f"ready {time.monotonic():.6f}", flush=True)
                return 0
            spawn(self._after_sign_in(session, window))
            how = await wait_closed(window)
            if how != "sign-out":
                return 0
            window.detach()
            session.actor = None

    async def _after_sign_in(self, session: ConsoleSession, window: MainWindow) -> None:
        """Background start-up work that nothing on screen waits for: once the first page has
        loaded (the payments service's import and its gateways would compete with it)."""
        from console.startup_steps import resolve_pending_refunds  # lazy: the library, after the first paint

        self._tune_gc()
        try:
            with contextlib.suppress(TimeoutError):  # a slow page: its load goes on meanwhile
                await asyncio.wait_for(window.ready(), timeout=10)
        finally:
            window.release_background()  # pure Python: also once the window is gone
        if session.actor is None or self.session is not session:
            return  # signed out meanwhile
        if self._interrupted is not None and session.can("migrations.view") and self.window:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Console", "A migration run did not finish: the Migrations page says what to do."
                ),
                30_000,
            )
        if not session.read_only and session.can("payments.refund"):
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
    def _profile(self) -> ConnectionProfile:
        from console.store.profiles import (  # lazy: the library, after the first paint
            demo_profile,
            profile_from_url,
        )

        if self.args.demo:
            return demo_profile()
        if self.args.db:
            return profile_from_url("--db", self.args.db)
        name = self.args.profile or self.settings.last_profile
        profile = self.profiles.get(name) if name else None
        if profile is None and self.args.profile:
            log.warning("no connection profile %r; using the default", self.args.profile)
        return profile or self.profiles.default()

    async def _connect(self) -> ConsoleSession | Literal["offline"] | None:
        """A ConsoleSession, "offline", or None (quit)."""
        # Off the GUI thread; the console's modules imported next (here, on the GUI thread: they
        # use PySide6) then find the library loaded.
        await run_sync(load_library)
        mark("library loaded")
        from console.session import ConsoleSession, open_database  # lazy: the library, after the first paint

        if not await self._settings_usable():
            return None
        mark("settings read")
        profile = self._profile()
        self.window.set_database_text(profile.describe())
        while True:
            try:  # off the GUI thread: the password from the keyring, then the connection
                database = await run_sync(lambda p=profile: open_database(self.profiles.url(p)))
            except PlatformError as exc:
                if self.unattended:
                    log.error("cannot open the database: %s", exc.message)
                    raise
                from console.dialogs.connection import ProfileDialog, UnreachableDialog  # lazy: on failure
                from console.dialogs.error_text import error_message

                dialog = UnreachableDialog(profile, error_message(exc), self.window)
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
            mark("database open")
            self.window.set_database_text(database.display_url(), connected=True)
            return ConsoleSession(database, profile_name=profile.name, demo=bool(self.args.demo))

    async def _settings_usable(self) -> bool:
        """Read the settings (environment and config file) once; a bad one is a dialog, exit 2."""
        from core.settings import ConfigError, get_settings  # lazy: the library, after the first paint

        try:
            await run_sync(get_settings)
        except ConfigError as exc:
            self.exit_code = exc.exit_code
            if self.unattended:
                log.error("%s", exc.message)
                return False
            from console.dialogs.error_text import error_message, field_lines
            from console.dialogs.errors import ErrorDialog  # lazy: on a bad configuration only

            text, fields = error_message(exc), "\n".join(field_lines(exc.details))
            dialog = ErrorDialog(
                QCoreApplication.translate("Console", "Invalid configuration"),
                text,
                exc.code,
                fields,
                parent=self.window,
            )
            await dialog_result(dialog)
            return False
        return True

    async def _prepare(self, session: ConsoleSession) -> bool:
        """Migrate an empty database (and seed the demo one); first-run wizard; newer schema: read-only."""
        from console.startup_steps import (  # lazy: the library, after the first paint
            first_run_upgrade,
            opening_state,
            seed_demo,
        )

        opened = await run_sync(opening_state, session.db, session.auth.has_users)
        state, self._interrupted, has_users = opened
        mark("schema, interrupted run and users checked")
        if state["newer"]:
            session.read_only = True
            session.read_only_reason = QCoreApplication.translate(
                "Console",
                "This database was migrated by a newer release ({revisions}); it is open read-only. "
                "Nothing is migrated down behind your back.",
            ).format(revisions=", ".join(state["unknown"]))
        needs_seed = session.demo and not has_users
        migrated = 0
        if (state["empty"] or (not has_users and state["pending"])) and not state["newer"]:
            from console.dialogs.migrations import RunProgressDialog  # lazy: a first run only

            progress = RunProgressDialog(
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
            cancelled: PlatformError | None = None
            try:
                result = await run_sync(first_run_upgrade, session.db, report, progress.cancel_requested)
                progress.run_ended()
                migrated = len(result.applied)
                if needs_seed:
                    progress.step(QCoreApplication.translate("Console", "Filling the demo database…"), 0, 0)
                    await run_sync(seed_demo, session.db)
                    has_users = True
            except PlatformError as exc:
                if exc.code != "migrations.cancelled":
                    raise
                cancelled = exc
            finally:
                progress.run_ended()
                progress.close()
                progress.deleteLater()
            if cancelled is not None:  # the progress closed first: what was kept, in its own dialog
                await self._first_run_cancelled(cancelled, session)
                return False
        elif needs_seed:
            await run_sync(seed_demo, session.db)
            has_users = True
        if has_users:
            return True
        if self.unattended:
            raise SystemExit("the database has no admin user; --screenshot needs --demo or a signed-in user")
        from console.dialogs.signin import FirstRunWizard  # lazy: a database without users only

        wizard = FirstRunWizard(session, self.window, migrated=migrated)
        return await self._actor_from(wizard, session) is not None

    async def _first_run_cancelled(self, exc: PlatformError, session: ConsoleSession) -> None:
        """Say what the cancelled first run kept; restore the copy taken before it if asked."""
        from console.dialogs.errors import report  # lazy: after a cancel only
        from console.dialogs.migrations import CancelledRunDialog, accepted  # lazy: after a cancel only
        from console.models.migration_texts import cancelled_lines  # lazy: after a cancel only
        from console.startup_steps import restore_first_run_backup  # lazy: the library, after the first paint

        details = exc.details if isinstance(exc.details, dict) else {}
        backup = details.get("backup")
        lines = cancelled_lines(details, backup)
        if self.unattended:
            log.error("%s", exc.message)
            return
        dialog = CancelledRunDialog(lines, backup, self.window)
        if accepted(await dialog_result(dialog)) and backup:
            try:
                await run_sync(restore_first_run_backup, session.db, Path(backup))
            except PlatformError as error:  # said; the copy stays for `platformctl migrate restore`
                report(error, self.window)
        dialog.deleteLater()

    async def _sign_in(self, session: ConsoleSession) -> bool:
        from core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD  # lazy: the library, after the first paint

        if self.unattended and session.demo:
            signing_in = asyncio.ensure_future(
                run_sync(session.auth.authenticate, DEMO_ACCOUNTS[0].username, DEMO_PASSWORD)
            )
            await asyncio.sleep(0)  # the task's first step hands the call to a worker
            mark("sign-in started")
            self._preload_first_page(session)  # meanwhile: argon2 releases the GIL
            mark("first page preloaded")
            session.actor = await signing_in
            mark("signed in")
            return True
        from console.dialogs.signin import SignInDialog  # lazy: the library; not when signed in unattended

        self.window.show_start(QCoreApplication.translate("Console", "Sign in to continue."), busy=False)
        dialog = SignInDialog(
            session,
            self.window,
            demo_accounts=DEMO_ACCOUNTS if session.demo else (),
            last_username=self.settings.last_username,
        )
        QTimer.singleShot(PRELOAD_DELAY_MS, lambda: self._preload_first_page(session))  # while typing
        actor = await self._actor_from(dialog, session)
        if actor is None:
            return False
        self.settings.last_username = actor.username
        return True

    def _preload_first_page(self, session: ConsoleSession) -> None:
        """Import the module of the page the window will show first (its widgets, models and
        dialogs) and build that page if it allows it (:meth:`MainWindow.prebuild`), here on the
        GUI thread as Qt code must be, while the sign-in waits for argon2 or for the person:
        once signed in the window only attaches it and its data loads."""
        from console.pages.registry import PAGES

        wanted = self.args.page or self.settings.last_page
        entry = next((e for e in PAGES if e.page_id == wanted), PAGES[0])
        try:
            entry.load()
            if self.window is not None and session.actor is None:
                self.window.prebuild(session, entry)
        except Exception:  # the window reports it when it shows the page
            log.debug("preloading the %s page failed", entry.page_id, exc_info=True)

    async def _actor_from(
        self, dialog: FirstRunWizard | SignInDialog, session: ConsoleSession
    ) -> Actor | None:
        """Wait for ``dialog`` (the first-run wizard, the sign-in), then sign its actor in to ``session``."""
        result = await dialog_result(dialog)
        actor = dialog.actor
        dialog.deleteLater()
        if not result or actor is None:
            return None
        session.actor = actor
        return actor

    async def _offline(self) -> int:
        """No database (or --offline): the health page with its local history and local checks."""
        from console.pages.health import run_offline  # lazy: numpy, httpx, pyqtgraph; offline only

        self._tune_gc()
        return await run_offline(
            screenshot=self.args.screenshot,
            qsettings=self.settings.qs,
            profile=self.settings.last_profile,
        )

    async def _screenshot(self, window: MainWindow, path: Path) -> int:
        try:
            await asyncio.wait_for(window.ready(), timeout=30)
        except TimeoutError:
            log.warning("the page did not finish loading in 30 s; taking the screenshot anyway")
        window.release_background()
        await asyncio.sleep(0.3)  # let pending repaints and lazy rows settle
        self.app.processEvents()
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(path), "PNG")
        if not ok:
            log.error("could not write %s", path)
        return 0 if ok else 1


def first_paint(widget: QObject) -> asyncio.Future[float]:
    """A future resolved with ``time.monotonic()`` once ``widget``'s first paint pass is done.

    An event filter sees the first ``QEvent.Paint`` of ``widget`` (call this before ``show()``);
    a zero-delay single-shot timer posted from there fires after that repaint pass (the widget and
    its children) has been processed.
    """
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
