"""Module migrations: discovery, naming rules and the Alembic runner API.

One Alembic branch per module (branch label = module code), revisions in
``modules/<package>/migrations/versions/<package>_<seq>_<description>.py`` with revision id
``<package>_<seq>``; the framework's base revisions live in ``migrations/versions`` (branch
``framework``). The :class:`~alembic.config.Config` is built in code (no ``alembic.ini``) and no
logging is configured here.

Transactions: on PostgreSQL a whole run is one transaction (a failure leaves the schema as it
was). On SQLite Alembic commits each revision, so the runner first copies the database file with
SQLite's online backup, verified and with a manifest (:mod:`core.sqlite_backup`), and reports the
copy's path (:func:`restore_sqlite_backup` checks it and puts it back).
"""

from __future__ import annotations

import ast
import importlib
import io
import itertools
import os
import re
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from alembic.config import Config
from alembic.operations import Operations
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext, MigrationInfo, RevisionStep
from alembic.script import Script, ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, event, inspect, text
from sqlalchemy.engine import URL

from core import sqlite_backup
from core.db import Database, make_engine
from core.errors import DefinitionError, InvalidInput, NotFound, PlatformError, Refused
from core.graph import topological_order
from core.registry import ModuleRegistry, default_registry

Direction = Literal["upgrade", "downgrade"]
DatabaseLike = Database | Engine | str | URL
Progress = Callable[["PlanStep", int, int], None]
# Called inside the run's transaction, after Alembic chose the revisions and before the first one
# runs, with the live connection and those revision ids; raising refuses the whole run.
Check = Callable[[Connection, tuple[str, ...]], None]

FRAMEWORK_BRANCH = "framework"
FRAMEWORK_MODULE = "core"  # the framework tables belong to the core module
STATUS_HINT = "`platformctl migrate status` lists the branches and revisions"
TARGET_FORMS = "heads, MODULE, MODULE@head, MODULE@base or a revision id such as payments_001"
# Serialises migration runs across the threads of one process (PostgreSQL adds a server-side lock).
PG_LOCK_KEY = 0x706C6D67  # "plmg"
_ALEMBIC_LOCK = threading.RLock()  # alembic's `context` and `op` proxies are process-global

DESTRUCTIVE_PATTERNS = (
    re.compile(r"^\s*DROP\s+TABLE\b", re.I),
    re.compile(r"\bDROP\s+COLUMN\b", re.I),
    re.compile(r"^\s*ALTER\s+TABLE\b.*\bALTER\s+COLUMN\s+\S+\s+(SET\s+DATA\s+)?TYPE\b", re.I | re.S),
    re.compile(r"^\s*DELETE\b", re.I),
    re.compile(r"^\s*TRUNCATE\b", re.I),
)


# -- results -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Branch:
    """One Alembic branch: the framework's or a module's."""

    label: str  # branch label: the module code, or "framework"
    module: str  # owning module code ("core" for the framework)
    package: str  # prefix of file names and revision ids
    path: Path  # its versions folder


@dataclass(frozen=True)
class RevisionInfo:
    revision: str
    message: str
    branch: str
    path: Path


@dataclass(frozen=True)
class BranchStatus:
    branch: str
    module: str | None
    current: str | None  # None: nothing of this branch applied
    head: str | None  # None: the code does not know this branch (drift)
    pending: tuple[RevisionInfo, ...] = ()
    drift: bool = False  # the database holds revisions the code does not know
    unknown: tuple[str, ...] = ()  # those revisions

    @property
    def up_to_date(self) -> bool:
        return not self.drift and self.current == self.head

    def to_dict(self) -> dict[str, Any]:
        return {
            "branch": self.branch,
            "module": self.module,
            "current": self.current,
            "head": self.head,
            "pending": [r.revision for r in self.pending],
            "drift": self.drift,
            "unknown": list(self.unknown),
        }


