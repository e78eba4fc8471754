"""Alembic's view of the revision files, and the revisions a database stores.

The :class:`~alembic.config.Config` is built in code (no ``alembic.ini``) and no logging is
configured here. The script directory is built once per registry, after the files passed
:func:`~core.migrations.revisions.validate_migration_files`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import Script, ScriptDirectory

from core.migrations.database import DatabaseLike, engine, engine_of
from core.migrations.revisions import (
    Branch,
    as_tuple,
    branches,
    registry_or_default,
    script_location,
    validate_migration_files,
    version_locations,
)
from core.registry import ModuleRegistry

# Serialises migration runs across the threads of one process (PostgreSQL adds a server-side lock).
ALEMBIC_LOCK = threading.RLock()  # alembic's `context` and `op` proxies are process-global


@dataclass(frozen=True)
class RevisionInfo:
    revision: str
    message: str
    branch: str
    path: Path


# -- configuration -------------------------------------------------------------------------------
def _escape(value: str) -> str:
    return value.replace("%", "%%")  # Config values go through ConfigParser interpolation


def base_config(registry: ModuleRegistry) -> Config:
    config = Config()
    config.set_main_option("script_location", _escape(str(script_location())))
    config.set_main_option("path_separator", "os")
    locations = os.pathsep.join(str(path) for path in version_locations(registry))
    config.set_main_option("version_locations", _escape(locations))
    return config


def alembic_config(
    database_or_url: DatabaseLike | None = None, registry: ModuleRegistry | None = None
) -> Config:
    """A validated Alembic config; the engine rides in ``config.attributes`` for env.py to reuse.

    A URL gets an engine of its own: dispose of ``config.attributes["engine"]`` when done.
    """
    registry = registry_or_default(registry)
    validate_migration_files(registry)
    config = base_config(registry)
    if database_or_url is not None:
        config.attributes["engine"] = engine_of(database_or_url)
    return config


@lru_cache(maxsize=8)
def _cached_script(registry: ModuleRegistry) -> ScriptDirectory:
    validate_migration_files(registry)
    return ScriptDirectory.from_config(base_config(registry))


def script_directory(registry: ModuleRegistry | None = None) -> ScriptDirectory:
    """Alembic's view of every branch (cached per registry)."""
    return _cached_script(registry_or_default(registry))


# -- revisions and branches ----------------------------------------------------------------------
@lru_cache(maxsize=8)
def _branch_by_path(registry: ModuleRegistry) -> dict[Path, Branch]:
    return {branch.path.resolve(): branch for branch in branches(registry)}


def branch_of(script: Script, registry: ModuleRegistry) -> Branch:
    return _branch_by_path(registry)[Path(script.path).resolve().parent]


def revision_info(script: Script, registry: ModuleRegistry) -> RevisionInfo:
    return RevisionInfo(
        revision=script.revision,
        message=(script.doc or "").strip(),
        branch=branch_of(script, registry).label,
        path=Path(script.path),
    )


def branch_chain(scripts: ScriptDirectory, label: str) -> list[Script]:
    """The revisions of branch ``label``, base first (the naming rules make it a straight line)."""
    head = scripts.get_revision(f"{label}@head")
    chain: list[Script] = []
    while head is not None:
        chain.append(head)
        down = head.down_revision
        head = scripts.get_revision(down) if isinstance(down, str) else None
    return list(reversed(chain))


def history(scripts: ScriptDirectory, label: str) -> tuple[str, ...]:
    """The revision ids of branch ``label``, base first."""
    return tuple(script.revision for script in branch_chain(scripts, label))


def known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except Exception:  # whatever Alembic cannot resolve, this code does not know
        return False


def unknown_heads(scripts: ScriptDirectory, heads: Sequence[str]) -> list[str]:
    return [head for head in heads if not known(scripts, head)]


def applied(scripts: ScriptDirectory, heads: Sequence[str]) -> set[str]:
    """Every revision implied by the heads stored in the database (ancestors and dependencies)."""
    seen: set[str] = set()
    stack = [head for head in heads if known(scripts, head)]
    while stack:
        revision = scripts.get_revision(stack.pop())
        if revision is None or revision.revision in seen:
            continue
        seen.add(revision.revision)
        for down in (*as_tuple(revision.down_revision), *as_tuple(revision.dependencies)):
            stack.extend(r.revision for r in scripts.get_revisions(down) if r is not None)
    return seen


def current_heads(database: DatabaseLike) -> tuple[str, ...]:
    """The revisions stored in the database's ``alembic_version`` table (empty if none)."""
    with engine(database) as bind, bind.connect() as connection:
        heads = MigrationContext.configure(connection).get_current_heads()
        connection.rollback()
    return tuple(heads)


__all__ = [
    "ALEMBIC_LOCK",
    "RevisionInfo",
    "alembic_config",
    "applied",
    "base_config",
    "branch_chain",
    "branch_of",
    "current_heads",
    "history",
    "known",
    "revision_info",
    "script_directory",
    "unknown_heads",
]
