"""Fault injection on PostgreSQL, shared by the refund and bulk-change tests: a :class:`Killer` that
terminates the service's backend (``pg_terminate_backend`` from a second connection) right before a
chosen statement or commit, the kill points to try, and the audit entries of a request.

Import the fixture into a test module (``from tests.fault_helpers import killer_fixture``
registers the fixture ``killer``). ``PLATFORM_FAULT_TRIALS=N`` tries N points per request,
``all`` every one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.engine import Engine

from core.db import Database, make_engine
from core.models import AuditEntry

DEFAULT_TRIALS = 6


class Killer:
    """Counts the statements and commits run on ``engine``; at number ``target`` it terminates the
    connection's backend from another connection first, so that statement meets a dead connection."""

    def __init__(self, engine: Engine, admin: Engine) -> None:
        self.engine, self.admin = engine, admin
        self.points: list[str] = []
        self.target: int | None = None
        self.killed: str | None = None
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._commit)

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._statement)
        event.remove(self.engine, "commit", self._commit)

    def arm(self, target: int | None) -> None:
        self.points, self.target, self.killed = [], target, None

    def _statement(self, conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self._point(conn, " ".join(statement.split()[:4]))

    def _commit(self, conn: Any) -> None:
        self._point(conn, "COMMIT")

    def _point(self, conn: Any, label: str) -> None:
        index = len(self.points)
        self.points.append(label)
        if index != self.target:
            return
        pid = conn.connection.driver_connection.info.backend_pid
        with self.admin.connect() as other:
            assert other.scalar(text("SELECT pg_terminate_backend(:pid, 10000)"), {"pid": pid})
        self.killed = f"#{index} {label}"


def kill_points(points: list[str]) -> list[int]:
    """Which points to try: every commit, then others spread evenly, up to the trial budget."""
    wanted = os.environ.get("PLATFORM_FAULT_TRIALS", str(DEFAULT_TRIALS))
    budget = len(points) if wanted == "all" else max(1, int(wanted))
    commits = [i for i, p in enumerate(points) if p == "COMMIT"]
    others = [i for i in range(len(points)) if i not in commits]
    room = max(0, budget - len(commits))
    step = len(others) / room if room else 0
    spread = [others[int(k * step)] for k in range(room)] if others else []
    return sorted(set(commits[:budget] + spread))


@pytest.fixture(name="killer")
def killer_fixture(db: Database) -> Iterator[Killer]:
    admin = make_engine(db.url)
    k = Killer(db.engine, admin)
    yield k
    k.close()
    admin.dispose()


def audit_for(db: Database, action: str, **request: Any) -> list[AuditEntry]:
    """The entries of ``action`` whose request holds ``request`` (e.g. payment=12)."""
    with db.sessions() as session:
        found = session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))
        return [e for e in found if all((e.request or {}).get(k) == v for k, v in request.items())]
