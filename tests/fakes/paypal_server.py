"""A loopback server that answers as PayPal's REST API does, for a real httpx client.

* ``POST /v1/oauth2/token`` with HTTP basic auth (client id and secret) and
  ``grant_type=client_credentials``: a bearer token with ``expires_in``; wrong credentials are 401
  ``invalid_client``. Other endpoints want ``Authorization: Bearer <token>`` (401
  ``AUTHENTICATION_FAILURE`` otherwise; :meth:`FakePayPal.expire_tokens` plays expiry).
* ``POST /v2/payments/captures/{id}/refund`` (``amount {value, currency_code}``, ``custom_id``,
  ``invoice_id``, ``note_to_payer``): 201 with the refund; a reused ``PayPal-Request-Id`` returns the
  earlier request's refund in its latest status (200, no new refund). Errors as PayPal sends them,
  ``{"name", "message", "debug_id", "details": [{"issue", "description"}]}``: 400
  ``INVALID_REQUEST`` (malformed JSON, bad decimals), 404 ``RESOURCE_NOT_FOUND``, 422
  ``UNPROCESSABLE_ENTITY`` (``REFUND_AMOUNT_EXCEEDED``, ``CAPTURE_FULLY_REFUNDED``,
  ``CURRENCY_MISMATCH``), 429 ``RATE_LIMIT_REACHED`` (:meth:`FakePayPal.rate_limit_next`).
* ``GET /v2/payments/refunds/{id}``; ``GET /v1/reporting/transactions`` (refund transactions,
  event code T1107, with ``custom_field`` and ``paypal_reference_id``).
* ``POST /v2/checkout/orders`` (with ``payment_source.paypal.vault_id``) and
  ``POST /v2/checkout/orders/{id}/capture``; vault id ``DECLINED`` is declined.
"""

from __future__ import annotations

import base64
import json
import secrets
import string
import threading
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qsl

from tests.fakes.base import FakeServer, Request, Response

CLIENT_ID = "AfakeClientIdForTests"
CLIENT_SECRET = "EfakeClientSecretForTests-not-a-real-one"
NO_DECIMALS = {"HUF", "JPY", "TWD"}
THREE_DECIMALS = {"BHD", "JOD", "KWD", "OMR", "TND"}


def _id() -> str:
    return "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(17))


def pp_error(
    status: int, name: str, message: str, issue: str | None = None, description: str = ""
) -> Response:
    body: dict[str, Any] = {"name": name, "message": message, "debug_id": secrets.token_hex(6)}
    if issue:
        body["details"] = [{"issue": issue, "description": description or issue}]
    body["links"] = [
        {
            "href": f"https://developer.paypal.com/docs/api/payments/v2/#error-{issue or name}",
            "rel": "information_link",
            "method": "GET",
        }
    ]
    return Response(status, body, {"Paypal-Debug-Id": body["debug_id"]})


