"""platformctl platforms tag|untag|list --tag and the targets --tag / --exclude-tag, on SQLite and
PostgreSQL: exit codes, one JSON document, nothing written on a refusal or a dry run."""

from __future__ import annotations

import pytest

from core.db import Database
from tests.cli_helpers import cli_fixture, no_passwords_in_env_fixture  # noqa: F401 (fixtures)
from tests.foundation_helpers import PASSWORD, add_platforms, enabled, make_user


@pytest.fixture
def fleet(db: Database) -> list[str]:
    return add_platforms(db, 4)


def tags_of(cli, code: str) -> list[str]:  # type: ignore[no-untyped-def]
    listed = cli("platforms", "list", "--json").doc["platforms"]
    return next(p["tags"] for p in listed if p["code"] == code)


def test_tag_untag_list(cli, fleet):
    a, b, *_ = fleet
    run = cli("platforms", "tag", a, "canary", "country:lu", "--json")
    assert run.code == 0 and run.doc == {
        "platform": a,
        "added": ["canary", "country:lu"],
        "removed": [],
        "unchanged": [],
        "tags": ["canary", "country:lu"],
    }
    human = cli("platforms", "tag", b, "country:lu")
    assert human.code == 0 and human.out == f"{b}: added country:lu; tags now: country:lu\n"
    listed = cli("platforms", "list", "--tag", "country:lu", "--json")
    assert [p["code"] for p in listed.doc["platforms"]] == [a, b]
    assert listed.doc["platforms"][0]["tags"] == ["canary", "country:lu"]
    table = cli("platforms", "list", "--tag", "canary")
    assert table.out.splitlines()[0].split() == ["CODE", "NAME", "TAGS"]
    assert a in table.out and b not in table.out and "canary country:lu" in table.out
    run = cli("platforms", "untag", a, "canary", "plan:gold", "--json")
    assert run.code == 0 and run.doc["removed"] == ["canary"] and run.doc["unchanged"] == ["plan:gold"]
    assert tags_of(cli, a) == ["country:lu"]
    assert cli("platforms", "list", "--tag", "canary", "--json").doc["platforms"] == []


def test_dry_run_writes_nothing(cli, fleet):
    run = cli("platforms", "tag", fleet[0], "canary", "--dry-run", "--json")
    assert run.code == 0 and run.doc["dry_run"] is True and run.doc["added"] == ["canary"]
    human = cli("platforms", "untag", fleet[0], "canary", "--dry-run")
    assert human.code == 0 and human.out.startswith("DRY RUN")
    assert tags_of(cli, fleet[0]) == []


@pytest.mark.parametrize(
    ("args", "code", "exit_code"),
    [
        (["platforms", "tag", "p0001", "Canary"], "platform.bad_tag", 2),
        (["platforms", "tag", "p0001", "a:b:c"], "platform.bad_tag", 2),
        (["platforms", "tag", "p0001", "x" * 65], "platform.bad_tag", 2),
        (["platforms", "tag", "p0001", "can\u0007ary"], "platform.bad_tag", 2),
        (["platforms", "tag", "p0001", "%"], "platform.bad_tag", 2),
        (["platforms", "untag", "p0001", "*"], "platform.bad_tag", 2),
        (["platforms", "tag", "nowhere", "canary"], "platform.not_found", 2),
        (["platforms", "tag", "p0001"], "usage", 2),
        (["platforms", "list", "--tag", "_"], "platform.bad_tag", 2),
        (["modules", "enable", "billing", "--tag", "nothing"], "platform.no_match", 2),
        (["modules", "enable", "billing", "--tag", "Canary"], "platform.bad_tag", 2),
        (["modules", "enable", "billing", "--tag", "canary", "--all-platforms"], "usage", 2),
        (["modules", "enable", "billing", "--exclude-tag", "canary"], "usage", 2),
        (
            ["modules", "configure", "messaging", "--tag", "nothing", "--set", "sender_name=x"],
            "platform.no_match",
            2,
        ),
    ],
)
def test_bad_input_is_one_json_error_and_nothing_written(cli, fleet, args, code, exit_code):
    run = cli(*args, "--json")
    assert (run.code, run.error["code"]) == (exit_code, code), run.err
    assert run.err.startswith("error: ") and run.err.count("\n") == 1
    assert all(tags_of(cli, p) == [] for p in fleet)


def test_modules_enable_on_tags(cli, db, fleet):
    a, b, c, d = fleet
    cli("platforms", "tag", a, "canary")
    cli("platforms", "tag", b, "canary", "country:lu")
    cli("platforms", "tag", c, "country:lu")
    dry = cli("modules", "enable", "billing", "--tag", "canary", "--platform", d, "--dry-run", "--json")
    assert dry.code == 0 and sorted(p["platform"] for p in dry.doc["plan"]["platforms"]) == [a, b, d]
    run = cli("modules", "enable", "billing", "--tag", "country:lu", "--exclude-tag", "canary", "--json")
    assert run.code == 0 and run.doc["applied"] == 1
    assert "billing" in enabled(db, c) and "billing" not in enabled(db, b)
    run = cli("modules", "enable", "billing", "--all-platforms", "--exclude-tag", "country:lu", "--json")
    assert run.code == 0 and {p["platform"] for p in run.doc["plan"]["platforms"]} == {a, d}


def test_platform_admin_tags_own_platforms_only(cli, db, fleet, monkeypatch):
    own, foreign, *_ = fleet
    make_user(db, "padmin", "platform_admin", [own])
    make_user(db, "desk", "support")
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    assert cli("platforms", "tag", own, "canary", "--json", user="padmin").code == 0
    refused = cli("platforms", "tag", foreign, "canary", "--json", user="padmin")
    assert refused.code == 3 and refused.error["code"] == "permission.denied"
    assert cli("platforms", "tag", own, "plan:gold", "--json", user="desk").code == 3
    cli("platforms", "tag", foreign, "canary")  # as the command line: every permission
    # --tag for a platform admin: among their own platforms only.
    dry = cli("modules", "enable", "billing", "--tag", "canary", "--dry-run", "--json", user="padmin")
    assert dry.code == 0 and [p["platform"] for p in dry.doc["plan"]["platforms"]] == [own]
    assert tags_of(cli, own) == ["canary"] and tags_of(cli, foreign) == ["canary"]