@dataclass(frozen=True)
class PlanStep:
    revision: str
    branch: str
    message: str
    direction: Direction
    path: Path
    destructive: tuple[str, ...] = ()  # statements that drop or rewrite data

    def to_dict(self) -> dict[str, Any]:
        return {
            "revision": self.revision,
            "branch": self.branch,
            "message": self.message,
            "direction": self.direction,
            "destructive": list(self.destructive),
        }


@dataclass(frozen=True)
class MigrationPlan:
    target: str  # as asked
    resolved: str  # Alembic's spelling of the target
    direction: Direction
    steps: tuple[PlanStep, ...]
    backup_path: Path | None = None  # SQLite runs: the copy taken before the run

    @property
    def is_empty(self) -> bool:
        return not self.steps

    @property
    def destructive(self) -> bool:
        return any(step.destructive for step in self.steps)

    @property
    def branches(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(step.branch for step in self.steps))

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "resolved": self.resolved,
            "direction": self.direction,
            "steps": [step.to_dict() for step in self.steps],
            "destructive": self.destructive,
            "backup_path": str(self.backup_path) if self.backup_path else None,
        }


@dataclass(frozen=True)
class Target:
    text: str  # as typed
    spec: str  # Alembic's spelling: heads, base, payments@head, payments@base, payments_001
    branch: str | None = None

    @property
    def is_revision(self) -> bool:
        return self.branch is not None and "@" not in self.spec


class MigrationFailed(PlatformError):
    """A revision failed while running. ``backup_path`` (SQLite) holds the database as before."""

    def __init__(self, message: str, details: dict[str, Any], backup_path: Path | None) -> None:
        super().__init__("migrations.failed", message, details)
        self.backup_path = backup_path


# -- branches and naming rules ----------------------------------------------------------------
def _package_dir(package: str) -> Path:
    module = importlib.import_module(package)
    return Path(module.__file__ or "").resolve().parent


def script_location() -> Path:
    """The Alembic environment: ``migrations/`` (env.py, script.py.mako)."""
    return _package_dir("migrations")


def _registry(registry: ModuleRegistry | None) -> ModuleRegistry:
    return registry if registry is not None else default_registry()


def branches(registry: ModuleRegistry | None = None) -> list[Branch]:
    """The framework branch, then every module with migrations (requirements first)."""
    found = [Branch(FRAMEWORK_BRANCH, FRAMEWORK_MODULE, FRAMEWORK_BRANCH, script_location() / "versions")]
    for module in _registry(registry):
        if module.migrations_path is not None:
            found.append(Branch(module.code, module.code, module.package, Path(module.migrations_path)))
    return found


def version_locations(registry: ModuleRegistry | None = None) -> list[Path]:
    return [branch.path for branch in branches(registry)]


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


def _file_error(path: Path, code: str, problem: str) -> DefinitionError:
    return DefinitionError(code, f"migration file {path}: {problem}", {"file": str(path)})


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True)
class _RevisionFile:
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
        return (*_as_tuple(self.down_revision), *self.depends_on)


def _branch_files(branch: Branch) -> list[_RevisionFile]:
    """Every revision file of ``branch`` checked against the naming rules, ordered by sequence."""
    if not branch.path.is_dir():
        raise DefinitionError(
            "migrations.missing_folder",
            f"branch {branch.label!r}: versions folder {branch.path} does not exist",
            {"branch": branch.label, "path": str(branch.path)},
        )
    name_re = re.compile(rf"^{re.escape(branch.package)}_(\d{{3,}})_([a-z0-9][a-z0-9_]*)\.py$")
    found: dict[int, _RevisionFile] = {}
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
        found[seq] = _RevisionFile(
            expected,
            seq,
            path,
            branch,
            fields.get("down_revision"),
            _as_tuple(fields.get("depends_on")),
            _as_tuple(fields.get("branch_labels")),
        )
    return [found[seq] for seq in sorted(found)]


def _validate_branch(branch: Branch) -> list[_RevisionFile]:
    files = _branch_files(branch)
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


