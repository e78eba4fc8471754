"""The downgrade guard: a downgrade that drops a module's tables waits until that module is
enabled on no platform.

A plan drops a module's tables when it takes the module's branch below its first revision, or
runs a ``DROP TABLE`` (Alembic also downgrades what depends on the removed revisions, and those
count too). :func:`find_guard` says which of those modules are still enabled, and where; the
service checks it before a run, and :func:`in_transaction_check` again inside the run's
transaction (with ``platform_modules`` locked on PostgreSQL), together with the revisions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, inspect, select, text

from core.db import Database
from core.errors import Refused
from core.migrations.destructive import DROP_TABLE
from core.migrations.planning import MigrationPlan, plan_changed
from core.migrations.running import Check
from core.migrations.scripts import script_directory
from core.migrations.terms import names, plural
from core.models import Platform, PlatformModule
from core.registry import ModuleRegistry

PLATFORM_SAMPLE = 10  # platforms named in a refusal or a drift row; the count says the rest


@dataclass(frozen=True)
class Guard:
    """Modules a downgrade would take tables from while they are enabled on platforms."""

    modules: tuple[str, ...]
    per_module: dict[str, int]  # module -> platforms it is enabled on
    platforms: tuple[str, ...]  # up to PLATFORM_SAMPLE platform codes
    platform_count: int
    core: tuple[str, ...] = ()  # core modules among them: they cannot be disabled

    @property
    def message(self) -> str:
        mods = ", ".join(f"{m} (on {plural(self.per_module[m], 'platform')})" for m in self.modules)
        text_ = (
            f"downgrade refused: it drops the tables of {mods}, enabled on "
            f"{plural(self.platform_count, 'platform')}: {names(self.platforms, self.platform_count)}. "
        )
        optional = [m for m in self.modules if m not in self.core]
        if optional:
            text_ += (
                f"Disable {', '.join(optional)} on every platform first "
                f"(`platformctl modules disable {' '.join(optional)} --all-platforms --cascade`)"
            )
        if self.core:
            text_ += ("; " if optional else "") + (
                f"{', '.join(self.core)} {'is a core module' if len(self.core) == 1 else 'are core modules'}"
                ", on for every platform: its tables stay while platforms exist"
            )
        return text_

    def refusal(self) -> Refused:
        return Refused("migrations.module_enabled", self.message, self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        return {
            "modules": list(self.modules),
            "per_module": dict(self.per_module),
            "platforms": list(self.platforms),
            "platform_count": self.platform_count,
            "core": list(self.core),
        }


def losing_tables(
    plan: MigrationPlan, registry: ModuleRegistry, module_of: Callable[[str], str]
) -> tuple[str, ...]:
    """Modules whose tables ``plan`` drops: a branch taken below its first revision, or a
    revision whose PostgreSQL rendering holds a ``DROP TABLE``."""
    if plan.direction != "downgrade":
        return ()
    scripts = script_directory(registry)
    found: dict[str, None] = {}
    for step in plan.steps:
        script = scripts.get_revision(step.revision)
        first = script is not None and script.down_revision is None
        if first or any(DROP_TABLE.search(s) for s in step.destructive):
            found[module_of(step.branch)] = None
    return tuple(found)


def guard_of(db: Database, modules: Sequence[str], registry: ModuleRegistry) -> Guard | None:
    """:func:`find_guard` on a connection of its own."""
    with db.engine.connect() as conn:
        found = find_guard(conn, modules, registry)
        conn.rollback()
    return found


def find_guard(conn: Connection, modules: Sequence[str], registry: ModuleRegistry) -> Guard | None:
    """Which of ``modules`` are enabled on platforms (None: none is, the downgrade may go)."""
    if not modules or not inspect(conn).has_table("platform_modules"):
        return None
    pm, p = PlatformModule.__table__, Platform.__table__
    on = (pm.c.enabled.is_(True), pm.c.module_code.in_(list(modules)))
    per_module = {
        code: int(count)
        for code, count in conn.execute(
            select(pm.c.module_code, func.count()).where(*on).group_by(pm.c.module_code)
        ).all()
    }
    if not per_module:
        return None
    total = int(conn.scalar(select(func.count(func.distinct(pm.c.platform_id))).where(*on)) or 0)
    sample = tuple(
        conn.scalars(
            select(p.c.code)
            .where(p.c.id.in_(select(pm.c.platform_id).where(*on)))
            .order_by(p.c.code)
            .limit(PLATFORM_SAMPLE)
        ).all()
    )
    blocked = tuple(m for m in modules if m in per_module)
    core = tuple(m for m in blocked if m in registry and registry.get(m).is_core)
    return Guard(blocked, {m: per_module[m] for m in blocked}, sample, total, core)


def in_transaction_check(
    revisions: tuple[str, ...], losing: tuple[str, ...], registry: ModuleRegistry
) -> Check:
    """What runs inside the run's transaction before the first revision: the revisions are
    those checked, and (downgrades) no module losing tables got enabled meanwhile."""

    def check(conn: Connection, chosen: tuple[str, ...]) -> None:
        if chosen != revisions:
            raise plan_changed(revisions, chosen)
        if not losing:
            return
        if conn.dialect.name == "postgresql" and inspect(conn).has_table("platform_modules"):
            # Until commit nobody enables (or inserts) a module whose tables go away.
            conn.execute(text("LOCK TABLE platform_modules IN SHARE MODE"))
        found = find_guard(conn, losing, registry)
        if found is not None:
            raise found.refusal()

    return check


__all__ = ["PLATFORM_SAMPLE", "Guard", "find_guard", "guard_of", "in_transaction_check", "losing_tables"]