def unknown_resource() -> Response:
    """PayPal's 404 for an id it does not know."""
    return pp_error(
        404,
        "RESOURCE_NOT_FOUND",
        "The specified resource does not exist.",
        "INVALID_RESOURCE_ID",
        "Specified resource ID does not exist.",
    )


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class FakePayPal(FakeServer):
    def __init__(self, client_id: str = CLIENT_ID, client_secret: str = CLIENT_SECRET) -> None:
        super().__init__()
        self.client_id = client_id
        self.client_secret = client_secret
        self.tokens: set[str] = set()
        self.token_requests = 0
        self.captures: dict[str, dict[str, Any]] = {}
        self.refunds: dict[str, dict[str, Any]] = {}
        self.orders: dict[str, dict[str, Any]] = {}
        self._requests: dict[str, str] = {}  # PayPal-Request-Id -> refund id / order id
        self.refund_created = threading.Event()

    # -- set-up and inspection ------------------------------------------------------------------------
    def add_capture(self, capture_id: str, value: str, currency: str = "EUR") -> None:
        with self.lock:
            self.captures[capture_id] = {
                "id": capture_id,
                "status": "COMPLETED",
                "amount": {"currency_code": currency, "value": value},
            }

    def refunds_for(self, capture_id: str) -> list[dict[str, Any]]:
        with self.lock:
            return [r for r in self.refunds.values() if r["_capture"] == capture_id]

    def expire_tokens(self) -> None:
        with self.lock:
            self.tokens.clear()

    def forget_request_ids(self) -> None:
        with self.lock:
            self._requests.clear()

    def rate_limit_next(self, retry_after: int = 3, prefix: str = "/v2/payments/captures/") -> None:
        response = pp_error(429, "RATE_LIMIT_REACHED", "Too many requests. Blocked due to rate limiting.")
        self.fail_next(prefix, 429, response.body, {"Retry-After": str(retry_after)})

    # -- the API ----------------------------------------------------------------------------------------
    def route(self, request: Request) -> Response:
        if request.path == "/v1/oauth2/token" and request.method == "POST":
            return self._token(request)
        auth = request.header("Authorization") or ""
        with self.lock:
            valid = auth.startswith("Bearer ") and auth[7:] in self.tokens
        if not valid:
            return pp_error(
                401,
                "AUTHENTICATION_FAILURE",
                "Authentication failed due to invalid authentication credentials or a missing "
                "Authorization header.",
            )
        path = request.path
        if (
            request.method == "POST"
            and path.startswith("/v2/payments/captures/")
            and path.endswith("/refund")
        ):
            return self._refund(request, path.split("/")[4])
        if request.method == "GET" and path.startswith("/v2/payments/refunds/"):
            with self.lock:
                refund = self.refunds.get(path.rsplit("/", 1)[1])
            if refund is None:
                return unknown_resource()
            return Response(200, self._public(refund))
        if request.method == "GET" and path == "/v1/reporting/transactions":
            return self._transactions(request)
        if request.method == "POST" and path == "/v2/checkout/orders":
            return self._create_order(request)
        if request.method == "POST" and path.startswith("/v2/checkout/orders/") and path.endswith("/capture"):
            return self._capture_order(request, path.split("/")[4])
        return pp_error(404, "RESOURCE_NOT_FOUND", "The specified resource does not exist.")

    def _token(self, request: Request) -> Response:
        with self.lock:
            self.token_requests += 1
        auth = request.header("Authorization") or ""
        expected = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
        if auth != f"Basic {expected}":
            return Response(
                401, {"error": "invalid_client", "error_description": "Client Authentication failed"}
            )
        form = dict(parse_qsl(request.body.decode()))
        if form.get("grant_type") != "client_credentials":
            return Response(
                400, {"error": "unsupported_grant_type", "error_description": "Grant Type is NULL"}
            )
        token = "A21AA" + secrets.token_urlsafe(40)
        with self.lock:
            self.tokens.add(token)
        return Response(
            200,
            {
                "scope": "https://uri.paypal.com/services/payments/refund",
                "access_token": token,
                "token_type": "Bearer",
                "app_id": "APP-80W284485P519543T",
                "expires_in": 32400,
                "nonce": f"{_now()}{secrets.token_hex(8)}",
            },
        )

    def _json(self, request: Request) -> tuple[dict[str, Any] | None, Response | None]:
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            return None, pp_error(
                400,
                "INVALID_REQUEST",
                "Request is not well-formed, syntactically incorrect, or violates schema.",
                "MALFORMED_REQUEST_JSON",
                "The request JSON is not well formed.",
            )
        if not isinstance(body, dict):
            return None, pp_error(
                400, "INVALID_REQUEST", "Request is not well-formed.", "MALFORMED_REQUEST_JSON"
            )
        return body, None

    @staticmethod
    def _minor(value: str, currency: str) -> int | None:
        decimals = 0 if currency in NO_DECIMALS else 3 if currency in THREE_DECIMALS else 2
        try:
            amount = Decimal(value)
        except InvalidOperation:
            return None
        if amount.as_tuple().exponent < -decimals:  # type: ignore[operator]
            return None
        return int(amount.scaleb(decimals))

    def _refund(self, request: Request, capture_id: str) -> Response:
        request_id = request.header("PayPal-Request-Id")
        with self.lock:
            if request_id and request_id in self._requests:
                refund = self.refunds[self._requests[request_id]]
                return Response(200, self._public(refund))  # the earlier request's latest status
        body, problem = self._json(request)
        if problem is not None:
            return problem
        assert body is not None
        with self.lock:
            capture = self.captures.get(capture_id)
            if capture is None:
                return unknown_resource()
            cap_cur = capture["amount"]["currency_code"]
            cap_minor = self._minor(capture["amount"]["value"], cap_cur) or 0
            done = sum(
                self._minor(r["amount"]["value"], cap_cur) or 0
                for r in self.refunds.values()
                if r["_capture"] == capture_id and r["status"] in ("COMPLETED", "PENDING")
            )
            amount = body.get("amount") or {"value": None, "currency_code": cap_cur}
            currency = amount.get("currency_code")
            if currency != cap_cur:
                return pp_error(
                    422,
                    "UNPROCESSABLE_ENTITY",
                    "The requested action could not be performed, "
                    "semantically incorrect, or failed business validation.",
                    "CURRENCY_MISMATCH",
                    "Currency of capture must be the same as currency of refund.",
                )
            if amount.get("value") is None:
                minor = cap_minor - done
                value = capture["amount"]["value"]
            else:
                value = str(amount["value"])
                parsed = self._minor(value, cap_cur)
                if parsed is None:
                    return pp_error(
                        422,
                        "UNPROCESSABLE_ENTITY",
                        "The requested action could not be "
                        "performed, semantically incorrect, or failed business validation.",
                        "DECIMAL_PRECISION",
                        "If the currency supports decimals, only two decimal place precision is supported.",
                    )
                minor = parsed
            if done >= cap_minor:
                return pp_error(
                    422,
                    "UNPROCESSABLE_ENTITY",
                    "The requested action could not be performed, "
                    "semantically incorrect, or failed business validation.",
                    "CAPTURE_FULLY_REFUNDED",
                    "The capture has already been fully refunded.",
                )
            if minor > cap_minor - done:
                return pp_error(
                    422,
                    "UNPROCESSABLE_ENTITY",
                    "The requested action could not be performed, "
                    "semantically incorrect, or failed business validation.",
                    "REFUND_AMOUNT_EXCEEDED",
                    "The refund amount must be less than or equal to "
                    "the capture amount that has not yet been refunded.",
                )
            refund = {
                "id": _id(),
                "amount": {"currency_code": cap_cur, "value": value},
                "invoice_id": body.get("invoice_id"),
                "custom_id": body.get("custom_id"),
                "note_to_payer": body.get("note_to_payer"),
                "status": "COMPLETED",
                "create_time": _now(),
                "update_time": _now(),
                "_capture": capture_id,
                "_created": datetime.now(UTC),
            }
            self.refunds[refund["id"]] = refund
            if request_id:
                self._requests[request_id] = refund["id"]
        self.refund_created.set()
        return Response(201, self._public(refund))

    def _public(self, refund: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in refund.items() if not k.startswith("_") and v is not None}
        out["links"] = [
            {"href": f"/v2/payments/refunds/{refund['id']}", "rel": "self", "method": "GET"},
            {"href": f"/v2/payments/captures/{refund['_capture']}", "rel": "up", "method": "GET"},
        ]
        return out

    def _transactions(self, request: Request) -> Response:
        q = request.query
        try:
            start = datetime.strptime(q["start_date"], "%Y-%m-%dT%H:%M:%S%z")
            end = datetime.strptime(q["end_date"], "%Y-%m-%dT%H:%M:%S%z")
        except (KeyError, ValueError):
            return pp_error(
                400,
                "INVALID_REQUEST",
                "Request is not well-formed.",
                "INVALID_PARAMETER_SYNTAX",
                "start_date and end_date are required (ISO 8601)",
            )
        with self.lock:
            rows = [r for r in self.refunds.values() if start <= r["_created"] <= end]
        page_size = int(q.get("page_size") or 100)
        page = int(q.get("page") or 1)
        chunk = rows[(page - 1) * page_size : page * page_size]
        details = [
            {
                "transaction_info": {
                    "transaction_id": r["id"],
                    "paypal_reference_id": r["_capture"],
                    "paypal_reference_id_type": "TXN",
                    "transaction_event_code": "T1107",
                    "transaction_initiation_date": r["create_time"],
                    "transaction_amount": {
                        "currency_code": r["amount"]["currency_code"],
                        "value": "-" + r["amount"]["value"],
                    },
                    "transaction_status": "S",
                    "custom_field": r.get("custom_id"),
                    "invoice_id": r.get("invoice_id"),
                }
            }
            for r in chunk
        ]
        pages = max(1, -(-len(rows) // page_size))
        return Response(
            200,
            {
                "transaction_details": details,
                "account_number": "FAKE",
                "page": page,
                "total_items": len(rows),
                "total_pages": pages,
            },
        )

    def _create_order(self, request: Request) -> Response:
        request_id = request.header("PayPal-Request-Id")
        with self.lock:
            if request_id and request_id in self._requests:
                return Response(200, self.orders[self._requests[request_id]])
        body, problem = self._json(request)
        if problem is not None:
            return problem
        assert body is not None
        units = body.get("purchase_units") or []
        if body.get("intent") != "CAPTURE" or not units:
            return pp_error(
                400,
                "INVALID_REQUEST",
                "Request is not well-formed.",
                "MISSING_REQUIRED_PARAMETER",
                "intent and purchase_units are required",
            )
        vault = ((body.get("payment_source") or {}).get("paypal") or {}).get("vault_id")
        order = {
            "id": _id(),
            "intent": "CAPTURE",
            "status": "APPROVED" if vault else "PAYER_ACTION_REQUIRED",
            "purchase_units": [{"amount": units[0]["amount"], "custom_id": units[0].get("custom_id")}],
            "_vault": vault,
        }
        with self.lock:
            self.orders[order["id"]] = order
            if request_id:
                self._requests[request_id] = order["id"]
        return Response(201, {k: v for k, v in order.items() if not k.startswith("_")})

    def _capture_order(self, request: Request, order_id: str) -> Response:
        request_id = request.header("PayPal-Request-Id")
        with self.lock:
            if request_id and request_id in self._requests:
                order = self.orders[self._requests[request_id]]
                return Response(200, {k: v for k, v in order.items() if not k.startswith("_")})
            order = self.orders.get(order_id)
            if order is None:
                return pp_error(
                    404, "RESOURCE_NOT_FOUND", "The specified resource does not exist.", "INVALID_RESOURCE_ID"
                )
            if order["_vault"] == "DECLINED":
                return pp_error(
                    422,
                    "UNPROCESSABLE_ENTITY",
                    "The requested action could not be performed.",
                    "INSTRUMENT_DECLINED",
                    "The instrument presented was either declined by the "
                    "processor or bank, or it can't be used for this payment.",
                )
            amount = order["purchase_units"][0]["amount"]
            capture_id = _id()
            self.add_capture(capture_id, amount["value"], amount["currency_code"])
            order["status"] = "COMPLETED"
            order["purchase_units"][0]["payments"] = {
                "captures": [{"id": capture_id, "status": "COMPLETED", "amount": amount}]
            }
            if request_id:
                self._requests[request_id] = order_id
        return Response(201, {k: v for k, v in order.items() if not k.startswith("_")})
