"""audit_log is append-only on SQLite too (framework_002), as it is on PostgreSQL (framework_001)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from core import migrations
from core.db import Database
from tests.migration_helpers import FRAMEWORK_HEAD

INSERT_USER = (
    "INSERT INTO admin_users (username, role, password_hash, is_active, failed_signins, created_at) "
    "VALUES ('ann', 'support', 'x', true, 0, '2026-12-03 12:00:00') RETURNING id"
)
INSERT_ENTRY = (
    "INSERT INTO audit_log (at, actor, admin_user_id, action, outcome, platform_codes, module_codes, "
    "request) VALUES ('2026-12-03 12:00:00', 'admin:ann', :user, 'modules.enable', 'succeeded', '', '', '{}')"
)
TRIGGERS = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name"


@pytest.fixture
def framework(fresh_url: str) -> Iterator[Database]:
    database = Database(fresh_url)
    migrations.upgrade(database, "framework")
    with database.engine.begin() as conn:
        user = conn.execute(text(INSERT_USER)).scalar()
        conn.execute(text(INSERT_ENTRY), {"user": user})
    try:
        yield database
    finally:
        database.dispose()


@pytest.mark.parametrize("fresh_url", ["sqlite"], indirect=True)
def test_update_and_delete_are_refused_insert_works(framework: Database) -> None:
    assert migrations.current_heads(framework) == (FRAMEWORK_HEAD,)
    for statement, operation in (
        ("UPDATE audit_log SET outcome = 'failed'", "UPDATE"),
        ("UPDATE audit_log SET admin_user_id = NULL, message = 'forged'", "UPDATE"),
        ("DELETE FROM audit_log", "DELETE"),
    ):
        with (
            pytest.raises(DBAPIError, match=f"append-only: {operation} refused"),
            framework.engine.begin() as conn,
        ):
            conn.execute(text(statement))
    with framework.engine.begin() as conn:
        conn.execute(text(INSERT_ENTRY), {"user": None})
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == 2
        # ON DELETE SET NULL may still clear the user reference, and nothing else.
        conn.execute(text("DELETE FROM admin_users"))
        rows = conn.execute(text("SELECT admin_user_id, outcome FROM audit_log ORDER BY id")).all()
    assert rows == [(None, "succeeded"), (None, "succeeded")]


@pytest.mark.parametrize("fresh_url", ["sqlite"], indirect=True)
def test_downgrade_removes_the_triggers(framework: Database) -> None:
    with framework.engine.connect() as conn:
        assert conn.execute(text(TRIGGERS)).scalars().all() == ["audit_log_no_delete", "audit_log_no_update"]
    migrations.downgrade(framework, "framework_001")
    with framework.engine.begin() as conn:
        assert conn.execute(text(TRIGGERS)).scalars().all() == []
        conn.execute(text("UPDATE audit_log SET outcome = 'failed'"))
        conn.execute(text("DELETE FROM audit_log"))
    migrations.upgrade(framework, "framework")
    with framework.engine.connect() as conn:
        assert len(conn.execute(text(TRIGGERS)).scalars().all()) == 2


@pytest.mark.parametrize("fresh_url", ["postgres"], indirect=True)
def test_postgres_keeps_its_own_trigger(framework: Database) -> None:
    """framework_002 adds nothing there: framework_001's trigger already refuses."""
    assert migrations.current_heads(framework) == (FRAMEWORK_HEAD,)
    with framework.engine.connect() as conn:
        names = conn.execute(
            text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal")
        ).scalars()
        assert sorted(names) == ["audit_log_append_only"]
    with pytest.raises(DBAPIError, match="append-only"), framework.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))
