"""Refunds through the real Stripe SDK and httpx against loopback fakes, on SQLite and PostgreSQL.

The fakes hold the "bank's" refunds: every test that retries asserts the gateway holds exactly one.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest

from core.actor import Actor
from core.db import Database
from core.errors import InvalidInput, NotFound, PermissionDenied, Refused
from core.roles import Role
from modules.payments.gateways import GatewayError, GatewayRefused, GatewayService
from modules.payments.models import RefundState
from modules.payments.services import (
    CLAIM_LEASE,
    PaymentFilter,
    PaymentService,
    claim_is_free,
    daily_support_limit,
    new_claim,
    parse_limit,
    resolve_pending_on_startup,
    support_limit,
)
from tests.fakes.paypal_server import FakePayPal
from tests.fakes.stripe_server import API_KEY, FakeStripe
from tests.foundation_helpers import make_user, raw_audit_text
from tests.payments_helpers import (  # noqa: F401 - the *_fixture names register fixtures
    LIMIT,
    Shop,
    add_payment,
    add_shop,
    age_refund,
    entries,
    fake_paypal_fixture,
    fake_stripe_fixture,
    gateways_fixture,
    make_gateways,
    refund_row,
    refunds_of,
    service_fixture,
)

CLI = Actor.cli()
LOST_ON = {"stripe": "/v1/refunds", "paypal": "/v2/payments/captures/"}  # where a refund is sent


# -- success on each gateway -----------------------------------------------------------------------
def test_stripe_refund_succeeds(db: Database, service: PaymentService, fake_stripe: FakeStripe) -> None:
    pid = add_payment(db, add_shop(db), "stripe", 10_000, fake=fake_stripe)
    outcome = service.create_refund(CLI, pid, 2_550, "damaged on arrival")
    r = outcome.refund
    assert r.state == "succeeded" and r.amount == "EUR 25.50" and r.gateway_refund_id.startswith("re_")
    assert r.gateway_status == "succeeded" and r.requested_by == CLI.name
    [held] = fake_stripe.refunds_for(_pi(db, pid))
    assert held["amount"] == 2_550 and held["metadata"]["local_refund_id"] == str(r.id)
    assert held["metadata"]["local_refund_ref"] == refund_row(db, r.id).idempotency_key
    assert held["metadata"]["reason"] == "damaged on arrival"
    [post] = fake_stripe.requests_to("POST", "/v1/refunds")
    assert post.header("Idempotency-Key") == refund_row(db, r.id).idempotency_key
    detail = service.get_payment(CLI, pid)
    assert (detail.captured_minor, detail.refunded_minor, detail.pending_minor, detail.remaining_minor) == (
        10_000,
        2_550,
        0,
        7_450,
    )
    assert detail.to_dict()["remaining"] == "EUR 74.50"


def _shop_and_payment(db: Database, *payment: Any, **options: Any) -> tuple[Shop, int]:
    """A new shop and a payment to it (``payment`` and ``options`` as :func:`add_payment` takes them)."""
    shop = add_shop(db)
    return shop, add_payment(db, shop, *payment, **options)


def _actions(db: Database) -> list[tuple[str, str]]:
    """What the audit log recorded, oldest first: (action, outcome)."""
    return [(e.action, e.outcome) for e in entries(db)]


def _pi(db: Database, payment_id: int) -> str:
    from modules.payments.models import Payment

    with db.sessions() as session:
        return str(session.get(Payment, payment_id).gateway_payment_id)  # type: ignore[union-attr]


def test_paypal_refund_succeeds(db: Database, service: PaymentService, fake_paypal: FakePayPal) -> None:
    pid = add_payment(db, add_shop(db), "paypal", 5_000, "EUR", fake=fake_paypal)
    r = service.create_refund(CLI, pid, None, "order cancelled").refund  # None: all that remains
    assert r.state == "succeeded" and r.amount_minor == 5_000 and r.gateway_status == "COMPLETED"
    [held] = fake_paypal.refunds_for(_pi(db, pid))
    assert held["amount"] == {"currency_code": "EUR", "value": "50.00"}
    assert held["custom_id"] == refund_row(db, r.id).idempotency_key
    [post] = fake_paypal.requests_to("POST", "/v2/payments/captures/")
    assert post.header("PayPal-Request-Id") == refund_row(db, r.id).idempotency_key
    with pytest.raises(Refused) as exc:
        service.create_refund(CLI, pid, None, "again")
    assert exc.value.code == "refund.nothing_refundable"


@pytest.mark.parametrize(("currency", "amount", "value"), [("JPY", 1000, "1000"), ("KWD", 1234, "1.234")])
def test_paypal_amounts_by_currency(
    db: Database, service: PaymentService, fake_paypal: FakePayPal, currency: str, amount: int, value: str
) -> None:
    pid = add_payment(db, add_shop(db), "paypal", amount, currency, fake=fake_paypal)
    service.create_refund(CLI, pid, amount, "test")
    [held] = fake_paypal.refunds_for(_pi(db, pid))
    assert held["amount"] == {"currency_code": currency, "value": value}


def test_manual_refund_is_recorded(db: Database, service: PaymentService) -> None:
    pid = add_payment(db, add_shop(db), "manual", 3_000)
    r = service.create_refund(CLI, pid, 1_000, "bank transfer back").refund
    assert (
        r.state == "succeeded" and r.gateway_refund_id == f"manual-{r.id}" and r.gateway_status == "recorded"
    )


# -- refundable amounts and their messages ---------------------------------------------------------
@pytest.mark.parametrize(
    ("currency", "captured", "asked", "words"),
    [
        ("EUR", 10_000, 10_001, ("EUR 100.01", "EUR 100.00")),
        ("JPY", 5_000, 6_000, ("JPY 6,000", "JPY 5,000")),
        ("KWD", 1_234, 2_000, ("KWD 2.000", "KWD 1.234")),
    ],
)
def test_over_refund_names_the_amounts_in_their_currency(
    db: Database, service: PaymentService, currency: str, captured: int, asked: int, words: tuple[str, str]
) -> None:
    pid = add_payment(db, add_shop(db), "manual", captured, currency)
    with pytest.raises(Refused) as exc:
        service.create_refund(CLI, pid, asked, "too much")
    assert exc.value.code == "refund.exceeds_refundable" and exc.value.exit_code == 3
    assert all(w in exc.value.message for w in words), exc.value.message
    assert refunds_of(db, pid) == []
    [entry] = entries(db)
    assert (entry.action, entry.outcome, entry.error_code) == (
        "refunds.create",
        "refused",
        "refund.exceeds_refundable",
    )


def test_bad_input(db: Database, service: PaymentService) -> None:
    pid = add_payment(db, add_shop(db), "manual", 1_000)
    with pytest.raises(InvalidInput, match="reason"):
        service.create_refund(CLI, pid, 100, "  ")
    with pytest.raises(InvalidInput) as exc:
        service.create_refund(CLI, pid, 0, "zero")
    assert exc.value.code == "refund.bad_amount"
    with pytest.raises(NotFound):
        service.create_refund(CLI, 999_999, 100, "nope")


# -- lost answers and retries ----------------------------------------------------------------------
def test_lost_answer_then_resolve_refunds_once(
    db: Database, service: PaymentService, fake_stripe: FakeStripe
) -> None:
    # Stripe refunds, then the connection dies.
    pid, err = _answer_lost(db, service, "stripe", fake_stripe, 10_000, 4_000, "lost answer")
    assert err.code == "gateway.unavailable" and err.outcome_unknown and err.exit_code == 1
    assert err.details["state"] == "pending" and "stays pending" in err.message
    [local] = refunds_of(db, pid)
    assert local.state == "pending" and local.claimed_by is None and local.error_code == "gateway.unavailable"
    assert len(fake_stripe.refunds_for(_pi(db, pid))) == 1  # it was made at the "bank"
    # Pending counts against what remains: nothing can be refunded twice meanwhile.
    with pytest.raises(Refused):
        service.create_refund(CLI, pid, 6_001, "too much")

    report = service.resolve_pending(CLI)
    [res] = report.resolved
    assert (res.refund_id, res.outcome, res.how) == (local.id, "succeeded", "resent")
    assert fake_stripe.requests_to("POST", "/v1/refunds")[-1].header("Idempotent-Replayed") is None
    assert len(fake_stripe.refunds_for(_pi(db, pid))) == 1  # the replay made no second refund
    row = refund_row(db, local.id)
    assert row.state == "succeeded" and row.gateway_refund_id and row.error_code is None and row.attempts == 2
    assert service.resolve_pending(CLI).resolved == []
    assert _actions(db) == [
        ("refunds.create", "succeeded"),
        ("refunds.send", "failed"),
        ("refunds.create", "refused"),
        ("refunds.resolve_pending", "succeeded"),
    ]


def test_the_sdk_retry_uses_the_same_key(db: Database, fake_stripe: FakeStripe) -> None:
    service = PaymentService(db, make_gateways(fake_stripe.url, None, retries=2), limit_setting=LIMIT)
    pid = add_payment(db, add_shop(db), "stripe", 10_000, fake=fake_stripe)
    fake_stripe.drop_after("/v1/refunds")
    r = service.create_refund(CLI, pid, 1_000, "retried by the SDK").refund
    assert r.state == "succeeded"
    posts = fake_stripe.requests_to("POST", "/v1/refunds")
    assert len(posts) == 2 and posts[0].header("Idempotency-Key") == posts[1].header("Idempotency-Key")
    assert len(fake_stripe.refunds_for(_pi(db, pid))) == 1


def test_paypal_lost_answer_then_resolve(
    db: Database, service: PaymentService, fake_paypal: FakePayPal
) -> None:
    pid, err = _answer_lost(db, service, "paypal", fake_paypal, 8_000, 8_000, "lost")
    assert err.outcome_unknown
    [res] = service.resolve_pending(CLI).resolved
    assert res.outcome == "succeeded" and res.how == "resent"
    assert len(fake_paypal.refunds_for(_pi(db, pid))) == 1


def _answer_lost(
    db: Database, service: PaymentService, gateway: str, fake: Any, paid: int, refund: int, reason: str
) -> tuple[int, GatewayError]:
    """A payment of ``paid`` on ``gateway``, and a refund the gateway made but whose answer was lost."""
    pid = add_payment(db, add_shop(db), gateway, paid, fake=fake)
    fake.drop_after(LOST_ON[gateway])
    with pytest.raises(GatewayError) as exc:
        service.create_refund(CLI, pid, refund, reason)
    return pid, exc.value


def _aged_pending(db: Database, payment_id: int, hours: int) -> Any:
    """The payment's one (pending) refund, made ``hours`` old."""
    [local] = refunds_of(db, payment_id)
    age_refund(db, local.id, hours)
    return local


