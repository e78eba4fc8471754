"""The SQL a run would emit, without running it.

PostgreSQL: Alembic's offline SQL from the database's current revisions. SQLite: the statements
captured from a dry run on a scratch copy of the database file (batch mode needs a live
connection); the database itself is never touched.
"""

from __future__ import annotations

import io
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from alembic.runtime.environment import EnvironmentContext
from sqlalchemy import event

from core import sqlite_backup
from core.db import make_engine
from core.errors import PlatformError
from core.migrations.database import DatabaseLike, engine, is_sqlite, sqlite_path
from core.migrations.drift import refuse_unknown_heads
from core.migrations.planning import PlanStep, Target, resolve_target, revision_steps
from core.migrations.revisions import registry_or_default
from core.migrations.running import MigrationFailed, run_online
from core.migrations.scripts import ALEMBIC_LOCK, base_config, current_heads, script_directory
from core.migrations.terms import Direction, as_direction
from core.registry import ModuleRegistry


def offline_sql(
    database_or_dialect: DatabaseLike,
    target: str = "heads",
    direction: Direction = "upgrade",
    registry: ModuleRegistry | None = None,
) -> str:
    """The SQL an upgrade or downgrade would run, as a script.

    PostgreSQL: Alembic's offline SQL from the database's current revisions (from base when only
    the dialect name ``"postgresql"`` is given). SQLite: the statements captured from a dry run on
    a scratch copy of the database file (batch mode needs a live connection), or on an empty
    scratch database for ``"sqlite"``.
    """
    direction = as_direction(direction)
    registry = registry_or_default(registry)
    resolved = resolve_target(target, direction, registry)
    if _is_dialect_name(database_or_dialect):
        if database_or_dialect == "postgresql":
            return _postgres_offline(resolved, direction, (), registry)
        return _sqlite_dry_run(None, resolved, direction, registry)
    with engine(database_or_dialect) as bind:
        if is_sqlite(bind):
            return _sqlite_dry_run(sqlite_path(bind), resolved, direction, registry)
        return _postgres_offline(resolved, direction, current_heads(bind), registry)


def sql_preview(
    database: DatabaseLike, target: str, direction: Direction, registry: ModuleRegistry
) -> tuple[str | None, str | None]:
    """:func:`offline_sql`, or why it cannot be had: ``(sql, None)`` or ``(None, error)``."""
    try:
        return offline_sql(database, target, direction, registry), None
    except MigrationFailed as exc:  # SQLite: the dry run on the scratch copy failed
        where = exc.details.get("revision") if isinstance(exc.details, dict) else None
        error = exc.details.get("error") if isinstance(exc.details, dict) else str(exc)
        return None, (
            f"the dry run on a scratch copy failed{f' at {where}' if where else ''}: {error}; "
            "the real run would fail there too (the database itself was not touched)"
        )
    except PlatformError:
        raise
    except Exception as exc:  # PostgreSQL offline mode: a revision that only works online
        return None, f"the SQL cannot be rendered offline: {type(exc).__name__}: {exc}"


def _is_dialect_name(value: Any) -> bool:
    return isinstance(value, str) and value in ("postgresql", "sqlite")


def _postgres_offline(
    target: Target, direction: Direction, heads: Sequence[str], registry: ModuleRegistry
) -> str:
    scripts = script_directory(registry)
    refuse_unknown_heads(scripts, heads)
    steps = revision_steps(scripts, target, heads, direction)
    config = base_config(registry)
    buffer = io.StringIO()
    config.output_buffer = buffer
    config.attributes["dialect_name"] = "postgresql"
    with (
        ALEMBIC_LOCK,
        EnvironmentContext(
            config,
            scripts,
            fn=lambda _heads, _context: steps,
            as_sql=True,
            starting_rev=tuple(heads) or None,  # type: ignore[arg-type]
            destination_rev=target.spec,
        ),
    ):
        scripts.run_env()
    return buffer.getvalue()


def _sqlite_dry_run(
    source: Path | None, target: Target, direction: Direction, registry: ModuleRegistry
) -> str:
    """Run the migration on a scratch copy and return the statements it executed."""
    with tempfile.TemporaryDirectory(prefix="platform-migrate-") as tmp:
        scratch = Path(tmp) / "scratch.db"
        if source is not None and source.exists():
            sqlite_backup.online_copy(source, scratch)
        scratch_engine = make_engine(f"sqlite:///{scratch}")
        chunks: list[str] = []
        pending: list[str] = []

        @event.listens_for(scratch_engine, "before_cursor_execute")
        def _capture(
            _conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, _many: bool
        ) -> None:
            if not re.match(r"\s*(SELECT|PRAGMA|BEGIN)\b", statement, re.I):
                line = statement.strip().rstrip(";").replace("\t", "    ") + ";"
                pending.append(f"{line}\n-- parameters: {parameters!r}" if parameters else line)

        def _mark(step: PlanStep, _index: int, _total: int) -> None:
            header = f"-- Running {step.direction} {step.revision} ({step.branch}): {step.message}"
            chunks.append("\n\n".join([header, *pending]))
            pending.clear()

        try:
            run_online(scratch_engine, target, direction, _mark, registry, backup_path=None)
        finally:
            scratch_engine.dispose()
    return "\n\n".join(chunks) + ("\n" if chunks else "")


__all__ = ["offline_sql", "sql_preview"]
