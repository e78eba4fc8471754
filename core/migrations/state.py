"""Where the schema stands: per branch the current revision, the head and what is pending, and
*schema drift* (revisions stored in the database that this code does not know).

:func:`status` is the runner's view; :func:`overview` adds what a person wants to see (the
console's migrations page and ``platformctl migrate status``): the platforms each module is
enabled on (one ``GROUP BY``), each branch's history, the drift explained, and a summary. A
database migrated by a newer release is read-only: nothing is migrated down behind anybody's back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import Connection, func, inspect, select

from core.db import Database
from core.graph import topological_order
from core.migrations.database import DatabaseLike
from core.migrations.revisions import Branch, as_tuple, branches, registry_or_default
from core.migrations.scripts import (
    RevisionInfo,
    applied,
    branch_chain,
    branch_of,
    current_heads,
    history,
    revision_info,
    script_directory,
    unknown_heads,
)
from core.migrations.terms import plural
from core.models import PlatformModule
from core.registry import ModuleRegistry

_REVISION_RE = re.compile(r"^(?P<package>[a-z][a-z0-9_]*)_(?P<seq>\d{3,})$")


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
        return {**_where(self), "drift": self.drift, "unknown": list(self.unknown)}


def _where(row: BranchStatus | BranchRow) -> dict[str, Any]:
    """The fields a branch's JSON starts with: where it is and what is pending."""
    where = {key: getattr(row, key) for key in ("branch", "module", "current", "head")}
    return where | {"pending": [r.revision for r in row.pending]}