def test_pending_older_than_a_day_is_matched_not_resent(
    db: Database, service: PaymentService, fake_stripe: FakeStripe
) -> None:
    pid, _ = _answer_lost(db, service, "stripe", fake_stripe, 10_000, 3_000, "old one")
    local = _aged_pending(db, pid, 25)
    fake_stripe.forget_idempotency_keys()  # the key expired at Stripe
    posts_before = fake_stripe.refund_posts()
    [res] = service.resolve_pending(CLI).resolved
    assert (res.outcome, res.how) == ("succeeded", "matched")
    assert fake_stripe.refund_posts() == posts_before  # found by its metadata: nothing sent again
    [held] = fake_stripe.refunds_for(_pi(db, pid))
    assert refund_row(db, local.id).gateway_refund_id == held["id"]
    assert fake_stripe.requests_to("GET", "/v1/refunds")[-1].query["payment_intent"] == _pi(db, pid)


def test_pending_older_than_a_day_never_made_is_sent(
    db: Database, service: PaymentService, fake_stripe: FakeStripe
) -> None:
    pid = add_payment(db, add_shop(db), "stripe", 10_000, fake=fake_stripe)
    fake_stripe.fail_next("/v1/refunds", 503, {"error": {"type": "api_error", "message": "overloaded"}})
    with pytest.raises(GatewayError) as exc:
        service.create_refund(CLI, pid, 3_000, "never arrived")
    assert exc.value.outcome_unknown
    _aged_pending(db, pid, 30)
    [res] = service.resolve_pending(CLI).resolved
    assert (res.outcome, res.how) == ("succeeded", "resent_after_lookup")
    assert len(fake_stripe.refunds_for(_pi(db, pid))) == 1


