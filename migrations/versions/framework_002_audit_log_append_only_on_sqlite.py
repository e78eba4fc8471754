"""Make audit_log append-only on SQLite too: triggers abort UPDATE and DELETE.

PostgreSQL has had its trigger since framework_001; this revision does nothing there.

Revision ID: framework_002
Revises: framework_001
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "framework_002"
down_revision = "framework_001"
branch_labels = None
depends_on = None

# As on PostgreSQL, ``ON DELETE SET NULL`` from admin_users may still clear the user reference of an
# entry, and nothing else: an UPDATE passes only when admin_user_id goes to NULL and every other
# column stays as it was. (A later revision that rebuilds audit_log on SQLite, such as a batch
# ALTER, drops these triggers with the old table and must create them again.)
KEPT = (
    "id",
    "at",
    "actor",
    "action",
    "outcome",
    "error_code",
    "platform_codes",
    "module_codes",
    "subject",
    "request",
    "plan",
    "message",
)
NO_UPDATE = f"""
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (
    OLD.admin_user_id IS NOT NULL AND NEW.admin_user_id IS NULL
    AND {" AND ".join(f"NEW.{c} IS OLD.{c}" for c in KEPT)}
)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused');
END
"""
NO_DELETE = """
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused');
END
"""


TRIGGERS = {"audit_log_no_update": NO_UPDATE, "audit_log_no_delete": NO_DELETE}


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for create in TRIGGERS.values():
            op.execute(create)


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for name in reversed(TRIGGERS):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
