"""Rollout gates against a Prometheus-compatible server on 127.0.0.1, on SQLite and PostgreSQL:
a gate that turns bad in the second wave pauses the rollout, or rolls waves 1 and 2 back (only what
they changed); an unreachable Prometheus makes it wait, then fail after the gate timeout; two
runners evaluate one rollout's gates once."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select, text

from core.actor import Actor
from core.db import Database
from core.errors import Refused
from core.graph import ChangeRequest
from core.models import AuditEntry
from core.registry import ModuleRegistry, default_registry
from core.services import rollouts as rollouts_module
from core.services.module_service import ModuleService, Target
from core.services.rollouts import RolloutService
from tests.cli_helpers import url_of
from tests.foundation_helpers import add_platforms, enabled, enabled_on
from tests.prom_server import PromServer
from tests.rollout_helpers import Clock, audit_actions, request

ROOT = Actor.system("admin:root")
GATE = "prom:shop_error_ratio < 0.1"


@pytest.fixture
def prom() -> Iterator[PromServer]:
    server = PromServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _service(db: Database, clock: Clock, url: str) -> RolloutService:
    return RolloutService(db, clock=clock, prometheus_url=url)


def _to_wave_two_baking(service: RolloutService, rid: int, clock: Clock) -> None:
    service.start(ROOT, rid)
    assert service.advance_due("t") == [(rid, "baking")]
    clock.advance(minutes=5)
    assert service.advance_due("t") == [(rid, "running")]  # wave 1's gate passes
    assert service.advance_due("t") == [(rid, "baking")]  # wave 2 applied
    clock.advance(minutes=5)


@pytest.mark.parametrize("on_fail", ["pause", "rollback"])
def test_a_gate_that_turns_bad_in_the_second_wave(db, prom, clock, on_fail):
    fleet = add_platforms(db, 12)
    outsider = add_platforms(db, 1, prefix="x")[0]
    modules = ModuleService(db)
    had_payments = fleet[::2]
    modules.apply(ROOT, Target.of(had_payments), ChangeRequest(enable=("payments",)))
    modules.apply(ROOT, Target.of([outsider]), ChangeRequest(enable=("orders",)))
    prom.set_values(dict.fromkeys(fleet, 0.01))
    service = _service(db, clock, prom.url)
    req = request(codes=tuple(fleet), all=False, waves="3,6,100%", bake="5m", gates=(GATE,), on_fail=on_fail)
    rid = service.create(ROOT, req)["id"]
    _to_wave_two_baking(service, rid, clock)
    doc = service.show(ROOT, rid)
    wave1, wave2, wave3 = doc["waves"]
    assert wave1["gates"][0]["result"] == "pass" and wave1["state"] == "passed"
    bad = wave2["platforms"][0]
    prom.set_values({**dict.fromkeys(fleet, 0.01), bad: 0.5})

    assert service.advance_due("t") == [(rid, "paused" if on_fail == "pause" else "rolled_back")]
    doc = service.show(ROOT, rid)
    gate = doc["waves"][1]["gates"][0]
    assert gate["result"] == "fail" and bad in gate["detail"] and gate["values"][bad] == 0.5
    assert GATE in doc["reason"]
    # The audit says each gate's outcome and how many values, not the values (the wave keeps them).
    assert _audited_gates(db, rid) == [
        [
            {
                "gate": GATE,
                "result": "pass",
                "detail": wave1["gates"][0]["detail"],
                "threshold": 0.1,
                "value_count": 3,
                "baseline_count": 0,
            }
        ],
        [
            {
                "gate": GATE,
                "result": "fail",
                "detail": gate["detail"],
                "threshold": 0.1,
                "value_count": 6,
                "baseline_count": 0,
            }
        ],
    ]
    changed = set(wave1["platforms"]) | set(wave2["platforms"])
    if on_fail == "pause":
        assert doc["state"] == "paused" and doc["waves"][1]["state"] == "failed"
        assert set(enabled_on(db, "orders")) == changed | {outsider}
        assert service.advance_due("t") == []
        return
    assert doc["state"] == "rolled_back"
    assert [w["state"] for w in doc["waves"]] == ["rolled_back", "rolled_back", "pending"]
    assert enabled_on(db, "orders") == [outsider]  # not a target: untouched
    for code in changed:
        assert ("payments" in enabled(db, code)) is (code in had_payments)  # had it before: keeps it
    for code in wave3["platforms"]:
        assert "orders" not in enabled(db, code)  # never reached
        assert ("payments" in enabled(db, code)) is (code in had_payments)
    actions = [a for a, _who, _uid in audit_actions(db, f"rollout:{rid}")]
    assert actions.count("rollouts.gates") == 2 and "rollouts.rolled_back" in actions


def _audited_gates(db: Database, rid: int) -> list[list[dict[str, object]]]:
    """The ``gates`` of each ``rollouts.gates`` audit entry of the rollout, oldest first."""
    with db.sessions() as session:
        requests = session.scalars(
            select(AuditEntry.request)
            .where(AuditEntry.subject == f"rollout:{rid}", AuditEntry.action == "rollouts.gates")
            .order_by(AuditEntry.id)
        ).all()
    return [r["gates"] for r in requests]


def test_an_unreachable_prometheus_waits_then_fails_after_the_gate_timeout(db, prom, clock):
    fleet = add_platforms(db, 4)
    url = prom.url
    prom.stop()  # nothing answers there any more
    service = _service(db, clock, url)
    rid = service.create(ROOT, request(waves="1,100%", bake="0s", gates=(GATE,), gate_timeout="10m"))["id"]
    service.start(ROOT, rid)
    assert service.advance_due("t") == [(rid, "baking")]
    assert service.advance_due("t") == [(rid, "waiting")]
    doc = service.show(ROOT, rid)
    assert doc["waiting_for"] == "gate" and doc["waves"][0]["gates"][0]["result"] == "unknown"
    assert "waiting" in doc["reason"] and GATE in doc["reason"]
    assert service.advance_due("t") == []  # asked again 30 s later, not at once
    clock.advance(minutes=5)
    assert service.advance_due("t") == [(rid, "waiting")]  # still unknown, within the timeout
    clock.advance(minutes=6)
    assert service.advance_due("t") == [(rid, "paused")]
    doc = service.show(ROOT, rid)
    assert "gate timeout" in doc["reason"] and doc["waves"][0]["state"] == "failed"
    assert len(enabled_on(db, "orders")) == 1 and set(enabled_on(db, "orders")) <= set(fleet)


def test_prometheus_back_in_time_lets_the_rollout_go_on(db, prom, clock):
    fleet = add_platforms(db, 4)
    prom.set_values(dict.fromkeys(fleet, 0.0))
    service = _service(db, clock, prom.url)
    rid = service.create(ROOT, request(waves="1,100%", bake="0s", gates=(GATE,)))["id"]
    service.start(ROOT, rid)
    service.advance_due("t")
    prom.fail_next("/api/v1/query", 503, prom.error("unavailable", "warming up"), method="GET")
    assert service.advance_due("t") == [(rid, "waiting")]
    clock.advance(seconds=30)
    assert service.advance_due("t") == [(rid, "running")]
    assert service.show(ROOT, rid)["reason"] is None


def test_two_runners_evaluate_one_rollouts_gates_once(db, prom, clock):
    fleet = add_platforms(db, 6)
    prom.set_values(dict.fromkeys(fleet, 0.0))
    service = _service(db, clock, prom.url)
    rid = service.create(ROOT, request(waves="2,100%", bake="0s", gates=(GATE,)))["id"]
    service.start(ROOT, rid)
    service.advance_due("t")
    prom.delay_after("/api/v1/query", 0.5, method="GET")  # the first evaluation takes a while
    databases = [Database(url_of(db)) for _ in range(2)]
    runners = [_service(d, clock, prom.url) for d in databases]
    barrier = threading.Barrier(2)
    moved: list[list[tuple[int, str]]] = [[], []]

    def run(index: int) -> None:
        barrier.wait()
        moved[index] = runners[index].advance_due(f"runner-{index}")

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for d in databases:
        d.dispose()
    assert sorted(moved, key=len) == [[], [(rid, "running")]]
    assert len(prom.queries) == 1  # the runner without the lease asked nothing


def test_resume_after_a_failed_gate_still_asks_the_approval(db, prom, clock):
    fleet = add_platforms(db, 6)
    prom.set_values(dict.fromkeys(fleet, 0.5))  # unhealthy from the start
    service = _service(db, clock, prom.url)
    rid = service.create(ROOT, request(waves="2,100%", bake="0s", gates=(GATE, "approval")))["id"]
    service.start(ROOT, rid)
    assert service.advance_due("t") == [(rid, "baking")]
    assert service.advance_due("t") == [(rid, "paused")]
    assert service.show(ROOT, rid)["waves"][0]["state"] == "failed"
    doc = service.resume(ROOT, rid)  # a person overrides the failed gate, not the approval
    assert (doc["state"], doc["waiting_for"]) == ("waiting", "approval")
    assert service.advance_due("t") == []
    assert len(enabled_on(db, "orders")) == 2


def test_an_unknown_gate_past_the_timeout_rolls_back_with_on_fail_rollback(db, prom, clock):
    fleet = add_platforms(db, 4)
    url = prom.url
    prom.stop()
    service = _service(db, clock, url)
    req = request(waves="2,100%", bake="0s", gates=(GATE,), gate_timeout="10m", on_fail="rollback")
    rid = service.create(ROOT, req)["id"]
    service.start(ROOT, rid)
    assert service.advance_due("t") == [(rid, "baking")]
    assert len(enabled_on(db, "orders")) == 2
    assert service.advance_due("t") == [(rid, "waiting")]
    clock.advance(minutes=10)
    assert service.advance_due("t") == [(rid, "rolled_back")]
    doc = service.show(ROOT, rid)
    assert "gate timeout" in doc["reason"] and doc["waves"][0]["state"] == "rolled_back"
    assert enabled_on(db, "orders") == [] and set(fleet) >= set(doc["waves"][0]["platforms"])


def _failing_disable(message: str) -> ModuleRegistry:
    """The real modules, orders' on_disable hook raising (a bug in a module, say)."""

    def boom(_ctx: object) -> None:
        raise RuntimeError(message)

    return ModuleRegistry(
        replace(d, on_disable=boom) if d.code == "orders" else d for d in default_registry().modules.values()
    )


