"""Platform tags: labels such as ``canary`` or ``country:lu`` that aim a change at a group of platforms.

Revision ID: framework_003
Revises: framework_002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "framework_003"
down_revision = "framework_002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "platform_tags",
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("platform_id", "tag", name="pk_platform_tags"),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["platforms.id"],
            name="fk_platform_tags_platform_id_platforms",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_platform_tags_tag", "platform_tags", ["tag", "platform_id"])


def downgrade() -> None:
    op.drop_index("ix_platform_tags_tag", table_name="platform_tags")
    op.drop_table("platform_tags")
