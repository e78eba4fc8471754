"""platformctl rollouts on SQLite and PostgreSQL: JSON shapes, exit codes, the runner's --once."""

from __future__ import annotations

import pytest

from core.db import Database
from tests.cli_helpers import (  # noqa: F401 - the *_fixture names register fixtures
    cli_fixture,
    no_passwords_in_env_fixture,
)
from tests.foundation_helpers import PASSWORD, add_platforms, enabled_on, make_user, snapshot

SHOW_KEYS = {
    "id",
    "name",
    "state",
    "reason",
    "created_by",
    "started_by",
    "created_at",
    "started_at",
    "updated_at",
    "change",
    "on_fail",
    "bake",
    "gate_timeout",
    "compare_alpha",
    "start_at",
    "windows",
    "gates",
    "next_check_at",
    "progress",
    "waves",
    "approvals",
}
WAVE_KEYS = {"number", "platforms", "state", "applied_at", "bake_until", "changed", "gates"}


@pytest.fixture
def fleet(db: Database) -> list[str]:
    return add_platforms(db, 10)


CREATE = ("rollouts", "create", "--name", "orders", "--enable", "orders", "--all-platforms", "--bake", "0s")


def test_create_json_is_the_show_document(cli, fleet):
    created = cli(*CREATE, "--waves", "1,100%", "--gate", "approval", "--json")
    assert created.code == 0, created.err
    doc = created.doc
    assert set(doc) >= SHOW_KEYS and doc["state"] == "draft" and doc["reason"] is None
    assert all(set(w) >= WAVE_KEYS for w in doc["waves"])
    assert [w["state"] for w in doc["waves"]] == ["pending", "pending"]
    assert doc["gates"] == ["approval"] and doc["bake"] == 0 and doc["gate_timeout"] == 1800
    shown = cli("rollouts", "show", str(doc["id"]), "--json")
    assert shown.code == 0 and shown.doc == doc
    listed = cli("rollouts", "list", "--json").doc["rollouts"]
    assert [d["id"] for d in listed] == [doc["id"]]
    assert all("platforms" not in w and "changed" not in w for w in listed[0]["waves"])
    human = cli("rollouts", "show", str(doc["id"]))
    assert human.code == 0 and "wave 1: pending" in human.out and "draft" in human.out


def test_create_dry_run_prints_waves_and_plans_and_writes_nothing(cli, db, fleet):
    before = snapshot(db)
    run = cli(*CREATE, "--waves", "2,100%", "--dry-run")
    assert run.code == 0, run.err
    assert "DRY RUN" in run.out and "wave 1: pending, 2 platform(s)" in run.out
    assert "enable payments (required: orders -> payments); enable orders" in run.out
    doc = cli(*CREATE, "--dry-run", "--json").doc
    assert doc["id"] is None and doc["waves"][-1]["plans"]
    assert snapshot(db) == before
    assert cli("rollouts", "list", "--json").doc == {"rollouts": []}


def test_a_state_that_does_not_allow_it_exits_3_naming_the_state(cli, fleet):
    rid = str(cli(*CREATE, "--json").doc["id"])
    run = cli("rollouts", "approve", rid, "--json")
    assert run.code == 3 and run.error["code"] == "rollout.bad_state" and "draft" in run.error["message"]
    assert cli("rollouts", "start", rid).code == 0
    run = cli("rollouts", "start", rid)
    assert run.code == 3 and "running" in run.err
    run = cli("rollouts", "abort", rid, "--dry-run")
    assert run.code == 3 and "running" in run.err
    assert cli("rollouts", "show", "999").code == 2


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        (("--bake", "10 years"), "rollout.bad_duration"),
        (("--on-fail", "explode"), "rollout.bad_on_fail"),
        (("--waves", "ten"), "rollout.bad_waves"),
        (("--gate", "magic"), "rollout.bad_gate"),
        (("--window", "Mon 25:00-26:00"), "rollout.bad_window"),
        (("--start-at", "yesterday-ish"), "rollout.bad_start_at"),
        (("--compare-alpha", "7"), "usage"),
        (("--cascade",), "option.cascade_needs_disable"),
    ],
)
def test_bad_specs_exit_2_and_write_nothing(cli, db, fleet, extra, code):
    before = snapshot(db)
    run = cli(*CREATE, *extra, "--json")
    assert run.code == 2 and run.error["code"] == code
    assert snapshot(db) == before


def test_run_once_advances_each_due_rollout_one_step(cli, db, fleet):
    rid = cli(*CREATE, "--waves", "100%", "--json").doc["id"]
    assert cli("rollouts", "run", "--once", "--json").doc == {"advanced": []}
    cli("rollouts", "start", str(rid))
    run = cli("rollouts", "run", "--once", "--json")
    assert run.code == 0 and run.doc == {"advanced": [{"id": rid, "state": "baking"}]}
    assert enabled_on(db, "orders") == fleet
    assert cli("rollouts", "run", "--once").out.strip() == f"rollout {rid}: completed"
    assert cli("rollouts", "show", str(rid), "--json").doc["state"] == "completed"


def test_action_dry_run_says_the_consequence(cli, fleet):
    rid = str(cli(*CREATE, "--json").doc["id"])
    run = cli("rollouts", "start", rid, "--dry-run", "--json")
    assert run.code == 0 and run.doc["action"] == "start" and run.doc["dry_run"] is True
    assert run.doc["rollout"]["state"] == "draft" and "wave 1" in run.doc["consequence"]
    assert cli("rollouts", "show", rid, "--json").doc["state"] == "draft"


def test_support_is_refused_with_exit_3(cli, db, fleet, monkeypatch):
    make_user(db, "helpdesk", "support")
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    run = cli(*CREATE, "--json", user="helpdesk")
    assert run.code == 3 and run.error["code"] == "permission.denied"
