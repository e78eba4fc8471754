"""Two consoles, one health history: one poll owner writes, the other follows the file and takes over
when the first goes away (closed, or killed: the operating system's lock is not left behind)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from console.health.history import HistoryStore, Sample
from console.health.pollclient import PollClient
from console.health.sharing import PollLock, SharedPoller
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