def _ancestors(revision: str, files: dict[str, _RevisionFile]) -> set[str]:
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


def _check_graph(files: dict[str, _RevisionFile], registry: ModuleRegistry) -> None:
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


def _check_minimal(item: _RevisionFile, files: dict[str, _RevisionFile]) -> None:
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
    item: _RevisionFile, files: dict[str, _RevisionFile], registry: ModuleRegistry
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


def validate_migration_files(registry: ModuleRegistry | None = None) -> None:
    """Check every versions folder and the dependencies between revisions; a wrong file raises
    :class:`DefinitionError` naming it."""
    registry = _registry(registry)
    files: dict[str, _RevisionFile] = {}
    for branch in branches(registry):
        for item in _validate_branch(branch):
            files[item.revision] = item
    _check_graph(files, registry)


# -- Alembic configuration ----------------------------------------------------------------
def _escape(value: str) -> str:
    return value.replace("%", "%%")  # Config values go through ConfigParser interpolation


def _base_config(registry: ModuleRegistry) -> Config:
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
    registry = _registry(registry)
    validate_migration_files(registry)
    config = _base_config(registry)
    if database_or_url is not None:
        config.attributes["engine"] = _engine_of(database_or_url)
    return config


@lru_cache(maxsize=8)
def _cached_script(registry: ModuleRegistry) -> ScriptDirectory:
    validate_migration_files(registry)
    return ScriptDirectory.from_config(_base_config(registry))


def script_directory(registry: ModuleRegistry | None = None) -> ScriptDirectory:
    """Alembic's view of every branch (cached per registry)."""
    return _cached_script(_registry(registry))


def _engine_of(database: DatabaseLike) -> Engine:
    if isinstance(database, Database):
        return database.engine
    if isinstance(database, Engine):
        return database
    return make_engine(database)


@contextmanager
def _engine(database: DatabaseLike) -> Iterator[Engine]:
    """The engine of ``database``; one made here from a URL is disposed of afterwards."""
    engine = _engine_of(database)
    try:
        yield engine
    finally:
        if engine is not getattr(database, "engine", database):
            engine.dispose()


def _is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


# -- revisions and branches --------------------------------------------------------------
@lru_cache(maxsize=8)
def _branch_by_path(registry: ModuleRegistry) -> dict[Path, Branch]:
    return {branch.path.resolve(): branch for branch in branches(registry)}


def _branch_of(script: Script, registry: ModuleRegistry) -> Branch:
    return _branch_by_path(registry)[Path(script.path).resolve().parent]


def _revision_info(script: Script, registry: ModuleRegistry) -> RevisionInfo:
    return RevisionInfo(
        revision=script.revision,
        message=(script.doc or "").strip(),
        branch=_branch_of(script, registry).label,
        path=Path(script.path),
    )


def _branch_chain(scripts: ScriptDirectory, branch: Branch) -> list[Script]:
    """The revisions of ``branch``, base first (the naming rules make it a straight line)."""
    head = scripts.get_revision(f"{branch.label}@head")
    chain: list[Script] = []
    while head is not None:
        chain.append(head)
        down = head.down_revision
        head = scripts.get_revision(down) if isinstance(down, str) else None
    return list(reversed(chain))


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


def _applied(scripts: ScriptDirectory, heads: Sequence[str]) -> set[str]:
    """Every revision implied by the heads stored in the database (ancestors and dependencies)."""
    seen: set[str] = set()
    stack = [head for head in heads if _known(scripts, head)]
    while stack:
        revision = scripts.get_revision(stack.pop())
        if revision is None or revision.revision in seen:
            continue
        seen.add(revision.revision)
        for down in (*_as_tuple(revision.down_revision), *_as_tuple(revision.dependencies)):
            stack.extend(r.revision for r in scripts.get_revisions(down) if r is not None)
    return seen


