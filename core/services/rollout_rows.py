"""``rollout_platforms`` at fleet scale: a rollout's 100,000 target rows written, marked and read
set-based, with their parameters bound once.

An id list travels as one parameter, unnested server-side (PostgreSQL: an integer array;
SQLite: a JSON array read by ``json_each``), instead of one bound row per platform (SQLite's
``executemany`` processed each row's parameters in Python: most of a rollout's creation) or
``IN`` lists of thousands of placeholders.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, text

from core.actor import Actor
from core.db import dialect_name
from core.tables import rollout_platforms

_rp = rollout_platforms.c
ANALYZE_FROM = 10_000  # targets from which a new rollout's rows are worth fresh statistics


def covers_all(actor: Actor, *permissions: str) -> bool:
    """Whether ``actor`` holds every one of ``permissions`` on every platform (a super admin):
    then a check per platform of 100,000 targets can be skipped, its answer known."""
    return all(actor.platform_filter(p) is None for p in permissions)


def _ids(conn: Connection, name: str) -> str:
    """SQL for the set of ids in parameter ``name`` (see :func:`_id_param`)."""
    if dialect_name(conn) == "postgresql":
        return f"SELECT unnest(CAST(:{name} AS integer[]))"
    return f"SELECT value FROM json_each(:{name})"


def _id_param(conn: Connection, ids: Sequence[int]) -> Any:
    return list(ids) if dialect_name(conn) == "postgresql" else json.dumps(list(ids))


def insert_targets(conn: Connection, rollout_id: int, rows: Sequence[tuple[int, int]]) -> None:
    """One ``rollout_platforms`` row per (platform id, wave), not changed yet, in one statement;
    in platform id order (the primary key's: its index grows at one end)."""
    rows = sorted(rows)
    if dialect_name(conn) == "postgresql":
        source = "unnest(CAST(:pids AS integer[]), CAST(:waves AS integer[])) AS r(pid, wave)"
        values = "r.pid, r.wave"
        params: dict[str, Any] = {"pids": [r[0] for r in rows], "waves": [r[1] for r in rows]}
    else:
        source = "json_each(:rows) AS r"
        values = "json_extract(r.value, '$[0]'), json_extract(r.value, '$[1]')"
        params = {"rows": json.dumps(rows)}
    conn.execute(
        text(
            "INSERT INTO rollout_platforms (rollout_id, platform_id, wave, changed) "
            f"SELECT :rid, {values}, :unchanged FROM {source}"
        ).bindparams(bindparam("unchanged", type_=_rp.changed.type)),
        {"rid": rollout_id, "unchanged": False, **params},
    )
    if dialect_name(conn) == "postgresql" and len(rows) >= ANALYZE_FROM:
        # The planner's statistics know nothing of a rollout just created: each wave's reads would
        # be planned for a handful of rows (nested loops over 50,000) until autovacuum analyses.
        conn.execute(text("ANALYZE rollout_platforms"))


def mark_changed(
    conn: Connection,
    rollout_id: int,
    groups: Iterable[tuple[Sequence[str], Sequence[str], Sequence[int]]],
    now: datetime,
) -> None:
    """Record what a wave changed: for each (enabled, disabled, platform ids) group (platforms
    that got the same changes), one UPDATE of those platforms' rows."""
    stmt = text(
        "UPDATE rollout_platforms SET changed = :changed, enabled = :enabled, disabled = :disabled, "
        f"applied_at = :now WHERE rollout_id = :rid AND platform_id IN ({_ids(conn, 'ids')})"
    ).bindparams(
        bindparam("changed", type_=_rp.changed.type),
        bindparam("enabled", type_=_rp.enabled.type),
        bindparam("disabled", type_=_rp.disabled.type),
        bindparam("now", type_=_rp.applied_at.type),
    )
    for enabled, disabled, pids in groups:
        params = {
            "changed": True,
            "enabled": list(enabled),
            "disabled": list(disabled),
            "now": now,
            "rid": rollout_id,
            "ids": _id_param(conn, pids),
        }
        conn.execute(stmt, params)


def changed_codes(
    conn: Connection, rollout_id: int, *, unchanged: bool = True
) -> tuple[list[str], list[str]]:
    """(the platforms this rollout changed and did not roll back, the targets of the waves not
    applied yet; the latter only if ``unchanged``), each by code, filtered and sorted in SQL."""
    base = (
        "SELECT p.code FROM rollout_platforms rp JOIN platforms p ON p.id = rp.platform_id "
        "WHERE rp.rollout_id = :rid AND {} ORDER BY p.code"
    )
    changed_sql = text(
        base.format("rp.changed = :changed AND rp.applied_at IS NOT NULL AND rp.rolled_back_at IS NULL")
    ).bindparams(bindparam("changed", type_=_rp.changed.type))
    changed = list(conn.execute(changed_sql, {"rid": rollout_id, "changed": True}).scalars())
    if not unchanged:
        return changed, []
    left = list(conn.execute(text(base.format("rp.applied_at IS NULL")), {"rid": rollout_id}).scalars())
    return changed, left
