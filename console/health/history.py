"""The local health history: a SQLite file of raw samples and per-minute rollups, with retention.

Written by :class:`HistoryWriter` in a thread of its own (batched, one transaction a second), read
by the page off the GUI thread. The file lives in the data directory, one per connection profile
(``health-history-<profile>.sqlite3``), and needs no platform database: offline mode reads it as it is.

Series are ``(target, name)`` pairs: ``latency`` (seconds), ``status`` (0 healthy, 1 degraded,
2 unhealthy, 3 unknown) and ``metric:...`` values. Times are Unix seconds (UTC).
"""

from __future__ import annotations

import json
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

RAW_RETENTION = 6 * 3600.0
ROLLUP_RETENTION = 30 * 86400.0
PRUNE_EVERY = 600.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS targets (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, url TEXT, parent TEXT,
    interval REAL, updated_at REAL
);
CREATE TABLE IF NOT EXISTS series (
    id INTEGER PRIMARY KEY, target TEXT NOT NULL, name TEXT NOT NULL, UNIQUE (target, name)
);
CREATE TABLE IF NOT EXISTS raw (
    series INTEGER NOT NULL, ts REAL NOT NULL, value REAL, PRIMARY KEY (series, ts)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rollup (
    series INTEGER NOT NULL, minute INTEGER NOT NULL, n INTEGER NOT NULL, sum REAL NOT NULL,
    min REAL NOT NULL, max REAL NOT NULL, last REAL NOT NULL, PRIMARY KEY (series, minute)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, ts REAL NOT NULL, target TEXT NOT NULL, old TEXT, new TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX IF NOT EXISTS ix_events_ts ON events (ts);
CREATE TABLE IF NOT EXISTS last (
    target TEXT PRIMARY KEY, ts REAL NOT NULL, status TEXT NOT NULL, latency REAL, detail TEXT,
    checks TEXT
);
"""


def default_history_path(profile: str = "") -> Path:
    """The history file of a connection profile's targets (one file, one poller per profile):
    ``health-history.sqlite3`` without a profile, ``health-history-<profile>.sqlite3`` with one
    (characters other than letters, digits, ``.``, ``_`` and ``-`` percent-encoded)."""
    # lazy: pydantic-settings (0.13 s): the poll process imports this module
    from urllib.parse import quote

    from core.settings import data_dir

    suffix = f"-{quote(profile, safe='._-')}" if profile else ""
    return data_dir() / f"health-history{suffix}.sqlite3"


@dataclass(slots=True)
class Sample:
    """One poll of one target."""

    target: str
    ts: float
    status: str
    latency: float | None = None
    detail: str = ""
    checks: list[dict[str, Any]] | None = None
    values: dict[str, float] = field(default_factory=dict)
    # Targets the poller discovered (Prometheus instances): their name, kind and parent.
    name: str = ""
    kind: str = ""
    parent: str = ""


@dataclass(slots=True)
class StatusEvent:
    ts: float
    target: str
    old: str | None
    new: str
    detail: str = ""
    name: str = ""
    # Read from the file another console's poller writes: that console notifies it, not this one.
    followed: bool = False


@dataclass(frozen=True)
class TargetRecord:
    id: str
    name: str
    kind: str
    url: str
    parent: str
    interval: float | None


@dataclass(frozen=True)
class LastState:
    target: str
    ts: float
    status: str
    latency: float | None
    detail: str
    checks: list[dict[str, Any]] | None


def connect(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    path = Path(path)
    if readonly:
        # as_uri() percent-encodes what a URI would read otherwise (%, ?, # in a profile's file name)
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(SCHEMA)
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


class HistoryStore:
    """Reads and writes on one connection (use one store per thread)."""

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        raw_retention: float = RAW_RETENTION,
        rollup_retention: float = ROLLUP_RETENTION,
    ) -> None:
        self.path = Path(path) if path is not None else default_history_path()
        self.raw_retention = raw_retention
        self.rollup_retention = rollup_retention
        self.conn = connect(self.path)
        self._series: dict[tuple[str, str], int] = {}

    def close(self) -> None:
        self.conn.close()

    # -- writing ----------------------------------------------------------------------------
    def series_id(self, target: str, name: str) -> int:
        key = (target, name)
        found = self._series.get(key)
        if found is not None:
            return found
        self.conn.execute("INSERT OR IGNORE INTO series (target, name) VALUES (?, ?)", key)
        row = self.conn.execute("SELECT id FROM series WHERE target = ? AND name = ?", key).fetchone()
        self._series[key] = int(row[0])
        return self._series[key]

    def write(
        self,
        samples: Sequence[Sample],
        events: Sequence[StatusEvent] = (),
        targets: Iterable[TargetRecord] = (),
    ) -> None:
        """One transaction: raw points, rollups, last states, events, target names."""
        if not samples and not events:
            targets = list(targets)
            if not targets:
                return
        raw: list[tuple[int, float, float]] = []
        rollups: dict[tuple[int, int], list[float]] = {}
        lasts: dict[str, Sample] = {}
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for target in targets:
                conn.execute(
                    "INSERT INTO targets (id, name, kind, url, parent, interval, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                    "kind = excluded.kind, url = excluded.url, parent = excluded.parent, "
                    "interval = excluded.interval, updated_at = excluded.updated_at",
                    (
                        target.id,
                        target.name,
                        target.kind,
                        target.url,
                        target.parent,
                        target.interval,
                        time.time(),
                    ),
                )
            for s in samples:
                if s.name:
                    conn.execute(
                        "INSERT INTO targets (id, name, kind, url, parent, interval, updated_at) "
                        "VALUES (?, ?, ?, '', ?, NULL, ?) ON CONFLICT (id) DO UPDATE SET "
                        "name = excluded.name, updated_at = excluded.updated_at",
                        (s.target, s.name, s.kind or "instance", s.parent, s.ts),
                    )
                points = [("status", _status_number(s.status))]
                if s.latency is not None:
                    points.append(("latency", s.latency))
                points.extend(s.values.items())
                minute = int(s.ts // 60)
                for name, value in points:
                    sid = self.series_id(s.target, name)
                    raw.append((sid, s.ts, value))
                    acc = rollups.get((sid, minute))
                    if acc is None:
                        rollups[(sid, minute)] = [1, value, value, value, value, s.ts]
                    else:
                        acc[0] += 1
                        acc[1] += value
                        acc[2] = min(acc[2], value)
                        acc[3] = max(acc[3], value)
                        if s.ts >= acc[5]:
                            acc[4], acc[5] = value, s.ts
                previous = lasts.get(s.target)
                if previous is None or s.ts >= previous.ts:
                    lasts[s.target] = s
            if raw:
                conn.executemany("INSERT OR REPLACE INTO raw (series, ts, value) VALUES (?, ?, ?)", raw)
            if rollups:
                conn.executemany(
                    "INSERT INTO rollup (series, minute, n, sum, min, max, last) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (series, minute) DO UPDATE SET "
                    "n = n + excluded.n, sum = sum + excluded.sum, "
                    "min = min(min, excluded.min), max = max(max, excluded.max), last = excluded.last",
                    [(sid, minute, *acc[:5]) for (sid, minute), acc in rollups.items()],
                )
            if lasts:
                conn.executemany(
                    "INSERT OR REPLACE INTO last (target, ts, status, latency, detail, checks) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (
                            s.target,
                            s.ts,
                            s.status,
                            s.latency,
                            s.detail,
                            json.dumps(s.checks) if s.checks is not None else None,
                        )
                        for s in lasts.values()
                    ],
                )
            if events:
                conn.executemany(
                    "INSERT INTO events (ts, target, old, new, detail) VALUES (?, ?, ?, ?, ?)",
                    [(e.ts, e.target, e.old, e.new, e.detail) for e in events],
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def prune(self, now: float | None = None) -> None:
        now = time.time() if now is None else now
        self.conn.execute("DELETE FROM raw WHERE ts < ?", (now - self.raw_retention,))
        self.conn.execute("DELETE FROM rollup WHERE minute < ?", (int((now - self.rollup_retention) // 60),))
        self.conn.execute("DELETE FROM events WHERE ts < ?", (now - self.rollup_retention,))

    def forget_target(self, target: str) -> None:
        """Drop a removed target's history (and its instances')."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            ids = [
                target,
                *(r[0] for r in conn.execute("SELECT id FROM targets WHERE parent = ?", (target,))),
            ]
            for tid in ids:
                conn.execute(
                    "DELETE FROM raw WHERE series IN (SELECT id FROM series WHERE target = ?)", (tid,)
                )
                conn.execute(
                    "DELETE FROM rollup WHERE series IN (SELECT id FROM series WHERE target = ?)", (tid,)
                )
                for table in ("series", "events", "last"):
                    conn.execute(f"DELETE FROM {table} WHERE target = ?", (tid,))
                conn.execute("DELETE FROM targets WHERE id = ?", (tid,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self._series = {k: v for k, v in self._series.items() if k[0] not in ids}

    # -- reading ----------------------------------------------------------------------------
    def targets(self) -> list[TargetRecord]:
        rows = self.conn.execute(
            "SELECT id, name, kind, url, parent, interval FROM targets ORDER BY name"
        ).fetchall()
        return [TargetRecord(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5]) for r in rows]

    def last_states(self) -> dict[str, LastState]:
        rows = self.conn.execute("SELECT target, ts, status, latency, detail, checks FROM last").fetchall()
        return {
            r[0]: LastState(r[0], r[1], r[2], r[3], r[4] or "", json.loads(r[5]) if r[5] else None)
            for r in rows
        }

    def series_names(self, target: str) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute("SELECT name FROM series WHERE target = ? ORDER BY name", (target,))
        ]

    def raw(
        self, target: str, name: str, since: float, until: float | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        until = time.time() + 86400 if until is None else until
        rows = self.conn.execute(
            "SELECT r.ts, r.value FROM raw r JOIN series s ON s.id = r.series "
            "WHERE s.target = ? AND s.name = ? AND r.ts >= ? AND r.ts <= ? ORDER BY r.ts",
            (target, name, since, until),
        ).fetchall()
        return _arrays(rows)

    def rollups(
        self, target: str, name: str, since: float, until: float | None = None, how: str = "avg"
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per-minute values (``avg``, ``min``, ``max`` or ``last``), stamped mid-minute."""
        until = time.time() + 86400 if until is None else until
        column = {"avg": "r.sum / r.n", "min": "r.min", "max": "r.max", "last": "r.last"}[how]
        rows = self.conn.execute(
            f"SELECT r.minute * 60 + 30, {column} FROM rollup r JOIN series s ON s.id = r.series "
            "WHERE s.target = ? AND s.name = ? AND r.minute >= ? AND r.minute <= ? ORDER BY r.minute",
            (target, name, int(since // 60), int(until // 60)),
        ).fetchall()
        return _arrays(rows)

    def series(
        self, target: str, name: str, since: float, until: float | None = None, *, raw_limit: float = 3 * 3600
    ) -> tuple[np.ndarray, np.ndarray]:
        """Raw points for short spans, per-minute rollups for long ones (and where raw is pruned)."""
        until_v = time.time() if until is None else until
        if until_v - since <= raw_limit:
            t, v = self.raw(target, name, since, until)
            if len(t):
                return t, v
        if name == "status":
            return self.rollups(target, name, since, until, how="max")
        return self.rollups(target, name, since, until)

    def stats(self, target: str, name: str, since: float, until: float) -> dict[str, float] | None:
        row = self.conn.execute(
            "SELECT sum(r.n), sum(r.sum), min(r.min), max(r.max) "
            "FROM rollup r JOIN series s ON s.id = r.series "
            "WHERE s.target = ? AND s.name = ? AND r.minute >= ? AND r.minute <= ?",
            (target, name, int(since // 60), int(until // 60)),
        ).fetchone()
        if not row or not row[0]:
            return None
        return {"count": int(row[0]), "avg": row[1] / row[0], "min": row[2], "max": row[3]}

    def status_shares(self, target: str, since: float, until: float) -> dict[str, int]:
        """How many raw status samples fell on each status (from rollups when raw is gone)."""
        rows = self.conn.execute(
            "SELECT r.value, count(*) FROM raw r JOIN series s ON s.id = r.series "
            "WHERE s.target = ? AND s.name = 'status' AND r.ts >= ? AND r.ts <= ? GROUP BY r.value",
            (target, since, until),
        ).fetchall()
        if not rows:
            rows = self.conn.execute(
                "SELECT r.max, sum(r.n) FROM rollup r JOIN series s ON s.id = r.series "
                "WHERE s.target = ? AND s.name = 'status' AND r.minute >= ? AND r.minute <= ? GROUP BY r.max",
                (target, int(since // 60), int(until // 60)),
            ).fetchall()
        names = {v: k for k, v in _STATUS_NUMBERS.items()}
        return {names.get(float(value), "unknown"): int(n) for value, n in rows}

    def events(self, since: float = 0.0, until: float | None = None, limit: int = 1000) -> list[StatusEvent]:
        until = time.time() + 86400 if until is None else until
        rows = self.conn.execute(
            "SELECT e.ts, e.target, e.old, e.new, e.detail, coalesce(t.name, e.target) FROM events e "
            "LEFT JOIN targets t ON t.id = e.target WHERE e.ts >= ? AND e.ts <= ? ORDER BY e.ts DESC LIMIT ?",
            (since, until, limit),
        ).fetchall()
        return [StatusEvent(r[0], r[1], r[2], r[3], r[4] or "", r[5]) for r in rows]

    def newest(self) -> float | None:
        row = self.conn.execute("SELECT max(ts) FROM last").fetchone()
        return float(row[0]) if row and row[0] is not None else None


_STATUS_NUMBERS = {"healthy": 0.0, "degraded": 1.0, "unhealthy": 2.0, "unknown": 3.0}


def _status_number(status: str) -> float:
    return _STATUS_NUMBERS.get(status, 3.0)


def _arrays(rows: list[tuple[float, float]]) -> tuple[np.ndarray, np.ndarray]:
    if not rows:
        return np.empty(0), np.empty(0)
    data = np.asarray(rows, dtype=np.float64)
    return data[:, 0].copy(), data[:, 1].copy()


class HistoryWriter:
    """A thread that batches samples and events into the history file (one transaction a second)."""

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        flush_interval: float = 1.0,
        raw_retention: float = RAW_RETENTION,
        rollup_retention: float = ROLLUP_RETENTION,
    ) -> None:
        self.path = Path(path) if path is not None else default_history_path()
        self.flush_interval = flush_interval
        self.raw_retention = raw_retention
        self.rollup_retention = rollup_retention
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self.error: str | None = None
        self.written = 0

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="health-history", daemon=True)
        self._thread.start()
        self._ready.wait(10)

    def submit(self, item: Sample | StatusEvent | TargetRecord) -> None:
        self._queue.put(item)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted so far is written."""
        if self._thread is None:
            return True
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        if self._thread is None:
            return
        self._queue.put(None)
        self._thread.join(timeout)
        self._thread = None

    def _run(self) -> None:
        try:
            store = HistoryStore(
                self.path, raw_retention=self.raw_retention, rollup_retention=self.rollup_retention
            )
        except Exception as exc:
            self.error = f"cannot open the history file {self.path}: {exc}"
            log.error("%s", self.error)
            self._ready.set()
            self._drain_forever()
            return
        self._ready.set()
        last_prune = 0.0
        try:
            running = True
            while running:
                samples: list[Sample] = []
                events: list[StatusEvent] = []
                targets: list[TargetRecord] = []
                waiters: list[threading.Event] = []
                deadline = time.monotonic() + self.flush_interval
                while True:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    try:
                        item = self._queue.get(timeout=remaining)
                    except queue.Empty:
                        break
                    if item is None:
                        running = False
                        break
                    if isinstance(item, threading.Event):
                        waiters.append(item)
                        break
                    if isinstance(item, Sample):
                        samples.append(item)
                    elif isinstance(item, StatusEvent):
                        events.append(item)
                    elif isinstance(item, TargetRecord):
                        targets.append(item)
                try:
                    store.write(samples, events, targets)
                    self.written += len(samples)
                    now = time.time()
                    if now - last_prune > PRUNE_EVERY:
                        store.prune(now)
                        last_prune = now
                except Exception as exc:
                    self.error = f"cannot write the history file {self.path}: {exc}"
                    log.exception("history write failed")
                for waiter in waiters:
                    waiter.set()
        finally:
            store.close()

    def _drain_forever(self) -> None:
        """Without a file: keep accepting (and dropping) so producers never block."""
        while True:
            item = self._queue.get()
            if item is None:
                return
            if isinstance(item, threading.Event):
                item.set()