def _ordered_branches(scripts: ScriptDirectory, registry: ModuleRegistry) -> list[Branch]:
    """Branches in migration order: a branch after those its revisions depend on (ties by label)."""
    by_label = {branch.label: branch for branch in branches(registry)}
    needs: dict[str, set[str]] = {label: set() for label in by_label}
    for script in scripts.walk_revisions():
        label = _branch_of(script, registry).label
        for dep in (*_as_tuple(script.down_revision), *_as_tuple(script.dependencies)):
            needs[label].update(
                _branch_of(r, registry).label for r in scripts.get_revisions(dep) if r is not None
            )
        needs[label].discard(label)
    return [by_label[label] for label in topological_order(needs)]


def _unknown_heads(scripts: ScriptDirectory, heads: Sequence[str]) -> list[str]:
    return [head for head in heads if not _known(scripts, head)]


def _refuse_drift(scripts: ScriptDirectory, heads: Sequence[str]) -> None:
    unknown = _unknown_heads(scripts, heads)
    if unknown:
        raise Refused(
            "migrations.database_newer",
            f"the database holds revisions this code does not know ({', '.join(unknown)}): it was "
            "migrated by a newer release; nothing is migrated. " + STATUS_HINT,
            {"unknown": unknown},
        )


def current_heads(database: DatabaseLike) -> tuple[str, ...]:
    """The revisions stored in the database's ``alembic_version`` table (empty if none)."""
    with _engine(database) as engine, engine.connect() as connection:
        heads = MigrationContext.configure(connection).get_current_heads()
        connection.rollback()
    return tuple(heads)


# -- status ------------------------------------------------------------------------------
def status(database: DatabaseLike, registry: ModuleRegistry | None = None) -> list[BranchStatus]:
    """Per branch: the current revision, the head and what is pending; drift is reported, not raised."""
    registry = _registry(registry)
    scripts = script_directory(registry)
    heads = current_heads(database)
    applied = _applied(scripts, heads)
    unknown = _unknown_heads(scripts, heads)
    result: list[BranchStatus] = []
    for branch in _ordered_branches(scripts, registry):
        chain = _branch_chain(scripts, branch)
        done = [script for script in chain if script.revision in applied]
        ours = tuple(rev for rev in unknown if _prefix_matches(rev, branch.package))
        result.append(
            BranchStatus(
                branch=branch.label,
                module=branch.module,
                current=ours[-1] if ours else (done[-1].revision if done else None),
                head=chain[-1].revision if chain else None,
                pending=() if ours else tuple(_revision_info(s, registry) for s in chain[len(done) :]),
                drift=bool(ours),
                unknown=ours,
            )
        )
    claimed = {rev for entry in result for rev in entry.unknown}
    for rev in unknown:
        if rev not in claimed:
            result.append(
                BranchStatus(
                    branch=rev.rsplit("_", 1)[0],
                    module=None,
                    current=rev,
                    head=None,
                    drift=True,
                    unknown=(rev,),
                )
            )
    return result


def _prefix_matches(revision: str, package: str) -> bool:
    return re.fullmatch(rf"{re.escape(package)}_\d{{3,}}", revision) is not None


# -- targets -----------------------------------------------------------------------------
def _find_branch(name: str, registry: ModuleRegistry) -> Branch:
    for branch in branches(registry):
        if name in (branch.label, branch.package):
            return branch
    if name in registry:
        raise NotFound(
            "migrations.no_branch",
            f"module {name!r} has no migrations (it owns no tables); {STATUS_HINT}",
            {"module": name},
        )
    raise NotFound(
        "migrations.unknown_target",
        f"unknown migration target {name!r}: type {TARGET_FORMS}; {STATUS_HINT}",
        {"target": name},
    )