def test_paypal_pending_older_is_found_by_custom_id(
    db: Database, service: PaymentService, fake_paypal: FakePayPal
) -> None:
    pid, _ = _answer_lost(db, service, "paypal", fake_paypal, 8_000, 2_000, "old paypal one")
    _aged_pending(db, pid, 10)
    fake_paypal.forget_request_ids()
    posts = len(fake_paypal.requests_to("POST", "/v2/payments/captures/"))
    [res] = service.resolve_pending(CLI).resolved
    assert (res.outcome, res.how) == ("succeeded", "matched")
    assert len(fake_paypal.requests_to("POST", "/v2/payments/captures/")) == posts
    assert len(fake_paypal.refunds_for(_pi(db, pid))) == 1


def test_a_rate_limit_while_resolving_keeps_it_pending(
    db: Database, service: PaymentService, fake_stripe: FakeStripe
) -> None:
    pid, _ = _answer_lost(db, service, "stripe", fake_stripe, 10_000, 1_000, "x")
    fake_stripe.rate_limit_next()
    [res] = service.resolve_pending(CLI).resolved
    # The first request may have been carried out: a 429 now proves nothing, it stays pending.
    assert (res.outcome, res.error_code) == ("pending", "gateway.rate_limited")
    [res] = service.resolve_pending(CLI).resolved
    assert res.outcome == "succeeded"
    assert len(fake_stripe.refunds_for(_pi(db, pid))) == 1


# -- claims ----------------------------------------------------------------------------------------
def test_a_live_claim_is_respected_and_a_dead_one_is_taken(db: Database, service: PaymentService) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from core.db import utcnow
    from modules.payments.models import Refund

    pid = add_payment(db, add_shop(db), "manual", 5_000)
    r = service.create_refund(CLI, pid, 1_000, "x").refund
    now = utcnow()
    # Another machine is sending it right now.
    with db.transaction() as session:
        session.execute(
            update(Refund)
            .where(Refund.id == r.id)
            .values(state="pending", claimed_by="elsewhere:123:abc", claimed_until=now + CLAIM_LEASE)
        )
    report = service.resolve_pending(CLI)
    assert report.resolved == [] and report.busy == 1
    # A process of this machine that no longer exists: free at once.
    dead = new_claim().split(":")[0] + ":999999999:dead"
    assert claim_is_free(dead, now + CLAIM_LEASE, now)
    assert not claim_is_free(new_claim(), now + CLAIM_LEASE, now)  # ourselves: in flight
    assert claim_is_free("elsewhere:1:x", now - timedelta(seconds=1), now)  # lease over
    with db.transaction() as session:
        session.execute(update(Refund).where(Refund.id == r.id).values(claimed_by=dead))
    [res] = service.resolve_pending(CLI).resolved
    assert res.outcome == "succeeded"


def test_two_resolvers_never_take_the_same_refund(
    db: Database, fake_stripe: FakeStripe, backend: str
) -> None:
    shop = add_shop(db)
    service = PaymentService(db, make_gateways(fake_stripe.url, None), limit_setting=LIMIT)
    ids = []
    for _ in range(6):
        pid = add_payment(db, shop, "stripe", 1_000, fake=fake_stripe)
        fake_stripe.drop_after("/v1/refunds")
        with pytest.raises(GatewayError):
            service.create_refund(CLI, pid, 1_000, "x")
        ids.append(pid)
    reports = _concurrently(db, fake_stripe, 2, lambda svc, _i: svc.resolve_pending(CLI))
    resolved = [r.refund_id for report in reports for r in report.resolved]
    assert sorted(resolved) == sorted(set(resolved)) and len(resolved) == 6
    for pid in ids:
        assert len(fake_stripe.refunds_for(_pi(db, pid))) == 1


# -- concurrency -----------------------------------------------------------------------------------
def _concurrently(db: Database, fake_stripe: FakeStripe, n: int, call: Any, **settings: Any) -> list[Any]:
    """``call(service, i)`` from ``n`` threads, each with its own database connection, started together."""
    url = db.url.render_as_string(hide_password=False)
    barrier = threading.Barrier(n)
    results: list[Any] = [None] * n

    def run(i: int) -> None:
        other = Database(url)
        try:
            svc = PaymentService(other, make_gateways(fake_stripe.url, None), limit_setting=LIMIT, **settings)
            barrier.wait()
            results[i] = call(svc, i)
        except Exception as exc:
            results[i] = exc
        finally:
            other.dispose()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results


