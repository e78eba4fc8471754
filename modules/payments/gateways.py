"""Payment gateways: Stripe (the official SDK), PayPal (REST over httpx) and a manual gateway.

Every gateway offers the same three calls (:class:`Gateway`):

* ``refund(payment, refund, idempotency_key)`` — sends a refund with the refund's idempotency key
  (Stripe ``Idempotency-Key``, PayPal ``PayPal-Request-Id``) and its local reference in the
  gateway's metadata (Stripe ``metadata.local_refund_ref``, PayPal ``custom_id``), so the same call
  repeated never refunds twice and an old refund can be found again;
* ``find_refund_by_local_id(payment, refund)`` — recovery: the gateway's refund carrying the
  local reference, or None (Stripe lists the payment intent's refunds; PayPal reads the refund by
  id, or searches the capture's refund transactions for the ``custom_id``);
* ``process_payment(amount_minor, currency, payment_method_id, idempotency_key)`` — checkout.

Every failure becomes one :class:`GatewayError` with a stable code, a sentence a support person
understands and the gateway's own code in ``details``:

======================== =========== ================================================================
code                     exit (CLI)  meaning
======================== =========== ================================================================
gateway.declined         3 refused   the gateway refused the operation (card declined, PayPal 422)
gateway.invalid_request  3 refused   the gateway rejected the request (unknown payment, too much)
gateway.rate_limited     1 failed    too many requests: try again after ``retry_after`` seconds
gateway.authentication   1 failed    the console's key or client credentials were not accepted
gateway.idempotency_conflict 1       the key came back with other parameters (a bug: report it)
gateway.unavailable      1 failed    no answer (timeout, connection lost, 5xx, garbled): the outcome
                                     is unknown (``outcome_unknown``), the refund stays pending
gateway.not_configured   3 refused   no key for this gateway in the settings, environment or keyring
======================== =========== ================================================================

Keys come from the environment, the OS keyring or the settings file (:func:`core.secrets.get_secret`);
they are never logged, never put in an error, never shown by ``repr``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

import httpx

from core.errors import PlatformError, Refused
from modules.payments.money import from_decimal_string, normalize_currency, to_decimal_string

log = logging.getLogger(__name__)

GATEWAY_NAMES = ("stripe", "paypal", "manual")
DEFAULT_TIMEOUT = 30.0
STRIPE_REASONS = ("duplicate", "fraudulent", "requested_by_customer")
# Stripe takes these zero-decimal currencies as two-decimal amounts (multiples of 100), for
# backwards compatibility (Stripe docs, "Special cases").
STRIPE_TWO_DECIMAL_ZERO = frozenset({"ISK", "UGX"})
# PayPal takes no decimals for these, whatever ISO 4217 says (HUF and TWD have two there).
PAYPAL_NO_DECIMALS = frozenset({"HUF", "JPY", "TWD"})
LABELS = {"stripe": "Stripe", "paypal": "PayPal", "manual": "the manual gateway"}


# -- errors ------------------------------------------------------------------------------------
class GatewayError(PlatformError):
    """A gateway said no, or said nothing. ``outcome_unknown``: whether it acted is not known."""

    exit_code = 1

    def __init__(
        self,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        *,
        gateway: str,
        gateway_code: str | None = None,
        retry_after: float | None = None,
        outcome_unknown: bool = False,
    ) -> None:
        details = {
            "gateway": gateway,
            "gateway_code": gateway_code,
            **({"retry_after": retry_after} if retry_after is not None else {}),
            **(details or {}),
        }
        super().__init__(code, message, details)
        self.gateway = gateway
        self.gateway_code = gateway_code
        self.retry_after = retry_after
        self.outcome_unknown = outcome_unknown


class GatewayRefused(GatewayError, Refused):
    """The gateway refused the operation itself (declined, invalid): a refusal, CLI exit 3."""

    exit_code = 3


REFUSAL_CODES = frozenset({"gateway.declined", "gateway.invalid_request", "gateway.not_configured"})


def gateway_error(code: str, message: str, **kw: Any) -> GatewayError:
    cls = GatewayRefused if code in REFUSAL_CODES else GatewayError
    return cls(code, message, **kw)


# -- what gateways get and give ----------------------------------------------------------------------
@dataclass(frozen=True)
class PaymentRef:
    """What a gateway needs of a payment (a plain copy of the row, safe across threads)."""

    id: int
    gateway: str
    gateway_payment_id: str | None
    currency: str
    amount_minor: int
    captured_minor: int


@dataclass(frozen=True)
class RefundRef:
    """What a gateway needs of a refund. ``local_ref`` is unique across databases (the key)."""

    id: int
    amount_minor: int
    currency: str
    reason: str | None
    local_ref: str
    created_at: datetime
    gateway_refund_id: str | None = None


@dataclass(frozen=True)
class GatewayRefundResult:
    gateway_refund_id: str
    status: str  # the gateway's own word: succeeded, pending, COMPLETED, recorded ...
    accepted: bool  # the gateway took the refund (done or on its way); False: it failed there
    amount_minor: int | None = None
    currency: str | None = None
    replayed: bool = False  # an idempotent replay of an earlier answer
    message: str | None = None  # why it failed, when it did


@dataclass(frozen=True)
class GatewayPaymentResult:
    gateway_payment_id: str
    status: str  # captured | processing | requires_action | awaiting_funds
    amount_minor: int
    currency: str
    captured_minor: int
    gateway_status: str = ""
    replayed: bool = False


class Gateway(Protocol):
    name: str
    # Within this time after the first send, sending again with the same key replays the answer.
    replay_window: timedelta

    def refund(self, payment: PaymentRef, refund: RefundRef, idempotency_key: str) -> GatewayRefundResult: ...

    def find_refund_by_local_id(
        self, payment: PaymentRef, refund: RefundRef
    ) -> GatewayRefundResult | None: ...

    def process_payment(
        self, amount_minor: int, currency: str, payment_method_id: str, idempotency_key: str
    ) -> GatewayPaymentResult: ...


def _unavailable(gateway: str, what: str, **details: Any) -> GatewayError:
    label = LABELS[gateway]
    return gateway_error(
        "gateway.unavailable",
        f"{label} did not answer ({what}). Whether it acted is not known yet: the refund stays "
        "pending and is resolved later with the same idempotency key, so it is never made twice.",
        gateway=gateway,
        outcome_unknown=True,
        details=details,
    )


def _retry_after(headers: Mapping[str, str] | None) -> float | None:
    if not headers:
        return None
    value = headers.get("Retry-After") or headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


# -- Stripe -----------------------------------------------------------------------------------------
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
            retry = _retry_after(getattr(exc, "headers", None))
            wait = f"try again in {retry:g} seconds" if retry is not None else "try again in a minute"
            return gateway_error(
                "gateway.rate_limited",
                f"Stripe is turning requests away for now (rate limit); nothing was done: {wait}",
                gateway=self.name,
                gateway_code=code or "rate_limit",
                retry_after=retry,
                details=details,
            )
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
            return _unavailable(self.name, "the connection failed or timed out", **details)
        status = details["http_status"]
        if isinstance(exc, s.APIError) and status == 409:
            return _unavailable(self.name, "another request with this key is still running", **details)
        return _unavailable(self.name, f"server error {status}" if status else "garbled answer", **details)


# -- PayPal -----------------------------------------------------------------------------------------
def paypal_value(amount_minor: int, currency: str) -> str:
    """PayPal's decimal string: ISO decimals, except whole units for HUF, JPY and TWD."""
    currency = normalize_currency(currency)
    if currency in PAYPAL_NO_DECIMALS:
        text = to_decimal_string(amount_minor, currency)
        whole, _, frac = text.partition(".")
        if frac.strip("0"):
            raise gateway_error(
                "gateway.invalid_request",
                f"PayPal takes whole {currency} amounts only, not {text}",
                gateway="paypal",
                gateway_code="DECIMAL_PRECISION",
            )
        return whole
    return to_decimal_string(amount_minor, currency)


