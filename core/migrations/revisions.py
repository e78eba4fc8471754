"""The revision files as written: branches, naming rules, the graph between them, and the heads
they imply. Read without importing them and without Alembic (see docs/architecture.md,
"Migrations").

One Alembic branch per module (branch label = module code), revisions in
``modules/<package>/migrations/versions/<package>_<seq>_<description>.py`` with revision id
``<package>_<seq>``; the framework's base revisions live in ``migrations/versions`` (branch
``framework``). Every branch is a straight line; a module's first revision builds on
``framework`` and on the branches of the modules it requires.

:func:`at_head` answers the console's start-up question "is the schema exactly at head?" from
these files and the rows of ``alembic_version`` alone: importing Alembic costs a few hundred
milliseconds, and almost every start opens a database that is already at head. Anything else (an
empty database, a pending revision, a revision this code does not know, an odd file) is left to
:func:`core.migrations.status`, which tells exactly what is going on.
"""

from __future__ import annotations

import ast
import importlib
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from core.db import Database
from core.errors import DefinitionError
from core.registry import ModuleRegistry, default_registry

FRAMEWORK_BRANCH = "framework"
FRAMEWORK_MODULE = "core"  # the framework tables belong to the core module


@dataclass(frozen=True)
class Branch:
    """One Alembic branch: the framework's or a module's."""

    label: str  # branch label: the module code, or "framework"
    module: str  # owning module code ("core" for the framework)
    package: str  # prefix of file names and revision ids
    path: Path  # its versions folder


def registry_or_default(registry: ModuleRegistry | None) -> ModuleRegistry:
    return registry if registry is not None else default_registry()


def script_location() -> Path:
    """The Alembic environment: ``migrations/`` (env.py, script.py.mako)."""
    module = importlib.import_module("migrations")
    return Path(module.__file__ or "").resolve().parent


def branches(registry: ModuleRegistry | None = None) -> list[Branch]:
    """The framework branch, then every module with migrations (requirements first)."""
    found = [Branch(FRAMEWORK_BRANCH, FRAMEWORK_MODULE, FRAMEWORK_BRANCH, script_location() / "versions")]
    for module in registry_or_default(registry):
        if module.migrations_path is not None:
            found.append(Branch(module.code, module.code, module.package, Path(module.migrations_path)))
    return found


def version_locations(registry: ModuleRegistry | None = None) -> list[Path]:
    return [branch.path for branch in branches(registry)]


# -- one revision file ---------------------------------------------------------------------------
def as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True)
class RevisionFile:
    """A revision file as written (read without importing it)."""

    revision: str
    seq: int
    path: Path
    branch: Branch
    down_revision: str | None
    depends_on: tuple[str, ...]
    branch_labels: tuple[str, ...]

    @property
    def parents(self) -> tuple[str, ...]:
        return (*as_tuple(self.down_revision), *self.depends_on)


def _file_error(path: Path, code: str, problem: str) -> DefinitionError:
    return DefinitionError(code, f"migration file {path}: {problem}", {"file": str(path)})


def _literal_fields(path: Path) -> dict[str, Any]:
    """The module-level literals of a revision file, read without importing it."""
    wanted = {"revision", "down_revision", "branch_labels", "depends_on"}
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except (OSError, SyntaxError, ValueError) as exc:
        raise _file_error(path, "migrations.unreadable_file", f"cannot be read: {exc}") from None
    fields: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in wanted:
            try:
                fields[target.id] = ast.literal_eval(value)
            except (ValueError, TypeError, SyntaxError):
                raise _file_error(
                    path, "migrations.bad_revision_file", f"{target.id} must be a literal"
                ) from None
    return fields


def branch_files(branch: Branch) -> list[RevisionFile]:
    """Every revision file of ``branch`` checked against the naming rules, ordered by sequence."""
    if not branch.path.is_dir():
        raise DefinitionError(
            "migrations.missing_folder",
            f"branch {branch.label!r}: versions folder {branch.path} does not exist",
            {"branch": branch.label, "path": str(branch.path)},
        )
    name_re = re.compile(rf"^{re.escape(branch.package)}_(\d{{3,}})_([a-z0-9][a-z0-9_]*)\.py$")
    found: dict[int, RevisionFile] = {}
    for path in sorted(branch.path.iterdir()):
        if path.suffix != ".py" or path.name == "__init__.py" or not path.is_file():
            continue
        match = name_re.match(path.name)
        if not match:
            raise _file_error(
                path,
                "migrations.bad_file_name",
                f"files of branch {branch.label!r} are named {branch.package}_<seq>_<description>.py "
                f"(three or more digits, lower case), e.g. {branch.package}_002_add_index.py",
            )
        fields = _literal_fields(path)
        expected = f"{branch.package}_{match[1]}"
        if fields.get("revision") != expected:
            raise _file_error(
                path,
                "migrations.bad_revision_id",
                f"revision is {fields.get('revision')!r}, expected {expected!r}",
            )
        seq = int(match[1])
        if seq in found:
            raise _file_error(path, "migrations.duplicate_sequence", f"sequence {match[1]} is used twice")
        found[seq] = RevisionFile(
            expected,
            seq,
            path,
            branch,
            fields.get("down_revision"),
            as_tuple(fields.get("depends_on")),
            as_tuple(fields.get("branch_labels")),
        )
    return [found[seq] for seq in sorted(found)]


