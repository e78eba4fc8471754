"""Shared by the payments and refunds tests: the fake gateways as fixtures, and seeded payments.

Import the fixtures into a test module (``from tests.payments_helpers import fake_stripe_fixture``
registers the fixture ``fake_stripe``; ``gateways_cli_fixture``: ``cli``, platformctl against the fakes).
The gateways are the real clients (the ``stripe`` SDK, httpx) pointed at the loopback fakes.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select, update

from core.db import Database, utcnow
from core.models import AuditEntry, Platform, PlatformModule
from core.settings import reload_settings
from modules.payments.gateways import GatewayService, ManualGateway, PayPalGateway, StripeGateway
from modules.payments.models import Payment, Refund
from modules.payments.services import PaymentService
from modules.tenancy.models import Merchant, Store
from tests.cli_helpers import Run, invoke, url_of
from tests.fakes.paypal_server import CLIENT_ID, CLIENT_SECRET, FakePayPal
from tests.fakes.stripe_server import API_KEY, FakeStripe
from tests.foundation_helpers import PASSWORD, add_platforms

LIMIT = 10_000  # the support limit the tests use: EUR 100.00


@pytest.fixture(name="fake_stripe")
def fake_stripe_fixture() -> Iterator[FakeStripe]:
    with FakeStripe() as server:
        yield server  # type: ignore[misc]


@pytest.fixture(name="fake_paypal")
def fake_paypal_fixture() -> Iterator[FakePayPal]:
    with FakePayPal() as server:
        yield server  # type: ignore[misc]


def make_gateways(stripe_url: str | None, paypal_url: str | None, *, retries: int = 0) -> GatewayService:
    found: dict = {"manual": ManualGateway()}
    if stripe_url:
        found["stripe"] = StripeGateway(API_KEY, stripe_url, timeout=3, max_network_retries=retries)
    if paypal_url:
        found["paypal"] = PayPalGateway(CLIENT_ID, CLIENT_SECRET, paypal_url, timeout=3, network_retries=0)
    return GatewayService(found)


@pytest.fixture(name="gateways")
def gateways_fixture(fake_stripe: FakeStripe, fake_paypal: FakePayPal) -> GatewayService:
    return make_gateways(fake_stripe.url, fake_paypal.url)


@pytest.fixture(name="service")
def service_fixture(db: Database, gateways: GatewayService) -> PaymentService:
    return PaymentService(db, gateways, limit_setting=LIMIT)


@pytest.fixture(name="cli")
def gateways_cli_fixture(
    db: Database, fake_stripe: FakeStripe, fake_paypal: FakePayPal, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """``cli(*args, user=None)``: platformctl on the test's database, its gateways the fakes
    (``user``: logs in with the test password)."""
    for name in ("PLATFORM_PASSWORD", "PLATFORM_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    for key, value in gateway_env(fake_stripe, fake_paypal).items():
        monkeypatch.setenv(key, value)
    reload_settings()
    url = url_of(db)

    def run(*args: str, user: str | None = None) -> Run:
        if user:
            monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
        return invoke(url, *args, user=user)

    yield run
    monkeypatch.undo()
    reload_settings()


def gateway_env(stripe: FakeStripe | None = None, paypal: FakePayPal | None = None) -> dict[str, str]:
    """Environment for a subprocess (or settings) pointing the console at the fakes."""
    env = {"PLATFORM_REFUND_LIMIT_SUPPORT": str(LIMIT), "PLATFORM_GATEWAY_TIMEOUT_SECONDS": "3"}
    if stripe is not None:
        env.update(PLATFORM_STRIPE_API_KEY=API_KEY, PLATFORM_STRIPE_API_BASE=stripe.url)
    if paypal is not None:
        env.update(
            PLATFORM_PAYPAL_CLIENT_ID=CLIENT_ID,
            PLATFORM_PAYPAL_CLIENT_SECRET=CLIENT_SECRET,
            PLATFORM_PAYPAL_API_BASE=paypal.url,
        )
    return env


@dataclass(frozen=True)
class Shop:
    platform: str
    platform_id: int
    merchant: str
    store: str
    store_id: int


def add_shop(db: Database, platform: str | None = None, *, suffix: str = "") -> Shop:
    """A platform (payments on, every gateway enabled), a merchant and a store."""
    if platform is None:
        platform = add_platforms(db, 1, prefix=f"pay{suffix}")[0]
    with db.transaction() as session:
        pid = session.scalar(select(Platform.id).where(Platform.code == platform))
        assert pid is not None
        row = session.scalar(
            select(PlatformModule).where(
                PlatformModule.platform_id == pid, PlatformModule.module_code == "payments"
            )
        )
        config = {"enabled_gateways": ["stripe", "paypal", "manual"], "default_currency": "EUR"}
        if row is None:
            session.add(
                PlatformModule(
                    platform_id=pid,
                    module_code="payments",
                    enabled=True,
                    config=config,
                    enabled_at=utcnow(),
                    enabled_by="test",
                )
            )
        else:
            row.config = config
        code = f"M{secrets.token_hex(3).upper()}"
        merchant = Merchant(code=code, name=f"Merchant {code}", email=f"{code.lower()}@example.test")
        session.add(merchant)
        session.flush()
        store = Store(
            code=f"S{secrets.token_hex(3).upper()}", merchant_id=merchant.id, platform_id=pid, name="Shop"
        )
        session.add(store)
        session.flush()
        return Shop(platform, pid, merchant.code, store.code, store.id)


def add_payment(
    db: Database,
    shop: Shop,
    gateway: str = "stripe",
    amount: int = 10_000,
    currency: str = "EUR",
    *,
    captured: int | None = None,
    gateway_payment_id: str | None = None,
    fake: FakeStripe | FakePayPal | None = None,
) -> int:
    """A captured payment; registered at ``fake`` (the payment intent or the capture) when given."""
    if gateway_payment_id is None:
        gateway_payment_id = {
            "stripe": f"pi_{secrets.token_hex(12)}",
            "paypal": secrets.token_hex(9).upper()[:17],
            "manual": f"MAN-{secrets.randbelow(900000) + 100000}",
        }[gateway]
    captured = amount if captured is None else captured
    if isinstance(fake, FakeStripe):
        fake.add_payment_intent(gateway_payment_id, captured, currency)
    elif isinstance(fake, FakePayPal):
        from modules.payments.gateways import paypal_value

        fake.add_capture(gateway_payment_id, paypal_value(captured, currency), currency)
    with db.transaction() as session:
        payment = Payment(
            platform_id=shop.platform_id,
            store_id=shop.store_id,
            gateway=gateway,
            gateway_payment_id=gateway_payment_id,
            amount_minor=amount,
            currency=currency,
            captured_minor=captured,
            status="captured",
        )
        session.add(payment)
        session.flush()
        return payment.id


def refund_row(db: Database, refund_id: int) -> Refund:
    with db.sessions() as session:
        row = session.get(Refund, refund_id)
        assert row is not None
        return row


def gateway_payment_id(db: Database, payment_id: int) -> str:
    """The payment's id at its gateway (``pi_...`` at Stripe)."""
    with db.sessions() as session:
        return str(session.get(Payment, payment_id).gateway_payment_id)  # type: ignore[union-attr]


def refunds_of(db: Database, payment_id: int) -> list[Refund]:
    with db.sessions() as session:
        return list(
            session.scalars(select(Refund).where(Refund.payment_id == payment_id).order_by(Refund.id))
        )


def age_refund(db: Database, refund_id: int, hours: float) -> None:
    """Pretend the refund was recorded ``hours`` ago (its key expired at Stripe after 24)."""
    from datetime import timedelta

    with db.transaction() as session:
        session.execute(
            update(Refund).where(Refund.id == refund_id).values(created_at=utcnow() - timedelta(hours=hours))
        )


def entries(db: Database, action_prefix: str = "refunds.") -> list[AuditEntry]:
    with db.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action.like(f"{action_prefix}%")).order_by(AuditEntry.id)
            )
        )
