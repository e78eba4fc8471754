"""GUI tests: qasync's loop for async tests, a strict widget-leak check, demo databases, sessions.

* Async tests run on :class:`qasync.QEventLoop` through pytest-asyncio's
  ``pytest_asyncio_loop_factories(config, item)`` hook (pytest-asyncio >= 1.4; this conftest
  only answers for the items under ``tests/gui``). In an async test, await a future connected
  to a signal (:func:`console.asyncutil.signal_future`), never ``qtbot.waitSignal``.
* :func:`_no_leaked_windows` (autouse) fails a test that leaves a top-level widget alive.
* ``demo_db`` is a migrated database filled by ``core.demo.seed`` with the demo accounts (SQLite
  by default; ``demo_db_any`` also runs on PostgreSQL); ``session_for(role)`` signs in.
"""

from __future__ import annotations

import asyncio
import gc
import shutil
import sqlite3
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, SeedSpec

GUI_SPEC = SeedSpec(platforms=12, merchants=6, stores=20, orders=20, demo_accounts=True)
ROLE_USERS = {a.role: a.username for a in DEMO_ACCOUNTS}


def _app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(["platform-console-tests"])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # closing a test's window must not stop the loop
    return app


_LOOPS: list[weakref.ref[qasync.QEventLoop]] = []


def _new_loop() -> qasync.QEventLoop:
    loop = qasync.QEventLoop(_app())
    _LOOPS.append(weakref.ref(loop))
    return loop


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Callable[[], Any]]:
    """Every async test under tests/gui runs on qasync's loop (docs/architecture.md, Pitfalls)."""
    return {"qasync": _new_loop}


def _dispose_closed_loops() -> None:
    """Kill the Qt timers a closed qasync loop leaves behind, then free it here, in the main thread.

    qasync's ``close()`` only flags its timer object as stopped: a pending ``call_later`` (the
    timeout of an ``asyncio.wait_for``) stays registered with Qt. If the cyclic garbage collector
    later frees that object from another thread, Qt cannot unregister the timer and the next
    test crashes when it fires. Killing the timers and collecting now avoids both.
    """
    for ref in list(_LOOPS):
        loop = ref()
        if loop is None:
            _LOOPS.remove(ref)
            continue
        if not loop.is_closed():
            continue
        timer = getattr(loop, "_timer", None)
        callbacks = getattr(timer, "_SimpleTimer__callbacks", None)
        if timer is not None and callbacks is not None:
            for timer_id in list(callbacks):
                timer.killTimer(timer_id)
            callbacks.clear()
        _LOOPS.remove(ref)
    gc.collect()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Any:
    """After an async test's body, finish the console's leftover tasks on their (qasync) loop.

    pytest-qt processes Qt events right after the call; qasync would step leftover tasks from
    there, outside the running loop. Cancel and await them first, on the loop, not nested.
    """
    try:
        return (yield)
    finally:
        _drain_console_tasks()


def _drain_console_tasks() -> None:
    from console.asyncutil import busy, last_loop, pending_tasks, settle

    tasks = [t for t in pending_tasks() if not t.done()]
    loop = tasks[0].get_loop() if tasks else last_loop()
    if loop is None or loop.is_closed() or loop.is_running():
        return
    for _ in range(20):  # cancelling may start new tasks (a reset model asks for rows): repeat
        tasks = [t for t in pending_tasks() if not t.done()]
        if not tasks:
            break
        for task in tasks:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
    if busy():
        # A worker still running would post its result to this loop after it closed: wait for it.
        loop.run_until_complete(settle())


# -- widget leaks -----------------------------------------------------------------------------
_IGNORED = {"QTipLabel", "QComboBoxPrivateContainer", "QCompleter", "QCalendarPopup"}


