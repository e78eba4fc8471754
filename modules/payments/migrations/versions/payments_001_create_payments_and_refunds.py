"""Create payments and refunds (money in minor units with its currency).

Revision ID: payments_001
Revises:
Create Date: 2025-01-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "payments_001"
down_revision = None
branch_labels = ("payments",)
# payments.store_id references stores (tenancy_001 brings in framework_001).
depends_on = ("tenancy_001",)

REFUND_STATE_CHECK = "state IN ('pending', 'succeeded', 'failed', 'awaiting_approval', 'rejected')"


def upgrade() -> None:
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("gateway", sa.String(16), nullable=False),
        sa.Column("gateway_payment_id", sa.String(120), nullable=True),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("captured_minor", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_payments"),
        sa.ForeignKeyConstraint(["platform_id"], ["platforms.id"], name="fk_payments_platform_id_platforms"),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name="fk_payments_store_id_stores"),
    )
    op.create_index("ix_payments_platform_id", "payments", ["platform_id"])
    op.create_index("ix_payments_store_id", "payments", ["store_id"])
    op.create_index("ix_payments_gateway_payment", "payments", ["gateway", "gateway_payment_id"])
    op.create_table(
        "refunds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("state", sa.String(24), server_default="pending", nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("idempotency_key", sa.String(120), nullable=False),
        sa.Column("gateway_refund_id", sa.String(120), nullable=True),
        sa.Column("requested_by", sa.String(120), nullable=False),
        sa.Column("approved_by", sa.String(120), nullable=True),
        sa.Column("error_code", sa.String(64), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_refunds"),
        sa.ForeignKeyConstraint(["payment_id"], ["payments.id"], name="fk_refunds_payment_id_payments"),
        sa.UniqueConstraint("idempotency_key", name="uq_refunds_idempotency_key"),
        sa.CheckConstraint(REFUND_STATE_CHECK, name="ck_refunds_state"),
        sa.CheckConstraint("amount_minor > 0", name="ck_refunds_amount_positive"),
    )
    op.create_index("ix_refunds_payment_id", "refunds", ["payment_id"])
    op.create_index("ix_refunds_state", "refunds", ["state"])


def downgrade() -> None:
    op.drop_index("ix_refunds_state", table_name="refunds")
    op.drop_index("ix_refunds_payment_id", table_name="refunds")
    op.drop_table("refunds")
    op.drop_index("ix_payments_gateway_payment", table_name="payments")
    op.drop_index("ix_payments_store_id", table_name="payments")
    op.drop_index("ix_payments_platform_id", table_name="payments")
    op.drop_table("payments")
