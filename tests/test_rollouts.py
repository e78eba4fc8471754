"""Rollouts on SQLite and PostgreSQL: waves, bake, approval, windows, start times, pause, resume,
abort, rollback (only what the rollout changed), configuration rollouts with conflicts, roles."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from core.actor import Actor
from core.db import Database
from core.errors import InvalidInput, NotFound, PermissionDenied, Refused
from core.events import ModuleEvent, ModuleEventBus
from core.graph import ChangeRequest
from core.roles import Role
from core.secrets import ENCRYPTED_MARKER, MASK, decrypt_secrets
from core.services.module_service import ModuleService, Target
from core.services.rollouts import RolloutService
from core.tables import rollout_changes, rollouts
from tests.foundation_helpers import add_platforms, enabled, enabled_on, make_user, module_row, snapshot
from tests.role_table import ROLE_TABLE
from tests.rollout_helpers import Clock, audit_actions, drive, request, tag

ROOT = Actor.system("admin:root")
ROLE_COLUMNS = ("super_admin", "platform_admin", "support", "operator")  # tests/role_table.py


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def bus() -> ModuleEventBus:
    return ModuleEventBus()


@pytest.fixture
def service(db: Database, clock: Clock, bus: ModuleEventBus) -> RolloutService:
    return RolloutService(db, bus=bus, clock=clock, prometheus_url="")


@pytest.fixture
def fleet(db: Database) -> list[str]:
    return add_platforms(db, 20)


def test_dry_run_shows_waves_and_plans_and_writes_nothing(db, service, fleet):
    before = snapshot(db)
    doc = service.create(ROOT, request(waves="1,50%,100%"), dry_run=True)
    assert doc["id"] is None and doc["state"] == "draft"
    assert [len(w["platforms"]) for w in doc["waves"]] == [1, 9, 10]
    assert sorted(c for w in doc["waves"] for c in w["platforms"]) == fleet
    first = doc["waves"][0]["plans"][0]
    assert first["platform"] == doc["waves"][0]["platforms"][0]
    assert [(c["module"], c["reason"]) for c in first["changes"]] == [
        ("payments", "required"),
        ("orders", "requested"),
    ]
    assert snapshot(db) == before
    with db.read() as conn:
        assert conn.execute(select(rollouts.c.id)).all() == []


def test_waves_go_out_one_transition_at_a_time_until_completed(db, service, fleet, clock, bus):
    seen = []
    bus.subscribe(ModuleEvent.ENABLED, seen.append)
    starter = make_user(db, "ann", "super_admin")
    doc = service.create(ROOT, request(waves="1,50%,100%", bake="10m"))
    rid = doc["id"]
    assert doc["state"] == "draft" and doc["created_by"] == "admin:root"
    assert all(w["state"] == "pending" for w in doc["waves"])
    # create and the actions answer the summary `list` gives (no per-wave platform lists)
    assert doc == service.list(ROOT)[0] and all("platforms" not in w for w in doc["waves"])
    assert service.advance_due("t") == []  # a draft is never due
    started = service.start(starter, rid)
    assert started["state"] == "running" and started == service.list(ROOT)[0]

    assert service.advance_due("t") == [(rid, "baking")]
    shown = service.show(ROOT, rid)
    wave1 = shown["waves"][0]
    assert wave1["state"] == "baking" and wave1["changed"] == wave1["platforms"]
    assert enabled_on(db, "orders") == wave1["platforms"]
    assert service.advance_due("t") == []  # baking for 10 minutes
    clock.advance(minutes=10)
    assert service.advance_due("t") == [(rid, "running")]
    assert service.show(ROOT, rid)["waves"][0]["state"] == "passed"
    assert service.advance_due("t") == [(rid, "baking")]  # wave 2
    clock.advance(minutes=10)
    assert service.advance_due("t") == [(rid, "running")]
    assert service.advance_due("t") == [(rid, "baking")]  # wave 3
    clock.advance(minutes=10)
    assert service.advance_due("t") == [(rid, "completed")]

    final = service.show(ROOT, rid)
    assert [w["state"] for w in final["waves"]] == ["passed"] * 3
    assert final["progress"] == {"changed": 20, "targets": 20, "wave": 3, "waves": 3}
    assert enabled_on(db, "orders") == fleet
    assert sorted(e.platform for e in seen if e.module == "orders") == fleet
    assert all(e.actor == f"rollout:{rid}" for e in seen)
    trail = audit_actions(db, f"rollout:{rid}")
    assert trail[0] == ("rollouts.create", "admin:root", None)
    assert trail[1] == ("rollouts.start", "admin:ann", starter.user_id)
    applied = [t for t in trail if t[0] == "rollouts.wave_applied"]
    assert applied == [("rollouts.wave_applied", f"rollout:{rid}", starter.user_id)] * 3
    assert trail[-1][0] == "rollouts.completed"


def test_a_platform_that_needs_no_change_stays_listed_and_is_left_alone(db, service, fleet):
    ModuleService(db).apply(ROOT, Target.of([fleet[0]]), _enable("orders"))
    before = module_row(db, fleet[0], "orders")
    rid = service.create(ROOT, request(codes=(fleet[0], fleet[1]), all=False, waves="100%"))["id"]
    service.start(ROOT, rid)
    assert drive(service, rid, ["completed"]) == "completed"
    doc = service.show(ROOT, rid)
    assert doc["waves"][0]["platforms"] == [fleet[0], fleet[1]]
    assert doc["waves"][0]["changed"] == [fleet[1]]
    after = module_row(db, fleet[0], "orders")
    assert (after.enabled_at, after.enabled_by) == (before.enabled_at, before.enabled_by)


def _enable(*modules: str) -> ChangeRequest:
    return ChangeRequest(enable=modules)


def test_rollback_reverts_only_what_the_rollout_changed(db, service, fleet):
    had_payments = fleet[0]
    ModuleService(db).apply(ROOT, Target.of([had_payments]), _enable("payments"))
    rid = service.create(ROOT, request(codes=tuple(fleet[:4]), all=False, waves="2,100%"))["id"]
    service.start(ROOT, rid)
    assert drive(service, rid, ["baking"]) == "baking"
    assert service.pause(ROOT, rid)["state"] == "paused"
    changed = service.show(ROOT, rid)["waves"][0]["changed"]
    assert set(changed) | set(enabled_on(db, "orders")) == set(changed)
    untouched = fleet[4]
    ModuleService(db).apply(ROOT, Target.of([untouched]), _enable("orders"))

    dry = service.rollback(ROOT, rid, dry_run=True)
    assert dry["action"] == "rollback" and sorted(dry["platforms"]) == sorted(changed)
    assert "reverts" in dry["consequence"]
    assert service.show(ROOT, rid)["state"] == "paused"

    doc = service.rollback(ROOT, rid)
    assert doc["state"] == "rolled_back"
    assert doc["waves"][0]["state"] == "rolled_back" and doc["waves"][1]["state"] == "pending"
    assert enabled_on(db, "orders") == [untouched]  # enabled by someone else: kept
    if had_payments in changed:
        assert "payments" in enabled(db, had_payments)  # had it before the rollout: keeps it
    for code in changed:
        if code != had_payments:
            assert "payments" not in enabled(db, code)
    assert ("rollouts.rolled_back", f"rollout:{rid}", None) in audit_actions(db, f"rollout:{rid}")


def test_rollback_of_a_disable_with_cascade_enables_what_it_disabled(db, service, fleet):
    ModuleService(db).apply(ROOT, Target.of(fleet[:3]), _enable("billing"))  # billing -> payments
    req = request(
        kind="disable", modules=("payments",), cascade=True, codes=tuple(fleet[:3]), all=False, waves="100%"
    )
    rid = service.create(ROOT, req)["id"]
    service.start(ROOT, rid)
    assert drive(service, rid, ["baking"]) == "baking"
    assert enabled_on(db, "billing") == [] and enabled_on(db, "payments") == []
    service.pause(ROOT, rid)
    service.rollback(ROOT, rid)
    assert enabled_on(db, "billing") == fleet[:3] and enabled_on(db, "payments") == fleet[:3]


def test_states_refuse_what_they_do_not_allow(db, service, fleet):
    rid = service.create(ROOT, request(waves="100%", bake="1h"))["id"]
    for action in ("pause", "resume", "rollback", "approve"):
        with pytest.raises(Refused) as err:
            getattr(service, action)(ROOT, rid)
        assert err.value.code == "rollout.bad_state" and "draft" in err.value.message
    service.start(ROOT, rid)
    with pytest.raises(Refused) as err:
        service.start(ROOT, rid)
    assert err.value.details["state"] == "running"
    with pytest.raises(Refused) as err:
        service.abort(ROOT, rid)
    assert "running" in err.value.message
    drive(service, rid, ["baking"])
    service.pause(ROOT, rid)
    assert service.abort(ROOT, rid)["state"] == "aborted"
    assert enabled_on(db, "orders") != []  # aborted keeps what was applied
    for action in ("start", "pause", "resume", "abort", "rollback", "approve"):
        with pytest.raises(Refused) as err:
            getattr(service, action)(ROOT, rid)
        assert err.value.details["state"] == "aborted"
    with pytest.raises(NotFound):
        service.show(ROOT, 9999)


def test_dry_runs_of_actions_say_the_consequence_and_write_nothing(db, service, fleet):
    rid = service.create(ROOT, request(waves="100%"))["id"]
    before = snapshot(db), service.show(ROOT, rid)
    result = service.start(ROOT, rid, dry_run=True)
    assert result["action"] == "start" and result["rollout"]["state"] == "draft"
    assert "wave 1 of 1" in result["consequence"]
    assert (snapshot(db), service.show(ROOT, rid)) == before


def test_pause_while_baking_then_resume_bakes_on(db, service, fleet, clock):
    rid = service.create(ROOT, request(waves="1,100%", bake="10m"))["id"]
    service.start(ROOT, rid)
    drive(service, rid, ["baking"])
    service.pause(ROOT, rid)
    clock.advance(minutes=20)
    assert service.advance_due("t") == []
    assert service.resume(ROOT, rid)["state"] == "baking"
    assert service.advance_due("t") == [(rid, "running")]


def test_approval_gate_waits_for_four_eyes(db, service, fleet):
    starter = make_user(db, "ann", "super_admin")
    other = make_user(db, "bob", "super_admin")
    padmin = make_user(db, "pat", "platform_admin", [fleet[0]])
    rid = service.create(starter, request(waves="1,100%", gates=("approval",)))["id"]
    service.start(starter, rid)
    assert drive(service, rid, ["waiting"]) == "waiting"
    doc = service.show(ROOT, rid)
    assert doc["waiting_for"] == "approval" and "approval" in doc["reason"]
    assert service.advance_due("t") == []  # not due: a person must approve
    with pytest.raises(Refused) as err:
        service.approve(starter, rid)
    assert err.value.code == "rollout.four_eyes"
    with pytest.raises(PermissionDenied):
        service.approve(padmin, rid)  # the next wave holds platforms not theirs
    dry = service.approve(other, rid, dry_run=True)
    assert len(dry["platforms"]) == 19
    doc = service.approve(other, rid)
    assert (
        doc["state"] == "running"
        and doc["approvals"][0]["wave"] == 2
        and doc["approvals"][0]["by"] == "admin:bob"
    )
    assert drive(service, rid, ["completed"]) == "completed"
    assert ("rollouts.approve", "admin:bob", other.user_id) in audit_actions(db, f"rollout:{rid}")


def test_resume_never_skips_a_due_approval(db, service, fleet, clock):
    starter = make_user(db, "ann", "super_admin")
    other = make_user(db, "bob", "super_admin")
    rid = service.create(starter, request(waves="1,5,100%", gates=("approval",), bake="10m"))["id"]
    service.start(starter, rid)
    assert drive(service, rid, ["baking"]) == "baking"
    # Paused while waiting for the approval: resume goes back to waiting for it.
    clock.advance(minutes=10)
    assert service.advance_due("t") == [(rid, "waiting")]
    assert service.pause(starter, rid)["state"] == "paused"
    dry = service.resume(starter, rid, dry_run=True)
    assert "waits for approval" in dry["consequence"]
    doc = service.resume(starter, rid)
    assert (doc["state"], doc["waiting_for"]) == ("waiting", "approval")
    assert "wave 2 of 3 waits for approval" in doc["reason"] and doc["next_check_at"] is None
    clock.advance(hours=5)
    assert service.advance_due("t") == []
    assert len(enabled_on(db, "orders")) == 1
    with pytest.raises(Refused) as err:
        service.approve(starter, rid)  # resuming it did not make the starter an approver
    assert err.value.code == "rollout.four_eyes"
    assert service.approve(other, rid)["state"] == "running"
    # Paused after the approval (still running): resume goes on, the approval stands.
    assert service.pause(starter, rid)["state"] == "paused"
    assert service.resume(starter, rid)["state"] == "running"
    assert service.advance_due("t") == [(rid, "baking")]
    assert len(enabled_on(db, "orders")) == 5
    # Paused while baking wave 2: back to baking, then its gates, then approval again.
    service.pause(starter, rid)
    assert service.resume(starter, rid)["state"] == "baking"
    clock.advance(minutes=10)
    assert service.advance_due("t") == [(rid, "waiting")]
    assert service.show(ROOT, rid)["waiting_for"] == "approval"
    trail = audit_actions(db, f"rollout:{rid}")
    assert [a for a, _who, _uid in trail].count("rollouts.resume") == 3
    # The starter's refused attempt is audited too, then bob's approval.
    assert [who for a, who, _uid in trail if a == "rollouts.approve"] == ["admin:ann", "admin:bob"]


def test_approve_asks_four_eyes_and_both_permissions_on_the_next_wave(db, service, fleet):
    own = fleet[:3]
    starter = make_user(db, "ann", "platform_admin", own)
    colleague = make_user(db, "cid", "platform_admin", own)
    outsider = make_user(db, "oz", "platform_admin", fleet[3:])
    partial = make_user(db, "pam", "platform_admin", own[:1])
    rid = service.create(starter, request(all=False, codes=own, waves="1,100%", gates=("approval",)))["id"]
    with pytest.raises(Refused) as err:
        service.approve(colleague, rid)
    assert err.value.code == "rollout.bad_state" and "draft" in err.value.message
    service.start(starter, rid)
    with pytest.raises(Refused) as err:
        service.approve(colleague, rid)  # running: wave 1 not even applied
    assert err.value.details["state"] == "running"
    assert drive(service, rid, ["waiting"]) == "waiting"
    nxt = service.show(ROOT, rid)["waves"][1]["platforms"]
    for actor, error in ((starter, Refused), (outsider, NotFound)):
        with pytest.raises(error):
            service.approve(actor, rid)
    assert len(nxt) == 2  # pam holds one platform of the rollout, not both of wave 2
    with pytest.raises(PermissionDenied) as err:
        service.approve(partial, rid)
    assert "modules.rollout" in err.value.message
    for role in ("support", "operator"):
        with pytest.raises(PermissionDenied):
            service.approve(make_user(db, role, role), rid)
    assert service.show(ROOT, rid)["state"] == "waiting"
    doc = service.approve(colleague, rid)
    assert doc["state"] == "running" and doc["approvals"] == [
        {"wave": 2, "by": "admin:cid", "at": doc["approvals"][0]["at"]}
    ]
    with pytest.raises(Refused) as err:
        service.approve(colleague, rid)  # approved once: now running
    assert "running" in err.value.message


def test_start_time_and_windows_with_an_injected_clock(db, service, fleet, clock):
    # T0 is Monday 10:00 UTC; the window opens on weekdays at 12:00.
    rid = service.create(ROOT, request(waves="100%", start_at="+30m", windows=("Mon-Fri 12:00-13:00 UTC",)))[
        "id"
    ]
    assert service.start(ROOT, rid)["state"] == "scheduled"
    assert service.advance_due("t") == []
    clock.advance(minutes=30)
    assert service.advance_due("t") == [(rid, "running")]
    assert service.advance_due("t") == [(rid, "waiting")]
    doc = service.show(ROOT, rid)
    assert doc["waiting_for"] == "window" and "window" in doc["reason"]
    assert doc["next_check_at"].startswith("2026-12-07T12:00")
    assert enabled_on(db, "orders") == []
    clock.advance(hours=2)
    assert service.advance_due("t") == [(rid, "running")]
    assert service.advance_due("t") == [(rid, "baking")]
    assert enabled_on(db, "orders") == fleet


def test_bad_specs_are_invalid_input_and_write_nothing(db, service, fleet):
    before = snapshot(db)
    cases = {
        "rollout.bad_name": {"name": " "},
        "rollout.bad_on_fail": {"on_fail": "explode"},
        "rollout.bad_alpha": {"compare_alpha": 2.0},
        "rollout.bad_duration": {"bake": "10 years"},
        "rollout.bad_change": {"kind": "configure", "modules": ("messaging",)},
    }
    for code, fields in cases.items():
        with pytest.raises(InvalidInput) as err:
            service.create(ROOT, request(**fields))
        assert err.value.code == code, fields
    with pytest.raises(NotFound):
        service.create(ROOT, request(modules=("nope",)))
    with pytest.raises(NotFound) as err:  # as `modules enable --tag` says it
        service.create(ROOT, request(all=False, tags=("nobody-has-it",)))
    assert err.value.code == "platform.no_match"
    with pytest.raises(InvalidInput) as err:
        service.create(ROOT, request(all=False, tags=("Not A Tag",)))
    assert err.value.code == "platform.bad_tag"
    assert snapshot(db) == before


def test_tag_waves_and_tag_targets(db, service, fleet):
    tag(db, "canary", fleet[5:7])
    tag(db, "frozen", fleet[:2])
    rid = service.create(ROOT, request(waves="tag:canary,50%,100%", exclude_tags=("frozen",)))["id"]
    doc = service.show(ROOT, rid)
    assert doc["waves"][0]["platforms"] == fleet[5:7]
    targets = sorted(c for w in doc["waves"] for c in w["platforms"])
    assert targets == fleet[2:]
    rid = service.create(ROOT, request(all=False, tags=("canary",), codes=(fleet[0],), waves="100%"))["id"]
    doc = service.show(ROOT, rid)
    assert doc["waves"][0]["platforms"] == [fleet[0], *fleet[5:7]]


@pytest.mark.parametrize(
    "target",
    [
        {"all": True},
        {"all": True, "exclude_tags": ("frozen",)},
        {"all": False, "tags": ("canary",)},
        {"all": False, "tags": ("canary", "frozen"), "exclude_tags": ("frozen",)},
        {"all": False, "tags": ("canary",), "codes": ("p0010", "p0020")},
    ],
)
def test_targets_are_those_of_modules_enable(db, service, fleet, target):
    """One resolution of targets for both: a rollout aims at exactly the platforms `modules
    enable` with the same --platform / --tag / --exclude-tag / --all-platforms would change."""
    tag(db, "canary", [fleet[1], fleet[2], fleet[5], fleet[8]])
    tag(db, "frozen", [fleet[2], fleet[9]])
    padmin = make_user(db, "pat", "platform_admin", [*fleet[:6], *fleet[9:11], fleet[19]])
    codes = target.get("codes", ())
    for actor in (ROOT, padmin):
        plain = ModuleService(db).apply(
            actor,
            Target.of(codes, target["all"], target.get("tags", ()), target.get("exclude_tags", ())),
            _enable("orders"),
            dry_run=True,
        )
        expected = sorted(p.platform for p in plain.plan.platforms)
        doc = service.create(actor, request(waves="100%", **target), dry_run=True)
        assert sorted(doc["waves"][0]["platforms"]) == expected, actor.name


def test_roles(db, service, fleet):
    own, foreign = fleet[0], fleet[1]
    padmin = make_user(db, "pat", "platform_admin", [own])
    doc = service.create(padmin, request(all=False, codes=(own,), waves="100%"))
    assert doc["state"] == "draft"
    with pytest.raises(PermissionDenied):
        service.create(padmin, request(all=False, codes=(own, foreign)))
    mine = service.create(padmin, request(waves="100%"))  # all = their own
    assert service.show(padmin, mine["id"])["waves"][0]["platforms"] == [own]
    for role in ("support", "operator"):
        actor = make_user(db, role, role)
        with pytest.raises(PermissionDenied):
            service.create(actor, request(all=False, codes=(own,)))
        with pytest.raises(PermissionDenied):
            service.start(actor, doc["id"])
    other = service.create(ROOT, request(waves="100%"))["id"]
    with pytest.raises(PermissionDenied):
        service.start(padmin, other)  # targets not theirs
    assert service.start(padmin, doc["id"])["started_by"] == "admin:pat"


@pytest.mark.parametrize("role", [role.value for role in Role])
def test_who_reads_which_rollouts(db, service, fleet, role):
    """list and show by role (tests/role_table.py): modules.view, narrowed to modules.rollout's
    reach where that is the role's own platforms. Another's rollout is not found, exactly as an
    unknown id: its existence is not told."""
    view, rollout = (ROLE_TABLE[p][ROLE_COLUMNS.index(role)] for p in ("modules.view", "modules.rollout"))
    own, foreign = fleet[:2], fleet[10:12]
    owner = make_user(db, "owner", "platform_admin", own)
    mine = service.create(owner, request(name="mine", all=False, codes=own, waves="100%"))["id"]
    shared = service.create(ROOT, request(name="shared", all=False, codes=(own[0], *foreign)))["id"]
    theirs = service.create(ROOT, request(name="theirs", all=False, codes=foreign, waves="100%"))["id"]
    reader = make_user(db, f"reader-{role}", role, own if "own" in (view, rollout) else ())
    if view == "no":
        with pytest.raises(PermissionDenied):
            service.list(reader)
        return
    narrowed = view == "own" or rollout == "own"
    expected = [shared, mine] if narrowed else [theirs, shared, mine]
    assert [d["id"] for d in service.list(reader)] == expected
    assert [d["id"] for d in service.list(reader, states=["draft"], limit=1)] == expected[:1]
    for rid in expected:
        assert service.show(reader, rid)["id"] == rid
    hidden = [theirs] if narrowed else []
    for rid in [*hidden, 99999]:
        with pytest.raises(NotFound) as err:
            service.show(reader, rid)
        assert err.value.code == "rollout.not_found" and err.value.message.startswith(f"no rollout {rid};")
        for action in ("start", "pause", "abort"):
            with pytest.raises(NotFound if rollout != "no" else PermissionDenied):
                getattr(service, action)(reader, rid, dry_run=True)
    if rollout == "no":  # reads, never acts
        for action in ("start", "abort"):
            with pytest.raises(PermissionDenied):
                getattr(service, action)(reader, mine)
    lonely = make_user(db, f"lonely-{role}", role)  # no platform of their own
    alone = [] if narrowed else [theirs, shared, mine]
    assert [d["id"] for d in service.list(lonely)] == alone


def test_config_rollout_rollback_leaves_a_setting_edited_since_and_says_so(db, service, fleet):
    modules = ModuleService(db)
    targets = tuple(fleet[:3])
    modules.configure(
        ROOT, "marketplace", Target.of([fleet[0]]), {"api_key": "old-key", "sync_interval_minutes": 60}
    )
    req = request(
        kind="configure",
        modules=("marketplace",),
        values={"api_key": "new-secret-key", "sync_interval_minutes": 15},
        codes=targets,
        all=False,
        waves="100%",
    )
    doc = service.create(ROOT, req)
    rid = doc["id"]
    assert doc["change"]["values"] == {"api_key": MASK, "sync_interval_minutes": 15}
    service.start(ROOT, rid)
    assert drive(service, rid, ["baking"]) == "baking"
    row = module_row(db, fleet[1], "marketplace")
    assert decrypt_secrets(row.config, frozenset({"api_key"}))["api_key"] == "new-secret-key"
    with db.engine.connect() as conn:
        raw = " ".join(
            json.dumps(r, default=str)
            for table in ("rollouts", "rollout_changes", "audit_log")
            for r in conn.execute(text(f"SELECT * FROM {table}")).all()
        )
    assert "new-secret-key" not in raw and "old-key" not in raw and ENCRYPTED_MARKER in raw
    # Someone edits fleet[2]'s interval after the rollout set it.
    modules.configure(ROOT, "marketplace", Target.of([fleet[2]]), {"sync_interval_minutes": 90})
    service.pause(ROOT, rid)
    doc = service.rollback(ROOT, rid)
    assert doc["state"] == "rolled_back"
    assert [(c["platform"], c["key"]) for c in doc["conflicts"]] == [(fleet[2], "sync_interval_minutes")]
    assert fleet[2] in doc["reason"]
    secret = frozenset({"api_key"})
    first = decrypt_secrets(module_row(db, fleet[0], "marketplace").config, secret)
    assert first == {"api_key": "old-key", "sync_interval_minutes": 60}
    assert module_row(db, fleet[1], "marketplace").config == {}
    third = decrypt_secrets(module_row(db, fleet[2], "marketplace").config, secret)
    assert third == {"sync_interval_minutes": 90}  # the edit stays; the api key went back (unset)


def test_list_gives_the_fields_without_platform_lists(db, service, fleet):
    a = service.create(ROOT, request(name="a", waves="100%"))["id"]
    b = service.create(ROOT, request(name="b", waves="100%"))["id"]
    service.start(ROOT, b)
    docs = service.list(ROOT)
    assert [d["id"] for d in docs] == [b, a]
    assert all("platforms" not in w and "changed" not in w for d in docs for w in d["waves"])
    assert [d["id"] for d in service.list(ROOT, states=["draft"])] == [a]
    with pytest.raises(InvalidInput):
        service.list(ROOT, states=["sleeping"])


def test_runner_rows_record_what_each_platform_got(db, service, fleet):
    rid = service.create(ROOT, request(all=False, codes=tuple(fleet[:2]), waves="100%"))["id"]
    service.start(ROOT, rid)
    drive(service, rid, ["baking"])
    with db.read() as conn:
        rc = rollout_changes.c
        rows = conn.execute(
            select(rc.enabled, rc.platforms, rc.size, rc.wave).where(rc.rollout_id == rid)
        ).all()
    # Both platforms got the same change: one group.
    assert [tuple(r) for r in rows] == [(["payments", "orders"], sorted(fleet[:2]), 2, 1)]


def test_a_platform_deleted_before_its_wave_is_passed_by(db, service, fleet):
    """A wave plans on its own lists of codes; a platform deleted by hand since creation is
    noticed (one count) and left out, the rest of the wave applied."""
    rid = service.create(ROOT, request(all=False, codes=tuple(fleet[:6]), waves="1,100%", bake="0s"))["id"]
    doc = service.show(ROOT, rid)
    first, second = doc["waves"][0]["platforms"], doc["waves"][1]["platforms"]
    with db.transaction() as session:
        session.execute(text("DELETE FROM platforms WHERE code = :code"), {"code": second[0]})
    service.start(ROOT, rid)
    assert drive(service, rid, ["completed"]) == "completed"
    assert sorted(enabled_on(db, "orders")) == sorted(first + second[1:])
    doc = service.show(ROOT, rid)
    assert doc["waves"][1]["platforms"] == second[1:] and doc["waves"][1]["changed"] == second[1:]
