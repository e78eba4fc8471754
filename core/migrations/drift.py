"""Refusing to migrate a database that holds revisions this code does not know.

Two checks, the same rule: :func:`refuse_drift` comes first, before a plan is shown or a run
starts, and explains each branch's drift (:func:`~core.migrations.state.schema_problems`);
:func:`refuse_unknown_heads` runs again on the heads read inside a run's transaction, where they
are authoritative.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic.script import ScriptDirectory

from core.db import Database
from core.errors import Refused
from core.migrations.scripts import current_heads, known, script_directory, unknown_heads
from core.migrations.state import schema_problems, status
from core.migrations.terms import STATUS_HINT
from core.registry import ModuleRegistry


def refuse_drift(db: Database, registry: ModuleRegistry) -> None:
    """Refuse plans and runs on a database whose revisions the code does not know."""
    heads = current_heads(db)
    scripts = script_directory(registry)
    if all(known(scripts, head) for head in heads):
        return
    problems = schema_problems(status(db, registry))
    if problems:
        newer = [p for p in problems if p.code == "migrations.database_newer"]
        first = (newer or problems)[0]
        raise Refused(
            first.code,
            " ".join(p.message for p in problems),
            {"problems": [p.to_dict() for p in problems]},
        )


def refuse_unknown_heads(scripts: ScriptDirectory, heads: Sequence[str]) -> None:
    """The stored ``heads`` all known to the code, or ``migrations.database_newer``."""
    unknown = unknown_heads(scripts, heads)
    if unknown:
        raise Refused(
            "migrations.database_newer",
            f"the database holds revisions this code does not know ({', '.join(unknown)}): it was "
            "migrated by a newer release; nothing is migrated. " + STATUS_HINT,
            {"unknown": unknown},
        )


__all__ = ["refuse_drift", "refuse_unknown_heads"]
