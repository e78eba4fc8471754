"""Rollouts at fleet scale: a wave's targets as one list, what it changed as groups of platforms.

A rollout of 100,000 platforms wrote 100,000 ``rollout_platforms`` rows at creation and updated
the changed ones wave by wave: on PostgreSQL that alone took longer than the change itself. The
targets now live on their wave (``rollout_waves.platform_ids``, ``platforms``) and what a wave
changed in ``rollout_changes``, one row per group of platforms changed the same way.

The upgrade copies every existing rollout into the new form and leaves ``rollout_platforms`` in
place, no longer written, so it drops nothing; the downgrade rebuilds it from the new form.

Revision ID: framework_005
Revises: framework_004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "framework_005"
down_revision = "framework_004"
branch_labels = None
depends_on = None


def _timestamp(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _postgresql() -> bool:
    return op.get_context().dialect.name == "postgresql"


def upgrade() -> None:
    op.add_column("rollout_waves", sa.Column("platform_ids", sa.JSON(), nullable=True))
    op.add_column("rollout_waves", sa.Column("platforms", sa.JSON(), nullable=True))
    op.create_table(
        "rollout_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rollout_id", sa.Integer(), nullable=False),
        sa.Column("wave", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("platform_ids", sa.JSON(), nullable=False),
        sa.Column("platforms", sa.JSON(), nullable=False),
        sa.Column("enabled", sa.JSON(), nullable=True),
        sa.Column("disabled", sa.JSON(), nullable=True),
        sa.Column("previous", sa.JSON(), nullable=True),
        _timestamp("applied_at", nullable=False),
        _timestamp("rolled_back_at"),
        sa.PrimaryKeyConstraint("id", name="pk_rollout_changes"),
        sa.ForeignKeyConstraint(
            ["rollout_id"],
            ["rollouts.id"],
            name="fk_rollout_changes_rollout_id_rollouts",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_rollout_changes_wave", "rollout_changes", ["rollout_id", "wave"])
    # Existing rollouts: each wave's targets listed, each platform they changed one group.
    if _postgresql():
        ids = "json_agg(rp.platform_id ORDER BY rp.platform_id)"
        codes = "json_agg(p.code ORDER BY rp.platform_id)"
        one = "json_build_array({})"
    else:
        ids = "(SELECT json_group_array(value) FROM (SELECT rp.platform_id AS value {} ORDER BY 1))"
        codes = "(SELECT json_group_array(code) FROM (SELECT p.code AS code, rp.platform_id {} ORDER BY 2))"
        one = "json_array({})"
    wave_rows = (
        "FROM rollout_platforms rp JOIN platforms p ON p.id = rp.platform_id "
        "WHERE rp.rollout_id = rollout_waves.rollout_id AND rp.wave = rollout_waves.number"
    )
    if _postgresql():
        op.execute(
            f"UPDATE rollout_waves SET platform_ids = (SELECT {ids} {wave_rows}), "
            f"platforms = (SELECT {codes} {wave_rows})"
        )
    else:
        op.execute(
            f"UPDATE rollout_waves SET platform_ids = {ids.format(wave_rows)}, "
            f"platforms = {codes.format(wave_rows)}"
        )
    op.execute("UPDATE rollout_waves SET platform_ids = '[]', platforms = '[]' WHERE platform_ids IS NULL")
    op.execute(
        "INSERT INTO rollout_changes (rollout_id, wave, size, platform_ids, platforms, enabled, "
        "disabled, previous, applied_at, rolled_back_at) "
        f"SELECT rp.rollout_id, rp.wave, 1, {one.format('rp.platform_id')}, {one.format('p.code')}, "
        "rp.enabled, rp.disabled, rp.previous, rp.applied_at, rp.rolled_back_at "
        "FROM rollout_platforms rp JOIN platforms p ON p.id = rp.platform_id "
        "WHERE rp.changed AND rp.applied_at IS NOT NULL ORDER BY rp.rollout_id, rp.wave, rp.platform_id"
    )


def downgrade() -> None:
    # rollout_platforms again holds one row per target, rebuilt from the lists and the groups.
    op.execute("DELETE FROM rollout_platforms")
    if _postgresql():
        each = "json_array_elements_text({}) AS j(value)"
        pid = "CAST(j.value AS integer)"
        yes, no = "true", "false"
    else:
        each = "json_each({}) AS j"
        pid = "j.value"
        yes, no = "1", "0"
    op.execute(
        "INSERT INTO rollout_platforms (rollout_id, platform_id, wave, changed, enabled, disabled, "
        "previous, applied_at, rolled_back_at) "
        f"SELECT c.rollout_id, {pid}, c.wave, {yes}, c.enabled, c.disabled, c.previous, c.applied_at, "
        f"c.rolled_back_at FROM rollout_changes c, {each.format('c.platform_ids')}"
    )
    op.execute(
        "INSERT INTO rollout_platforms (rollout_id, platform_id, wave, changed, applied_at) "
        f"SELECT w.rollout_id, {pid}, w.number, {no}, w.applied_at "
        f"FROM rollout_waves w, {each.format('w.platform_ids')} "
        "WHERE NOT EXISTS (SELECT 1 FROM rollout_platforms rp "
        f"WHERE rp.rollout_id = w.rollout_id AND rp.platform_id = {pid})"
    )
    op.drop_index("ix_rollout_changes_wave", table_name="rollout_changes")
    op.drop_table("rollout_changes")
    with op.batch_alter_table("rollout_waves") as batch:
        batch.drop_column("platforms")
        batch.drop_column("platform_ids")
