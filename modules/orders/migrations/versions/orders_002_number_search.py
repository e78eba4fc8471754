"""Contains search over order numbers (PostgreSQL: a pg_trgm index on ``lower(number)``).

Revision ID: orders_002
Revises: orders_001
Create Date: 2026-12-03

The orders list finds an order by a fragment of its number, or by its store's or merchant's
search column (tenancy_003, hence the dependency). Order numbers are identifiers (no accents), so
``lower(number)`` is their normalised form and needs no column of its own. SQLite scans the
orders newest first (matches are usually many; no FTS table for numbers).
"""

from __future__ import annotations

from alembic import op

from core.search_indexes import trigram_ops

revision = "orders_002"
down_revision = "orders_001"
branch_labels = None
depends_on = ("tenancy_003",)


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX ix_orders_number_trgm ON orders USING gin (lower(number) {trigram_ops()})")


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_orders_number_trgm")
