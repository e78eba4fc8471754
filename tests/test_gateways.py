"""The gateways against the loopback fakes: answers, replays, errors mapped to stable codes, config."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import stripe

from core.settings import Settings
from modules.payments.gateways import (
    GatewayError,
    GatewayRefused,
    GatewayService,
    ManualGateway,
    PaymentRef,
    PayPalGateway,
    RefundRef,
    StripeGateway,
)
from tests.fakes.paypal_server import CLIENT_ID, CLIENT_SECRET, FakePayPal
from tests.fakes.stripe_server import API_KEY, FakeStripe, decode_form
from tests.payments_helpers import fake_paypal_fixture, fake_stripe_fixture  # noqa: F401 - fixtures


def _refund(
    local_id: int = 1, amount: int = 1_000, currency: str = "EUR", ref: str | None = None
) -> RefundRef:
    return RefundRef(
        local_id, amount, currency, "customer asked", ref or f"refund-{local_id:032d}", datetime.now(UTC)
    )


@pytest.fixture
def stripe_gw(fake_stripe: FakeStripe) -> StripeGateway:
    fake_stripe.add_payment_intent("pi_test_1", 5_000, "eur")
    return StripeGateway(API_KEY, fake_stripe.url, timeout=3, max_network_retries=0)


STRIPE_PAYMENT = PaymentRef(1, "stripe", "pi_test_1", "EUR", 5_000, 5_000)
PAYPAL_PAYMENT = PaymentRef(2, "paypal", "CAPTURE000000001", "EUR", 5_000, 5_000)


@pytest.fixture
def paypal_gw(fake_paypal: FakePayPal) -> PayPalGateway:
    fake_paypal.add_capture("CAPTURE000000001", "50.00", "EUR")
    return PayPalGateway(CLIENT_ID, CLIENT_SECRET, fake_paypal.url, timeout=3, network_retries=0)


# -- Stripe ----------------------------------------------------------------------------------------------
def test_stripe_sends_form_encoded_with_key_and_metadata(
    stripe_gw: StripeGateway, fake_stripe: FakeStripe
) -> None:
    result = stripe_gw.refund(STRIPE_PAYMENT, _refund(7), "key-7")
    assert result.accepted and result.status == "succeeded" and result.gateway_refund_id.startswith("re_")
    [post] = fake_stripe.requests_to("POST", "/v1/refunds")
    assert post.header("Idempotency-Key") == "key-7"
    assert post.header("Content-Type") == "application/x-www-form-urlencoded"
    form = decode_form(post.body)
    assert form == {
        "payment_intent": "pi_test_1",
        "amount": "1000",
        "metadata": {
            "local_refund_id": "7",
            "local_refund_ref": f"refund-{7:032d}",
            "reason": "customer asked",
        },
    }


def test_stripe_replays_the_same_key_and_refuses_other_parameters(
    stripe_gw: StripeGateway, fake_stripe: FakeStripe
) -> None:
    first = stripe_gw.refund(STRIPE_PAYMENT, _refund(1), "same-key")
    again = stripe_gw.refund(STRIPE_PAYMENT, _refund(1), "same-key")
    assert again.replayed and not first.replayed and again.gateway_refund_id == first.gateway_refund_id
    assert len(fake_stripe.refunds_for("pi_test_1")) == 1
    with pytest.raises(GatewayError) as exc:
        stripe_gw.refund(STRIPE_PAYMENT, _refund(1, amount=2_000), "same-key")
    assert exc.value.code == "gateway.idempotency_conflict" and exc.value.exit_code == 1
    assert exc.value.gateway_code == "idempotency_error" and not exc.value.outcome_unknown


def test_stripe_finds_a_refund_by_its_local_reference(
    stripe_gw: StripeGateway, fake_stripe: FakeStripe
) -> None:
    for i in range(1, 4):
        stripe_gw.refund(STRIPE_PAYMENT, _refund(i, 100), f"k{i}")
    found = stripe_gw.find_refund_by_local_id(STRIPE_PAYMENT, _refund(2, 100))
    assert found is not None and found.amount_minor == 100
    assert fake_stripe.refunds[found.gateway_refund_id]["metadata"]["local_refund_id"] == "2"
    assert stripe_gw.find_refund_by_local_id(STRIPE_PAYMENT, _refund(9, 100)) is None


def test_stripe_lists_every_page(stripe_gw: StripeGateway, fake_stripe: FakeStripe) -> None:
    fake_stripe.add_payment_intent("pi_many", 1_000_000, "eur")
    payment = PaymentRef(3, "stripe", "pi_many", "EUR", 1_000_000, 1_000_000)
    for i in range(1, 106):  # more than one page of 100
        stripe_gw.refund(payment, _refund(i, 10), f"many-{i}")
    found = stripe_gw.find_refund_by_local_id(payment, _refund(1, 10))  # the oldest: on page two
    assert found is not None
    assert len(fake_stripe.requests_to("GET", "/v1/refunds")) == 2


@pytest.mark.parametrize(
    ("status", "body", "headers", "code", "refusal", "unknown"),
    [
        (
            402,
            {
                "error": {
                    "type": "card_error",
                    "code": "card_declined",
                    "decline_code": "insufficient_funds",
                    "message": "Your card has insufficient funds.",
                }
            },
            {},
            "gateway.declined",
            True,
            False,
        ),
        (
            429,
            {
                "error": {
                    "type": "invalid_request_error",
                    "code": "rate_limit",
                    "message": "Too many requests",
                }
            },
            {"Retry-After": "4"},
            "gateway.rate_limited",
            False,
            False,
        ),
        (
            400,
            {
                "error": {
                    "type": "invalid_request_error",
                    "code": "parameter_invalid_integer",
                    "param": "amount",
                    "message": "Invalid integer: 1O0",
                }
            },
            {},
            "gateway.invalid_request",
            True,
            False,
        ),
        (
            400,
            {
                "error": {
                    "type": "invalid_request_error",
                    "code": "amount_too_large",
                    "message": "Refund amount is greater than unrefunded amount on charge",
                }
            },
            {},
            "gateway.invalid_request",
            True,
            False,
        ),
        (
            403,
            {"error": {"type": "invalid_request_error", "message": "restricted key"}},
            {},
            "gateway.authentication",
            False,
            False,
        ),
        (500, {"error": {"type": "api_error", "message": "boom"}}, {}, "gateway.unavailable", False, True),
        (200, b"not json at all", {}, "gateway.unavailable", False, True),
    ],
)
def test_stripe_errors_are_mapped(
    stripe_gw: StripeGateway,
    fake_stripe: FakeStripe,
    status: int,
    body: Any,
    headers: dict[str, str],
    code: str,
    refusal: bool,
    unknown: bool,
) -> None:
    fake_stripe.fail_next("/v1/refunds", status, body, headers)
    with pytest.raises(GatewayError) as exc:
        stripe_gw.refund(STRIPE_PAYMENT, _refund(), "k")
    err = exc.value
    assert err.code == code and isinstance(err, GatewayRefused) == refusal and err.outcome_unknown == unknown
    assert err.exit_code == (3 if refusal else 1)
    assert err.details["gateway"] == "stripe" and err.details["http_status"] == status
    if code == "gateway.declined":
        assert err.details["decline_code"] == "insufficient_funds" and "insufficient funds" in err.message
    if code == "gateway.rate_limited":
        assert err.retry_after == 4 and "4 seconds" in err.message
    if status == 400:
        assert err.gateway_code == body["error"]["code"]


def test_stripe_authentication_error_never_echoes_the_key(fake_stripe: FakeStripe, caplog: Any) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "sk_test_wrong_key_but_secret_1234567890"
    gw = StripeGateway(wrong, fake_stripe.url, max_network_retries=0)
    fake_stripe.add_payment_intent("pi_test_1", 5_000)
    with pytest.raises(GatewayError) as exc:
        gw.refund(STRIPE_PAYMENT, _refund(), "k")
    assert exc.value.code == "gateway.authentication" and exc.value.exit_code == 1
    assert "PLATFORM_STRIPE_API_KEY" in exc.value.message
    shown = exc.value.message + repr(exc.value.details) + repr(gw) + caplog.text
    assert wrong not in shown and wrong[-10:] not in shown


def test_stripe_lost_connection_is_an_unknown_outcome(
    stripe_gw: StripeGateway, fake_stripe: FakeStripe
) -> None:
    fake_stripe.drop_after("/v1/refunds")
    with pytest.raises(GatewayError) as exc:
        stripe_gw.refund(STRIPE_PAYMENT, _refund(), "k-lost")
    assert exc.value.code == "gateway.unavailable" and exc.value.outcome_unknown
    assert len(fake_stripe.refunds_for("pi_test_1")) == 1
    assert stripe_gw.refund(STRIPE_PAYMENT, _refund(), "k-lost").replayed


def test_stripe_timeout_is_an_unknown_outcome(fake_stripe: FakeStripe) -> None:
    fake_stripe.add_payment_intent("pi_test_1", 5_000)
    gw = StripeGateway(API_KEY, fake_stripe.url, timeout=0.5, max_network_retries=0)
    fake_stripe.delay_after("/v1/refunds", 3)
    with pytest.raises(GatewayError) as exc:
        gw.refund(STRIPE_PAYMENT, _refund(), "k-slow")
    assert exc.value.outcome_unknown


def test_stripe_payment_intents(stripe_gw: StripeGateway, fake_stripe: FakeStripe) -> None:
    paid = stripe_gw.process_payment(2_500, "EUR", "pm_card_visa", "order-1")
    assert (paid.status, paid.captured_minor) == ("captured", 2_500) and paid.gateway_payment_id.startswith(
        "pi_"
    )
    form = decode_form(fake_stripe.requests_to("POST", "/v1/payment_intents")[0].body)
    assert (
        form["confirm"] == "true" and form["currency"] == "eur" and form["payment_method"] == "pm_card_visa"
    )
    assert stripe_gw.process_payment(2_500, "EUR", "pm_card_visa", "order-1").replayed
    action = stripe_gw.process_payment(2_500, "EUR", "pm_card_authenticationRequired", "order-2")
    assert (action.status, action.captured_minor) == ("requires_action", 0)
    with pytest.raises(GatewayRefused) as exc:
        stripe_gw.process_payment(2_500, "EUR", "pm_card_chargeDeclined", "order-3")
    assert exc.value.code == "gateway.declined"
    with pytest.raises(GatewayRefused):  # the decline is replayed for the same key
        stripe_gw.process_payment(2_500, "EUR", "pm_card_chargeDeclined", "order-3")


def test_the_fake_answers_malformed_bodies_like_stripe(fake_stripe: FakeStripe) -> None:
    fake_stripe.add_payment_intent("pi_x", 1_000)
    response = httpx.post(
        f"{fake_stripe.url}/v1/refunds",
        content=b"payment_intent=pi_x&amount=ten",
        headers={"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 400
    assert response.json()["error"] == {
        "type": "invalid_request_error",
        "message": "Invalid integer: ten",
        "code": "parameter_invalid_integer",
        "param": "amount",
    }
    # The real SDK reads the same shapes.
    client = stripe.StripeClient(API_KEY, base_addresses={"api": fake_stripe.url}, max_network_retries=0)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.refunds.create(params={"payment_intent": "pi_nope", "amount": 1})
    assert exc.value.code == "resource_missing"


# -- PayPal ---------------------------------------------------------------------------------------------
def test_paypal_token_is_cached_and_renewed(paypal_gw: PayPalGateway, fake_paypal: FakePayPal) -> None:
    paypal_gw.refund(PAYPAL_PAYMENT, _refund(1, 100), "r1")
    paypal_gw.refund(PAYPAL_PAYMENT, _refund(2, 100), "r2")
    assert fake_paypal.token_requests == 1
    [token_call] = fake_paypal.requests_to("POST", "/v1/oauth2/token")
    assert (
        token_call.header("Authorization").startswith("Basic ")
        and token_call.body == b"grant_type=client_credentials"
    )
    fake_paypal.expire_tokens()
    paypal_gw.refund(PAYPAL_PAYMENT, _refund(3, 100), "r3")
    assert (
        fake_paypal.token_requests == 2
        and len(fake_paypal.refunds_for(PAYPAL_PAYMENT.gateway_payment_id)) == 3
    )


def test_paypal_sends_the_request_id_and_replays(paypal_gw: PayPalGateway, fake_paypal: FakePayPal) -> None:
    first = paypal_gw.refund(PAYPAL_PAYMENT, _refund(1, 1_050), "req-1")
    again = paypal_gw.refund(PAYPAL_PAYMENT, _refund(1, 1_050), "req-1")
    assert first.gateway_refund_id == again.gateway_refund_id and first.amount_minor == 1_050
    posts = fake_paypal.requests_to("POST", "/v2/payments/captures/")
    assert [p.header("PayPal-Request-Id") for p in posts] == ["req-1", "req-1"]
    import json

    body = json.loads(posts[0].body)
    assert body["amount"] == {"value": "10.50", "currency_code": "EUR"}
    assert body["custom_id"] == body["invoice_id"] == f"refund-{1:032d}"
    assert len(fake_paypal.refunds_for(PAYPAL_PAYMENT.gateway_payment_id)) == 1


def test_paypal_wrong_credentials(fake_paypal: FakePayPal) -> None:
    gw = PayPalGateway(CLIENT_ID, "wrong-secret-value-123", fake_paypal.url, timeout=3)
    with pytest.raises(GatewayError) as exc:
        gw.refund(PAYPAL_PAYMENT, _refund(), "x")
    assert exc.value.code == "gateway.authentication" and exc.value.gateway_code == "invalid_client"
    assert "wrong-secret-value-123" not in exc.value.message + repr(exc.value.details) + repr(gw)


@pytest.mark.parametrize(
    ("setup", "code", "issue"),
    [
        ("exceeded", "gateway.declined", "REFUND_AMOUNT_EXCEEDED"),
        ("unknown_capture", "gateway.invalid_request", "INVALID_RESOURCE_ID"),
        ("rate_limit", "gateway.rate_limited", "RATE_LIMIT_REACHED"),
        ("currency", "gateway.declined", "CURRENCY_MISMATCH"),
        ("server", "gateway.unavailable", None),
    ],
)
def test_paypal_errors_are_mapped(
    paypal_gw: PayPalGateway, fake_paypal: FakePayPal, setup: str, code: str, issue: str | None
) -> None:
    payment, refund = PAYPAL_PAYMENT, _refund(1, 1_000)
    if setup == "exceeded":
        refund = _refund(1, 9_000)
    elif setup == "unknown_capture":
        payment = PaymentRef(9, "paypal", "NOSUCHCAPTURE0001", "EUR", 1_000, 1_000)
    elif setup == "rate_limit":
        fake_paypal.rate_limit_next(5)
    elif setup == "currency":
        refund = _refund(1, 1_000, "USD")
    else:
        fake_paypal.fail_next(
            "/v2/payments/captures/", 503, {"name": "SERVICE_UNAVAILABLE", "message": "down"}
        )
    with pytest.raises(GatewayError) as exc:
        paypal_gw.refund(payment, refund, "req")
    err = exc.value
    assert err.code == code and err.details["gateway"] == "paypal"
    if issue:
        assert err.gateway_code == issue and err.details["debug_id"]
    if setup == "rate_limit":
        assert err.retry_after == 5
    assert err.outcome_unknown == (setup == "server")


def test_paypal_malformed_body_shape(fake_paypal: FakePayPal, paypal_gw: PayPalGateway) -> None:
    token = paypal_gw._access_token()
    response = httpx.post(
        f"{fake_paypal.url}/v2/payments/captures/CAPTURE000000001/refund",
        content=b"{not json",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    body = response.json()
    assert response.status_code == 400 and body["name"] == "INVALID_REQUEST"
    assert body["details"][0]["issue"] == "MALFORMED_REQUEST_JSON" and body["debug_id"]


def test_paypal_lost_answer_and_lookup(paypal_gw: PayPalGateway, fake_paypal: FakePayPal) -> None:
    fake_paypal.drop_after("/v2/payments/captures/")
    refund = _refund(4, 700)
    with pytest.raises(GatewayError) as exc:
        paypal_gw.refund(PAYPAL_PAYMENT, refund, "req-4")
    assert exc.value.outcome_unknown
    found = paypal_gw.find_refund_by_local_id(PAYPAL_PAYMENT, refund)
    assert found is not None and found.amount_minor == 700 and found.status == "COMPLETED"
    assert paypal_gw.find_refund_by_local_id(PAYPAL_PAYMENT, _refund(5, 700)) is None
    assert paypal_gw.refund(PAYPAL_PAYMENT, refund, "req-4").gateway_refund_id == found.gateway_refund_id


def test_paypal_orders(paypal_gw: PayPalGateway, fake_paypal: FakePayPal) -> None:
    paid = paypal_gw.process_payment(1_999, "EUR", "VAULT-OK", "order-9")
    assert (
        paid.status == "captured"
        and paid.captured_minor == 1_999
        and paid.gateway_payment_id in fake_paypal.captures
    )
    again = paypal_gw.process_payment(1_999, "EUR", "VAULT-OK", "order-9")
    assert again.gateway_payment_id == paid.gateway_payment_id and len(fake_paypal.captures) == 2
    with pytest.raises(GatewayRefused) as exc:
        paypal_gw.process_payment(1_999, "EUR", "DECLINED", "order-10")
    assert exc.value.gateway_code == "INSTRUMENT_DECLINED"


# -- manual and configuration ------------------------------------------------------------------------------
def test_manual_gateway() -> None:
    gw = ManualGateway()
    result = gw.refund(PaymentRef(5, "manual", "MAN-1", "EUR", 100, 100), _refund(5, 100), "k")
    assert result.accepted and result.gateway_refund_id == "manual-5"
    assert gw.process_payment(100, "EUR", "iban", "order-77").status == "awaiting_funds"


def test_available_gateways_follow_the_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PLATFORM_STRIPE_API_KEY", "PLATFORM_PAYPAL_CLIENT_ID", "PLATFORM_PAYPAL_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    assert GatewayService.from_settings(Settings()).get_available_gateways() == ["manual"]
    with pytest.raises(GatewayRefused) as exc:
        GatewayService.from_settings(Settings()).get("stripe")
    assert exc.value.code == "gateway.not_configured" and exc.value.exit_code == 3
    monkeypatch.setenv("PLATFORM_STRIPE_API_KEY", API_KEY)
    monkeypatch.setenv("PLATFORM_PAYPAL_CLIENT_ID", CLIENT_ID)
    assert GatewayService.from_settings(Settings()).get_available_gateways() == ["stripe", "manual"]
    monkeypatch.setenv("PLATFORM_PAYPAL_CLIENT_SECRET", CLIENT_SECRET)
    service = GatewayService.from_settings(Settings())
    assert service.get_available_gateways() == ["stripe", "paypal", "manual"]
    assert API_KEY not in repr(service) and CLIENT_SECRET not in repr(service)


def test_keys_may_come_from_the_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    from core.secrets import KEYRING_SERVICE

    monkeypatch.delenv("PLATFORM_STRIPE_API_KEY", raising=False)
    keyring.set_password(KEYRING_SERVICE, "stripe-api-key", API_KEY)
    try:
        assert "stripe" in GatewayService.from_settings(Settings()).get_available_gateways()
    finally:
        keyring.delete_password(KEYRING_SERVICE, "stripe-api-key")
