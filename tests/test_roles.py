"""Roles and Actor: the role table (tests/role_table.py), cell by cell, through Actor.can / Actor.require."""

from __future__ import annotations

import getpass

import pytest

from core.actor import Actor
from core.errors import InvalidInput, PermissionDenied, Refused
from core.roles import ALL_PERMISSIONS, ROLE_PERMISSIONS, Role, Scope, parse_role
from tests.role_table import ALL as YES
from tests.role_table import NO, OWN, ROLE_TABLE

# Support's audit.view is "own actions, and the trail of merchants and stores": not a grant over
# platforms. The role holds it with the OWN scope and no linked platforms; the audit service filters.
OWN_ACTIONS = "own actions"
TABLE = {**ROLE_TABLE, "audit.view": (YES, OWN, OWN_ACTIONS, NO)}

ROLES = (Role.SUPER_ADMIN, Role.PLATFORM_ADMIN, Role.SUPPORT, Role.OPERATOR)

CELLS = [
    pytest.param(permission, role, cell, id=f"{permission}-{role.value}")
    for permission, row in TABLE.items()
    for role, cell in zip(ROLES, row, strict=True)
]

OWN_ID, OTHER_ID = 7, 8


def actor(role: Role) -> Actor:
    return Actor(
        name=f"admin:{role.value}-user", role=role, user_id=1, own_platform_ids=frozenset({OWN_ID, 9})
    )


def test_table_covers_every_permission() -> None:
    assert set(TABLE) == set(ALL_PERMISSIONS)
    assert len(ALL_PERMISSIONS) == len(set(ALL_PERMISSIONS))
    assert set(ROLE_PERMISSIONS) == set(Role)
    for role, grants in ROLE_PERMISSIONS.items():
        assert set(grants) <= set(ALL_PERMISSIONS), role


@pytest.mark.parametrize(("permission", "role", "cell"), CELLS)
def test_role_table_cell(permission: str, role: Role, cell: str) -> None:
    who = actor(role)
    if cell == YES:
        assert who.scope(permission) is Scope.ALL
        assert who.can(permission)
        assert who.can(permission, OWN_ID)
        assert who.can(permission, OTHER_ID)
        who.require(permission)
        who.require(permission, OWN_ID, "own-shop")
        who.require(permission, OTHER_ID, "other-shop")
        assert who.platform_filter(permission) is None
    elif cell in (OWN, OWN_ACTIONS):
        if cell == OWN_ACTIONS:
            # Support staff are not linked to platforms: no platform is theirs.
            who = Actor(name=who.name, role=role, user_id=1)
        assert who.scope(permission) is Scope.OWN
        assert who.can(permission)  # somewhere: the service narrows it down
        who.require(permission)
        assert who.can(permission, OWN_ID) is (cell == OWN)
        assert not who.can(permission, OTHER_ID)
        with pytest.raises(PermissionDenied) as info:
            who.require(permission, OTHER_ID, "other-shop")
        assert info.value.message == (
            f"admin:{role.value}-user ({role.value}) may not {permission} on platform other-shop"
        )
        assert info.value.details["platform"] == "other-shop"
        if cell == OWN:
            who.require(permission, OWN_ID, "own-shop")
            assert who.platform_filter(permission) == {OWN_ID, 9}
        else:
            assert who.platform_filter(permission) == frozenset()
    else:
        assert cell == NO
        assert who.scope(permission) is None
        assert not who.can(permission)
        assert not who.can(permission, OWN_ID)
        assert not who.can(permission, OTHER_ID)
        for args in ((), (OWN_ID, "own-shop"), (OTHER_ID, "other-shop")):
            with pytest.raises(PermissionDenied) as info:
                who.require(permission, *args)
            # The platform is not named: the role may not do this anywhere.
            assert info.value.message == f"admin:{role.value}-user ({role.value}) may not {permission}"
        assert who.platform_filter(permission) == frozenset()


def test_own_platforms_without_links_cover_nothing() -> None:
    lonely = Actor(name="admin:new", role=Role.PLATFORM_ADMIN)
    assert lonely.platform_filter("modules.toggle") == frozenset()
    assert not lonely.can("modules.toggle", OWN_ID)
    with pytest.raises(PermissionDenied):
        lonely.require("modules.toggle", OWN_ID, "shop")


def test_permission_denied_is_a_refusal_with_a_stable_code() -> None:
    with pytest.raises(PermissionDenied) as info:
        actor(Role.OPERATOR).require("migrations.run")
    error = info.value
    assert isinstance(error, Refused)
    assert error.code == "permission.denied"
    assert error.exit_code == 3
    assert error.to_dict() == {
        "code": "permission.denied",
        "message": "admin:operator-user (operator) may not migrations.run",
        "details": {
            "permission": "migrations.run",
            "actor": "admin:operator-user",
            "role": "operator",
            "platform": None,
        },
    }
    assert str(error) == error.message


def test_unknown_permission_is_a_programming_error() -> None:
    who = actor(Role.SUPER_ADMIN)
    assert not who.can("modules.destroy")
    with pytest.raises(ValueError, match=r"unknown permission 'modules\.destroy'"):
        who.require("modules.destroy")


def test_require_all_stops_at_the_first_platform_not_owned() -> None:
    who = actor(Role.PLATFORM_ADMIN)
    who.require_all("modules.toggle", [(OWN_ID, "a"), (9, "b")])
    with pytest.raises(PermissionDenied) as info:
        who.require_all("modules.toggle", [(OWN_ID, "a"), (OTHER_ID, "c"), (99, "d")])
    assert info.value.details["platform"] == "c"
    actor(Role.SUPER_ADMIN).require_all("modules.toggle", [(OTHER_ID, "c"), (99, "d")])


def test_cli_actor_holds_every_permission(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "ops")
    cli = Actor.cli()
    assert cli.name == "cli:ops"
    assert cli.username == "ops"
    assert cli.role is Role.SUPER_ADMIN
    for permission in ALL_PERMISSIONS:
        cli.require(permission, OTHER_ID, "any-shop")


def test_cli_actor_without_a_user_name(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_user() -> str:
        raise OSError("no user name")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert Actor.cli().name == "cli:unknown"


def test_system_actor() -> None:
    system = Actor.system()
    assert system.name == "system"
    assert system.username == "system"
    assert system.can("admin.users.manage")
    assert Actor.system("scheduler").name == "scheduler"


def test_username_of_an_admin() -> None:
    assert Actor(name="admin:ann", role=Role.SUPPORT).username == "ann"


@pytest.mark.parametrize("role", list(Role))
def test_parse_role(role: Role) -> None:
    assert parse_role(role.value) is role


def test_parse_role_names_the_choices() -> None:
    with pytest.raises(InvalidInput) as info:
        parse_role("root")
    assert info.value.code == "user.bad_role"
    assert info.value.exit_code == 2
    assert info.value.message == (
        "unknown role 'root'; choose one of super_admin, platform_admin, support, operator"
    )
    assert info.value.details == {"role": "root"}