def _failed_in_wave_one(db: Database, prom: PromServer, clock: Clock, service: RolloutService) -> int:
    """A rollback rollout whose wave 1 is applied and whose gate is about to fail."""
    fleet = add_platforms(db, 6)
    prom.set_values(dict.fromkeys(fleet, 0.5))
    req = request(waves="3,100%", bake="0s", gates=(GATE,), on_fail="rollback")
    rid = service.create(ROOT, req)["id"]
    service.start(ROOT, rid)
    assert service.advance_due("t") == [(rid, "baking")]
    return rid


def test_a_rollback_that_raises_pauses_and_reverts_nothing(db, prom, clock):
    broken = _service(db, clock, prom.url)
    broken.modules.registry = broken.registry = _failing_disable("the queue\nis gone")
    rid = _failed_in_wave_one(db, prom, clock, broken)
    changed = enabled_on(db, "orders")
    assert len(changed) == 3
    assert broken.advance_due("t") == [(rid, "paused")]  # the runner goes on
    doc = broken.show(ROOT, rid)
    assert doc["state"] == "paused" and doc["waves"][0]["state"] == "failed"
    assert "the rollback failed, nothing was reverted: RuntimeError: the queue" in doc["reason"]
    assert "\n" not in doc["reason"] and GATE in doc["reason"]
    assert enabled_on(db, "orders") == changed  # not half a revert: none of it
    assert all("payments" in enabled(db, code) for code in changed)
    actions = [a for a, _who, _uid in audit_actions(db, f"rollout:{rid}")]
    assert "rollouts.rollback_failed" in actions and "rollouts.rolled_back" not in actions
    # A person's rollback with the hook still broken: refused (exit 3), nothing reverted, the
    # reason says so; once the module is fixed, the rollback goes through.
    with pytest.raises(Refused) as err:
        broken.rollback(ROOT, rid)
    assert err.value.code == "rollout.rollback_failed" and "RuntimeError" in err.value.message
    doc = broken.show(ROOT, rid)
    assert doc["state"] == "paused" and doc["reason"].startswith(
        "rollback by admin:root: the rollback failed"
    )
    assert enabled_on(db, "orders") == changed
    fixed = _service(db, clock, prom.url)
    assert fixed.rollback(ROOT, rid)["state"] == "rolled_back"
    assert enabled_on(db, "orders") == []


