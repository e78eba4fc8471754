"""A rollout's targets and changes at fleet scale: lists and groups, not a row per platform.

Each wave lists its targets (``rollout_waves.platform_ids`` ascending, ``platforms`` their codes
in the same order); what a wave changed is ``rollout_changes``, one row per group of platforms changed the
same way. A rollout of 100,000 platforms so writes a few rows where it wrote 100,000 (on
PostgreSQL the per-row foreign key checks alone took longer than the change itself).

Id lists travel as one parameter unnested server-side (PostgreSQL: an integer array literal;
SQLite: a JSON array read by ``json_each``), never as ``IN`` lists of thousands of placeholders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from operator import attrgetter
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    Connection,
    Integer,
    Text,
    bindparam,
    cast,
    func,
    select,
    text,
    update,
)

from core.actor import Actor
from core.db import dialect_name, json_dumps, pg_array
from core.services.platforms import PlatformRef
from core.tables import rollout_changes, rollout_waves

_rc, _rw = rollout_changes.c, rollout_waves.c


def covers_all(actor: Actor, *permissions: str) -> bool:
    """Whether ``actor`` holds every one of ``permissions`` on every platform (a super admin):
    then a check per platform of 100,000 targets can be skipped, its answer known."""
    return all(actor.platform_filter(p) is None for p in permissions)


def _postgresql(conn: Connection) -> bool:
    return dialect_name(conn) == "postgresql"


def in_ids(conn: Connection, column_sql: str, name: str) -> str:
    """SQL for ``column_sql`` being one of the ids in parameter ``name``. PostgreSQL: ``= ANY``
    of the array (``IN (SELECT unnest(...))`` is planned for 200 rows, a nested loop over
    100,000: 4x slower)."""
    if _postgresql(conn):
        return f"{column_sql} = ANY(CAST(:{name} AS integer[]))"
    return f"{column_sql} IN (SELECT value FROM json_each(:{name}))"


def ids_param(conn: Connection, ids: Sequence[int]) -> str:
    """``ids`` as one parameter for :func:`in_ids`: an array literal (PostgreSQL,
    :func:`core.db.pg_array`) or a JSON array (SQLite)."""
    return pg_array(ids) if _postgresql(conn) else "[" + ",".join(map(str, ids)) + "]"


def json_list(values: Sequence[Any]) -> Any:
    """A list for a JSON column written as-is: one :func:`core.db.json_dumps` of the whole, not
    the driver's per-value adaptation."""
    return json_dumps(list(values))


# -- waves -----------------------------------------------------------------------------------------
@dataclass
class Targets:
    """A rollout's target platforms as two columns in id order (100,000 of them cost no object
    each); ``refs`` builds the refs when something needs them (the plan of a dry run, say)."""

    ids: list[int]
    codes: list[str]

    @classmethod
    def of(cls, refs: Iterable[PlatformRef]) -> Targets:
        ordered = sorted(refs, key=attrgetter("id"))
        return cls([r.id for r in ordered], [r.code for r in ordered])

    @cached_property
    def refs(self) -> list[PlatformRef]:
        return [PlatformRef(pid, code, "") for pid, code in zip(self.ids, self.codes, strict=True)]


def wave_rows(rollout_id: int, waves: Sequence[Any], targets: Targets) -> list[dict[str, Any]]:
    """The ``rollout_waves`` rows of a new rollout (``waves``: each wave's positions in
    ``targets``, :func:`core.rollouts.specs.wave_positions`), each listing its targets in id
    order, codes beside ids."""
    import numpy as np  # lazily: only creating a rollout needs it

    ids, codes = np.asarray(targets.ids), np.array(targets.codes, dtype=object)
    rows = []
    for number, wave in enumerate(waves, start=1):
        at = np.sort(wave)  # positions in id order
        rows.append(
            {
                "rollout_id": rollout_id,
                "number": number,
                "state": "pending",
                "size": len(at),
                "gates": [],
                "platform_ids": ids[at].tolist(),
                "platforms": codes[at].tolist(),
            }
        )
    return rows


def wave_lists(
    conn: Connection, rollout_id: int, *, numbers: Iterable[int] | None = None, pending: bool = False
) -> dict[int, tuple[list[int], list[str]]]:
    """wave number -> (its target ids ascending, their codes in the same order); ``pending``: only
    the waves not applied yet."""
    stmt = select(_rw.number, _rw.platform_ids, _rw.platforms).where(_rw.rollout_id == rollout_id)
    if numbers is not None:
        stmt = stmt.where(_rw.number.in_(sorted(numbers)))
    if pending:
        stmt = stmt.where(_rw.applied_at.is_(None))
    return {
        n: (list(ids or []), list(codes or [])) for n, ids, codes in conn.execute(stmt.order_by(_rw.number))
    }


