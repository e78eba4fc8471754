"""platformctl account password and the --dry-run of platforms, admin and demo, on SQLite and
PostgreSQL: a dry run checks as the real run does (same exit code) and leaves the database, its
audit log and a missing file as they were."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.db import Database
from tests.cli_helpers import (  # noqa: F401 - the *_fixture names register fixtures
    cli_fixture,
    invoke,
    no_passwords_in_env_fixture,
)
from tests.foundation_helpers import PASSWORD, audit_count, make_user, snapshot, user_row

NEW = "a new password 2"


def _state(db: Database) -> tuple[Any, ...]:
    """Everything a write here could change: platforms, modules, users and the audit log's size."""
    with db.sessions() as session:
        from sqlalchemy import select

        from core.models import AdminPlatform, AdminUser

        users = session.execute(
            select(
                AdminUser.username,
                AdminUser.role,
                AdminUser.is_active,
                AdminUser.password_hash,
                AdminUser.locked_until,
            ).order_by(AdminUser.username)
        ).all()
        links = session.execute(select(AdminPlatform.admin_id, AdminPlatform.platform_id)).all()
    return tuple(snapshot(db)), tuple(map(tuple, users)), tuple(sorted(map(tuple, links))), audit_count(db)


# -- account password ------------------------------------------------------------------------
def test_support_changes_its_own_password(cli: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    make_user(db, "desk", "support")
    before = user_row(db, "desk").password_hash
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    run = cli("account", "password", "--json", stdin=NEW + "\n", user="desk")
    assert run.code == 0, run.err
    assert run.doc == {"username": "desk", "done": "change_password"}
    assert user_row(db, "desk").password_hash != before
    monkeypatch.setenv("PLATFORM_PASSWORD", NEW)  # the new one signs in
    assert cli("audit", "list", "--json", user="desk").code == 0


def test_user_after_the_command(cli: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    make_user(db, "ops", "operator")
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    monkeypatch.setenv("PLATFORM_NEW_PASSWORD", NEW)
    run = cli("account", "password", "--user", "ops")
    assert run.code == 0 and "ops: password changed" in run.out


def test_without_user_it_names_the_missing_option(cli: Any) -> None:
    run = cli("account", "password", "--json")
    assert run.code == 2
    assert run.error["code"] == "option.missing" and "--user" in run.error["message"]
    assert "--user" in run.err


def test_a_wrong_current_password_is_refused(cli: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    make_user(db, "desk", "support")
    before = user_row(db, "desk").password_hash
    monkeypatch.setenv("PLATFORM_PASSWORD", "not the password")
    run = cli("account", "password", "--json", stdin=NEW + "\n", user="desk")
    assert run.code == 3 and run.error["code"] == "auth.invalid"
    assert user_row(db, "desk").password_hash == before


def test_a_weak_new_password_is_bad_input(cli: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    make_user(db, "desk", "support")
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    run = cli("account", "password", "--json", stdin="short\n", user="desk")
    assert run.code == 2 and run.error["code"] == "user.weak_password"


def test_account_password_dry_run(cli: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    make_user(db, "desk", "support")
    before = _state(db)
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    run = cli("account", "password", "--dry-run", "--json", stdin=NEW + "\n", user="desk")
    assert run.code == 0 and run.doc["dry_run"] is True
    assert _state(db) == before  # the same password hash, no audit entry


# -- dry runs: platforms and admin --------------------------------------------------------------
def test_platforms_create_dry_run(cli: Any, db: Database) -> None:
    before = _state(db)
    run = cli("platforms", "create", "eu", "--name", "EU shop", "--dry-run", "--json")
    assert run.code == 0 and run.doc == {"dry_run": True, "platform": {"code": "eu", "name": "EU shop"}}
    assert _state(db) == before
    assert cli("platforms", "create", "eu", "--name", "EU shop").code == 0
    taken = _state(db)
    run = cli("platforms", "create", "eu", "--name", "again", "--dry-run", "--json")
    assert run.code == 3 and run.error["code"] == "platform.exists"  # as the real run
    assert _state(db) == taken  # not even the refusal's audit entry
    bad = cli("platforms", "create", "EU shop!", "--name", "x", "--dry-run", "--json")
    assert bad.code == 2 and _state(db) == taken


def test_platforms_create_dry_run_checks_the_role(
    cli: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_user(db, "ops", "operator")
    before = _state(db)
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    run = cli("platforms", "create", "eu", "--name", "EU", "--dry-run", "--json", user="ops")
    assert run.code == 3 and run.error["code"] == "permission.denied"
    assert _state(db) == before


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["admin", "create-user", "bob", "--role", "support"], 0),
        (["admin", "create-user", "root", "--role", "support"], 3),  # exists
        (["admin", "create-user", "bob", "--role", "platform_admin", "--platform", "nope"], 2),
        (["admin", "set-role", "desk", "operator"], 0),
        (["admin", "set-role", "root", "support"], 3),  # the last super admin
        (["admin", "assign", "desk", "p1"], 0),
        (["admin", "assign", "desk", "p1", "--replace"], 0),
        (["admin", "assign", "desk", "nope"], 2),
        (["admin", "disable", "desk"], 0),
        (["admin", "disable", "root"], 3),  # the last super admin
        (["admin", "enable", "desk"], 0),
        (["admin", "unlock", "desk"], 0),
        (["admin", "unlock", "nobody"], 2),
        (["admin", "reset-password", "desk"], 0),
    ],
)
def test_admin_dry_runs_exit_as_the_real_run_and_write_nothing(
    cli: Any, db: Database, args: list[str], code: int
) -> None:
    make_user(db, "root", "super_admin")
    make_user(db, "desk", "support")
    assert cli("platforms", "create", "p1", "--name", "P1").code == 0
    before = _state(db)
    dry = cli(*args, "--dry-run", "--json", stdin=NEW + "\n")
    assert dry.code == code, dry.err
    assert _state(db) == before
    if code == 0:
        assert dry.doc["dry_run"] is True
    real = cli(*args, "--json", stdin=NEW + "\n")
    assert real.code == code, real.err
    assert _state(db) != before  # the real run writes (the change, or at least its audit entry)


def test_admin_dry_run_text(cli: Any, db: Database) -> None:
    make_user(db, "desk", "support")
    run = cli("admin", "disable", "desk", "--dry-run")
    assert run.code == 0 and run.out == "would: disable desk; nothing written\n"
    assert user_row(db, "desk").is_active


# -- demo seed --dry-run ----------------------------------------------------------------------
def test_demo_seed_dry_run_creates_no_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "demo.db"
    run = invoke(
        f"sqlite:///{path}", "demo", "seed", "--platforms", "3", "--demo-accounts", "--dry-run", "--json"
    )
    assert run.code == 0, run.err
    assert run.doc["dry_run"] is True and run.doc["prepare"] == "create the database and migrate it to head"
    assert run.doc["counts"] == {"platforms": 3, "merchants": 20, "stores": 50, "orders": 200}
    assert [a["username"] for a in run.doc["accounts"]] == ["admin", "padmin", "support", "operator"]
    assert not path.exists() and not path.parent.exists()


def test_demo_seed_dry_run_on_a_database(cli: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    make_user(db, "admin", "super_admin")
    before = _state(db)
    run = cli("demo", "seed", "--platforms", "2", "--demo-accounts", "--dry-run", "--json")
    assert run.code == 0 and run.doc["prepare"] is None
    assert [a["username"] for a in run.doc["accounts"]] == ["padmin", "support", "operator"]
    assert _state(db) == before
    text = cli("demo", "seed", "--platforms", "2", "--dry-run")
    assert text.out.startswith("would seed 2 platforms, 20 merchants, 50 stores, 200 orders; nothing written")
    make_user(db, "desk", "support")
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    refused = cli("demo", "seed", "--dry-run", "--json", user="desk")
    assert refused.code == 3 and refused.error["code"] == "permission.denied"
    assert cli("demo", "seed", "--stores", "5", "--merchants", "0", "--platforms", "0", "--dry-run").code == 2
