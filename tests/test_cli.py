"""platformctl in-process on SQLite and PostgreSQL: every command, exit codes, JSON, actors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from console.cli import main
from console.commands.base import parse_set
from core.actor import Actor
from core.db import Database
from core.demo import DEMO_PASSWORD
from core.errors import InvalidInput
from core.models import AdminPlatform, AdminUser, AuditEntry
from tests.cli_helpers import Run, Terminal, invoke, url_of
from tests.foundation_helpers import PASSWORD, audit_entries, enabled, module_row, snapshot, user_row

ROOT = Path(__file__).resolve().parents[1]
CLI_ACTOR = Actor.cli().name


@pytest.fixture(autouse=True)
def _no_passwords_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PLATFORM_PASSWORD", "PLATFORM_NEW_PASSWORD", "PLATFORM_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def cli(db: Database):  # type: ignore[no-untyped-def]
    url = url_of(db)

    def run(*args: str, stdin: str = "", user: str | None = None) -> Run:
        return invoke(url, *args, stdin=stdin, user=user)

    return run


@pytest.fixture
def two(cli) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    for code in ("p1", "p2"):
        assert cli("platforms", "create", code, "--name", f"Platform {code}").code == 0
    return "p1", "p2"


# -- the command itself -------------------------------------------------------------------------


def test_help_in_a_subprocess():
    done = subprocess.run(
        [sys.executable, "-m", "console.cli", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "platformctl" in done.stdout and "modules" in done.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["nosuch"],
        ["modules"],
        ["modules", "enable", "billing"],  # neither --platform nor --all-platforms
        ["modules", "enable", "billing", "--platform", "p1", "--all-platforms"],
        ["modules", "status"],
        ["admin", "create-user", "bob"],  # --role missing
        ["admin", "create-user", "bob", "--role", "king"],
        ["audit", "list", "--limit", "many"],
        ["demo", "seed", "--platforms", "-x"],
    ],
)
def test_usage_errors_exit_2_with_one_json_document(cli, args):
    run = cli(*args, "--json")
    assert run.code == 2
    assert run.error["code"] == "usage"
    assert run.error["message"]
    plain = cli(*args)
    assert plain.code == 2 and plain.out == ""
    assert plain.err.startswith("error: ")


def test_log_level_keeps_stdout_one_json_document(db):
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--db", url_of(db), "--log-level", "DEBUG", "platforms", "list", "--json"],
        stdout=out,
        stderr=err,
        stdin=io.StringIO(),
    )
    assert code == 0
    assert json.loads(out.getvalue()) == {"platforms": []}


def test_unsupported_database_url(tmp_path):
    run = invoke("mysql://nobody@localhost/x", "platforms", "list", "--json")
    assert run.code == 2
    assert run.error["code"] == "db.unsupported"


# -- db upgrade, migrate ---------------------------------------------------------------------------


def test_db_upgrade_prepares_an_empty_database(backend, fresh_url):
    run = invoke(fresh_url, "db", "upgrade", "--json")
    assert run.code == 0, run.err
    applied = [s["revision"] for s in run.doc["applied"]]
    assert applied[0] == "framework_001"
    assert {"payments_001", "billing_001", "tenancy_001"} <= set(applied)

    status = invoke(fresh_url, "migrate", "status", "--json")
    assert status.code == 0
    branches = {b["branch"]: b for b in status.doc["branches"]}
    assert "framework" in branches and "payments" in branches
    assert all(b["pending"] == [] and b["current"] == b["head"] for b in branches.values())

    again = invoke(fresh_url, "db", "upgrade", "--json")
    assert again.code == 0 and again.doc["applied"] == []
    human = invoke(fresh_url, "migrate", "status")
    assert "all branches at head" in human.out


def test_migrate_status_plan_sql(cli):
    status = cli("migrate", "status", "--json")
    assert status.code == 0 and status.doc["branches"]

    plan = cli("migrate", "plan", "--json")
    assert plan.code == 0 and plan.doc["steps"] == []
    assert cli("migrate", "plan").out.strip() == "nothing to do"

    down = cli("migrate", "plan", "billing@base", "--downgrade", "--json")
    assert down.code == 0
    assert [s["revision"] for s in down.doc["steps"]] == ["billing_001"]
    assert down.doc["destructive"] is True
    assert any("DROP TABLE" in d.upper() for d in down.doc["steps"][0]["destructive"])
    human = cli("migrate", "plan", "billing@base", "--downgrade")
    assert "DESTRUCTIVE" in human.out

    sql = cli("migrate", "sql", "billing@base", "--downgrade", "--json")
    assert sql.code == 0
    assert sql.doc["direction"] == "downgrade"
    assert "DROP TABLE" in sql.doc["sql"].upper() and "invoices" in sql.doc["sql"]

    bad = cli("migrate", "plan", "nosuchmodule", "--json")
    assert bad.code == 2 and bad.error["code"] == "migrations.unknown_target"
    wrong_way = cli("migrate", "upgrade", "billing@base", "--json")
    assert wrong_way.code == 2


def test_migrate_sql_of_a_fresh_database(backend, fresh_url):
    if backend == "sqlite":  # an empty file: a missing one is refused (tests/test_cli_database_errors.py)
        Path(fresh_url.removeprefix("sqlite:///")).touch()
    run = invoke(fresh_url, "migrate", "sql", "--json")
    assert run.code == 0, run.err
    assert "CREATE TABLE" in run.doc["sql"].upper() and "platform_modules" in run.doc["sql"]
    # A preview writes nothing.
    assert invoke(fresh_url, "migrate", "status", "--json").doc["branches"][0]["current"] is None


def test_destructive_downgrade_needs_yes_without_a_terminal(backend, fresh_url):
    assert invoke(fresh_url, "db", "upgrade").code == 0

    def billing_current() -> str | None:
        branches = invoke(fresh_url, "migrate", "status", "--json").doc["branches"]
        return next(b["current"] for b in branches if b["branch"] == "billing")

    refused = invoke(fresh_url, "migrate", "downgrade", "billing@base", "--json")
    assert refused.code == 3
    assert refused.error["code"] == "confirm.needed"
    assert "--yes" in refused.error["message"]
    assert billing_current() == "billing_001"

    done = invoke(fresh_url, "migrate", "downgrade", "billing@base", "--yes", "--json")
    assert done.code == 0, done.err
    assert [s["revision"] for s in done.doc["applied"]] == ["billing_001"]
    assert billing_current() is None

    back = invoke(fresh_url, "migrate", "upgrade", "--json")
    assert back.code == 0 and [s["revision"] for s in back.doc["applied"]] == ["billing_001"]
    assert billing_current() == "billing_001"


@pytest.mark.parametrize(("answer", "code"), [("n\n", 3), ("\n", 3), ("y\n", 0)])
def test_destructive_downgrade_asks_on_a_terminal(backend, fresh_url, answer, code):
    assert invoke(fresh_url, "db", "upgrade").code == 0
    out, err = io.StringIO(), io.StringIO()
    result = main(
        ["--db", fresh_url, "migrate", "downgrade", "orders@base"],
        stdout=out,
        stderr=err,
        stdin=Terminal(answer),
    )
    assert result == code
    assert "[y/N]" in err.getvalue() and "orders_001" in err.getvalue()
    branches = invoke(fresh_url, "migrate", "status", "--json").doc["branches"]
    current = next(b["current"] for b in branches if b["branch"] == "orders")
    assert current == (None if code == 0 else "orders_002")  # its head


def test_downgrade_needs_a_target(cli):
    run = cli("migrate", "downgrade", "--yes", "--json")
    assert run.code == 2 and run.error["code"] == "migrate.no_target"


def test_migrations_need_permission(cli, two, monkeypatch):
    cli("admin", "create-user", "ops", "--role", "operator", stdin=PASSWORD + "\n")
    cli("admin", "create-user", "desk", "--role", "support", stdin=PASSWORD + "\n")
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    assert cli("migrate", "status", "--json", user="ops").code == 0
    run = cli("migrate", "upgrade", "--json", user="ops")
    assert run.code == 3 and run.error["code"] == "permission.denied"
    assert cli("migrate", "status", "--json", user="desk").code == 3


# -- modules ---------------------------------------------------------------------------------------


def test_modules_list(cli):
    run = cli("modules", "list", "--json")
    assert run.code == 0
    rows = {m["code"]: m for m in run.doc["modules"]}
    assert len(rows) == 13 and {"dev-tools", "monitoring"} <= set(rows)
    assert rows["billing"]["requires"] == ["payments"]
    assert {"billing", "orders"} <= set(rows["payments"]["required_by"])
    assert rows["tenancy"]["tier"] == "core" and rows["dev-tools"]["tier"] == "internal"
    assert "payments.refund" in rows["payments"]["permissions"]
    human = cli("modules", "list")
    assert human.code == 0 and human.out.startswith("CODE") and "billing" in human.out


def test_modules_graph(cli):
    run = cli("modules", "graph", "--json")
    assert run.code == 0
    assert {"from": "billing", "to": "payments"} in run.doc["edges"]
    order = run.doc["order"]
    assert order.index("payments") < order.index("billing")
    assert cli("modules", "graph").doc == run.doc  # JSON is the default format

    dot = cli("modules", "graph", "--format", "dot")
    assert dot.code == 0
    assert dot.out.startswith("digraph modules {") and dot.out.rstrip().endswith("}")
    assert '"billing" -> "payments";' in dot.out
    assert json.loads(cli("modules", "graph", "--format", "dot", "--json").out)["edges"]


def test_modules_status(cli, two):
    run = cli("modules", "status", "--platform", "p1", "--json")
    assert run.code == 0
    states = {m["code"]: m for m in run.doc["modules"]}
    assert states["tenancy"]["enabled"] is True and states["tenancy"]["by"] == CLI_ACTOR
    assert states["billing"]["enabled"] is False and states["billing"]["since"] is None
    human = cli("modules", "status", "--platform", "p1")
    assert human.code == 0 and "tenancy" in human.out
    missing = cli("modules", "status", "--platform", "ghost", "--json")
    assert missing.code == 2 and missing.error["code"] == "platform.not_found"


def test_enable_pulls_in_requirements(cli, db, two):
    run = cli("modules", "enable", "billing", "--platform", "p1", "--json")
    assert run.code == 0, run.err
    assert run.doc["applied"] == 1 and run.doc["dry_run"] is False
    changes = {c["module"]: c for c in run.doc["plan"]["platforms"][0]["changes"]}
    assert changes["payments"]["reason"] == "required" and changes["payments"]["via"] == [
        "billing",
        "payments",
    ]
    assert {"billing", "payments"} <= enabled(db, "p1")
    assert "billing" not in enabled(db, "p2")
    status = {m["code"]: m for m in cli("modules", "status", "--platform", "p1", "--json").doc["modules"]}
    assert status["billing"]["enabled"] and status["billing"]["by"] == CLI_ACTOR
    human = cli("modules", "enable", "orders", "--platform", "p1", "p2")
    assert human.code == 0 and "applied on 2 platforms" in human.out


def test_disable_refusal_names_the_chain_and_exits_3(cli, db, two):
    cli("modules", "enable", "billing", "--platform", "p1")
    before = snapshot(db)
    run = cli("modules", "disable", "payments", "--platform", "p1", "--json")
    assert run.code == 3
    assert run.error["code"] == "module.required_by"
    assert "billing -> payments" in run.error["message"]
    assert run.error["details"]["refused"][0]["platform"] == "p1"
    human = cli("modules", "disable", "payments", "--platform", "p1")
    assert human.code == 3 and "billing -> payments" in human.err
    assert snapshot(db) == before

    cascade = cli("modules", "disable", "payments", "--platform", "p1", "--cascade", "--json")
    assert cascade.code == 0
    assert enabled(db, "p1").isdisjoint({"payments", "billing"})


def test_core_module_refused(cli, two):
    run = cli("modules", "disable", "tenancy", "--platform", "p1", "--json")
    assert run.code == 3 and run.error["code"] == "module.core"


def test_unknown_module_or_platform_exit_2(cli, two):
    run = cli("modules", "enable", "nosuch", "--platform", "p1", "--json")
    assert run.code == 2 and run.error["code"] == "module.not_found"
    run = cli("modules", "enable", "billing", "--platform", "p1", "ghost", "--json")
    assert run.code == 2 and run.error["code"] == "platform.not_found"
    assert run.error["details"]["platforms"] == ["ghost"]
    plain = cli("modules", "disable", "nosuch", "--platform", "p1")
    assert plain.code == 2 and plain.out == "" and "nosuch" in plain.err


def test_dry_run(cli, db, two):
    cli("modules", "enable", "billing", "--platform", "p1")
    cli("modules", "enable", "payments", "--platform", "p2")
    before, audits = snapshot(db), len(audit_entries(db))

    ok = cli("modules", "enable", "orders", "--all-platforms", "--dry-run", "--json")
    assert ok.code == 0 and ok.doc["dry_run"] is True
    assert ok.doc["plan"]["totals"]["changing"] == 2

    refused = cli("modules", "disable", "payments", "--all-platforms", "--dry-run", "--json")
    assert refused.code == 3
    assert refused.doc["plan"]["totals"]["refused"] == 1  # the plan itself, not an error document
    human = cli("modules", "disable", "payments", "--all-platforms", "--dry-run")
    assert human.code == 3 and "DRY RUN" in human.out and "REFUSED" in human.out

    assert snapshot(db) == before
    assert len(audit_entries(db)) == audits


def test_all_or_nothing_and_skip_refused(cli, db, two):
    cli("modules", "enable", "billing", "--platform", "p1")
    cli("modules", "enable", "payments", "--platform", "p2")
    before = snapshot(db)

    run = cli("modules", "disable", "payments", "--all-platforms", "--json")
    assert run.code == 3
    assert [r["platform"] for r in run.error["details"]["refused"]] == ["p1"]
    assert snapshot(db) == before

    run = cli("modules", "disable", "payments", "--all-platforms", "--skip-refused", "--json")
    assert run.code == 0
    assert run.doc["applied"] == 1
    assert [s["platform"] for s in run.doc["skipped"]] == ["p1"]
    assert "payments" in enabled(db, "p1") and "payments" not in enabled(db, "p2")
    human = cli("modules", "enable", "messaging", "--all-platforms", "--skip-refused")
    assert human.code == 0


# -- configure and --set ----------------------------------------------------------------------------


def test_parse_set_reads_json_else_a_string():
    values = parse_set(
        ["n=5", "flag=true", 'list=["a","b"]', "word=hello", "empty=", "eq=a=b", 'quoted="5"', " k =x"]
    )
    assert values == {
        "n": 5,
        "flag": True,
        "list": ["a", "b"],
        "word": "hello",
        "empty": "",
        "eq": "a=b",
        "quoted": "5",
        "k": "x",
    }
    for bad in ("novalue", "=5"):
        with pytest.raises(InvalidInput) as err:
            parse_set([bad])
        assert err.value.code == "option.bad_set"


def test_configure(cli, db, two):
    run = cli(
        "modules",
        "configure",
        "payments",
        "--platform",
        "p1",
        "--set",
        "default_currency=jpy",
        "--set",
        'enabled_gateways=["stripe", "paypal"]',
        "--json",
    )
    assert run.code == 0, run.err
    assert run.doc["platforms"] == ["p1"]
    assert module_row(db, "p1", "payments").config == {
        "default_currency": "JPY",
        "enabled_gateways": ["stripe", "paypal"],
    }
    run = cli("modules", "configure", "marketplace", "--all-platforms", "--set", "sync_interval_minutes=45")
    assert run.code == 0 and "2 platforms" in run.out
    assert module_row(db, "p2", "marketplace").config == {"sync_interval_minutes": 45}  # JSON: an int


@pytest.mark.parametrize(
    ("sets", "code"),
    [
        (["novalue"], "option.bad_set"),
        (["currency=EUR"], "config.unknown_key"),
        (["default_currency=EURO"], "config.invalid"),
        (["enabled_gateways=stripe"], "config.invalid"),  # a string, not a list
        ([], "option.no_set"),
    ],
)
def test_configure_bad_values_exit_2(cli, db, two, sets, code):
    before = snapshot(db)
    args = [a for s in sets for a in ("--set", s)]
    run = cli("modules", "configure", "payments", "--platform", "p1", *args, "--json")
    assert run.code == 2
    assert run.error["code"] == code
    if code == "config.invalid":
        assert run.error["details"]["fields"][0]["field"].split(".")[0] in (
            "default_currency",
            "enabled_gateways",
        )
    assert snapshot(db) == before


def test_configure_secret_is_masked(cli, db, two):
    secret = "sk-live-CLI-SECRET-99"
    run = cli(
        "modules", "configure", "marketplace", "--platform", "p1", "--set", f"api_key={secret}", "--json"
    )
    assert run.code == 0
    assert run.doc["values"]["api_key"] == "***"
    assert secret not in run.out + run.err
    human = cli("modules", "configure", "marketplace", "--platform", "p1", "--set", f"api_key={secret}")
    assert secret not in human.out + human.err
    assert "$fernet" in json.dumps(module_row(db, "p1", "marketplace").config)
    assert secret not in json.dumps(module_row(db, "p1", "marketplace").config)
    assert all(secret not in json.dumps(e.request) for e in audit_entries(db))
    status = cli("modules", "status", "--platform", "p1", "--json")
    (marketplace,) = [m for m in status.doc["modules"] if m["code"] == "marketplace"]
    assert marketplace["config"]["api_key"] == "***"
    assert secret not in status.out


# -- platforms --------------------------------------------------------------------------------------


def test_platforms(cli):
    run = cli("platforms", "create", "lux-1", "--name", "Luxembourg One", "--json")
    assert run.code == 0 and run.doc["platform"] == {"code": "lux-1", "name": "Luxembourg One"}
    assert cli("platforms", "create", "lux-2", "--name", "Two").code == 0
    listed = cli("platforms", "list", "--json")
    assert listed.code == 0 and [p["code"] for p in listed.doc["platforms"]] == ["lux-1", "lux-2"]
    assert [p["code"] for p in cli("platforms", "list", "--search", "one", "--json").doc["platforms"]] == [
        "lux-1"
    ]
    dup = cli("platforms", "create", "lux-1", "--name", "Again", "--json")
    assert dup.code == 3 and dup.error["code"] == "platform.exists"
    bad = cli("platforms", "create", "Lux 1", "--name", "Bad", "--json")
    assert bad.code == 2 and bad.error["code"] == "platform.bad_code"
    human = cli("platforms", "list")
    assert "lux-2" in human.out


# -- admin ------------------------------------------------------------------------------------------


def test_admin_commands(cli, db, two):
    run = cli("admin", "create-user", "root", "--role", "super_admin", "--json", stdin=PASSWORD + "\n")
    assert run.code == 0, run.err
    assert run.doc["user"]["username"] == "root"
    assert user_row(db, "root").password_hash.startswith("$argon2id$")
    run = cli("admin", "create-user", "alice", "--role", "platform_admin", "--platform", "p1", stdin=PASSWORD)
    assert run.code == 0 and "created platform_admin alice" in run.out

    users = {u["username"]: u for u in cli("admin", "list", "--json").doc["users"]}
    assert users["alice"]["platforms"] == ["p1"] and users["root"]["role"] == "super_admin"
    assert "password" not in json.dumps(users)

    assert cli("admin", "assign", "alice", "p2", "--json").code == 0
    users = {u["username"]: u for u in cli("admin", "list", "--json").doc["users"]}
    assert users["alice"]["platforms"] == ["p1", "p2"]

    assert cli("admin", "set-role", "alice", "support").code == 0
    assert user_row(db, "alice").role == "support"
    assert cli("admin", "disable", "alice").code == 0
    assert user_row(db, "alice").is_active is False
    assert cli("admin", "enable", "alice", "--json").doc == {"username": "alice", "done": "enable"}
    assert user_row(db, "alice").is_active is True

    new_password = "another long password"
    assert cli("admin", "reset-password", "alice", stdin=new_password + "\n").code == 0
    assert cli("admin", "unlock", "alice").code == 0

    last = cli("admin", "set-role", "root", "operator", "--json")
    assert last.code == 3 and last.error["code"] == "user.last_super_admin"
    missing = cli("admin", "disable", "nobody", "--json")
    assert missing.code == 2 and missing.error["code"] == "user.not_found"
    dup = cli("admin", "create-user", "alice", "--role", "support", "--json", stdin=PASSWORD)
    assert dup.code == 3 and dup.error["code"] == "user.exists"
    weak = cli("admin", "create-user", "carol", "--role", "support", "--json", stdin="short\n")
    assert weak.code == 2 and weak.error["code"] == "user.weak_password"
    bad_name = cli("admin", "create-user", "Carol!", "--role", "support", "--json", stdin=PASSWORD)
    assert bad_name.code == 2 and bad_name.error["code"] == "user.bad_username"
    unknown_platform = cli(
        "admin", "create-user", "carol", "--role", "platform_admin", "--platform", "ghost", stdin=PASSWORD
    )
    assert unknown_platform.code == 2
    assert [u["username"] for u in cli("admin", "list", "--json").doc["users"]] == ["alice", "root"]


def test_new_password_needs_stdin_or_env(cli, monkeypatch):
    run = cli("admin", "create-user", "carol", "--role", "support", "--json", stdin="")
    assert run.code == 2 and run.error["code"] == "password.needed"
    monkeypatch.setenv("PLATFORM_NEW_PASSWORD", PASSWORD)
    assert cli("admin", "create-user", "carol", "--role", "support").code == 0


# -- acting as an admin: --user ----------------------------------------------------------------------


@pytest.fixture
def seeded_accounts(cli) -> dict[str, Any]:
    run = cli(
        "demo",
        "seed",
        "--platforms",
        "3",
        "--merchants",
        "2",
        "--stores",
        "3",
        "--orders",
        "0",
        "--demo-accounts",
        "--json",
    )
    assert run.code == 0, run.err
    return run.doc


def test_user_acts_as_that_admin(cli, db, seeded_accounts, monkeypatch):
    monkeypatch.setenv("PLATFORM_PASSWORD", DEMO_PASSWORD)
    platforms = [p["code"] for p in cli("platforms", "list", "--json").doc["platforms"]]
    users = {u["username"]: u for u in cli("admin", "list", "--json").doc["users"]}
    own = users["padmin"]["platforms"]
    assert own and set(own) < set(platforms)
    foreign = next(p for p in platforms if p not in own)
    target = own[0]
    cli("modules", "disable", "messaging", "--platform", target, foreign, "--cascade")

    denied = cli("modules", "enable", "messaging", "--platform", target, "--json", user="support")
    assert denied.code == 3 and denied.error["code"] == "permission.denied"
    assert "messaging" not in enabled(db, target)

    ok = cli("modules", "enable", "messaging", "--platform", target, "--json", user="padmin")
    assert ok.code == 0, ok.err
    assert module_row(db, target, "messaging").enabled_by == "admin:padmin"
    foreign_run = cli("modules", "enable", "messaging", "--platform", foreign, "--json", user="padmin")
    assert foreign_run.code == 3 and foreign_run.error["code"] == "permission.denied"
    assert "messaging" not in enabled(db, foreign)

    assert cli("admin", "list", "--json", user="padmin").code == 3
    assert cli("admin", "list", "--json", user="admin").code == 0
    assert cli("audit", "list", "--json", user="operator").code == 3
    assert cli("platforms", "create", "px", "--name", "X", "--json", user="padmin").code == 3
    assert cli("demo", "seed", "--platforms", "1", "--json", user="support").code == 3
    # Seeding creates platforms and writes stores on any platform: not for a platform admin.
    seeded = cli("demo", "seed", "--platforms", "1", "--stores", "5", "--json", user="padmin")
    assert seeded.code == 3 and seeded.error["code"] == "permission.denied"
    assert [p["code"] for p in cli("platforms", "list", "--json").doc["platforms"]] == platforms

    # The audit log names the admin, with a reference to the user.
    padmin_id = user_row(db, "padmin").id
    with db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.actor == "admin:padmin").order_by(AuditEntry.id)
        ).first()
    assert entry is not None and entry.admin_user_id == padmin_id


def test_user_without_terminal_or_password_env_exits_2(cli, seeded_accounts):
    run = cli("modules", "list", "--json", user="admin")
    assert run.code == 2
    assert run.error["code"] == "password.needed"
    assert "PLATFORM_PASSWORD" in run.error["message"]


def test_wrong_password_counts_toward_the_lockout(cli, db, seeded_accounts, monkeypatch):
    monkeypatch.setenv("PLATFORM_PASSWORD", "not the demo password")
    for attempt in range(1, 5):
        run = cli("modules", "list", "--json", user="support")
        assert run.code == 3 and run.error["code"] == "auth.invalid"
        assert user_row(db, "support").failed_signins == attempt
    run = cli("modules", "list", "--json", user="support")
    assert run.code == 3 and run.error["code"] == "auth.invalid"  # the lock is told after the password
    assert user_row(db, "support").locked_until is not None

    monkeypatch.setenv("PLATFORM_PASSWORD", DEMO_PASSWORD)
    locked = cli("modules", "list", "--json", user="support")
    assert locked.code == 3 and locked.error["code"] == "auth.locked"
    monkeypatch.delenv("PLATFORM_PASSWORD")
    assert cli("admin", "unlock", "support").code == 0
    monkeypatch.setenv("PLATFORM_PASSWORD", DEMO_PASSWORD)
    assert cli("modules", "list", "--json", user="support").code == 0


def test_unknown_user_is_refused(cli, seeded_accounts, monkeypatch):
    monkeypatch.setenv("PLATFORM_PASSWORD", DEMO_PASSWORD)
    run = cli("modules", "list", "--json", user="ghost")
    assert run.code == 3 and run.error["code"] == "auth.invalid"


# -- audit list --------------------------------------------------------------------------------------


def test_audit_list_filters(cli, two):
    cli("modules", "enable", "billing", "--platform", "p1")
    cli("modules", "enable", "messaging", "--platform", "p2")
    cli("modules", "disable", "tenancy", "--platform", "p2")  # refused, still audited

    everything = cli("audit", "list", "--json")
    assert everything.code == 0
    actions = [(e["action"], e["outcome"]) for e in everything.doc["entries"]]
    assert actions[:3] == [
        ("modules.disable", "refused"),
        ("modules.enable", "succeeded"),
        ("modules.enable", "succeeded"),
    ]  # newest first

    by_actor = cli("audit", "list", "--actor", CLI_ACTOR, "--json").doc["entries"]
    assert len(by_actor) == len(everything.doc["entries"])
    assert cli("audit", "list", "--actor", "somebody-else", "--json").doc["entries"] == []

    p1 = cli("audit", "list", "--platform", "p1", "--json").doc["entries"]
    assert {e["action"] for e in p1} == {"platforms.create", "modules.enable"}
    assert all("p1" in e["platforms"] for e in p1)

    billing = cli("audit", "list", "--module", "billing", "--json").doc["entries"]
    assert len(billing) == 1 and billing[0]["modules"] == ["billing", "payments"]
    payments = cli("audit", "list", "--module", "payments", "--json").doc["entries"]
    assert len(payments) == 1  # pulled in: recorded on the same entry

    assert len(cli("audit", "list", "--since", "1h", "--json").doc["entries"]) == len(
        everything.doc["entries"]
    )
    assert cli("audit", "list", "--since", "2999-01-01", "--json").doc["entries"] == []
    bad = cli("audit", "list", "--since", "last tuesday", "--json")
    assert bad.code == 2 and bad.error["code"] == "option.bad_time"
    bad = cli("audit", "list", "--limit", "0", "--json")
    assert bad.code == 2 and bad.error["code"] == "usage" and "from 1 to 10,000" in bad.error["message"]
    human = cli("audit", "list", "--limit", "2")
    assert human.code == 0 and human.out.startswith("ID") and len(human.out.strip().splitlines()) == 3


# -- demo seed ---------------------------------------------------------------------------------------

SEED_ARGS = ("--platforms", "4", "--merchants", "12", "--stores", "30", "--orders", "20")
NO_DATA = ("--platforms", "0", "--merchants", "0", "--stores", "0", "--orders", "0")


def _tenancy_rows(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    with database.engine.connect() as conn:
        from sqlalchemy import text

        return {
            "platforms": [
                tuple(r) for r in conn.execute(text("SELECT code, name FROM platforms ORDER BY id"))
            ],
            "platform_modules": [
                tuple(r)
                for r in conn.execute(
                    text("SELECT platform_id, module_code, enabled FROM platform_modules ORDER BY id")
                )
            ],
            "merchants": [
                tuple(r)
                for r in conn.execute(
                    text("SELECT id, code, name, email, phone, status FROM merchants ORDER BY id")
                )
            ],
            "stores": [
                tuple(r)
                for r in conn.execute(
                    text(
                        "SELECT id, code, merchant_id, platform_id, name, domain, email, status "
                        "FROM stores ORDER BY id"
                    )
                )
            ],
        }


@pytest.fixture
def second_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Another empty database next to ``db`` (on SQLite, ``fresh_url`` is the same file as ``db``)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'second.db'}"
    return request.getfixturevalue("fresh_url")


def test_demo_seed_is_deterministic(cli, db, second_url):
    assert invoke(second_url, "db", "upgrade").code == 0
    first = cli("demo", "seed", *SEED_ARGS, "--seed", "7", "--json")
    second = invoke(second_url, "demo", "seed", *SEED_ARGS, "--seed", "7", "--json")
    assert first.code == second.code == 0, first.err + second.err
    assert first.doc["counts"] == second.doc["counts"]
    assert first.doc["counts"]["stores"] == 30 and first.doc["accounts"] == []

    other = Database(second_url)
    try:
        a, b = _tenancy_rows(db), _tenancy_rows(other)
    finally:
        other.dispose()
    assert len(a["merchants"]) == 12 and len(a["stores"]) == 30
    assert a == b

    # Another seed gives other data (names without their running number).
    third = invoke(second_url, "demo", "seed", *SEED_ARGS, "--seed", "8", "--json")
    assert third.code == 0
    other = Database(second_url)
    try:
        c = _tenancy_rows(other)
    finally:
        other.dispose()
    words = [m[2].rsplit(" ", 1)[0] for m in c["merchants"]]
    assert words[12:] != words[:12]


def test_demo_seed_twice_adds_without_collisions(cli, db):
    assert cli("demo", "seed", *SEED_ARGS, "--json").code == 0
    run = cli("demo", "seed", *SEED_ARGS)
    assert run.code == 0 and run.out.startswith("seeded ")
    with db.engine.connect() as conn:
        for table, key, expected in (
            ("platforms", "code", 8),
            ("merchants", "code", 24),
            ("stores", "code", 60),
            ("orders", "number", 40),
        ):
            counts = conn.execute(text(f"SELECT COUNT(*), COUNT(DISTINCT {key}) FROM {table}")).one()
            assert tuple(counts) == (expected, expected), table
    # Every platform got its core modules.
    assert {"core", "tenancy", "cms", "customers"} <= enabled(db, "demo-00005")


def test_demo_accounts_only_on_request(cli, db):
    assert cli("demo", "seed", *SEED_ARGS, "--json").code == 0
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AdminUser)) == 0

    run = cli("demo", "seed", *NO_DATA, "--demo-accounts", "--json")
    assert run.code == 0, run.err
    assert {a["username"]: a["role"] for a in run.doc["accounts"]} == {
        "admin": "super_admin",
        "padmin": "platform_admin",
        "support": "support",
        "operator": "operator",
    }
    padmin_id = user_row(db, "padmin").id
    with db.sessions() as session:
        roles = dict(session.execute(select(AdminUser.username, AdminUser.role)).all())
        links = session.scalar(
            select(func.count()).select_from(AdminPlatform).where(AdminPlatform.admin_id == padmin_id)
        )
    assert roles == {
        "admin": "super_admin",
        "padmin": "platform_admin",
        "support": "support",
        "operator": "operator",
    }
    assert links >= 1  # the platform admin owns platforms
    # Seeding accounts again keeps the existing ones.
    assert cli("demo", "seed", *NO_DATA, "--demo-accounts").code == 0
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AdminUser)) == 4


def test_demo_seed_bad_counts(cli):
    run = cli("demo", "seed", "--platforms", "-1", "--json")
    assert run.code == 2 and run.error["code"] == "usage" and "from 0 to 100,000" in run.error["message"]


# -- --json everywhere ---------------------------------------------------------------------------------


def test_every_command_prints_one_json_document(cli, two):
    cli("admin", "create-user", "root", "--role", "super_admin", stdin=PASSWORD)
    commands = [
        ["modules", "list"],
        ["modules", "graph"],
        ["modules", "graph", "--format", "dot"],
        ["modules", "status", "--platform", "p1"],
        ["modules", "enable", "billing", "--platform", "p1"],
        ["modules", "disable", "billing", "--platform", "p1"],
        ["modules", "enable", "orders", "--all-platforms", "--dry-run"],
        ["modules", "configure", "messaging", "--platform", "p1", "--set", "sender_name=Shop"],
        ["migrate", "status"],
        ["migrate", "plan"],
        ["migrate", "plan", "orders@base", "--downgrade"],
        ["platforms", "list"],
        ["platforms", "create", "p3", "--name", "Three"],
        ["admin", "list"],
        ["admin", "set-role", "root", "super_admin"],
        ["admin", "assign", "root", "p1"],
        ["admin", "unlock", "root"],
        ["audit", "list"],
        ["demo", "seed", "--platforms", "1", "--merchants", "1", "--stores", "1", "--orders", "1"],
    ]
    for args in commands:
        run = cli(*args, "--json")
        assert run.code == 0, (args, run.err)
        assert isinstance(run.doc, dict), args
        assert "error" not in run.doc, args
