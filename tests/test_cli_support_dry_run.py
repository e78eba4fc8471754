"""``--dry-run`` on the support writes (refunds create | approve | reject, merchants | stores
suspend | reactivate) on SQLite and PostgreSQL: every check runs, nothing is written (no refund
row, no status change, no audit entry), no gateway is called, and the exit code is the real run's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from core.db import Database
from core.models import AuditEntry
from modules.payments.models import Refund
from modules.tenancy.models import Merchant, Store
from tests.fakes.stripe_server import FakeStripe
from tests.foundation_helpers import make_user
from tests.payments_helpers import (  # noqa: F401 - the *_fixture names register fixtures
    LIMIT,
    add_payment,
    add_shop,
    fake_paypal_fixture,
    fake_stripe_fixture,
    gateway_env,
    gateway_payment_id,
    gateways_cli_fixture,
)
from tests.test_cli import Run


def _written(db: Database) -> tuple[int, int, list[tuple[str, str | None]]]:
    """What a write leaves behind: audit entries, refund rows, and every refund's state."""
    with db.sessions() as session:
        audit = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
        refunds = session.execute(select(Refund.state, Refund.approved_by).order_by(Refund.id)).all()
    return audit, len(refunds), [tuple(r) for r in refunds]  # type: ignore[misc]


def _dry_then_real(cli: Any, db: Database, fake: FakeStripe, *args: str, user: str | None = None) -> Run:
    """The dry run writes nothing and calls no gateway; the real run then exits with its code."""
    before, calls = _written(db), len(fake.log)
    dry = cli(*args, "--dry-run", "--json", user=user)
    assert _written(db) == before and len(fake.log) == calls, args
    if dry.code == 0:
        assert dry.doc["dry_run"] is True
    real = cli(*args, *(["--yes"] if args[1] == "approve" else []), "--json", user=user)
    assert real.code == dry.code, (args, dry.out, real.out)
    if dry.code:
        assert real.error["code"] == dry.error["code"]
    return dry


def test_refund_dry_runs_check_everything_and_write_nothing(
    db: Database, cli: Any, fake_stripe: FakeStripe
) -> None:
    shop = add_shop(db)
    pid = add_payment(db, shop, "stripe", 50_000, fake=fake_stripe)
    make_user(db, "sally", "support")
    make_user(db, "paula", "platform_admin", [shop.platform])
    make_user(db, "otto", "operator")
    create = ("refunds", "create", "--payment", str(pid), "--reason", "damaged")
    # Within the limit: would be sent; then the real run sends it.
    dry = _dry_then_real(cli, db, fake_stripe, *create, "--amount", "2500", user="sally")
    assert dry.doc["refund"]["id"] is None and dry.doc["refund"]["state"] == "pending"
    assert "would be recorded and sent to stripe" in dry.doc["message"]
    assert len(fake_stripe.refunds_for(gateway_payment_id(db, pid))) == 1  # the real run's, only
    # Above the support limit: says it would await approval, exit 0.
    big = _dry_then_real(cli, db, fake_stripe, *create, "--amount", str(LIMIT + 1), user="sally")
    assert big.doc["refund"]["state"] == "awaiting_approval" and "would await approval" in big.doc["message"]
    assert "support limit" in big.doc["message"]
    # Over what remains refundable: refused, exit 3, exactly as the real run.
    over = _dry_then_real(cli, db, fake_stripe, *create, "--amount", "999999")
    assert over.code == 3 and over.error["code"] == "refund.exceeds_refundable"
    # No permission, unknown payment, blank reason, a bad amount.
    assert _dry_then_real(cli, db, fake_stripe, *create, user="otto").code == 3
    missing = ("refunds", "create", "--payment", "999999", "--reason", "x")
    assert _dry_then_real(cli, db, fake_stripe, *missing).code == 2
    blank = ("refunds", "create", "--payment", str(pid), "--reason", " ")
    assert _dry_then_real(cli, db, fake_stripe, *blank).error["code"] == "refund.reason_required"
    assert cli(*create, "--amount", "0", "--dry-run").code == 2
    human = cli(*create, "--amount", "100", "--dry-run")
    assert human.code == 0 and human.out.startswith("dry run: a refund of EUR 1.00")
    # Deciding: the approver's dry runs of approve (no question, no --yes) and reject.
    waiting = [r for r in _written(db)[2] if r[0] == "awaiting_approval"]
    assert len(waiting) == 1
    with db.sessions() as session:
        refund_id = session.scalar(select(Refund.id).where(Refund.state == "awaiting_approval"))
    before, calls = _written(db), len(fake_stripe.log)
    approve = cli("refunds", "approve", str(refund_id), "--dry-run", user="paula")
    assert approve.code == 0 and "would be approved and sent to stripe" in approve.out
    reject = cli("refunds", "reject", str(refund_id), "--note", "no", "--dry-run", "--json", user="paula")
    assert reject.code == 0 and reject.doc["refund"]["state"] == "awaiting_approval"
    assert "would be rejected" in reject.doc["message"]
    assert cli("refunds", "approve", str(refund_id), "--dry-run", user="sally").code == 3  # no right
    assert cli("refunds", "approve", "999999", "--dry-run").code == 2
    assert _written(db) == before and len(fake_stripe.log) == calls
    # The real decisions after their dry runs: same exit codes.
    decided = _dry_then_real(cli, db, fake_stripe, "refunds", "approve", str(refund_id), user="paula")
    assert decided.code == 0
    twice = _dry_then_real(cli, db, fake_stripe, "refunds", "reject", str(refund_id), user="paula")
    assert twice.code == 3 and twice.error["code"] == "refund.not_awaiting_approval"