def from_paypal_value(value: str, currency: str) -> int:
    currency = normalize_currency(currency)
    if currency in PAYPAL_NO_DECIMALS:
        return from_decimal_string(value, "JPY") * 10 ** (0 if currency == "JPY" else 2)
    return from_decimal_string(value, currency)


class PayPalGateway:
    """PayPal's REST API over httpx: an OAuth2 client-credentials token (cached until it expires),
    capture refunds with ``PayPal-Request-Id``, and checkout as an order create + capture."""

    name = "paypal"
    # PayPal keeps request ids for a while; beyond this margin we look the refund up first.
    replay_window = timedelta(hours=6)

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        api_base: str = "https://api-m.paypal.com",
        *,
        timeout: float = DEFAULT_TIMEOUT,
        network_retries: int = 1,
    ) -> None:
        self.api_base = api_base.rstrip("/")
        self._auth = (client_id, client_secret)
        self._http = httpx.Client(base_url=self.api_base, timeout=timeout)
        self._retries = network_retries
        self._lock = threading.Lock()
        self._token: str | None = None
        self._token_expires = 0.0

    def __repr__(self) -> str:
        return f"PayPalGateway(api_base={self.api_base!r})"

    def close(self) -> None:
        self._http.close()

    # -- transport ----------------------------------------------------------------------------
    def _access_token(self, *, renew: bool = False) -> str:
        with self._lock:
            if not renew and self._token and time.monotonic() < self._token_expires:
                return self._token
            try:
                response = self._http.post(
                    "/v1/oauth2/token",
                    data={"grant_type": "client_credentials"},
                    auth=self._auth,
                    headers={"Accept": "application/json"},
                )
            except httpx.HTTPError as exc:
                raise _unavailable(self.name, f"sign-in failed: {type(exc).__name__}") from None
            if response.status_code in (401, 403):
                raise gateway_error(
                    "gateway.authentication",
                    "PayPal did not accept the console's client id and secret (PLATFORM_PAYPAL_CLIENT_ID, "
                    "PLATFORM_PAYPAL_CLIENT_SECRET or the keyring); nothing was done",
                    gateway=self.name,
                    gateway_code=_json(response).get("error") or "invalid_client",
                    details={"http_status": response.status_code},
                )
            if response.status_code != 200:
                raise self._error(response, "sign-in")
            body = _json(response)
            token = body.get("access_token")
            if not token:
                raise _unavailable(self.name, "no access token in its answer")
            self._token = str(token)
            self._token_expires = time.monotonic() + max(0.0, float(body.get("expires_in", 300)) - 60)
            return self._token

    def _call(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        request_id: str | None = None,
        params: dict[str, Any] | None = None,
        action: str = "refund",
    ) -> dict[str, Any]:
        """One API call; network failures retried with the same request id; 401 renews the token once."""
        renewed = False
        attempt = 0
        while True:
            headers = {
                "Authorization": f"Bearer {self._access_token()}",
                "Accept": "application/json",
                "Prefer": "return=representation",
            }
            if request_id:
                headers["PayPal-Request-Id"] = request_id
            try:
                response = self._http.request(method, path, json=json_body, params=params, headers=headers)
            except httpx.HTTPError as exc:
                if attempt < self._retries and (request_id or method == "GET"):
                    attempt += 1
                    time.sleep(0.2 * attempt)
                    continue
                raise _unavailable(self.name, f"{type(exc).__name__}") from None
            if response.status_code == 401 and not renewed:
                renewed, attempt = True, 0
                self._token = None
                continue
            if response.status_code >= 400:
                raise self._error(response, action)
            body = _json(response, strict=True)
            if body is None:
                raise _unavailable(self.name, "garbled answer", http_status=response.status_code)
            return body

    def _error(self, response: httpx.Response, action: str) -> GatewayError:
        body = _json(response)
        name = body.get("name") or body.get("error")
        issues = body.get("details") or []
        issue = issues[0].get("issue") if issues and isinstance(issues[0], dict) else None
        said = (
            (issues[0].get("description") if issues and isinstance(issues[0], dict) else None)
            or body.get("message")
            or body.get("error_description")
            or "no reason given"
        )
        status = response.status_code
        details = {
            "http_status": status,
            "debug_id": body.get("debug_id"),
            "issue": issue,
            "gateway_message": said,
        }
        code = issue or name
        if status == 429:
            retry = _retry_after(response.headers)
            wait = f"try again in {retry:g} seconds" if retry is not None else "try again in a minute"
            return gateway_error(
                "gateway.rate_limited",
                f"PayPal is turning requests away for now (rate limit); nothing was done: {wait}",
                gateway=self.name,
                gateway_code=code or "RATE_LIMIT_REACHED",
                retry_after=retry,
                details=details,
            )
        if status in (401, 403):
            return gateway_error(
                "gateway.authentication",
                f"PayPal refused the console's credentials or permissions ({code or status}); "
                "nothing was done",
                gateway=self.name,
                gateway_code=code,
                details=details,
            )
        if status == 422:
            return gateway_error(
                "gateway.declined",
                f"PayPal declined the {action}: {said}" + (f" ({issue})" if issue else ""),
                gateway=self.name,
                gateway_code=code,
                details=details,
            )
        if status in (400, 404):
            return gateway_error(
                "gateway.invalid_request",
                f"PayPal refused the {action} as invalid: {said}",
                gateway=self.name,
                gateway_code=code,
                details=details,
            )
        if status == 409:
            return _unavailable(self.name, "an earlier request with this id is still running", **details)
        return _unavailable(self.name, f"server error {status}", **details)

    # -- refunds ----------------------------------------------------------------------------------
    def _capture_id(self, payment: PaymentRef) -> str:
        if not payment.gateway_payment_id:
            raise gateway_error(
                "gateway.invalid_request",
                f"payment #{payment.id} has no PayPal capture id: it cannot be refunded through PayPal",
                gateway=self.name,
            )
        return payment.gateway_payment_id

    def refund(self, payment: PaymentRef, refund: RefundRef, idempotency_key: str) -> GatewayRefundResult:
        body: dict[str, Any] = {
            "amount": {
                "value": paypal_value(refund.amount_minor, refund.currency),
                "currency_code": normalize_currency(refund.currency),
            },
            "custom_id": refund.local_ref[:127],
            "invoice_id": refund.local_ref[:127],
        }
        if refund.reason:
            body["note_to_payer"] = refund.reason[:255]
        log.info("paypal: refund #%s of payment #%s", refund.id, payment.id)
        data = self._call(
            "POST",
            f"/v2/payments/captures/{self._capture_id(payment)}/refund",
            json_body=body,
            request_id=idempotency_key,
        )
        return self._result(data, refund.currency)

    def find_refund_by_local_id(self, payment: PaymentRef, refund: RefundRef) -> GatewayRefundResult | None:
        if refund.gateway_refund_id:
            data = self._call("GET", f"/v2/payments/refunds/{refund.gateway_refund_id}", action="look-up")
            return self._result(data, refund.currency)
        capture = self._capture_id(payment)
        for info in self._refund_transactions(refund.created_at):
            if info.get("custom_field") == refund.local_ref and info.get("paypal_reference_id") == capture:
                data = self._call("GET", f"/v2/payments/refunds/{info['transaction_id']}", action="look-up")
                return self._result(data, refund.currency)
        return None

    def _refund_transactions(self, since: datetime) -> Iterator[dict[str, Any]]:
        """Refund transactions (event T1107) from an hour before ``since`` (PayPal's Transaction Search)."""
        start = since - timedelta(hours=1)
        # Whole seconds go out: round the end up, so a refund made this very second is inside.
        now = datetime.now(start.tzinfo).replace(microsecond=0) + timedelta(seconds=1)
        end = min(now, start + timedelta(days=31))
        page, pages = 1, 1
        while page <= pages:
            body = self._call(
                "GET",
                "/v1/reporting/transactions",
                params={
                    "start_date": start.strftime("%Y-%m-%dT%H:%M:%S%z"),
                    "end_date": end.strftime("%Y-%m-%dT%H:%M:%S%z"),
                    "transaction_type": "T1107",
                    "fields": "transaction_info",
                    "page_size": 500,
                    "page": page,
                },
                action="look-up",
            )
            for item in body.get("transaction_details") or []:
                yield item.get("transaction_info") or {}
            pages = int(body.get("total_pages") or 1)
            page += 1

    def _result(self, data: dict[str, Any], currency: str) -> GatewayRefundResult:
        status = str(data.get("status") or "")
        amount = data.get("amount") or {}
        cur = str(amount.get("currency_code") or currency).upper()
        reason = (data.get("status_details") or {}).get("reason")
        return GatewayRefundResult(
            gateway_refund_id=str(data.get("id")),
            status=status,
            accepted=status not in ("FAILED", "CANCELLED"),
            amount_minor=from_paypal_value(str(amount["value"]), cur) if amount.get("value") else None,
            currency=cur,
            message=reason,
        )

    # -- checkout ---------------------------------------------------------------------------------
    def process_payment(
        self, amount_minor: int, currency: str, payment_method_id: str, idempotency_key: str
    ) -> GatewayPaymentResult:
        currency = normalize_currency(currency)
        order = self._call(
            "POST",
            "/v2/checkout/orders",
            json_body={
                "intent": "CAPTURE",
                "purchase_units": [
                    {
                        "amount": {"currency_code": currency, "value": paypal_value(amount_minor, currency)},
                        "custom_id": idempotency_key[:127],
                    }
                ],
                "payment_source": {"paypal": {"vault_id": payment_method_id}},
            },
            request_id=f"{idempotency_key}-order",
            action="payment",
        )
        if order.get("status") == "APPROVED":
            order = self._call(
                "POST",
                f"/v2/checkout/orders/{order['id']}/capture",
                json_body={},
                request_id=f"{idempotency_key}-capture",
                action="payment",
            )
        if order.get("status") == "PAYER_ACTION_REQUIRED":
            return GatewayPaymentResult(
                str(order.get("id")), "requires_action", amount_minor, currency, 0, "PAYER_ACTION_REQUIRED"
            )
        captures = [
            c
            for unit in order.get("purchase_units") or []
            for c in (unit.get("payments") or {}).get("captures") or []
        ]
        if not captures:
            raise _unavailable(self.name, "no capture in its answer", order_id=order.get("id"))
        capture = captures[0]
        gateway_status = str(capture.get("status") or "")
        if gateway_status == "DECLINED":
            raise gateway_error(
                "gateway.declined",
                "PayPal declined the payment",
                gateway=self.name,
                gateway_code="DECLINED",
                details={"capture_id": capture.get("id")},
            )
        value = (capture.get("amount") or {}).get("value")
        captured = from_paypal_value(str(value), currency) if value else amount_minor
        return GatewayPaymentResult(
            gateway_payment_id=str(capture["id"]),
            status="captured" if gateway_status == "COMPLETED" else "processing",
            amount_minor=amount_minor,
            currency=currency,
            captured_minor=captured if gateway_status == "COMPLETED" else 0,
            gateway_status=gateway_status,
        )


