"""Migration helpers for the search indexes: PostgreSQL's ``pg_trgm`` operator class.

Any module's revision may build a trigram index (tenancy_002 and tenancy_003 on merchants and
stores, orders_002 on order numbers); they run inside an Alembic migration (``alembic.op``).
See docs/architecture.md, "Migrations".
"""

from __future__ import annotations

import logging

from alembic import context, op
from sqlalchemy.exc import DBAPIError

log = logging.getLogger("alembic.runtime.migration")


def trigram_schema() -> str | None:
    """The schema holding pg_trgm, creating the extension if it is missing and we may."""
    if context.is_offline_mode():
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        return ""
    bind = op.get_bind()
    find = (
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'"
    )
    schema = bind.exec_driver_sql(find).scalar()
    if schema is None:
        # Into public when there is one: an extension living in a schema that is dropped later
        # (a test's scratch schema) would take every trigram index of the database with it.
        target = bind.exec_driver_sql(
            "SELECT COALESCE((SELECT nspname FROM pg_namespace WHERE nspname = 'public'), current_schema())"
        ).scalar()
        try:
            with bind.begin_nested():  # a refusal must not abort the whole migration run
                bind.exec_driver_sql(f'CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA "{target}"')
        except DBAPIError as exc:
            log.warning(
                "pg_trgm is not available (%s): e-mail and domain search will scan without an index",
                str(exc.orig).strip().splitlines()[0] if exc.orig else exc,
            )
        schema = bind.exec_driver_sql(find).scalar()  # or another session created it meanwhile
    return schema


def trigram_ops(required: bool = True) -> str | None:
    """pg_trgm's operator class, creating the extension if needed; missing: an error (or None)."""
    schema = trigram_schema()
    if schema is None and not required:
        return None
    if schema is None:
        database = op.get_bind().exec_driver_sql("SELECT current_database()").scalar()
        raise RuntimeError(
            "the PostgreSQL extension pg_trgm is needed for search and could not be created: ask a "
            f"database superuser to run CREATE EXTENSION pg_trgm; in database {database!r} (it comes "
            "with PostgreSQL's contrib package, e.g. Debian's postgresql-contrib), then upgrade again"
        )
    return f'"{schema}".gin_trgm_ops' if schema else "gin_trgm_ops"
