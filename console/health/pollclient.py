"""The console's side of the poller process (:mod:`console.health.pollproc`), with the API of
:class:`~console.health.poller.PollEngine` the page uses: ``set_targets``, ``poll_now``, ``drain``,
``stop``, plus ``call`` for one-off requests (metric lists, Prometheus ranges).

Why a process: polling a few hundred endpoints a second (httpx, asyncio, parsing, SQLite) is
Python code, and the GUI thread waited for the GIL it held (stalls of 100-450 ms). In a process
of its own the poller competes for a CPU at most; here a reader thread unpickles one batch per
100 ms and the page drains it on its timer.

The local checks stay in this process: they use the console's own database connection and cost a
few milliseconds every ten seconds. An in-process :class:`PollEngine` runs them and hands their
samples to the poller process, which alone writes the history file.

If the process dies, its targets turn "unknown" with the reason, and it is started again after
1, 2, 5, 10 and then every 30 seconds.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import itertools
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from console.health import wire
from console.health.history import Sample, StatusEvent, TargetRecord
from console.health.parsing import BadAnswer
from console.health.poller import MAX_BODY, PollEngine
from console.health.targets import TargetKind, TargetSpec

log = logging.getLogger(__name__)

RESTART_DELAYS = (1.0, 2.0, 5.0, 10.0, 30.0)
STABLE_AFTER = 60.0  # a process that lived this long starts the restart delays over
BATCH_INTERVAL = 0.1
STOP_WAIT = 5.0
PACKAGE_ROOT = Path(__file__).resolve().parents[2]


class PollerGone(RuntimeError):
    """The poller process is not there (stopped, or died) to answer."""


class HistoryLink:
    """What the console knows of the history writer in the poller process."""

    def __init__(self, client: PollClient, path: Path) -> None:
        self.client = client
        self.path = path
        self.written = 0  # samples written so far (by every poller process of this client)
        self.error: str | None = None

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything polled so far is in the file."""
        return self.client.flush_history(timeout)


