"""The built-in checks (database, migrations, disk) and the modules' ``health_check`` hooks
(given the database when they take it: a module's table check looks at its real tables).

All of them are local: no network beyond the platform's own database. An unreachable
PostgreSQL server answers within the check's timeout because the engine is built with libpq's
``connect_timeout`` (:func:`health_database`).
"""

from __future__ import annotations

import concurrent.futures
import functools
import inspect
import math
import shutil
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy import text

from core import migrations
from core.db import Database, normalize_url
from core.observability.config import ObservabilitySettings
from core.observability.health import HealthCheckRegistry, HealthResult
from core.registry import ModuleRegistry, default_registry
from core.settings import data_dir
from core.wording import count_of

DATABASE_CHECK = "database"
MIGRATIONS_CHECK = "migrations"
DISK_CHECK = "disk"
MODULE_PREFIX = "module:"
# Tags: what /health/ready waits for, and what needs the database at all.
READY_TAG = "ready"
DATABASE_TAG = "database"


def health_database(url: Any, timeout: float = 5.0) -> Database:
    """A :class:`Database` for health checks: PostgreSQL connects give up after ``timeout``."""
    parsed = normalize_url(url)
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        # libpq counts whole seconds and treats anything below 2 as 2.
        kwargs["connect_args"] = {"connect_timeout": max(2, math.ceil(timeout))}
    return Database(parsed, create=False, **kwargs)  # a check never leaves an empty database behind


def sqlite_file_missing(database: Database) -> Path | None:
    """The path of a SQLite database file that does not exist (connecting would create it)."""
    if not database.is_sqlite:
        return None
    name = database.url.database or ""
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    path = Path(name)
    return None if path.exists() else path


def driver_error(exc: BaseException) -> str:
    """The first line of a driver's error: what a check's detail shows."""
    raw = str(getattr(exc, "orig", None) or exc).strip()
    first = next((line.strip() for line in raw.splitlines() if line.strip()), type(exc).__name__)
    return first


