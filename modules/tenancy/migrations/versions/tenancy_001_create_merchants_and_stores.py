"""Create merchants and stores.

Revision ID: tenancy_001
Revises:
Create Date: 2025-01-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "tenancy_001"
down_revision = None
branch_labels = ("tenancy",)
depends_on = ("framework_001",)

STATUS_CHECK = "status IN ('active', 'suspended')"


def upgrade() -> None:
    op.create_table(
        "merchants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("phone", sa.String(40), nullable=True),
        sa.Column("status", sa.String(16), server_default="active", nullable=False),
        sa.Column("suspended_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_merchants"),
        sa.UniqueConstraint("code", name="uq_merchants_code"),
        sa.CheckConstraint(STATUS_CHECK, name="ck_merchants_status"),
    )
    op.create_table(
        "stores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("merchant_id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("domain", sa.String(253), nullable=True),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("status", sa.String(16), server_default="active", nullable=False),
        sa.Column("suspended_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stores"),
        sa.UniqueConstraint("code", name="uq_stores_code"),
        sa.ForeignKeyConstraint(["merchant_id"], ["merchants.id"], name="fk_stores_merchant_id_merchants"),
        sa.ForeignKeyConstraint(["platform_id"], ["platforms.id"], name="fk_stores_platform_id_platforms"),
        sa.CheckConstraint(STATUS_CHECK, name="ck_stores_status"),
    )
    op.create_index("ix_stores_merchant_id", "stores", ["merchant_id"])
    op.create_index("ix_stores_platform_id", "stores", ["platform_id"])


def downgrade() -> None:
    op.drop_index("ix_stores_platform_id", table_name="stores")
    op.drop_index("ix_stores_merchant_id", table_name="stores")
    op.drop_table("stores")
    op.drop_table("merchants")
