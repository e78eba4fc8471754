"""Targets and plans: what an upgrade or downgrade to a target would run, in order. Runs nothing.

A target is typed as ``heads``, ``MODULE`` (= ``MODULE@head``), ``MODULE@head``, ``MODULE@base``,
``base`` or a revision id; :func:`resolve_target` turns it into Alembic's spelling and refuses a
target that makes no sense for the direction. :func:`plan` asks Alembic for the revisions between
the database's stored heads and the target, each with its destructive marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic.runtime.migration import RevisionStep
from alembic.script import Script, ScriptDirectory
from alembic.util import CommandError

from core.errors import InvalidInput, NotFound, Refused
from core.migrations.database import DatabaseLike
from core.migrations.destructive import destructive_statements
from core.migrations.drift import refuse_unknown_heads
from core.migrations.revisions import Branch, branches, registry_or_default
from core.migrations.scripts import applied, current_heads, known, revision_info, script_directory
from core.migrations.terms import STATUS_HINT, TARGET_FORMS, Direction, as_direction
from core.registry import ModuleRegistry


@dataclass(frozen=True)
class Target:
    text: str  # as typed
    spec: str  # Alembic's spelling: heads, base, payments@head, payments@base, payments_001
    branch: str | None = None

    @property
    def is_revision(self) -> bool:
        return self.branch is not None and "@" not in self.spec


@dataclass(frozen=True)
class PlanStep:
    revision: str
    branch: str
    message: str
    direction: Direction
    path: Path
    destructive: tuple[str, ...] = ()  # statements that drop or rewrite data

    def to_dict(self) -> dict[str, Any]:
        named = {key: getattr(self, key) for key in ("revision", "branch", "message", "direction")}
        return named | {"destructive": list(self.destructive)}


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


# -- targets -------------------------------------------------------------------------------------
def resolve_target(
    target: str, direction: Direction | None = None, registry: ModuleRegistry | None = None
) -> Target:
    """``heads``, ``MODULE`` (= ``MODULE@head``), ``MODULE@head``, ``MODULE@base`` or a revision id."""
    registry = registry_or_default(registry)
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
    elif known(script_directory(registry), typed) and re.fullmatch(r"[a-z][a-z0-9_]*_\d{3,}", typed):
        branch = _find_branch(typed.rsplit("_", 1)[0], registry)
        resolved = Target(typed, typed, branch.label)
    else:
        branch = _find_branch(typed, registry)
        resolved = Target(typed, f"{branch.label}@head", branch.label)
    _check_direction(resolved, direction)
    return resolved


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


# -- plans ---------------------------------------------------------------------------------------
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
    direction = as_direction(direction)
    registry = registry_or_default(registry)
    resolved = resolve_target(target, direction, registry)
    scripts = script_directory(registry)
    heads = current_heads(database)
    refuse_unknown_heads(scripts, heads)
    steps = revision_steps(scripts, resolved, heads, direction)
    return MigrationPlan(
        target=resolved.text,
        resolved=resolved.spec,
        direction=direction,
        steps=tuple(
            plan_step(step.revision, direction, registry, with_destructive=mark_destructive)  # type: ignore[arg-type]
            for step in steps
        ),
    )


def revision_steps(
    scripts: ScriptDirectory, target: Target, heads: Sequence[str], direction: Direction
) -> list[RevisionStep]:
    """Alembic's steps from ``heads`` to ``target``."""
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
    done = applied(scripts, heads)
    if target.spec not in done:
        raise InvalidInput(
            "migrations.not_applied",
            f"{target.spec} is not applied, so there is nothing to downgrade to; {STATUS_HINT}",
            {"target": target.text},
        )
    revision = scripts.get_revision(target.spec)
    # nextrev: the revisions whose down_revision is this one (its own branch; dependencies excluded)
    return revision is not None and not (revision.nextrev & done)


def plan_step(
    script: Script, direction: Direction, registry: ModuleRegistry, with_destructive: bool = True
) -> PlanStep:
    info = revision_info(script, registry)
    destructive = destructive_statements(script.revision, direction, registry) if with_destructive else []
    return PlanStep(info.revision, info.branch, info.message, direction, info.path, tuple(destructive))


def with_destructive(step: PlanStep, registry: ModuleRegistry) -> PlanStep:
    """``step`` with its destructive marks (a run marks the steps it applied once it is over)."""
    marks = destructive_statements(step.revision, step.direction, registry)
    return PlanStep(step.revision, step.branch, step.message, step.direction, step.path, tuple(marks))


def plan_changed(expected: Sequence[str], actual: Sequence[str]) -> Refused:
    """The refusal of a run whose revisions are not those the caller was shown."""
    return Refused(
        "migrations.plan_changed",
        f"the plan changed since it was shown (shown: {', '.join(expected) or 'nothing'}; now: "
        f"{', '.join(actual) or 'nothing'}): the database was migrated meanwhile; plan again",
        {"expected": list(expected), "actual": list(actual)},
    )


__all__ = [
    "MigrationPlan",
    "PlanStep",
    "Target",
    "plan",
    "plan_changed",
    "plan_step",
    "resolve_target",
    "revision_steps",
    "with_destructive",
]
