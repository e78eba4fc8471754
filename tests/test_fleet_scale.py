"""The fleet-scale fast paths give what the plain paths give, on 2,000 demo platforms, on SQLite
and PostgreSQL: plans computed once per relevant enabled set against each platform planned on its
own; enabled rows written over one JSON array / unnested arrays against a row-by-row write; a
rollout's recorded changes and changed platforms against a plain apply; the dry run's JSON written
with shared parts against the encoder's own; and the helpers behind them."""

from __future__ import annotations

import gc
import io
import json
import threading
from typing import Any

import pytest
from sqlalchemy import select, text, update

from console.cli import main
from console.commands.base import _json_default
from core.actor import Actor
from core.db import Database, json_dumps
from core.demo import SeedSpec, seed
from core.gc_pause import no_cycle_collection
from core.graph import ChangeRequest, _Chains, _plan_one, may_refuse, plan_changes
from core.roles import Role
from core.services.audit import SECRET_KEYS, _secret_key
from core.services.module_service import ModuleService, Target
from core.services.platforms import PlatformRef, all_platforms, platform_columns
from core.services.rollout_rows import Targets, changed_codes, covers_all
from core.services.rollouts import RolloutService
from core.tables import platform_modules, platforms, rollout_changes
from tests.rollout_helpers import Clock, drive, request

PLATFORMS = 2000
ROOT = Actor.system("admin:root")
REQUESTS = [
    ChangeRequest(enable=("orders",)),
    ChangeRequest(enable=("billing", "analytics")),
    ChangeRequest(disable=("payments",)),
    ChangeRequest(disable=("payments",), cascade=True),
    ChangeRequest(enable=("orders",), disable=("messaging",)),
]


@pytest.fixture
def fleet(db: Database) -> Database:
    seed(db, SeedSpec(platforms=PLATFORMS, merchants=0, stores=0, orders=0))
    return db


def _all_enabled(db: Database) -> dict[str, frozenset[str]]:
    """Every platform's enabled modules, read plainly (no aggregation, no filter)."""
    pm, p = platform_modules.c, platforms.c
    out: dict[str, set[str]] = {}
    with db.read() as conn:
        for (code,) in conn.execute(select(p.code)):
            out[code] = set()
        stmt = select(p.code, pm.module_code).join(platforms, p.id == pm.platform_id).where(pm.enabled)
        for code, module in conn.execute(stmt):
            out[code].add(module)
    return {code: frozenset(modules) for code, modules in out.items()}


def _module_rows(db: Database) -> list[tuple[Any, ...]]:
    pm = platform_modules.c
    cols = (pm.platform_id, pm.module_code, pm.enabled, pm.config, pm.enabled_at, pm.enabled_by)
    with db.read() as conn:
        rows = conn.execute(
            select(*cols, pm.disabled_at, pm.disabled_by).order_by(pm.platform_id, pm.module_code)
        )
        return [tuple(r) for r in rows]


@pytest.mark.parametrize("change", REQUESTS, ids=lambda r: r.describe())
def test_the_service_plan_is_each_platform_planned_on_its_own(fleet, change):
    registry = ModuleService(fleet).registry
    plan = ModuleService(fleet).plan(ROOT, Target(all=True), change)
    chains, position = _Chains(registry), {c: i for i, c in enumerate(registry.modules)}
    plain = {
        code: _plan_one(registry, enabled, change, True, chains, position)
        for code, enabled in _all_enabled(fleet).items()
    }
    assert len(plan.platforms) == PLATFORMS
    assert {p.platform: (p.changes, p.refusals) for p in plan.platforms} == plain
    # Equal change lists are one tuple (pages and the dry run cache their texts by identity).
    unrefused = [p.changes for p in plan.platforms if not p.refusals]
    assert len({id(c) for c in unrefused}) == len(set(unrefused))


