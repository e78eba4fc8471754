"""Registry drift, which schema migrations do not see, and its repair.

``platform_modules`` rows can name a module the registry no longer has (renamed: a definition
declares it ``replaces`` the old code; or gone), and a core module can be missing or off on some
platforms. :func:`registry_drift` finds both; :func:`repair` renames the rows of replaced modules
(merging a platform's two rows into one), turns on what a renamed module requires, and enables
the core modules everywhere, in the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import JSON, Boolean, Connection, String, case, exists, func, inspect, literal, select, text
from sqlalchemy.orm import Session

from core.actor import Actor
from core.db import UTCDateTime, utcnow
from core.definition import HookContext
from core.events import ModuleEvent, ModuleEventData
from core.migrations.guard import PLATFORM_SAMPLE
from core.migrations.terms import names, plural
from core.models import Platform, PlatformModule
from core.registry import ModuleRegistry
from core.secrets import decrypt_secrets

DriftKind = Literal["unknown_module", "core_missing"]


@dataclass(frozen=True)
class DriftRow:
    """Registry drift that schema migrations do not see."""

    kind: DriftKind
    module: str
    platform_count: int
    platforms: tuple[str, ...]  # up to PLATFORM_SAMPLE
    replacement: str | None = None  # unknown_module: the module that declares it replaces it
    enabled_count: int = 0  # unknown_module: rows with the module on

    @property
    def repairable(self) -> bool:
        return self.kind == "core_missing" or self.replacement is not None

    @property
    def message(self) -> str:
        where = f"{plural(self.platform_count, 'platform')} ({names(self.platforms, self.platform_count)})"
        if self.kind == "core_missing":
            return f"core module {self.module} is missing or off on {where}; repair enables it"
        if self.replacement:
            return (
                f"{where} still name module {self.module!r}, which {self.replacement} replaces; "
                f"repair renames the rows to {self.replacement}"
            )
        return (
            f"{where} name module {self.module!r}, which no module of this release knows or replaces; "
            "repair leaves these rows alone (install the module again, or declare its replacement)"
        )

    def to_dict(self) -> dict[str, Any]:
        keys = ("kind", "module", "replacement", "platform_count", "enabled_count", "platforms")
        named = {key: getattr(self, key) for key in keys} | {"platforms": list(self.platforms)}
        return named | {"repairable": self.repairable, "message": self.message}


@dataclass
class RepairResult:
    dry_run: bool
    drift: list[DriftRow] = field(default_factory=list)  # as found before the repair
    renamed: list[dict[str, Any]] = field(default_factory=list)  # from, to, rows, merged
    enabled: list[dict[str, Any]] = field(default_factory=list)  # module, platforms, reason
    skipped: list[dict[str, Any]] = field(default_factory=list)  # module, platforms, reason

    @property
    def changed(self) -> bool:
        return bool(self.renamed or self.enabled)

    @property
    def modules(self) -> list[str]:
        """Every module the repair touched, sorted."""
        return sorted(
            {r["from"] for r in self.renamed}
            | {r["to"] for r in self.renamed}
            | {e["module"] for e in self.enabled}
        )

    @property
    def summary(self) -> str:
        if not self.changed:
            return "nothing to repair" + (
                f" ({plural(len(self.skipped), 'unknown module')} left as is)" if self.skipped else ""
            )
        parts = [
            f"renamed {r['from']} to {r['to']} on {plural(r['rows'], 'platform')}"
            + (f" ({r['merged']} merged)" if r["merged"] else "")
            for r in self.renamed
        ]
        parts += [f"enabled {e['module']} on {plural(e['platforms'], 'platform')}" for e in self.enabled]
        if self.skipped:
            parts.append(f"left {', '.join(s['module'] for s in self.skipped)} as is (no replacement)")
        return ("would have " if self.dry_run else "") + "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "drift": [d.to_dict() for d in self.drift],
            "renamed": self.renamed,
            "enabled": self.enabled,
            "skipped": self.skipped,
            "summary": self.summary,
        }


# -- finding drift -------------------------------------------------------------------------------
def registry_drift(conn: Connection, registry: ModuleRegistry) -> list[DriftRow]:
    """``platform_modules`` rows naming unknown modules, and core modules missing on platforms."""
    if not inspect(conn).has_table("platform_modules"):
        return []
    pm, p = PlatformModule.__table__, Platform.__table__
    rows: list[DriftRow] = []
    known = list(registry.modules)
    unknown = conn.execute(
        select(pm.c.module_code, func.count(), func.sum(case((pm.c.enabled.is_(True), 1), else_=0)))
        .where(pm.c.module_code.not_in(known))
        .group_by(pm.c.module_code)
        .order_by(pm.c.module_code)
    ).all()
    for code, count, enabled in unknown:
        sample = conn.scalars(
            select(p.c.code)
            .join(pm, pm.c.platform_id == p.c.id)
            .where(pm.c.module_code == code)
            .order_by(p.c.code)
            .limit(PLATFORM_SAMPLE)
        ).all()
        rows.append(
            DriftRow(
                "unknown_module",
                code,
                int(count),
                tuple(sample),
                replacement=registry.replacement_for(code),
                enabled_count=int(enabled or 0),
            )
        )
    for code in registry.by_tier("core"):
        on = exists().where(pm.c.platform_id == p.c.id, pm.c.module_code == code, pm.c.enabled.is_(True))
        count = int(conn.scalar(select(func.count()).select_from(p).where(~on)) or 0)
        if count:
            sample = conn.scalars(select(p.c.code).where(~on).order_by(p.c.code).limit(PLATFORM_SAMPLE)).all()
            rows.append(DriftRow("core_missing", code, count, tuple(sample)))
    return rows


# -- repairing it --------------------------------------------------------------------------------
@dataclass
class _Repair:
    """One repair's context: who, when, and where the events of enabled modules go."""

    session: Session
    registry: ModuleRegistry
    actor: Actor
    dry_run: bool
    events: list[ModuleEventData] | None
    announce: bool  # someone listens to module events: each platform enabled is one
    now: Any = field(default_factory=utcnow)  # one time for the whole repair

    def enable(self, module: str, only: Any) -> int:
        """Turn ``module`` on for every platform (or those selected by ``only``) where it is off
        or missing; a row that exists keeps its config. Returns the number of platforms."""
        conn = self.session.connection()
        now = self.now
        pm, p = PlatformModule.__table__, Platform.__table__
        on = exists().where(pm.c.platform_id == p.c.id, pm.c.module_code == module, pm.c.enabled.is_(True))
        targets = select(p.c.id, p.c.code).where(~on)
        if only is not None:
            targets = targets.where(p.c.id.in_(only))
        definition = self.registry.get(module)
        wants_each = not self.dry_run and (definition.on_enable is not None or self.announce)
        platforms = conn.execute(targets).all() if wants_each else None
        ids = select(targets.subquery().c.id)
        updated = conn.execute(
            pm.update()
            .where(pm.c.module_code == module, pm.c.enabled.is_(False), pm.c.platform_id.in_(ids))
            .values(enabled=True, enabled_at=now, enabled_by=self.actor.name)
        ).rowcount
        row_exists = exists().where(pm.c.platform_id == p.c.id, pm.c.module_code == module)
        missing = select(
            p.c.id,
            literal(module, String()),
            literal(True, Boolean()),
            literal({}, JSON()),
            literal(now, UTCDateTime()),
            literal(self.actor.name, String()),
        ).where(~row_exists)
        if only is not None:
            missing = missing.where(p.c.id.in_(only))
        columns = ["platform_id", "module_code", "enabled", "config", "enabled_at", "enabled_by"]
        # preserve_rowcount: SQLAlchemy only keeps the rowcount of INSERTs when asked.
        insert = pm.insert().from_select(columns, missing).execution_options(preserve_rowcount=True)
        inserted = conn.execute(insert).rowcount
        for pid, code in platforms or ():
            if definition.on_enable is not None:
                stored = conn.scalar(
                    select(pm.c.config).where(pm.c.platform_id == pid, pm.c.module_code == module)
                )
                config = decrypt_secrets(definition.full_config(stored), definition.secret_fields)
                definition.on_enable(HookContext(self.session, pid, code, module, config, self.actor.name))
            if self.events is not None:
                self.events.append(
                    ModuleEventData(
                        ModuleEvent.ENABLED, module, code, self.actor.name, details={"reason": "repair"}
                    )
                )
        return int(updated or 0) + int(inserted or 0)


