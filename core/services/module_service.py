"""Enable, disable and configure modules per platform.

Every request is planned first (:func:`core.graph.plan_changes`), then applied in one
transaction: the platform rows locked (PostgreSQL), the enabled sets read under the lock,
the rows written set-based, the hooks run, one audit entry written, and the events handed
to the bus only after commit.

Reads (:meth:`ModuleService.module_status`, :meth:`~ModuleService.enabled_matrix`,
:meth:`~ModuleService.plan`) go through SQLAlchemy Core on a Connection (:meth:`core.db.Database.read`)
and load no ORM; writes take a Session (:meth:`core.db.Database.transaction`).
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, bindparam, false, func, or_, select, text, true, update

from core.actor import Actor
from core.db import Database, connection_of, dialect_name, notify_consoles, pg_array, utcnow
from core.definition import HookContext, ModuleDefinition
from core.errors import InvalidInput, NotFound, PlatformError, Refused
from core.events import ModuleEvent, ModuleEventBus, ModuleEventData
from core.events import bus as default_bus
from core.gc_pause import no_cycle_collection
from core.graph import ChangeRequest, Plan, PlatformPlan, Refusal, plan_changes, relevant_modules
from core.registry import ModuleRegistry, default_registry
from core.secrets import decrypt_secrets, mask_secrets
from core.services.platforms import PlatformRef, all_platforms, resolve_platforms
from core.tables import platform_modules
from core.wording import count_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.services.module_config import ConfigureResult

WRITE_BATCH = 2000

Progress = Callable[[int, int], None]


class Cancelled(Refused):
    def __init__(self) -> None:
        super().__init__("operation.cancelled", "cancelled before anything was written")


@dataclass(frozen=True)
class Target:
    """Which platforms a request is about: named codes and / or platforms with any of ``tags``
    (the union), or all; less the platforms with any of ``exclude_tags``. For a platform admin,
    "all" and the tags select among their own platforms."""

    codes: tuple[str, ...] = ()
    all: bool = False
    tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()

    @classmethod
    def of(
        cls,
        codes: Sequence[str] | None = None,
        all_platforms: bool = False,
        tags: Sequence[str] | None = (),
        exclude_tags: Sequence[str] | None = (),
    ) -> Target:
        from core.services.platform_tags import check_tags  # lazy: start-up time

        if all_platforms and (codes or tags):
            raise InvalidInput(
                "platform.both",
                "--all-platforms stands alone: use it, or --platform and / or --tag, not both",
            )
        if not all_platforms and not codes and not tags:
            raise InvalidInput(
                "platform.none",
                "name at least one platform (--platform CODE), a tag (--tag TAG) or use --all-platforms",
            )
        return cls(
            tuple(codes or ()),
            all_platforms,
            check_tags(tags or (), required=False),
            check_tags(exclude_tags or (), required=False),
        )

    def describe(self) -> list[str] | str | dict[str, Any]:
        """For the audit entry: "all", the codes, or (with tags) what was asked."""
        plain: list[str] | str = "all" if self.all else list(self.codes)
        if not self.tags and not self.exclude_tags:
            return plain
        return {"platforms": plain, "tags": list(self.tags), "exclude_tags": list(self.exclude_tags)}


@dataclass
class ApplyResult:
    plan: Plan
    applied: list[PlatformPlan] = field(default_factory=list)
    skipped: list[PlatformPlan] = field(default_factory=list)
    dry_run: bool = False

    def to_dict(self, limit: int | None = 200) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "applied": len(self.applied),
            "skipped": [p.to_dict() for p in (self.skipped if limit is None else self.skipped[:limit])],
            "plan": self.plan.to_dict(limit=limit),
        }


@dataclass(frozen=True)
class ModuleState:
    code: str
    name: str
    tier: str
    enabled: bool
    since: datetime | None
    by: str | None
    config: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "tier": self.tier,
            "enabled": self.enabled,
            "since": self.since.isoformat() if self.since else None,
            "by": self.by,
            "config": self.config,
        }


class ModuleService:
    def __init__(
        self, db: Database, registry: ModuleRegistry | None = None, bus: ModuleEventBus | None = None
    ) -> None:
        self.db = db
        self.registry = registry or default_registry()
        self.bus = bus or default_bus

    # -- reading -------------------------------------------------------------------
    def visible_modules(self, actor: Actor) -> list[ModuleDefinition]:
        actor.require("modules.view")
        show_internal = actor.can("modules.internal")
        return [m for m in self.registry if show_internal or not m.is_internal]

    def module_status(self, actor: Actor, platform: str) -> list[ModuleState]:
        actor.require("modules.view")
        pm = platform_modules.c
        with self.db.read() as conn:
            ref = resolve_platforms(conn, [platform])[0]
            stmt = select(
                pm.module_code,
                pm.enabled,
                pm.config,
                pm.enabled_at,
                pm.enabled_by,
                pm.disabled_at,
                pm.disabled_by,
            ).where(pm.platform_id == ref.id)
            rows = {r.module_code: r for r in conn.execute(stmt)}
        out = []
        for module in self.visible_modules(actor):
            row = rows.get(module.code)
            enabled = bool(row and row.enabled)
            since = (row.enabled_at if enabled else row.disabled_at) if row else None
            by = (row.enabled_by if enabled else row.disabled_by) if row else None
            config = module.full_config(row.config if row else None)
            out.append(
                ModuleState(
                    module.code,
                    module.name,
                    module.tier.value,
                    enabled,
                    since,
                    by,
                    mask_secrets(config, module.secret_fields),
                )
            )
        return out

    def enabled_sets(
        self,
        session: Session | Connection,
        refs: Sequence[PlatformRef],
        *,
        within: Any = None,
        among: frozenset[str] | None = None,
    ) -> dict[str, frozenset[str]]:
        """platform code -> enabled module codes; one aggregated row per platform.

        Many platforms share a configuration, so equal sets are one shared object and plans can
        share their work. ``within(select, platform id column)``: the select restricted to the
        ids ``refs`` were read from (one rollout wave, say: ``rollout_rows.within``), so that many
        platforms are read without reading them all. ``among``: only these modules are read
        (those a plan depends on: :func:`core.graph.relevant_modules`).
        """
        pm = platform_modules.c
        pg = dialect_name(session) == "postgresql"
        agg = func.string_agg(pm.module_code, ",") if pg else func.group_concat(pm.module_code, ",")
        stmt = select(pm.platform_id, agg).where(pm.enabled.is_(True)).group_by(pm.platform_id)
        if among is not None:
            stmt = stmt.where(pm.module_code.in_(sorted(among)))
        if within is not None:
            stmt = within(stmt, pm.platform_id)
        elif len(refs) <= 5000:
            stmt = stmt.where(pm.platform_id.in_([r.id for r in refs]))
        interned: dict[str, frozenset[str]] = {"": frozenset()}
        by_id: dict[int, frozenset[str]] = {}
        for pid, codes in connection_of(session).execute(stmt).all():
            key = codes or ""
            found = interned.get(key)
            if found is None:
                found = frozenset(key.split(","))
                # The same set in another order is still the same set.
                found = interned[key] = next((v for v in interned.values() if v == found), found)
            by_id[pid] = found
        empty = interned[""]
        return {ref.code: by_id.get(ref.id, empty) for ref in refs}

    def enabled_matrix(self, actor: Actor, target: Target) -> dict[str, frozenset[str]]:
        actor.require("modules.view")
        with self.db.read() as conn:
            refs = self._targets(conn, actor, target, "modules.view", lock=False)[0]
            return self.enabled_sets(conn, refs)

    # -- planning --------------------------------------------------------------------
    def _targets(
        self, session: Session | Connection, actor: Actor, target: Target, permission: str, *, lock: bool
    ) -> tuple[list[PlatformRef], dict[str, Refusal]]:
        """The platforms, plus a refusal for each named one the actor may not touch."""
        actor.require(permission)  # the role must hold the permission somewhere
        if target.tags or target.exclude_tags:
            return resolve_tagged(session, actor, target, permission, lock=lock)
        if target.all:
            refs = all_platforms(session, actor.platform_filter(permission), lock=lock)
            return refs, {}
        refs = resolve_platforms(session, target.codes, lock=lock)
        return refs, _denied(actor, refs, permission)

    def _plan(
        self,
        session: Session | Connection,
        actor: Actor,
        target: Target,
        request: ChangeRequest,
        *,
        lock: bool,
    ) -> tuple[Plan, dict[str, int]]:
        refs, denied = self._targets(session, actor, target, "modules.toggle", lock=lock)
        return self.plan_on(session, actor, refs, request, denied=denied)

    def plan_on(
        self,
        session: Session | Connection,
        actor: Actor,
        refs: Sequence[PlatformRef],
        request: ChangeRequest,
        *,
        denied: dict[str, Refusal] | None = None,
        within: Any = None,
    ) -> tuple[Plan, dict[str, int]]:
        """The plan of ``request`` on platforms already read (and locked, for a write); ``denied``
        adds a refusal to those platforms; ``within``: see :meth:`enabled_sets`."""
        among = relevant_modules(self.registry, request)  # what else is on changes no plan
        enabled = self.enabled_sets(session, refs, within=within, among=among)
        plan = plan_changes(self.registry, enabled, request, allow_internal=actor.can("modules.internal"))
        if denied:
            plan.platforms = [
                PlatformPlan(p.platform, p.changes, (*p.refusals, denied[p.platform]))
                if p.platform in denied
                else p
                for p in plan.platforms
            ]
        return plan, {r.code: r.id for r in refs}

    def plan(self, actor: Actor, target: Target, request: ChangeRequest) -> Plan:
        """The preview: what ``request`` would do on each platform. Writes nothing."""
        with no_cycle_collection(), self.db.read() as conn:
            return self._plan(conn, actor, target, request, lock=False)[0]

    # -- applying --------------------------------------------------------------------
    def apply(
        self,
        actor: Actor,
        target: Target,
        request: ChangeRequest,
        *,
        skip_refused: bool = False,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ApplyResult:
        if dry_run:
            plan = self.plan(actor, target, request)
            return ApplyResult(plan, plan.applicable, plan.refused, dry_run=True)
        from core.services.audit import AuditDraft, audited, summarize_plan  # lazy: the ORM, for writes

        modules = [*request.enable, *request.disable]
        draft = AuditDraft(
            "modules.enable"
            if request.enable and not request.disable
            else "modules.disable"
            if request.disable and not request.enable
            else "modules.change",
            {
                "enable": list(request.enable),
                "disable": list(request.disable),
                "cascade": request.cascade,
                "platforms": target.describe(),
                "skip_refused": skip_refused,
            },
            platforms=list(target.codes),
            modules=modules,
        )
        events: list[ModuleEventData] = []
        with no_cycle_collection(), audited(self.db, actor, draft) as session:
            plan, ids = self._plan(session, actor, target, request, lock=True)
            draft.plan = summarize_plan(plan)
            draft.platforms = [p.platform for p in plan.platforms]
            draft.modules = sorted({c.module for p in plan.platforms for c in p.changes} | set(modules))
            if plan.refused and not skip_refused:
                raise _refusal_error(plan)
            applicable = plan.applicable
            events = self.write_planned(session, actor, applicable, ids, progress, cancel)
            draft.message = plan.headline()
        self.bus.emit_all(events)
        return ApplyResult(plan, applicable, plan.refused)

    def write_planned(
        self,
        session: Session,
        actor: Actor,
        plans: list[PlatformPlan],
        ids: dict[str, int],
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> list[ModuleEventData]:
        """Write planned changes in the caller's transaction: the rows set-based, the hooks, the
        consoles told; the events to emit once the transaction has committed."""
        self._write(session, actor, plans, ids, progress, cancel)
        self._run_hooks(session, actor, plans, ids)
        self._notify(session, len(plans))
        return self._events(actor, plans) if self.bus.has_subscribers() else []

    def _write(
        self,
        session: Session,
        actor: Actor,
        plans: list[PlatformPlan],
        ids: dict[str, int],
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> None:
        now = utcnow()
        total = len(plans)
        table = platform_modules
        for start in range(0, total, WRITE_BATCH):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            batch = plans[start : start + WRITE_BATCH]
            enable_rows: list[tuple[int, str]] = []
            disable_ids: dict[str, list[int]] = defaultdict(list)
            for p in batch:
                pid = ids[p.platform]
                for change in p.changes:
                    if change.action == "enable":
                        enable_rows.append((pid, change.module))
                    else:
                        disable_ids[change.module].append(pid)
            # Disables first: a cascade never leaves a dependent on while its requirement is off.
            for module, pids in disable_ids.items():
                session.execute(
                    update(table)
                    .where(table.c.module_code == module, table.c.platform_id.in_(pids))
                    .values(enabled=False, disabled_at=now, disabled_by=actor.name)
                )
            if enable_rows:
                self._upsert_enabled(session, enable_rows, actor, now)
            if progress is not None:
                progress(min(start + WRITE_BATCH, total), total)
        if progress is not None and total == 0:
            progress(0, 0)

    def _upsert_enabled(self, session: Session, rows: list[tuple[int, str]], actor: Actor, now: Any) -> None:
        """Insert or re-enable (platform, module) rows; a re-enabled row keeps its config."""
        if dialect_name(session) == "postgresql":
            # One statement for the whole batch: two arrays unnested server-side, each bound as
            # one literal (pg_array; a list is dumped element by element in Python).
            session.execute(
                text(
                    "INSERT INTO platform_modules "
                    "(platform_id, module_code, enabled, config, enabled_at, enabled_by) "
                    "SELECT r.pid, r.code, true, '{}', :now, :actor "
                    "FROM unnest(CAST(:pids AS integer[]), CAST(:codes AS text[])) AS r(pid, code) "
                    "ON CONFLICT (platform_id, module_code) DO UPDATE SET enabled = true, "
                    "enabled_at = excluded.enabled_at, enabled_by = excluded.enabled_by"
                ),
                {
                    "pids": pg_array([r[0] for r in rows]),
                    "codes": pg_array([r[1] for r in rows]),
                    "now": now,
                    "actor": actor.name,
                },
            )
            return
        # SQLite: one statement over a JSON array of the rows (parameters bound once; an
        # executemany processed every row's parameters in Python, most of the write's time).
        session.execute(
            text(
                "INSERT INTO platform_modules "
                "(platform_id, module_code, enabled, config, enabled_at, enabled_by) "
                "SELECT json_extract(r.value, '$[0]'), json_extract(r.value, '$[1]'), 1, '{}', :now, :actor "
                "FROM json_each(:rows) AS r WHERE true "  # WHERE: SQLite's upsert after a SELECT
                "ON CONFLICT (platform_id, module_code) DO UPDATE SET enabled = 1, "
                "enabled_at = excluded.enabled_at, enabled_by = excluded.enabled_by"
            ).bindparams(bindparam("now", type_=platform_modules.c.enabled_at.type)),
            {"rows": json.dumps(rows), "now": now, "actor": actor.name},
        )

    def _run_hooks(
        self, session: Session, actor: Actor, plans: list[PlatformPlan], ids: dict[str, int]
    ) -> None:
        hooked = {m.code for m in self.registry if m.on_enable or m.on_disable}
        if not hooked:
            return
        for p in plans:
            for change in p.changes:
                if change.module not in hooked:
                    continue
                module = self.registry.get(change.module)
                hook = module.on_enable if change.action == "enable" else module.on_disable
                if hook is None:
                    continue
                pm = platform_modules.c
                row = session.scalar(
                    select(pm.config).where(pm.platform_id == ids[p.platform], pm.module_code == module.code)
                )
                config = decrypt_secrets(module.full_config(row), module.secret_fields)
                hook(HookContext(session, ids[p.platform], p.platform, module.code, config, actor.name))

    def _notify(self, session: Session, count: int) -> None:
        """Other consoles on PostgreSQL LISTEN; the notification is delivered on commit."""
        notify_consoles(session, "modules", platforms=count)

    def _events(self, actor: Actor, plans: list[PlatformPlan]) -> list[ModuleEventData]:
        events = []
        for p in plans:
            for c in p.changes:
                kind = ModuleEvent.ENABLED if c.action == "enable" else ModuleEvent.DISABLED
                events.append(
                    ModuleEventData(kind, c.module, p.platform, actor.name, details={"reason": c.reason})
                )
        return events

    # -- configuring -------------------------------------------------------------------
    def configure(
        self, actor: Actor, module_code: str, target: Target, values: dict[str, Any], *, dry_run: bool = False
    ) -> ConfigureResult:
        """Validate ``values`` against the module's schema and store them on each platform
        (``dry_run``: every check, and what would change; nothing written, not audited)."""
        from core.services.module_config import configure  # lazy: the ORM, for writes

        return configure(self, actor, module_code, target, values, dry_run=dry_run)


def _denied(actor: Actor, refs: Sequence[PlatformRef], permission: str) -> dict[str, Refusal]:
    """A refusal for each of ``refs`` the actor may not touch."""
    return {
        r.code: Refusal(
            "permission.denied",
            "*",
            f"{actor.name} ({actor.role}) may not {permission} on {r.code}",
            {"permission": permission, "platform": r.code},
        )
        for r in refs
        if not actor.can(permission, r.id)
    }


def resolve_tagged(
    session: Session | Connection, actor: Actor, target: Target, permission: str, *, lock: bool
) -> tuple[list[PlatformRef], dict[str, Refusal]]:
    """A target with tags, in one query: the named platforms, or all (the actor's own for a
    platform admin), plus the platforms with any of ``target.tags`` among those the actor may
    touch, less those with any of ``target.exclude_tags``; in id order (row locks taken in that
    order). Nothing left is ``platform.no_match`` (exit 2), naming the tags that matched nothing."""
    from core.services.platform_tags import tagged_ids  # lazy: start-up time
    from core.tables import platforms

    named = resolve_platforms(session, target.codes) if target.codes else []
    reach = actor.platform_filter(permission)
    p = platforms.c
    if target.all:
        chosen = p.id.in_(reach) if reach is not None else true()
    else:
        by_tag = p.id.in_(tagged_ids(target.tags)) if target.tags else false()
        if target.tags and reach is not None:
            by_tag = and_(by_tag, p.id.in_(reach))
        chosen = or_(p.id.in_([r.id for r in named]), by_tag) if named else by_tag
    stmt = select(p.id, p.code, p.name).where(chosen).order_by(p.id)
    if target.exclude_tags:
        stmt = stmt.where(p.id.not_in(tagged_ids(target.exclude_tags)))
    if lock and dialect_name(session) == "postgresql":
        stmt = stmt.with_for_update()
    refs = [PlatformRef._make(row) for row in connection_of(session).execute(stmt).all()]
    if not refs:
        raise _no_match(session, actor, target, permission)
    named_codes = {r.code for r in named}  # only named platforms can be foreign: tags stay in reach
    return refs, _denied(actor, [r for r in refs if r.code in named_codes], permission)


def _no_match(session: Session | Connection, actor: Actor, target: Target, permission: str) -> PlatformError:
    from core.services.platform_tags import tags_in_use  # lazy: start-up time

    used = set(tags_in_use(session, actor.platform_filter(permission)))
    unmatched = [t for t in target.tags if t not in used]
    excluded = ", ".join(target.exclude_tags)
    if unmatched:
        where = " among your platforms" if actor.platform_filter(permission) is not None else ""
        message = f"no platform{where} has the tag(s) {', '.join(unmatched)}"
    else:
        message = f"every platform of the target has one of the excluded tags ({excluded})"
    return NotFound(
        "platform.no_match",
        f"{message}; nothing to do (`platformctl platforms list --tag TAG` shows who has a tag)",
        {"tags": list(target.tags), "unmatched": unmatched, "exclude_tags": list(target.exclude_tags)},
    )


def _refusal_error(plan: Plan) -> PlatformError:
    refused = plan.refused
    first = refused[0].refusals[0]
    more = f" (and {count_of(len(refused) - 1, 'more platform')})" if len(refused) > 1 else ""
    return Refused(
        first.code if len({r.code for p in refused for r in p.refusals}) == 1 else "plan.refused",
        f"{refused[0].platform}: {first.message}{more}; nothing was written "
        "(--skip-refused applies the rest)",
        {"refused": [p.to_dict() for p in refused[:200]], "count": len(refused)},
    )
