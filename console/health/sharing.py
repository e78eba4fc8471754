"""Two consoles on one machine share one health history: one polls and writes, the others read.

The console whose page takes the lock file beside the history (``<history>.poller.lock``) polls
with its :class:`~console.health.pollclient.PollClient` (its poller process alone writes the
file); another console's page follows the file instead: it reads the samples and status changes
the first one writes, and retries the lock every second, so it takes over polling when the first
console closes or dies. The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking``
on Windows): a process that dies holds nothing, so a stale lock cannot stay behind. Qt-free, like
the rest of :mod:`console.health`.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import json
import logging
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from console.health.history import Sample, StatusEvent, connect
from console.health.parsing import STATUSES
from console.health.pollclient import PollClient, PollerGone
from console.health.targets import TargetSpec

log = logging.getLogger(__name__)

FOLLOW_INTERVAL = 1.0
OVERLAP = 30.0  # seconds read again each time: a batch may land late with older timestamps

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def lock_path(history_path: Path | str) -> Path:
    path = Path(history_path)
    return path.with_name(path.name + ".poller.lock")


class PollLock:
    """Who polls for a history file: held by one process (one console page) at a time."""

    def __init__(self, history_path: Path | str) -> None:
        self.path = lock_path(history_path)
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock if nobody holds it (never waits); says who holds it in the file."""
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115  # held open as long as the lock
        if not _try_lock(handle):
            handle.close()
            return False
        owner = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(owner).encode())
        handle.flush()
        self._handle = handle
        return True

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.truncate(0)
            handle.close()  # closing the file releases the lock

    def owner(self) -> dict[str, Any] | None:
        """The holder's pid, host and since when (None when unknown)."""
        try:
            data = json.loads(self.path.read_bytes() or b"null")
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None


class HistoryFollower:
    """Reads what another process writes to the history file: samples (rebuilt from the raw
    status, latency and metric points, with the detail of the last state) and status changes.

    The first read also gives each target's last state (its current status, however long ago
    it changed) and the status changes after ``since``. Each read after looks only at what is
    new: the raw points of each series from the cursor on (through the table's primary key,
    never a scan of the table) and the status changes after the last one read."""

    def __init__(self, history_path: Path | str, since: float | None = None) -> None:
        self.path = Path(history_path)
        self._floor = time.time() if since is None else since  # what the page read already
        self._cursor = self._floor
        self._seen: dict[tuple[str, float], float] = {}  # (target, ts) -> ts, within OVERLAP
        self._event_id: int | None = None
        self._conn: sqlite3.Connection | None = None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def read(self) -> list[Sample | StatusEvent]:
        if self._conn is None:
            if not self.path.exists():
                return []
            self._conn = connect(self.path, readonly=True)
        conn = self._conn
        names = {r[0]: r[1:] for r in conn.execute("SELECT id, name, kind, parent FROM targets")}
        lasts = {r[0]: r[1:] for r in conn.execute("SELECT target, ts, status, detail, checks FROM last")}
        first = self._event_id is None
        # CROSS JOIN keeps series as the outer loop: each series' new points are a range of the
        # raw table's primary key (series, ts), so a read costs what is new, not the table.
        rows = conn.execute(
            "SELECT s.target, s.name, r.ts, r.value FROM series s CROSS JOIN raw r "
            "ON r.series = s.id AND r.ts > ? ORDER BY r.ts",
            (max(self._floor, self._cursor - OVERLAP),),
        ).fetchall()
        samples: dict[tuple[str, float], Sample] = {}

        def sample_for(target: str, ts: float) -> Sample:
            sample = samples.get((target, ts))
            if sample is None:
                sample = samples[(target, ts)] = Sample(target, ts, "unknown")
                if target in names:
                    sample.name, sample.kind, sample.parent = (names[target][0], *names[target][1:])
            return sample

        for target, name, ts, value in rows:
            if (target, ts) in self._seen:
                continue
            sample = sample_for(target, ts)
            if name == "status":
                sample.status = STATUSES[min(max(int(value), 0), len(STATUSES) - 1)]
            elif name == "latency":
                sample.latency = value
            else:
                sample.values[name] = value
        if first:  # the current status of every target, even one written before ``since``
            for target, (ts, status, _detail, _checks) in lasts.items():
                if (target, ts) not in samples:
                    sample_for(target, ts).status = status
        for (target, ts), sample in samples.items():
            last = lasts.get(target)
            if last is not None and last[0] == ts:
                sample.detail = last[2] or ""
                sample.checks = json.loads(last[3]) if last[3] else None
            self._seen[(target, ts)] = ts
            self._cursor = max(self._cursor, ts)
        self._seen = {k: ts for k, ts in self._seen.items() if ts > self._cursor - 2 * OVERLAP}
        if first:  # the changes after what the page read (however late they were written)
            top = conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
            event_rows = conn.execute(
                "SELECT id, ts, target, old, new, detail FROM events WHERE id <= ? AND ts > ? ORDER BY id",
                (top, self._floor),
            ).fetchall()
            self._event_id = top
        else:
            event_rows = conn.execute(
                "SELECT id, ts, target, old, new, detail FROM events WHERE id > ? ORDER BY id",
                (self._event_id,),
            ).fetchall()
            if event_rows:
                self._event_id = event_rows[-1][0]
        events = [
            StatusEvent(ts, target, old, new, detail or "", names.get(target, ("",))[0], followed=True)
            for _id, ts, target, old, new, detail in event_rows
        ]
        return [*sorted(samples.values(), key=lambda s: s.ts), *events]