def test_may_refuse_is_never_wrong_about_a_request_that_cannot_be_refused(fleet):
    service = ModuleService(fleet)
    enabled = _all_enabled(fleet)
    for module in service.registry:
        for internal in (True, False):
            change = ChangeRequest(enable=(module.code,))
            if not may_refuse(service.registry, change, allow_internal=internal):
                assert not plan_changes(service.registry, enabled, change, allow_internal=internal).refused
    assert may_refuse(service.registry, ChangeRequest(disable=("payments",)))


def _write_plainly(db: Database, plan: Any, actor: str, now: Any) -> None:
    """The plan written row by row through SQLAlchemy's typed statements."""
    pm = platform_modules.c
    with db.transaction() as session:
        ids = dict(session.execute(select(platforms.c.code, platforms.c.id)).all())
        for p in plan.applicable:
            pid = ids[p.platform]
            for change in p.changes:
                where = (pm.platform_id == pid, pm.module_code == change.module)
                if change.action == "disable":
                    values = {"enabled": False, "disabled_at": now, "disabled_by": actor}
                    session.execute(update(platform_modules).where(*where).values(**values))
                elif session.execute(select(pm.id).where(*where)).first() is not None:
                    values = {"enabled": True, "enabled_at": now, "enabled_by": actor}
                    session.execute(update(platform_modules).where(*where).values(**values))
                else:
                    session.execute(
                        platform_modules.insert().values(
                            platform_id=pid,
                            module_code=change.module,
                            enabled=True,
                            config={},
                            enabled_at=now,
                            enabled_by=actor,
                        )
                    )


def _undo_to(db: Database, rows: list[tuple[Any, ...]]) -> None:
    """Back to ``rows`` (as :func:`_module_rows` read them): the table emptied and refilled."""
    names = ("platform_id", "module_code", "enabled", "config", "enabled_at", "enabled_by")
    names += ("disabled_at", "disabled_by")
    with db.transaction() as session:
        session.execute(platform_modules.delete())
        session.execute(platform_modules.insert(), [dict(zip(names, r, strict=True)) for r in rows])


@pytest.mark.parametrize("change", REQUESTS[:2], ids=lambda r: r.describe())
def test_set_based_writes_are_the_row_by_row_writes(fleet, change):
    service = ModuleService(fleet)
    # Some rows disabled first (payments with what needs it), so enabling re-enables rows too.
    service.apply(ROOT, Target(all=True), ChangeRequest(disable=("payments",), cascade=True))
    with fleet.transaction() as session:  # a setting kept on a disabled row must survive re-enabling
        session.execute(
            update(platform_modules)
            .where(platform_modules.c.module_code == "payments")
            .values(config={"k": 1})
        )
    before = _module_rows(fleet)
    plan = service.plan(ROOT, Target(all=True), change)
    service.apply(ROOT, Target(all=True), change)
    fast = _module_rows(fleet)
    written = {r[4] for r in fast} - {r[4] for r in before}
    assert len(written) == 1  # one instant for the whole apply
    _undo_to(fleet, before)
    _write_plainly(fleet, plan, ROOT.name, written.pop())
    assert fast == _module_rows(fleet)