# -- the rules between files ---------------------------------------------------------------------
def validate_migration_files(registry: ModuleRegistry | None = None) -> None:
    """Check every versions folder and the dependencies between revisions; a wrong file raises
    :class:`DefinitionError` naming it."""
    registry = registry_or_default(registry)
    files: dict[str, RevisionFile] = {}
    for branch in branches(registry):
        for item in _validate_branch(branch):
            files[item.revision] = item
    _check_graph(files, registry)


def _validate_branch(branch: Branch) -> list[RevisionFile]:
    files = branch_files(branch)
    if not files:
        raise DefinitionError(
            "migrations.empty_branch",
            f"branch {branch.label!r}: {branch.path} holds no revision; drop migrations_path or add one",
            {"branch": branch.label, "path": str(branch.path)},
        )
    first = files[0]
    if branch.label not in first.branch_labels:
        raise _file_error(
            first.path, "migrations.missing_branch_label", f"branch_labels must be ({branch.label!r},)"
        )
    if first.down_revision is not None:
        raise _file_error(
            first.path,
            "migrations.bad_down_revision",
            "the first revision of a branch has down_revision = None",
        )
    for previous, current in itertools.pairwise(files):
        if current.down_revision != previous.revision:
            raise _file_error(
                current.path,
                "migrations.bad_down_revision",
                f"down_revision must be {previous.revision!r} (a branch is a straight line)",
            )
        if current.branch_labels:
            raise _file_error(
                current.path, "migrations.extra_branch_label", "only a branch's first revision is labelled"
            )
    return files


def _check_graph(files: dict[str, RevisionFile], registry: ModuleRegistry) -> None:
    for item in files.values():
        for parent in item.parents:
            if parent not in files:
                raise _file_error(
                    item.path, "migrations.unknown_dependency", f"depends on unknown revision {parent!r}"
                )
    for item in files.values():
        _check_minimal(item, files)
        if item.seq == min(f.seq for f in files.values() if f.branch == item.branch):
            _check_first_dependencies(item, files, registry)


def _ancestors(revision: str, files: dict[str, RevisionFile]) -> set[str]:
    """Every revision ``revision`` builds on, through down revisions and dependencies."""
    seen: set[str] = set()
    stack = list(files[revision].parents)
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        if current == revision:
            raise _file_error(
                files[revision].path, "migrations.cycle", "its dependencies lead back to itself"
            )
        seen.add(current)
        stack.extend(files[current].parents)
    return seen


def _check_minimal(item: RevisionFile, files: dict[str, RevisionFile]) -> None:
    """No dependency may be implied by another one: Alembic's version table (merge and unmerge of
    heads) fails on redundant dependencies, so each revision lists only what nothing else implies."""
    for parent in item.parents:
        others = [p for p in item.parents if p != parent]
        implied_by = [p for p in others if parent in _ancestors(p, files)]
        if implied_by:
            raise _file_error(
                item.path,
                "migrations.redundant_dependency",
                f"depends_on lists {parent!r}, which {implied_by[0]!r} already implies; list only "
                "revisions that no other dependency brings in",
            )


def _check_first_dependencies(
    item: RevisionFile, files: dict[str, RevisionFile], registry: ModuleRegistry
) -> None:
    """A module branch builds on ``framework`` and on the branches of the modules it requires."""
    if item.branch.label == FRAMEWORK_BRANCH:
        return
    reached = {files[rev].branch.label for rev in _ancestors(item.revision, files)}
    needed = [FRAMEWORK_BRANCH]
    needed += [c for c in registry.get(item.branch.module).requires if registry.get(c).migrations_path]
    for label in needed:
        if label not in reached:
            raise _file_error(
                item.path,
                "migrations.missing_dependency",
                f"depends_on must bring in branch {label!r} (name one of its revisions, or a revision "
                "that depends on it)",
            )


# -- the heads the files imply, against those the database stores -------------------------------
@lru_cache(maxsize=8)
def _expected_heads(registry: ModuleRegistry) -> frozenset[str] | None:
    """The newest revision of every branch (a branch is a straight line), minus those another head
    builds on (Alembic keeps only the tips of what was applied: ``framework_001`` is implied by
    every module's revisions). None when a file breaks the rules: :func:`status` explains it."""
    parents: dict[str, tuple[str, ...]] = {}
    heads: list[str] = []
    try:
        for branch in branches(registry):
            files = branch_files(branch)
            if not files:
                return None
            parents.update((item.revision, item.parents) for item in files)
            heads.append(files[-1].revision)
    except (DefinitionError, OSError):
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
    return _expected_heads(registry_or_default(registry))


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


__all__ = [
    "FRAMEWORK_BRANCH",
    "FRAMEWORK_MODULE",
    "Branch",
    "RevisionFile",
    "as_tuple",
    "at_head",
    "branch_files",
    "branches",
    "expected_heads",
    "registry_or_default",
    "script_location",
    "stored_heads",
    "validate_migration_files",
    "version_locations",
]
