"""Platform tags on SQLite and PostgreSQL: the rule, tag / untag per role, audited, and targets by tag
(union with --platform, --all-platforms alone, --exclude-tag subtracting, a platform admin's own)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.actor import Actor
from core.db import Database
from core.errors import InvalidInput, NotFound, PermissionDenied
from core.graph import ChangeRequest
from core.services.module_service import ModuleService, Target
from core.services.platform_tags import check_tag
from core.services.platforms import PlatformService
from core.tables import platform_tags
from tests.foundation_helpers import add_platforms, audit_entries, enabled, make_user

ADMIN = Actor.system("admin:tester")


@pytest.fixture
def platforms(db: Database) -> PlatformService:
    return PlatformService(db)


def tag_rows(db: Database) -> int:
    with db.read() as conn:
        return int(conn.scalar(select(func.count()).select_from(platform_tags)) or 0)


# -- the rule -------------------------------------------------------------------------------------


@pytest.mark.parametrize("good", ["canary", "country:lu", "plan:enterprise", "eu-west-1", "a", "x" * 64])
def test_good_tags_pass(good):
    assert check_tag(good) == good


def test_full_width_letters_are_normalised():
    assert check_tag("\uff43\uff41\uff4e\uff41\uff52\uff59") == "canary"


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "x" * 65,
        "a:b:c",
        "Canary",
        "COUNTRY:LU",
        "%",
        "can%",
        "_",
        "can_ary",
        "*",
        "can*",
        "canary\n",
        "can\x00ary",
        "can\u200bary",
        "-canary",
        ":lu",
        "country:",
        "country lu",
        "caña",
    ],
)
def test_hostile_tags_are_one_clear_error_and_nothing_written(db, platforms, bad):
    (p,) = add_platforms(db, 1)
    with pytest.raises(InvalidInput) as caught:
        platforms.tag(ADMIN, p, [bad])
    assert caught.value.code in {"platform.bad_tag", "platform.no_tags"}
    assert caught.value.exit_code == 2
    assert "\n" not in caught.value.message
    assert tag_rows(db) == 0
    with pytest.raises(InvalidInput):
        Target.of(tags=[bad]) if bad else Target.of(tags=["ok"], exclude_tags=[bad + "!"])


def test_no_tag_at_all_is_refused(db, platforms):
    (p,) = add_platforms(db, 1)
    with pytest.raises(InvalidInput) as caught:
        platforms.tag(ADMIN, p, [])
    assert caught.value.code == "platform.no_tags"


# -- tag, untag, list ----------------------------------------------------------------------------------


def test_tag_untag_and_list_by_tag(db, platforms):
    a, b, _c = add_platforms(db, 3)
    done = platforms.tag(ADMIN, a, ["canary", "country:lu", "canary"])
    assert done.added == ("canary", "country:lu") and done.tags == ("canary", "country:lu")
    again = platforms.tag(ADMIN, a, ["canary"])
    assert again.added == () and again.unchanged == ("canary",)
    platforms.tag(ADMIN, b, ["country:lu"])
    assert [r.code for r in platforms.list_platforms(ADMIN, tag="country:lu")] == [a, b]
    assert [r.code for r in platforms.list_platforms(ADMIN, tag=["canary", "nothing"])] == [a]
    assert platforms.list_platforms(ADMIN, tag="nothing") == []
    assert platforms.tags(ADMIN) == {a: ("canary", "country:lu"), b: ("country:lu",)}
    assert platforms.tags_in_use(ADMIN) == ["canary", "country:lu"]
    gone = platforms.untag(ADMIN, a, ["canary", "plan:gold"])
    assert gone.removed == ("canary",) and gone.unchanged == ("plan:gold",) and gone.tags == ("country:lu",)
    assert platforms.tags(ADMIN, platforms.list_platforms(ADMIN)) == {a: ("country:lu",), b: ("country:lu",)}
    # Audited: one entry per request, with the tags and what changed.
    entries = [e for e in audit_entries(db) if e.action.startswith("platforms.")]
    assert [e.action for e in entries] == ["platforms.tag"] * 3 + ["platforms.untag"]
    assert entries[0].request["added"] == ["canary", "country:lu"]
    assert entries[-1].outcome == "succeeded"


def test_dry_run_writes_nothing_and_audits_nothing(db, platforms):
    (p,) = add_platforms(db, 1)
    before = len(audit_entries(db))
    done = platforms.tag(ADMIN, p, ["canary"], dry_run=True)
    assert done.dry_run and done.added == ("canary",) and done.to_dict()["added"] == ["canary"]
    assert tag_rows(db) == 0 and len(audit_entries(db)) == before


def test_unknown_platform_is_not_found(db, platforms):
    with pytest.raises(NotFound) as caught:
        platforms.tag(ADMIN, "nowhere", ["canary"])
    assert caught.value.code == "platform.not_found"


@pytest.mark.parametrize(
    ("role", "own_ok", "foreign_ok"),
    [
        ("super_admin", True, True),
        ("platform_admin", True, False),
        ("support", False, False),
        ("operator", False, False),
    ],
)
def test_tag_permission_per_role(db, platforms, role, own_ok, foreign_ok):
    own, foreign = add_platforms(db, 2)
    actor = make_user(db, "someone", role, [own] if role == "platform_admin" else [])
    for platform, allowed in ((own, own_ok), (foreign, foreign_ok)):
        if allowed:
            assert platforms.tag(actor, platform, ["canary"]).added == ("canary",)
            assert platforms.untag(actor, platform, ["canary"]).removed == ("canary",)
        else:
            with pytest.raises(PermissionDenied):
                platforms.tag(actor, platform, ["canary"])
            with pytest.raises(PermissionDenied):
                platforms.untag(actor, platform, ["canary"], dry_run=True)
    assert tag_rows(db) == 0
    refused = [e for e in audit_entries(db) if e.action == "platforms.tag" and e.outcome != "succeeded"]
    assert len(refused) == (0 if foreign_ok else 2 - int(own_ok))


# -- targets ------------------------------------------------------------------------------------------


@pytest.fixture
def fleet(db, platforms) -> list[str]:
    codes = add_platforms(db, 6)
    platforms.tag(ADMIN, codes[0], ["canary"])
    platforms.tag(ADMIN, codes[1], ["canary", "country:lu"])
    platforms.tag(ADMIN, codes[2], ["country:lu"])
    platforms.tag(ADMIN, codes[3], ["plan:enterprise"])
    return codes


def planned(db: Database, actor: Actor, target: Target) -> list[str]:
    plan = ModuleService(db).plan(actor, target, ChangeRequest(enable=("billing",)))
    return sorted(p.platform for p in plan.platforms)


def test_target_by_tag_union_and_exclude(db, fleet):
    p = fleet
    assert planned(db, ADMIN, Target.of(tags=["canary"])) == [p[0], p[1]]
    assert planned(db, ADMIN, Target.of(tags=["canary", "country:lu"])) == [p[0], p[1], p[2]]
    # --tag beside --platform: the union of both (a named platform counted once).
    assert planned(db, ADMIN, Target.of([p[5], p[0]], tags=["canary"])) == [p[0], p[1], p[5]]
    # --exclude-tag subtracts, from the tags, the named platforms and --all-platforms alike.
    assert planned(db, ADMIN, Target.of(tags=["country:lu"], exclude_tags=["canary"])) == [p[2]]
    assert planned(db, ADMIN, Target.of([p[0], p[4]], exclude_tags=["canary"])) == [p[4]]
    assert planned(db, ADMIN, Target.of(all_platforms=True, exclude_tags=["canary", "country:lu"])) == [
        p[3],
        p[4],
        p[5],
    ]
    # A tag matching nothing beside other targets: the others are the target.
    assert planned(db, ADMIN, Target.of([p[4]], tags=["nothing"])) == [p[4]]


def test_tag_matching_nothing_is_an_error_naming_it(db, fleet):
    with pytest.raises(NotFound) as caught:
        planned(db, ADMIN, Target.of(tags=["canary-typo"]))
    assert caught.value.code == "platform.no_match" and caught.value.exit_code == 2
    assert "canary-typo" in caught.value.message
    with pytest.raises(NotFound) as caught:
        planned(db, ADMIN, Target.of(tags=["canary"], exclude_tags=["canary"]))
    assert caught.value.details["unmatched"] == [] and "excluded" in caught.value.message


def test_target_combinations_that_make_no_sense_are_usage_errors():
    with pytest.raises(InvalidInput) as caught:
        Target.of(["p0001"], True)
    assert caught.value.code == "platform.both"
    with pytest.raises(InvalidInput) as caught:
        Target.of(tags=["canary"], all_platforms=True)
    assert caught.value.code == "platform.both"
    with pytest.raises(InvalidInput) as caught:
        Target.of(exclude_tags=["canary"])
    assert caught.value.code == "platform.none"


def test_platform_admin_tag_selects_among_own_platforms(db, fleet):
    p = fleet
    padmin = make_user(db, "padmin", "platform_admin", [p[1], p[2], p[4]])
    # canary is on p[0] (foreign) and p[1] (own): only p[1], and no refusal for p[0].
    plan = ModuleService(db).plan(padmin, Target.of(tags=["canary"]), ChangeRequest(enable=("billing",)))
    assert [x.platform for x in plan.platforms] == [p[1]] and not plan.refused
    assert planned(db, padmin, Target.of(all_platforms=True, exclude_tags=["country:lu"])) == [p[4]]
    # A foreign platform named beside a tag is refused, as without tags.
    plan = ModuleService(db).plan(
        padmin, Target.of([p[0]], tags=["canary"]), ChangeRequest(enable=("billing",))
    )
    assert [x.platform for x in plan.refused] == [p[0]]
    # A tag only foreign platforms carry matches nothing among theirs.
    with pytest.raises(NotFound) as caught:
        planned(db, padmin, Target.of(tags=["plan:enterprise"]))
    assert "among your platforms" in caught.value.message


def test_apply_configure_and_matrix_on_a_tag(db, fleet):
    p = fleet
    service = ModuleService(db)
    result = service.apply(
        ADMIN, Target.of(tags=["country:lu"], exclude_tags=["canary"]), ChangeRequest(enable=("billing",))
    )
    assert [x.platform for x in result.applied] == [p[2]]
    assert "billing" in enabled(db, p[2]) and "billing" not in enabled(db, p[1])
    entry = audit_entries(db)[-1]
    assert entry.request["platforms"] == {"platforms": [], "tags": ["country:lu"], "exclude_tags": ["canary"]}
    done = service.configure(ADMIN, "messaging", Target.of(tags=["canary"]), {"sender_name": "Canary"})
    assert sorted(done.platforms) == [p[0], p[1]]
    matrix = service.enabled_matrix(ADMIN, Target.of(tags=["plan:enterprise"]))
    assert list(matrix) == [p[3]]


def test_a_deleted_platform_takes_its_tags_along(db, platforms, fleet):
    assert tag_rows(db) == 5
    with db.transaction() as session:
        from core.models import Platform

        session.execute(Platform.__table__.delete().where(Platform.code == fleet[0]))
    assert tag_rows(db) == 4


def test_retag_adds_and_removes_in_one_transaction(db, platforms):
    (p,) = add_platforms(db, 1)
    platforms.tag(ADMIN, p, ["canary", "plan:gold"])
    done = platforms.retag(ADMIN, p, add=["country:lu"], remove=["canary"])
    assert (done.added, done.removed, done.tags) == (
        ("country:lu",),
        ("canary",),
        ("country:lu", "plan:gold"),
    )
    # One bad tag among good ones: nothing written.
    with pytest.raises(InvalidInput):
        platforms.retag(ADMIN, p, add=["eu"], remove=["plan:gold", "Bad"])
    with pytest.raises(InvalidInput):
        platforms.retag(ADMIN, p, add=["eu"], remove=["eu"])
    assert platforms.tags(ADMIN)[p] == ("country:lu", "plan:gold")