def test_a_rollout_changes_and_records_what_a_plain_apply_does(fleet):
    change = ChangeRequest(enable=("orders",))
    service = ModuleService(fleet)
    before = _module_rows(fleet)
    plan = service.plan(ROOT, Target(all=True), change)
    service.apply(ROOT, Target(all=True), change)
    applied = {(r[0], r[1], r[2]) for r in _module_rows(fleet)}
    _undo_to(fleet, before)

    rollouts = RolloutService(fleet, clock=Clock(), prometheus_url="")
    doc = rollouts.show(ROOT, rollouts.create(ROOT, request(waves="1%,10%,50%,100%"))["id"])
    assert sorted(c for w in doc["waves"] for c in w["platforms"]) == sorted(
        p.platform for p in plan.platforms
    )
    rollouts.start(ROOT, doc["id"])
    assert drive(rollouts, doc["id"], ("completed",)) == "completed"
    assert {(r[0], r[1], r[2]) for r in _module_rows(fleet)} == applied

    rc = rollout_changes.c
    with fleet.read() as conn:
        stmt = select(rc.platforms, rc.enabled, rc.disabled, rc.applied_at, rc.size).where(
            rc.rollout_id == doc["id"]
        )
        recorded = {}
        for codes, enabled, disabled, at, size in conn.execute(stmt):
            assert size == len(codes) and at is not None
            recorded.update({code: (enabled, disabled) for code in codes})
        changed, unchanged = changed_codes(conn, doc["id"])
    expected = {p.platform: (list(p.enabled), list(p.disabled)) for p in plan.platforms if p.changes}
    assert recorded == expected
    assert changed == sorted(p.platform for p in plan.applicable) and unchanged == []
    shown = rollouts.show(ROOT, doc["id"])
    assert sorted(c for w in shown["waves"] for c in w["changed"]) == changed

    # Rolled back, it leaves what the seed had (it reverts from what was recorded).
    with fleet.transaction() as session:
        session.execute(text("UPDATE rollouts SET state = 'paused' WHERE id = :id"), {"id": doc["id"]})
    rollouts.rollback(ROOT, doc["id"])
    assert {(r[0], r[1]) for r in _module_rows(fleet) if r[2]} == {(r[0], r[1]) for r in before if r[2]}


def test_changed_codes_before_and_after_waves(fleet):
    rollouts = RolloutService(fleet, clock=Clock(), prometheus_url="")
    doc = rollouts.show(ROOT, rollouts.create(ROOT, request(waves="10%,100%"))["id"])
    with fleet.read() as conn:
        assert changed_codes(conn, doc["id"]) == ([], sorted(c for w in doc["waves"] for c in w["platforms"]))
        assert changed_codes(conn, doc["id"], unchanged=False) == ([], [])
    rollouts.start(ROOT, doc["id"])
    rollouts.advance_due("test")  # wave 1 applied
    shown = rollouts.show(ROOT, doc["id"])
    with fleet.read() as conn:
        changed, unchanged = changed_codes(conn, doc["id"])
    assert changed == sorted(shown["waves"][0]["changed"])
    assert unchanged == sorted(shown["waves"][1]["platforms"])


def test_the_dry_run_json_is_the_encoders_own(fleet):
    url = fleet.url.render_as_string(hide_password=False)
    for args, code in ((["enable", "orders"], 0), (["disable", "payments"], 3)):
        out = io.StringIO()
        assert (
            main(["--db", url, "modules", *args, "--all-platforms", "--dry-run", "--json"], stdout=out)
            == code
        )
        change = (
            ChangeRequest(enable=("orders",)) if args[0] == "enable" else ChangeRequest(disable=("payments",))
        )
        result = ModuleService(fleet).apply(Actor.cli(), Target(all=True), change, dry_run=True)
        document = result.to_dict(limit=None)
        assert out.getvalue() == json.dumps(document, indent=2, default=_json_default) + "\n"
        assert len(document["plan"]["platforms"]) == PLATFORMS


def test_permission_checks_are_skipped_only_for_those_who_hold_them_everywhere():
    assert covers_all(ROOT, "modules.rollout", "modules.toggle")
    own = Actor("admin:pa", Role.PLATFORM_ADMIN, own_platform_ids=frozenset({1}))
    assert not covers_all(own, "modules.rollout", "modules.toggle")
    support = Actor("admin:s", Role.SUPPORT)
    assert not covers_all(support, "modules.rollout")


