"""Rollouts in every state a person meets, on a seeded demo database: the screens tool's and the
rollouts page tests' content.

Gates are evaluated against a Prometheus-compatible server on 127.0.0.1 (:class:`PromServer`)
that this module starts and stops, so the waves carry real recorded values (a failed gate's red
platforms, a comparison's two groups); time is an injected clock, so nothing waits.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core.actor import Actor
from core.db import Database
from core.graph import ChangeRequest
from core.services.module_service import ModuleService, Target
from core.services.platforms import PlatformService
from core.services.rollouts import RolloutService
from tests.prom_server import PromServer
from tests.rollout_helpers import Clock, drive, request

ADMIN = Actor.system("admin:admin")
BOT = Actor.system("release-bot")  # starts the rollout that waits for approval: admin approves it
ERRORS = "sum by (platform) (rate(shop_errors_total[5m])) / sum by (platform) (rate(shop_requests_total[5m]))"
LATENCY = "histogram_quantile(0.99, sum by (platform, le) (rate(shop_request_seconds_bucket[5m])))"
ERROR_GATE = f"prom:{ERRORS} < 0.02"
LATENCY_GATE = f"compare:{LATENCY} higher"


def error_ratio(code: str, bad: frozenset[str] = frozenset()) -> float:
    """A small, stable error ratio per platform (0.002 to 0.013); ``bad`` ones far above."""
    base = 0.002 + (sum(map(ord, code)) % 12) / 1000
    return 0.061 + base if code in bad else base


def latency(code: str) -> float:
    return 0.18 + (sum(map(ord, code)) * 37 % 100) / 1000


@pytest.fixture(name="prom")
def prom_fixture() -> Iterator[PromServer]:
    """A Prometheus-compatible server on 127.0.0.1 for one test (import it to use ``prom``)."""
    server = PromServer().start()
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def prometheus(codes: list[str]) -> Iterator[tuple[PromServer, set[str]]]:
    """A server answering the error ratio (the platforms in the returned set badly) and the
    latency of ``codes``."""
    bad: set[str] = set()
    server = PromServer(
        lambda query: {
            c: (latency(c) if "seconds" in query else error_ratio(c, frozenset(bad))) for c in codes
        }
    ).start()
    try:
        yield server, bad
    finally:
        server.stop()


def seed_rollouts(db: Database, *, start: datetime | None = None) -> dict[str, int]:
    """Five rollouts by state (``draft``, ``running``, ``paused``, ``waiting``, ``completed``),
    their ids by that name."""
    # Started 100 minutes ago: the last steps land about now, so the running rollout's wave 2 is
    # still baking (25 minutes left) when a page or a screenshot reads it with the real clock.
    clock = Clock(start or datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=100))
    codes = [p.code for p in PlatformService(db).list_platforms(Actor.system())]
    # Nowhere yet: each wave of the rollouts that add them changes every platform it holds.
    ModuleService(db).apply(
        Actor.system("demo"),
        Target(all=True),
        ChangeRequest(disable=("inventory", "messaging"), cascade=True),
    )
    ids: dict[str, int] = {}
    with prometheus(codes) as (prom, bad):
        service = RolloutService(db, clock=clock, prometheus_url=prom.url)

        def make(name: str, actor: Actor = ADMIN, **fields: Any) -> int:
            return int(service.create(actor, request(name=name, **fields))["id"])

        # Completed: analytics everywhere, canaries first.
        ids["completed"] = make(
            "analytics everywhere", modules=("analytics",), waves="2,50%,100%", gates=(ERROR_GATE,)
        )
        service.start(ADMIN, ids["completed"])
        drive(service, ids["completed"], ("completed",))
        clock.advance(minutes=20)
        # Paused: wave 2 of billing turned one platform's error ratio bad.
        ids["paused"] = make(
            "billing in waves", modules=("billing",), waves="2,6,100%", bake="10m", gates=(ERROR_GATE,)
        )
        service.start(ADMIN, ids["paused"])
        drive(service, ids["paused"], ("baking",))  # wave 1 applied
        clock.advance(minutes=10)
        drive(service, ids["paused"], ("running",))  # wave 1's gate passes
        drive(service, ids["paused"], ("baking",))  # wave 2 applied
        bad.add(service.show(ADMIN, ids["paused"])["waves"][1]["changed"][-1])
        clock.advance(minutes=10)
        drive(service, ids["paused"], ("paused",))
        bad.clear()
        clock.advance(minutes=5)
        # Waiting for an approval: inventory, wave 1 passed its comparison.
        ids["waiting"] = make(
            "inventory with approval",
            BOT,
            modules=("inventory",),
            waves="3,100%",
            bake="15m",
            gates=(LATENCY_GATE, "approval"),
        )
        service.start(BOT, ids["waiting"])
        drive(service, ids["waiting"], ("baking",))
        clock.advance(minutes=15)
        drive(service, ids["waiting"], ("waiting",))
        clock.advance(minutes=5)
        # Running: messaging, wave 1 passed, wave 2 applied and baking.
        ids["running"] = make(
            "messaging to the fleet",
            modules=("messaging",),
            waves="2,25%,100%",
            bake="30m",
            gates=(ERROR_GATE, LATENCY_GATE),
        )
        service.start(ADMIN, ids["running"])
        drive(service, ids["running"], ("baking",))
        clock.advance(minutes=30)
        drive(service, ids["running"], ("running",))
        drive(service, ids["running"], ("baking",))
        clock.advance(minutes=5)
        # Draft: orders outside Luxembourg, not started.
        ids["draft"] = make(
            "orders outside Luxembourg",
            modules=("orders",),
            exclude_tags=("country:lu",),
            waves="tag:canary,30%,100%",
            bake="1h",
            gates=(ERROR_GATE,),
            on_fail="rollback",
        )
    return ids