def repair(
    session: Session,
    registry: ModuleRegistry,
    actor: Actor,
    *,
    dry_run: bool,
    events: list[ModuleEventData] | None = None,
    announce: bool = False,
) -> RepairResult:
    """Rename the rows of replaced modules, enable what they require and the core modules.

    Runs in ``session``'s transaction (a dry run runs the same statements; the caller rolls them
    back). ``events`` collects a module event per platform enabled when ``announce``."""
    conn = session.connection()
    if not inspect(conn).has_table("platform_modules"):
        return RepairResult(dry_run)
    if not dry_run and conn.dialect.name == "postgresql":
        # Nobody toggles modules while rows are renamed and merged (self-exclusive mode).
        conn.execute(text("LOCK TABLE platform_modules IN SHARE ROW EXCLUSIVE MODE"))
    found = registry_drift(conn, registry)
    result = RepairResult(dry_run, drift=found)
    work = _Repair(session, registry, actor, dry_run, events, announce)
    pulled: dict[str, None] = {}
    for row in found:
        if row.kind != "unknown_module":
            continue
        if row.replacement is None:
            result.skipped.append(
                {"module": row.module, "platforms": row.platform_count, "reason": "no replacement"}
            )
            continue
        rows, merged = _rename(conn, row.module, row.replacement)
        result.renamed.append({"from": row.module, "to": row.replacement, "rows": rows, "merged": merged})
        pulled[row.replacement] = None
    # A renamed module that is on needs its requirements on, as any enable would.
    pm = PlatformModule.__table__
    for module in pulled:
        for requirement in sorted(registry.requirements_closure(module)):
            where = select(pm.c.platform_id).where(pm.c.module_code == module, pm.c.enabled.is_(True))
            count = work.enable(requirement, where)
            if count:
                result.enabled.append(
                    {"module": requirement, "platforms": count, "reason": f"required by {module}"}
                )
    for code in registry.by_tier("core"):
        count = work.enable(code, None)
        if count:
            result.enabled.append({"module": code, "platforms": count, "reason": "core module"})
    return result