class _Channel:
    """One poller process: its pipes and the thread that writes commands to it (the GUI thread
    never blocks on a full pipe)."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdout = self.proc.stdout
        self.started = time.monotonic()
        self._out = wire.FrameWriter(self.proc.stdin)
        self._queue: queue.SimpleQueue[tuple[Any, ...] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._write, name="health-commands", daemon=True)
        self._thread.start()

    def send(self, *message: Any) -> None:
        self._queue.put(message)

    def close(self) -> None:
        """No more commands: the process exits once it has read them."""
        self._queue.put(None)

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()

    def _write(self) -> None:
        while (message := self._queue.get()) is not None:
            try:
                self._out.send(*message)
            except (OSError, ValueError):  # the process is gone: the reader sees it end
                break
        with contextlib.suppress(OSError, ValueError):
            self._out.close()


class _Forward:
    """The local engine's history writer: its samples go to the poller process's writer."""

    def __init__(self, client: PollClient) -> None:
        self.client = client

    def submit(self, item: Sample | StatusEvent | TargetRecord) -> None:
        self.client.send(wire.RECORD, [item])


class PollClient:
    """Polls targets in a child process (the local checks in a thread); thread-safe."""

    def __init__(
        self,
        *,
        history_path: Path | str | None = None,
        local_checks: Callable[[], Any] | None = None,
        max_body: int = MAX_BODY,
        last_status: dict[str, str] | None = None,
        spread: bool = True,
        batch_interval: float = BATCH_INTERVAL,
        restart_delays: Sequence[float] = RESTART_DELAYS,
        python: str = sys.executable,
    ) -> None:
        self.history = HistoryLink(self, Path(history_path)) if history_path is not None else None
        self.local_checks_factory = local_checks
        self.max_body = max_body
        self.spread = spread
        self.batch_interval = batch_interval
        self.restart_delays = tuple(restart_delays) or RESTART_DELAYS
        self.python = python
        self.restarts = 0
        self.error: str | None = None  # why the last poller process ended, when it was not asked to
        self._last_status = dict(last_status or {})
        self._local: PollEngine | None = None
        self._items: collections.deque[Sample | StatusEvent] = collections.deque()
        self._lock = threading.Lock()
        self._channel: _Channel | None = None
        self._remote: list[TargetSpec] = []
        self._unsent: list[Sample | StatusEvent] = []  # for the history file of the next process
        self._calls: dict[int, concurrent.futures.Future[Any]] = {}
        self._call_ids = itertools.count(1)
        self._supervisor: threading.Thread | None = None
        self._stopping = False
        self._wake = threading.Event()
        self._child_polls = 0
        self._earlier_polls = 0  # polls (and samples written) of the processes before this one
        self._child_written = 0
        self._earlier_written = 0

    # -- lifecycle (any thread) ------------------------------------------------------------------
    def start(self) -> None:
        if self._supervisor is not None:
            return
        self._local = PollEngine(
            writer=_Forward(self) if self.history is not None else None,
            local_checks=self.local_checks_factory,
            max_body=self.max_body,
            last_status=self._last_status,
            spread=self.spread,
        )
        self._local.start()
        try:
            with self._lock:
                self._channel = self._spawn()
        except OSError:
            self._local.stop()
            raise
        self._supervisor = threading.Thread(target=self._supervise, name="health-poller-io", daemon=True)
        self._supervisor.start()

    def stop(self, timeout: float = STOP_WAIT) -> None:
        """Stop polling; returns once the process has written the history file and exited."""
        if self._supervisor is None:
            return
        if self._local is not None:
            self._local.stop(timeout)  # first: its last samples go out before ``stop``
        with self._lock:
            self._stopping = True
            channel = self._channel
        self._wake.set()
        if channel is not None:
            channel.send(wire.STOP)
            channel.close()
            try:
                channel.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                log.warning("the poller process did not stop within %g s: killed", timeout)
                channel.kill()
                channel.proc.wait(timeout)
        self._supervisor.join(timeout)
        self._supervisor = None
        self._fail_calls(PollerGone("the poller stopped"))

    @property
    def running(self) -> bool:
        return self._supervisor is not None and not self._stopping

    @property
    def polls(self) -> int:
        local = self._local.polls if self._local is not None else 0
        return self._earlier_polls + self._child_polls + local

    @property
    def pid(self) -> int | None:
        channel = self._channel
        return channel.proc.pid if channel is not None else None

    # -- commands (any thread) -------------------------------------------------------------------
    def set_targets(self, specs: list[TargetSpec]) -> None:
        if self._local is None:
            raise RuntimeError("the poller is not running")
        self._local.set_targets([s for s in specs if s.kind is TargetKind.LOCAL])
        with self._lock:
            self._remote = [s for s in specs if s.kind is not TargetKind.LOCAL]
            if self._channel is not None:
                self._channel.send(wire.TARGETS, self._remote)

    def poll_now(self, target_id: str | None = None) -> None:
        if self._local is not None:
            self._local.poll_now(target_id)
        self.send(wire.POLL_NOW, target_id)

    def drain(self, limit: int | None = None) -> list[Sample | StatusEvent]:
        out = self._local.drain(limit) if self._local is not None else []
        items = self._items
        n = len(items) if limit is None else min(max(0, limit - len(out)), len(items))
        pop = items.popleft
        out.extend(pop() for _ in range(n))
        return out

    def call(self, method: str, *args: Any) -> concurrent.futures.Future[Any]:
        """Run ``PollEngine.<method>(*args)`` in the poller process (``metric_families``,
        ``query_range``); a future of its result."""
        return self._request(wire.CALL, method, args)

    def flush_history(self, timeout: float = 10.0) -> bool:
        if self.history is None:
            return True
        try:
            ok, written = self._request(wire.FLUSH, timeout).result(timeout + 1.0)
        except (PollerGone, concurrent.futures.TimeoutError):
            return False
        self._child_written = max(self._child_written, written)
        self.history.written = self._earlier_written + self._child_written
        return bool(ok)

    def send(self, *message: Any) -> None:
        with self._lock:
            if self._channel is not None and not self._stopping:
                self._channel.send(*message)

    def _request(self, kind: str, *args: Any) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        with self._lock:
            if self._channel is None or self._stopping:
                future.set_exception(PollerGone("the poller is not running"))
                return future
            call_id = next(self._call_ids)
            self._calls[call_id] = future
            self._channel.send(kind, call_id, *args)
        return future

    # -- the process (supervisor thread) ---------------------------------------------------------
    def _spawn(self) -> _Channel:
        """A new poller process, told the configuration and the targets (holding the lock)."""
        env = dict(os.environ)
        paths = env.get("PYTHONPATH", "").split(os.pathsep) if env.get("PYTHONPATH") else []
        if str(PACKAGE_ROOT) not in paths:
            env["PYTHONPATH"] = os.pathsep.join([str(PACKAGE_ROOT), *paths])
        channel = _Channel([self.python, "-m", "console.health.pollproc"], env)
        channel.send(
            wire.CONFIG,
            {
                "history_path": str(self.history.path) if self.history is not None else None,
                "max_body": self.max_body,
                "last_status": dict(self._last_status),
                "spread": self.spread,
                "batch_interval": self.batch_interval,
                "log_level": logging.getLogger().getEffectiveLevel(),
            },
        )
        if self._unsent:
            channel.send(wire.RECORD, self._unsent)
            self._unsent = []
        channel.send(wire.TARGETS, self._remote)
        return channel

    def _supervise(self) -> None:
        failures = 0
        while True:
            channel = self._channel
            assert channel is not None
            problem = self._read(channel)
            try:
                code = channel.proc.wait(STOP_WAIT)
            except subprocess.TimeoutExpired:  # its output ended, yet it runs: not to be trusted
                channel.kill()
                code = channel.proc.wait()
            channel.close()  # ends its command thread
            if self._stopping:
                return
            lived = time.monotonic() - channel.started
            failures = 1 if lived > STABLE_AFTER else failures + 1
            delay = self.restart_delays[min(failures, len(self.restart_delays)) - 1]
            self.error = f"the poller process stopped (exit code {code})"
            if problem:
                self.error = f"{self.error}: {problem}"
            log.error("%s; starting it again in %g s", self.error, delay)
            self._fail_calls(PollerGone(self.error))
            self._mark_unknown(self.error)
            if self._wake.wait(delay):
                return  # stopped meanwhile
            with self._lock:
                if self._stopping:
                    return
                self._earlier_polls += self._child_polls
                self._earlier_written += self._child_written
                self._child_polls = self._child_written = 0
                try:
                    self._channel = self._spawn()
                except OSError as exc:
                    log.error("cannot start the poller process: %s", exc)
                    self._channel = None
                    return
                self.restarts += 1

    def _read(self, channel: _Channel) -> str | None:
        """Handle what the process sends until it ends; what went wrong on this side, if anything."""
        try:
            while (message := wire.read_frame(channel.stdout)) is not None:
                self._dispatch(message)
        except Exception as exc:  # a bad frame: this process cannot be trusted to go on
            log.exception("bad message from the poller process")
            channel.kill()
            return f"bad message: {exc}"
        return None

    def _dispatch(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == wire.BATCH:
            _kind, polls, written, error, items = message
            self._child_polls = polls
            if self.history is not None:
                self._child_written = written
                self.history.written = self._earlier_written + written
                self.history.error = error
            last = self._last_status
            for item in items:
                if type(item) is Sample:
                    last[item.target] = item.status
            self._items.extend(items)
        elif kind == wire.REPLY:
            _kind, call_id, ok, value = message
            future = self._calls.pop(call_id, None)
            if future is not None and not future.done():
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(_remote_error(value))
        elif kind == wire.LOG:
            _kind, level, name, text = message
            logging.getLogger(name).log(level, "poller process: %s", text)
        else:
            log.warning("unknown message from the poller process: %r", kind)

    def _mark_unknown(self, reason: str) -> None:
        """The remote targets are "unknown" while no process polls them (and an event says so)."""
        now = time.time()
        with self._lock:
            specs = list(self._remote)
        out: list[Sample | StatusEvent] = []
        for spec in specs:
            old = self._last_status.get(spec.id)
            if old is not None and old != "unknown":
                out.append(StatusEvent(now, spec.id, old, "unknown", reason, spec.name))
            out.append(Sample(spec.id, now, "unknown", None, reason))
            self._last_status[spec.id] = "unknown"
        self._items.extend(out)
        if self.history is not None:
            with self._lock:
                self._unsent.extend(out)

    def _fail_calls(self, exc: Exception) -> None:
        with self._lock:
            calls, self._calls = self._calls, {}
        for future in calls.values():
            if not future.done():
                future.set_exception(exc)


def _remote_error(value: Any) -> Exception:
    kind, text = value if isinstance(value, tuple) and len(value) == 2 else ("error", str(value))
    if kind == "bad_answer":
        return BadAnswer(text)
    if kind == "timeout":
        return TimeoutError(text)
    return RuntimeError(text)
