"""Rollouts: a module change going out to the platforms in waves, watched by gates.

Revision ID: framework_004
Revises: framework_003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "framework_004"
down_revision = "framework_003"
branch_labels = None
depends_on = None


def _timestamp(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "rollouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("change", sa.JSON(), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("waves_spec", sa.String(500), nullable=False),
        sa.Column("bake_seconds", sa.Integer(), nullable=False),
        sa.Column("gates", sa.JSON(), nullable=False),
        sa.Column("on_fail", sa.String(16), nullable=False),
        sa.Column("gate_timeout_seconds", sa.Integer(), nullable=False),
        sa.Column("compare_alpha", sa.Float(), nullable=False),
        _timestamp("start_at"),
        sa.Column("windows", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(120), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("started_by", sa.String(120), nullable=True),
        sa.Column("started_by_id", sa.Integer(), nullable=True),
        _timestamp("created_at", nullable=False),
        _timestamp("started_at"),
        _timestamp("updated_at", nullable=False),
        _timestamp("finished_at"),
        sa.Column("current_wave", sa.Integer(), nullable=False),
        sa.Column("wave_count", sa.Integer(), nullable=False),
        sa.Column("target_count", sa.Integer(), nullable=False),
        _timestamp("next_check_at"),
        sa.Column("waiting_for", sa.String(16), nullable=True),
        _timestamp("waiting_since"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("lease_by", sa.String(120), nullable=True),
        _timestamp("lease_until"),
        sa.Column("conflicts", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_rollouts"),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["admin_users.id"],
            name="fk_rollouts_created_by_id_admin_users",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["started_by_id"],
            ["admin_users.id"],
            name="fk_rollouts_started_by_id_admin_users",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_rollouts_due", "rollouts", ["next_check_at", "state"])
    op.create_index("ix_rollouts_state", "rollouts", ["state", "id"])
    op.create_table(
        "rollout_waves",
        sa.Column("rollout_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        _timestamp("applied_at"),
        _timestamp("bake_until"),
        _timestamp("finished_at"),
        sa.Column("gates", sa.JSON(), nullable=False),
        sa.Column("approved_by", sa.String(120), nullable=True),
        _timestamp("approved_at"),
        sa.PrimaryKeyConstraint("rollout_id", "number", name="pk_rollout_waves"),
        sa.ForeignKeyConstraint(
            ["rollout_id"], ["rollouts.id"], name="fk_rollout_waves_rollout_id_rollouts", ondelete="CASCADE"
        ),
    )
    op.create_table(
        "rollout_platforms",
        sa.Column("rollout_id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("wave", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Boolean(), nullable=False),
        sa.Column("enabled", sa.JSON(), nullable=True),
        sa.Column("disabled", sa.JSON(), nullable=True),
        sa.Column("previous", sa.JSON(), nullable=True),
        _timestamp("applied_at"),
        _timestamp("rolled_back_at"),
        sa.PrimaryKeyConstraint("rollout_id", "platform_id", name="pk_rollout_platforms"),
        sa.ForeignKeyConstraint(
            ["rollout_id"],
            ["rollouts.id"],
            name="fk_rollout_platforms_rollout_id_rollouts",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["platforms.id"],
            name="fk_rollout_platforms_platform_id_platforms",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_rollout_platforms_wave", "rollout_platforms", ["rollout_id", "wave", "platform_id"])


def downgrade() -> None:
    op.drop_index("ix_rollout_platforms_wave", table_name="rollout_platforms")
    op.drop_table("rollout_platforms")
    op.drop_table("rollout_waves")
    op.drop_index("ix_rollouts_state", table_name="rollouts")
    op.drop_index("ix_rollouts_due", table_name="rollouts")
    op.drop_table("rollouts")
