"""PayPal's REST API over httpx: capture refunds, their recovery, checkout as an order + capture."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import httpx

from modules.payments.gateways.base import DEFAULT_TIMEOUT
from modules.payments.gateways.errors import GatewayError, gateway_error, rate_limited, unavailable
from modules.payments.gateways.refs import GatewayPaymentResult, GatewayRefundResult, PaymentRef, RefundRef
from modules.payments.money import from_decimal_string, normalize_currency, to_decimal_string

log = logging.getLogger(__name__)

# PayPal takes no decimals for these, whatever ISO 4217 says (HUF and TWD have two there).
PAYPAL_NO_DECIMALS = frozenset({"HUF", "JPY", "TWD"})


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
                raise unavailable(self.name, f"sign-in failed: {type(exc).__name__}") from None
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
                raise unavailable(self.name, "no access token in its answer")
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
                raise unavailable(self.name, f"{type(exc).__name__}") from None
            if response.status_code == 401 and not renewed:
                renewed, attempt = True, 0
                self._token = None
                continue
            if response.status_code >= 400:
                raise self._error(response, action)
            body = _json(response, strict=True)
            if body is None:
                raise unavailable(self.name, "garbled answer", http_status=response.status_code)
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
            "action": action,
        }
        code = issue or name
        if status == 429:
            return rate_limited(self.name, response.headers, code or "RATE_LIMIT_REACHED", details)
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
            return unavailable(self.name, "an earlier request with this id is still running", **details)
        return unavailable(self.name, f"server error {status}", **details)

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
            raise unavailable(self.name, "no capture in its answer", order_id=order.get("id"))
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
