"""What a rollout writes on the platforms: one wave applied, or everything it changed reverted.

Both run inside the caller's transaction (the runner's, with the rollout's row claimed), through
the module service's planning and writing code (:meth:`ModuleService._plan`,
:meth:`ModuleService.write_planned`) and the settings code of :mod:`core.services.module_config`,
so a wave is applied exactly as a plain change would be, and recorded in ``rollout_changes``
in the same transaction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, bindparam, select, update

from core.actor import Actor
from core.events import ModuleEvent, ModuleEventData
from core.gc_pause import pausing_cycle_collection
from core.graph import ChangeRequest, PlatformPlan
from core.secrets import decrypt_secrets, decrypt_value, is_encrypted
from core.services.platforms import PlatformRef
from core.services.rollout_rows import (
    Change,
    ChangeGroup,
    changes,
    mark_rolled_back,
    record_changes,
    refs_of,
    wave_refs,
    wave_targets,
    within,
)
from core.tables import platform_modules

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.services.module_service import ModuleService

ABSENT = {"$absent": True}
CHUNK = 5000


@dataclass
class WaveOutcome:
    """What applying one wave did: per-platform plans (toggles) or settings changes (configure)."""

    plans: list[PlatformPlan] = field(default_factory=list)
    refused: list[PlatformPlan] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    events: list[ModuleEventData] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)


@dataclass
class RevertOutcome:
    reverted: list[str] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    events: list[ModuleEventData] = field(default_factory=list)


def request_of(change: dict[str, Any]) -> ChangeRequest:
    if change["kind"] == "enable":
        return ChangeRequest(enable=tuple(change["modules"]))
    return ChangeRequest(disable=tuple(change["modules"]), cascade=bool(change.get("cascade")))


@pausing_cycle_collection
def apply_wave(
    modules: ModuleService,
    session: Session,
    runner: Actor,
    rollout_id: int,
    change: dict[str, Any],
    wave: int,
    now: datetime,
) -> WaveOutcome:
    """Apply ``change`` on wave ``wave``'s platforms and record what changed on each."""
    from core.services.module_service import Target  # lazy: a cycle through module_service

    conn = session.connection()
    if change["kind"] == "configure":
        targets = wave_targets(conn, rollout_id, wave)
        target = Target(tuple(r.code for r in targets))
        return _configure_wave(modules, session, runner, rollout_id, change, target, targets, wave, now)
    ids, refs = wave_refs(conn, rollout_id, wave, lock=True)
    if not refs:
        return WaveOutcome()
    plan, by_code = modules.plan_on(session, runner, refs, request_of(change), within=within(conn, ids))
    applicable = plan.applicable
    outcome = WaveOutcome(plans=applicable, refused=plan.refused, changed=[p.platform for p in applicable])
    outcome.events = modules.write_planned(session, runner, applicable, by_code)
    # One group per distinct change set (platforms with the same enabled set share one tuple).
    groups: dict[int, ChangeGroup] = {}
    for p in applicable:
        group = groups.get(id(p.changes))
        if group is None:
            group = groups[id(p.changes)] = ChangeGroup([], [], p.enabled, p.disabled)
        group.ids.append(by_code[p.platform])
        group.codes.append(p.platform)
    record_changes(conn, rollout_id, wave, groups.values(), now)
    from core.services.audit import summarize_plan  # lazy: the ORM

    outcome.summary = summarize_plan(plan)
    return outcome


def _stored_configs(session: Session, module: str, pids: Sequence[int]) -> dict[int, dict[str, Any]]:
    pm = platform_modules.c
    out: dict[int, dict[str, Any]] = {}
    conn = session.connection()
    for start in range(0, len(pids), CHUNK):
        stmt = select(pm.platform_id, pm.config).where(
            pm.module_code == module, pm.platform_id.in_(pids[start : start + CHUNK])
        )
        out.update({pid: dict(config or {}) for pid, config in conn.execute(stmt)})
    return out


def _configure_wave(
    modules: ModuleService,
    session: Session,
    runner: Actor,
    rollout_id: int,
    change: dict[str, Any],
    target: Any,
    targets: list[PlatformRef],
    wave: int,
    now: datetime,
) -> WaveOutcome:
    from core.services.module_config import store_settings  # lazy: the ORM

    module = modules.registry.get(change["modules"][0])
    secret = module.secret_fields
    values = decrypt_secrets(dict(change["values"]), secret)
    pids = [r.id for r in targets]
    before = _stored_configs(session, module.code, pids)
    result = store_settings(modules, session, runner, module, target, values, write=True)
    session.flush()
    after = _stored_configs(session, module.code, pids)
    changed = {c.platform for c in result.changes}
    # Platforms whose keys moved from the same values to the same values are one group.
    groups: dict[str, ChangeGroup] = {}
    for ref in targets:
        if ref.code not in changed:
            continue
        old, new = before.get(ref.id, {}), after.get(ref.id, {})
        previous = {key: {"before": old.get(key, ABSENT), "after": new.get(key, ABSENT)} for key in values}
        key = json.dumps(previous, sort_keys=True, default=str)
        group = groups.get(key)
        if group is None:
            group = groups[key] = ChangeGroup([], [], previous=previous)
        group.ids.append(ref.id)
        group.codes.append(ref.code)
    record_changes(session.connection(), rollout_id, wave, groups.values(), now)
    modules._notify(session, len(changed))
    events = [
        ModuleEventData(
            ModuleEvent.CONFIG_CHANGED, module.code, code, runner.name, details={"keys": sorted(values)}
        )
        for code in sorted(changed)
    ]
    summary = {"module": module.code, "changed": len(changed), "platforms": len(targets)}
    return WaveOutcome(changed=sorted(changed), events=events, summary=summary)