def resolve_target(
    target: str, direction: Direction | None = None, registry: ModuleRegistry | None = None
) -> Target:
    """``heads``, ``MODULE`` (= ``MODULE@head``), ``MODULE@head``, ``MODULE@base`` or a revision id."""
    registry = _registry(registry)
    typed = (target or "").strip()
    if not typed:
        raise InvalidInput("migrations.bad_target", f"no migration target given: type {TARGET_FORMS}", {})
    if typed in ("heads", "base"):
        resolved = Target(typed, typed)
    elif "@" in typed:
        name, _, where = typed.partition("@")
        if where not in ("head", "base") or not name:
            raise InvalidInput(
                "migrations.bad_target",
                f"cannot read migration target {typed!r}: type {TARGET_FORMS}; {STATUS_HINT}",
                {"target": typed},
            )
        branch = _find_branch(name, registry)
        resolved = Target(typed, f"{branch.label}@{where}", branch.label)
    elif _known(script_directory(registry), typed) and re.fullmatch(r"[a-z][a-z0-9_]*_\d{3,}", typed):
        branch = _find_branch(typed.rsplit("_", 1)[0], registry)
        resolved = Target(typed, typed, branch.label)
    else:
        branch = _find_branch(typed, registry)
        resolved = Target(typed, f"{branch.label}@head", branch.label)
    _check_direction(resolved, direction)
    return resolved


def _check_direction(target: Target, direction: Direction | None) -> None:
    if direction == "upgrade" and target.spec.endswith("base"):
        raise InvalidInput(
            "migrations.bad_target",
            f"{target.text!r} is a downgrade target: `platformctl migrate downgrade {target.text}`",
            {"target": target.text},
        )
    if direction == "downgrade" and (target.spec == "heads" or target.spec.endswith("@head")):
        raise InvalidInput(
            "migrations.bad_target",
            f"downgrading to {target.text!r} changes nothing: type MODULE@base, a revision id such as "
            "payments_001, or base",
            {"target": target.text},
        )


# -- plans -------------------------------------------------------------------------------
def _revision_steps(
    scripts: ScriptDirectory, target: Target, heads: Sequence[str], direction: Direction
) -> list[RevisionStep]:
    if direction == "downgrade" and target.is_revision and _downgrade_is_no_op(scripts, target, heads):
        return []  # Alembic calls "nothing to drop" an invalid target
    try:
        if direction == "upgrade":
            return scripts._upgrade_revs(target.spec, tuple(heads))  # type: ignore[arg-type]
        return scripts._downgrade_revs(target.spec, tuple(heads))  # type: ignore[arg-type]
    except CommandError as exc:
        raise InvalidInput(
            "migrations.bad_target",
            f"cannot {direction} to {target.text!r} from the database's revisions: {exc}. {STATUS_HINT}",
            {"target": target.text, "heads": list(heads)},
        ) from None


def _downgrade_is_no_op(scripts: ScriptDirectory, target: Target, heads: Sequence[str]) -> bool:
    """Downgrading a branch to a revision id: nothing to do when that revision is the branch's
    latest applied one; a clear error when it is not applied at all."""
    applied = _applied(scripts, heads)
    if target.spec not in applied:
        raise InvalidInput(
            "migrations.not_applied",
            f"{target.spec} is not applied, so there is nothing to downgrade to; {STATUS_HINT}",
            {"target": target.text},
        )
    revision = scripts.get_revision(target.spec)
    # nextrev: the revisions whose down_revision is this one (its own branch; dependencies excluded)
    return revision is not None and not (revision.nextrev & applied)


def _plan_step(
    script: Script, direction: Direction, registry: ModuleRegistry, with_destructive: bool = True
) -> PlanStep:
    info = _revision_info(script, registry)
    destructive = destructive_statements(script.revision, direction, registry) if with_destructive else []
    return PlanStep(info.revision, info.branch, info.message, direction, info.path, tuple(destructive))


def _direction(value: str) -> Direction:
    if value not in ("upgrade", "downgrade"):
        raise InvalidInput(
            "migrations.bad_direction", f"direction is upgrade or downgrade, not {value!r}", {}
        )
    return value  # type: ignore[return-value]


