"""Create subscriptions and invoices (money in minor units with its currency).

Revision ID: billing_001
Revises:
Create Date: 2025-01-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "billing_001"
down_revision = None
branch_labels = ("billing",)
# billing requires payments; subscriptions reference merchants. payments_001 brings in tenancy_001
# and framework_001: dependencies are listed only where nothing else implies them.
depends_on = ("payments_001",)


def upgrade() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("merchant_id", sa.Integer(), nullable=False),
        sa.Column("plan", sa.String(64), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_subscriptions"),
        sa.ForeignKeyConstraint(
            ["merchant_id"], ["merchants.id"], name="fk_subscriptions_merchant_id_merchants"
        ),
    )
    op.create_index("ix_subscriptions_merchant_id", "subscriptions", ["merchant_id"])
    op.create_table(
        "invoices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(40), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_invoices"),
        sa.ForeignKeyConstraint(
            ["subscription_id"], ["subscriptions.id"], name="fk_invoices_subscription_id_subscriptions"
        ),
        sa.UniqueConstraint("number", name="uq_invoices_number"),
    )
    op.create_index("ix_invoices_subscription_id", "invoices", ["subscription_id"])


def downgrade() -> None:
    op.drop_index("ix_invoices_subscription_id", table_name="invoices")
    op.drop_table("invoices")
    op.drop_index("ix_subscriptions_merchant_id", table_name="subscriptions")
    op.drop_table("subscriptions")
