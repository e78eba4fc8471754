"""Refund claims (crash recovery), gateway status, approval decisions; checkout idempotency keys.

Only columns and an index are added, so SQLite takes them as plain ALTER TABLE ... ADD COLUMN
(no table rebuild: ``payments`` is referenced by ``refunds`` and ``orders``, and rebuilding a
referenced table with foreign keys on would fail on a filled database). The downgrade drops the
columns in place too (SQLite 3.35+).

Revision ID: payments_002
Revises: payments_001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "payments_002"
down_revision = "payments_001"
branch_labels = None
depends_on = None

REFUND_COLUMNS = (
    ("gateway_status", sa.String(32)),
    ("decided_at", sa.DateTime(timezone=True)),
    ("decision_note", sa.Text()),
    ("claimed_by", sa.String(160)),
    ("claimed_until", sa.DateTime(timezone=True)),
    ("last_attempt_at", sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    with op.batch_alter_table("refunds", recreate="never") as batch:
        for name, type_ in REFUND_COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=True))
        batch.add_column(sa.Column("attempts", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("payments", recreate="never") as batch:
        batch.add_column(sa.Column("idempotency_key", sa.String(120), nullable=True))
    op.create_index("ix_payments_idempotency_key", "payments", ["idempotency_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_payments_idempotency_key", table_name="payments")
    with op.batch_alter_table("payments", recreate="never") as batch:
        batch.drop_column("idempotency_key")
    with op.batch_alter_table("refunds", recreate="never") as batch:
        batch.drop_column("attempts")
        for name, _type in reversed(REFUND_COLUMNS):
            batch.drop_column(name)
