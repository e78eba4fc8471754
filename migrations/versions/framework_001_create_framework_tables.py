"""Create the framework tables: platforms, platform modules, admin users, audit log.

Revision ID: framework_001
Revises:
Create Date: 2025-01-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "framework_001"
down_revision = None
branch_labels = ("framework",)
depends_on = None

# PostgreSQL only: audit_log is append-only. ``ON DELETE SET NULL`` from admin_users may still
# clear the user reference of an entry, and nothing else.
AUDIT_FUNCTION = """
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.admin_user_id IS NOT NULL AND NEW.admin_user_id IS NULL
       AND (to_jsonb(NEW) - 'admin_user_id') = (to_jsonb(OLD) - 'admin_user_id') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING MESSAGE = 'audit_log is append-only: ' || TG_OP || ' refused';
END
$$
"""
AUDIT_TRIGGER = """
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()
"""


def _timestamp(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "platforms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        _timestamp("created_at", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_platforms"),
        sa.UniqueConstraint("code", name="uq_platforms_code"),
    )
    op.create_table(
        "platform_modules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("module_code", sa.String(64), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("config", sa.JSON(), nullable=False),
        _timestamp("enabled_at"),
        sa.Column("enabled_by", sa.String(120), nullable=True),
        _timestamp("disabled_at"),
        sa.Column("disabled_by", sa.String(120), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_platform_modules"),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["platforms.id"],
            name="fk_platform_modules_platform_id_platforms",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("platform_id", "module_code", name="uq_platform_modules_platform_module"),
    )
    op.create_index("ix_platform_modules_module_enabled", "platform_modules", ["module_code", "enabled"])
    op.create_table(
        "admin_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("failed_signins", sa.Integer(), nullable=False),
        _timestamp("locked_until"),
        _timestamp("last_signin_at"),
        _timestamp("password_changed_at"),
        _timestamp("created_at", nullable=False),
        sa.Column("created_by", sa.String(120), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_admin_users"),
        sa.UniqueConstraint("username", name="uq_admin_users_username"),
    )
    op.create_table(
        "admin_platforms",
        sa.Column("admin_id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("admin_id", "platform_id", name="pk_admin_platforms"),
        sa.ForeignKeyConstraint(
            ["admin_id"],
            ["admin_users.id"],
            name="fk_admin_platforms_admin_id_admin_users",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["platforms.id"],
            name="fk_admin_platforms_platform_id_platforms",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        _timestamp("at", nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("admin_user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("error_code", sa.String(64), nullable=True),
        sa.Column("platform_codes", sa.Text(), nullable=False),
        sa.Column("module_codes", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(120), nullable=True),
        sa.Column("request", sa.JSON(), nullable=False),
        sa.Column("plan", sa.JSON(), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
        sa.ForeignKeyConstraint(
            ["admin_user_id"],
            ["admin_users.id"],
            name="fk_audit_log_admin_user_id_admin_users",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_actor", "audit_log", ["actor"])
    if op.get_context().dialect.name == "postgresql":
        op.execute(AUDIT_FUNCTION)
        op.execute(AUDIT_TRIGGER)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_refuse_change()")
    op.drop_index("ix_audit_log_actor", table_name="audit_log")
    op.drop_index("ix_audit_log_at", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("admin_platforms")
    op.drop_table("admin_users")
    op.drop_index("ix_platform_modules_module_enabled", table_name="platform_modules")
    op.drop_table("platform_modules")
    op.drop_table("platforms")