def plan(
    database: DatabaseLike,
    target: str = "heads",
    direction: Direction = "upgrade",
    registry: ModuleRegistry | None = None,
    *,
    mark_destructive: bool = True,
) -> MigrationPlan:
    """What an upgrade or downgrade to ``target`` would run, in order. Runs nothing.

    ``mark_destructive=False`` skips rendering each revision for its destructive statements.
    """
    direction = _direction(direction)
    registry = _registry(registry)
    resolved = resolve_target(target, direction, registry)
    scripts = script_directory(registry)
    heads = current_heads(database)
    _refuse_drift(scripts, heads)
    steps = _revision_steps(scripts, resolved, heads, direction)
    return MigrationPlan(
        target=resolved.text,
        resolved=resolved.spec,
        direction=direction,
        steps=tuple(
            _plan_step(step.revision, direction, registry, with_destructive=mark_destructive)  # type: ignore[arg-type]
            for step in steps
        ),
    )


# -- SQL rendering -----------------------------------------------------------------------
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
    with _ALEMBIC_LOCK, environment:
        environment.configure(dialect_name="postgresql", output_buffer=buffer, literal_binds=True)
        with Operations.context(environment.get_context()):
            getattr(script.module, direction)()
    return buffer.statements


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


def destructive_statements(
    revision: str, direction: Direction = "downgrade", registry: ModuleRegistry | None = None
) -> list[str]:
    """Statements of ``revision`` (one direction) that drop or rewrite data: DROP TABLE, DROP
    COLUMN, ALTER ... TYPE, DELETE, TRUNCATE. Rendered as PostgreSQL offline SQL whatever the
    target database (SQLite's batch rebuilds would flag every ALTER)."""
    registry = _registry(registry)
    if not _known(script_directory(registry), revision):
        raise NotFound(
            "migrations.unknown_revision",
            f"unknown revision {revision!r}; {STATUS_HINT}",
            {"revision": revision},
        )
    return list(_destructive_cached(registry, revision, _direction(direction)))


def _is_dialect_name(value: Any) -> bool:
    return isinstance(value, str) and value in ("postgresql", "sqlite")


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
    direction = _direction(direction)
    registry = _registry(registry)
    resolved = resolve_target(target, direction, registry)
    if _is_dialect_name(database_or_dialect):
        if database_or_dialect == "postgresql":
            return _postgres_offline(resolved, direction, (), registry)
        return _sqlite_dry_run(None, resolved, direction, registry)
    with _engine(database_or_dialect) as engine:
        if _is_sqlite(engine):
            return _sqlite_dry_run(_sqlite_file(engine), resolved, direction, registry)
        return _postgres_offline(resolved, direction, current_heads(engine), registry)


