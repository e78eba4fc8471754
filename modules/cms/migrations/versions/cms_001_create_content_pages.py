"""Create content pages.

Revision ID: cms_001
Revises:
Create Date: 2025-01-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "cms_001"
down_revision = None
branch_labels = ("cms",)
depends_on = ("framework_001",)


def upgrade() -> None:
    op.create_table(
        "content_pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(200), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("body", sa.Text(), server_default="", nullable=False),
        sa.Column("published", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_content_pages"),
        sa.ForeignKeyConstraint(
            ["platform_id"], ["platforms.id"], name="fk_content_pages_platform_id_platforms"
        ),
        sa.UniqueConstraint("platform_id", "slug", name="uq_content_pages_platform_slug"),
    )


def downgrade() -> None:
    op.drop_table("content_pages")
