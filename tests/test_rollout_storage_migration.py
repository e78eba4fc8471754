"""framework_005 carries rollouts written one row per target (framework_004) into wave lists and
change groups, and its downgrade rebuilds the rows per target: on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from core import migrations
from core.actor import Actor
from core.db import Database
from core.services.rollout_rows import changed_codes
from core.services.rollouts import RolloutService

AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
ROOT = Actor.system("admin:root")


@pytest.fixture
def database(backend: str, fresh_url: str) -> Iterator[Database]:
    db = Database(fresh_url)
    yield db
    db.dispose()


def _old_rollout(db: Database) -> dict[str, int]:
    """A rollout as framework_004 wrote it: wave 1 applied (p-b changed, p-a needed nothing),
    wave 2 (p-c) pending; returns the platform ids by code."""
    with db.engine.begin() as conn:
        for code in ("p-c", "p-a", "p-b"):  # ids not in code order
            conn.execute(
                text("INSERT INTO platforms (code, name, created_at) VALUES (:c, :c, :at)"),
                {"c": code, "at": AT},
            )
        ids = dict(conn.execute(text("SELECT code, id FROM platforms")).all())
        conn.execute(
            text(
                "INSERT INTO rollouts (id, name, state, change, targets, waves_spec, bake_seconds, gates, "
                "on_fail, gate_timeout_seconds, compare_alpha, windows, created_by, created_at, "
                "updated_at, current_wave, wave_count, target_count, version) VALUES (7, 'old', "
                "'paused', :change, :targets, '1,100%', 0, '[]', 'pause', 60, 0.01, '[]', 'admin:root', "
                ":at, :at, 1, 2, 3, 3)"
            ),
            {
                "change": json.dumps({"kind": "enable", "modules": ["orders"]}),
                "targets": json.dumps({"all": True}),
                "at": AT,
            },
        )
        for number, state, applied in ((1, "applied", AT), (2, "pending", None)):
            conn.execute(
                text(
                    "INSERT INTO rollout_waves (rollout_id, number, state, size, applied_at, gates) "
                    "VALUES (7, :n, :s, :size, :at, '[]')"
                ),
                {"n": number, "s": state, "size": 2 if number == 1 else 1, "at": applied},
            )
        rows = [
            ("p-a", 1, False, None, AT),
            ("p-b", 1, True, json.dumps(["payments", "orders"]), AT),
            ("p-c", 2, False, None, None),
        ]
        for code, wave, changed, enabled, applied in rows:
            conn.execute(
                text(
                    "INSERT INTO rollout_platforms (rollout_id, platform_id, wave, changed, enabled, "
                    "applied_at) VALUES (7, :pid, :wave, :changed, :enabled, :at)"
                ),
                {"pid": ids[code], "wave": wave, "changed": changed, "enabled": enabled, "at": applied},
            )
    return ids


def test_the_upgrade_carries_old_rollouts_and_the_downgrade_rebuilds_them(database: Database) -> None:
    migrations.upgrade(database, "framework_004")
    ids = _old_rollout(database)
    migrations.upgrade(database, "framework_005")

    doc = RolloutService(database).show(ROOT, 7)
    assert [w["platforms"] for w in doc["waves"]] == [["p-a", "p-b"], ["p-c"]]
    assert [w["changed"] for w in doc["waves"]] == [["p-b"], []]
    assert doc["progress"]["changed"] == 1
    with database.engine.connect() as conn:
        assert changed_codes(conn, 7) == (["p-b"], ["p-c"])
        waves = conn.execute(text("SELECT platform_ids FROM rollout_waves ORDER BY number")).scalars()
        assert [json.loads(w) if isinstance(w, str) else w for w in waves] == [
            sorted([ids["p-a"], ids["p-b"]]),
            [ids["p-c"]],
        ]

    migrations.downgrade(database, "framework_004")
    with database.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT p.code, rp.wave, rp.changed, rp.enabled, rp.applied_at IS NOT NULL "
                "FROM rollout_platforms rp JOIN platforms p ON p.id = rp.platform_id ORDER BY p.code"
            )
        ).all()
    decoded = [
        (c, w, bool(ch), json.loads(e) if isinstance(e, str) else e, bool(a)) for c, w, ch, e, a in rows
    ]
    assert decoded == [
        ("p-a", 1, False, None, True),
        ("p-b", 1, True, ["payments", "orders"], True),
        ("p-c", 2, False, None, False),
    ]
