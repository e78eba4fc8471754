"""Shared by the rollout tests: an injectable clock, platforms with tags, a rollout driven to a state."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from core.actor import Actor
from core.db import Database
from core.models import AuditEntry
from core.services.rollouts import RolloutRequest, RolloutService
from core.tables import platform_tags, platforms

T0 = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # a Monday


class Clock:
    """Time that moves only when a test says so."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


def tag(db: Database, tag_name: str, codes: Sequence[str]) -> None:
    with db.transaction() as session:
        ids = dict(
            session.execute(select(platforms.c.code, platforms.c.id).where(platforms.c.code.in_(codes))).all()
        )
        session.execute(insert(platform_tags), [{"platform_id": ids[c], "tag": tag_name} for c in codes])


def request(**fields: Any) -> RolloutRequest:
    values: dict[str, Any] = {
        "name": "orders everywhere",
        "kind": "enable",
        "modules": ("orders",),
        "all": True,
        "bake": "0s",
    }
    values.update(fields)
    return RolloutRequest(**values)


def drive(service: RolloutService, rollout_id: int, until: Sequence[str], *, steps: int = 40) -> str:
    """Call advance_due until the rollout reaches one of ``until`` (or no step moves it)."""
    state = service.show(Actor.system(), rollout_id)["state"]
    for _ in range(steps):
        if state in until:
            return state
        moved = dict(service.advance_due("test"))
        if rollout_id not in moved:
            return state
        state = moved[rollout_id]
    return state


def audit_actions(db: Database, subject: str) -> list[tuple[str, str, int | None]]:
    """(action, actor, admin user id) of the audit entries about ``subject``, oldest first."""
    with db.sessions() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.actor, AuditEntry.admin_user_id)
            .where(AuditEntry.subject == subject)
            .order_by(AuditEntry.id)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]