def test_two_concurrent_over_refunds_exactly_one_passes(db: Database, fake_stripe: FakeStripe) -> None:
    pid = add_payment(db, add_shop(db), "stripe", 10_000, fake=fake_stripe)
    results = _concurrently(
        db, fake_stripe, 2, lambda svc, _i: svc.create_refund(CLI, pid, 6_000, "concurrent")
    )
    passed = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, Refused)]
    assert len(passed) == 1 and len(refused) == 1, results
    assert refused[0].code == "refund.exceeds_refundable"
    assert len(fake_stripe.refunds_for(_pi(db, pid))) == 1
    assert [r.state for r in refunds_of(db, pid)] == ["succeeded"]


# -- limits and approval ---------------------------------------------------------------------------
def test_support_above_the_limit_waits_for_approval(
    db: Database, service: PaymentService, fake_stripe: FakeStripe
) -> None:
    shop, pid = _shop_and_payment(db, "stripe", 50_000, fake=fake_stripe)
    support = make_user(db, "sally", "support")
    small = service.create_refund(support, pid, LIMIT, "within the limit").refund
    assert small.state == "succeeded"
    outcome = service.create_refund(support, pid, LIMIT + 1, "above the limit")
    big = outcome.refund
    assert big.state == "awaiting_approval" and "EUR 100.00" in outcome.message
    assert len(fake_stripe.refunds_for(_pi(db, pid))) == 1  # nothing sent for the big one
    assert service.get_payment(CLI, pid).awaiting_approval_minor == LIMIT + 1
    with pytest.raises(PermissionDenied):
        service.approve(support, big.id)

    admin = make_user(db, "paula", "platform_admin", [shop.platform])
    approved = service.approve(admin, big.id).refund
    assert approved.state == "succeeded" and approved.approved_by == admin.name and approved.decided_at
    assert len(fake_stripe.refunds_for(_pi(db, pid))) == 2
    with pytest.raises(Refused) as exc:
        service.approve(admin, big.id)
    assert exc.value.code == "refund.not_awaiting_approval"
    assert _actions(db) == [
        ("refunds.create", "succeeded"),
        ("refunds.send", "succeeded"),
        ("refunds.create", "succeeded"),
        ("refunds.approve", "refused"),
        ("refunds.approve", "succeeded"),
        ("refunds.send", "succeeded"),
        ("refunds.approve", "refused"),
    ]


def test_reject_and_four_eyes(db: Database, service: PaymentService, fake_stripe: FakeStripe) -> None:
    pid = add_payment(db, add_shop(db), "stripe", 50_000, fake=fake_stripe)
    support = make_user(db, "sam", "support")
    r = service.create_refund(support, pid, 20_000, "big").refund
    # A requester promoted to approver still may not decide their own request.

    promoted = Actor(support.name, Role.SUPER_ADMIN, support.user_id)
    with pytest.raises(Refused) as exc:
        service.approve(promoted, r.id)
    assert exc.value.code == "refund.self_approval"
    rejected = service.reject(CLI, r.id, "not justified").refund
    assert rejected.state == "rejected" and rejected.decision_note == "not justified"
    assert fake_stripe.refunds_for(_pi(db, pid)) == []
    assert service.get_payment(CLI, pid).remaining_minor == 50_000


def test_awaiting_approval_counts_against_the_refundable_amount(
    db: Database, service: PaymentService, fake_stripe: FakeStripe
) -> None:
    """Support could request the full amount twice; the payment showed twice its value waiting."""
    shop, pid = _shop_and_payment(db, "stripe", 30_000, fake=fake_stripe)
    support = make_user(db, "sue", "support")
    waiting = service.create_refund(support, pid, None, "everything").refund  # None: all that remains
    assert (waiting.state, waiting.amount_minor) == ("awaiting_approval", 30_000)
    with pytest.raises(Refused) as exc:
        service.create_refund(support, pid, None, "everything again")
    assert (
        exc.value.code == "refund.nothing_refundable" and "awaiting approval EUR 300.00" in exc.value.message
    )
    with pytest.raises(Refused) as exc:
        service.create_refund(CLI, pid, 1, "an approver cannot refund it meanwhile either")
    assert exc.value.code == "refund.nothing_refundable"
    detail = service.get_payment(CLI, pid)
    assert (detail.awaiting_approval_minor, detail.remaining_minor) == (30_000, 0)
    assert (
        detail.to_dict()["remaining"] == "EUR 0.00" and detail.to_dict()["awaiting_approval"] == "EUR 300.00"
    )
    [summary] = service.list_payments(CLI, PaymentFilter(limit=1))
    assert (summary.awaiting_approval_minor, summary.remaining_minor) == (30_000, 0)
    assert summary.to_dict()["remaining_minor"] == 0
    # Approving leaves out the refund being approved: the full amount goes through.
    approved = service.approve(CLI, waiting.id).refund
    assert approved.state == "succeeded" and len(fake_stripe.refunds_for(_pi(db, pid))) == 1
    # A rejected request frees its amount again.
    pid2 = add_payment(db, shop, "manual", 20_000)
    big = service.create_refund(support, pid2, 15_000, "big").refund
    assert service.get_payment(CLI, pid2).remaining_minor == 5_000
    service.reject(CLI, big.id, "no")
    assert service.get_payment(CLI, pid2).remaining_minor == 20_000


