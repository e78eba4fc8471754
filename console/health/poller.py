"""The poller: a thread with its own asyncio loop and ``httpx.AsyncClient``, polling every target.

It runs in the poller process (:mod:`console.health.pollproc`; the console talks to it through
:class:`console.health.pollclient.PollClient`), and in the console only for the local checks.
Results queue up here until drained (:meth:`PollEngine.drain`); every sample also goes to the
history writer from this thread. Each target has its own task; targets start spread over their interval
so a few hundred of them do not all fire on the same tick.

What a target answers decides its status: a ``/health`` document gives it; the thresholds may
make it worse (latency over the warning or critical limit); an endpoint that cannot be reached
or times out is unhealthy (after ``failures`` polls in a row; before that degraded); an answer
that is not what a health endpoint answers (not JSON, not Prometheus text, over the size cap)
is "unknown" with the reason.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import logging
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlencode

import httpx

from console.health.history import Sample, StatusEvent, TargetRecord
from console.health.parsing import (
    BadAnswer,
    MetricDeriver,
    checks_healthy,
    list_families,
    parse_health,
    parse_metrics,
    worse,
)
from console.health.targets import TargetKind, TargetSpec
from core import prometheus as prometheus_api

log = logging.getLogger(__name__)

MAX_BODY = 4 * 1024 * 1024
USER_AGENT = "platform-console-health/1"


class TooLarge(BadAnswer):
    pass


class HistorySink(Protocol):
    """Where samples go for the history file (a :class:`~console.health.history.HistoryWriter`)."""

    def submit(self, item: Sample | StatusEvent | TargetRecord) -> None: ...


@dataclass
class _State:
    spec: TargetSpec
    task: asyncio.Task[None] | None = None
    wake: asyncio.Event | None = None
    failures: int = 0
    status: str | None = None
    deriver: MetricDeriver | None = None


class PollEngine:
    """Polls targets in a background thread; thread-safe ``set_targets``, ``drain``, ``stop``."""

    def __init__(
        self,
        *,
        writer: HistorySink | None = None,
        local_checks: Callable[[], Any] | None = None,
        max_body: int = MAX_BODY,
        last_status: dict[str, str] | None = None,
        spread: bool = True,
    ) -> None:
        self.writer = writer
        self.local_checks_factory = local_checks
        self.max_body = max_body
        self.spread = spread
        self._last_status = dict(last_status or {})
        self._out: collections.deque[Sample | StatusEvent] = collections.deque()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._states: dict[str, _State] = {}
        # One client (one small connection pool) per target: httpcore scans every connection of a
        # pool for each request, so one pool of a few hundred connections costs O(n) per poll.
        self._clients: dict[tuple[str, bool], httpx.AsyncClient] = {}
        # One TLS context per verification mode, shared by the clients: building one loads the CA
        # bundle (about 30 ms of CPU, holding the GIL), which 200 targets paid 200 times.
        self._tls: dict[bool, ssl.SSLContext] = {}
        self._local_registry: Any = None
        self._stopping = False
        self._closing: set[asyncio.Future[None]] = set()  # clients of removed targets, closing
        self.polls = 0

    # -- lifecycle (any thread) ------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="health-poller", daemon=True)
        self._thread.start()
        self._ready.wait(10)

    def stop(self, timeout: float = 5.0) -> None:
        if self._thread is None or self._loop is None:
            return
        self._stopping = True
        loop = self._loop
        try:
            future = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
            future.result(timeout)
        except (RuntimeError, concurrent.futures.TimeoutError):
            pass
        with contextlib.suppress(RuntimeError):  # already closed
            loop.call_soon_threadsafe(loop.stop)
        self._thread.join(timeout)
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and not self._stopping

    def set_targets(self, specs: list[TargetSpec]) -> None:
        self._call(self._apply_targets, list(specs))

    def poll_now(self, target_id: str | None = None) -> None:
        self._call(self._wake, target_id)

    def drain(self, limit: int | None = None) -> list[Sample | StatusEvent]:
        out = []
        pop = self._out.popleft
        n = len(self._out) if limit is None else min(limit, len(self._out))
        for _ in range(n):
            out.append(pop())
        return out

    def submit(self, coro_factory: Callable[[], Any]) -> concurrent.futures.Future[Any]:
        """Run a coroutine (made by ``coro_factory``) on the poller's loop; a concurrent future."""
        if self._loop is None:
            raise RuntimeError("the poller is not running")
        return asyncio.run_coroutine_threadsafe(coro_factory(), self._loop)

    def _call(self, fn: Callable[..., Any], *args: Any) -> None:
        if self._loop is None:
            raise RuntimeError("the poller is not running")
        with contextlib.suppress(RuntimeError):  # closing
            self._loop.call_soon_threadsafe(fn, *args)

    # -- the loop (poller thread) -----------------------------------------------------------------
    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                loop.close()

    async def _shutdown(self) -> None:
        tasks = [s.task for s in self._states.values() if s.task is not None]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._states.clear()
        for client in self._clients.values():
            await client.aclose()
        self._clients.clear()

    def _client(self, spec: TargetSpec) -> httpx.AsyncClient:
        key = (spec.id, spec.verify_tls)
        client = self._clients.get(key)
        if client is None:
            tls = self._tls.get(spec.verify_tls)
            if tls is None:
                tls = self._tls[spec.verify_tls] = httpx.create_ssl_context(
                    verify=spec.verify_tls, trust_env=False
                )
            client = httpx.AsyncClient(
                verify=tls,
                follow_redirects=False,
                limits=httpx.Limits(max_connections=8, max_keepalive_connections=4),
                headers={"User-Agent": USER_AGENT},
                trust_env=False,
            )
            self._clients[key] = client
        return client

    def _drop_clients(self, target_id: str) -> None:
        for key in [k for k in self._clients if k[0] == target_id]:
            client = self._clients.pop(key)
            task = asyncio.ensure_future(client.aclose())
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)

    def _apply_targets(self, specs: list[TargetSpec]) -> None:
        wanted = {s.id: s for s in specs}
        for tid in list(self._states):
            state = self._states[tid]
            if tid not in wanted or wanted[tid] != state.spec:
                if state.task is not None:
                    state.task.cancel()
                if tid not in wanted:
                    del self._states[tid]
                    self._drop_clients(tid)
        for spec in specs:
            state = self._states.get(spec.id)
            if state is None:
                state = _State(spec, status=self._last_status.get(spec.id))
                self._states[spec.id] = state
            elif state.spec != spec:
                state.spec = spec
                state.deriver = None
            else:
                continue
            if self.writer is not None:
                self.writer.submit(
                    TargetRecord(spec.id, spec.name, spec.kind.value, spec.url, spec.parent, spec.interval)
                )
            state.wake = asyncio.Event()
            state.task = asyncio.ensure_future(self._target_loop(state))

    def _wake(self, target_id: str | None) -> None:
        for tid, state in self._states.items():
            if (target_id is None or tid == target_id) and state.wake is not None:
                state.wake.set()

    async def _target_loop(self, state: _State) -> None:
        spec = state.spec
        loop = asyncio.get_running_loop()
        # Spread the first polls over the interval (at most a second), stable per target.
        if self.spread:
            phase = (zlib.crc32(spec.id.encode()) % 1000) / 1000.0 * min(spec.interval, 1.0)
            await asyncio.sleep(phase)
        next_at = loop.time()
        while True:
            try:
                await self._poll(state)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a bug in a poll must not end the target's loop
                log.exception("polling %s failed", spec.name)
                self._emit(state, Sample(spec.id, time.time(), "unknown", None, f"internal error: {exc}"))
            self.polls += 1
            next_at += spec.interval
            now = loop.time()
            if next_at < now:
                next_at = now  # fell behind: skip the missed ticks
            assert state.wake is not None
            state.wake.clear()
            try:
                await asyncio.wait_for(state.wake.wait(), max(0.0, next_at - now))
                next_at = loop.time()
            except TimeoutError:
                pass

    # -- one poll ------------------------------------------------------------------------------------
    async def _poll(self, state: _State) -> None:
        spec = state.spec
        if spec.kind is TargetKind.LOCAL:
            await self._poll_local(state)
        elif spec.kind is TargetKind.PROMETHEUS:
            await self._poll_prometheus(state)
        else:
            await self._poll_endpoint(state)

    def _judge(self, state: _State, answer: str, latency: float | None, detail: str) -> tuple[str, str]:
        th = state.spec.thresholds
        status = answer
        if latency is not None:
            ms = latency * 1000
            if ms > th.latency_critical_ms:
                status = worse(status, "unhealthy")
                detail = f"{detail}; slow: {ms:.0f} ms (critical over {th.latency_critical_ms:g} ms)"
            elif ms > th.latency_warn_ms:
                status = worse(status, "degraded")
                detail = f"{detail}; slow: {ms:.0f} ms (warning over {th.latency_warn_ms:g} ms)"
        return status, detail

    def _down(self, state: _State, detail: str) -> tuple[str, str]:
        state.failures += 1
        limit = state.spec.thresholds.failures
        if state.failures >= limit:
            return "unhealthy", detail
        return "degraded", f"{detail} ({state.failures} of {limit} failed polls before unhealthy)"

    async def _fetch(self, spec: TargetSpec, url: str, accept: str) -> tuple[int, bytes, str]:
        client = self._client(spec)
        timeout = httpx.Timeout(spec.timeout)
        headers = {"Accept": accept}
        if spec.token:  # the endpoint's health token: /health's details and /metrics
            headers["Authorization"] = f"Bearer {spec.token}"
        async with client.stream("GET", url, timeout=timeout, headers=headers) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.max_body:
                raise TooLarge(f"answer too large: {int(declared):,} bytes (limit {self.max_body:,})")
            chunks = []
            total = 0
            async for chunk in response.aiter_bytes():
                total += len(chunk)
                if total > self.max_body:
                    raise TooLarge(f"answer too large: over {self.max_body:,} bytes")
                chunks.append(chunk)
            return response.status_code, b"".join(chunks), response.headers.get("content-type", "")

    async def _poll_endpoint(self, state: _State) -> None:
        spec = state.spec
        ts = time.time()
        started = time.perf_counter()
        values: dict[str, float] = {}
        checks = None
        try:
            async with asyncio.timeout(spec.timeout):
                code, body, ctype = await self._fetch(spec, spec.health_url, "application/json")
            latency = time.perf_counter() - started
            answer = parse_health(body, code, ctype)
            checks = answer.checks
            state.failures = 0
            status, detail = self._judge(state, answer.status, latency, answer.detail)
            if spec.metrics:
                try:
                    async with asyncio.timeout(spec.timeout):
                        mcode, mbody, _ = await self._fetch(spec, spec.metrics_url, "text/plain")
                    if mcode != 200:
                        raise BadAnswer(f"/metrics answered HTTP {mcode}")
                    families = parse_metrics(mbody.decode("utf-8", "replace"), spec.metrics)
                    if state.deriver is None:
                        state.deriver = MetricDeriver()
                    values = state.deriver.derive(ts, families)
                except TimeoutError:
                    detail = f"{detail}; /metrics timed out after {spec.timeout:g} s"
                except (BadAnswer, httpx.HTTPError) as exc:
                    detail = f"{detail}; /metrics: {_http_error(exc)}"
        except TimeoutError:
            latency = None
            status, detail = self._down(state, f"timed out after {spec.timeout:g} s")
        except BadAnswer as exc:
            latency = time.perf_counter() - started
            state.failures = 0
            status, detail = "unknown", str(exc)
        except httpx.HTTPError as exc:
            latency = None
            status, detail = self._down(state, _http_error(exc))
        self._emit(state, Sample(spec.id, ts, status, latency, detail, checks, values))

    async def _poll_local(self, state: _State) -> None:
        spec = state.spec
        ts = time.time()
        if self.local_checks_factory is None:
            self._emit(state, Sample(spec.id, ts, "unknown", None, "no local checks configured"))
            return
        try:
            if self._local_registry is None:
                self._local_registry = await asyncio.to_thread(self.local_checks_factory)
            report = await asyncio.to_thread(self._local_registry.run, spec.timeout)
        except Exception as exc:
            self._emit(state, Sample(spec.id, ts, "unknown", None, f"the checks could not run: {exc}"))
            return
        checks = [c.to_dict() for c in report.checks]
        failing = [c for c in report.checks if c.status.value != "healthy"]
        detail = (
            "; ".join(f"{c.name}: {c.detail}" for c in failing[:3])
            if failing
            else checks_healthy(len(checks))
        )
        status, detail = self._judge(state, report.status.value, report.duration, detail)
        values = {f"check:{c.name}": c.latency for c in report.checks}
        self._emit(state, Sample(spec.id, ts, status, report.duration, detail, checks, values))

    async def _poll_prometheus(self, state: _State) -> None:
        spec = state.spec
        ts = time.time()
        started = time.perf_counter()
        selector = spec.query or prometheus_api.UP_QUERY
        try:
            async with asyncio.timeout(spec.timeout):
                up, health, scrape = await asyncio.gather(
                    self._instant(spec, selector),
                    self._instant(spec, prometheus_api.HEALTH_QUERY),
                    self._instant(spec, prometheus_api.LATENCY_QUERY),
                )
            latency = time.perf_counter() - started
        except TimeoutError:
            status, detail = self._down(state, f"timed out after {spec.timeout:g} s")
            self._emit(state, Sample(spec.id, ts, status, None, detail))
            return
        except BadAnswer as exc:
            self._emit(state, Sample(spec.id, ts, "unknown", time.perf_counter() - started, str(exc)))
            return
        except httpx.HTTPError as exc:
            status, detail = self._down(state, _http_error(exc))
            self._emit(state, Sample(spec.id, ts, status, None, detail))
            return
        state.failures = 0
        health_by = {i.labels.get("instance", ""): i.value for i in health}
        scrape_by = {i.labels.get("instance", ""): i.value for i in scrape}
        counts: dict[str, int] = {}
        for item in up:
            instance = item.labels.get("instance", "")
            if not instance:
                continue
            severity = health_by.get(instance)
            if item.value < 1:
                inst_status, inst_detail = "unhealthy", "down: Prometheus cannot scrape it"
            elif severity is None:
                inst_status, inst_detail = "healthy", "up (no platform_health_status)"
            else:
                inst_status = {0: "healthy", 1: "degraded", 2: "unhealthy"}.get(int(severity), "unknown")
                inst_detail = f"up, platform_health_status {severity:g}"
            counts[inst_status] = counts.get(inst_status, 0) + 1
            child_id = f"{spec.id}/{instance}"
            child = self._states.get(child_id)
            if child is None:
                child = _State(
                    TargetSpec(
                        child_id,
                        instance,
                        TargetKind.INSTANCE,
                        url=instance,
                        interval=spec.interval,
                        thresholds=spec.thresholds,
                        parent=spec.id,
                    ),
                    status=self._last_status.get(child_id),
                )
                self._states[child_id] = child
            inst_latency = scrape_by.get(instance)
            inst_status, inst_detail = self._judge(child, inst_status, inst_latency, inst_detail)
            self._emit(
                child,
                Sample(
                    child_id,
                    ts,
                    inst_status,
                    inst_latency,
                    inst_detail,
                    name=instance,
                    kind=TargetKind.INSTANCE.value,
                    parent=spec.id,
                ),
            )
        summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no instances"
        values: dict[str, float] = {}
        for expr in spec.metrics:
            try:
                async with asyncio.timeout(spec.timeout):
                    items = await self._instant(spec, expr)
                for item in items[:8]:
                    values[f"promql:{expr} {prometheus_api.series_label(item.labels)}"] = item.value
            except (TimeoutError, BadAnswer, httpx.HTTPError):
                pass
        instances = f"{len(up)} instance" if len(up) == 1 else f"{len(up)} instances"
        status, detail = self._judge(state, "healthy", latency, f"{instances}: {summary}")
        self._emit(state, Sample(spec.id, ts, status, latency, detail, None, values))

    async def _instant(self, spec: TargetSpec, expr: str) -> list[prometheus_api.VectorItem]:
        url = f"{spec.base_url}/api/v1/query?{urlencode({'query': expr})}"
        code, body, _ = await self._fetch(spec, url, "application/json")
        if code >= 500 and code != 503:
            raise httpx.HTTPStatusError(
                f"HTTP {code}", request=httpx.Request("GET", url), response=httpx.Response(code)
            )
        return prometheus_api.parse_vector(body)

    # -- one-off requests for the page (run on the poller's loop via submit) ----------------------
    async def query_range(
        self, spec: TargetSpec, expr: str, start: float, end: float, step: float
    ) -> list[prometheus_api.RangeSeries]:
        query = urlencode(
            {"query": expr, "start": f"{start:.3f}", "end": f"{end:.3f}", "step": f"{max(step, 1):g}"}
        )
        url = f"{spec.base_url}/api/v1/query_range?{query}"
        async with asyncio.timeout(max(spec.timeout, 10.0)):
            _code, body, _ = await self._fetch(spec, url, "application/json")
        return prometheus_api.parse_matrix(body)

    async def metric_families(self, spec: TargetSpec) -> list[tuple[str, str, str]]:
        """Every family an endpoint's /metrics offers (for the metric chooser)."""
        async with asyncio.timeout(spec.timeout):
            code, body, _ = await self._fetch(spec, spec.metrics_url, "text/plain")
        if code != 200:
            raise BadAnswer(f"/metrics answered HTTP {code}")
        return await asyncio.to_thread(list_families, body.decode("utf-8", "replace"))

    # -- output ------------------------------------------------------------------------------------------
    def _emit(self, state: _State, sample: Sample) -> None:
        if self._stopping:
            return
        old = state.status
        self._last_status[sample.target] = sample.status
        if old != sample.status:
            state.status = sample.status
            if old is not None:
                event = StatusEvent(
                    sample.ts, sample.target, old, sample.status, sample.detail, state.spec.name
                )
                self._out.append(event)
                if self.writer is not None:
                    self.writer.submit(event)
        self._out.append(sample)
        if self.writer is not None:
            self.writer.submit(sample)


def _http_error(exc: BaseException) -> str:
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect: {exc}" if str(exc) else "cannot connect"
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.HTTPStatusError):
        return str(exc)
    if isinstance(exc, httpx.HTTPError):
        return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return str(exc)
