"""Alembic environment, driven by :mod:`core.migrations` with a ``Config`` built in code.

There is no ``alembic.ini`` and this file configures no logging (the host application owns
it). ``config.attributes`` carries what the runner hands over:

- ``connection``: a live connection to reuse (the runner owns its transaction), or
- ``engine``: an engine to connect with (alembic then manages the transactions);
  without either, the ``sqlalchemy.url`` option (the plain ``alembic`` command with an ini file);
- ``on_version_apply``: a callback run after each revision (progress reporting);
- ``dialect_name``: the dialect to render offline SQL for (``as_sql`` mode).
"""

from __future__ import annotations

from typing import Any

from alembic import context

from core.db import include_object

config = context.config


def _common_options() -> dict[str, Any]:
    callback = config.attributes.get("on_version_apply")
    return {
        "target_metadata": config.attributes.get("target_metadata"),
        # Indexes and tables that revisions create with dialect-specific SQL (core.db.register_unmanaged).
        "include_object": include_object,
        # No schema: alembic_version lands in the first schema of the search_path.
        "version_table_schema": None,
        # One transaction for the whole run where DDL is transactional (PostgreSQL).
        "transaction_per_migration": False,
        "on_version_apply": [callback] if callback else [],
    }


def run_offline() -> None:
    context.configure(
        dialect_name=config.attributes.get("dialect_name", "postgresql"),
        literal_binds=True,
        **_common_options(),
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_on(connection: Any) -> None:
    context.configure(connection=connection, render_as_batch=True, **_common_options())
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    engine = config.attributes.get("engine")
    owned = engine is None
    if owned:
        from core.db import make_engine  # SQLite pragmas, psycopg 3 for postgresql:// URLs

        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("no database: run through core.migrations or set sqlalchemy.url")
        engine = make_engine(url)
    try:
        with engine.connect() as connection:
            _run_on(connection)
            if connection.in_transaction():
                connection.commit()
    finally:
        if owned:
            engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