def test_approval_checks_the_rest_of_the_payment_again(db: Database, service: PaymentService) -> None:
    """Requests recorded before awaiting approval counted, together above the payment: each one's
    approval counts the other, so the approver rejects one, then the other can be approved."""
    from modules.payments.models import Refund

    pid = add_payment(db, add_shop(db), "manual", 30_000)
    with db.transaction() as session:
        for i, amount in enumerate((20_000, 15_000)):
            session.add(
                Refund(
                    payment_id=pid,
                    amount_minor=amount,
                    currency="EUR",
                    state="awaiting_approval",
                    reason="old",
                    idempotency_key=f"old-{i}-{pid}",
                    requested_by="admin:sue",
                )
            )
    first, second = (r.id for r in refunds_of(db, pid))
    assert service.get_payment(CLI, pid).remaining_minor == 0
    with pytest.raises(Refused) as exc:
        service.approve(CLI, first)
    assert exc.value.code == "refund.exceeds_refundable" and "EUR 150.00 remains" in exc.value.message
    assert refund_row(db, first).state == "awaiting_approval"
    service.reject(CLI, second, "one of the two")
    assert service.approve(CLI, first).refund.state == "succeeded"
    assert service.get_payment(CLI, pid).remaining_minor == 10_000


def test_approval_request_shows_what_is_approved(db: Database, service: PaymentService) -> None:
    shop, pid = _shop_and_payment(db, "manual", 50_000, "KWD")
    support = make_user(db, "sid", "support")
    waiting = service.create_refund(support, pid, 12_345, "big").refund
    request = service.approval_request(CLI, waiting.id)
    assert request.merchant == shop.merchant and request.refund.requested_by == "admin:sid"
    question = request.question
    assert all(w in question for w in ("KWD 12.345", f"payment #{pid}", shop.merchant, "admin:sid")), question
    assert request.to_dict()["refund"]["amount"] == "KWD 12.345"
    with pytest.raises(PermissionDenied):
        service.approval_request(support, waiting.id)
    promoted = Actor(support.name, Role.SUPER_ADMIN, support.user_id)  # still the requester
    with pytest.raises(Refused) as exc:
        service.approval_request(promoted, waiting.id)
    assert exc.value.code == "refund.self_approval"
    with pytest.raises(NotFound):
        service.approval_request(CLI, 999_999)
    refused = [(e.action, e.outcome, e.error_code) for e in entries(db) if e.outcome != "succeeded"]
    assert refused == [
        ("refunds.approve", "refused", "permission.denied"),
        ("refunds.approve", "refused", "refund.self_approval"),
        ("refunds.approve", "invalid", "refund.not_found"),
    ]
    assert refund_row(db, waiting.id).state == "awaiting_approval"  # asking changed nothing


# -- the support limit applies to the payment's total (issue: splitting walked past approval) ------
def test_six_small_refunds_cannot_walk_past_the_limit(
    db: Database, service: PaymentService, fake_stripe: FakeStripe
) -> None:
    pid = add_payment(db, add_shop(db), "stripe", 61_380, fake=fake_stripe)  # EUR 613.80, limit EUR 100
    support = make_user(db, "sly", "support")
    outcomes = [service.create_refund(support, pid, 9_000, f"part {i}") for i in range(6)]
    assert [o.refund.state for o in outcomes] == ["succeeded"] + ["awaiting_approval"] * 5
    assert len(fake_stripe.refunds_for(_pi(db, pid))) == 1  # EUR 90 sent, EUR 450 waits
    assert "would reach EUR 180.00, above the support limit of EUR 100.00" in outcomes[1].message
    assert "would reach EUR 540.00" in outcomes[5].message
    detail = service.get_payment(CLI, pid)
    assert (detail.refunded_minor, detail.awaiting_approval_minor, detail.remaining_minor) == (
        9_000,
        45_000,
        7_380,
    )
    plan = [e.plan for e in entries(db) if e.action == "refunds.create"][-1]
    assert plan["approval"]["kind"] == "payment_total" and plan["approval"]["total_minor"] == 54_000


def test_the_payment_total_counts_everyone_and_not_what_moved_nothing(
    db: Database, service: PaymentService, fake_stripe: FakeStripe
) -> None:
    shop, pid = _shop_and_payment(db, "stripe", 50_000, fake=fake_stripe)
    support = make_user(db, "sia", "support")
    service.create_refund(CLI, pid, 8_000, "by an approver")
    assert service.create_refund(support, pid, 3_000, "on top").refund.state == "awaiting_approval"
    fake_stripe.decline_next()  # a failed refund moved nothing
    pid2 = add_payment(db, shop, "stripe", 50_000, fake=fake_stripe)
    with pytest.raises(GatewayRefused):
        service.create_refund(support, pid2, 9_000, "declined")
    rejected = service.create_refund(support, pid2, 20_000, "too big").refund
    service.reject(CLI, rejected.id, "no")
    assert service.create_refund(support, pid2, 10_000, "within").refund.state == "succeeded"
    assert service.create_refund(support, pid2, 1, "one cent more").refund.state == "awaiting_approval"


def test_concurrent_small_refunds_cannot_split_past_the_limit(
    db: Database, fake_stripe: FakeStripe, backend: str
) -> None:
    """20 connections refund EUR 100 (the limit) of a EUR 2,000 payment at once: one is sent."""
    pid = add_payment(db, add_shop(db), "stripe", 200_000, fake=fake_stripe)
    support = make_user(db, "sol", "support")
    outcomes = _concurrently(
        db,
        fake_stripe,
        20 if backend == "postgres" else 8,
        lambda svc, i: svc.create_refund(support, pid, LIMIT, f"split {i}"),
    )
    assert all(not isinstance(o, Exception) for o in outcomes), outcomes
    states = sorted(o.refund.state for o in outcomes)
    assert states.count("succeeded") == 1 and states.count("awaiting_approval") == len(outcomes) - 1
    assert len(fake_stripe.refunds_for(_pi(db, pid))) == 1