def status(database: DatabaseLike, registry: ModuleRegistry | None = None) -> list[BranchStatus]:
    """Per branch: the current revision, the head and what is pending; drift is reported, not raised."""
    registry = registry_or_default(registry)
    scripts = script_directory(registry)
    heads = current_heads(database)
    done_all = applied(scripts, heads)
    unknown = unknown_heads(scripts, heads)
    result: list[BranchStatus] = []
    for branch in _ordered_branches(scripts, registry):
        chain = branch_chain(scripts, branch.label)
        done = [script for script in chain if script.revision in done_all]
        ours = tuple(rev for rev in unknown if _prefix_matches(rev, branch.package))
        result.append(
            BranchStatus(
                branch=branch.label,
                module=branch.module,
                current=ours[-1] if ours else (done[-1].revision if done else None),
                head=chain[-1].revision if chain else None,
                pending=() if ours else tuple(revision_info(s, registry) for s in chain[len(done) :]),
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


def _ordered_branches(scripts: ScriptDirectory, registry: ModuleRegistry) -> list[Branch]:
    """Branches in migration order: a branch after those its revisions depend on (ties by label)."""
    by_label = {branch.label: branch for branch in branches(registry)}
    needs: dict[str, set[str]] = {label: set() for label in by_label}
    for script in scripts.walk_revisions():
        label = branch_of(script, registry).label
        for dep in (*as_tuple(script.down_revision), *as_tuple(script.dependencies)):
            needs[label].update(
                branch_of(r, registry).label for r in scripts.get_revisions(dep) if r is not None
            )
        needs[label].discard(label)
    return [by_label[label] for label in topological_order(needs)]


def _prefix_matches(revision: str, package: str) -> bool:
    return re.fullmatch(rf"{re.escape(package)}_\d{{3,}}", revision) is not None


# -- schema drift, explained ---------------------------------------------------------------------
@dataclass(frozen=True)
class SchemaProblem:
    """Schema drift: revisions in the database that the code does not know."""

    code: str  # migrations.database_newer | migrations.unknown_revisions
    branch: str
    revisions: tuple[str, ...]
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "branch": self.branch,
            "revisions": list(self.revisions),
            "message": self.message,
        }


def schema_problems(entries: list[BranchStatus]) -> list[SchemaProblem]:
    """One problem per branch with revisions the code does not know, saying what it means."""
    problems = []
    for entry in entries:
        if not entry.unknown:
            continue
        newer = entry.head is not None and all(_seq(r) > _seq(entry.head) for r in entry.unknown)
        revs = ", ".join(entry.unknown)
        if newer:
            message = (
                f"branch {entry.branch}: the database is at {revs}, beyond this code's head "
                f"{entry.head}: it was migrated by a newer release of the platform. It is read-only "
                "here: run that release (or a newer one) to migrate it; nothing is migrated down "
                "behind your back."
            )
            code = "migrations.database_newer"
        elif entry.head is None:
            message = (
                f"the database holds {revs} of branch {entry.branch!r}, which this code does not "
                "have: a module removed from this release, or added by another one. Nothing can be "
                "migrated until the code knows every revision stored in the database."
            )
            code = "migrations.unknown_revisions"
        else:
            message = (
                f"branch {entry.branch}: the database is at {revs}, a revision this code does not "
                f"have (its head is {entry.head}): it was renamed or removed from the code, or the "
                "database was migrated by another build. Nothing can be migrated until the code "
                "knows every revision stored in the database."
            )
            code = "migrations.unknown_revisions"
        problems.append(SchemaProblem(code, entry.branch, entry.unknown, message))
    return problems


def _seq(revision: str) -> int:
    match = _REVISION_RE.match(revision)
    return int(match["seq"]) if match else -1


# -- the overview a person reads -----------------------------------------------------------------
@dataclass(frozen=True)
class BranchRow:
    """One branch as the migrations page and ``migrate status`` show it."""

    branch: str
    module: str | None  # owning module ("core" for the framework); None: a branch the code lacks
    current: str | None
    head: str | None
    pending: tuple[RevisionInfo, ...]
    enabled_on: int | None  # platforms the module is enabled on (None: no platform_modules yet)
    drift: bool = False
    unknown: tuple[str, ...] = ()
    history: tuple[str, ...] = ()  # the branch's revisions in the code, base first

    @property
    def applied(self) -> tuple[str, ...]:
        """The branch's revisions applied in the database, base first."""
        if self.current is None or self.current not in self.history:
            return ()
        return self.history[: self.history.index(self.current) + 1]

    @property
    def behind(self) -> bool:
        return bool(self.pending)

    def to_dict(self) -> dict[str, Any]:
        return {
            **_where(self),
            "pending_messages": [{"revision": r.revision, "message": r.message} for r in self.pending],
            "enabled_on": self.enabled_on,
            "drift": self.drift,
            "unknown": list(self.unknown),
            "history": list(self.history),
        }


@dataclass(frozen=True)
class MigrationStatus:
    branches: tuple[BranchRow, ...]
    problems: tuple[SchemaProblem, ...] = ()
    dialect: str = ""

    @property
    def behind(self) -> int:
        return sum(1 for b in self.branches if b.pending)

    @property
    def pending(self) -> int:
        return sum(len(b.pending) for b in self.branches)

    @property
    def empty(self) -> bool:
        """Nothing applied at all (a new database)."""
        return all(b.current is None for b in self.branches)

    @property
    def database_newer(self) -> bool:
        return any(p.code == "migrations.database_newer" for p in self.problems)

    @property
    def read_only(self) -> bool:
        """With drift nothing can be planned or run until the code knows every stored revision."""
        return bool(self.problems)

    @property
    def summary(self) -> str:
        if self.problems:
            what = (
                "the database is newer than this code"
                if self.database_newer
                else "the database holds revisions this code does not know"
            )
            return f"{what}: read-only, nothing can be migrated"
        if not self.pending:
            return "all modules at head"
        return f"{plural(self.behind, 'module')} behind, {plural(self.pending, 'revision')} pending" + (
            " (empty database)" if self.empty else ""
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "branches": [b.to_dict() for b in self.branches],
            "behind": self.behind,
            "pending": self.pending,
            "summary": self.summary,
            "problems": [p.to_dict() for p in self.problems],
            "read_only": self.read_only,
            "database_newer": self.database_newer,
        }


def overview(db: Database, registry: ModuleRegistry) -> MigrationStatus:
    """Every branch with its current revision, head, pending revisions and enabled-on count."""
    entries = status(db, registry)
    with db.engine.connect() as conn:
        counts = _enabled_counts(conn)
        conn.rollback()
    scripts = script_directory(registry)
    rows = tuple(
        BranchRow(
            branch=e.branch,
            module=e.module,
            current=e.current,
            head=e.head,
            pending=e.pending,
            enabled_on=None if counts is None or e.module is None else counts.get(e.module, 0),
            drift=e.drift,
            unknown=e.unknown,
            history=history(scripts, e.branch) if e.head else (),
        )
        for e in entries
    )
    return MigrationStatus(rows, tuple(schema_problems(entries)), db.engine.dialect.name)


def _enabled_counts(conn: Connection) -> dict[str, int] | None:
    """module code -> platforms it is enabled on; one GROUP BY. None before the framework tables."""
    if not inspect(conn).has_table("platform_modules"):
        return None
    pm = PlatformModule.__table__
    stmt = select(pm.c.module_code, func.count()).where(pm.c.enabled.is_(True)).group_by(pm.c.module_code)
    return {code: int(count) for code, count in conn.execute(stmt).all()}


__all__ = [
    "BranchRow",
    "BranchStatus",
    "MigrationStatus",
    "SchemaProblem",
    "overview",
    "schema_problems",
    "status",
]
