"""RolloutService.gate_values: a gate of a rollout asked now, nothing written, on SQLite and
PostgreSQL, against a Prometheus-compatible server on 127.0.0.1."""

from __future__ import annotations

import pytest

from core.actor import Actor
from core.db import Database
from core.errors import NotFound
from core.roles import Role
from core.services.rollouts import RolloutService
from tests.foundation_helpers import add_platforms
from tests.prom_server import PromServer
from tests.rollout_demo import prom_fixture  # noqa: F401 - registers the fixture
from tests.rollout_helpers import Clock, drive, request

ROOT = Actor.system("admin:root")
PROM = "prom:shop_error_ratio < 0.1"
COMPARE = "compare:shop_latency higher"


def _rollout(db: Database, prom: PromServer) -> tuple[RolloutService, int, list[str], list[str]]:
    fleet = add_platforms(db, 8)
    service = RolloutService(db, clock=Clock(), prometheus_url=prom.url)
    req = request(
        codes=tuple(fleet), all=False, waves="3,100%", bake="10m", gates=(PROM, COMPARE, "approval")
    )
    rid = service.create(ROOT, req)["id"]
    service.start(ROOT, rid)
    assert drive(service, rid, ("baking",)) == "baking"
    wave1 = service.show(ROOT, rid)["waves"][0]["platforms"]
    return service, rid, wave1, [c for c in fleet if c not in wave1]


def test_a_gate_asked_now_for_the_changed_platforms(db: Database, prom: PromServer) -> None:
    service, rid, changed, rest = _rollout(db, prom)
    prom.set_values({**dict.fromkeys(changed, 0.05), changed[0]: 0.4, **dict.fromkeys(rest, 0.01)})
    before = service.show(ROOT, rid)
    got = service.gate_values(ROOT, rid, PROM)
    assert got["result"] == "fail" and got["threshold"] == 0.1 and got["changed"] == len(changed)
    assert got["values"] == {**dict.fromkeys(changed, 0.05), changed[0]: 0.4}  # the changed ones only
    assert got["at"] == Clock().now.isoformat()
    compare = service.gate_values(ROOT, rid, COMPARE)
    assert sorted(compare["values"]) == sorted(changed) and len(compare["baseline"]) == len(rest)
    assert service.show(ROOT, rid) == before  # nothing written: no result, no state moved


def test_unreachable_unknown_gates_and_who_may_ask(db: Database, prom: PromServer) -> None:
    service, rid, _changed, _rest = _rollout(db, prom)
    prom.stop()
    got = service.gate_values(ROOT, rid, PROM)
    assert got["result"] == "unknown" and got["values"] == {} and "asked again" in got["detail"]
    for gate in ("approval", "prom:other < 1"):
        with pytest.raises(NotFound) as raised:
            service.gate_values(ROOT, rid, gate)
        assert raised.value.code == "rollout.no_such_gate"
    support = Actor("admin:sam", Role.SUPPORT)  # every role views modules: may see the values
    assert service.gate_values(support, rid, PROM)["result"] == "unknown"