def _plain(value: Any) -> Any:
    return decrypt_value(value) if is_encrypted(value) else value


def revert(
    modules: ModuleService,
    session: Session,
    runner: Actor,
    rollout_id: int,
    change: dict[str, Any],
    now: datetime,
) -> RevertOutcome:
    """Undo what this rollout changed, on exactly the platforms where it changed it, newest wave
    first. What someone else changed since is left alone and reported as a conflict."""
    conn = session.connection()
    # One row per changed platform, newest wave first (groups are per wave).
    rows = [
        _Reverted(pid, code, c.enabled, c.disabled, c.previous)
        for c in changes(conn, rollout_id, newest_first=True)
        for pid, code in _by_id(conn, c)
    ]
    if change["kind"] == "configure":
        outcome = _revert_settings(modules, session, runner, change, rows)
    else:
        outcome = _revert_toggles(modules, session, runner, rows)
    mark_rolled_back(conn, rollout_id, now)
    return outcome


@dataclass(frozen=True)
class _Reverted:
    platform_id: int
    code: str
    enabled: Sequence[str]
    disabled: Sequence[str]
    previous: dict[str, Any] | None


def _by_id(conn: Any, change: Change) -> list[tuple[int, str]]:
    """(id, code) of a group's platforms that still exist, in id order (the group keeps codes
    sorted by code, not aligned with its ids)."""
    return [(r.id, r.code) for r in refs_of(conn, change.ids)]


def _revert_toggles(
    modules: ModuleService, session: Session, runner: Actor, rows: Sequence[Any]
) -> RevertOutcome:
    from core.services.module_service import Target  # lazy: a cycle through module_service

    # Platforms that this rollout changed the same way are reverted by one request, the groups
    # of the newest wave first.
    groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = defaultdict(list)
    for row in rows:
        groups[(tuple(row.enabled or ()), tuple(row.disabled or ()))].append(row.code)
    outcome = RevertOutcome()
    for (enabled, disabled), codes in groups.items():
        request = ChangeRequest(enable=disabled, disable=enabled)
        plan, ids = modules._plan(session, runner, Target(tuple(codes)), request, lock=True)
        for refused in plan.refused:
            for refusal in refused.refusals:
                outcome.conflicts.append(
                    {"platform": refused.platform, "module": refusal.module, "why": refusal.message}
                )
        applicable = plan.applicable
        outcome.events += modules.write_planned(session, runner, applicable, ids)
        outcome.reverted += [q.platform for q in applicable]
    return outcome


def _revert_settings(
    modules: ModuleService, session: Session, runner: Actor, change: dict[str, Any], rows: Sequence[Any]
) -> RevertOutcome:
    module = modules.registry.get(change["modules"][0])
    pm = platform_modules.c
    pids = [row.platform_id for row in rows]
    current = _stored_configs(session, module.code, pids)
    outcome = RevertOutcome()
    updates = []
    for row in rows:
        config = dict(current.get(row.platform_id, {}))
        touched = False
        for key, moved in (row.previous or {}).items():
            if _plain(config.get(key, ABSENT)) != _plain(moved["after"]):
                outcome.conflicts.append(
                    {
                        "platform": row.code,
                        "module": module.code,
                        "key": key,
                        "why": f"{module.code}.{key} was changed by someone else since; left alone",
                    }
                )
                continue
            touched = True
            before = moved["before"]
            if before == ABSENT:
                config.pop(key, None)
            else:
                config[key] = before  # as it was stored: a secret stays encrypted
        if touched:
            updates.append({"pid": row.platform_id, "new_config": config})
            outcome.reverted.append(row.code)
    if updates:
        session.connection().execute(
            update(platform_modules)
            .where(and_(pm.module_code == module.code, pm.platform_id == bindparam("pid")))
            .values(config=bindparam("new_config")),
            updates,
        )
    modules._notify(session, len(updates))
    outcome.events = [
        ModuleEventData(
            ModuleEvent.CONFIG_CHANGED, module.code, code, runner.name, details={"rollback": True}
        )
        for code in outcome.reverted
    ]
    return outcome
