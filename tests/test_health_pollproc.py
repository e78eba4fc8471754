"""The poller process behind the health page: what crosses the pipe, bad answers, a dying process,
and no orphan when the console goes away."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from console.health import wire
from console.health.history import HistoryStore, StatusEvent
from console.health.parsing import BadAnswer
from console.health.pollclient import PACKAGE_ROOT, PollClient, PollerGone
from console.health.targets import TargetKind, TargetSpec, local_target
from tests.health_helpers import (
    ServerThread,
    assert_bad_answers,
    drain_until,
    latest_sample,
    misbehaving_app,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.fixture(scope="module")
def bad_server() -> Iterator[ServerThread]:
    with ServerThread(misbehaving_app()) as server:
        yield server


@pytest.fixture
def client() -> Iterator[Callable[..., PollClient]]:
    made: list[PollClient] = []

    def make(**kw: Any) -> PollClient:
        c = PollClient(**kw)
        c.start()
        made.append(c)
        return c

    yield make
    for c in made:
        c.stop()


def endpoint(url: str, name: str, **kw: Any) -> TargetSpec:
    kw.setdefault("interval", 0.3)
    kw.setdefault("timeout", 2.0)
    return TargetSpec(name, name, TargetKind.ENDPOINT, url, **kw)


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent to reap it has exited)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def wait_gone(pid: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while alive(pid):
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            raise AssertionError(f"process {pid} still runs {timeout} s later")
        time.sleep(0.05)


def test_bad_answers_are_errors_on_their_targets_not_a_crash(
    client: Callable[..., PollClient], bad_server: ServerThread
) -> None:
    url = bad_server.url
    specs = [
        endpoint(f"{url}/ok", "ok"),
        endpoint(f"{url}/html", "html"),
        endpoint(f"{url}/notjson", "notjson"),
        endpoint(f"{url}/huge", "huge", timeout=5.0),
        endpoint(f"{url}/slow", "slow", timeout=0.5),
        endpoint("http://127.0.0.1:1", "closed"),
    ]
    poller = client(max_body=512 * 1024)
    pid = poller.pid
    poller.set_targets(specs)
    seen = drain_until(poller, lambda s: all(latest_sample(s, t.id) is not None for t in specs))
    assert latest_sample(seen, "ok").status == "healthy"
    assert_bad_answers(seen)
    # The process went on polling: same process, still sending.
    drain_until(poller, lambda s: latest_sample(s, "ok") is not None)
    assert poller.pid == pid and poller.restarts == 0 and poller.running
    # One-off requests answer with the poller's errors.
    assert [name for name, _k, _h in poller.call("metric_families", specs[0]).result(10)] == ["g"]
    with pytest.raises(BadAnswer, match="not Prometheus text"):
        poller.call("metric_families", specs[1]).result(10)
    with pytest.raises(RuntimeError, match="unknown request"):
        poller.call("shutdown").result(10)


def test_history_and_local_checks_across_the_process(
    client: Callable[..., PollClient], bad_server: ServerThread, sqlite_db: Any, tmp_path: Path
) -> None:
    from core.observability import local_checks

    path = tmp_path / "history.sqlite3"
    poller = client(history_path=path, local_checks=lambda: local_checks(sqlite_db))
    poller.set_targets([local_target(interval=1), endpoint(f"{bad_server.url}/ok", "ok")])
    drain_until(
        poller, lambda s: latest_sample(s, "local") is not None and latest_sample(s, "ok") is not None, 30
    )
    assert poller.history is not None and poller.history.flush(10)
    assert poller.history.written >= 1 and poller.history.error is None
    store = HistoryStore(path)
    try:
        # The local checks ran here, the endpoint there: one file has both.
        assert store.last_states()["local"].status == "healthy"
        assert len(store.raw("ok", "latency", 0)[0]) >= 1
    finally:
        store.close()
    started = time.monotonic()
    poller.stop()
    assert time.monotonic() - started < 3 and not poller.running
    with pytest.raises(PollerGone):
        poller.call("metric_families", endpoint(bad_server.url, "x")).result(1)


def test_a_dead_poller_process_turns_its_targets_unknown_and_comes_back(
    client: Callable[..., PollClient], bad_server: ServerThread
) -> None:
    poller = client(restart_delays=(0.2,))
    poller.set_targets([endpoint(f"{bad_server.url}/ok", "ok")])
    drain_until(poller, lambda s: (x := latest_sample(s, "ok")) is not None and x.status == "healthy")
    first = poller.pid
    assert first is not None
    os.kill(first, signal.SIGKILL)
    seen = drain_until(poller, lambda s: (x := latest_sample(s, "ok")) is not None and x.status == "unknown")
    gone = latest_sample(seen, "ok")
    assert "poller process stopped" in gone.detail and "exit code -9" in gone.detail
    event = next(e for e in seen if isinstance(e, StatusEvent))
    assert (event.old, event.new) == ("healthy", "unknown")
    seen = drain_until(poller, lambda s: (x := latest_sample(s, "ok")) is not None and x.status == "healthy")
    assert poller.restarts == 1 and poller.pid != first
    wait_gone(first)


def test_the_process_exits_when_its_pipe_closes() -> None:
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "console.health.pollproc"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        out = wire.FrameWriter(proc.stdin)
        out.send(wire.CONFIG, {"batch_interval": 0.05})
        out.send(wire.TARGETS, [endpoint("http://127.0.0.1:1", "closed")])
        message = wire.read_frame(proc.stdout)
        assert message is not None and message[0] == wire.BATCH
        out.close()  # what the console's death does to the pipe
        assert proc.wait(10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_no_orphan_when_the_console_is_killed(tmp_path: Path) -> None:
    script = (
        "import time\n"
        "from console.health.pollclient import PollClient\n"
        "c = PollClient()\n"
        "c.start()\n"
        "print(c.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    console = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        cwd=PACKAGE_ROOT,
    )
    assert console.stdout is not None
    try:
        child = int(console.stdout.readline())
        assert alive(child)
        console.kill()  # no stop(), no atexit: only the pipe's end tells the poller
        console.wait(10)
        wait_gone(child)
    finally:
        if console.poll() is None:
            console.kill()
            console.wait()