def test_the_secret_key_test_is_the_plain_one():
    def plain(key: str) -> bool:
        low = key.lower()
        return any(low == s or low.endswith("_" + s) or low.startswith(s + "_") for s in SECRET_KEYS)

    keys = ["key", "API_KEY", "my_api_key", "token_x", "x_token", "tokens", "monkey", "key\n", "x_key\n"]
    keys += ["", "_", "secret_", "_secret", "passwords", "demo-00001", "İ_key", "a_b_password_c"]
    letters = "key_apitonsecrwd\nİ"
    keys += [letters[i % 7 : i % 7 + i % 5] + letters[i % 3 :: 2][: i % 6] for i in range(400)]
    assert [_secret_key(k) for k in keys] == [plain(k) for k in keys]


def test_pausing_the_cycle_collector_is_counted_across_threads():
    assert gc.isenabled()
    inside = threading.Event()
    leave = threading.Event()

    def other() -> None:
        with no_cycle_collection():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    with no_cycle_collection():
        thread.start()
        inside.wait(5)
        with no_cycle_collection():
            assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread is still inside
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_the_audits_leaf_shortcuts_are_the_plain_walk():
    from core.secrets import MASK
    from core.services.audit import MAX_TEXT, scrub, storable, storable_text

    def plain_scrub(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: (MASK if isinstance(k, str) and _secret_key(k) and v not in (None, "") else plain_scrub(v))
                for k, v in value.items()
            }
        if isinstance(value, list | tuple):
            return [plain_scrub(v) for v in value]
        return value

    def plain_storable(value: Any) -> Any:
        if isinstance(value, dict):
            return {storable_text(str(k), MAX_TEXT): plain_storable(v) for k, v in value.items()}
        return storable(value)

    values = {f"demo-{i:05d}": i / 7 for i in range(500)}
    values.update({"nan": float("nan"), "inf": float("inf"), "big": 10**30, "token": 0.5, "x_key": ""})
    values.update({"flag": True, "none": None, "text": "a\x00b", "nested": {"api_key": 1.5, "n": [1.0, "s"]}})
    document = {"gates": [{"gate": "prom:x < 1", "values": values}], 7: (1, 2)}
    assert scrub(document) == plain_scrub(document)
    shown, expected = storable(document), {"gates": [plain_storable(document["gates"][0])], "7": [1, 2]}
    assert json.dumps(shown, sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_the_vector_read_piece_by_piece_is_the_whole_read(monkeypatch):
    import core.prometheus as prometheus
    from tests.prom_server import vector_body

    values = {f"demo-{i:05d}": (i % 13) / 7 for i in range(30000)}
    values.update({"a},{b": 1.0, "}},{": 2.0, "x": float("nan"), "y": float("inf")})  # no escapes
    body = vector_body(values, ts=1.25)
    text = body.decode()
    assert len(text) > prometheus._PIECE  # read in pieces
    whole = prometheus._series_pattern("platform").findall(text)
    assert prometheus.label_samples(body, "platform") == whole and len(whole) == 30004
    monkeypatch.setattr(prometheus, "_PIECE", 97)  # a cut after nearly every series
    assert prometheus.label_samples(body, "platform") == whole


def test_the_targets_read_as_columns_are_the_refs(fleet):
    with fleet.read() as conn:
        fast = Targets(*platform_columns(conn))
        plain = Targets.of(reversed(all_platforms(conn)))
    assert fast == plain and len(fast.ids) == PLATFORMS and fast.ids == sorted(fast.ids)
    assert fast.refs == [PlatformRef(r.id, r.code, "") for r in plain.refs]


@pytest.mark.parametrize(
    "value",
    [
        {"values": {"p-1": 0.001, "p-2": 1e-05, "p-3": -2.5e300}, "codes": ["a", "é", "\u2028"]},
        [0, -(2**63), 2**64 - 1, True, None, "x\x00y"],
        {"big": 2**70},  # beyond 64 bits: the standard library writes it
        {1: "int key"},
    ],
)
def test_json_columns_are_written_as_the_standard_library_reads_them(value):
    assert json.loads(json_dumps(value)) == json.loads(json.dumps(value))
    assert json.loads(json_dumps(float("nan"))) is None  # JSON has no NaN