class _SharedRead:
    """One read at a time per database: callers that arrive while it runs share its answer."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.inflight: concurrent.futures.Future[frozenset[str]] | None = None


_TABLE_READS: weakref.WeakKeyDictionary[Database, _SharedRead] = weakref.WeakKeyDictionary()
_TABLE_READS_LOCK = threading.Lock()


def database_tables(database: Database) -> frozenset[str]:
    """The names of the tables in ``database`` (its default schema).

    The modules' table checks run at the same moment, each in its own thread: they share one read
    (one connection) instead of opening one connection each. A read that starts after another
    ended sees the schema as it is then.
    """
    with _TABLE_READS_LOCK:
        shared = _TABLE_READS.setdefault(database, _SharedRead())
    with shared.lock:
        future = shared.inflight
        owner = future is None
        if future is None:
            future = shared.inflight = concurrent.futures.Future()
    if owner:
        try:
            # A deferred BEGIN on SQLite: reading the schema never takes the write lock.
            with database.engine.execution_options(sqlite_begin="DEFERRED").connect() as conn:
                future.set_result(frozenset(sqlalchemy.inspect(conn).get_table_names()))
        except BaseException as exc:  # every caller of this read gets it
            future.set_exception(exc)
        finally:
            with shared.lock:
                shared.inflight = None
    return future.result()


def database_check(database: Database, *, slow: float = 1.0) -> Callable[[], HealthResult]:
    """``SELECT 1``: unreachable is unhealthy, slower than ``slow`` seconds degraded."""

    def check() -> HealthResult:
        missing = sqlite_file_missing(database)
        if missing is not None:
            return HealthResult.unhealthy(f"no database file at {missing}")
        started = time.perf_counter()
        try:
            with database.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:
            return HealthResult.unhealthy(
                f"cannot reach {database.display_url()}: {driver_error(exc)}",
                data={"url": database.display_url()},
            )
        latency = time.perf_counter() - started
        data = {"url": database.display_url(), "query_seconds": round(latency, 6)}
        if latency > slow:
            return HealthResult.degraded(
                f"{database.display_url()} answers slowly: "
                f"{latency * 1000:.0f} ms (over {slow * 1000:.0f} ms)",
                data=data,
            )
        return HealthResult.healthy(f"{database.display_url()} answers in {latency * 1000:.1f} ms", data=data)

    return check


def migrations_check(
    database: Database, registry: ModuleRegistry | None = None
) -> Callable[[], HealthResult]:
    """Every branch at head: pending or unknown (newer) revisions degrade, an empty schema fails."""

    def check() -> HealthResult:
        missing = sqlite_file_missing(database)
        if missing is not None:
            return HealthResult.unhealthy(f"no database file at {missing}")
        try:
            branches = migrations.status(database, registry)
        except Exception as exc:
            return HealthResult.unhealthy(f"cannot read the migration state: {driver_error(exc)}")
        behind = [b for b in branches if b.pending and not b.drift]
        drift = [b for b in branches if b.drift]
        data = {
            "branches": len(branches),
            "pending": sorted(r.revision for b in behind for r in b.pending),
            "unknown": sorted(rev for b in drift for rev in b.unknown),
        }
        if branches and all(b.current is None for b in branches):
            return HealthResult.unhealthy("the schema is empty: nothing is migrated", data=data)
        problems = []
        if behind:
            problems.append(
                f"{count_of(len(data['pending']), 'revision')} pending on "
                + ", ".join(b.branch for b in behind)
            )
        if drift:
            problems.append("revisions newer than this code: " + ", ".join(data["unknown"]))
        if problems:
            return HealthResult.degraded("; ".join(problems), data=data)
        return HealthResult.healthy(f"all {len(branches)} branches at head", data=data)

    return check


def disk_check(
    path: Path | Callable[[], Path],
    *,
    warn_percent: float = 10.0,
    critical_percent: float = 5.0,
    warn_bytes: int = 1 << 30,
    critical_bytes: int = 256 << 20,
) -> Callable[[], HealthResult]:
    """Free space where ``path`` lives: below a critical threshold unhealthy, below a warning degraded."""

    def check() -> HealthResult:
        where = path() if callable(path) else path
        probe = Path(where)
        while not probe.exists() and probe != probe.parent:
            probe = probe.parent
        usage = shutil.disk_usage(probe)
        free_pct = 100.0 * usage.free / usage.total if usage.total else 0.0
        data = {
            "path": str(where),
            "free_bytes": usage.free,
            "total_bytes": usage.total,
            "free_percent": round(free_pct, 2),
        }
        summary = f"{_size(usage.free)} free of {_size(usage.total)} ({free_pct:.1f} %) at {where}"
        if free_pct < critical_percent or usage.free < critical_bytes:
            return HealthResult.unhealthy(
                f"{summary}: under {critical_percent:g} % or {_size(critical_bytes)}", data=data
            )
        if free_pct < warn_percent or usage.free < warn_bytes:
            return HealthResult.degraded(
                f"{summary}: under {warn_percent:g} % or {_size(warn_bytes)}", data=data
            )
        return HealthResult.healthy(summary, data=data)

    return check


def _size(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TiB"


def register_builtin_checks(
    health: HealthCheckRegistry,
    database: Database | None,
    *,
    data_path: Path | None = None,
    settings: Any = None,
    registry: ModuleRegistry | None = None,
) -> None:
    """database, migrations (when a database is given) and disk of the data directory.

    The database given becomes ``health.database``: the one the modules' checks look at.
    """
    cfg = settings or ObservabilitySettings()
    if database is not None:
        health.database = database
        health.register(
            DATABASE_CHECK,
            database_check(database, slow=cfg.health_db_slow),
            tags=(READY_TAG, DATABASE_TAG),
            replace=True,
        )
        health.register(
            MIGRATIONS_CHECK,
            migrations_check(database, registry),
            tags=(READY_TAG, DATABASE_TAG),
            replace=True,
        )
    health.register(
        DISK_CHECK,
        disk_check(
            data_path or data_dir,
            warn_percent=cfg.health_disk_warn_percent,
            critical_percent=cfg.health_disk_critical_percent,
            warn_bytes=cfg.health_disk_warn_bytes,
            critical_bytes=cfg.health_disk_critical_bytes,
        ),
        replace=True,
    )


def register_module_checks(
    health: HealthCheckRegistry, registry: ModuleRegistry | None = None, database: Database | None = None
) -> list[str]:
    """Each module's ``health_check`` as ``module:<code>``; only core modules are critical
    (a failing optional or internal module makes the whole degraded, not unhealthy).

    A hook that takes a parameter is given ``database`` (else ``health.database``): the module's
    table check looks at the real tables there.
    """
    target = database if database is not None else health.database
    names = []
    for module in registry or default_registry():
        if module.health_check is None:
            continue
        name = f"{MODULE_PREFIX}{module.code}"
        check = with_database(module.health_check, target)
        health.register(name, check, critical=module.is_core, tags=("module",), replace=True)
        names.append(name)
    return names


def with_database(hook: Callable[..., Any], database: Database | None) -> Callable[[], Any]:
    """``hook`` as a check of no arguments: given ``database`` when it takes a parameter."""
    if database is None or not _takes_argument(hook):
        return hook
    return functools.partial(hook, database)


def _takes_argument(hook: Callable[..., Any]) -> bool:
    try:
        parameters = inspect.signature(hook).parameters.values()
    except (TypeError, ValueError):  # a builtin without a signature: called bare
        return False
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return any(p.kind in positional for p in parameters)


def local_checks(
    database: Database | None,
    *,
    timeout: float | None = None,
    registry: ModuleRegistry | None = None,
    data_path: Path | None = None,
    settings: Any = None,
) -> HealthCheckRegistry:
    """The checks ``platformctl health check`` and the console's local target run."""
    cfg = settings or ObservabilitySettings()
    health = HealthCheckRegistry(default_timeout=timeout or cfg.health_timeout)
    register_builtin_checks(health, database, data_path=data_path, settings=cfg, registry=registry)
    register_module_checks(health, registry, database)
    return health