def _postgres_offline(
    target: Target, direction: Direction, heads: Sequence[str], registry: ModuleRegistry
) -> str:
    scripts = script_directory(registry)
    _refuse_drift(scripts, heads)
    steps = _revision_steps(scripts, target, heads, direction)
    config = _base_config(registry)
    buffer = io.StringIO()
    config.output_buffer = buffer
    config.attributes["dialect_name"] = "postgresql"
    with (
        _ALEMBIC_LOCK,
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
        engine = make_engine(f"sqlite:///{scratch}")
        chunks: list[str] = []
        pending: list[str] = []

        @event.listens_for(engine, "before_cursor_execute")
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
            _run_online(engine, target, direction, _mark, registry, backup_path=None)
        finally:
            engine.dispose()
    return "\n\n".join(chunks) + ("\n" if chunks else "")


# -- SQLite backups ----------------------------------------------------------------------
def _sqlite_file(engine: Engine) -> Path | None:
    name = engine.url.database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


def backup_sqlite(database: DatabaseLike, kind: str = "pre-migrate", *, refuse_corrupt: bool = True) -> Path:
    """Copy a SQLite database file to ``<db>.<kind>-<UTC timestamp>.bak`` and return its path.

    The copy is verified and described by a manifest before it appears under that name
    (:func:`core.sqlite_backup.take`); a damaged database is refused, unless ``refuse_corrupt`` is
    off (then it is copied as it is, its problems in the manifest).
    """
    with _engine(database) as engine:
        source = _sqlite_file(engine) if _is_sqlite(engine) else None
    if source is None:
        raise InvalidInput(
            "migrations.no_backup", "only a SQLite database file can be backed up this way", {}
        )
    path = sqlite_backup.unique_path(source, kind)
    sqlite_backup.take(source, path, refuse_corrupt=refuse_corrupt)
    return path


def restore_sqlite_backup(
    database: DatabaseLike, path: Path | str, *, force: bool = False
) -> sqlite_backup.BackupCheck:
    """Put a backup taken by :func:`backup_sqlite` back into the database's file.

    The backup is verified first (:func:`core.sqlite_backup.verify`: manifest, integrity check;
    ``force`` accepts one without a manifest), then written into the live file with the online
    backup API, in one transaction.
    """
    backup = Path(path)
    with _engine(database) as engine:
        target = _sqlite_file(engine) if _is_sqlite(engine) else None
        if target is None:
            raise InvalidInput("migrations.no_backup", "only a SQLite database file can be restored", {})
        checked = sqlite_backup.verify(backup, force=force)
        engine.dispose()  # no pooled connection keeps reading the old pages
        sqlite_backup.online_copy(backup, target)
        engine.dispose()
    return checked


# -- running -----------------------------------------------------------------------------
def upgrade(
    database: DatabaseLike,
    target: str = "heads",
    progress: Progress | None = None,
    registry: ModuleRegistry | None = None,
    backup: bool = True,
    mark_destructive: bool = False,
    check: Check | None = None,
) -> MigrationPlan:
    """Upgrade to ``target``; returns the executed plan (with the SQLite backup path, if any).

    ``mark_destructive`` renders each applied revision to mark its destructive statements
    (costly; callers that showed a plan first already have the marks). ``check`` (see
    :data:`Check`) may refuse the run from inside its transaction.
    """
    return _run(database, target, "upgrade", progress, registry, backup, mark_destructive, check)


def downgrade(
    database: DatabaseLike,
    target: str,
    progress: Progress | None = None,
    registry: ModuleRegistry | None = None,
    backup: bool = True,
    mark_destructive: bool = False,
    check: Check | None = None,
) -> MigrationPlan:
    """Downgrade to ``target`` (what depends on the removed revisions goes too)."""
    return _run(database, target, "downgrade", progress, registry, backup, mark_destructive, check)


def _run(
    database: DatabaseLike,
    target: str,
    direction: Direction,
    progress: Progress | None,
    registry: ModuleRegistry | None,
    backup: bool,
    mark_destructive: bool = False,
    check: Check | None = None,
) -> MigrationPlan:
    registry = _registry(registry)
    resolved = resolve_target(target, direction, registry)
    with _engine(database) as engine:
        backup_path = None
        if backup and _wants_backup(engine) and not plan(engine, target, direction, registry).is_empty:
            backup_path = backup_sqlite(engine)
        return _run_online(
            engine, resolved, direction, progress, registry, backup_path, mark_destructive, check
        )


def _wants_backup(engine: Engine) -> bool:
    """A SQLite file with tables in it (a new, empty database holds nothing worth a copy)."""
    if not _is_sqlite(engine) or _sqlite_file(engine) is None:
        return False
    with engine.connect() as connection:
        names = set(inspect(connection).get_table_names()) - {"alembic_version"}
        connection.rollback()
    return bool(names)


def _run_online(
    engine: Engine,
    target: Target,
    direction: Direction,
    progress: Progress | None,
    registry: ModuleRegistry,
    backup_path: Path | None,
    mark_destructive: bool = False,
    check: Check | None = None,
) -> MigrationPlan:
    scripts = script_directory(registry)
    run = _RunState(direction, registry, progress)
    config = _base_config(registry)
    config.attributes["on_version_apply"] = run.on_version_apply

    def steps_for(heads: Sequence[str], context: Any) -> list[RevisionStep]:
        _refuse_drift(scripts, heads)  # read inside the transaction: authoritative
        run.steps = _revision_steps(scripts, target, heads, direction)
        if check is not None:
            check(context.connection, tuple(step.revision.revision for step in run.steps))
        return run.steps

    try:
        with _ALEMBIC_LOCK:
            if _is_sqlite(engine):
                # Alembic commits each revision (SQLite declares no transactional DDL).
                with engine.connect() as connection:
                    config.attributes["connection"] = connection
                    _run_env(config, scripts, steps_for, target)
                    if connection.in_transaction():
                        connection.commit()
            else:
                # One transaction for the whole run; the advisory lock queues concurrent runs.
                with engine.begin() as connection:
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
                    config.attributes["connection"] = connection
                    _run_env(config, scripts, steps_for, target)
    except PlatformError:
        raise
    except Exception as exc:
        raise run.failure(exc, engine, backup_path) from exc
    # Destructive marks only now: rendering a revision must not run inside Alembic's environment.
    done = tuple(run.done)
    if mark_destructive:
        done = tuple(_with_destructive(step, registry) for step in done)
    return MigrationPlan(target.text, target.spec, direction, done, backup_path)


def _with_destructive(step: PlanStep, registry: ModuleRegistry) -> PlanStep:
    marks = destructive_statements(step.revision, step.direction, registry)
    return PlanStep(step.revision, step.branch, step.message, step.direction, step.path, tuple(marks))


def _run_env(config: Config, scripts: ScriptDirectory, fn: Any, target: Target) -> None:
    with EnvironmentContext(config, scripts, fn=fn, as_sql=False, destination_rev=target.spec):
        scripts.run_env()


@dataclass
class _RunState:
    """Progress of one run: the steps Alembic chose and those applied so far."""

    direction: Direction
    registry: ModuleRegistry
    progress: Progress | None
    steps: list[RevisionStep] = field(default_factory=list)
    done: list[PlanStep] = field(default_factory=list)

    def on_version_apply(self, ctx: Any, step: MigrationInfo, heads: Any, run_args: Any) -> None:
        script = next(s.revision for s in self.steps if s.revision.revision == step.up_revision_id)
        # No destructive marks here: rendering SQL would replace Alembic's running `op` proxy.
        plan_step = _plan_step(script, self.direction, self.registry, with_destructive=False)  # type: ignore[arg-type]
        self.done.append(plan_step)
        if self.progress is not None:
            self.progress(plan_step, len(self.done), len(self.steps))

    def failure(self, exc: Exception, engine: Engine, backup_path: Path | None) -> MigrationFailed:
        failed = self.steps[len(self.done)].revision.revision if len(self.done) < len(self.steps) else None
        sqlite = _is_sqlite(engine)
        # PostgreSQL rolled the whole run back; SQLite kept the revisions committed before.
        kept = [step.revision for step in self.done] if sqlite else []
        where = f" at {failed}" if failed else ""
        if sqlite:
            outcome = f"revisions kept: {', '.join(kept) or 'none'}"
            if backup_path:
                outcome += f"; the database before the run is saved at {backup_path}"
        else:
            outcome = "the whole run was rolled back; the schema is as it was"
        return MigrationFailed(
            f"{self.direction} failed{where}: {exc}; {outcome}",
            {
                "revision": failed,
                "applied": kept,
                "rolled_back": not sqlite,
                "backup": str(backup_path) if backup_path else None,
                "error": str(exc),
            },
            backup_path,
        )


__all__ = [
    "Branch",
    "BranchStatus",
    "Check",
    "MigrationFailed",
    "MigrationPlan",
    "PlanStep",
    "RevisionInfo",
    "Target",
    "alembic_config",
    "backup_sqlite",
    "branches",
    "current_heads",
    "destructive_statements",
    "downgrade",
    "offline_sql",
    "plan",
    "resolve_target",
    "restore_sqlite_backup",
    "script_directory",
    "script_location",
    "status",
    "upgrade",
    "validate_migration_files",
    "version_locations",
]
