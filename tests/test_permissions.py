"""Role x operation matrix: exactly the cells the role table allows pass, in the services.

The expected table (tests/role_table.py) is transcribed by hand, not read from ``core.roles``, so a
drift between the two fails here.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from core.actor import Actor
from core.db import Database
from core.errors import PermissionDenied, Refused
from core.graph import ChangeRequest, Plan
from core.roles import ALL_PERMISSIONS, Role
from core.services.audit import AuditDraft, AuditFilter, list_entries, write_separately
from core.services.auth import AuthService
from core.services.module_service import ModuleService, Target
from core.services.platforms import PlatformService
from core.services.rollouts import RolloutRequest, RolloutService
from tests.foundation_helpers import (
    PASSWORD,
    SYSTEM,
    add_platforms,
    enabled,
    make_user,
    platform_id,
    snapshot,
)
from tests.role_table import ALL, NO, OWN, ROLE_TABLE

ROLES = ("super_admin", "platform_admin", "support", "operator")


def scope(permission: str, role: str) -> str:
    return ROLE_TABLE[permission][ROLES.index(role)]


def test_design_table_covers_every_permission():
    assert set(ROLE_TABLE) == set(ALL_PERMISSIONS)


# -- Actor.require, cell by cell -------------------------------------------------------------

OWN_ID, FOREIGN_ID = 1, 2


@pytest.mark.parametrize(("permission", "role"), list(itertools.product(sorted(ROLE_TABLE), ROLES)))
def test_actor_require_matrix(permission, role):
    actor = Actor(f"admin:{role}", Role(role), user_id=1, own_platform_ids=frozenset({OWN_ID}))
    cell = scope(permission, role)

    def allowed(platform_id: int | None) -> bool:
        try:
            actor.require(permission, platform_id, f"p{platform_id}")
        except PermissionDenied as exc:
            assert exc.code == "permission.denied"
            assert exc.details["permission"] == permission
            return False
        return True

    # The role holds the permission somewhere?
    assert allowed(None) is (cell != NO)
    if permission == "audit.view":
        return  # not platform-scoped for support; platform admins are filtered per entry (below)
    assert allowed(OWN_ID) is (cell != NO)
    assert allowed(FOREIGN_ID) is (cell == ALL)


def test_unknown_permission_is_a_bug_not_a_denial():
    with pytest.raises(ValueError):
        Actor.cli().require("modules.fly")


def test_cli_actor_holds_everything():
    actor = Actor.cli()
    assert actor.name.startswith("cli:")
    for permission in ALL_PERMISSIONS:
        actor.require(permission, 12345, "anything")


# -- every service operation ------------------------------------------------------------------


@dataclass
class World:
    db: Database
    own: str
    foreign: str
    actors: dict[str, Actor]
    modules: ModuleService
    auth: AuthService
    platforms: PlatformService


@pytest.fixture
def world(db: Database) -> World:
    own, foreign = add_platforms(db, 2)
    actors = {
        "super_admin": make_user(db, "root", "super_admin"),
        "platform_admin": make_user(db, "padmin", "platform_admin", [own]),
        "support": make_user(db, "helpdesk", "support"),
        "operator": make_user(db, "ops", "operator"),
    }
    AuthService(db).create_user(SYSTEM, "target", "platform_admin", PASSWORD)
    return World(db, own, foreign, actors, ModuleService(db), AuthService(db), PlatformService(db))


Op = Callable[[World, Actor, str, int], Any]


@dataclass(frozen=True)
class Operation:
    name: str
    permission: str
    run: Op
    platform_scoped: bool = True


DENIALS = frozenset({"permission.denied", "module.internal"})


def _denied_in_plan(plan: Plan) -> bool:
    codes = {r.code for p in plan.refused for r in p.refusals}
    return bool(codes & DENIALS)


def _is_denial(exc: Refused) -> bool:
    """A refused plan whose every refusal is about permissions (the foreign platform, internal tier)."""
    if exc.code in DENIALS:
        return True
    refused = (exc.details or {}).get("refused") or []
    codes = {r["code"] for p in refused for r in p["refusals"]}
    return bool(codes) and codes <= DENIALS


def _audit(w: World, a: Actor, p: str, i: int) -> Any:
    with w.db.sessions() as session:
        return list_entries(session, a, AuditFilter())


OPERATIONS = [
    Operation(
        "module toggle",
        "modules.toggle",
        lambda w, a, p, i: w.modules.apply(a, Target.of([p]), _flip(w, p, "messaging")),
    ),
    Operation(
        "module toggle preview",
        "modules.toggle",
        lambda w, a, p, i: w.modules.plan(a, Target.of([p]), ChangeRequest(enable=("billing",))),
    ),
    Operation(
        "module toggle dry run",
        "modules.toggle",
        lambda w, a, p, i: w.modules.apply(
            a, Target.of([p]), ChangeRequest(enable=("billing",)), dry_run=True
        ),
    ),
    Operation(
        "module configure",
        "modules.configure",
        lambda w, a, p, i: w.modules.configure(a, "messaging", Target.of([p]), {"sender_name": f"Shop {i}"}),
    ),
    Operation(
        "internal module toggle",
        "modules.internal",
        lambda w, a, p, i: w.modules.apply(a, Target.of([p]), _flip(w, p, "dev-tools")),
    ),
    Operation("module status", "modules.view", lambda w, a, p, i: w.modules.module_status(a, p)),
    Operation(
        "enabled matrix", "modules.view", lambda w, a, p, i: w.modules.enabled_matrix(a, Target.of([p]))
    ),
    Operation(
        "platforms list",
        "modules.view",
        lambda w, a, p, i: w.platforms.list_platforms(a),
        platform_scoped=False,
    ),
    Operation(
        "platform create",
        "admin.users.manage",  # super admins only (no other role creates platforms)
        lambda w, a, p, i: w.platforms.create_platform(a, f"new-{i}", f"New {i}"),
        platform_scoped=False,
    ),
    Operation(
        "list users", "admin.users.manage", lambda w, a, p, i: w.auth.list_users(a), platform_scoped=False
    ),
    Operation(
        "create user",
        "admin.users.manage",
        lambda w, a, p, i: w.auth.create_user(a, f"made{i}", "operator", PASSWORD),
        platform_scoped=False,
    ),
    Operation(
        "set role",
        "admin.users.manage",
        lambda w, a, p, i: w.auth.set_role(a, "target", ("support", "platform_admin")[i % 2]),
        platform_scoped=False,
    ),
    Operation(
        "assign platforms", "admin.users.manage", lambda w, a, p, i: w.auth.assign_platforms(a, "target", [p])
    ),
    Operation(
        "disable user",
        "admin.users.manage",
        lambda w, a, p, i: w.auth.set_active(a, "target", False),
        platform_scoped=False,
    ),
    Operation(
        "enable user",
        "admin.users.manage",
        lambda w, a, p, i: w.auth.set_active(a, "target", True),
        platform_scoped=False,
    ),
    Operation(
        "unlock user",
        "admin.users.manage",
        lambda w, a, p, i: w.auth.unlock(a, "target"),
        platform_scoped=False,
    ),
    Operation(
        "reset password",
        "admin.users.manage",
        lambda w, a, p, i: w.auth.reset_password(a, "target", f"new password {i:04d}"),
        platform_scoped=False,
    ),
    Operation(
        "platform tag",
        "platforms.tag",
        lambda w, a, p, i: (w.platforms.tag, w.platforms.untag)[i % 2](a, p, ["canary"]),
    ),
    Operation(
        "rollout create",
        "modules.rollout",
        lambda w, a, p, i: RolloutService(w.db).create(
            a, RolloutRequest(name=f"r{i}", kind="enable", modules=("messaging",), codes=(p,), bake="0s")
        ),
    ),
    Operation("audit list", "audit.view", _audit, platform_scoped=False),
    *(
        Operation(perm, perm, lambda w, a, p, i, perm=perm: a.require(perm), platform_scoped=False)
        for perm in ("migrations.view", "migrations.run", "health.view", "health.run")
    ),
    *(
        Operation(
            perm,
            perm,
            lambda w, a, p, i, perm=perm: a.require(perm, _pid(w, p), p),
        )
        for perm in (
            "merchants.view",
            "merchants.suspend",
            "customers.pii.view",
            "customers.pii.reveal",
            "payments.view",
            "payments.refund",
            "payments.refund.approve",
        )
    ),
]


def _flip(w: World, platform: str, module: str) -> ChangeRequest:
    """A request that changes something: disable the module where it is on, else enable it."""
    if module in enabled(w.db, platform):
        return ChangeRequest(disable=(module,))
    return ChangeRequest(enable=(module,))


def _pid(w: World, code: str) -> int:
    return platform_id(w.db, code)


def _expected(op: Operation, role: str, on_own: bool) -> bool:
    cell = scope(op.permission, role)
    if cell == NO:
        return False
    if cell == OWN and op.platform_scoped:
        return on_own
    return True


@pytest.mark.parametrize("op", OPERATIONS, ids=[o.name for o in OPERATIONS])
def test_operation_matrix(world: World, op: Operation):
    mismatches = []
    cases = [(role, on_own) for role in ROLES for on_own in (True, False)]
    for i, (role, on_own) in enumerate(cases):
        actor = world.actors[role]
        platform = world.own if on_own else world.foreign
        expected = _expected(op, role, on_own)
        try:
            result = op.run(world, actor, platform, i)
        except PermissionDenied as exc:
            got, why = False, exc.code
        except Refused as exc:
            if not _is_denial(exc):
                raise
            got, why = False, exc.code
        else:
            got = not (isinstance(result, Plan) and _denied_in_plan(result))
            if hasattr(result, "plan") and isinstance(result.plan, Plan) and _denied_in_plan(result.plan):
                got = False  # a dry run lists the refusal
            why = "ok" if got else "refused in the plan"
        if got != expected:
            where = "own platform" if on_own else "a platform not theirs"
            mismatches.append(f"{role} on {where}: expected {'allowed' if expected else 'denied'}, got {why}")
    assert mismatches == []


def test_the_matrix_covers_every_permission():
    assert {o.permission for o in OPERATIONS} == set(ALL_PERMISSIONS)


# -- what a denial leaves behind ------------------------------------------------------------------


def test_platform_admin_on_a_foreign_platform_writes_nothing(world: World):
    padmin = world.actors["platform_admin"]
    before = snapshot(world.db)
    with pytest.raises(Refused) as err:
        world.modules.apply(
            padmin, Target.of([world.own, world.foreign]), ChangeRequest(enable=("messaging",))
        )
    assert err.value.code == "permission.denied"
    assert [r["platform"] for r in err.value.details["refused"]] == [world.foreign]
    assert snapshot(world.db) == before

    # --skip-refused: their own platform changes, the foreign one does not.
    result = world.modules.apply(
        padmin, Target.of([world.own, world.foreign]), ChangeRequest(enable=("messaging",)), skip_refused=True
    )
    assert [p.platform for p in result.skipped] == [world.foreign]
    assert "messaging" in enabled(world.db, world.own)
    assert "messaging" not in enabled(world.db, world.foreign)

    with pytest.raises(PermissionDenied) as err2:
        world.modules.configure(padmin, "messaging", Target.of([world.foreign]), {"sender_name": "X"})
    assert err2.value.details["platforms"] == [world.foreign]


def test_support_toggle_is_denied_and_audited(world: World):
    support = world.actors["support"]
    before = snapshot(world.db)
    with pytest.raises(PermissionDenied):
        world.modules.apply(support, Target.of([world.own]), ChangeRequest(enable=("messaging",)))
    assert snapshot(world.db) == before
    with world.db.sessions() as session:
        (entry,) = list_entries(session, SYSTEM, AuditFilter(actor="helpdesk"))
    assert (entry.action, entry.outcome, entry.error_code) == (
        "modules.enable",
        "refused",
        "permission.denied",
    )


def test_all_platforms_means_own_for_a_platform_admin(db: Database):
    p1, p2, p3 = add_platforms(db, 3)
    padmin = make_user(db, "padmin", "platform_admin", [p1, p3])
    service = ModuleService(db)

    plan = service.plan(padmin, Target.of(all_platforms=True), ChangeRequest(enable=("messaging",)))
    assert [p.platform for p in plan.platforms] == [p1, p3]
    result = service.apply(padmin, Target.of(all_platforms=True), ChangeRequest(enable=("messaging",)))

    assert sorted(p.platform for p in result.applied) == [p1, p3]
    assert "messaging" in enabled(db, p1) and "messaging" in enabled(db, p3)
    assert "messaging" not in enabled(db, p2)
    # Viewing is not restricted (modules.view: every platform, for every role).
    assert set(service.enabled_matrix(padmin, Target.of(all_platforms=True))) == {p1, p2, p3}

    nobody = make_user(db, "padmin2", "platform_admin")
    empty = service.apply(nobody, Target.of(all_platforms=True), ChangeRequest(enable=("billing",)))
    assert empty.plan.platforms == [] and empty.applied == []
    assert all("billing" not in enabled(db, c) for c in (p1, p2, p3))


def test_internal_modules_are_hidden_from_other_roles(world: World):
    internal = {"dev-tools", "monitoring"}
    for role, actor in world.actors.items():
        seen = {m.code for m in world.modules.visible_modules(actor)}
        status = {s.code for s in world.modules.module_status(actor, world.own)}
        if role == "super_admin":
            assert internal <= seen and internal <= status
        else:
            assert seen.isdisjoint(internal) and status.isdisjoint(internal), role


# -- audit visibility ---------------------------------------------------------------------------


def test_audit_visibility_per_role(world: World):
    w = world
    root, padmin, support = w.actors["super_admin"], w.actors["platform_admin"], w.actors["support"]
    msg = ChangeRequest(enable=("messaging",))
    w.modules.apply(root, Target.of([w.foreign]), msg)  # super admin on a foreign platform
    w.modules.apply(
        root, Target.of([w.own]), ChangeRequest(enable=("analytics",))
    )  # ... on the PA's platform
    w.modules.apply(padmin, Target.of([w.own]), msg)  # the platform admin's own action
    with pytest.raises(PermissionDenied):
        w.modules.apply(support, Target.of([w.own]), msg)  # support's own (refused) action
    write_separately(
        w.db,
        root,
        AuditDraft("merchants.suspend", {"merchant": "M1"}, subject="merchant:M1"),
        "succeeded",
        None,
    )
    write_separately(
        w.db, root, AuditDraft("stores.suspend", {"store": "S1"}, subject="store:S1"), "succeeded", None
    )
    w.auth.unlock(root, "target")  # a user-management entry: super admins only

    def visible(actor: Actor, **flt: Any) -> list[tuple[str, str]]:
        with w.db.sessions() as session:
            return [(e.actor, e.action) for e in list_entries(session, actor, AuditFilter(**flt))]

    everything = visible(root)
    assert ("admin:root", "admin.unlock") in everything
    assert len(everything) >= 7

    assert sorted(visible(support)) == sorted(
        [
            ("admin:helpdesk", "modules.enable"),
            ("admin:root", "merchants.suspend"),
            ("admin:root", "stores.suspend"),
        ]
    )
    pa = visible(padmin)
    assert ("admin:padmin", "modules.enable") in pa
    assert ("admin:root", "modules.enable") in pa  # root's enable of analytics on the PA's platform
    assert len([e for e in pa if e == ("admin:root", "modules.enable")]) == 1  # not the foreign one
    assert ("admin:root", "admin.unlock") not in pa
    assert ("admin:root", "merchants.suspend") not in pa
    assert visible(padmin, platform=w.foreign) == []
    assert visible(root, platform=w.foreign) == [("admin:root", "modules.enable")]

    with pytest.raises(PermissionDenied):
        visible(w.actors["operator"])