def _json(response: httpx.Response, *, strict: bool = False) -> Any:
    try:
        body = response.json()
    except ValueError:
        return None if strict else {}
    if not isinstance(body, dict):
        return None if strict else {}
    return body


# -- manual -------------------------------------------------------------------------------------------
class ManualGateway:
    """Money moved by hand (a bank transfer): the console records it; nothing is sent anywhere."""

    name = "manual"
    replay_window = timedelta(days=36500)

    def refund(self, payment: PaymentRef, refund: RefundRef, idempotency_key: str) -> GatewayRefundResult:
        return GatewayRefundResult(
            gateway_refund_id=f"manual-{refund.id}",
            status="recorded",
            accepted=True,
            amount_minor=refund.amount_minor,
            currency=refund.currency,
        )

    def find_refund_by_local_id(self, payment: PaymentRef, refund: RefundRef) -> GatewayRefundResult | None:
        return self.refund(payment, refund, refund.local_ref)

    def process_payment(
        self, amount_minor: int, currency: str, payment_method_id: str, idempotency_key: str
    ) -> GatewayPaymentResult:
        return GatewayPaymentResult(
            gateway_payment_id=f"MAN-{idempotency_key[-12:].upper()}",
            status="awaiting_funds",
            amount_minor=amount_minor,
            currency=normalize_currency(currency),
            captured_minor=0,
            gateway_status="awaiting_funds",
        )