def existing(conn: Connection, ids: Sequence[int], *, lock: bool = False) -> set[int] | None:
    """Those of ``ids`` whose platform still exists; None when all do (one count, the usual
    answer: platforms are not deleted by the console, only by hand). ``lock`` (PostgreSQL): the
    counted rows are locked for update, in id order, by the count itself (no row comes back)."""
    if not ids:
        return None
    param = ids_param(conn, ids)
    where = f"FROM platforms WHERE {in_ids(conn, 'id', 'ids')}"
    counted = f"SELECT count(*) {where}"
    if lock and _postgresql(conn):
        counted = f"SELECT count(*) FROM (SELECT 1 {where} ORDER BY id FOR UPDATE) AS locked"
    if conn.execute(text(counted), {"ids": param}).scalar_one() == len(set(ids)):
        return None
    return {int(pid) for (pid,) in conn.execute(text(f"SELECT id {where}"), {"ids": param})}


def wave_ids(conn: Connection, rollout_id: int, number: int) -> list[int]:
    """Wave ``number``'s target ids, ascending."""
    stmt = select(_rw.platform_ids).where(_rw.rollout_id == rollout_id, _rw.number == number)
    return list(conn.execute(stmt).scalar() or [])


def target_ids(conn: Connection, rollout_id: int) -> list[int]:
    """Every target of the rollout, ascending."""
    return sorted(pid for ids, _codes in wave_lists(conn, rollout_id).values() for pid in ids)


def refs_of(conn: Connection, ids: Sequence[int], *, lock: bool = False) -> list[PlatformRef]:
    """The platforms of ``ids`` (those that still exist), in id order; ``lock``: for update
    (PostgreSQL), in id order as every change locks platforms."""
    if not ids:
        return []
    sql = f"SELECT id, code, name FROM platforms WHERE {in_ids(conn, 'id', 'ids')} ORDER BY id"
    if lock and _postgresql(conn):
        sql += " FOR UPDATE"
    return [PlatformRef(*row) for row in conn.execute(text(sql), {"ids": ids_param(conn, ids)}).all()]


def wave_targets(conn: Connection, rollout_id: int, number: int) -> list[PlatformRef]:
    """Wave ``number``'s targets that still exist, read from ``platforms``, in id order."""
    return refs_of(conn, wave_ids(conn, rollout_id, number))


def wave_refs(
    conn: Connection, rollout_id: int, number: int, *, lock: bool = False
) -> tuple[list[int], list[PlatformRef]]:
    """(wave ``number``'s target ids, the refs of those that still exist) in id order, to plan
    on: ``name`` is left empty. The refs come from the wave's own lists, codes beside ids, once
    one count has shown none was deleted (reading 50,000 platforms back was 80 ms on SQLite);
    ``lock``: on PostgreSQL that count locks them for update (the lock is the point)."""
    ids, codes = wave_lists(conn, rollout_id, numbers=(number,)).get(number, ([], []))
    if len(codes) != len(ids) or existing(conn, ids, lock=lock) is not None:
        return ids, refs_of(conn, ids, lock=lock)
    return ids, [PlatformRef(pid, code, "") for pid, code in zip(ids, codes, strict=True)]


def within(conn: Connection, ids: Sequence[int]) -> Callable[[Any, Any], Any]:
    """A select restricted to the rows whose platform id column is one of ``ids``
    (ModuleService.enabled_sets). PostgreSQL: ``= ANY(array)``. SQLite: the select is joined
    from the ids' ``json_each``, so that each (platform, module) pair is one index search (a
    quarter faster than ``IN (SELECT value FROM json_each(...))``, which searches by platform
    alone)."""
    param = ids_param(conn, ids)

    def restrict(stmt: Any, col: Any) -> Any:
        if _postgresql(conn):
            return stmt.where(
                col == func.any(cast(bindparam("within_ids", param, type_=Text()), ARRAY(Integer())))
            )
        listed = func.json_each(bindparam("within_ids", param, type_=Text())).table_valued("value")
        return stmt.select_from(listed).join(col.table, col == listed.c.value)

    return restrict


# -- changes ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChangeGroup:
    """Platforms a wave changed the same way."""

    ids: list[int]
    codes: list[str]
    enabled: Sequence[str] = ()
    disabled: Sequence[str] = ()
    previous: dict[str, Any] | None = None


