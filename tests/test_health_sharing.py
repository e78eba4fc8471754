"""Two consoles, one health history: one poll owner writes, the other follows the file and takes over
when the first goes away (closed, or killed: the operating system's lock is not left behind)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from console.health.history import HistoryStore, Sample, StatusEvent
from console.health.pollclient import PollClient
from console.health.sharing import HistoryFollower, PollLock, SharedPoller
from console.health.targets import TargetKind, TargetSpec
from tests.health_helpers import ROOT, ServerThread, drain_until, misbehaving_app
from tests.waiting import wait_for


@pytest.fixture(scope="module")
def server() -> Iterator[ServerThread]:
    with ServerThread(misbehaving_app()) as running:
        yield running


@pytest.fixture
def owners(tmp_path: Path) -> Iterator[Any]:
    made: list[SharedPoller] = []

    def make() -> SharedPoller:
        def client(last: dict[str, str]) -> PollClient:
            return PollClient(
                history_path=tmp_path / "history.sqlite3", last_status=last, batch_interval=0.05
            )

        shared = SharedPoller(tmp_path / "history.sqlite3", client)
        made.append(shared)
        return shared

    yield make
    for shared in made:
        shared.stop()


def spec(url: str) -> TargetSpec:
    return TargetSpec("shop", "shop", TargetKind.ENDPOINT, f"{url}/ok", interval=0.3, timeout=3.0)


def written(history: Path) -> int:
    store = HistoryStore(history)
    try:
        return int(store.conn.execute("SELECT count(*) FROM raw").fetchone()[0])
    finally:
        store.close()


def shop_samples(seen: list[Any]) -> list[Sample]:
    return [s for s in seen if isinstance(s, Sample) and s.target == "shop"]


def test_one_polls_and_writes_the_other_follows_then_takes_over(
    owners: Any, server: ServerThread, tmp_path: Path
) -> None:
    first, second = owners(), owners()
    first.start()
    second.start()
    assert first.client is not None and not first.following
    assert second.client is None and second.following and second.pid is None
    assert second.owner is not None and second.owner["pid"] == os.getpid()
    for shared in (first, second):
        shared.set_targets([spec(server.url)])

    # The second shows what the first's poller wrote, with the detail of the last state.
    seen = drain_until(second, lambda s: len(shop_samples(s)) >= 3, timeout=20)
    assert {s.status for s in shop_samples(seen)} == {"healthy"}
    assert all(s.latency is not None for s in shop_samples(seen))
    assert second.client is None  # it only read: one poller process for the file
    assert second.call("metric_families", spec(server.url)).exception() is not None

    # The first closes; the second takes the lock and polls (and writes) itself.
    first.stop()
    wait_for(lambda: second.client is not None, timeout=15)
    assert not second.following and second.lock.held
    before = written(tmp_path / "history.sqlite3")
    drain_until(second, lambda s: len(shop_samples(s)) >= 2, timeout=20)
    wait_for(lambda: written(tmp_path / "history.sqlite3") > before, timeout=15)


HOLD = """
import sys
from console.health.sharing import PollLock
lock = PollLock(sys.argv[1])
assert lock.acquire()
print("held", flush=True)
sys.stdin.readline()
"""


def test_a_killed_owner_leaves_no_stale_lock(owners: Any, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(tmp_path / "history.sqlite3")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        shared = owners()
        shared.start()
        assert shared.following and shared.owner is not None and shared.owner["pid"] == holder.pid
        assert not PollLock(tmp_path / "history.sqlite3").acquire()
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        wait_for(lambda: shared.client is not None, timeout=15)
        assert not shared.following
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait(10)


def test_the_follower_sees_every_current_status_and_the_changes_after_the_page_read(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore(path)
    t0 = time.time()
    store.write(
        [Sample("shop", t0 - 3600, "unhealthy", detail="down")],
        [StatusEvent(t0 - 3600, "shop", "healthy", "unhealthy")],
    )
    follower = HistoryFollower(path, since=t0)  # the page read the file at t0
    # Written after the page read the file, before the follower's first read.
    store.write([Sample("api", t0 + 0.5, "degraded")], [StatusEvent(t0 + 0.5, "api", "healthy", "degraded")])
    try:
        items = follower.read()
        assert {s.target: (s.status, s.detail) for s in items if isinstance(s, Sample)} == {
            "shop": ("unhealthy", "down"),
            "api": ("degraded", ""),
        }
        assert [(e.target, e.new) for e in items if isinstance(e, StatusEvent)] == [("api", "degraded")]
        assert follower.read() == []  # nothing twice
        store.write(
            [Sample("shop", t0 + 1, "healthy")], [StatusEvent(t0 + 1, "shop", "unhealthy", "healthy")]
        )
        items = follower.read()
        assert [(type(i).__name__, i.target) for i in items] == [("Sample", "shop"), ("StatusEvent", "shop")]
    finally:
        follower.close()
        store.close()


def test_the_follower_reads_what_is_new_not_the_whole_table(tmp_path: Path) -> None:
    """Counted in SQLite's virtual machine steps: a read with nothing new costs what the series
    cost, not the hours of raw points the file holds."""
    path = tmp_path / "history.sqlite3"
    store = HistoryStore(path)
    t0 = time.time()
    old = [
        Sample(f"t{i}", t0 - 3600 + k, "healthy", latency=0.01) for k in range(0, 3600, 2) for i in range(10)
    ]
    store.write(old)
    follower = HistoryFollower(path, since=t0)
    try:
        follower.read()
        store.write([Sample("t0", t0 + 1, "degraded", latency=0.5)])
        steps = 0

        def count() -> int:
            nonlocal steps
            steps += 1
            return 0

        assert follower._conn is not None
        follower._conn.set_progress_handler(count, 100)
        items = follower.read()
        assert [(s.target, s.status) for s in items if isinstance(s, Sample)] == [("t0", "degraded")]
        assert len(old) * 2 == 36_000  # raw points in the file
        assert steps * 100 < 5_000, f"{steps * 100} steps for one new sample"
    finally:
        follower.close()
        store.close()
