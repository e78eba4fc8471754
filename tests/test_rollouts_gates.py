"""Rollout gates against a Prometheus-compatible server on 127.0.0.1, on SQLite and PostgreSQL:
a gate that turns bad in the second wave pauses the rollout, or rolls waves 1 and 2 back (only what
they changed); an unreachable Prometheus makes it wait, then fail after the gate timeout; two
runners evaluate one rollout's gates once."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from core.actor import Actor
from core.db import Database
from core.graph import ChangeRequest
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
