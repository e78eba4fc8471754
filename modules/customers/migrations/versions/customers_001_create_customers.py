"""Create customers.

Revision ID: customers_001
Revises:
Create Date: 2025-01-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "customers_001"
down_revision = None
branch_labels = ("customers",)
# customers.merchant_id references merchants (tenancy_001 brings in framework_001).
depends_on = ("tenancy_001",)


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("merchant_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(40), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_customers"),
        sa.ForeignKeyConstraint(["platform_id"], ["platforms.id"], name="fk_customers_platform_id_platforms"),
        sa.ForeignKeyConstraint(
            ["merchant_id"], ["merchants.id"], name="fk_customers_merchant_id_merchants", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_customers_platform_email", "customers", ["platform_id", "email"])
    op.create_index("ix_customers_merchant_id", "customers", ["merchant_id"])


def downgrade() -> None:
    op.drop_index("ix_customers_merchant_id", table_name="customers")
    op.drop_index("ix_customers_platform_email", table_name="customers")
    op.drop_table("customers")
