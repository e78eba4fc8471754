"""Destructive marks: the statements of a revision that drop or rewrite data.

Each revision is rendered as PostgreSQL offline SQL whatever the target database (SQLite's batch
rebuilds would flag every ALTER), and its statements are matched against
:data:`DESTRUCTIVE_PATTERNS`. A revision that cannot be rendered offline is marked destructive:
what it does is unknown.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache

from alembic.config import Config
from alembic.operations import Operations
from alembic.runtime.environment import EnvironmentContext
from alembic.script import Script, ScriptDirectory

from core.errors import NotFound
from core.migrations.revisions import registry_or_default
from core.migrations.scripts import ALEMBIC_LOCK, known, script_directory
from core.migrations.terms import STATUS_HINT, Direction, as_direction
from core.registry import ModuleRegistry

DROP_TABLE = re.compile(r"^\s*DROP\s+TABLE\b", re.I)
DESTRUCTIVE_PATTERNS = (
    DROP_TABLE,
    re.compile(r"\bDROP\s+COLUMN\b", re.I),
    re.compile(r"^\s*ALTER\s+TABLE\b.*\bALTER\s+COLUMN\s+\S+\s+(SET\s+DATA\s+)?TYPE\b", re.I | re.S),
    re.compile(r"^\s*DELETE\b", re.I),
    re.compile(r"^\s*TRUNCATE\b", re.I),
)


def destructive_statements(
    revision: str, direction: Direction = "downgrade", registry: ModuleRegistry | None = None
) -> list[str]:
    """Statements of ``revision`` (one direction) that drop or rewrite data: DROP TABLE, DROP
    COLUMN, ALTER ... TYPE, DELETE, TRUNCATE. Rendered as PostgreSQL offline SQL whatever the
    target database (SQLite's batch rebuilds would flag every ALTER)."""
    registry = registry_or_default(registry)
    if not known(script_directory(registry), revision):
        raise NotFound(
            "migrations.unknown_revision",
            f"unknown revision {revision!r}; {STATUS_HINT}",
            {"revision": revision},
        )
    return list(_destructive_cached(registry, revision, as_direction(direction)))


@lru_cache(maxsize=256)
def _destructive_cached(registry: ModuleRegistry, revision: str, direction: Direction) -> tuple[str, ...]:
    scripts = script_directory(registry)
    try:
        statements = _render_revision(scripts.get_revision(revision), direction, scripts)  # type: ignore[arg-type]
    except Exception as exc:  # a revision that only works online: unknown, so treat it as destructive
        return (
            f"-- {revision} cannot be rendered as SQL ({type(exc).__name__}: {exc}): treat it as destructive",
        )
    return tuple(s for s in statements if any(p.search(s) for p in DESTRUCTIVE_PATTERNS))


class _StatementBuffer(io.StringIO):
    """Alembic's offline output, one ``write`` per statement."""

    def __init__(self) -> None:
        super().__init__()
        self.statements: list[str] = []

    def write(self, chunk: str) -> int:
        if chunk.strip():
            self.statements.append(chunk.strip())
        return super().write(chunk)


def _render_revision(script: Script, direction: Direction, scripts: ScriptDirectory) -> list[str]:
    """One revision's upgrade or downgrade as PostgreSQL offline SQL (no database needed).

    Inside an offline environment, so a revision may ask ``context.is_offline_mode()``."""
    buffer = _StatementBuffer()
    environment = EnvironmentContext(Config(), scripts, as_sql=True)
    with ALEMBIC_LOCK, environment:
        environment.configure(dialect_name="postgresql", output_buffer=buffer, literal_binds=True)
        with Operations.context(environment.get_context()):
            getattr(script.module, direction)()
    return buffer.statements


__all__ = ["DESTRUCTIVE_PATTERNS", "DROP_TABLE", "destructive_statements"]