# -- the daily limit per person ----------------------------------------------------------------------
def test_daily_limit_per_person_and_currency(db: Database, gateways: GatewayService) -> None:
    service = PaymentService(db, gateways, limit_setting=LIMIT, daily_limit_setting="EUR:15000,JPY:30000")
    shop = add_shop(db)
    support, other = make_user(db, "sal", "support"), make_user(db, "sev", "support")
    payments = [add_payment(db, shop, "manual", 50_000) for _ in range(4)]
    assert service.create_refund(support, payments[0], 10_000, "a").refund.state == "succeeded"
    outcome = service.create_refund(support, payments[1], 6_000, "b")
    assert outcome.refund.state == "awaiting_approval"
    assert (
        "over the last 24 hours would reach EUR 160.00, above the daily support limit of EUR 150.00"
        in outcome.message
    )
    assert (
        service.create_refund(support, payments[1], 5_000, "c").refund.state == "awaiting_approval"
    )  # the payment's total: 110
    assert (
        service.create_refund(support, payments[2], 5_000, "d").refund.state == "succeeded"
    )  # 150: at the limit
    assert service.create_refund(other, payments[3], 9_000, "e").refund.state == "succeeded"  # per person
    jpy = add_payment(db, shop, "manual", 50_000, "JPY")
    assert service.create_refund(support, jpy, 10_000, "f").refund.state == "succeeded"  # per currency
    # Approved refunds were another person's decision; older than 24 hours they are out of the window.
    service.approve(CLI, outcome.refund.id)
    first = refunds_of(db, payments[0])[0]
    age_refund(db, first.id, 25)
    assert service.refund_allowance(support, service.get_payment(CLI, payments[3])).today_minor == 5_000
    assert service.create_refund(support, payments[3], 1_000, "g").refund.state == "succeeded"
    admin = make_user(db, "pia", "platform_admin", [shop.platform])
    assert service.daily_limit_for(admin, shop.platform_id, "EUR") is None
    off_by_default = PaymentService(db, gateways, limit_setting=LIMIT)
    assert off_by_default.daily_limit_for(support, shop.platform_id, "EUR") is None