def test_suspension_dry_runs(db: Database, cli: Any, fake_stripe: FakeStripe) -> None:
    mine, other = add_shop(db, suffix="a"), add_shop(db, suffix="b")
    make_user(db, "paula", "platform_admin", [mine.platform])
    make_user(db, "otto", "operator")

    def status(model: Any, code: str) -> str:
        with db.sessions() as session:
            return str(session.scalar(select(model.status).where(model.code == code)))

    for group, model, code, foreign in (
        ("merchants", Merchant, mine.merchant, other.merchant),
        ("stores", Store, mine.store, other.store),
    ):
        suspend = (group, "suspend", code, "--reason", "KYC documents missing")
        dry = cli(*suspend, "--dry-run", "--json", user="paula")
        assert dry.code == 0 and dry.doc[group[:-1]]["status"] == "suspended" and dry.doc["dry_run"]
        assert status(model, code) == "active"
        human = cli(*suspend, "--dry-run")
        assert human.code == 0 and human.out.startswith(f"dry run: {group[:-1]} {code}")
        assert "nothing was written" in human.out
        # Not suspended yet: reactivating is refused, dry or not.
        _dry_then_real(cli, db, fake_stripe, group, "reactivate", code, "--reason", "ok")
        _dry_then_real(cli, db, fake_stripe, *suspend, user="paula")
        assert status(model, code) == "suspended"
        again = _dry_then_real(cli, db, fake_stripe, *suspend)
        assert again.error["code"] == f"{group[:-1]}.already_suspended"
        assert (
            _dry_then_real(
                cli, db, fake_stripe, group, "suspend", foreign, "--reason", "x", user="paula"
            ).code
            == 3
        )
        assert (
            _dry_then_real(cli, db, fake_stripe, group, "suspend", code, "--reason", "x", user="otto").code
            == 3
        )
        assert _dry_then_real(cli, db, fake_stripe, group, "suspend", "NOPE", "--reason", "x").code == 2
        blank = _dry_then_real(cli, db, fake_stripe, group, "suspend", foreign, "--reason", " ")
        assert blank.error["code"] == "tenancy.reason_required"
        back = _dry_then_real(cli, db, fake_stripe, group, "reactivate", code, "--reason", "documents in")
        assert back.doc[group[:-1]]["status"] == "active" and back.doc[group[:-1]]["suspended_reason"] is None
        assert status(model, code) == "active"


def test_a_dry_run_reads_under_the_same_locks_and_sends_no_write(
    db: Database, fake_stripe: FakeStripe
) -> None:
    """The services' dry runs, statement by statement: the lock reads of the real run (PostgreSQL:
    ``FOR UPDATE`` on the payment, the refund, the merchant; the per-person advisory lock of the
    daily limit), and not one INSERT, UPDATE or DELETE on either database."""
    from sqlalchemy import event

    from core.actor import Actor
    from core.roles import Role
    from modules.payments.services import PaymentService
    from modules.tenancy.services import MerchantService
    from tests.payments_helpers import make_gateways

    shop = add_shop(db)
    pid = add_payment(db, shop, "stripe", 50_000, fake=fake_stripe)
    other = add_payment(db, shop, "stripe", 50_000, fake=fake_stripe)
    service = PaymentService(
        db, make_gateways(fake_stripe.url, None), limit_setting=LIMIT, daily_limit_setting=LIMIT * 3
    )
    support = Actor(name="admin:sally", role=Role.SUPPORT)
    waiting = service.create_refund(support, pid, LIMIT + 1, "big").refund.id
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(" ".join(statement.split()).upper())

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        small = service.create_refund(support, other, 100, "small", dry_run=True)
        assert small.dry_run and small.refund.state == "pending" and small.refund.id is None
        assert service.approve(Actor.cli(), waiting, dry_run=True).refund.state == "awaiting_approval"
        assert service.reject(Actor.cli(), waiting, "no", dry_run=True).dry_run
        row = MerchantService(db).suspend(Actor.cli(), shop.merchant, "KYC", dry_run=True)
        assert row.status == "suspended"
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    writes = [s for s in statements if s.split(" ", 1)[0] in ("INSERT", "UPDATE", "DELETE")]
    assert statements and writes == []
    if db.url.get_backend_name() == "postgresql":
        locks = [s for s in statements if "FOR UPDATE" in s]
        assert len(locks) >= 4, statements  # create: payment; approve, reject: payment and refund; suspend
        assert any("PG_ADVISORY_XACT_LOCK" in s for s in statements)  # the daily limit's lock
    assert fake_stripe.refund_posts() == 0