def _rename(conn: Connection, old: str, new: str) -> tuple[int, int]:
    """Rename ``old`` rows to ``new``; returns (platforms renamed, of which merged).

    A platform with a row for both codes keeps one row (the unique constraint wants one):
    if exactly one of the two is enabled, that one wins, with its config and history, because
    it is what the platform actually runs; if both are on or both off, the row changed last
    wins, because it is what an administrator decided most recently. Ties go to the new
    code's row. The winner's state lands in the ``new`` row and the ``old`` row is deleted.
    """
    pm = PlatformModule.__table__
    both = select(pm.c.platform_id).where(pm.c.module_code == new)
    olds = conn.execute(select(pm).where(pm.c.module_code == old, pm.c.platform_id.in_(both))).all()
    merged = 0
    if olds:
        news = {
            r.platform_id: r
            for r in conn.execute(
                select(pm).where(pm.c.module_code == new, pm.c.platform_id.in_([o.platform_id for o in olds]))
            ).all()
        }
        for o in olds:
            n = news[o.platform_id]
            if o.enabled != n.enabled:
                old_wins = bool(o.enabled)
            else:
                a, b = _last_change(o), _last_change(n)
                old_wins = a is not None and (b is None or a > b)
            if old_wins:
                conn.execute(
                    pm.update()
                    .where(pm.c.id == n.id)
                    .values(
                        enabled=o.enabled,
                        config=o.config,
                        enabled_at=o.enabled_at,
                        enabled_by=o.enabled_by,
                        disabled_at=o.disabled_at,
                        disabled_by=o.disabled_by,
                    )
                )
            merged += 1
        conn.execute(pm.delete().where(pm.c.id.in_([o.id for o in olds])))
    renamed = conn.execute(pm.update().where(pm.c.module_code == old).values(module_code=new)).rowcount
    return int(renamed or 0) + merged, merged


def _last_change(row: Any) -> Any:
    stamps = [t for t in (row.enabled_at, row.disabled_at) if t is not None]
    return max(stamps) if stamps else None


__all__ = ["DriftKind", "DriftRow", "RepairResult", "registry_drift", "repair"]
