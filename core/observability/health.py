"""Health checks: a registry of named checks run concurrently, each bounded by a timeout.

A check is a callable (plain or ``async``) that returns what it found. Accepted answers:
a :class:`HealthResult`, a :class:`HealthStatus` or its value (``"healthy"``), a mapping with
``status`` and ``detail`` (what ``modules.healthy()`` builds), a ``(status, detail)`` pair, a
bool, or None (healthy). An exception is an unhealthy result naming it.

Every check runs in a daemon thread of its own (async checks on their own event loop there), so
a check that hangs becomes "unhealthy: timed out after N s" and neither the caller nor the
process exit waits for it. While a hung run is still in flight the check is not started again:
it keeps answering "still running" instead of piling up threads.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 5.0


class HealthStatus(StrEnum):
    HEALTHY = "healthy"
    DEGRADED = "degraded"
    UNHEALTHY = "unhealthy"

    @property
    def severity(self) -> int:
        """0 healthy, 1 degraded, 2 unhealthy: also the monitoring-plugin exit code."""
        return _SEVERITY[self]

    @classmethod
    def worst(cls, statuses: Iterable[HealthStatus]) -> HealthStatus:
        result = cls.HEALTHY
        for status in statuses:
            if status.severity > result.severity:
                result = status
        return result


_SEVERITY = {HealthStatus.HEALTHY: 0, HealthStatus.DEGRADED: 1, HealthStatus.UNHEALTHY: 2}


@dataclass(frozen=True)
class HealthResult:
    """What one check found: status, how long it took (seconds) and a sentence for people."""

    status: HealthStatus
    detail: str = ""
    latency: float = 0.0
    name: str = ""
    critical: bool = True
    checked_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    data: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def healthy(cls, detail: str = "", **kw: Any) -> HealthResult:
        return cls(HealthStatus.HEALTHY, detail, **kw)

    @classmethod
    def degraded(cls, detail: str = "", **kw: Any) -> HealthResult:
        return cls(HealthStatus.DEGRADED, detail, **kw)

    @classmethod
    def unhealthy(cls, detail: str = "", **kw: Any) -> HealthResult:
        return cls(HealthStatus.UNHEALTHY, detail, **kw)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "status": self.status.value,
            "latency_seconds": round(self.latency, 6),
            "detail": self.detail,
            "critical": self.critical,
            "checked_at": self.checked_at.isoformat(),
        }
        if self.data:
            out["data"] = dict(self.data)
        return out

    def to_summary(self) -> dict[str, Any]:
        """Name and status only: what an unauthenticated caller may see."""
        return {"name": self.name, "status": self.status.value, "critical": self.critical}


@dataclass(frozen=True)
class HealthReport:
    """The results of one run and their aggregate (the worst critical result; a failing
    non-critical check makes the whole at most degraded)."""

    checks: tuple[HealthResult, ...]
    checked_at: datetime
    duration: float

    @property
    def status(self) -> HealthStatus:
        return aggregate(self.checks)

    def get(self, name: str) -> HealthResult | None:
        return next((c for c in self.checks if c.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "checked_at": self.checked_at.isoformat(),
            "duration_seconds": round(self.duration, 6),
            "checks": [c.to_dict() for c in self.checks],
        }

    def to_summary(self) -> dict[str, Any]:
        """The status and each check's status, without details, latencies or data."""
        return {
            "status": self.status.value,
            "checked_at": self.checked_at.isoformat(),
            "checks": [c.to_summary() for c in self.checks],
            "detail": "hidden: send the health token (Authorization: Bearer) for the details",
        }


def aggregate(results: Iterable[HealthResult]) -> HealthStatus:
    statuses = []
    for r in results:
        if not r.critical and r.status is HealthStatus.UNHEALTHY:
            statuses.append(HealthStatus.DEGRADED)
        else:
            statuses.append(r.status)
    return HealthStatus.worst(statuses)


def coerce_result(value: Any) -> tuple[HealthStatus, str, Mapping[str, Any]]:
    """What a check returned -> (status, detail, data)."""
    if value is None:
        return HealthStatus.HEALTHY, "", {}
    if isinstance(value, HealthResult):
        return value.status, value.detail, value.data
    if isinstance(value, bool):
        if value:
            return HealthStatus.HEALTHY, "", {}
        return HealthStatus.UNHEALTHY, "check returned false", {}
    if isinstance(value, HealthStatus | str):
        return HealthStatus(value), "", {}
    if isinstance(value, Mapping):
        data = {k: v for k, v in value.items() if k not in ("status", "detail")}
        return HealthStatus(value.get("status", "healthy")), str(value.get("detail", "")), data
    if isinstance(value, tuple) and len(value) == 2:
        return HealthStatus(value[0]), str(value[1]), {}
    raise TypeError(f"a health check returned {type(value).__name__}; expected a status, a mapping or a pair")


CheckFn = Callable[[], Any] | Callable[[], Awaitable[Any]]
Selection = Iterable[str] | None  # the names or tags a run is limited to (None: no limit)


@dataclass
class _Check:
    name: str
    fn: CheckFn
    timeout: float | None
    critical: bool
    tags: frozenset[str]
    # The run still in flight after its caller gave up on it (a hung check), and since when.
    inflight: concurrent.futures.Future[Any] | None = None
    inflight_since: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)


