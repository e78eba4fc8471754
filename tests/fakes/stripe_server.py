"""A loopback server that answers as Stripe's API does, for the real ``stripe`` SDK.

What it implements, as Stripe documents it:

* ``Authorization: Bearer <secret key>``; a wrong key is 401 with an ``invalid_request_error``.
* Form-encoded bodies as the SDK sends them (``metadata[local_refund_id]=7``).
* ``POST /v1/refunds`` (``payment_intent`` or ``charge``, ``amount``, ``reason``, ``metadata``) and
  ``GET /v1/refunds?payment_intent=...`` (a list object, newest first, ``starting_after`` paging),
  ``GET /v1/refunds/{id}``; ``POST /v1/payment_intents`` (confirmed; ``pm_card_chargeDeclined``
  is declined with a 402 ``card_error``, ``pm_card_authenticationRequired`` needs action).
* Idempotency: a POST with an ``Idempotency-Key`` that executed is saved; the same key with the same
  parameters replays the saved answer with ``Idempotent-Replayed: true``; with other parameters it is
  400 ``idempotency_error``; while the first is still executing it is 409. Validation errors are not
  saved (Stripe saves results only once an endpoint started executing).
  :meth:`FakeStripe.forget_idempotency_keys` plays the 24-hour expiry.
* Errors as ``{"error": {"type", "code", "message", "param"?, "decline_code"?}}``;
  :meth:`FakeStripe.rate_limit_next`, :meth:`decline_next`, :meth:`garble_next` inject the others.

``refunds_for(pi)`` tells how many refunds the "bank" holds: the assertion that nothing was refunded
twice.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from typing import Any
from urllib.parse import parse_qsl

from tests.fakes.base import FakeServer, Request, Response

API_KEY = "sk_test_fake_4eC39HqLyjWDarjtT1zdp7dc"


def decode_form(body: bytes) -> dict[str, Any]:
    """``a[b]=1&c[0]=x`` -> ``{"a": {"b": "1"}, "c": {"0": "x"}}`` (what Stripe's servers parse)."""
    out: dict[str, Any] = {}
    for key, value in parse_qsl(body.decode(), keep_blank_values=True):
        parts = key.replace("]", "").split("[")
        target = out
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = value
    return out


def error(status: int, type_: str, message: str, **extra: Any) -> Response:
    body = {"error": {"type": type_, "message": message, **{k: v for k, v in extra.items() if v is not None}}}
    headers = {"Request-Id": f"req_{secrets.token_hex(7)}"}
    return Response(status, body, headers)


def invalid_request(message: str, code: str, param: str | None = None) -> tuple[Response, bool]:
    """A 400 for a POST that did nothing (not executed)."""
    return error(400, "invalid_request_error", message, code=code, param=param), False


class FakeStripe(FakeServer):
    def __init__(self, api_key: str = API_KEY) -> None:
        super().__init__()
        self.api_key = api_key
        self.payment_intents: dict[str, dict[str, Any]] = {}
        self.refunds: dict[str, dict[str, Any]] = {}
        self._saved: dict[str, tuple[str, Response]] = {}  # key -> (fingerprint, answer)
        self._running: set[str] = set()
        self.refund_created = threading.Event()

    # -- set-up and inspection ----------------------------------------------------------------------
    def add_payment_intent(self, pi: str, amount: int, currency: str = "eur") -> None:
        with self.lock:
            self.payment_intents[pi] = {
                "id": pi,
                "object": "payment_intent",
                "amount": amount,
                "amount_received": amount,
                "currency": currency.lower(),
                "status": "succeeded",
                "latest_charge": f"ch_{secrets.token_hex(12)}",
            }

    def refunds_for(self, pi: str) -> list[dict[str, Any]]:
        with self.lock:
            return [r for r in self.refunds.values() if r["payment_intent"] == pi]

    def forget_idempotency_keys(self) -> None:
        """Stripe prunes keys after 24 hours."""
        with self.lock:
            self._saved.clear()

    def refund_posts(self) -> int:
        return len(self.requests_to("POST", "/v1/refunds"))

    # -- injected errors ------------------------------------------------------------------------------
    def rate_limit_next(self, retry_after: int = 2, prefix: str = "/v1/refunds") -> None:
        self.fail_next(
            prefix,
            429,
            {
                "error": {
                    "type": "invalid_request_error",
                    "code": "rate_limit",
                    "message": "Too many requests hit the API too quickly. We recommend an exponential "
                    "backoff of your requests.",
                }
            },
            {"Retry-After": str(retry_after), "Stripe-Should-Retry": "false"},
        )

    def decline_next(self, prefix: str = "/v1/refunds", decline_code: str = "generic_decline") -> None:
        self.fail_next(
            prefix,
            402,
            {
                "error": {
                    "type": "card_error",
                    "code": "card_declined",
                    "decline_code": decline_code,
                    "message": "Your card was declined.",
                }
            },
        )

    def garble_next(self, prefix: str = "/v1/refunds") -> None:
        self.fail_next(prefix, 200, b"<html>502 Bad Gateway</html>")

    def server_error_next(self, prefix: str = "/v1/refunds") -> None:
        self.fail_next(prefix, 500, {"error": {"type": "api_error", "message": "An unknown error occurred"}})

    # -- the API ----------------------------------------------------------------------------------------
    def route(self, request: Request) -> Response:
        auth = request.header("Authorization") or ""
        if auth != f"Bearer {self.api_key}":
            given = auth.removeprefix("Bearer ")
            return error(
                401,
                "invalid_request_error",
                f"Invalid API Key provided: {given[:8]}{'*' * 12}{given[-4:]}"
                if given
                else "You did not provide an API key.",
            )
        if request.method == "GET":
            return self._get(request)
        if request.method != "POST":
            return error(
                404, "invalid_request_error", f"Unrecognized request URL ({request.method}: {request.path})."
            )
        try:
            params = decode_form(request.body)
        except (UnicodeDecodeError, ValueError):
            return error(400, "invalid_request_error", "Invalid request body: not form-encoded.")
        key = request.header("Idempotency-Key")
        fingerprint = json.dumps([request.path, params], sort_keys=True)
        if key:
            with self.lock:
                saved = self._saved.get(key)
                if saved is None and key in self._running:
                    return error(
                        409,
                        "idempotency_error",
                        "There is currently another in-progress request using this Idempotent Key (that "
                        "probably means you submitted twice, and the other request is still going through): "
                        f"{key}. Please try again later.",
                        code="idempotency_key_in_use",
                    )
                if saved is not None:
                    if saved[0] != fingerprint:
                        return error(
                            400,
                            "idempotency_error",
                            "Keys for idempotent requests can only be used with the same parameters they "
                            f"were first used with. Try using a key other than '{key}' if you meant to "
                            "execute a different request.",
                        )
                    answer = saved[1]
                    return Response(
                        answer.status, answer.body, {**answer.headers, "Idempotent-Replayed": "true"}
                    )
                self._running.add(key)
        try:
            response, executed = self._post(request.path, params)
            if key and executed:
                with self.lock:
                    self._saved[key] = (fingerprint, response)
            if key:
                response = Response(
                    response.status, response.body, {**response.headers, "Idempotency-Key": key}
                )
            return response
        finally:
            if key:
                with self.lock:
                    self._running.discard(key)

    def _get(self, request: Request) -> Response:
        path, q = request.path, request.query
        if path == "/v1/refunds":
            pi = q.get("payment_intent")
            charge = q.get("charge")
            with self.lock:
                found = [  # newest first (insertion order reversed)
                    r
                    for r in reversed(self.refunds.values())
                    if (pi is None or r["payment_intent"] == pi) and (charge is None or r["charge"] == charge)
                ]
            if q.get("starting_after"):
                ids = [r["id"] for r in found]
                start = ids.index(q["starting_after"]) + 1 if q["starting_after"] in ids else len(ids)
                found = found[start:]
            limit = int(q.get("limit") or 10)
            page = found[:limit]
            return Response(
                200,
                {"object": "list", "data": page, "has_more": len(found) > limit, "url": "/v1/refunds"},
            )
        if path.startswith("/v1/refunds/"):
            refund = self.refunds.get(path.rsplit("/", 1)[1])
            if refund is None:
                return error(
                    404,
                    "invalid_request_error",
                    f"No such refund: '{path.rsplit('/', 1)[1]}'",
                    code="resource_missing",
                    param="id",
                )
            return Response(200, refund)
        return error(404, "invalid_request_error", f"Unrecognized request URL (GET: {path}).")

    def _post(self, path: str, params: dict[str, Any]) -> tuple[Response, bool]:
        if path == "/v1/refunds":
            return self._create_refund(params)
        if path == "/v1/payment_intents":
            return self._create_payment_intent(params)
        return error(404, "invalid_request_error", f"Unrecognized request URL (POST: {path})."), False

    def _create_refund(self, params: dict[str, Any]) -> tuple[Response, bool]:
        pi_id = params.get("payment_intent")
        with self.lock:
            pi = self.payment_intents.get(pi_id or "")
            if pi is None and params.get("charge"):
                pi = next(
                    (p for p in self.payment_intents.values() if p["latest_charge"] == params["charge"]), None
                )
            if pi is None:
                param = "payment_intent" if pi_id else "charge"
                return invalid_request(
                    f"No such {param}: '{pi_id or params.get('charge')}'", "resource_missing", param
                )
            refunded = sum(
                r["amount"]
                for r in self.refunds.values()
                if r["payment_intent"] == pi["id"] and r["status"] in ("succeeded", "pending")
            )
            remaining = pi["amount_received"] - refunded
            raw = params.get("amount", str(remaining))
            try:
                amount = int(raw)
            except ValueError:
                return invalid_request(f"Invalid integer: {raw}", "parameter_invalid_integer", "amount")
            if remaining <= 0:
                return invalid_request(
                    f"Charge {pi['latest_charge']} has already been refunded.", "charge_already_refunded"
                )
            if amount < 1 or amount > remaining:
                return invalid_request(
                    f"Refund amount ({amount}) is greater than unrefunded amount on charge ({remaining})",
                    "amount_too_large",
                    "amount",
                )
            reason = params.get("reason")
            if reason is not None and reason not in ("duplicate", "fraudulent", "requested_by_customer"):
                return invalid_request(
                    "Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer",
                    "parameter_invalid_string",
                    "reason",
                )
            refund = {
                "id": f"re_{secrets.token_hex(12)}",
                "object": "refund",
                "amount": amount,
                "balance_transaction": f"txn_{secrets.token_hex(12)}",
                "charge": pi["latest_charge"],
                "created": int(time.time()),
                "currency": pi["currency"],
                "destination_details": None,
                "metadata": params.get("metadata") or {},
                "payment_intent": pi["id"],
                "reason": reason,
                "receipt_number": None,
                "source_transfer_reversal": None,
                "status": "succeeded",
                "transfer_reversal": None,
            }
            self.refunds[refund["id"]] = refund
        self.refund_created.set()
        return Response(200, refund, {"Request-Id": f"req_{secrets.token_hex(7)}"}), True

    def _create_payment_intent(self, params: dict[str, Any]) -> tuple[Response, bool]:
        try:
            amount = int(params.get("amount", ""))
        except ValueError:
            return invalid_request(
                f"Invalid integer: {params.get('amount')}", "parameter_invalid_integer", "amount"
            )
        currency = params.get("currency")
        if not currency:
            return invalid_request("Missing required param: currency.", "parameter_missing", "currency")
        pm = params.get("payment_method", "")
        pi_id = f"pi_{secrets.token_hex(12)}"
        if pm == "pm_card_chargeDeclined":
            body = {
                "error": {
                    "type": "card_error",
                    "code": "card_declined",
                    "decline_code": "generic_decline",
                    "message": "Your card was declined.",
                    "payment_intent": {"id": pi_id, "status": "requires_payment_method"},
                }
            }
            return Response(402, body), True  # executed: Stripe saves declines for the key
        status = "requires_action" if pm == "pm_card_authenticationRequired" else "succeeded"
        with self.lock:
            self.add_payment_intent(pi_id, amount, currency)
            pi = dict(self.payment_intents[pi_id])
            if status != "succeeded":
                self.payment_intents[pi_id]["amount_received"] = 0
                pi["amount_received"] = 0
        pi.update(status=status, payment_method=pm, confirm=True)
        return Response(200, pi), True
