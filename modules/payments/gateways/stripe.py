"""Stripe through the official SDK (``stripe.StripeClient``): refunds, their recovery, checkout."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from modules.payments.gateways.base import DEFAULT_TIMEOUT
from modules.payments.gateways.errors import GatewayError, gateway_error, rate_limited, unavailable
from modules.payments.gateways.refs import GatewayPaymentResult, GatewayRefundResult, PaymentRef, RefundRef
from modules.payments.money import normalize_currency

log = logging.getLogger(__name__)

STRIPE_REASONS = ("duplicate", "fraudulent", "requested_by_customer")
# Stripe takes these zero-decimal currencies as two-decimal amounts (multiples of 100), for
# backwards compatibility (Stripe docs, "Special cases").
STRIPE_TWO_DECIMAL_ZERO = frozenset({"ISK", "UGX"})


def stripe_amount(amount_minor: int, currency: str) -> int:
    return amount_minor * 100 if normalize_currency(currency) in STRIPE_TWO_DECIMAL_ZERO else amount_minor


def from_stripe_amount(amount: int, currency: str) -> int:
    return amount // 100 if normalize_currency(currency) in STRIPE_TWO_DECIMAL_ZERO else amount


class StripeGateway:
    """Stripe through the official SDK (``stripe.StripeClient``); any API base (tests: a loopback fake)."""

    name = "stripe"
    replay_window = timedelta(hours=24)

    def __init__(
        self,
        api_key: str,
        api_base: str = "https://api.stripe.com",
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_network_retries: int = 2,
    ) -> None:
        import stripe

        self._stripe = stripe
        self.api_base = api_base.rstrip("/")
        self._client = stripe.StripeClient(
            api_key,
            base_addresses={"api": self.api_base},
            max_network_retries=max_network_retries,
            http_client=stripe.RequestsClient(timeout=timeout),
        )

    def __repr__(self) -> str:
        return f"StripeGateway(api_base={self.api_base!r})"

    # -- refunds ----------------------------------------------------------------------------
    def _target(self, payment: PaymentRef) -> dict[str, str]:
        pid = payment.gateway_payment_id
        if not pid:
            raise gateway_error(
                "gateway.invalid_request",
                f"payment #{payment.id} has no Stripe payment intent id: "
                "it cannot be refunded through Stripe",
                gateway=self.name,
            )
        return {"charge": pid} if pid.startswith(("ch_", "py_")) else {"payment_intent": pid}

    def refund(self, payment: PaymentRef, refund: RefundRef, idempotency_key: str) -> GatewayRefundResult:
        metadata = {"local_refund_id": str(refund.id), "local_refund_ref": refund.local_ref}
        if refund.reason:
            metadata["reason"] = refund.reason[:500]
        params: dict[str, Any] = {
            **self._target(payment),
            "amount": stripe_amount(refund.amount_minor, refund.currency),
            "metadata": metadata,
        }
        if refund.reason in STRIPE_REASONS:
            params["reason"] = refund.reason
        log.info("stripe: refund #%s of payment #%s", refund.id, payment.id)
        try:
            obj = self._client.v1.refunds.create(params=params, options={"idempotency_key": idempotency_key})
        except self._stripe.StripeError as exc:
            raise self._error(exc) from None
        return self._result(obj, payment.currency)

    def find_refund_by_local_id(self, payment: PaymentRef, refund: RefundRef) -> GatewayRefundResult | None:
        try:
            if refund.gateway_refund_id:
                return self._result(
                    self._client.v1.refunds.retrieve(refund.gateway_refund_id), payment.currency
                )
            listing = self._client.v1.refunds.list(params={**self._target(payment), "limit": 100})
            for obj in listing.auto_paging_iter():
                metadata = obj.to_dict().get("metadata") or {}
                if metadata.get("local_refund_ref") == refund.local_ref:
                    return self._result(obj, payment.currency)
        except self._stripe.StripeError as exc:
            raise self._error(exc) from None
        return None

    def _result(self, obj: Any, currency: str) -> GatewayRefundResult:
        data = obj.to_dict()
        status = str(data.get("status") or "")
        response = getattr(obj, "last_response", None)
        headers = getattr(response, "headers", None) or {}
        replayed = str(headers.get("Idempotent-Replayed", headers.get("idempotent-replayed", ""))).lower()
        cur = str(data.get("currency") or currency).upper()
        amount = data.get("amount")
        return GatewayRefundResult(
            gateway_refund_id=str(data["id"]),
            status=status,
            accepted=status not in ("failed", "canceled"),
            amount_minor=from_stripe_amount(int(amount), cur) if amount is not None else None,
            currency=cur,
            replayed=replayed == "true",
            message=data.get("failure_reason"),
        )

    # -- checkout ---------------------------------------------------------------------------------
    def process_payment(
        self, amount_minor: int, currency: str, payment_method_id: str, idempotency_key: str
    ) -> GatewayPaymentResult:
        currency = normalize_currency(currency)
        params = {
            "amount": stripe_amount(amount_minor, currency),
            "currency": currency.lower(),
            "payment_method": payment_method_id,
            "confirm": True,
            "automatic_payment_methods": {"enabled": True, "allow_redirects": "never"},
        }
        try:
            obj = self._client.v1.payment_intents.create(
                params=params,  # type: ignore[arg-type]
                options={"idempotency_key": idempotency_key},
            )
        except self._stripe.StripeError as exc:
            raise self._error(exc, action="payment") from None
        data = obj.to_dict()
        gateway_status = str(data.get("status") or "")
        received = from_stripe_amount(int(data.get("amount_received") or 0), currency)
        status = {
            "succeeded": "captured",
            "processing": "processing",
            "requires_action": "requires_action",
            "requires_capture": "authorized",
        }.get(gateway_status, "failed")
        headers = getattr(getattr(obj, "last_response", None), "headers", None) or {}
        return GatewayPaymentResult(
            gateway_payment_id=str(data["id"]),
            status=status,
            amount_minor=amount_minor,
            currency=currency,
            captured_minor=received,
            gateway_status=gateway_status,
            replayed=str(headers.get("Idempotent-Replayed", "")).lower() == "true",
        )

    # -- errors -----------------------------------------------------------------------------------
    def _error(self, exc: Any, action: str = "refund") -> GatewayError:
        s = self._stripe
        err = getattr(exc, "error", None)
        code = getattr(exc, "code", None) or getattr(err, "code", None)
        details: dict[str, Any] = {
            "http_status": getattr(exc, "http_status", None),
            "request_id": getattr(exc, "request_id", None),
            "gateway_message": getattr(exc, "user_message", None) or str(exc) or None,
            "action": action,
        }
        said = details["gateway_message"] or "no reason given"
        if isinstance(exc, s.CardError):
            decline = getattr(err, "decline_code", None)
            details["decline_code"] = decline
            return gateway_error(
                "gateway.declined",
                f"Stripe declined the {action}: {said}" + (f" (decline code {decline})" if decline else ""),
                gateway=self.name,
                gateway_code=code or "card_declined",
                details=details,
            )
        if isinstance(exc, s.RateLimitError):
            return rate_limited(self.name, getattr(exc, "headers", None), code or "rate_limit", details)
        if isinstance(exc, s.AuthenticationError | s.PermissionError):
            return gateway_error(
                "gateway.authentication",
                "Stripe did not accept the console's API key (PLATFORM_STRIPE_API_KEY or the keyring "
                "entry platform-console/stripe-api-key); nothing was done",
                gateway=self.name,
                gateway_code=code,
                details={**details, "gateway_message": None},  # Stripe's message quotes the key
            )
        if isinstance(exc, s.IdempotencyError):
            return gateway_error(
                "gateway.idempotency_conflict",
                f"Stripe saw this {action}'s idempotency key before with other parameters; nothing was "
                "done. This is a bug: please report it",
                gateway=self.name,
                gateway_code=code or "idempotency_error",
                details=details,
            )
        if isinstance(exc, s.InvalidRequestError):
            return gateway_error(
                "gateway.invalid_request",
                f"Stripe refused the {action} as invalid: {said}",
                gateway=self.name,
                gateway_code=code,
                details={**details, "param": getattr(exc, "param", None)},
            )
        if isinstance(exc, s.APIConnectionError):
            return unavailable(self.name, "the connection failed or timed out", **details)
        status = details["http_status"]
        if isinstance(exc, s.APIError) and status == 409:
            return unavailable(self.name, "another request with this key is still running", **details)
        return unavailable(self.name, f"server error {status}" if status else "garbled answer", **details)
