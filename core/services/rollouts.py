"""Guarded rollouts: a module change going out to the platforms in waves, watched by gates.

A rollout is created as a ``draft`` with its waves assigned (and stored), started by a person
(``started_by``), then advanced by runners (:meth:`RolloutService.advance_due`: ``platformctl
rollouts run``, the background of ``platformctl serve``, the open console). Any number of runners
may run; each due rollout is taken exclusively (PostgreSQL: ``SELECT ... FOR UPDATE SKIP
LOCKED``; SQLite: a conditional update inside ``BEGIN IMMEDIATE``) and makes at most one
transition per call. Applying a wave and recording it are one transaction, so a runner killed at
any moment leaves the rollout resumable, never a wave half recorded or applied twice. Gates that
talk to the network are evaluated outside any transaction, under a lease, and their outcome is
recorded only if the rollout did not move meanwhile (its ``version``).

States: draft, scheduled, running, baking, waiting, paused, completed, rolled_back, aborted. A
wave's: pending, baking (its bake time running), applied (bake over or 0s: its gates being
evaluated, unknown, or its approval due), passed, failed, rolled_back. ``reason`` is null unless
the rollout is waiting, paused or rolled back.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, text, update
from sqlalchemy.exc import OperationalError

from core.actor import Actor
from core.db import Database, compress_quickly, dialect_name, notify_consoles
from core.errors import InvalidInput, NotFound, PermissionDenied, PlatformError, Refused
from core.events import ModuleEventBus
from core.gc_pause import pausing_cycle_collection
from core.graph import Plan, may_refuse, plan_changes, relevant_modules
from core.registry import ModuleRegistry
from core.roles import Role
from core.secrets import encrypt_secrets, mask_secrets
from core.services.module_service import ModuleService, Target, _refusal_error
from core.services.platforms import PlatformRef, platform_columns
from core.services.rollout_changes import request_of
from core.services.rollout_rows import (
    Targets,
    aimed_at,
    changed_by_wave,
    changed_codes,
    changed_count,
    covers_all,
    existing,
    refs_of,
    target_ids,
    wave_lists,
    wave_rows,
    wave_targets,
)
from core.tables import platform_tags, rollout_waves, rollouts
from core.wording import count_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.rollouts.gates import GateResult, GateSpec

log = logging.getLogger(__name__)

STATES = (
    "draft",
    "scheduled",
    "running",
    "baking",
    "waiting",
    "paused",
    "completed",
    "rolled_back",
    "aborted",
)
ACTIVE = ("scheduled", "running", "baking", "waiting")
FINAL = ("completed", "rolled_back", "aborted")
WITH_REASON = ("waiting", "paused", "rolled_back")  # the states whose ``reason`` is not null
KINDS = ("enable", "disable", "configure")
DEFAULT_WAVES = "1%,10%,50%,100%"
APPROVAL = "approval"
DEFAULT_BAKE = "10m"
DEFAULT_GATE_TIMEOUT = "30m"
DEFAULT_ALPHA = 0.01
RETRY = timedelta(seconds=30)  # how soon an unknown gate is asked again
ROLLBACK_LOCK_TIMEOUT = 10.0  # seconds a rollback waits for a platform another change holds (PostgreSQL)
ROLLBACK_FAILED = "the rollback failed, nothing was reverted"
LEASE = timedelta(minutes=5)  # how long one runner may take over evaluating gates
DUE_BATCH = 100
MAX_NAME = 200
MAX_GATES = 20
MAX_WINDOWS = 20
MAX_SHOWN = 200
# Test hook: seconds the runner sleeps after a wave's writes, before its commit (kill -9 tests).
SLEEP_BEFORE_COMMIT_ENV = "PLATFORM_ROLLOUT_TEST_SLEEP_BEFORE_COMMIT"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RolloutRequest:
    """A rollout to create: the change, its targets, its waves, bake time, gates and limits
    (every spec as the user wrote it; :meth:`RolloutService.create` parses and checks them)."""

    name: str
    kind: str  # enable | disable | configure
    modules: tuple[str, ...]
    cascade: bool = False
    values: dict[str, Any] = field(default_factory=dict)  # configure
    codes: tuple[str, ...] = ()
    all: bool = False
    tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    waves: str = DEFAULT_WAVES
    bake: str = DEFAULT_BAKE
    gates: tuple[str, ...] = ()
    on_fail: str = "pause"
    gate_timeout: str = DEFAULT_GATE_TIMEOUT
    compare_alpha: float = DEFAULT_ALPHA
    start_at: str | None = None
    windows: tuple[str, ...] = ()

    @property
    def permission(self) -> str:
        return "modules.configure" if self.kind == "configure" else "modules.toggle"

    def describe_targets(self) -> dict[str, Any]:
        return {
            "codes": list(self.codes),
            "all": self.all,
            "tags": list(self.tags),
            "exclude_tags": list(self.exclude_tags),
        }


def bad_state(rollout_id: int, state: str, action: str) -> Refused:
    return Refused(
        "rollout.bad_state",
        f"rollout {rollout_id} is {state}: it cannot be {action}",
        {"rollout": rollout_id, "state": state, "action": action},
    )


class RolloutService:
    def __init__(
        self,
        db: Database,
        registry: ModuleRegistry | None = None,
        bus: ModuleEventBus | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
        prometheus_url: str | None = None,
    ) -> None:
        self.db = db
        self.modules = ModuleService(db, registry, bus)
        self.registry = self.modules.registry
        self.bus = self.modules.bus
        self.clock = clock or _utcnow
        self._prometheus_url = prometheus_url
        self._pending_events: list[Any] = []  # a person's rollback: emitted after its commit
        self._stale_leases: dict[int, str] = {}  # gates' leases a failed round could not give back

    @property
    def prometheus_url(self) -> str | None:
        if self._prometheus_url is None:
            from core.observability.config import ObservabilitySettings  # lazy: settings

            self._prometheus_url = ObservabilitySettings().prometheus_url or ""
        return self._prometheus_url or None

    # -- creating ------------------------------------------------------------------------------
    @pausing_cycle_collection
    def create(self, actor: Actor, request: RolloutRequest, *, dry_run: bool = False) -> dict[str, Any]:
        """The rollout's summary (as ``list`` gives it: no per-wave platform lists, which ``show``
        reads); ``dry_run``: its waves with each platform's plan, ``"id": None``, nothing written."""
        from core.rollouts import specs  # lazy: zoneinfo and friends

        now = self.clock()
        parsed = self._parse(request, now)
        actor.require("modules.rollout")
        actor.require(request.permission)
        change = self._change(actor, request)
        with self.db.read() as conn:
            targets = self._resolve(conn, actor, parsed["target"])
            if not covers_all(actor, "modules.rollout", request.permission):
                self._check_targets(actor, targets.refs, request.permission)
            tags = self._tags_of(conn, targets.ids, parsed["wave_tags"])
            plans, plan = self._preview(conn, actor, request, change, targets, detail=dry_run)
        refused = [code for code, p in plans.items() if p["refusals"]]
        items = parsed["waves"]
        untagged: frozenset[str] = frozenset()
        tag_list = [tags.get(pid, untagged) for pid in targets.ids] if tags else None
        if dry_run:
            positions = specs.wave_positions(items, targets.codes, tag_list, 0)
            waves = [[targets.codes[i] for i in wave.tolist()] for wave in positions]
            headline = plan.headline() if plan is not None else None
            return self._dry_document(actor, request, parsed, change, waves, plans, refused, headline, now)
        if plan is not None and plan.refused:
            raise _refusal_error(plan)
        from core.services.audit import AuditDraft, audited  # lazy: the ORM, for writes

        draft = AuditDraft(
            "rollouts.create",
            {
                "name": request.name,
                "change": self._shown_change(change),
                "targets": request.describe_targets(),
                "waves": request.waves,
                "bake": request.bake,
                "gates": list(request.gates),
                "on_fail": request.on_fail,
            },
            platforms=targets.codes[:MAX_SHOWN],
            modules=list(request.modules),
        )
        with audited(self.db, actor, draft) as session:
            conn = session.connection()
            rollout_id = conn.execute(
                insert(rollouts).returning(rollouts.c.id),
                {
                    "name": request.name,
                    "state": "draft",
                    "change": change,
                    "targets": request.describe_targets(),
                    "waves_spec": request.waves,
                    "bake_seconds": parsed["bake"],
                    "gates": list(request.gates),
                    "on_fail": request.on_fail,
                    "gate_timeout_seconds": parsed["gate_timeout"],
                    "compare_alpha": request.compare_alpha,
                    "start_at": parsed["start_at"],
                    "windows": list(request.windows),
                    "created_by": actor.name,
                    "created_by_id": actor.user_id,
                    "created_at": now,
                    "updated_at": now,
                    "current_wave": 0,
                    "wave_count": 0,
                    "target_count": len(targets.ids),
                    "version": 0,
                },
            ).scalar_one()
            positions = specs.wave_positions(items, targets.codes, tag_list, rollout_id)
            conn.execute(
                update(rollouts).where(rollouts.c.id == rollout_id).values(wave_count=len(positions))
            )
            conn.execute(insert(rollout_waves), wave_rows(rollout_id, positions, targets))
            draft.subject = f"rollout:{rollout_id}"
            draft.message = (
                f"rollout {rollout_id} {request.name!r} created: {request.kind} "
                f"{', '.join(request.modules)} on {count_of(len(targets.ids), 'platform')} in "
                f"{count_of(len(positions), 'wave')}"
            )
            notify_consoles(session, "rollouts", id=rollout_id, state="draft")
        return self._summary(rollout_id)

    def _parse(self, request: RolloutRequest, now: datetime) -> dict[str, Any]:
        from core.rollouts import specs  # lazy: see create

        name = request.name.strip()
        if not name or _CONTROL.search(name) or len(name) > MAX_NAME:
            raise InvalidInput(
                "rollout.bad_name",
                f"a rollout needs a name of 1 to {MAX_NAME} printable characters (--name)",
                {"name": request.name[:MAX_NAME]},
            )
        if request.kind not in KINDS:
            raise InvalidInput(
                "rollout.bad_change",
                "a rollout makes one change: --enable MODULE..., --disable MODULE... or --configure MODULE",
                {"kind": request.kind},
            )
        if not request.modules:
            raise InvalidInput(
                "rollout.bad_change", "name the modules the rollout changes", {"kind": request.kind}
            )
        for code in request.modules:
            self.registry.get(code)  # NotFound names the unknown module
        if request.kind == "configure" and (len(request.modules) != 1 or not request.values):
            raise InvalidInput(
                "rollout.bad_change",
                "--configure takes one module and at least one --set KEY=VALUE",
                {"kind": request.kind},
            )
        if request.kind != "configure" and request.values:
            raise InvalidInput(
                "rollout.bad_change", "--set goes with --configure only", {"kind": request.kind}
            )
        if request.on_fail not in ("pause", "rollback"):
            raise InvalidInput(
                "rollout.bad_on_fail",
                f"--on-fail takes pause or rollback, not {request.on_fail[:40]!r}",
                {"value": request.on_fail[:40]},
            )
        alpha = request.compare_alpha
        if isinstance(alpha, bool) or not isinstance(alpha, int | float) or not 0 < alpha < 1:
            raise InvalidInput(
                "rollout.bad_alpha", "--compare-alpha is a probability between 0 and 1 (0.01, say)", {}
            )
        if len(request.gates) > MAX_GATES or len(request.windows) > MAX_WINDOWS:
            raise InvalidInput(
                "rollout.too_many",
                f"at most {MAX_GATES} gates and {MAX_WINDOWS} windows",
                {"gates": len(request.gates), "windows": len(request.windows)},
            )
        target = Target.of(request.codes, request.all, request.tags, request.exclude_tags)
        items = specs.parse_waves(request.waves)
        gates = _network_gates(request.gates)
        for window in request.windows:
            specs.parse_window(window)
        return {
            "target": target,
            "waves": items,
            "wave_tags": sorted({str(i.value) for i in items if i.kind == "tag"}),
            "gates": gates,
            "bake": int(specs.parse_duration(request.bake).total_seconds()),
            "gate_timeout": int(specs.parse_duration(request.gate_timeout).total_seconds()),
            "start_at": specs.parse_start_at(request.start_at, now) if request.start_at else None,
        }

    def _change(self, actor: Actor, request: RolloutRequest) -> dict[str, Any]:
        change: dict[str, Any] = {
            "kind": request.kind,
            "modules": list(dict.fromkeys(request.modules)),
            "cascade": bool(request.cascade and request.kind == "disable"),
            "values": {},
        }
        if request.kind == "configure":
            from core.services.module_config import _check_keys, validate_config  # lazy: pydantic

            module = self.registry.get(request.modules[0])
            if module.is_internal:
                actor.require("modules.internal")
            _check_keys(module, request.values)
            validate_config(module, {**module.full_config({}), **request.values})
            change["values"] = encrypt_secrets(dict(request.values), module.secret_fields)
        return change

    def _shown_change(self, change: dict[str, Any]) -> dict[str, Any]:
        values = change.get("values") or {}
        if values:
            module = self.registry.get(change["modules"][0])
            values = mask_secrets(values, module.secret_fields)
        return {**change, "values": values}

    def _resolve(self, conn: Connection, actor: Actor, target: Target) -> Targets:
        """The target platforms, resolved as ``modules enable`` resolves them (named codes, plus
        those with any of the tags, or all; a platform admin's tags and all: among their own; less
        those with an excluded tag), in id order. Permissions are checked by the caller."""
        if (
            target.all
            and not (target.tags or target.exclude_tags)
            and actor.platform_filter("modules.rollout") is None
        ):
            actor.require("modules.rollout")
            targets = Targets(*platform_columns(conn))
        else:
            refs, _denied = self.modules._targets(conn, actor, target, "modules.rollout", lock=False)
            targets = Targets.of(refs)
        if not targets.ids:
            raise InvalidInput("rollout.no_targets", "the targets name no platform (check the tags)", {})
        return targets

    def _check_targets(self, actor: Actor, refs: Sequence[PlatformRef], permission: str) -> None:
        """``modules.rollout`` and the change's own permission on every platform, or one refusal."""
        if covers_all(actor, "modules.rollout", permission):
            return
        denied = [
            r.code for r in refs if not (actor.can("modules.rollout", r.id) and actor.can(permission, r.id))
        ]
        if denied:
            more = f" (and {count_of(len(denied) - 1, 'more platform')})" if len(denied) > 1 else ""
            raise PermissionDenied(
                "permission.denied",
                f"{actor.name} ({actor.role}) may not modules.rollout and {permission} on {denied[0]}{more}",
                {"permission": "modules.rollout", "platforms": denied[:MAX_SHOWN], "count": len(denied)},
            )

    def _tags_of(
        self, conn: Connection, ids: Sequence[int], tags: Sequence[str]
    ) -> dict[int, frozenset[str]]:
        if not tags:
            return {}
        wanted = set(ids)
        t = platform_tags.c
        out: dict[int, set[str]] = {}
        for pid, tag in conn.execute(select(t.platform_id, t.tag).where(t.tag.in_(tags))):
            if pid in wanted:
                out.setdefault(pid, set()).add(tag)
        return {pid: frozenset(found) for pid, found in out.items()}

    def _preview(
        self,
        conn: Connection,
        actor: Actor,
        request: RolloutRequest,
        change: dict[str, Any],
        targets: Targets,
        *,
        detail: bool,
    ) -> tuple[dict[str, dict[str, Any]], Plan | None]:
        """Each platform's plan by code (toggles: :func:`core.graph.plan_changes` on its enabled
        set, and the whole plan; configure: the settings that would change, and None). Without
        ``detail`` only the whole plan (its refusals refuse the rollout)."""
        if request.kind == "configure" and not detail:
            return {}, None
        if request.kind == "configure":
            from core.services.module_config import store_settings  # lazy: the ORM

            module = self.registry.get(request.modules[0])
            with self.db.sessions() as session:
                result = store_settings(
                    self.modules,
                    session,
                    actor,
                    module,
                    Target(tuple(targets.codes)),
                    dict(request.values),
                    write=False,
                )
            moves = {c.platform: c.to_dict()["changed"] for c in result.changes}
            return {
                code: {"platform": code, "settings": moves.get(code, {}), "refusals": []}
                for code in targets.codes
            }, None
        wanted, internal = request_of(change), actor.can("modules.internal")
        if not detail and not may_refuse(self.registry, wanted, allow_internal=internal):
            return {}, None  # no platform's plan can refuse it: nothing to read
        enabled = self.modules.enabled_sets(conn, targets.refs, among=relevant_modules(self.registry, wanted))
        plan = plan_changes(self.registry, enabled, wanted, allow_internal=internal)
        if not detail:
            return {}, plan
        # Platforms with the same enabled set share their changes: one dictionary for them all.
        shared: dict[tuple[int, int], dict[str, Any]] = {}
        plans: dict[str, dict[str, Any]] = {}
        for p in plan.platforms:
            key = (id(p.changes), id(p.refusals))
            body = shared.get(key)
            if body is None:
                body = shared[key] = {k: v for k, v in p.to_dict().items() if k != "platform"}
            plans[p.platform] = {"platform": p.platform, **body}
        return plans, plan

    def _dry_document(
        self,
        actor: Actor,
        request: RolloutRequest,
        parsed: dict[str, Any],
        change: dict[str, Any],
        waves: list[list[str]],
        plans: dict[str, dict[str, Any]],
        refused: list[str],
        headline: str | None,
        now: datetime,
    ) -> dict[str, Any]:
        return {
            "id": None,
            "dry_run": True,
            "name": request.name,
            "state": "draft",
            "reason": None,
            "created_by": actor.name,
            "started_by": None,
            "created_at": now.isoformat(),
            "started_at": None,
            "updated_at": now.isoformat(),
            "change": self._shown_change(change),
            "targets": request.describe_targets(),
            "on_fail": request.on_fail,
            "bake": parsed["bake"],
            "gate_timeout": parsed["gate_timeout"],
            "compare_alpha": request.compare_alpha,
            "start_at": parsed["start_at"].isoformat() if parsed["start_at"] else None,
            "windows": list(request.windows),
            "gates": list(request.gates),
            "next_check_at": None,
            "progress": {
                "changed": 0,
                "targets": sum(len(w) for w in waves),
                "wave": None,
                "waves": len(waves),
            },
            "headline": headline,
            "refused": len(refused),
            "waves": [
                {
                    "number": n,
                    "platforms": sorted(codes),
                    "state": "pending",
                    "applied_at": None,
                    "bake_until": None,
                    "changed": [],
                    "gates": [],
                    "plans": [plans[c] for c in sorted(codes)],
                }
                for n, codes in enumerate(waves, 1)
            ],
            "approvals": [],
            "conflicts": [],
        }

    # -- reading -------------------------------------------------------------------------------
    def show(self, actor: Actor, rollout_id: int) -> dict[str, Any]:
        scope = self.reader_scope(actor)
        with self.db.read() as conn:
            row = self._row(conn, rollout_id, scope=scope)
            return self._document(conn, row, platforms_listed=True)

    def _summary(self, rollout_id: int) -> dict[str, Any]:
        """The rollout as ``list`` gives it (no per-wave platform lists: 100,000 codes cost
        0.25-0.5 s to read): what ``create`` and the people's actions return, their caller having
        been checked already. ``show`` gives the whole document."""
        with self.db.read() as conn:
            return self._document(conn, self._row(conn, rollout_id), platforms_listed=False)

    @staticmethod
    def reader_scope(actor: Actor) -> frozenset[int] | None:
        """The platforms whose rollouts ``actor`` reads (None: every rollout): ``modules.view``,
        narrowed to the reach of ``modules.rollout`` for a role that holds it on its own platforms
        only (a platform admin reads the rollouts aimed at one of their platforms at least)."""
        actor.require("modules.view")
        scope = actor.platform_filter("modules.view")
        if actor.can("modules.rollout"):
            reach = actor.platform_filter("modules.rollout")
            if reach is not None:
                scope = reach if scope is None else scope & reach
        return scope

    def list(
        self, actor: Actor, *, states: Sequence[str] | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        scope = self.reader_scope(actor)
        for state in states or ():
            if state not in STATES:
                raise InvalidInput(
                    "rollout.bad_state_name",
                    f"unknown state {state[:40]!r}; states: {', '.join(STATES)}",
                    {"state": state[:40]},
                )
        stmt = select(rollouts).order_by(rollouts.c.id.desc())
        if states:
            stmt = stmt.where(rollouts.c.state.in_(list(states)))
        with self.db.read() as conn:
            if scope is not None:
                stmt = stmt.where(aimed_at(conn, scope))
            if limit is not None:
                stmt = stmt.limit(limit)
            return [self._document(conn, row, platforms_listed=False) for row in conn.execute(stmt).all()]

    def readable(self, actor: Actor, rollout_ids: Sequence[int]) -> set[int]:
        """Those of ``rollout_ids`` that ``actor`` reads (:meth:`reader_scope`): what a runner
        started by a named user may tell them."""
        scope = self.reader_scope(actor)
        if scope is None or not rollout_ids:
            return set(rollout_ids)
        r = rollouts.c
        with self.db.read() as conn:
            stmt = select(r.id).where(r.id.in_(sorted(set(rollout_ids))), aimed_at(conn, scope))
            return set(conn.execute(stmt).scalars())

    def gate_values(self, actor: Actor, rollout_id: int, gate: str) -> dict[str, Any]:
        """One of the rollout's gates evaluated now, against the platforms it changed so far (and,
        for ``compare:``, the targets not changed yet), as a wave records it (``values`` per
        changed platform, ``baseline``, ``threshold``) plus ``at`` and ``changed`` (how many).
        Nothing is written: what the console plots. Prometheus unreachable or not configured is
        an ``unknown`` result saying so, not an error."""
        actor.require("modules.view")
        with self.db.read() as conn:
            row = self._row(conn, rollout_id, scope=self.reader_scope(actor))
            if gate == APPROVAL or gate not in (row.gates or []):
                raise NotFound(
                    "rollout.no_such_gate",
                    f"rollout {rollout_id} has no gate {gate[:80]!r} that can be asked",
                    {"rollout": rollout_id, "gate": gate[:80]},
                )
            changed, unchanged = self._changed_codes(conn, rollout_id)
        (spec,) = _network_gates([gate])
        result = self._gate(spec, row, changed, unchanged)
        return {**result, "at": self.clock().isoformat(), "changed": len(changed)}

    def _row(
        self,
        conn: Connection | Session,
        rollout_id: int,
        *,
        lock: bool = False,
        scope: frozenset[int] | None = None,
    ) -> Any:
        """The rollout's row; ``scope`` (:meth:`reader_scope`): one outside it is not found, as
        an unknown id is (its existence is not told)."""
        stmt = select(rollouts).where(rollouts.c.id == rollout_id)
        if scope is not None:
            stmt = stmt.where(aimed_at(_connection(conn), scope))
        if lock and dialect_name(conn) == "postgresql":
            stmt = stmt.with_for_update()
        row = conn.execute(stmt).first()
        if row is None:
            raise NotFound(
                "rollout.not_found",
                f"no rollout {rollout_id}; `platformctl rollouts list` shows them",
                {"rollout": rollout_id},
            )
        return row

    def _document(self, conn: Connection | Session, row: Any, *, platforms_listed: bool) -> dict[str, Any]:
        rw = rollout_waves.c
        waves = conn.execute(select(*_WAVE_COLUMNS).where(rw.rollout_id == row.id).order_by(rw.number)).all()
        connection = _connection(conn)
        listed: dict[int, list[str]] = {}
        changed: dict[int, list[str]] = {}
        if platforms_listed:
            lists = wave_lists(connection, row.id)
            listed = {n: sorted(codes) for n, (_ids, codes) in lists.items()}
            changed = changed_by_wave(connection, row.id)
            if existing(connection, [pid for ids, _codes in lists.values() for pid in ids]) is not None:
                # A platform deleted since (by hand) is no longer listed.
                listed = {n: sorted(r.code for r in refs_of(connection, i)) for n, (i, _) in lists.items()}
                alive = {code for codes in listed.values() for code in codes}
                changed = {n: [c for c in codes if c in alive] for n, codes in changed.items()}
            changed_count_ = sum(len(v) for v in changed.values())
        else:
            changed_count_ = changed_count(connection, row.id)

        def iso(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        now = self.clock()
        documents = []
        for w in waves:
            doc: dict[str, Any] = {"number": w.number}
            if platforms_listed:
                doc["platforms"] = listed.get(w.number, [])
            doc.update(
                {
                    "state": _wave_state(w, now),
                    "size": w.size,
                    "applied_at": iso(w.applied_at),
                    "bake_until": iso(w.bake_until),
                    "gates": list(w.gates or []),
                }
            )
            if platforms_listed:
                doc["changed"] = changed.get(w.number, [])
            documents.append(doc)
        return {
            "id": row.id,
            "name": row.name,
            "state": row.state,
            "reason": row.reason if row.state in WITH_REASON else None,
            "created_by": row.created_by,
            "started_by": row.started_by,
            "created_at": iso(row.created_at),
            "started_at": iso(row.started_at),
            "updated_at": iso(row.updated_at),
            "finished_at": iso(row.finished_at),
            "change": self._shown_change(row.change),
            "targets": row.targets,
            "on_fail": row.on_fail,
            "bake": row.bake_seconds,
            "gate_timeout": row.gate_timeout_seconds,
            "compare_alpha": row.compare_alpha,
            "start_at": iso(row.start_at),
            "windows": list(row.windows or []),
            "gates": list(row.gates or []),
            "next_check_at": iso(row.next_check_at),
            "waiting_for": row.waiting_for if row.state == "waiting" else None,
            "progress": {
                "changed": changed_count_,
                "targets": row.target_count,
                "wave": row.current_wave or None,
                "waves": row.wave_count,
            },
            "waves": documents,
            "approvals": [
                {"wave": w.number, "by": w.approved_by, "at": iso(w.approved_at)}
                for w in waves
                if w.approved_by
            ],
            "conflicts": list(row.conflicts or []),
        }

    # -- people's actions ----------------------------------------------------------------------
    # Each returns the rollout's summary (``_summary``) once done; with ``dry_run`` the action,
    # the state it leads to, its consequence and the platforms it concerns.
    def start(self, actor: Actor, rollout_id: int, *, dry_run: bool = False) -> dict[str, Any]:
        def act(session: Session, row: Any, now: datetime) -> tuple[dict[str, Any], str]:
            if row.state != "draft":
                raise bad_state(rollout_id, row.state, "started")
            self._check_rollout_targets(session, actor, row)
            later = row.start_at is not None and row.start_at > now
            state = "scheduled" if later else "running"
            values = {
                "state": state,
                "started_by": actor.name,
                "started_by_id": actor.user_id,
                "started_at": now,
                "next_check_at": row.start_at if later else now,
                "reason": None,
            }
            when = f"at {row.start_at.isoformat()}" if later else "by the next runner"
            return values, f"rollout {rollout_id} starts; wave 1 of {row.wave_count} is applied {when}"

        return self._act(actor, rollout_id, "start", act, dry_run=dry_run)

    def pause(self, actor: Actor, rollout_id: int, *, dry_run: bool = False) -> dict[str, Any]:
        def act(session: Session, row: Any, now: datetime) -> tuple[dict[str, Any], str]:
            if row.state not in ("scheduled", "running", "baking", "waiting"):
                raise bad_state(rollout_id, row.state, "paused")
            self._check_rollout_targets(session, actor, row, permission_of_change=False)
            values = {"state": "paused", "reason": f"paused by {actor.name}", "next_check_at": None}
            return values, f"rollout {rollout_id} stops where it is until someone resumes it"

        return self._act(actor, rollout_id, "pause", act, dry_run=dry_run)

    def resume(self, actor: Actor, rollout_id: int, *, dry_run: bool = False) -> dict[str, Any]:
        def act(session: Session, row: Any, now: datetime) -> tuple[dict[str, Any], str]:
            if row.state != "paused":
                raise bad_state(rollout_id, row.state, "resumed")
            self._check_rollout_targets(session, actor, row)
            wave = self._wave(session, row.id, row.current_wave) if row.current_wave else None
            if (
                wave is not None and wave.state in ("baking", "applied") and not _gates_passed(row, wave)
            ):  # its gates are still to be evaluated (again, if they were unknown)
                state, due = "baking", max(now, wave.bake_until or now)
            elif row.current_wave == 0 and row.start_at is not None and row.start_at > now:
                state, due = "scheduled", row.start_at
            elif self._approval_due(session, row):
                state, due = "waiting", None  # never past a due approval (paused while it waited, say)
            else:
                state, due = "running", now
            values = {
                "state": state,
                "reason": None,
                "next_check_at": due,
                "waiting_since": None,
                "waiting_for": None,
            }
            if state == "baking" and (wave.bake_until or now) > now:
                what = f"wave {row.current_wave}'s gates are evaluated when its bake time is over"
            elif state == "baking":
                what = f"wave {row.current_wave}'s gates are evaluated by the next runner"
            elif state == "waiting":
                values.update(waiting_for="approval", reason=_approval_reason(row))
                what = _approval_reason(row)
            elif row.current_wave >= row.wave_count:
                what = "the rollout completes"
            else:
                what = f"wave {row.current_wave + 1} of {row.wave_count} is applied by the next runner"
            return values, f"rollout {rollout_id} resumes: {what}"

        return self._act(actor, rollout_id, "resume", act, dry_run=dry_run)

    def abort(self, actor: Actor, rollout_id: int, *, dry_run: bool = False) -> dict[str, Any]:
        def act(session: Session, row: Any, now: datetime) -> tuple[dict[str, Any], str]:
            if row.state not in ("draft", "scheduled", "paused"):
                raise bad_state(rollout_id, row.state, "aborted")
            self._check_rollout_targets(session, actor, row, permission_of_change=False)
            # No reason (the spec: only waiting, paused, rolled back); who aborted is in the audit.
            values = {"state": "aborted", "reason": None, "next_check_at": None, "finished_at": now}
            kept = (
                f"; what {count_of(row.current_wave, 'applied wave')} changed stays"
                if row.current_wave
                else ""
            )
            return values, f"rollout {rollout_id} ends for good{kept}"

        return self._act(actor, rollout_id, "abort", act, dry_run=dry_run)

    def rollback(self, actor: Actor, rollout_id: int, *, dry_run: bool = False) -> dict[str, Any]:
        def act(session: Session, row: Any, now: datetime) -> tuple[dict[str, Any], str]:
            if row.state != "paused":
                raise bad_state(rollout_id, row.state, "rolled back")
            self._check_rollout_targets(session, actor, row)
            count = self._changed_count(session, row.id)
            consequence = (
                f"rollout {rollout_id} reverts what it changed on {count_of(count, 'platform')}, "
                "newest wave first, and stops"
            )
            if dry_run:
                return {"state": "rolled_back"}, consequence
            runner = self._runner(row)
            try:
                values, events = self._do_rollback(session, row, runner, now, f"rolled back by {actor.name}")
            except Exception as exc:  # the transaction is rolled back whole: nothing reverted
                if not isinstance(exc, PlatformError):
                    log.warning("rollout %s: the rollback failed", rollout_id, exc_info=exc)
                raise Refused(
                    "rollout.rollback_failed",
                    f"rollout {rollout_id}: {ROLLBACK_FAILED}: {_why(exc)}; it stays paused",
                    {"rollout": rollout_id, "why": _why(exc)},
                ) from exc
            self._pending_events = events
            return values, consequence

        try:
            return self._act(
                actor, rollout_id, "rollback", act, dry_run=dry_run, platforms=self._changed_codes_of
            )
        except Refused as exc:
            if exc.code == "rollout.rollback_failed":
                self._say_why(
                    rollout_id, f"rollback by {actor.name}: {ROLLBACK_FAILED}: {exc.details['why']}"
                )
            raise

    def _say_why(self, rollout_id: int, reason: str) -> None:
        """A paused rollout's reason, rewritten (the consoles told)."""
        now = self.clock()
        with self.db.transaction() as session:
            row = self._row(session, rollout_id, lock=True)
            if row.state == "paused":
                self._transition(session, row, {"reason": reason}, now)
                notify_consoles(session, "rollouts", id=rollout_id, state="paused")

    def approve(self, actor: Actor, rollout_id: int, *, dry_run: bool = False) -> dict[str, Any]:
        def act(session: Session, row: Any, now: datetime) -> tuple[dict[str, Any], str]:
            if row.state != "waiting" or row.waiting_for != "approval":
                state = row.state if row.state != "waiting" else f"waiting ({row.waiting_for})"
                raise bad_state(rollout_id, state, "approved")
            if actor.name == row.started_by or (
                actor.user_id is not None and actor.user_id == row.started_by_id
            ):
                raise Refused(
                    "rollout.four_eyes",
                    f"{actor.name} started rollout {rollout_id}: someone else approves its next wave",
                    {"rollout": rollout_id, "started_by": row.started_by},
                )
            nxt = row.current_wave + 1
            refs = self._wave_refs(session, row.id, nxt)
            self._check_targets(actor, refs, _permission(row.change))
            conn = session.connection()
            if not dry_run:
                rw = rollout_waves.c
                conn.execute(
                    update(rollout_waves)
                    .where(rw.rollout_id == row.id, rw.number == nxt)
                    .values(approved_by=actor.name, approved_at=now)
                )
                conn.execute(  # the approval was the current wave's last gate
                    update(rollout_waves)
                    .where(rw.rollout_id == row.id, rw.number == row.current_wave, rw.state == "applied")
                    .values(state="passed", finished_at=now)
                )
            values = {"state": "running", "reason": None, "next_check_at": now, "waiting_for": None}
            return (
                values,
                f"wave {nxt} of {row.wave_count} ({count_of(len(refs), 'platform')}) is applied "
                "by the next runner",
            )

        return self._act(actor, rollout_id, "approve", act, dry_run=dry_run, platforms=self._next_wave_codes)

    def _act(
        self,
        actor: Actor,
        rollout_id: int,
        action: str,
        act: Callable[[Session, Any, datetime], tuple[dict[str, Any], str]],
        *,
        dry_run: bool,
        platforms: Callable[[Session, Any], list[str]] | None = None,
    ) -> dict[str, Any]:
        from core.services.audit import AuditDraft, audited  # lazy: the ORM, for writes

        actor.require("modules.rollout")
        now = self.clock()
        draft = AuditDraft(f"rollouts.{action}", {"rollout": rollout_id}, subject=f"rollout:{rollout_id}")
        self._pending_events = []
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            row = self._row(session, rollout_id, lock=not dry_run, scope=self.reader_scope(actor))
            values, consequence = act(session, row, now)
            if dry_run:
                return {
                    "action": action,
                    "dry_run": True,
                    "rollout": self._document(session, row, platforms_listed=False),
                    "to": values.get("state"),  # the state the action leads to
                    "consequence": consequence,
                    "platforms": platforms(session, row) if platforms else [],
                }
            self._transition(session, row, values, now)
            draft.request = {
                "rollout": rollout_id,
                "name": row.name,
                "from": row.state,
                "to": values["state"],
            }
            draft.message = consequence
            draft.modules = list(row.change["modules"])
            notify_consoles(session, "rollouts", id=rollout_id, state=values["state"])
        events, self._pending_events = self._pending_events, []
        self.bus.emit_all(events)
        return self._summary(rollout_id)

    def _transition(
        self, session: Session | Connection, row: Any, values: dict[str, Any], now: datetime
    ) -> None:
        """Write the rollout's new state; its ``version`` grows (a late runner sees it moved)."""
        conn = session.connection() if not isinstance(session, Connection) else session
        conn.execute(
            update(rollouts)
            .where(rollouts.c.id == row.id)
            .values(**values, updated_at=now, version=rollouts.c.version + 1, lease_by=None, lease_until=None)
        )

    def _check_rollout_targets(
        self, session: Session, actor: Actor, row: Any, *, permission_of_change: bool = True
    ) -> None:
        permission = _permission(row.change) if permission_of_change else "modules.rollout"
        if covers_all(actor, "modules.rollout", permission):
            return  # every platform: no need to read 100,000 of them
        conn = session.connection()
        refs = refs_of(conn, target_ids(conn, row.id))
        self._check_targets(actor, refs, permission)

    def _approval_due(self, session: Session, row: Any) -> bool:
        """An ``approval`` gate stands before the next wave and nobody has approved it yet."""
        if APPROVAL not in (row.gates or []) or not 1 <= row.current_wave < row.wave_count:
            return False
        return self._wave(session, row.id, row.current_wave + 1).approved_by is None

    def _wave_refs(self, session: Session, rollout_id: int, wave: int) -> list[PlatformRef]:
        return wave_targets(session.connection(), rollout_id, wave)

    def _next_wave_codes(self, session: Session, row: Any) -> list[str]:
        return [r.code for r in self._wave_refs(session, row.id, row.current_wave + 1)]

    def _changed_codes_of(self, session: Session, row: Any) -> list[str]:
        return self._changed_codes(session.connection(), row.id)[0]

    def _changed_codes(
        self, conn: Connection, rollout_id: int, *, unchanged: bool = True
    ) -> tuple[list[str], list[str]]:
        """(platforms this rollout changed and did not roll back, targets of waves not applied)."""
        return changed_codes(conn, rollout_id, unchanged=unchanged)

    def _changed_count(self, session: Session, rollout_id: int) -> int:
        return changed_count(session.connection(), rollout_id, live=True)

    def _wave(self, session: Session | Connection, rollout_id: int, number: int) -> Any:
        rw = rollout_waves.c
        conn = session.connection() if not isinstance(session, Connection) else session
        return conn.execute(
            select(*_WAVE_COLUMNS).where(rw.rollout_id == rollout_id, rw.number == number)
        ).first()

    def _runner(self, row: Any) -> Actor:
        """Who writes on the rollout's behalf: ``rollout:ID``, audited with the person who started it."""
        return Actor(f"rollout:{row.id}", Role.SUPER_ADMIN, user_id=row.started_by_id)

    # -- runners -------------------------------------------------------------------------------
    @pausing_cycle_collection  # a wave's 100,000 plans are gone when the collector comes back
    def advance_due(
        self, runner: str, *, should_stop: Callable[[], bool] | None = None
    ) -> list[tuple[int, str]]:
        """Advance every due rollout by at most one transition; (rollout id, new state) for each
        that moved. Rollouts another runner holds are skipped; once ``should_stop()`` says so, no
        further rollout is taken (the transition under way is finished)."""
        now = self.clock()
        r = rollouts.c
        with self.db.read() as conn:
            due = conn.execute(
                select(r.id, r.state, r.version, r.waiting_for)
                .where(r.state.in_(ACTIVE), r.next_check_at <= now)
                .order_by(r.next_check_at, r.id)
                .limit(DUE_BATCH)
            ).all()
        moved = []
        for rollout_id, state, version, waiting_for in due:
            if should_stop is not None and should_stop():
                break
            if state == "baking" or (state == "waiting" and waiting_for == "gate"):
                new = self._evaluate(rollout_id, version, runner, now)
            else:
                new = self._step(rollout_id, version, now)
            if new is not None:
                moved.append((rollout_id, new))
        return moved

    def _claim(self, session: Session, rollout_id: int, version: int, *, lease_by: str | None = None) -> Any:
        """The rollout's row, taken exclusively, if it is still at ``version``; else None."""
        r = rollouts.c
        conn = session.connection()
        stmt = select(rollouts).where(r.id == rollout_id, r.version == version)
        if lease_by is not None:
            stmt = stmt.where(r.lease_by == lease_by)
        if dialect_name(conn) == "postgresql":
            return conn.execute(stmt.with_for_update(skip_locked=True)).first()
        # SQLite: BEGIN IMMEDIATE holds the write lock; the conditional update makes sure.
        cond = update(rollouts).where(r.id == rollout_id, r.version == version)
        if lease_by is not None:
            cond = cond.where(r.lease_by == lease_by)
        if conn.execute(cond.values(version=r.version)).rowcount != 1:
            return None
        return conn.execute(stmt).first()

    def _step(self, rollout_id: int, version: int, now: datetime) -> str | None:
        """One transition that needs no network: start at start_at, leave a window wait, apply
        the next wave (or complete)."""
        from core.rollouts import specs  # lazy: see create

        events: list[Any] = []
        try:
            with self.db.transaction() as session:
                row = self._claim(session, rollout_id, version)
                if row is None:
                    return None
                runner = self._runner(row)
                if row.state == "scheduled":
                    self._transition(session, row, {"state": "running", "next_check_at": now}, now)
                    self._audit(
                        session,
                        runner,
                        row,
                        "rollouts.running",
                        f"rollout {row.id} starts (start time reached)",
                    )
                    new = "running"
                elif row.state == "waiting":  # a window: the next one opens
                    self._transition(
                        session,
                        row,
                        {"state": "running", "next_check_at": now, "waiting_for": None, "reason": None},
                        now,
                    )
                    new = "running"
                else:  # running
                    windows = [specs.parse_window(w) for w in row.windows or []]
                    if windows and not specs.in_windows(windows, now):
                        opens = specs.next_window_open(windows, now)
                        reason = "outside every window" + (
                            f"; the next opens at {opens.isoformat()}" if opens else ""
                        )
                        self._transition(
                            session,
                            row,
                            {
                                "state": "waiting",
                                "waiting_for": "window",
                                "reason": reason,
                                "next_check_at": opens,
                            },
                            now,
                        )
                        self._audit(session, runner, row, "rollouts.waiting", f"rollout {row.id}: {reason}")
                        new = "waiting"
                    elif row.current_wave >= row.wave_count:
                        self._complete(session, row, runner, now)
                        new = "completed"
                    else:
                        events = self._apply_next(session, row, runner, now)
                        new = "baking"
                notify_consoles(session, "rollouts", id=row.id, state=new)
        except OperationalError:
            raise  # the database went away or a lock wait ended: the next round tries again
        except Exception as exc:
            # The wave could not be applied (a hook refused or raised, say): nothing of it was
            # written; the rollout pauses for a person.
            return self._halt(rollout_id, version, now, f"wave could not be applied: {_why(exc)}")
        self.bus.emit_all(events)
        return new

    def _apply_next(self, session: Session, row: Any, runner: Actor, now: datetime) -> list[Any]:
        from core.services.rollout_changes import apply_wave  # lazy: the ORM

        number = row.current_wave + 1
        outcome = apply_wave(self.modules, session, runner, row.id, row.change, number, now)
        bake_until = now + timedelta(seconds=row.bake_seconds)
        session.connection().execute(
            update(rollout_waves)
            .where(rollout_waves.c.rollout_id == row.id, rollout_waves.c.number == number)
            .values(state="baking" if row.bake_seconds else "applied", applied_at=now, bake_until=bake_until)
        )
        self._transition(
            session,
            row,
            {
                "state": "baking",
                "current_wave": number,
                "next_check_at": bake_until,
                "reason": None,
                "waiting_since": None,
            },
            now,
        )
        skipped = (
            f"; {count_of(len(outcome.refused), 'platform')} refused and left alone"
            if outcome.refused
            else ""
        )
        self._audit(
            session,
            runner,
            row,
            "rollouts.wave_applied",
            f"rollout {row.id}: wave {number} of {row.wave_count} applied, "
            f"{count_of(len(outcome.changed), 'platform')} changed{skipped}",
            platforms=outcome.changed,
            plan=outcome.summary,
            extra={"wave": number},
        )
        pause = os.environ.get(SLEEP_BEFORE_COMMIT_ENV)
        if pause:  # tests: kill -9 here, between the wave's writes and their commit
            sys.stderr.write(f"rollout {row.id}: wave {number} written, not committed\n")
            sys.stderr.flush()
            time.sleep(float(pause))
        return outcome.events

    def _complete(self, session: Session, row: Any, runner: Actor, now: datetime) -> None:
        self._transition(
            session,
            row,
            {"state": "completed", "next_check_at": None, "finished_at": now, "reason": None},
            now,
        )
        self._audit(session, runner, row, "rollouts.completed", f"rollout {row.id} completed")

    def _audit(
        self,
        session: Session,
        runner: Actor,
        row: Any,
        action: str,
        message: str,
        *,
        platforms: Sequence[str] = (),
        plan: dict[str, Any] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        from core.services.audit import AuditDraft, write_entry  # lazy: the ORM

        draft = AuditDraft(
            action,
            {"rollout": row.id, "name": row.name, "started_by": row.started_by, **(extra or {})},
            platforms=list(platforms),
            modules=list(row.change["modules"]),
            subject=f"rollout:{row.id}",
            plan=plan,
            message=message,
        )
        write_entry(session, runner, draft, "succeeded")

    def _halt(self, rollout_id: int, version: int, now: datetime, reason: str) -> str | None:
        with self.db.transaction() as session:
            row = self._claim(session, rollout_id, version)
            if row is None:
                return None
            self._transition(session, row, {"state": "paused", "reason": reason, "next_check_at": None}, now)
            self._audit(
                session, self._runner(row), row, "rollouts.paused", f"rollout {row.id} paused: {reason}"
            )
            notify_consoles(session, "rollouts", id=row.id, state="paused")
        return "paused"

    # -- gates ---------------------------------------------------------------------------------
    def _evaluate(self, rollout_id: int, version: int, runner_name: str, now: datetime) -> str | None:
        with self.db.read() as conn:
            row = self._row(conn, rollout_id)
        network = _network_gates(row.gates or [])
        lease = None
        results: list[dict[str, Any]] = []
        if network:
            lease = f"{runner_name}:{os.getpid()}:{time.monotonic_ns()}"
            if not self._take_lease(rollout_id, version, lease, now):
                return None
            with self._lease_freed_on_error(rollout_id, lease), self.db.read() as conn:
                compares = any(spec.kind == "compare" for spec in network)  # the rest need no baseline
                changed, unchanged = self._changed_codes(conn, rollout_id, unchanged=compares)
            with self._lease_freed_on_error(rollout_id, lease):
                results = [self._gate(spec, row, changed, unchanged) for spec in network]
        at = self.clock().isoformat()
        results = [{**r, "at": at} for r in results]
        events: list[Any] = []
        with self._lease_freed_on_error(rollout_id, lease), self.db.transaction() as session:
            row = self._claim(session, rollout_id, version, lease_by=lease)
            if row is None:
                return None
            runner = self._runner(row)
            number = row.current_wave
            rw = rollout_waves.c
            compress_quickly(session)  # the results hold a value per changed platform
            session.connection().execute(
                update(rollout_waves)
                .where(rw.rollout_id == row.id, rw.number == number)
                .values(gates=results)
            )
            failed = [r for r in results if r["result"] == "fail"]
            unknown = [r for r in results if r["result"] == "unknown"]
            since = row.waiting_since or now
            if unknown and not failed and now - since >= timedelta(seconds=row.gate_timeout_seconds):
                failed = [
                    {**r, "detail": f"{r['detail']} (unknown for longer than the gate timeout)"}
                    for r in unknown
                ]
                unknown = []
            summary = "; ".join(f"{r['gate']}: {r['result']}" for r in results) or "no gates"
            self._audit(
                session,
                runner,
                row,
                "rollouts.gates",
                f"rollout {row.id}: wave {number} gates: {summary}",
                extra={"wave": number, "gates": [_audited_gate(r) for r in results]},
            )
            if failed:
                reason = "gate failed: " + "; ".join(f"{r['gate']}: {r['detail']}" for r in failed)
                if row.on_fail == "rollback":
                    try:
                        with session.begin_nested():  # all of the revert, or none of it
                            values, events = self._do_rollback(session, row, runner, now, reason)
                        new = "rolled_back"
                    except Exception as exc:
                        values = self._rollback_failed(session, row, runner, now, reason, exc)
                        new = "paused"
                    self._transition(session, row, values, now)
                else:
                    session.connection().execute(
                        update(rollout_waves)
                        .where(rw.rollout_id == row.id, rw.number == number)
                        .values(state="failed")
                    )
                    self._transition(
                        session,
                        row,
                        {
                            "state": "paused",
                            "reason": reason,
                            "next_check_at": None,
                            "waiting_since": None,
                            "waiting_for": None,
                        },
                        now,
                    )
                    self._audit(session, runner, row, "rollouts.paused", f"rollout {row.id} paused: {reason}")
                    new = "paused"
            elif unknown:
                reason = "waiting: " + "; ".join(f"{r['gate']}: {r['detail']}" for r in unknown)
                self._set_wave_state(session, row.id, number, "applied")
                self._transition(
                    session,
                    row,
                    {
                        "state": "waiting",
                        "waiting_for": "gate",
                        "reason": reason,
                        "waiting_since": since,
                        "next_check_at": now + RETRY,
                    },
                    now,
                )
                new = "waiting"
            else:
                approval = number < row.wave_count and APPROVAL in (row.gates or [])
                if approval:  # passed once approved (approve)
                    self._set_wave_state(session, row.id, number, "applied")
                else:
                    session.connection().execute(
                        update(rollout_waves)
                        .where(rw.rollout_id == row.id, rw.number == number)
                        .values(state="passed", finished_at=now)
                    )
                if number >= row.wave_count:
                    self._complete(session, row, runner, now)
                    new = "completed"
                elif approval:
                    reason = _approval_reason(row)
                    self._transition(
                        session,
                        row,
                        {
                            "state": "waiting",
                            "waiting_for": "approval",
                            "reason": reason,
                            "next_check_at": None,
                            "waiting_since": None,
                        },
                        now,
                    )
                    self._audit(session, runner, row, "rollouts.waiting", f"rollout {row.id}: {reason}")
                    new = "waiting"
                else:
                    self._transition(
                        session,
                        row,
                        {
                            "state": "running",
                            "next_check_at": now,
                            "reason": None,
                            "waiting_since": None,
                            "waiting_for": None,
                        },
                        now,
                    )
                    new = "running"
            notify_consoles(session, "rollouts", id=row.id, state=new)
        self.bus.emit_all(events)
        return new

    def _set_wave_state(self, session: Session, rollout_id: int, number: int, state: str) -> None:
        rw = rollout_waves.c
        session.connection().execute(
            update(rollout_waves).where(rw.rollout_id == rollout_id, rw.number == number).values(state=state)
        )

    @contextmanager
    def _lease_freed_on_error(self, rollout_id: int, lease: str | None) -> Iterator[None]:
        """A round that fails while it holds the gates' lease (a database locked past SQLite's
        busy timeout, say) gives the lease back, so the next round asks the gates again; if even
        that fails, this service's next round takes its own lease again (another runner waits
        for it to expire, ``LEASE``)."""
        try:
            yield
        except Exception:
            if lease is not None:
                r = rollouts.c
                try:
                    with self.db.transaction() as session:
                        session.connection().execute(
                            update(rollouts)
                            .where(r.id == rollout_id, r.lease_by == lease)
                            .values(lease_by=None, lease_until=None)
                        )
                except Exception:
                    self._stale_leases[rollout_id] = lease
            raise

    def _take_lease(self, rollout_id: int, version: int, lease: str, now: datetime) -> bool:
        r = rollouts.c
        free = r.lease_until.is_(None) | (r.lease_until < now)
        if rollout_id in self._stale_leases:
            free |= r.lease_by == self._stale_leases[rollout_id]
        with self.db.transaction() as session:
            result = session.connection().execute(
                update(rollouts)
                .where(r.id == rollout_id, r.version == version, free)
                .values(lease_by=lease, lease_until=now + LEASE)
            )
        self._stale_leases.pop(rollout_id, None)
        return result.rowcount == 1

    def _gate(self, spec: GateSpec, row: Any, changed: list[str], unchanged: list[str]) -> dict[str, Any]:
        from core.rollouts.gates import evaluate_gate  # lazy: httpx, scipy

        try:
            result: GateResult = evaluate_gate(
                spec, changed, unchanged, alpha=row.compare_alpha, prometheus_url=self.prometheus_url
            )
        except PlatformError as exc:
            return {
                "gate": spec.text,
                "result": "unknown",
                "detail": exc.message,
                "values": {},
                "baseline": [],
                "threshold": None,
            }
        return result.to_dict()

    def _rollback_failed(
        self, session: Session, row: Any, runner: Actor, now: datetime, reason: str, exc: Exception
    ) -> dict[str, Any]:
        """The runner's rollback raised (its savepoint undid all of it): the wave failed, the
        rollout pauses saying why, for a person to decide."""
        if not isinstance(exc, PlatformError):
            log.warning("rollout %s: the rollback failed", row.id, exc_info=exc)
        reason = f"{reason}; {ROLLBACK_FAILED}: {_why(exc)}"
        rw = rollout_waves.c
        session.connection().execute(
            update(rollout_waves)
            .where(rw.rollout_id == row.id, rw.number == row.current_wave)
            .values(state="failed")
        )
        self._audit(session, runner, row, "rollouts.rollback_failed", f"rollout {row.id} paused: {reason}")
        return {
            "state": "paused",
            "reason": reason,
            "next_check_at": None,
            "waiting_since": None,
            "waiting_for": None,
        }

    def _do_rollback(
        self, session: Session, row: Any, runner: Actor, now: datetime, reason: str
    ) -> tuple[dict[str, Any], list[Any]]:
        from core.services.rollout_changes import revert  # lazy: the ORM

        if dialect_name(session) == "postgresql":
            # A platform another change holds makes the rollback fail (and say so), not hang.
            session.execute(text(f"SET LOCAL lock_timeout = {int(ROLLBACK_LOCK_TIMEOUT * 1000)}"))
        outcome = revert(self.modules, session, runner, row.id, row.change, now)
        rw = rollout_waves.c
        session.connection().execute(
            update(rollout_waves)
            .where(rw.rollout_id == row.id, rw.number <= row.current_wave, rw.state != "pending")
            .values(state="rolled_back", finished_at=now)
        )
        if outcome.conflicts:
            shown = ", ".join(sorted({c["platform"] for c in outcome.conflicts})[:10])
            reason += f"; left alone (changed by someone else since): {shown}"
        self._audit(
            session,
            runner,
            row,
            "rollouts.rolled_back",
            f"rollout {row.id} rolled back on {count_of(len(outcome.reverted), 'platform')}: {reason}",
            platforms=outcome.reverted,
            extra={"conflicts": outcome.conflicts[:MAX_SHOWN]},
        )
        values = {
            "state": "rolled_back",
            "reason": reason,
            "next_check_at": None,
            "finished_at": now,
            "conflicts": outcome.conflicts[:MAX_SHOWN],
            "waiting_since": None,
            "waiting_for": None,
        }
        return values, outcome.events


def _why(exc: Exception) -> str:
    """One line saying why something failed: the error's message, or the exception's first line."""
    if isinstance(exc, PlatformError):
        text = exc.message
    else:
        orig = getattr(exc, "orig", None)  # a driver error: its own message, not the SQL
        text = f"{type(exc).__name__}: {(str(orig) if orig is not None else str(exc)).strip()}"
    line = _CONTROL.sub(" ", text.strip().splitlines()[0] if text.strip() else type(exc).__name__)
    return line if len(line) <= 300 else line[:299] + "…"


def _wave_state(wave: Any, now: datetime) -> str:
    """A wave's state as shown: a wave recorded ``baking`` whose bake time is over is ``applied``
    (its gates are due; the rollout stays ``baking`` until a runner evaluates them)."""
    if wave.state == "baking" and wave.bake_until is not None and wave.bake_until <= now:
        return "applied"
    return str(wave.state)


def _gates_passed(row: Any, wave: Any) -> bool:
    """The ``applied`` wave's gates all passed when last evaluated and only its approval stands
    before the next wave (nothing to evaluate again on resume)."""
    if wave.state != "applied" or APPROVAL not in (row.gates or []) or row.current_wave >= row.wave_count:
        return False
    results = wave.gates or []
    asked = [g for g in row.gates if g != APPROVAL]
    return len(results) == len(asked) and all(r["result"] == "pass" for r in results)


def _audited_gate(result: dict[str, Any]) -> dict[str, Any]:
    """A gate's result as its wave's ``rollouts.gates`` audit entry says it: how many values, not
    the values (one per changed platform: 55,000 cost the audit's checks and JSON 50-100 ms a
    wave); they stay on the wave (``rollout_waves.gates``), which ``show`` gives."""
    return {
        "gate": result["gate"],
        "result": result["result"],
        "detail": result["detail"],
        "threshold": result["threshold"],
        "value_count": len(result["values"]),
        "baseline_count": len(result["baseline"]),
    }


def _approval_reason(row: Any) -> str:
    return (
        f"wave {row.current_wave + 1} of {row.wave_count} waits for approval "
        f"(rollouts approve {row.id}, by someone other than its starter)"
    )


# A wave's columns but its target lists (100,000 ids and codes: read by rollout_rows when needed).
_WAVE_COLUMNS = tuple(c for c in rollout_waves.c if c.name not in ("platform_ids", "platforms"))


def _connection(conn: Connection | Session) -> Connection:
    return conn if isinstance(conn, Connection) else conn.connection()


def _network_gates(texts: Sequence[str]) -> list[GateSpec]:
    """The gates evaluated by asking something (Prometheus, a process); ``approval`` is the
    engine's own (a person approves the next wave)."""
    others = [text for text in texts if text != APPROVAL]
    if not others:
        return []
    from core.rollouts.gates import parse_gate  # lazy: only rollouts with such gates

    return [parse_gate(text) for text in others]


def _permission(change: dict[str, Any]) -> str:
    return "modules.configure" if change["kind"] == "configure" else "modules.toggle"


class BackgroundRunner:
    """Advances due rollouts every ``interval`` seconds on a daemon thread (``platformctl serve``,
    the open console): one :meth:`RolloutService.advance_due` a round, the first at once. An error
    is logged and the next round tries again; a database without the rollout tables is said once."""

    def __init__(self, service: RolloutService, interval: float, name: str) -> None:
        self.service = service
        self.interval = interval
        self.name = name
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_error: str | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="rollout-runner", daemon=True)
            self._thread.start()

    def stop(self, timeout: float | None = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def round(self, should_stop: Callable[[], bool] | None = None) -> list[tuple[int, str]]:
        """One round; errors are logged (once while they repeat), not raised."""
        try:
            moved = self.service.advance_due(self.name, should_stop=should_stop or self._stop.is_set)
        except Exception as exc:
            text = f"{type(exc).__name__}: {exc}"
            if text != self._last_error:  # once, not every round
                log.exception("advancing rollouts failed; trying again in %s s", self.interval)
            self._last_error = text
            return []
        self._last_error = None
        for rollout_id, state in moved:
            log.info("rollout %s: %s", rollout_id, state)
        return moved

    def _run(self) -> None:
        while not self._stop.is_set():
            self.round()
            self._stop.wait(self.interval)