# -- configuration ------------------------------------------------------------------------------------
@dataclass
class GatewayService:
    """The gateways this installation can use. Built from settings unless given explicitly (tests)."""

    gateways: dict[str, Gateway] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Any = None) -> GatewayService:
        from core.secrets import get_secret, keyring_get
        from core.settings import get_settings

        settings = settings or get_settings()
        timeout = float(getattr(settings, "gateway_timeout_seconds", DEFAULT_TIMEOUT))
        found: dict[str, Gateway] = {}
        stripe_key = get_secret("stripe-api-key", "PLATFORM_STRIPE_API_KEY") or _secret(
            settings.stripe_api_key
        )
        if stripe_key:
            found["stripe"] = StripeGateway(stripe_key, settings.stripe_api_base, timeout=timeout)
        paypal_id = settings.paypal_client_id or keyring_get("paypal-client-id")
        paypal_secret = get_secret("paypal-client-secret", "PLATFORM_PAYPAL_CLIENT_SECRET") or _secret(
            settings.paypal_client_secret
        )
        if paypal_id and paypal_secret:
            found["paypal"] = PayPalGateway(
                paypal_id, paypal_secret, settings.paypal_api_base, timeout=timeout
            )
        found["manual"] = ManualGateway()
        return cls(found)

    def get_available_gateways(self) -> list[str]:
        """stripe (a key is set), paypal (client id and secret are set), manual (always)."""
        return [name for name in GATEWAY_NAMES if name in self.gateways]

    def get(self, name: str) -> Gateway:
        gateway = self.gateways.get(name)
        if gateway is None:
            hint = {
                "stripe": "set PLATFORM_STRIPE_API_KEY or the keyring entry platform-console/stripe-api-key",
                "paypal": "set PLATFORM_PAYPAL_CLIENT_ID and PLATFORM_PAYPAL_CLIENT_SECRET (or the keyring)",
            }.get(name, f"unknown gateway {name!r}")
            raise gateway_error(
                "gateway.not_configured",
                f"{LABELS.get(name, name)} is not configured on this console: {hint}",
                gateway=name,
            )
        return gateway


def _secret(value: Any) -> str | None:
    if value is None:
        return None
    return value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)
