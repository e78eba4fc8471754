"""The console's connection: the Database, the signed-in Actor and the services they share.

Everything here is plain Python called from worker threads (through
:func:`console.asyncutil.run_sync`), except :class:`ChangeWatcher`, a QObject that tells the
pages when another connection changed the database: PostgreSQL ``LISTEN platform_console``
on a dedicated psycopg connection in a thread, SQLite ``PRAGMA data_version`` polled on a
dedicated connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.engine import URL

from console.asyncutil import run_sync
from core.actor import Actor
from core.db import NOTIFY_CHANNEL, Database, DatabaseUnavailable, explain_connection_error
from core.db import open_database as core_open_database
from core.errors import Refused
from core.registry import ModuleRegistry, default_registry
from core.services.audit import AuditFilter, entry_to_dict, list_entries
from core.services.auth import AuthService
from core.services.module_service import ModuleService
from core.services.platforms import PlatformService

if TYPE_CHECKING:
    from core.services.migration_service import MigrationService
    from core.services.rollouts import RolloutService
    from modules.customers.services import CustomerService
    from modules.orders.paging import OrderPager
    from modules.payments.services import PaymentService
    from modules.tenancy.services import MerchantService, StoreService

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 2000


# The database cannot be opened or reached; the message says why in words (core.db explains it).
Unreachable = DatabaseUnavailable


def open_database(url: str | URL) -> Database:
    """Open and check ``url`` (the console's first run creates a missing SQLite file)."""
    return core_open_database(url, create=True)


@dataclass
class ConsoleSession:
    """What every page gets: the database, who is signed in, and the services.

    The console's one place that builds services: pages and dialogs take theirs from here and
    never construct one. The framework's services (modules, auth, platforms) are built with the
    session; the others once, on first use, so that the start-up imports only what the first page
    needs (the migrations service loads Alembic, the payments one its gateways).
    """

    db: Database
    actor: Actor | None = None
    profile_name: str = ""
    demo: bool = False
    read_only: bool = False
    read_only_reason: str = ""
    registry: ModuleRegistry = field(default_factory=default_registry)

    def __post_init__(self) -> None:
        self.modules = ModuleService(self.db, self.registry)
        self.auth = AuthService(self.db)
        self.platforms = PlatformService(self.db, self.registry)

    # -- the services built on first use ------------------------------------------------------
    # Each imports its module lazily: the start-up must not load the services of pages not shown.
    @cached_property
    def migrations(self) -> MigrationService:
        from core.services.migration_service import MigrationService  # lazy: Alembic

        return MigrationService(self.db, self.registry)

    @cached_property
    def rollouts(self) -> RolloutService:
        from core.services.rollouts import RolloutService  # lazy: see above

        return RolloutService(self.db, self.registry)

    @cached_property
    def merchants(self) -> MerchantService:
        from modules.tenancy.services import MerchantService  # lazy: see above

        return MerchantService(self.db, self.registry)

    @cached_property
    def stores(self) -> StoreService:
        from modules.tenancy.services import StoreService  # lazy: see above

        return StoreService(self.db, self.registry)

    @cached_property
    def customers(self) -> CustomerService:
        from modules.customers.services import CustomerService  # lazy: see above

        return CustomerService(self.db, self.registry)

    @cached_property
    def orders(self) -> OrderPager:
        from modules.orders.paging import OrderPager  # lazy: see above

        return OrderPager(self.db)

    @cached_property
    def payments(self) -> PaymentService:
        from modules.payments.services import PaymentService  # lazy: its gateways

        return PaymentService(self.db)

    def keys_changed(self, name: str) -> None:
        """A key was stored in the keyring: the payments service's gateways were built from the keys
        known then, so the next use builds it again."""
        self.__dict__.pop("payments", None)

    # -- who ---------------------------------------------------------------------------
    @property
    def signed_in(self) -> bool:
        return self.actor is not None

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise Refused("auth.not_signed_in", "sign in first")
        return self.actor

    def can(self, permission: str, platform_id: int | None = None) -> bool:
        return self.actor is not None and self.actor.can(permission, platform_id)

    def can_write(self, permission: str) -> bool:
        return not self.read_only and self.can(permission)

    # -- sync helpers for pages (called in worker threads) ----------------------------------
    def audit_entries(self, flt: AuditFilter) -> list[dict[str, Any]]:
        actor = self.require_actor()
        with self.db.sessions() as session:
            return [entry_to_dict(e) for e in list_entries(session, actor, flt)]

    def close(self) -> None:
        self.db.dispose()


class ChangeWatcher(QObject):
    """Emits ``changed`` (debounced) when another connection changed the database.

    ``state`` reports the watch connection: ``"live"`` or ``"lost: reason"`` (shown in the
    status bar). Own writes trigger it too; the pages just reload what they show.
    """

    changed = Signal()
    state = Signal(str)

    def __init__(
        self, db: Database, parent: QObject | None = None, *, interval_ms: int = POLL_INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.interval_ms = interval_ms
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._timer: QTimer | None = None
        self._sqlite: sqlite3.Connection | None = None
        # The watch connection is used in a worker and closed from the GUI thread (stop): closing
        # a sqlite3 connection while another thread runs a statement on it crashes the process.
        self._sqlite_lock = threading.Lock()
        self._version: int | None = None
        self._poll_task: asyncio.Task[None] | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.changed)
        self.current_state = ""

    # -- lifecycle --------------------------------------------------------------------------
    def start(self) -> None:
        if self.db.is_sqlite:
            self._timer = QTimer(self)
            self._timer.setInterval(self.interval_ms)
            self._timer.timeout.connect(self._poll_sqlite)
            self._timer.start()
            self._poll_sqlite()
        else:
            loop = asyncio.get_event_loop()
            self._thread = threading.Thread(
                target=self._listen, args=(loop,), name="console-listen", daemon=True
            )
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._timer is not None:
            self._timer.stop()
        if self._poll_task is not None:
            self._poll_task.cancel()
        self._debounce.stop()
        if self._thread is not None:
            self._thread.join(timeout=3)
            self._thread = None
        self._close_sqlite()

    def _set_state(self, value: str) -> None:
        if value != self.current_state:
            self.current_state = value
            self.state.emit(value)

    def _notify(self) -> None:
        if not self._stop.is_set():
            self._debounce.start()

    # -- SQLite: PRAGMA data_version ----------------------------------------------------------
    def _read_version(self) -> int:
        with self._sqlite_lock:
            if self._sqlite is None:
                if self._stop.is_set():
                    return self._version or 0
                path = self.db.url.database or ""
                self._sqlite = sqlite3.connect(path, timeout=5, isolation_level=None, check_same_thread=False)
            return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def _close_sqlite(self) -> None:
        with self._sqlite_lock:
            if self._sqlite is not None:
                self._sqlite.close()
                self._sqlite = None

    def _poll_sqlite(self) -> None:
        if self._poll_task is not None and not self._poll_task.done():
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # Qt events processed outside the asyncio loop (tests, shutdown)
            return

        async def poll() -> None:
            try:
                version = await run_sync(self._read_version)
            except Exception as exc:
                self._set_state(f"lost: {explain_connection_error(exc)}")
                self._close_sqlite()
                return
            self._set_state("live")
            if self._version is not None and version != self._version:
                self._notify()
            self._version = version

        try:
            self._poll_task = asyncio.ensure_future(poll())
        except RuntimeError:  # no loop (closing)
            self._poll_task = None

    # -- PostgreSQL: LISTEN/NOTIFY --------------------------------------------------------------
    def _listen(self, loop: asyncio.AbstractEventLoop) -> None:
        import psycopg  # lazy: PostgreSQL only

        def post(fn: Callable[..., Any], *args: Any) -> None:
            if not loop.is_closed():
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(fn, *args)

        args, kwargs = self.db.engine.dialect.create_connect_args(self.db.url)
        kwargs.setdefault("connect_timeout", 5)
        backoff = 1.0
        missed = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(*args, autocommit=True, **kwargs) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    post(self._set_state, "live")
                    if missed:  # something may have changed while we were away
                        post(self._notify)
                    backoff, missed = 1.0, False
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=0.5, stop_after=1):
                            post(self._notify)
            except Exception as exc:
                if self._stop.is_set():
                    break
                log.info("change listener: %s", exc)
                post(self._set_state, f"lost: {explain_connection_error(exc)}")
                missed = True
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 30.0)