def last_statuses(history_path: Path) -> dict[str, str]:
    """Each target's last status in the history file (empty when there is none yet)."""
    if not history_path.exists():
        return {}
    conn = connect(history_path, readonly=True)
    try:
        return dict(conn.execute("SELECT target, status FROM last").fetchall())
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


class SharedPoller:
    """The page's engine when it writes the history: a :class:`PollClient` while this process
    holds the lock, else a follower of the file (until the lock is free). The API of PollClient."""

    def __init__(
        self,
        history_path: Path | str,
        make_client: Callable[[dict[str, str]], PollClient],
        *,
        since: float | None = None,
    ) -> None:
        """``make_client(last_status)`` builds the poller; ``since``: what the page read already."""
        self.history_path = Path(history_path)
        self.lock = PollLock(history_path)
        self.make_client = make_client
        self.since = since
        self.client: PollClient | None = None
        self.follower: HistoryFollower | None = None
        self._items: collections.deque[Sample | StatusEvent] = collections.deque()
        self._targets: list[TargetSpec] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._mutex = threading.Lock()
        self.owner: dict[str, Any] | None = None  # who polls, while this one follows

    # -- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> None:
        if self.lock.acquire():
            self._own()
            return
        self.owner = self.lock.owner()
        self.follower = HistoryFollower(self.history_path, self.since)
        self._thread = threading.Thread(target=self._follow, name="health-follow", daemon=True)
        self._thread.start()

    def _own(self) -> None:
        client = self.make_client(last_statuses(self.history_path))  # no event for what was known
        client.start()
        with self._mutex:
            self.client = client
            client.set_targets(self._targets)

    def _follow(self) -> None:
        while not self._stop.wait(FOLLOW_INTERVAL):
            follower = self.follower
            if follower is None:
                return
            self.owner = self.lock.owner()
            try:
                self._items.extend(follower.read())
            except sqlite3.Error as exc:  # being created, or pruned under us: next time
                log.debug("following the health history: %s", exc)
            try:
                acquired = self.lock.acquire()
            except OSError as exc:  # the lock file went away with its folder: go on following
                log.debug("taking the health poll lock: %s", exc)
                acquired = False
            if acquired:  # the polling console went away: this one polls now
                with contextlib.suppress(sqlite3.Error):  # what it wrote on its way out
                    self._items.extend(follower.read())
                follower.close()
                self.follower = None
                if not self._stop.is_set():
                    self._own()
                else:
                    self.lock.release()
                return

    def stop(self, timeout: float | None = None) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None
        if self.client is not None:
            self.client.stop() if timeout is None else self.client.stop(timeout)  # writes, then exits
        if self.follower is not None:
            self.follower.close()
        self.lock.release()

    # -- the PollClient API ------------------------------------------------------------------------
    @property
    def following(self) -> bool:
        """Another process polls; this one shows what it writes."""
        return self.client is None and not self._stop.is_set()

    @property
    def running(self) -> bool:
        return not self._stop.is_set()

    @property
    def history(self) -> Any:
        return self.client.history if self.client is not None else None

    @property
    def polls(self) -> int:
        return self.client.polls if self.client is not None else 0

    @property
    def pid(self) -> int | None:
        return self.client.pid if self.client is not None else None

    def set_targets(self, specs: list[TargetSpec]) -> None:
        with self._mutex:
            self._targets = list(specs)
            if self.client is not None:
                self.client.set_targets(self._targets)

    def poll_now(self, target_id: str | None = None) -> None:
        if self.client is not None:
            self.client.poll_now(target_id)

    def drain(self, limit: int | None = None) -> list[Sample | StatusEvent]:
        out: list[Sample | StatusEvent] = []
        items = self._items
        n = len(items) if limit is None else min(limit, len(items))
        out.extend(items.popleft() for _ in range(n))
        if self.client is not None:
            out.extend(self.client.drain(None if limit is None else max(0, limit - len(out))))
        return out

    def call(self, method: str, *args: Any) -> concurrent.futures.Future[Any]:
        if self.client is not None:
            return self.client.call(method, *args)
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        future.set_exception(PollerGone("another console polls these targets"))
        return future

    def flush_history(self, timeout: float = 10.0) -> bool:
        return self.client.flush_history(timeout) if self.client is not None else True
