"""Checkout: taking a payment for the platform's own traffic, through the platform's gateway.

:meth:`Checkout.process_payment` records the payment as ``processing`` under its idempotency key,
asks the gateway with that same key, then records what it said; a retried checkout with the same
key returns the same payment, so the customer is charged once. No console permission, no audit.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.errors import InvalidInput, NotFound, Refused
from core.models import PlatformModule
from core.ranges import INT64_MAX
from modules.payments.config import PaymentsConfig
from modules.payments.gateways import GatewayError
from modules.payments.models import Payment
from modules.payments.money import normalize_currency
from modules.payments.queries import PaymentReader
from modules.payments.results import PaymentSummary
from modules.tenancy.models import Store


class Checkout(PaymentReader):
    """A part of :class:`~modules.payments.services.PaymentService`: the platform's checkout."""

    def process_payment(
        self,
        store_id: int,
        amount_minor: int,
        currency: str,
        payment_method_id: str,
        *,
        gateway: str | None = None,
        idempotency_key: str | None = None,
    ) -> PaymentSummary:
        """Take a payment for the platform's checkout (Stripe: a confirmed PaymentIntent; PayPal:
        an order captured; manual: recorded as awaiting funds).

        ``idempotency_key`` (e.g. the order number) makes a retried checkout safe: the same key
        returns the same payment and the gateway sees the same key, so the customer is charged once.
        The platform's own traffic: no console permission and no audit entry.
        """
        currency = normalize_currency(currency)
        if not 0 < amount_minor <= INT64_MAX:
            raise InvalidInput(
                "payment.bad_amount", "the amount must be positive", {"amount_minor": amount_minor}
            )
        key = idempotency_key or f"payment-{uuid.uuid4().hex}"
        with self.db.transaction() as session:
            existing = session.scalar(select(Payment).where(Payment.idempotency_key == key))
            if existing is not None and (
                existing.amount_minor != amount_minor or existing.currency != currency
            ):
                raise Refused(
                    "payment.key_reused",
                    f"idempotency key {key!r} was used for another amount (payment #{existing.id})",
                    {"payment": existing.id},
                )
            if existing is not None and existing.status != "processing":
                return self._summary(existing.id)
            if existing is None:
                store = session.get(Store, store_id)
                if store is None:
                    raise NotFound("store.not_found", f"unknown store #{store_id}", {"store": store_id})
                name = gateway or self._default_gateway(session, store.platform_id)
                self._check_gateway_enabled(session, store.platform_id, name)
                payment = Payment(
                    platform_id=store.platform_id,
                    store_id=store.id,
                    gateway=name,
                    amount_minor=amount_minor,
                    currency=currency,
                    captured_minor=0,
                    status="processing",
                    idempotency_key=key,
                )
                session.add(payment)
                try:
                    session.flush()
                except IntegrityError:  # the same key, concurrently
                    raise Refused(
                        "payment.in_progress", f"a payment with key {key!r} is in progress"
                    ) from None
                payment_id, name = payment.id, payment.gateway
            else:
                payment_id, name = existing.id, existing.gateway
        gw = self.gateways.get(name)
        try:
            result = gw.process_payment(amount_minor, currency, payment_method_id, key)
        except GatewayError as exc:
            if not exc.outcome_unknown:
                with self.db.transaction() as session:
                    session.execute(update(Payment).where(Payment.id == payment_id).values(status="failed"))
            raise
        with self.db.transaction() as session:
            session.execute(
                update(Payment)
                .where(Payment.id == payment_id)
                .values(
                    gateway_payment_id=result.gateway_payment_id,
                    status=result.status,
                    captured_minor=result.captured_minor,
                )
            )
        return self._summary(payment_id)

    def _default_gateway(self, session: Session, platform_id: int) -> str:
        enabled = self._enabled_gateways(session, platform_id)
        available = self.gateways.get_available_gateways()
        for name in enabled:
            if name in available:
                return name
        raise Refused(
            "gateway.none_available",
            f"no gateway enabled on this platform ({', '.join(enabled) or 'none'}) is configured here "
            f"({', '.join(available)})",
            {"enabled": list(enabled), "available": list(available)},
        )

    def _enabled_gateways(self, session: Session, platform_id: int) -> list[str]:
        config = session.scalar(
            select(PlatformModule.config).where(
                PlatformModule.platform_id == platform_id, PlatformModule.module_code == "payments"
            )
        )
        return list(PaymentsConfig.model_validate(config or {}).enabled_gateways)

    def _check_gateway_enabled(self, session: Session, platform_id: int, name: str) -> None:
        if name not in self._enabled_gateways(session, platform_id):
            raise Refused(
                "gateway.not_enabled",
                f"gateway {name!r} is not enabled in this platform's payments configuration",
                {"gateway": name},
            )
