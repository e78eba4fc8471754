"""platformctl rollouts on SQLite and PostgreSQL: JSON shapes, exit codes, the runner's --once."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from console.cli import build_parser
from core.db import Database
from core.rollouts.gates import evaluate_gate, parse_gate
from tests.cli_helpers import (  # noqa: F401 - the *_fixture names register fixtures
    cli_fixture,
    no_passwords_in_env_fixture,
)
from tests.foundation_helpers import PASSWORD, add_platforms, enabled_on, make_user, snapshot
from tests.prom_server import PromServer

ROOT_DIR = Path(__file__).resolve().parents[1]

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
    assert human.code == 0 and f"Rollout {doc['id']} 'orders': draft" in human.out


def test_create_dry_run_prints_waves_and_plans_and_writes_nothing(cli, db, fleet):
    before = snapshot(db)
    run = cli(*CREATE, "--waves", "2,100%", "--dry-run")
    assert run.code == 0, run.err
    assert run.out.startswith("DRY RUN — nothing written. Rollout 'orders' would be created as a draft:")
    assert "10 platforms in 2 waves" in run.out
    assert "enable orders on 10 platforms: +10 orders, +10 payments pulled in, 0 refused" in run.out
    waves = run.out.split("Waves:\n")[1].splitlines()
    assert waves[0].split()[:4] == ["1", "pending", "2", "platforms"]
    assert waves[1].strip() == "2 platforms: enable payments (required: orders -> payments); enable orders"
    assert waves[2].split()[:4] == ["2", "pending", "8", "platforms"] and waves[2].endswith("… (+3)")
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


def test_action_json_is_the_show_document(cli, fleet):
    rid = str(cli(*CREATE, "--waves", "1,100%", "--json").doc["id"])
    started = cli("rollouts", "start", rid, "--json")
    assert started.code == 0, started.err
    shown = cli("rollouts", "show", rid, "--json").doc
    assert started.doc == shown and shown["state"] == "running"
    assert [len(w["platforms"]) for w in shown["waves"]] == [1, len(fleet) - 1]
    paused = cli("rollouts", "pause", rid)
    assert paused.code == 0 and paused.out == cli("rollouts", "show", rid).out


def test_support_is_refused_with_exit_3(cli, db, fleet, monkeypatch):
    make_user(db, "helpdesk", "support")
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    run = cli(*CREATE, "--json", user="helpdesk")
    assert run.code == 3 and run.error["code"] == "permission.denied"


@pytest.fixture
def prom() -> Iterator[PromServer]:
    with PromServer() as server:
        yield server


@pytest.fixture
def kathmandu(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time UTC+05:45: a time shown in UTC by mistake cannot pass for it."""
    monkeypatch.setenv("TZ", "Asia/Kathmandu")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _local(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def test_show_reads_as_a_header_and_a_timeline_in_local_time(cli, db, fleet, prom, monkeypatch, kathmandu):
    monkeypatch.setenv("PLATFORM_PROMETHEUS_URL", prom.url)
    make_user(db, "ann", "super_admin")
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    gate = "prom:shop_error_ratio < 0.1"
    rid = str(cli(*CREATE, "--waves", "2,5,100%", "--gate", gate, "--json").doc["id"])
    assert cli("rollouts", "start", rid, user="ann").code == 0
    prom.set_values(dict.fromkeys(fleet, 0.01))
    for _ in range(3):  # wave 1 applied, its gate passes, wave 2 applied
        assert cli("rollouts", "run", "--once").code == 0
    doc = cli("rollouts", "show", rid, "--json").doc
    sick = doc["waves"][1]["platforms"][0]
    prom.set_values({**dict.fromkeys(fleet, 0.01), sick: 0.4})
    assert cli("rollouts", "run", "--once").code == 0
    doc = cli("rollouts", "show", rid, "--json").doc
    out = cli("rollouts", "show", rid).out
    head, timeline = out.split("\nWaves:\n")
    lines = head.splitlines()
    assert lines[0] == f"Rollout {rid} 'orders': paused"
    fields = {line.split()[0]: line.split(None, 1)[1] for line in lines[1:] if line.strip()}
    assert fields["reason"] == doc["reason"] and gate in fields["reason"]
    assert fields["change"] == "enable orders" and fields["targets"] == "all platforms (10 platforms)"
    assert fields["progress"] == "wave 2 of 3, 5 of 10 platforms changed"
    assert fields["created"] == f"{_local(doc['created_at'])} +0545 by cli:root"
    assert fields["started"] == f"{_local(doc['started_at'])} +0545 by admin:ann"
    assert fields["rules"] == "bake 0s, gate timeout 30m, on failure pause"
    waves = timeline.splitlines()
    first = waves[0].split()
    assert (
        first[:4] == ["1", "passed", "2", "platforms"]
        and first[4:]
        == [f"{c}," for c in doc["waves"][0]["platforms"][:-1]] + doc["waves"][0]["platforms"][-1:]
    )
    assert waves[1].strip() == f"applied {_local(doc['waves'][0]['applied_at'])} +0545, baked until " + (
        f"{_local(doc['waves'][0]['bake_until'])} +0545; 2 platforms changed"
    )
    assert waves[2].strip().startswith(f"gate {gate}: PASS — ")
    second = [line.strip() for line in waves if line.strip().startswith(f"gate {gate}: FAIL")]
    assert second == [f"gate {gate}: FAIL — {doc['waves'][1]['gates'][0]['detail']}"] and sick in second[0]
    assert re.match(r"\s+3\s+pending\s+5 platforms\s+p\d{4}, p\d{4}, p\d{4}, p\d{4}, p\d{4}$", waves[-1])


def test_list_is_a_table(cli, fleet):
    assert cli("rollouts", "list").out == "no rollouts\n"
    first = cli(*CREATE, "--json").doc["id"]
    second = cli(*CREATE[:3], "a much longer name " * 5, *CREATE[4:], "--json").doc["id"]
    cli("rollouts", "start", str(second))
    lines = cli("rollouts", "list").out.splitlines()
    assert lines[0].split() == [
        "ID",
        "NAME",
        "STATE",
        "WAVE",
        "CHANGED",
        "CHANGE",
        "STARTED",
        "BY",
        "UPDATED",
        "REASON",
    ]
    assert lines[1].startswith(f"{second}   a much longer name a much longer name a…  running")
    assert lines[2].split()[:6] == [str(first), "orders", "draft", "0/4", "0/10", "enable"]
    assert len({line.index("STATE") if i == 0 else None for i, line in enumerate(lines)}) == 2
    assert cli("rollouts", "list", "--state", "paused").out == "no rollouts in state paused\n"


def _gates_in_examples() -> list[str]:
    """Every --gate 'prom:...' example: the rollouts commands' help and the README."""
    texts = [leaf.epilog or "" for leaf in _rollout_leaves()] + [(ROOT_DIR / "README.md").read_text()]
    return [g for text in texts for g in re.findall(r"--gate '(prom:[^']+)'", text)]


def _rollout_leaves() -> list:  # type: ignore[type-arg]
    group = build_parser()._subparsers._group_actions[0].choices["rollouts"]  # type: ignore[union-attr]
    return list(group._subparsers._group_actions[0].choices.values())  # type: ignore[union-attr]


def test_gate_examples_state_the_healthy_condition(prom):
    """A gate is what must hold: the examples pass on a healthy fleet and fail on a sick one."""
    gates = _gates_in_examples()
    assert len(gates) >= 2
    for text in gates:
        spec = parse_gate(text)
        prom.set_values({"p1": 0.001, "p2": 0.005})  # errors at 0.1 % and 0.5 %
        assert evaluate_gate(spec, ["p1", "p2"], [], prometheus_url=prom.url).result == "pass", text
        prom.set_values({"p1": 0.001, "p2": 0.3})  # 30 % errors on p2
        assert evaluate_gate(spec, ["p1", "p2"], [], prometheus_url=prom.url).result == "fail", text


@pytest.mark.parametrize("command", ["show", "start", "pause", "resume", "abort", "rollback", "approve"])
@pytest.mark.parametrize("value", ["-1", "0", "99999999999999999999", "1e3", "0x10", "3.0", " ", "\uff17"])
def test_hostile_ids_exit_2_in_one_line(cli, command, value):
    for run in (cli("rollouts", command, value), cli("rollouts", command, "--", value)):
        assert run.code == 2 and run.out == ""
        assert run.err.count("\n") == 1 and run.err.startswith("error: ") and "ID" in run.err
    doc = cli("rollouts", command, value, "--json")
    assert doc.code == 2 and doc.error["code"] == "usage"


@pytest.mark.parametrize("command", ["show", "start", "approve"])
def test_an_unknown_id_exits_2_not_found(cli, command):
    run = cli("rollouts", command, "4242", "--json")
    assert run.code == 2 and run.error["code"] == "rollout.not_found"
    assert (
        cli("rollouts", command, "4242").err
        == "error: no rollout 4242; `platformctl rollouts list` shows them\n"
    )


@pytest.mark.parametrize(
    "name",
    ["", "   ", "bell\x07", "esc\x1b[31mred", "two\nlines", "tab\tbed", "del\x7f", "x" * 10_000, "x" * 201],
)
def test_hostile_names_exit_2_in_one_line_and_write_nothing(cli, db, fleet, name):
    before = snapshot(db)
    run = cli(*CREATE[:3], name, *CREATE[4:])
    assert run.code == 2 and run.out == "" and run.err.count("\n") == 1, run.err
    assert len(run.err) < 300 and "\x1b" not in run.err and "\x07" not in run.err
    assert cli(*CREATE[:3], name, *CREATE[4:], "--json").error["code"] in ("rollout.bad_name", "usage")
    assert snapshot(db) == before


def test_a_platform_admin_does_not_see_anothers_rollout(cli, db, fleet, monkeypatch):
    make_user(db, "pat", "platform_admin", fleet[:1])
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    theirs = str(cli(*CREATE[:6], "--platform", *fleet[5:], "--json").doc["id"])
    shared = str(cli(*CREATE, "--json").doc["id"])
    listed = cli("rollouts", "list", "--json", user="pat").doc["rollouts"]
    assert [d["id"] for d in listed] == [int(shared)]
    run = cli("rollouts", "show", theirs, user="pat")
    assert (
        run.code == 2 and run.err == f"error: no rollout {theirs}; `platformctl rollouts list` shows them\n"
    )
    assert cli("rollouts", "show", shared, user="pat").code == 0
    run = cli(
        "rollouts",
        "start",
        shared,
        user="pat",
    )
    assert run.code == 3 and "may not modules.rollout" in run.err


def test_the_starter_cannot_approve_exit_3(cli, db, fleet, monkeypatch):
    make_user(db, "ann", "super_admin")
    make_user(db, "bob", "super_admin")
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    rid = str(cli(*CREATE, "--waves", "1,100%", "--gate", "approval", "--json").doc["id"])
    cli("rollouts", "start", rid, user="ann")
    cli("rollouts", "run", "--once")
    assert cli("rollouts", "run", "--once", "--json").doc == {
        "advanced": [{"id": int(rid), "state": "waiting"}]
    }
    run = cli("rollouts", "approve", rid, "--json", user="ann")
    assert run.code == 3 and run.error["code"] == "rollout.four_eyes"
    run = cli("rollouts", "resume", rid, user="bob")
    assert run.code == 3 and run.err == f"error: rollout {rid} is waiting: it cannot be resumed\n"
    assert cli("rollouts", "approve", rid, user="bob").code == 0


def test_run_by_a_platform_admin_tells_only_of_the_rollouts_they_read(cli, db, fleet, monkeypatch):
    """The runner acts for each rollout's starter: a named caller changes only what is shown."""
    make_user(db, "pat", "platform_admin", fleet[:1])
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    hidden = cli(*CREATE[:6], "--platform", *fleet[5:], "--bake", "0s", "--waves", "100%", "--json").doc["id"]
    shared = cli(*CREATE, "--waves", "100%", "--json").doc["id"]
    for rid in (hidden, shared):
        assert cli("rollouts", "start", str(rid)).code == 0
    run = cli("rollouts", "run", "--once", "--json", user="pat")
    assert run.code == 0 and run.doc == {"advanced": [{"id": shared, "state": "baking"}]}
    assert cli("rollouts", "show", str(hidden), "--json").doc["state"] == "baking"  # advanced too
    cli("rollouts", "pause", str(shared))
    run = cli("rollouts", "run", "--once", user="pat")
    assert run.code == 0 and run.out == "no rollout you can read was due\n" and str(hidden) not in run.err
    assert cli("rollouts", "show", str(hidden), "--json").doc["state"] == "completed"
    cli("rollouts", "resume", str(shared))
    assert cli("rollouts", "run", "--once", user="pat").out == f"rollout {shared}: completed\n"
