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

from collections.abc import Callable
from typing import Any

import pytest

from core.actor import Actor
from core.db import Database
from modules.payments.models import Refund
from modules.payments.services import HOLDING, PaymentService
from tests.fakes.stripe_server import FakeStripe
from tests.fault_helpers import DEFAULT_TRIALS, Killer, audit_for, kill_points, killer_fixture  # noqa: F401
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

pytestmark = pytest.mark.parametrize("backend", ["postgres"])


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
