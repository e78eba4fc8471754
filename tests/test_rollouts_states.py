"""Wave states and reasons on SQLite and PostgreSQL, as the spec has them: a wave is ``baking``
only while its bake runs, ``applied`` while its gates are due, unknown or its approval is; a
rollout's ``reason`` is null unless it waits, is paused or rolled back. A round that fails on a
database held past its lock wait changes nothing and the next round does the step; ``resume``
restarts the gate timeout."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import OperationalError

import core.db
from core.actor import Actor
from core.db import Database
from core.services.rollouts import RolloutService
from core.tables import rollout_waves, rollouts
from tests.cli_helpers import url_of
from tests.foundation_helpers import add_platforms, enabled_on, make_user
from tests.rollout_demo import prom_fixture  # noqa: F401 - registers the prom fixture
from tests.rollout_helpers import Clock, audit_actions, drive, request

ROOT = Actor.system("admin:root")
GATE = "prom:shop_error_ratio < 0.1"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fleet(db: Database) -> list[str]:
    return add_platforms(db, 8)


def _states(service: RolloutService, rid: int) -> list[str]:
    return [w["state"] for w in service.show(ROOT, rid)["waves"]]


def _stored(db: Database, rid: int) -> list[str]:
    rw = rollout_waves.c
    with db.read() as conn:
        return list(conn.execute(select(rw.state).where(rw.rollout_id == rid).order_by(rw.number)).scalars())


def test_a_wave_bakes_then_is_applied_until_its_approval_passes_it(db, fleet, clock):
    service = RolloutService(db, clock=clock, prometheus_url="")
    starter, other = make_user(db, "ann", "super_admin"), make_user(db, "bob", "super_admin")
    rid = service.create(starter, request(waves="1,100%", bake="10m", gates=("approval",)))["id"]
    service.start(starter, rid)
    assert service.advance_due("t") == [(rid, "baking")]
    assert _states(service, rid) == ["baking", "pending"]
    clock.advance(minutes=10)  # the bake is over; no runner has come yet
    doc = service.show(ROOT, rid)
    assert doc["state"] == "baking" and [w["state"] for w in doc["waves"]] == ["applied", "pending"]
    assert [w["state"] for w in service.list(ROOT)[0]["waves"]] == ["applied", "pending"]
    assert service.advance_due("t") == [(rid, "waiting")]  # no other gate: the approval is due
    assert _stored(db, rid) == ["applied", "pending"]
    service.pause(starter, rid)
    dry = service.resume(starter, rid, dry_run=True)
    assert dry["to"] == "waiting" and "waits for approval" in dry["consequence"]
    doc = service.resume(starter, rid)
    assert (doc["state"], doc["waiting_for"]) == ("waiting", "approval")
    assert [w["state"] for w in doc["waves"]] == ["applied", "pending"]
    doc = service.approve(other, rid)
    assert doc["state"] == "running" and [w["state"] for w in doc["waves"]] == ["passed", "pending"]
    assert service.advance_due("t") == [(rid, "baking")]
    clock.advance(minutes=10)
    assert service.advance_due("t") == [(rid, "completed")]  # the last wave: no approval after it
    assert _states(service, rid) == ["passed", "passed"] and _stored(db, rid) == ["passed", "passed"]


def test_a_wave_without_bake_is_applied_at_once(db, fleet, clock):
    service = RolloutService(db, clock=clock, prometheus_url="")
    rid = service.create(ROOT, request(waves="1,100%", bake="0s"))["id"]
    service.start(ROOT, rid)
    assert service.advance_due("t") == [(rid, "baking")]  # the rollout: its gates are due now
    assert _stored(db, rid) == ["applied", "pending"] and _states(service, rid) == ["applied", "pending"]
    assert service.advance_due("t") == [(rid, "running")]
    assert _states(service, rid) == ["passed", "pending"]


def test_reason_is_null_unless_waiting_paused_or_rolled_back(db, fleet, clock):
    service = RolloutService(db, clock=clock, prometheus_url="")
    rid = service.create(ROOT, request(waves="1,100%", bake="10m"))["id"]
    assert service.show(ROOT, rid)["reason"] is None  # draft
    assert service.start(ROOT, rid)["reason"] is None  # running
    service.advance_due("t")
    assert service.show(ROOT, rid)["reason"] is None  # baking
    assert service.pause(ROOT, rid)["reason"] == "paused by admin:root"
    doc = service.abort(ROOT, rid)
    assert (doc["state"], doc["reason"]) == ("aborted", None)
    assert service.list(ROOT, states=["aborted"])[0]["reason"] is None
    assert ("rollouts.abort", "admin:root", None) in audit_actions(db, f"rollout:{rid}")  # who: here
    with db.transaction() as session:  # a reason written by an older engine is not shown either
        session.execute(update(rollouts).where(rollouts.c.id == rid).values(reason="aborted by someone"))
    assert service.show(ROOT, rid)["reason"] is None

    done = service.create(ROOT, request(waves="100%"))["id"]
    service.start(ROOT, done)
    assert drive(service, done, ["completed"]) == "completed"
    assert service.show(ROOT, done)["reason"] is None

    back = service.create(ROOT, request(waves="1,100%"))["id"]
    service.start(ROOT, back)
    drive(service, back, ["baking"])
    service.pause(ROOT, back)
    doc = service.rollback(ROOT, back)
    assert (doc["state"], doc["reason"]) == ("rolled_back", "rolled back by admin:root")


def test_an_unknown_gate_leaves_the_wave_applied_and_resume_restarts_the_gate_timeout(db, fleet, clock, prom):
    url = prom.url
    prom.stop()  # nothing answers: the gate is unknown
    service = RolloutService(db, clock=clock, prometheus_url=url)
    rid = service.create(ROOT, request(waves="1,100%", gates=(GATE,), gate_timeout="10m"))["id"]
    service.start(ROOT, rid)
    service.advance_due("t")
    assert service.advance_due("t") == [(rid, "waiting")]
    assert _stored(db, rid) == ["applied", "pending"]
    clock.advance(minutes=8)
    assert service.advance_due("t") == [(rid, "waiting")]  # unknown for 8 of its 10 minutes
    service.pause(ROOT, rid)
    dry = service.resume(ROOT, rid, dry_run=True)
    assert dry["to"] == "baking" and "evaluated by the next runner" in dry["consequence"]
    assert service.resume(ROOT, rid)["state"] == "baking"
    clock.advance(minutes=5)  # 13 minutes since the first unknown, 5 since the resume
    assert service.advance_due("t") == [(rid, "waiting")]  # the timeout counts afresh from here
    clock.advance(minutes=9)
    assert service.advance_due("t") == [(rid, "waiting")]
    clock.advance(minutes=1)
    assert service.advance_due("t") == [(rid, "paused")]
    doc = service.show(ROOT, rid)
    assert "gate timeout" in doc["reason"] and _states(service, rid) == ["failed", "pending"]


@contextmanager
def _held(db: Database, statement: str, params: dict[str, Any]) -> Iterator[threading.Event]:
    """Another writer holding what ``statement`` locks (on SQLite: the database) until the
    returned event is set; its thread is joined on the way out."""
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with db.engine.connect() as conn, conn.begin():
            conn.execute(text(statement), params)
            held.set()
            release.wait(30)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert held.wait(10)
        yield release
    finally:
        release.set()
        thread.join()


def _impatient(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """The runner's own engine, waiting 0.3 s for a lock (SQLite's busy timeout; PostgreSQL's
    lock_timeout) instead of 10 s or for ever."""
    if db.url.get_backend_name() == "sqlite":
        monkeypatch.setattr(core.db, "SQLITE_BUSY_TIMEOUT_MS", 300)
        return Database(url_of(db))
    options = f"{db.url.query.get('options', '')} -clock_timeout=300".strip()
    return Database(db.url.update_query_dict({"options": options}))


def test_a_round_failing_on_a_held_database_is_done_by_the_next_round(db, fleet, clock, prom, monkeypatch):
    sqlite = db.url.get_backend_name() == "sqlite"
    prom.set_values(dict.fromkeys(fleet, 0.01))
    runner_db = _impatient(db, monkeypatch)
    runner = RolloutService(runner_db, clock=clock, prometheus_url=prom.url)
    rid = runner.create(ROOT, request(waves="2,100%", gates=(GATE,)))["id"]
    runner.start(ROOT, rid)

    # Applying a wave: the platforms (the whole database on SQLite) held by another writer.
    hold_platforms = (
        "UPDATE platforms SET name = name" if sqlite else "SELECT id FROM platforms ORDER BY id FOR UPDATE"
    )
    with _held(db, hold_platforms, {}):
        with pytest.raises(OperationalError):
            runner.advance_due("t")
        doc = runner.show(ROOT, rid)
        assert doc["state"] == "running" and doc["reason"] is None  # not paused: left to the next round
    assert enabled_on(db, "orders") == []
    assert runner.advance_due("t") == [(rid, "baking")]

    # Recording the gates' results, the lease taken: the wave's row (the database) held meanwhile.
    hold_wave = (
        "UPDATE rollout_waves SET size = size"
        if sqlite
        else "SELECT state FROM rollout_waves WHERE rollout_id = :rid AND number = 1 FOR UPDATE"
    )
    holding: list[Any] = []

    def answer(_query: str) -> dict[str, float]:
        if not holding:  # the first query: another writer takes hold while the gate is asked
            holding.append(_held(db, hold_wave, {"rid": rid}))
            holding[0].__enter__()
        return dict.fromkeys(fleet, 0.01)

    prom.set_values(answer)
    try:
        with pytest.raises(OperationalError):
            runner.advance_due("t")
    finally:
        for hold in holding:
            hold.__exit__(None, None, None)
    doc = runner.show(ROOT, rid)
    assert doc["state"] == "baking" and doc["waves"][0]["gates"] == []  # nothing recorded
    with db.read() as conn:
        lease = conn.execute(select(rollouts.c.lease_by).where(rollouts.c.id == rid)).scalar_one()
    # PostgreSQL: the rollout's row was free, the lease given back at once. SQLite: the database
    # was still held, so the lease stays, and only this runner may take it again before it expires.
    assert (lease is not None) is sqlite
    other = RolloutService(db, clock=clock, prometheus_url=prom.url)
    assert other.advance_due("other") == ([] if sqlite else [(rid, "running")])
    if sqlite:
        assert runner.advance_due("t") == [(rid, "running")]
    assert _states(runner, rid) == ["passed", "pending"]
    runner_db.dispose()