def record_changes(
    conn: Connection, rollout_id: int, wave: int, groups: Iterable[ChangeGroup], now: datetime
) -> None:
    """Record what wave ``wave`` changed: one ``rollout_changes`` row per group."""
    rows = [
        {
            "rollout_id": rollout_id,
            "wave": wave,
            "size": len(g.ids),
            "platform_ids": json_list(sorted(g.ids)),
            "platforms": json_list(sorted(g.codes)),
            "enabled": list(g.enabled) if g.previous is None else None,
            "disabled": list(g.disabled) if g.previous is None else None,
            "previous": g.previous,
            "applied_at": now,
        }
        for g in groups
        if g.ids
    ]
    if not rows:
        return
    # The id and code lists go in as JSON text already encoded (100,000 values: one dumps).
    stmt = rollout_changes.insert().values(
        platform_ids=_json_text(conn, "platform_ids"), platforms=_json_text(conn, "platforms")
    )
    conn.execute(stmt, rows)


def _json_text(conn: Connection, name: str) -> Any:
    """A JSON column's value bound as the JSON text it already is."""
    param = bindparam(name, type_=Text())
    return cast(param, JSON()) if _postgresql(conn) else param


@dataclass(frozen=True)
class Change:
    """A ``rollout_changes`` row as read."""

    wave: int
    ids: list[int]
    codes: list[str]
    enabled: list[str]
    disabled: list[str]
    previous: dict[str, Any] | None


def changes(conn: Connection, rollout_id: int, *, newest_first: bool = False) -> list[Change]:
    """What the rollout changed and has not rolled back, by group (``newest_first``: the groups
    of the last wave first)."""
    order = (_rc.wave.desc(), _rc.id) if newest_first else (_rc.wave, _rc.id)
    stmt = (
        select(_rc.wave, _rc.platform_ids, _rc.platforms, _rc.enabled, _rc.disabled, _rc.previous)
        .where(_rc.rollout_id == rollout_id, _rc.rolled_back_at.is_(None))
        .order_by(*order)
    )
    return [
        Change(wave, list(ids), list(codes), list(enabled or ()), list(disabled or ()), previous)
        for wave, ids, codes, enabled, disabled, previous in conn.execute(stmt)
    ]


def changed_by_wave(conn: Connection, rollout_id: int) -> dict[int, list[str]]:
    """wave number -> the codes of the platforms it changed (rolled back or not), sorted."""
    out: dict[int, list[str]] = {}
    stmt = select(_rc.wave, _rc.platforms).where(_rc.rollout_id == rollout_id).order_by(_rc.wave, _rc.id)
    for wave, codes in conn.execute(stmt):
        out.setdefault(wave, []).extend(codes)
    for codes in out.values():
        codes.sort()
    return out


def changed_count(conn: Connection, rollout_id: int, *, live: bool = False) -> int:
    """How many platforms the rollout changed (``live``: and has not rolled back)."""
    stmt = select(func.coalesce(func.sum(_rc.size), 0)).where(_rc.rollout_id == rollout_id)
    if live:
        stmt = stmt.where(_rc.rolled_back_at.is_(None))
    return int(conn.execute(stmt).scalar_one())


def mark_rolled_back(conn: Connection, rollout_id: int, now: datetime) -> None:
    conn.execute(
        update(rollout_changes)
        .where(_rc.rollout_id == rollout_id, _rc.rolled_back_at.is_(None))
        .values(rolled_back_at=now)
    )


def changed_codes(
    conn: Connection, rollout_id: int, *, unchanged: bool = True
) -> tuple[list[str], list[str]]:
    """(the platforms this rollout changed and did not roll back, the targets of the waves not
    applied yet; the latter only if ``unchanged``), each by code, sorted."""
    changed: list[str] = []
    for change in changes(conn, rollout_id):
        changed.extend(change.codes)
    changed.sort()
    if not unchanged:
        return changed, []
    left = sorted(
        code for _ids, codes in wave_lists(conn, rollout_id, pending=True).values() for code in codes
    )
    return changed, left


# -- who reads which rollouts ----------------------------------------------------------------------
def aimed_at(conn: Connection, scope: Iterable[int]) -> Any:
    """A condition on ``rollouts``: the rollout has at least one target among the platforms
    ``scope`` (read from its waves' lists)."""
    if _postgresql(conn):
        each = "json_array_elements_text(w.platform_ids) AS j(value)"
        value = "CAST(j.value AS integer)"
    else:
        each, value = "json_each(w.platform_ids) AS j", "j.value"
    return text(
        f"EXISTS (SELECT 1 FROM rollout_waves w, {each} WHERE w.rollout_id = rollouts.id "
        f"AND {in_ids(conn, value, 'aimed_scope')})"
    ).bindparams(aimed_scope=ids_param(conn, sorted(set(scope))))
