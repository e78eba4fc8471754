"""Is the schema exactly at head? A start-up check that does not import Alembic.

Importing Alembic and building its script directory costs a few hundred milliseconds, while
almost every start of the console opens a database that is already at head. This module answers
that common case from two cheap facts:

* what ``alembic_version`` holds when every branch is at head, worked out from the revision
  files without importing them or Alembic: the newest revision of every branch (the naming
  rules of :mod:`core.migrations`: ``<package>_<seq>_<description>.py`` with revision id
  ``<package>_<seq>``, each branch a straight line, so the highest sequence is the head), minus
  those another head builds on through ``down_revision`` or ``depends_on`` (Alembic keeps only
  the tips of what was applied: ``framework_001`` is implied by every module's revisions);
* the rows of the database's ``alembic_version`` table.

When the two sets are equal nothing is pending and nothing is newer. Anything else (an empty
database, a pending revision, a revision this code does not know, an odd file) is left to
:func:`core.migrations.status`, which validates the files and tells exactly what is going on.
The test suite checks the expected set against what Alembic itself stores at head.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from core.db import Database
from core.registry import ModuleRegistry, default_registry

FRAMEWORK_PACKAGE = "framework"  # the framework's revisions: migrations/versions/framework_<seq>_*.py


def _framework_versions() -> Path:
    spec = importlib.util.find_spec("migrations")
    if spec is None or spec.origin is None:
        raise RuntimeError("the migrations package is missing")
    return Path(spec.origin).resolve().parent / "versions"


def _parents(path: Path) -> tuple[str, ...]:
    """``down_revision`` and ``depends_on`` of a revision file, read without importing it."""
    parents: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8"), filename=str(path)).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in ("down_revision", "depends_on"):
            found = ast.literal_eval(value)
            if isinstance(found, str):
                parents.append(found)
            elif found:
                parents.extend(found)
    return tuple(parents)


def _branch_files(folder: Path, package: str) -> dict[str, Path]:
    """Revision id -> file, in sequence order (files that break the naming rules are ignored here;
    :mod:`core.migrations` refuses them)."""
    name_re = re.compile(rf"^{re.escape(package)}_(\d{{3,}})_[a-z0-9][a-z0-9_]*\.py$")
    found = {
        int(m[1]): (f"{package}_{m[1]}", path) for path in folder.iterdir() if (m := name_re.match(path.name))
    }
    return dict(found[seq] for seq in sorted(found))


@lru_cache(maxsize=8)
def _expected_heads(registry: ModuleRegistry) -> frozenset[str] | None:
    folders = [(_framework_versions(), FRAMEWORK_PACKAGE)]
    folders += [(Path(m.migrations_path), m.package) for m in registry if m.migrations_path is not None]
    parents: dict[str, tuple[str, ...]] = {}
    heads: list[str] = []
    try:
        for folder, package in folders:
            files = _branch_files(folder, package)
            if not files:
                return None  # a branch without revisions: let core.migrations explain it
            parents.update((revision, _parents(path)) for revision, path in files.items())
            heads.append(list(files)[-1])
    except (OSError, SyntaxError, ValueError):
        return None
    implied: set[str] = set()
    stack = [parent for head in heads for parent in parents[head]]
    while stack:
        revision = stack.pop()
        if revision not in implied:
            implied.add(revision)
            stack.extend(parents.get(revision, ()))
    return frozenset(head for head in heads if head not in implied)


def expected_heads(registry: ModuleRegistry | None = None) -> frozenset[str] | None:
    """What ``alembic_version`` holds when every branch is at head (None: cannot tell cheaply)."""
    return _expected_heads(registry if registry is not None else default_registry())


def stored_heads(database: Database) -> frozenset[str] | None:
    """The revisions in ``alembic_version`` (None when the table does not exist or cannot be read)."""
    try:
        with database.engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
            conn.rollback()
    except DBAPIError:
        return None
    return frozenset(rows)


def at_head(database: Database, registry: ModuleRegistry | None = None) -> bool:
    """True when the database holds exactly the newest revision of every branch.

    False means "not known to be at head": ask :func:`core.migrations.status` for the details.
    """
    expected = expected_heads(registry)
    if not expected:
        return False
    return stored_heads(database) == expected