def _flush_deletes() -> None:
    app = QApplication.instance()
    if app is None:
        return
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Strict: a test that leaves a top-level widget alive fails (close and delete what you open)."""
    qapp.setQuitOnLastWindowClosed(False)
    before = {id(w) for w in QApplication.topLevelWidgets()}
    yield
    _dispose_closed_loops()
    _flush_deletes()
    leaked: list[QWidget] = [
        w
        for w in QApplication.topLevelWidgets()
        if id(w) not in before
        and type(w).__name__ not in _IGNORED
        and w.metaObject().className() not in _IGNORED
    ]
    names = ", ".join(f"{type(w).__name__}({w.objectName() or w.windowTitle()!r})" for w in leaked)
    for w in leaked:
        w.close()
        w.deleteLater()
    _flush_deletes()
    if leaked:
        pytest.fail(f"leaked top-level widgets: {names}")


# -- databases --------------------------------------------------------------------------------
_SEEDED: dict[str, Path] = {}


def _seeded_sqlite_template(tmp_root: Path) -> Path:
    path = _SEEDED.get("sqlite")
    if path is None:
        from core.db import Database
        from core.demo import seed
        from tests.conftest import _sqlite_template

        path = tmp_root / "gui-demo-template.db"
        shutil.copyfile(_sqlite_template(), path)
        database = Database(f"sqlite:///{path}")
        seed(database, GUI_SPEC)
        database.dispose()
        with sqlite3.connect(path) as raw:  # fold the WAL into the file before copying it
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _SEEDED["sqlite"] = path
    return path


@pytest.fixture
def demo_db(tmp_path: Path, tmp_root: Path) -> Iterator[Any]:
    """A SQLite file at head, seeded with demo data and the demo accounts."""
    from core.db import Database

    target = tmp_path / "demo.db"
    shutil.copyfile(_seeded_sqlite_template(tmp_root), target)
    database = Database(f"sqlite:///{target}")
    yield database
    database.dispose()


@pytest.fixture
def demo_db_any(db: Any) -> Any:
    """The ``db`` fixture (SQLite or PostgreSQL, at head, empty) seeded like ``demo_db``."""
    from core.demo import seed

    seed(db, GUI_SPEC)
    return db


@pytest.fixture
def session_for(demo_db: Any) -> Callable[..., Any]:
    return _session_factory(demo_db)


@pytest.fixture
def session_any(demo_db_any: Any) -> Callable[..., Any]:
    return _session_factory(demo_db_any)


def _session_factory(database: Any) -> Callable[..., Any]:
    from console.session import ConsoleSession
    from core.services.auth import AuthService

    def make(role: str = "super_admin", *, demo: bool = True) -> ConsoleSession:
        actor = AuthService(database).authenticate(ROLE_USERS[role], DEMO_PASSWORD)
        return ConsoleSession(database, actor, profile_name="test", demo=demo)

    return make


# -- windows ------------------------------------------------------------------------------------
@pytest.fixture
def settings(tmp_path: Path) -> Any:
    from console.store.settings import AppSettings

    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest_asyncio.fixture
async def open_window(qtbot: Any, settings: Any) -> AsyncIterator[Callable[..., Any]]:
    """``await open_window(session, page=...)``: a shown MainWindow whose page has loaded."""
    from console.asyncutil import settle
    from console.main_window import MainWindow
    from tests.gui.helpers import cancel_console_tasks

    windows: list[MainWindow] = []

    async def make(session: Any, page: str | None = None, *, watch: bool = True) -> MainWindow:
        window = MainWindow(session, settings, watch=watch, remember=False, page=page)
        # Not qtbot.addWidget: pytest-qt would delete the window before this fixture's teardown
        # has stopped its pages' threads and tasks (a worker then posts to a deleted object).
        windows.append(window)
        window.resize(1280, 800)
        window.show()
        await asyncio.wait_for(window.ready(), 20)
        return window

    yield make
    from shiboken6 import isValid

    for window in windows:
        if isValid(window):
            window.shutdown()
            window.close()
    await cancel_console_tasks()
    await settle()  # no worker may post to the loop once it is closed
    for window in windows:  # only now, with nothing left running that could reach it
        if isValid(window):
            window.deleteLater()
    _flush_deletes()