def test_a_platform_deleted_before_the_rollback_is_passed_by(db, prom, clock):
    service = _service(db, clock, prom.url)
    rid = _failed_in_wave_one(db, prom, clock, service)
    changed = enabled_on(db, "orders")
    with db.transaction() as session:
        session.execute(text("DELETE FROM platforms WHERE code = :code"), {"code": changed[0]})
    assert service.advance_due("t") == [(rid, "rolled_back")]
    assert enabled_on(db, "orders") == []
    assert service.show(ROOT, rid)["waves"][0]["platforms"] == changed[1:]


def _hold_platform(db: Database, code: str, seconds: float) -> threading.Thread:
    """Another change holding ``code``'s row (PostgreSQL) or the database (SQLite) ``seconds``."""
    held = threading.Event()

    def hold() -> None:
        with db.engine.connect() as conn, conn.begin():
            conn.execute(
                text(
                    "SELECT id FROM platforms WHERE code = :code FOR UPDATE"
                    if db.url.get_backend_name() == "postgresql"
                    else "UPDATE platforms SET name = name WHERE code = :code"
                ),
                {"code": code},
            )
            held.set()
            time.sleep(seconds)

    thread = threading.Thread(target=hold)
    thread.start()
    assert held.wait(10)
    return thread


def test_a_platform_locked_meanwhile_waits_for_the_other_change(db, prom, clock):
    service = _service(db, clock, prom.url)
    rid = _failed_in_wave_one(db, prom, clock, service)
    holder = _hold_platform(db, enabled_on(db, "orders")[0], 0.5)
    try:
        assert service.advance_due("t") == [(rid, "rolled_back")]
    finally:
        holder.join()
    assert enabled_on(db, "orders") == []


def test_a_platform_locked_past_the_lock_timeout_pauses(db, prom, clock, backend, monkeypatch):
    if backend == "sqlite":
        pytest.skip("SQLite locks the whole database: the runner's round waits before it begins")
    monkeypatch.setattr(rollouts_module, "ROLLBACK_LOCK_TIMEOUT", 0.3)
    service = _service(db, clock, prom.url)
    rid = _failed_in_wave_one(db, prom, clock, service)
    changed = enabled_on(db, "orders")
    holder = _hold_platform(db, changed[0], 3)
    try:
        assert service.advance_due("t") == [(rid, "paused")]
    finally:
        holder.join()
    doc = service.show(ROOT, rid)
    assert "the rollback failed, nothing was reverted" in doc["reason"] and "lock timeout" in doc["reason"]
    assert enabled_on(db, "orders") == changed
