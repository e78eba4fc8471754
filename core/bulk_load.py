"""Bulk loading of plain tuples: ``COPY`` on PostgreSQL, ``executemany`` on SQLite, one transaction.

No ORM objects and no table metadata: a million rows take seconds, not minutes. A large load
builds the secondary indexes of its tables once, at the end (:meth:`BulkWriter.deferred_indexes`).
The demo seed (``core/demo.py`` and the modules' ``demo.py``) is the user; see docs/architecture.md,
"Module contract".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

BULK_ROWS = 10_000  # from this many new rows, a load builds its tables' indexes once at the end
BULK_CACHE_KIB = 131_072  # SQLite page cache during such a load (the default 2 MB thrashes)
BULK_WORK_MEM = "256MB"  # PostgreSQL maintenance_work_mem for building the indexes again
SQLITE_BATCH = 50_000


class BulkWriter:
    """Writes rows into tables by name, inside the caller's transaction (``connection``)."""

    def __init__(self, connection: Any) -> None:
        self.conn = connection
        self.pg = connection.dialect.name == "postgresql"

    def write(self, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> int:
        """Insert ``rows`` (tuples in the order of ``columns``); returns how many."""
        raw = self.conn.connection.driver_connection
        cols = ", ".join(columns)
        written = 0
        if self.pg:
            with raw.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    written += 1
            return written
        insert = f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in columns)})"
        cur = raw.cursor()
        batch: list[tuple[Any, ...]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= SQLITE_BATCH:
                cur.executemany(insert, batch)
                written += len(batch)
                batch.clear()
        if batch:
            cur.executemany(insert, batch)
            written += len(batch)
        cur.close()
        return written

    def next_id(self, table: str) -> int:
        """The first free ``id`` of ``table`` (loads continue after what is there)."""
        return int(self.conn.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").scalar_one()) + 1

    def fix_sequence(self, table: str) -> None:
        """PostgreSQL: move the ``id`` sequence past the ids written explicitly."""
        if self.pg:
            self.conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}), (SELECT MAX(id) IS NOT NULL FROM {table}))"
            )

    @contextmanager
    def deferred_indexes(self, tables: Sequence[str], enabled: bool = True) -> Iterator[None]:
        """Inside the block, ``tables`` have no secondary indexes; they are built once at its end.

        Indexing a million rows one by one costs minutes (SQLite FTS5 trigram triggers, random-order
        B-tree inserts; PostgreSQL trigram GIN) while building them afterwards takes seconds. All in
        the load's transaction, so all or nothing with it. Unique indexes stay: they guard the load.
        """
        if not enabled:
            yield
            return
        deferred = _defer(self.conn, tables)
        try:
            yield
            _restore(self.conn, deferred)  # after a failure, the rollback brings them back
        finally:
            _reset_cache(self.conn, deferred)


def analyze(connection: Any, tables: Sequence[str]) -> None:
    """Fresh planner statistics: the lists' plans and row estimates depend on them (a second or so
    for a million rows; PostgreSQL's autovacuum would get there later, SQLite never by itself)."""
    if not tables:
        return
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("ANALYZE")
    else:
        connection.exec_driver_sql("ANALYZE " + ", ".join(tables))


@dataclass
class _Deferred:
    """Secondary indexes taken off for a bulk load."""

    pg: list[tuple[str, str]] = field(default_factory=list)  # PostgreSQL: (name, definition)
    fts: list[str] = field(default_factory=list)  # SQLite: external-content FTS5 tables to rebuild
    triggers: list[tuple[str, str]] = field(default_factory=list)  # SQLite: (name, sql) keeping them
    indexes: list[tuple[str, str]] = field(default_factory=list)  # SQLite: (name, sql)
    cache_size: int | None = None  # SQLite: the connection's page cache before the load


def _defer(conn: Any, tables: Sequence[str]) -> _Deferred:
    deferred = _Deferred()
    if conn.dialect.name == "postgresql":
        deferred.pg = [
            (name, definition)
            for name, definition in conn.exec_driver_sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                "AND tablename = ANY(%(tables)s) AND indexdef NOT ILIKE 'CREATE UNIQUE%%'",
                {"tables": list(tables)},
            )
        ]
        for name, _ in deferred.pg:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        conn.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{BULK_WORK_MEM}'")
        return deferred
    # SQLite: the external-content FTS5 tables over these tables lose the triggers that feed them
    # row by row; they are rebuilt from the loaded rows in one pass and get their triggers back.
    virtual = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
    ).all()
    for name, sql in virtual:
        match = re.search(r"content\s*=\s*['\"]?(\w+)", sql or "")
        if match and match[1] in tables and "fts5" in sql.lower():
            deferred.fts.append(name)
    deferred.triggers = [
        (name, sql)
        for name, sql in conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        if any(re.search(rf"\b{re.escape(f)}\b", sql or "") for f in deferred.fts)
    ]
    for name, _ in deferred.triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    # B-tree indexes too: SQLite inserts keys in random order one page at a time, CREATE INDEX sorts.
    marks = ", ".join("?" for _ in tables)
    deferred.indexes = [
        (name, sql)
        for name, sql in conn.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks})",
            tuple(tables),
        )
        if not re.match(r"\s*CREATE\s+UNIQUE", sql, re.I)
    ]
    for name, _ in deferred.indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    deferred.cache_size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")  # sorting the index keys
    return deferred


def _restore(conn: Any, deferred: _Deferred) -> None:
    for _, definition in deferred.pg:
        conn.exec_driver_sql(definition)
    for _, sql in deferred.indexes:
        conn.exec_driver_sql(sql)
    for name in deferred.fts:
        conn.exec_driver_sql(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
    for _, sql in deferred.triggers:
        conn.exec_driver_sql(sql)


def _reset_cache(conn: Any, deferred: _Deferred) -> None:
    if deferred.cache_size is not None:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(deferred.cache_size)}")