def test_daily_limit_from_the_environment(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from core.settings import reload_settings

    support = make_user(db, "sal", "support")
    monkeypatch.setenv("PLATFORM_REFUND_DAILY_LIMIT_SUPPORT", "EUR:50000,20000")
    reload_settings()
    try:
        service = PaymentService(db, GatewayService({}))
        assert service.daily_limit_for(support, 1, "EUR") == 50_000
        assert service.daily_limit_for(support, 1, "JPY") == 20_000
        monkeypatch.setenv("PLATFORM_REFUND_DAILY_LIMIT_SUPPORT", "30000")
        reload_settings()
        assert service.daily_limit_for(support, 1, "EUR") == 30_000
    finally:
        monkeypatch.delenv("PLATFORM_REFUND_DAILY_LIMIT_SUPPORT")
        reload_settings()


def test_concurrent_refunds_on_many_payments_cannot_split_past_the_daily_limit(
    db: Database, fake_stripe: FakeStripe, backend: str
) -> None:
    shop = add_shop(db)
    support = make_user(db, "sky", "support")
    n = 8
    pids = [add_payment(db, shop, "stripe", 10_000, fake=fake_stripe) for _ in range(n)]
    outcomes = _concurrently(
        db,
        fake_stripe,
        n,
        lambda svc, i: svc.create_refund(support, pids[i], 5_000, "x"),
        daily_limit_setting="10000",
    )
    assert all(not isinstance(o, Exception) for o in outcomes), outcomes
    states = [o.refund.state for o in outcomes]
    assert states.count("succeeded") == 2 and states.count("awaiting_approval") == n - 2, states
    assert sum(len(fake_stripe.refunds_for(_pi(db, p))) for p in pids) == 2


def test_refund_allowance_for_the_dialog(db: Database, service: PaymentService) -> None:
    pid = add_payment(db, add_shop(db), "manual", 50_000)
    support = make_user(db, "sue", "support")
    service.create_refund(support, pid, 6_000, "first")
    allowance = service.refund_allowance(support, service.get_payment(CLI, pid))
    assert allowance is not None and (allowance.limit_minor, allowance.held_minor) == (LIMIT, 6_000)
    assert not allowance.awaits_approval(4_000) and allowance.awaits_approval(4_001)
    assert allowance.daily_limit_minor is None
    assert service.refund_allowance(CLI, service.get_payment(CLI, pid)) is None


def test_list_payments_by_refund_state(db: Database, service: PaymentService) -> None:
    shop = add_shop(db)
    support = make_user(db, "sue", "support")
    quiet, waiting, done = (add_payment(db, shop, "manual", 50_000) for _ in range(3))
    service.create_refund(support, waiting, 20_000, "big")
    service.create_refund(support, done, 1_000, "small")
    listed = service.list_payments(CLI, PaymentFilter(refund_state="awaiting_approval"))
    assert [p.id for p in listed] == [waiting]
    assert [p.id for p in service.list_payments(CLI, PaymentFilter(refund_state="succeeded"))] == [done]
    assert quiet not in [p.id for p in service.list_payments(CLI, PaymentFilter(refund_state="pending"))]
    with pytest.raises(InvalidInput) as exc:
        service.list_payments(CLI, PaymentFilter(refund_state="awaiting"))
    assert exc.value.code == "refund.bad_state" and "awaiting_approval" in exc.value.message


def test_limits_per_currency() -> None:
    assert parse_limit(10_000) == (10_000, {})
    assert parse_limit("EUR:10000, JPY:15000") == (None, {"EUR": 10_000, "JPY": 15_000})
    assert support_limit("EUR", "10000,JPY:15000") == 10_000
    assert support_limit("JPY", "10000,JPY:15000") == 15_000
    assert support_limit("KWD", "EUR:10000") == 0  # no limit for KWD and no default: always approval
    assert support_limit("GBP", "5000") == 5_000
    with pytest.raises(InvalidInput) as exc:
        parse_limit("EUR:lots")
    assert exc.value.code == "settings.bad_refund_limit"
    assert daily_support_limit("EUR", "") is None  # off
    assert daily_support_limit("JPY", "EUR:50000") == 0  # the same syntax and meaning
    with pytest.raises(InvalidInput) as exc:
        daily_support_limit("EUR", "-5")
    assert "PLATFORM_REFUND_DAILY_LIMIT_SUPPORT" in exc.value.message


def test_limit_map_applies_per_currency(db: Database, gateways: GatewayService) -> None:
    service = PaymentService(db, gateways, limit_setting="EUR:10000,JPY:20000")
    shop = add_shop(db)
    support = make_user(db, "suki", "support")
    jpy = add_payment(db, shop, "manual", 50_000, "JPY")
    assert service.create_refund(support, jpy, 20_000, "ok").refund.state == "succeeded"
    assert service.create_refund(support, jpy, 20_001, "big").refund.state == "awaiting_approval"
    kwd = add_payment(db, shop, "manual", 5_000, "KWD")
    assert service.create_refund(support, kwd, 1, "tiny").refund.state == "awaiting_approval"


# -- permissions -----------------------------------------------------------------------------------
def test_permissions(db: Database, service: PaymentService) -> None:
    mine, theirs = add_shop(db, suffix="a"), add_shop(db, suffix="b")
    p_mine = add_payment(db, mine, "manual", 5_000)
    p_theirs = add_payment(db, theirs, "manual", 5_000)
    operator = make_user(db, "otto", "operator")
    with pytest.raises(PermissionDenied):
        service.create_refund(operator, p_mine, 100, "no")
    with pytest.raises(PermissionDenied):
        service.list_payments(operator)
    admin = make_user(db, "pam", "platform_admin", [mine.platform])
    assert service.create_refund(admin, p_mine, 100, "mine").refund.state == "succeeded"
    with pytest.raises(PermissionDenied) as exc:
        service.create_refund(admin, p_theirs, 100, "theirs")
    assert theirs.platform in exc.value.message
    with pytest.raises(PermissionDenied):
        service.get_payment(admin, p_theirs)
    assert {p.id for p in service.list_payments(admin)} == {p_mine}
    assert {r.payment_id for r in service.list_refunds(admin)} == {p_mine}
    support = make_user(db, "stan", "support")
    assert {p.id for p in service.list_payments(support)} == {p_mine, p_theirs}
    refused = [e for e in entries(db) if e.outcome == "refused"]
    assert [e.error_code for e in refused] == ["permission.denied", "permission.denied"]
    assert refused[1].platform_codes == f",{theirs.platform},"


# -- gateway errors through the service ------------------------------------------------------------
@pytest.mark.parametrize(
    ("inject", "code", "exit_code", "state"),
    [
        ("decline", "gateway.declined", 3, "failed"),
        ("rate_limit", "gateway.rate_limited", 1, "failed"),
        ("invalid", "gateway.invalid_request", 3, "failed"),
        ("auth", "gateway.authentication", 1, "failed"),
        ("garbled", "gateway.unavailable", 1, "pending"),
    ],
)
def test_gateway_errors_settle_the_refund(
    db: Database, fake_stripe: FakeStripe, inject: str, code: str, exit_code: int, state: str
) -> None:
    pid = add_payment(db, add_shop(db), "stripe", 10_000, fake=fake_stripe)
    gateways = make_gateways(fake_stripe.url, None)
    if inject == "decline":
        fake_stripe.decline_next()
    elif inject == "rate_limit":
        fake_stripe.rate_limit_next(7)
    elif inject == "invalid":
        fake_stripe.fail_next(
            "/v1/refunds",
            400,
            {
                "error": {
                    "type": "invalid_request_error",
                    "code": "parameter_invalid_integer",
                    "param": "amount",
                    "message": "Invalid integer: 12.5",
                }
            },
        )
    elif inject == "auth":
        from modules.payments.gateways import StripeGateway

        gateways.gateways["stripe"] = StripeGateway(
            "sk_test_wrong_key_123456", fake_stripe.url, max_network_retries=0
        )
    else:
        fake_stripe.garble_next()
    service = PaymentService(db, gateways, limit_setting=LIMIT)
    with pytest.raises(GatewayError) as exc:
        service.create_refund(CLI, pid, 1_000, "x")
    err = exc.value
    assert (err.code, err.exit_code, err.details["state"]) == (code, exit_code, state)
    assert isinstance(err, Refused) == (exit_code == 3)
    [row] = refunds_of(db, pid)
    assert row.state == state and row.error_code == code and row.error_message
    if inject == "rate_limit":
        assert err.retry_after == 7 and "7 seconds" in err.message
    if state == "failed":
        assert service.get_payment(CLI, pid).remaining_minor == 10_000  # freed again
    assert "sk_test_wrong" not in err.message and "sk_test_wrong" not in str(err.details)


def test_not_configured_gateway_is_refused_before_anything_is_recorded(db: Database) -> None:
    service = PaymentService(db, GatewayService({}), limit_setting=LIMIT)
    pid = add_payment(db, add_shop(db), "stripe", 1_000)
    with pytest.raises(GatewayRefused) as exc:
        service.create_refund(CLI, pid, 100, "x")
    assert exc.value.code == "gateway.not_configured" and "PLATFORM_STRIPE_API_KEY" in exc.value.message
    assert refunds_of(db, pid) == []


# -- audit and secrets -----------------------------------------------------------------------------
def test_no_secret_in_logs_or_audit(
    db: Database, service: PaymentService, fake_stripe: FakeStripe, fake_paypal: FakePayPal, caplog: Any
) -> None:
    from tests.fakes.paypal_server import CLIENT_SECRET

    caplog.set_level(logging.DEBUG)
    shop = add_shop(db)
    p1 = add_payment(db, shop, "stripe", 5_000, fake=fake_stripe)
    p2 = add_payment(db, shop, "paypal", 5_000, fake=fake_paypal)
    service.create_refund(CLI, p1, 100, "a")
    service.create_refund(CLI, p2, 100, "b")
    fake_stripe.decline_next()
    with pytest.raises(GatewayError):
        service.create_refund(CLI, p1, 100, "c")
    text = raw_audit_text(db) + caplog.text + repr(service.gateways.gateways)
    assert API_KEY not in text and CLIENT_SECRET not in text
    assert "refunds.send" in raw_audit_text(db)


def test_startup_function_never_raises(db: Database, fake_stripe: FakeStripe, tmp_path: Any) -> None:
    pid = add_payment(db, add_shop(db), "stripe", 5_000, fake=fake_stripe)
    gateways = make_gateways(fake_stripe.url, None)
    fake_stripe.drop_after("/v1/refunds")
    with pytest.raises(GatewayError):
        PaymentService(db, gateways).create_refund(CLI, pid, 100, "x")
    report = resolve_pending_on_startup(db, gateways=gateways)
    assert report is not None and report.counts == {"succeeded": 1}
    [entry] = [e for e in entries(db) if e.action == "refunds.resolve_pending"]
    assert entry.actor == "system:console-startup"
    empty = Database(f"sqlite:///{tmp_path / 'empty.db'}")  # no tables at all
    try:
        assert resolve_pending_on_startup(empty, gateways=gateways) is None
    finally:
        empty.dispose()


# -- reading ---------------------------------------------------------------------------------------
def test_list_payments_filters_and_keyset_pages(db: Database, service: PaymentService) -> None:
    a, b = add_shop(db, suffix="a"), add_shop(db, suffix="b")
    ids = [add_payment(db, a, "manual", 1_000 + i) for i in range(5)]
    ids += [add_payment(db, b, "stripe", 2_000 + i) for i in range(3)]
    service.create_refund(CLI, ids[0], 500, "half")
    first = service.list_payments(CLI, PaymentFilter(limit=3))
    assert [p.id for p in first] == sorted(ids, reverse=True)[:3]
    second = service.list_payments(CLI, PaymentFilter(limit=3, before_id=first[-1].id))
    assert [p.id for p in second] == sorted(ids, reverse=True)[3:6]
    back = service.list_payments(CLI, PaymentFilter(limit=3, after_id=second[0].id))
    assert [p.id for p in back] == [p.id for p in first]
    assert {p.id for p in service.list_payments(CLI, PaymentFilter(gateway="stripe"))} == set(ids[5:])
    assert {p.id for p in service.list_payments(CLI, PaymentFilter(merchant=a.merchant))} == set(ids[:5])
    assert {p.id for p in service.list_payments(CLI, PaymentFilter(store=b.store))} == set(ids[5:])
    [refunded] = [p for p in service.list_payments(CLI) if p.id == ids[0]]
    assert refunded.refunded_minor == 500 and refunded.to_dict()["refunded"] == "EUR 5.00"
    with pytest.raises(NotFound):
        service.list_payments(CLI, PaymentFilter(merchant="NOPE"))
    assert [r.payment_id for r in service.list_refunds(CLI, payment_id=ids[0])] == [ids[0]]
    assert service.list_refunds(CLI, state="pending") == []
    with pytest.raises(InvalidInput):
        service.list_refunds(CLI, state="weird")


# -- checkout --------------------------------------------------------------------------------------
def test_process_payment_on_each_gateway(
    db: Database, service: PaymentService, fake_stripe: FakeStripe, fake_paypal: FakePayPal
) -> None:
    shop = add_shop(db)
    stripe_payment = service.process_payment(
        shop.store_id, 4_200, "EUR", "pm_card_visa", gateway="stripe", idempotency_key="order-1"
    )
    assert stripe_payment.status == "captured" and stripe_payment.captured_minor == 4_200
    assert stripe_payment.gateway_payment_id in fake_stripe.payment_intents
    again = service.process_payment(
        shop.store_id, 4_200, "EUR", "pm_card_visa", gateway="stripe", idempotency_key="order-1"
    )
    assert again.id == stripe_payment.id and len(fake_stripe.requests_to("POST", "/v1/payment_intents")) == 1
    # ... and a payment taken through checkout refunds like any other.
    assert service.create_refund(CLI, stripe_payment.id, 200, "x").refund.state == "succeeded"

    paypal_payment = service.process_payment(shop.store_id, 1_500, "JPY", "VAULT-1", gateway="paypal")
    assert paypal_payment.status == "captured" and paypal_payment.gateway_payment_id in fake_paypal.captures
    manual = service.process_payment(shop.store_id, 9_900, "EUR", "bank-transfer", gateway="manual")
    assert manual.status == "awaiting_funds" and manual.captured_minor == 0

    with pytest.raises(GatewayRefused) as exc:
        service.process_payment(shop.store_id, 100, "EUR", "pm_card_chargeDeclined", gateway="stripe")
    assert exc.value.code == "gateway.declined" and exc.value.details["decline_code"] == "generic_decline"
    failed = service.list_payments(CLI, PaymentFilter(status="failed"))
    assert len(failed) == 1
    with pytest.raises(GatewayRefused) as exc:
        service.process_payment(shop.store_id, 100, "EUR", "DECLINED", gateway="paypal")
    assert exc.value.code == "gateway.declined"


def test_refund_states_enum_matches_check() -> None:
    from modules.payments.models import REFUND_STATE_CHECK

    assert all(f"'{s.value}'" in REFUND_STATE_CHECK for s in RefundState)
