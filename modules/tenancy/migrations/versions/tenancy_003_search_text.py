"""Accent- and case-insensitive contains search: a normalised search column on merchants and stores.

Revision ID: tenancy_003
Revises: tenancy_002
Create Date: 2026-12-03

``search_text`` holds the row's name, code, e-mail (and, for stores, domain), each folded by
``core.search.normalise`` (no accents, case-folded), one per line, the name first. The services
write it with the row; this revision fills it for the rows already there. It replaces the e-mail
and domain search indexes of tenancy_002:

- PostgreSQL: a ``pg_trgm`` GIN index on ``search_text`` (``LIKE '%fragment%'``). The extension is
  required now: if it cannot be created the upgrade stops and says what to ask for.
- SQLite: an FTS5 table with the ``trigram`` tokenizer over ``search_text`` (external content,
  kept in step by triggers), under the names tenancy_002 used (``merchants_search``,
  ``stores_search``).
- The name index becomes ``(search_text, id)`` (PostgreSQL: ``COLLATE "C"``): the name sort, its
  keyset, and prefix search of one or two characters, all accent-insensitive.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

from core.search import FIELD_SEPARATOR, search_text
from core.search_indexes import trigram_ops
from modules.tenancy.migrations.versions.tenancy_002_search_indexes import create_fts, drop_fts

revision = "tenancy_003"
down_revision = "tenancy_002"
branch_labels = None
depends_on = None

FIELDS = {"merchants": ("name", "code", "email"), "stores": ("name", "code", "email", "domain")}
OLD_FTS_COLUMNS = {"merchants": ("email",), "stores": ("email", "domain")}  # tenancy_002's
BATCH = 20_000


def _dialect() -> str:
    return op.get_context().dialect.name


# -- filling the column ----------------------------------------------------------------------------
def _fill(table: str) -> None:
    """Compute ``search_text`` in Python (the one normalisation) for every existing row."""
    fields = FIELDS[table]
    if context.is_offline_mode():
        # Offline SQL cannot run Python: case is folded here, accents when the revision runs online.
        separator = f" || chr({ord(FIELD_SEPARATOR)}) || "
        op.execute(
            f"UPDATE {table} SET search_text = " + separator.join(f"lower(coalesce({f}, ''))" for f in fields)
        )
        return
    bind = op.get_bind()
    pg = bind.dialect.name == "postgresql"
    raw = bind.connection.driver_connection
    if pg:
        bind.exec_driver_sql(
            "CREATE TEMPORARY TABLE _search_fill (id integer PRIMARY KEY, t text) ON COMMIT DROP"
        )
    last = 0
    while True:
        rows = bind.exec_driver_sql(
            f"SELECT id, {', '.join(fields)} FROM {table} WHERE id > {last} ORDER BY id LIMIT {BATCH}"
        ).all()
        if not rows:
            break
        last = rows[-1][0]
        values = [(search_text(*row[1:]), row[0]) for row in rows]
        if pg:
            with raw.cursor() as cur, cur.copy("COPY _search_fill (t, id) FROM STDIN") as copy:
                for value in values:
                    copy.write_row(value)
        else:
            bind.exec_driver_sql(f"UPDATE {table} SET search_text = ? WHERE id = ?", values)  # type: ignore[arg-type]
    if pg:
        bind.exec_driver_sql(
            f"UPDATE {table} SET search_text = f.t FROM _search_fill f WHERE {table}.id = f.id"
        )
        bind.exec_driver_sql("DROP TABLE _search_fill")


def upgrade() -> None:
    dialect = _dialect()
    for table in FIELDS:
        if dialect == "sqlite":
            drop_fts(table)  # its triggers watch columns this revision no longer searches
        # SQLite adds and drops a column in place: a table rebuild would lose its expression index.
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("search_text", sa.Text(), server_default="", nullable=False))
        _fill(table)
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_name_key")
        if dialect == "postgresql":
            for column in OLD_FTS_COLUMNS[table]:
                op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")
            op.execute(f'CREATE INDEX ix_{table}_name_key ON {table} ((search_text COLLATE "C"), id)')
            op.execute(
                f"CREATE INDEX ix_{table}_search_trgm ON {table} USING gin (search_text {trigram_ops()})"
            )
        else:
            op.execute(f"CREATE INDEX ix_{table}_name_key ON {table} (search_text, id)")
            create_fts(table, ("search_text",))


def downgrade() -> None:
    dialect = _dialect()
    for table in FIELDS:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_name_key")
        if dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm")
            op.execute(f'CREATE INDEX ix_{table}_name_key ON {table} ((lower(name) COLLATE "C"), id)')
            ops = trigram_ops(required=False)
            if ops:
                for column in OLD_FTS_COLUMNS[table]:
                    op.execute(f"CREATE INDEX ix_{table}_{column}_trgm ON {table} USING gin ({column} {ops})")
        else:
            drop_fts(table)
            op.execute(f"CREATE INDEX ix_{table}_name_key ON {table} (lower(name), id)")
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("search_text")
        if dialect == "sqlite":
            create_fts(table, OLD_FTS_COLUMNS[table])
