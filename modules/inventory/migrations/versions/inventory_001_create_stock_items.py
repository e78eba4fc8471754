"""Create stock items.

Revision ID: inventory_001
Revises:
Create Date: 2025-01-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "inventory_001"
down_revision = None
branch_labels = ("inventory",)
# stock_items.store_id references stores (tenancy_001 brings in framework_001).
depends_on = ("tenancy_001",)


def upgrade() -> None:
    op.create_table(
        "stock_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("quantity", sa.Integer(), server_default="0", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stock_items"),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name="fk_stock_items_store_id_stores"),
        sa.UniqueConstraint("store_id", "sku", name="uq_stock_items_store_sku"),
    )


def downgrade() -> None:
    op.drop_table("stock_items")
