"""platformctl migrate ... and modules repair, in-process on SQLite and PostgreSQL: the same
service as the console's migrations page, the exit codes of docs/architecture.md and one JSON document."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from core import migrations
from core.actor import Actor
from core.db import Database
from core.models import AuditEntry
from core.services import migration_service
from tests.cli_helpers import Run, Terminal, invoke, url_of
from tests.foundation_helpers import PASSWORD, add_platforms, module_row, platform_id
from tests.migration_helpers import broken_registry, schema

CLI_ACTOR = Actor.cli().name


@pytest.fixture(autouse=True)
def _no_passwords_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PLATFORM_PASSWORD", "PLATFORM_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def head(backend: str, fresh_url: str) -> Iterator[Database]:
    """A database of its own at head (these tests migrate it)."""
    database = Database(fresh_url)
    migrations.upgrade(database, "heads")
    yield database
    database.dispose()


@pytest.fixture
def cli(head: Database):  # type: ignore[no-untyped-def]
    url = url_of(head)

    def run(*args: str, stdin: io.StringIO | str = "", user: str | None = None) -> Run:
        return invoke(url, *args, stdin=stdin, user=user)

    return run


def audit(db: Database, action: str) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))
        )


def enable(cli: Any, module: str, *platforms: str) -> None:
    assert cli("modules", "enable", module, "--platform", *platforms).code == 0


def test_status(cli: Any, head: Database) -> None:
    codes = add_platforms(head, 2)
    enable(cli, "billing", codes[0])
    run = cli("migrate", "status", "--json")
    assert run.code == 0
    doc = run.doc
    assert doc["summary"] == "all modules at head" and doc["problems"] == [] and doc["read_only"] is False
    branches = {b["branch"]: b for b in doc["branches"]}
    assert branches["billing"]["enabled_on"] == 1 and branches["framework"]["enabled_on"] == 2
    assert branches["framework"]["module"] == "core"
    human = cli("migrate", "status")
    assert "ENABLED ON" in human.out and "all branches at head" in human.out


def test_status_of_a_database_behind(cli: Any) -> None:
    assert cli("migrate", "downgrade", "dev-tools@base", "--yes").code == 0
    run = cli("migrate", "status", "--json")
    assert run.doc["summary"] == "1 module behind, 1 revision pending"
    dev = next(b for b in run.doc["branches"] if b["branch"] == "dev-tools")
    assert dev["pending_messages"][0]["revision"] == "dev_tools_001" and dev["pending_messages"][0]["message"]
    human = cli("migrate", "status")
    assert "pending dev_tools_001 (dev-tools):" in human.out and "1 module behind" in human.out


def test_plan_shows_marks_and_the_guard(cli: Any, head: Database) -> None:
    codes = add_platforms(head, 3)
    enable(cli, "orders", *codes)
    run = cli("migrate", "plan", "payments@base", "--downgrade", "--json")
    assert run.code == 3  # the guard would refuse the run: the plan says so by its exit code too
    doc = run.doc
    assert doc["destructive"] is True
    assert {"billing_001", "orders_001", "payments_001"} <= set(doc["destructive_revisions"])
    assert doc["guard"]["modules"] == ["orders", "payments"] and doc["guard"]["platform_count"] == 3
    assert doc["sql"] is None  # `migrate sql` prints the SQL
    human = cli("migrate", "plan", "payments@base", "--downgrade")
    assert human.code == 3
    assert "DESTRUCTIVE: DROP TABLE" in human.out and "REFUSED: downgrade refused" in human.out
    assert "drops the tables of: billing, orders, payments" in human.out


def test_sql(cli: Any, backend: str) -> None:
    run = cli("migrate", "sql", "dev-tools@base", "--downgrade", "--json")
    assert run.code == 0 and "DROP TABLE feature_flags" in run.doc["sql"]
    human = cli("migrate", "sql", "dev-tools@base", "--downgrade")
    assert "DROP TABLE feature_flags" in human.out
    at_head = cli("migrate", "sql", "--json")
    assert at_head.code == 0 and "CREATE TABLE" not in at_head.doc["sql"]


def test_guarded_downgrade_exits_3_naming_modules_and_platforms(cli: Any, head: Database) -> None:
    codes = add_platforms(head, 12)
    enable(cli, "billing", *codes)
    before = schema(head)
    run = cli("migrate", "downgrade", "payments@base", "--yes", "--json")
    assert run.code == 3
    assert run.error["code"] == "migrations.module_enabled"
    assert run.error["details"]["modules"] == ["billing", "payments"]
    assert run.error["details"]["platforms"] == codes[:10] and run.error["details"]["platform_count"] == 12
    human = cli("migrate", "downgrade", "payments@base", "--yes")
    assert human.code == 3 and human.out == ""
    assert "billing (on 12 platforms)" in human.err and codes[0] in human.err and "and 2 more" in human.err
    assert schema(head) == before
    entries = audit(head, "migrations.downgrade")
    assert [(e.outcome, e.error_code) for e in entries] == [("refused", "migrations.module_enabled")] * 2


def test_destructive_needs_yes_and_the_refusal_is_audited(cli: Any, head: Database) -> None:
    run = cli("migrate", "downgrade", "dev-tools@base", "--json")
    assert run.code == 3 and run.error["code"] == "confirm.needed" and "--yes" in run.error["message"]
    assert run.error["details"]["refusal"] == "migrations.destructive_unconfirmed"
    assert run.error["details"]["revisions"] == ["dev_tools_001"]
    (entry,) = audit(head, "migrations.downgrade")
    assert (entry.outcome, entry.error_code, entry.actor) == (
        "refused",
        "migrations.destructive_unconfirmed",
        CLI_ACTOR,
    )
    declined = cli("migrate", "downgrade", "dev-tools@base", stdin=Terminal("n\n"))
    assert declined.code == 3 and "[y/N]" in declined.err and "DESTRUCTIVE: DROP TABLE" in declined.err
    done = cli("migrate", "downgrade", "dev-tools@base", stdin=Terminal("y\n"))
    assert done.code == 0 and "downgrade: 1 revision applied" in done.out
    assert "[1/1] downgrade dev_tools_001 (dev-tools)" in done.err  # progress on stderr
    assert [e.outcome for e in audit(head, "migrations.downgrade")] == ["refused", "refused", "succeeded"]


def test_upgrade_and_db_upgrade(cli: Any, head: Database, backend: str) -> None:
    assert cli("migrate", "downgrade", "cms@base", "--yes").code == 0
    run = cli("migrate", "upgrade", "--json")
    assert run.code == 0 and [s["revision"] for s in run.doc["applied"]] == ["cms_001"]
    assert run.doc["direction"] == "upgrade" and run.doc["target"] == "heads"
    assert (run.doc["backup_path"] is not None) == (backend == "sqlite")
    again = cli("db", "upgrade", "--json")
    assert again.code == 0 and again.doc["applied"] == []
    assert "database at head (0 revisions applied)" in cli("db", "upgrade").out
    entry = audit(head, "migrations.upgrade")[-1]
    assert entry.outcome == "succeeded" and entry.actor == CLI_ACTOR and "nothing to do" in entry.message


def test_bad_targets_exit_2(cli: Any) -> None:
    assert cli("migrate", "upgrade", "nosuchmodule", "--json").error["code"] == "migrations.unknown_target"
    run = cli("migrate", "upgrade", "payments@base", "--json")
    assert run.code == 2 and run.error["code"] == "migrations.bad_target"
    assert cli("migrate", "downgrade", "--json").code == 2


def test_permissions(cli: Any, head: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("admin", "create-user", "ops", "--role", "operator", stdin=PASSWORD + "\n")
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    assert cli("migrate", "status", "--json", user="ops").code == 0
    assert cli("migrate", "plan", "dev-tools@base", "--downgrade", "--json", user="ops").code == 0
    run = cli("migrate", "downgrade", "dev-tools@base", "--yes", "--json", user="ops")
    assert run.code == 3 and run.error["code"] == "permission.denied"
    assert cli("modules", "repair", "--json", user="ops").error["code"] == "permission.denied"
    entry = audit(head, "migrations.downgrade")[-1]
    assert (entry.actor, entry.outcome, entry.error_code) == ("admin:ops", "refused", "permission.denied")


def test_database_newer_is_read_only(cli: Any, head: Database) -> None:
    with head.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('payments_999')"))
    status = cli("migrate", "status", "--json")
    assert status.code == 0 and status.doc["read_only"] is True and status.doc["database_newer"] is True
    assert status.doc["problems"][0]["code"] == "migrations.database_newer"
    human = cli("migrate", "status")
    assert human.code == 0 and "problem: branch payments" in human.out and "newer release" in human.out
    for args in (["migrate", "upgrade"], ["migrate", "plan"], ["db", "upgrade"], ["migrate", "sql"]):
        run = cli(*args, "--json")
        assert run.code == 3 and run.error["code"] == "migrations.database_newer", args
        assert "payments_999" in run.error["message"]


def test_failed_run_and_restore_on_sqlite(
    cli: Any, head: Database, backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = broken_registry(tmp_path)
    monkeypatch.setattr(migration_service, "default_registry", lambda: registry)
    before = schema(head)
    run = cli("migrate", "upgrade", "--json")
    assert run.code == 1 and run.error["code"] == "migrations.failed"
    details = run.error["details"]
    assert details["revision"] == "broken_001" and "deliberate failure" in details["error"]
    if backend == "postgres":
        assert details["rolled_back"] is True and details["backup"] is None and schema(head) == before
        assert cli("migrate", "restore", "/tmp/nothing.bak", "--yes", "--json").code == 2
        return
    backup = details["backup"]
    assert Path(backup).is_file() and "platformctl migrate restore" in run.error["message"]
    refused = cli("migrate", "restore", backup, "--json")
    assert refused.code == 3 and refused.error["code"] == "confirm.needed"
    restored = cli("migrate", "restore", backup, "--yes", "--json")
    assert restored.code == 0 and restored.doc["carried_audit_entries"] == 1
    assert schema(head) == before


def test_modules_repair(cli: Any, head: Database) -> None:
    (p1, p2) = add_platforms(head, 2)
    with head.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO platform_modules (platform_id, module_code, enabled, config) "
                "VALUES (:pid, 'platform-admin', :on, '{}')"
            ),
            {"pid": platform_id(head, p1), "on": True},
        )
        conn.execute(
            text("DELETE FROM platform_modules WHERE module_code = 'tenancy' AND platform_id = :pid"),
            {"pid": platform_id(head, p1)},
        )
        conn.execute(
            text(
                "UPDATE platform_modules SET enabled = :off WHERE module_code = 'cms' AND platform_id = :pid"
            ),
            {"pid": platform_id(head, p2), "off": False},
        )
    dry = cli("modules", "repair", "--dry-run", "--json")
    assert dry.code == 0 and dry.doc["dry_run"] is True
    assert {(d["kind"], d["module"]) for d in dry.doc["drift"]} == {
        ("unknown_module", "platform-admin"),
        ("core_missing", "cms"),
        ("core_missing", "tenancy"),
    }
    assert module_row(head, p1, "platform-admin") is not None  # nothing written
    human = cli("modules", "repair", "--dry-run")
    assert "rename to tenancy" in human.out and "dry run: would have renamed" in human.out
    done = cli("modules", "repair", "--json")
    assert done.code == 0 and done.doc["renamed"] == [
        {"from": "platform-admin", "to": "tenancy", "rows": 1, "merged": 0}
    ]
    assert module_row(head, p1, "platform-admin") is None and module_row(head, p1, "tenancy").enabled
    assert module_row(head, p2, "cms").enabled
    assert "no registry drift" in cli("modules", "repair").out
    assert [e.outcome for e in audit(head, "modules.repair")] == ["succeeded", "succeeded"]
