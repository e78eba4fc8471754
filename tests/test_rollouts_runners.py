"""Runners on SQLite and PostgreSQL: two racing never advance one rollout twice; a runner killed
(kill -9) between a wave's writes and their commit leaves the rollout resumable, the wave applied
exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.actor import Actor
from core.db import Database
from core.models import AuditEntry, PlatformModule
from core.services.rollouts import SLEEP_BEFORE_COMMIT_ENV, RolloutService
from tests.cli_helpers import url_of
from tests.foundation_helpers import PASSWORD, add_platforms, enabled_on, make_user
from tests.health_helpers import serve_process
from tests.process_env import console_env
from tests.rollout_helpers import Clock, request
from tests.waiting import wait_for

ROOT = Actor.system("admin:root")
ROOT_DIR = Path(__file__).resolve().parents[1]


def _count(db: Database, action: str) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).where(AuditEntry.action == action)) or 0)


def test_two_runners_never_advance_one_rollout_twice(db: Database) -> None:
    fleet = add_platforms(db, 30)
    clock = Clock()
    rid = RolloutService(db, clock=clock).create(ROOT, request(waves="1,2,5,100%"))["id"]
    RolloutService(db, clock=clock).start(ROOT, rid)
    # Two runners as two processes would be: each its own engine.
    databases = [Database(url_of(db)) for _ in range(2)]
    runners = [RolloutService(d, clock=clock, prometheus_url="") for d in databases]
    barrier = threading.Barrier(2)
    moves: list[list[tuple[int, str]]] = [[], []]
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            for _ in range(12):
                barrier.wait()
                moves[index] += runners[index].advance_due(f"runner-{index}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for d in databases:
        d.dispose()
    assert errors == []
    together = [state for m in moves for _rid, state in m]
    # 4 waves: applied (baking) and passed (running, or completed for the last) once each.
    assert sorted(together) == sorted(["baking"] * 4 + ["running"] * 3 + ["completed"])
    assert _count(db, "rollouts.wave_applied") == 4
    assert RolloutService(db).show(ROOT, rid)["state"] == "completed"
    assert enabled_on(db, "orders") == fleet
    with db.sessions() as session:
        orders_on = (PlatformModule.module_code == "orders", PlatformModule.enabled.is_(True))
        times_enabled = session.scalar(select(func.count()).where(*orders_on))
    assert times_enabled == len(fleet)


def _runner(
    url: str, home: Path, *args: str, sleep_before_commit: float | None = None, user: str | None = None
) -> subprocess.Popen[str]:
    """``platformctl rollouts run ARGS`` in its own process (the test hook's pause, if given; as
    the admin user ``user``, whose password is the tests' own, if given)."""
    env = console_env(home, ROOT_DIR)
    if sleep_before_commit is not None:
        env[SLEEP_BEFORE_COMMIT_ENV] = str(sleep_before_commit)
    if user is not None:
        env["PLATFORM_PASSWORD"] = PASSWORD
        args = (*args, "--user", user)
    return subprocess.Popen(
        [sys.executable, "-m", "console.cli", "--db", url, "rollouts", "run", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@contextmanager
def _reaped(proc: subprocess.Popen[str]) -> Iterator[subprocess.Popen[str]]:
    """The process, killed on the way out if the test left it running."""
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _until_the_hook(proc: subprocess.Popen[str]) -> None:
    """Read stderr until the runner says a wave is written, not committed."""
    assert proc.stderr is not None
    line = ""
    while "not committed" not in line:
        line = proc.stderr.readline()
        assert line, "the runner ended before reaching the hook"


def test_a_runner_killed_between_writes_and_commit_leaves_the_rollout_resumable(
    db: Database, tmp_path: Path
) -> None:
    fleet = add_platforms(db, 12)
    service = RolloutService(db, prometheus_url="")
    rid = service.create(ROOT, request(waves="4,100%"))["id"]
    service.start(ROOT, rid)
    with _reaped(_runner(url_of(db), tmp_path, "--once", sleep_before_commit=120)) as proc:
        _until_the_hook(proc)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    doc = service.show(ROOT, rid)
    assert doc["state"] == "running" and doc["waves"][0]["state"] == "pending"
    assert enabled_on(db, "orders") == []
    assert _count(db, "rollouts.wave_applied") == 0

    # Another runner resumes it (PostgreSQL may hold the dead session's row lock a moment:
    # SKIP LOCKED passes it by until the server has noticed).
    moved: list[tuple[int, str]] = []
    for _ in range(100):
        moved = service.advance_due("survivor")
        if moved:
            break
        time.sleep(0.1)
    assert moved == [(rid, "baking")]
    wave1 = service.show(ROOT, rid)["waves"][0]
    assert len(wave1["platforms"]) == 4 and wave1["changed"] == wave1["platforms"]
    assert enabled_on(db, "orders") == wave1["platforms"]
    assert _count(db, "rollouts.wave_applied") == 1
    assert set(wave1["platforms"]) <= set(fleet)


def test_serve_advances_rollouts_in_the_background(db: Database) -> None:
    fleet = add_platforms(db, 5)
    service = RolloutService(db, prometheus_url="")
    rid = service.create(ROOT, request(waves="2,100%"))["id"]
    service.start(ROOT, rid)
    with serve_process(url_of(db), "--rollouts-interval", "1s"):
        wait_for(lambda: service.show(ROOT, rid)["state"] == "completed", timeout=60)
    assert enabled_on(db, "orders") == fleet
    assert _count(db, "rollouts.wave_applied") == 2


def test_the_background_runner_says_an_error_once_and_goes_on(db: Database, caplog) -> None:
    from core.services.rollouts import BackgroundRunner

    service = RolloutService(db, prometheus_url="")
    runner = BackgroundRunner(service, 1.0, "test")
    service.advance_due = lambda name: 1 / 0  # type: ignore[method-assign]  # a bug in a round
    assert runner.round() == [] and runner.round() == []
    assert sum("advancing rollouts failed" in r.message for r in caplog.records) == 1


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_the_loop_stops_cleanly_on_a_signal_while_it_sleeps(db: Database, tmp_path: Path, sig: int) -> None:
    add_platforms(db, 4)
    service = RolloutService(db, prometheus_url="")
    rid = service.create(ROOT, request(waves="2,100%"))["id"]
    service.start(ROOT, rid)
    with _reaped(_runner(url_of(db), tmp_path, "--interval", "1s", "--json")) as proc:
        assert proc.stdout is not None
        lines = []
        while not lines or lines[-1] != {"advanced": [{"id": rid, "state": "completed"}]}:
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else "the loop ended"
            lines.append(json.loads(line))  # one JSON document a line
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "rollouts run: stopped" in err
    assert out == ""  # nothing more after the signal
    assert [d["advanced"][0]["state"] for d in lines] == ["baking", "running", "baking", "completed"]


def test_a_signal_during_a_transition_lets_it_finish_then_stops(db: Database, tmp_path: Path) -> None:
    fleet = add_platforms(db, 6)
    service = RolloutService(db, prometheus_url="")
    rid = service.create(ROOT, request(waves="3,100%"))["id"]
    service.start(ROOT, rid)
    with _reaped(_runner(url_of(db), tmp_path, "--interval", "1s", sleep_before_commit=2)) as proc:
        _until_the_hook(proc)
        proc.send_signal(signal.SIGINT)  # Ctrl-C while wave 1 is written, not yet committed
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "interrupted" not in err
    assert out.strip() == f"rollout {rid}: baking"  # the wave went out whole; no other step began
    doc = service.show(ROOT, rid)
    assert doc["state"] == "baking" and doc["waves"][0]["changed"] == doc["waves"][0]["platforms"]
    assert len(enabled_on(db, "orders")) == 3 and set(enabled_on(db, "orders")) <= set(fleet)
    assert _count(db, "rollouts.wave_applied") == 1


def test_the_loop_run_by_a_platform_admin_prints_only_the_rollouts_they_read(
    db: Database, tmp_path: Path
) -> None:
    fleet = add_platforms(db, 6)
    make_user(db, "pat", "platform_admin", fleet[:1])
    service = RolloutService(db, prometheus_url="")
    hidden = service.create(ROOT, request(all=False, codes=tuple(fleet[3:]), waves="1,100%"))["id"]
    shared = service.create(ROOT, request(waves="1,100%"))["id"]
    for rid in (hidden, shared):
        service.start(ROOT, rid)
    with _reaped(_runner(url_of(db), tmp_path, "--interval", "1s", "--json", user="pat")) as proc:
        assert proc.stdout is not None
        lines = []
        while not lines or lines[-1] != {"advanced": [{"id": shared, "state": "completed"}]}:
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else "the loop ended"
            lines.append(json.loads(line))
        wait_for(lambda: service.show(ROOT, hidden)["state"] == "completed", timeout=30)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert [d["advanced"] for d in lines] == [
        [{"id": shared, "state": s}] for s in ("baking", "running", "baking", "completed")
    ]
    assert out == "" and f"rollout {hidden}" not in err
