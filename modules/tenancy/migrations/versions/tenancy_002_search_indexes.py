"""Search and sort indexes for merchants and stores.

Revision ID: tenancy_002
Revises: tenancy_001
Create Date: 2025-02-03

What each index serves (``modules/tenancy/directory.py`` builds the matching queries):

- name: ``lower(name)`` plus ``id`` -- prefix search (as a range, ``>= 'abc' AND < 'abd'``), the
  name sort and its keyset. On PostgreSQL with ``COLLATE "C"``: byte order, what ``text_pattern_ops``
  gives for prefixes, and also usable by ``ORDER BY`` and the keyset (one index instead of two).
- code: code prefix search, sort and keyset. PostgreSQL: ``code COLLATE "C"`` (the unique index
  follows the database collation, useless for prefixes outside the C locale); SQLite: the unique
  index already compares bytes.
- created_at plus id: the "created" sort and its keyset.
- a partial index on the suspended rows: the status filter (few rows suspended).
- e-mail and domain substring search: PostgreSQL ``pg_trgm`` GIN indexes (``ILIKE '%x%'``); SQLite
  FTS5 trigram tables with external content (``merchants_search``, ``stores_search``) kept in sync
  by triggers and rebuilt from the existing rows here. Without ``pg_trgm`` (the extension cannot be
  created) the trigram indexes are skipped and substring search scans.

A later revision that rebuilds ``merchants`` or ``stores`` on SQLite (``batch_alter_table``) drops
their triggers with the old table: it must create them again.
"""

from __future__ import annotations

from alembic import op

from core.search_indexes import trigram_ops

revision = "tenancy_002"
down_revision = "tenancy_001"
branch_labels = None
depends_on = None

TABLES = ("merchants", "stores")
# FTS columns per table (SQLite); trigram GIN indexes per table (PostgreSQL).
SEARCH_COLUMNS = {"merchants": ("email",), "stores": ("email", "domain")}


def _btree_statements(dialect: str) -> list[str]:
    out = []
    for table in TABLES:
        if dialect == "postgresql":
            out.append(f'CREATE INDEX ix_{table}_name_key ON {table} ((lower(name) COLLATE "C"), id)')
            out.append(f'CREATE INDEX ix_{table}_code_key ON {table} ((code COLLATE "C"), id)')
        else:
            out.append(f"CREATE INDEX ix_{table}_name_key ON {table} (lower(name), id)")
        out.append(f"CREATE INDEX ix_{table}_created_key ON {table} (created_at, id)")
        out.append(f"CREATE INDEX ix_{table}_suspended ON {table} (id) WHERE status = 'suspended'")
    return out


def upgrade() -> None:
    dialect = op.get_context().dialect.name
    for statement in _btree_statements(dialect):
        op.execute(statement)
    if dialect == "postgresql":
        ops = trigram_ops(required=False)
        if ops is None:
            return
        for table, columns in SEARCH_COLUMNS.items():
            for column in columns:
                op.execute(f"CREATE INDEX ix_{table}_{column}_trgm ON {table} USING gin ({column} {ops})")
        return
    for table, columns in SEARCH_COLUMNS.items():
        create_fts(table, columns)


def create_fts(table: str, columns: tuple[str, ...]) -> None:
    """SQLite: ``<table>_search``, an external-content FTS5 trigram table over ``columns``, with
    the triggers keeping it in step, filled from the rows already there (tenancy_003 uses it too)."""
    fts = f"{table}_search"
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='id', "
        "tokenize='trigram', detail='none')"
    )
    insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});"
    delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END")
    changed = f"AFTER UPDATE OF id, {cols} ON {table}"
    op.execute(f"CREATE TRIGGER {fts}_au {changed} BEGIN {delete} {insert} END")
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def drop_fts(table: str) -> None:
    """SQLite: drop ``<table>_search`` and its triggers."""
    fts = f"{table}_search"
    for suffix in ("au", "ad", "ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {fts}")


def downgrade() -> None:
    dialect = op.get_context().dialect.name
    if dialect == "postgresql":
        # The pg_trgm extension stays: other schemas or applications may use it.
        for table, columns in SEARCH_COLUMNS.items():
            for column in columns:
                op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")
    else:
        for table in SEARCH_COLUMNS:
            drop_fts(table)
    for table in reversed(TABLES):
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_suspended")
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_created_key")
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_code_key")
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_name_key")
