"""Fault injection on PostgreSQL: the service's backend is terminated (``pg_terminate_backend`` from a
second connection) right before one of the statements, or the commit, that a refund's creation or
approval runs. After each trial: no partial state (the payment's refunds and the gateway agree, and
``resolve_pending`` settles whatever was left pending to exactly one refund at the gateway) and an
audit entry for the request, written after the rollback on a fresh connection when the transaction died.

The kill points come from a dry run of the same request, so every statement and commit can be hit;
the normal run tries a bounded spread of them (commits first). ``PLATFORM_FAULT_TRIALS=N`` tries N
points per request, ``all`` every one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.engine import Engine

from core.actor import Actor
from core.db import Database, make_engine
from core.models import AuditEntry
from modules.payments.models import Refund
from modules.payments.services import HOLDING, PaymentService
from tests.fakes.stripe_server import FakeStripe
from tests.foundation_helpers import make_user
from tests.payments_helpers import (  # noqa: F401 - the *_fixture names register fixtures
    LIMIT,
    Shop,
    add_payment,
    add_shop,
    fake_stripe_fixture,
    make_gateways,
    refunds_of,
)

CLI = Actor.cli()
DEFAULT_TRIALS = 6

pytestmark = pytest.mark.parametrize("backend", ["postgres"])


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


@pytest.fixture
def killer(db: Database) -> Iterator[Killer]:
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


def check_consistent(db: Database, service: PaymentService, fake: FakeStripe, pid: int, pi: str) -> None:
    """The payment and its refunds agree with each other and, once pending ones are resolved, with
    the gateway: what the bank refunded is exactly what is recorded as succeeded."""
    rows = refunds_of(db, pid)
    with db.sessions() as session:
        from modules.payments.models import Payment

        captured = session.get(Payment, pid).captured_minor  # type: ignore[union-attr]
    assert sum(r.amount_minor for r in rows if r.state in HOLDING) <= captured
    for r in rows:
        assert r.state != "succeeded" or r.gateway_refund_id, r.state
        assert r.state == "pending" or r.claimed_by is None, (r.state, r.claimed_by)
    service.resolve_pending(CLI)
    rows = refunds_of(db, pid)
    assert all(r.state != "pending" for r in rows), [(r.id, r.state, r.claimed_by) for r in rows]
    held = fake.refunds_for(pi)
    assert sorted(h["id"] for h in held) == sorted(
        r.gateway_refund_id for r in rows if r.state == "succeeded"
    )


def _run(call: Callable[[], Any]) -> BaseException | None:
    try:
        call()
    except Exception as exc:  # the killed connection's error, or refund.interrupted
        return exc
    return None


def _payment(db: Database, shop: Shop, fake: FakeStripe) -> tuple[int, str]:
    from modules.payments.models import Payment

    pid = add_payment(db, shop, "stripe", 20_000, fake=fake)
    with db.sessions() as session:
        return pid, str(session.get(Payment, pid).gateway_payment_id)  # type: ignore[union-attr]


def test_backend_killed_during_refund_creation(db: Database, fake_stripe: FakeStripe, killer: Killer) -> None:
    service = PaymentService(db, make_gateways(fake_stripe.url, None), limit_setting=LIMIT)
    shop = add_shop(db)
    pid, _pi = _payment(db, shop, fake_stripe)
    killer.arm(None)
    service.create_refund(CLI, pid, 1_000, "dry run")
    points = list(killer.points)
    assert "COMMIT" in points and any(p.startswith("INSERT INTO refunds") for p in points), points
    tried = []
    for index in kill_points(points):
        pid, pi = _payment(db, shop, fake_stripe)
        killer.arm(index)
        error = _run(lambda pid=pid: service.create_refund(CLI, pid, 1_000, "killed"))  # type: ignore[misc]
        assert killer.killed, f"point {index} was not reached ({points[index]})"
        tried.append((killer.killed, type(error).__name__))
        killer.arm(None)
        rows = refunds_of(db, pid)
        created = audit_for(db, "refunds.create", payment=pid)
        assert len(created) == 1, (killer.killed, created)  # one entry per request, always
        if not rows:  # the creating transaction died: rolled back, audited afterwards
            assert error is not None and created[0].outcome == "failed"
            assert fake_stripe.refunds_for(pi) == []
        else:
            assert created[0].outcome == "succeeded"
            [row] = rows
            if error is not None:  # recorded, then the database failed around the send
                assert row.state == "pending" and getattr(error, "code", "") == "refund.interrupted", error
                [sent] = audit_for(db, "refunds.send", payment=pid)
                assert sent.outcome == "failed" and sent.error_code == "refund.interrupted"
        check_consistent(db, service, fake_stripe, pid, pi)
    assert len(tried) >= min(DEFAULT_TRIALS, len(points)), tried


def test_backend_killed_during_approval(db: Database, fake_stripe: FakeStripe, killer: Killer) -> None:
    service = PaymentService(db, make_gateways(fake_stripe.url, None), limit_setting=LIMIT)
    shop = add_shop(db)
    support = make_user(db, "sue", "support")

    def waiting() -> tuple[int, str, int]:
        pid, pi = _payment(db, shop, fake_stripe)
        killer.arm(None)
        refund = service.create_refund(support, pid, 15_000, "above the limit").refund
        assert refund.state == "awaiting_approval"
        return pid, pi, refund.id

    pid, _pi, refund_id = waiting()
    killer.arm(None)
    service.approve(CLI, refund_id)
    points = list(killer.points)
    for index in kill_points(points):
        pid, pi, refund_id = waiting()
        killer.arm(index)
        error = _run(lambda rid=refund_id: service.approve(CLI, rid))  # type: ignore[misc]
        assert killer.killed, f"point {index} was not reached ({points[index]})"
        killer.arm(None)
        [row] = refunds_of(db, pid)
        [approval] = audit_for(db, "refunds.approve", refund=refund_id)  # one entry per request
        if row.state == "awaiting_approval":  # the approving transaction died: nothing changed
            assert error is not None and approval.outcome == "failed" and row.approved_by is None
            assert fake_stripe.refunds_for(pi) == []
            assert service.approve(CLI, refund_id).refund.state == "succeeded"  # and it can be approved
        else:
            assert approval.outcome == "succeeded" and row.approved_by == CLI.name
            if error is not None:
                assert row.state == "pending" and getattr(error, "code", "") == "refund.interrupted", error
        check_consistent(db, service, fake_stripe, pid, pi)
        with db.sessions() as session:
            assert session.get(Refund, refund_id).state == "succeeded"  # type: ignore[union-attr]