class HealthCheckRegistry:
    """Named checks; ``run`` executes them concurrently, each within its timeout."""

    def __init__(self, default_timeout: float = DEFAULT_TIMEOUT, *, database: Any = None) -> None:
        self.default_timeout = default_timeout
        # The platform's database (a core.db.Database) the modules' table checks look at, if any.
        self.database = database
        self._checks: dict[str, _Check] = {}
        self._lock = threading.Lock()

    # -- registration ------------------------------------------------------------------
    def register(
        self,
        name: str | CheckFn | None = None,
        fn: CheckFn | None = None,
        *,
        timeout: float | None = None,
        critical: bool = True,
        tags: Iterable[str] = (),
        replace: bool = False,
    ) -> Any:
        """``registry.register("db", fn)``, or as a decorator: ``@registry.register("db")``
        or bare ``@registry.register`` (the function's name is the check's name)."""
        if callable(name) and fn is None:
            fn, name = name, None

        def add(function: CheckFn) -> CheckFn:
            check_name = name or getattr(function, "__name__", None)
            if not check_name or not isinstance(check_name, str):
                raise ValueError("a health check needs a name")
            with self._lock:
                if check_name in self._checks and not replace:
                    raise ValueError(f"health check {check_name!r} is registered twice")
                self._checks[check_name] = _Check(check_name, function, timeout, critical, frozenset(tags))
            return function

        return add(fn) if fn is not None else add

    def unregister(self, name: str) -> None:
        with self._lock:
            self._checks.pop(name, None)

    def names(self, tags: Iterable[str] | None = None) -> list[str]:
        return [c.name for c in self._selected(None, tags)]

    def __contains__(self, name: object) -> bool:
        return name in self._checks

    def __len__(self) -> int:
        return len(self._checks)

    def _selected(self, names: Iterable[str] | None, tags: Iterable[str] | None) -> list[_Check]:
        with self._lock:
            checks = list(self._checks.values())
        if names is not None:
            wanted = set(names)
            checks = [c for c in checks if c.name in wanted]
        if tags is not None:
            wanted_tags = set(tags)
            checks = [c for c in checks if c.tags & wanted_tags]
        return checks

    # -- running -----------------------------------------------------------------------
    def run(
        self, timeout: float | None = None, *, names: Selection = None, tags: Selection = None
    ) -> HealthReport:
        """Run the (selected) checks concurrently; returns within about ``timeout`` seconds."""
        started, at, checks = time.perf_counter(), datetime.now(UTC), self._selected(names, tags)
        launched = [(c, self._launch(c), time.perf_counter()) for c in checks]
        results = []
        for check, future, t0 in launched:
            limit = self._limit(check, timeout)
            remaining = max(0.0, limit - (time.perf_counter() - t0))
            results.append(self._collect(check, future, remaining, limit))
        return HealthReport(tuple(results), at, time.perf_counter() - started)

    async def run_async(
        self, timeout: float | None = None, *, names: Selection = None, tags: Selection = None
    ) -> HealthReport:
        """As :meth:`run`, awaited: the event loop is never blocked."""
        started, at, checks = time.perf_counter(), datetime.now(UTC), self._selected(names, tags)
        launched = [(c, self._launch(c)) for c in checks]

        async def one(check: _Check, future: concurrent.futures.Future[Any]) -> HealthResult:
            limit = self._limit(check, timeout)
            wrapped = asyncio.wrap_future(future)
            try:
                await asyncio.wait_for(asyncio.shield(wrapped), limit)
            except TimeoutError:
                pass
            except Exception:  # reported by _collect from the future itself
                pass
            return self._collect(check, future, 0.0, limit)

        results = await asyncio.gather(*(one(c, f) for c, f in launched))
        return HealthReport(tuple(results), at, time.perf_counter() - started)

    def _limit(self, check: _Check, timeout: float | None) -> float:
        limits = [x for x in (check.timeout, timeout) if x is not None]
        return min(limits) if limits else self.default_timeout

    def _launch(self, check: _Check) -> concurrent.futures.Future[Any]:
        with check.lock:
            if check.inflight is not None and not check.inflight.done():
                return check.inflight  # a hung run: do not start another
            future: concurrent.futures.Future[Any] = concurrent.futures.Future()
            check.inflight, check.inflight_since = future, time.perf_counter()

        def target() -> None:
            t0 = time.perf_counter()
            try:
                value = check.fn()
                if inspect.isawaitable(value):
                    value = asyncio.run(_await(value))
                future.set_result((value, time.perf_counter() - t0))
            except BaseException as exc:  # reported as the check's result
                future.set_exception(exc)

        thread = threading.Thread(target=target, name=f"health-{check.name}", daemon=True)
        thread.start()
        return future

    def _collect(
        self, check: _Check, future: concurrent.futures.Future[Any], wait: float, limit: float
    ) -> HealthResult:
        kw = {"name": check.name, "critical": check.critical}
        try:
            value, latency = future.result(timeout=wait)
        except concurrent.futures.TimeoutError:
            running = time.perf_counter() - check.inflight_since
            detail = f"timed out after {_seconds(limit)} s"
            if running > limit * 1.5:
                detail += f" (still running after {_seconds(running)} s)"
            return HealthResult.unhealthy(detail, latency=limit, **kw)
        except Exception as exc:
            return HealthResult.unhealthy(f"{type(exc).__name__}: {exc}", latency=0.0, **kw)
        try:
            status, detail, data = coerce_result(value)
        except (TypeError, ValueError) as exc:
            return HealthResult.unhealthy(f"bad answer: {exc}", latency=latency, **kw)
        return HealthResult(status, detail, latency, data=data, **kw)


async def _await(value: Awaitable[Any]) -> Any:
    return await value


def _seconds(value: float) -> str:
    return f"{value:g}" if value >= 1 else f"{value:.3g}"
