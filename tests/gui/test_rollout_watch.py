"""The open console advances rollouts and tells when one waits for approval, pauses, completes or
rolls back, whoever moved it: a real ``platformctl rollouts run --once`` and ``rollouts pause``
in other processes (SQLite and PostgreSQL), or the console's own runner thread."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from console.asyncutil import run_sync
from console.rollout_watch import RolloutWatch, notices_between
from core.actor import Actor
from core.demo import DEMO_PASSWORD
from core.services.rollout_states import RolloutState
from core.services.rollouts import RolloutService
from tests.cli_helpers import url_of
from tests.gui.conftest import ROLE_USERS
from tests.gui.helpers import wait_until
from tests.process_env import console_env
from tests.rollout_helpers import request

ROOT_DIR = Path(__file__).resolve().parents[2]
SYSTEM = Actor.system()


def platformctl(
    url: str, home: Path, *args: str, user: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**console_env(home, ROOT_DIR), "PLATFORM_PASSWORD": DEMO_PASSWORD}
    command = [sys.executable, "-m", "console.cli", "--db", url, *(["--user", user] if user else []), *args]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def state(rollout_id: int, name: str, value: str, version: int, waiting_for: str | None = None) -> Any:
    return RolloutState(rollout_id, name, value, waiting_for, None, 1, 2, version)


def test_notices_are_the_notable_transitions_once() -> None:
    known = {1: state(1, "a", "baking", 3), 2: state(2, "b", "paused", 5)}
    now = [
        state(1, "a", "waiting", 4, "approval"),  # waits for approval: told
        state(2, "b", "paused", 5),  # paused as before: not told again
        state(3, "c", "completed", 2),  # created and completed since the last read: told
        state(4, "d", "waiting", 1, "gate"),  # a gate is unknown: not told
    ]
    found = notices_between(known, now, after_id=2)
    assert [(n.rollout, n.old, n.new) for n in found] == [(1, "baking", "waiting"), (3, None, "completed")]
    # Paused again after a resume in between (its version moved): told again.
    again = notices_between({2: state(2, "b", "paused", 5)}, [state(2, "b", "paused", 9)], after_id=2)
    assert [(n.rollout, n.new) for n in again] == [(2, "paused")]
    # A rollout seen for the first time at the first read is not news.
    assert notices_between({}, [state(1, "a", "paused", 1)], after_id=1) == []


@pytest.mark.asyncio
async def test_transitions_made_by_other_processes_are_told(
    session_any: Any, open_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLATFORM_ROLLOUTS_INTERVAL", "off")  # this console only watches
    session = session_any("super_admin")
    db, url = session.db, url_of(session.db)
    service = RolloutService(db)
    rid = service.create(session.actor, request(name="orders to all", waves="50%,100%", gates=("approval",)))[
        "id"
    ]
    service.start(session.actor, rid)
    window = await open_window(session)
    watch: RolloutWatch = window.rollout_watch
    assert watch is not None and watch.alerts is not None
    await wait_until(lambda: watch.comparisons >= 1 and watch.running)
    assert not watch.advance
    # A runner in another process: wave 1 applied, then its gates: wave 2 waits for approval.
    for _ in range(2):
        await run_sync(platformctl, url, tmp_path, "rollouts", "run", "--once")
    assert service.show(SYSTEM, rid)["state"] == "waiting"
    await wait_until(lambda: watch.alerts.shown, timeout=20)
    assert watch.alerts.shown == [f"Rollout #{rid} “orders to all”: wave 2 of 2 waits for approval"]
    assert "Rollout waiting for approval" in window.statusBar().currentMessage()  # no tray here
    assert watch.alerts.notifier.shown_in_window == 1
    # Someone pauses it from the command line.
    user = ROLE_USERS["super_admin"]
    await run_sync(platformctl, url, tmp_path, "rollouts", "pause", str(rid), user=user)
    await wait_until(lambda: len(watch.alerts.shown) == 2, timeout=20)
    assert watch.alerts.shown[1] == f"Rollout #{rid} “orders to all”: paused by admin:{user}"
    (notice,) = [n for n in watch.notices if n.new == "paused"]
    assert notice.severe and notice.old == "waiting"


@pytest.mark.asyncio
async def test_the_console_advances_rollouts_and_tells_the_events_pane(
    session_for: Any, open_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLATFORM_ROLLOUTS_INTERVAL", "1s")
    session = session_for("super_admin")
    service = RolloutService(session.db)
    plain = service.create(session.actor, request(name="plain", waves="50%,100%"))["id"]
    # A readiness gate nobody answers, counted as failed at once: everything is rolled back.
    guarded = request(
        name="guarded",
        waves="100%",
        gates=("ready:http://127.0.0.1:9",),
        gate_timeout="0s",
        on_fail="rollback",
        modules=("analytics",),
    )
    doomed = service.create(session.actor, guarded)["id"]
    for rid in (plain, doomed):
        service.start(session.actor, rid)
    window = await open_window(session)
    watch: RolloutWatch = window.rollout_watch
    advanced: list[tuple[int, str]] = []
    watch.advanced.connect(advanced.extend)
    assert watch.alerts is not None
    await wait_until(lambda: len(watch.alerts.shown) == 2, timeout=30)
    assert sorted(watch.alerts.shown) == sorted(
        [
            f"Rollout #{plain} “plain”: all 2 waves applied",
            f"Rollout #{doomed} “guarded”: a gate failed: ready:http://127.0.0.1:9: "
            + service.show(SYSTEM, doomed)["reason"].partition("ready:http://127.0.0.1:9: ")[2],
        ]
    )
    assert watch.advance and watch.rounds >= 4
    assert (plain, "completed") in advanced and (doomed, "rolled_back") in advanced
    assert threading.current_thread() is threading.main_thread()
    # The health page's events pane lists them, built after they happened.
    page = window.page("health")
    events = page.events_model.events
    assert {e.target for e in events} >= {f"rollout:{plain}", f"rollout:{doomed}"}
    shown = {e.target: (e.old, e.new) for e in events}
    assert shown[f"rollout:{plain}"][1] == "completed" and shown[f"rollout:{doomed}"][1] == "rolled back"


@pytest.mark.asyncio
async def test_sign_out_stops_the_runner(session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("super_admin"))
    watch = window.rollout_watch
    await wait_until(lambda: watch.running)
    thread = watch._thread
    window.detach()
    assert window.rollout_watch is None and not watch.running
    assert thread is not None and not thread.is_alive()


@pytest.mark.asyncio
async def test_who_runs_a_watch(session_for: Any, open_window: Any) -> None:
    from console.session import ConsoleSession

    for role in ("support", "operator"):
        window = await open_window(session_for(role))
        assert window.rollout_watch is None
    admin = session_for("super_admin")
    read_only = ConsoleSession(admin.db, admin.actor, profile_name="test", read_only=True)
    window = await open_window(read_only)
    await wait_until(lambda: window.rollout_watch.running)
    assert not window.rollout_watch.advance  # told, but advances nothing
    window = await open_window(session_for("platform_admin"))
    await wait_until(lambda: window.rollout_watch.running)
    assert window.rollout_watch.advance
