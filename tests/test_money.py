"""Money in minor units: decimals from ISO 4217 by currency, never from a constant."""

from __future__ import annotations

import pytest

from core.errors import InvalidInput
from modules.payments.gateways import (
    GatewayRefused,
    from_paypal_value,
    from_stripe_amount,
    paypal_value,
    stripe_amount,
)
from modules.payments.money import (
    MINOR_UNITS,
    exponent,
    format_amount,
    from_decimal_string,
    parse_amount,
    to_decimal_string,
)


@pytest.mark.parametrize(
    ("amount", "currency", "decimal", "shown"),
    [
        (1000, "EUR", "10.00", "EUR 10.00"),
        (123456, "EUR", "1234.56", "EUR 1,234.56"),
        (5, "USD", "0.05", "USD 0.05"),
        (-250, "GBP", "-2.50", "GBP -2.50"),
        (1000, "JPY", "1000", "JPY 1,000"),
        (1234, "KWD", "1.234", "KWD 1.234"),
        (1234567, "BHD", "1234.567", "BHD 1,234.567"),
        (0, "CHF", "0.00", "CHF 0.00"),
    ],
)
def test_decimal_strings_and_formatting(amount: int, currency: str, decimal: str, shown: str) -> None:
    assert to_decimal_string(amount, currency) == decimal
    assert format_amount(amount, currency) == shown
    assert from_decimal_string(decimal, currency) == amount


def test_exponents_come_from_the_table() -> None:
    assert (exponent("EUR"), exponent("jpy"), exponent("KWD"), exponent("CLF")) == (2, 0, 3, 4)
    assert len(MINOR_UNITS) > 150 and all(v in (0, 2, 3, 4) for v in MINOR_UNITS.values())
    with pytest.raises(InvalidInput) as exc:
        exponent("XYZ")
    assert exc.value.code == "money.unknown_currency"


def test_locale_separators() -> None:
    assert format_amount(123456, "EUR", group=".", decimal_point=",") == "EUR 1.234,56"
    assert format_amount(123456, "EUR", group="", code=False) == "1234.56"


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("12.34", "EUR", 1234),
        ("12,5", "EUR", 1250),
        ("1,234.50", "EUR", 123450),
        ("1,000", "JPY", 1000),
        ("1000", "JPY", 1000),
        ("1.234", "KWD", 1234),
        ("1,234", "KWD", 1234),
        (" 7 ", "USD", 700),
        ("10.10", "EUR", 1010),
    ],
)
def test_parse(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "currency", "code"),
    [
        ("12.345", "EUR", "money.too_many_decimals"),
        ("10.5", "JPY", "money.too_many_decimals"),
        ("1.2345", "KWD", "money.too_many_decimals"),
        ("ten", "EUR", "money.bad_amount"),
        ("", "EUR", "money.bad_amount"),
    ],
)
def test_parse_refuses_what_it_would_have_to_round(text: str, currency: str, code: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        parse_amount(text, currency)
    assert exc.value.code == code


def test_gateway_specific_units() -> None:
    # Stripe takes ISK and UGX as two-decimal amounts; everything else in ISO minor units.
    assert stripe_amount(500, "ISK") == 50_000 and from_stripe_amount(50_000, "ISK") == 500
    assert stripe_amount(1234, "KWD") == 1234 and stripe_amount(1000, "JPY") == 1000
    # PayPal: whole units for HUF, JPY, TWD; ISO decimals elsewhere.
    assert paypal_value(1000, "EUR") == "10.00" and paypal_value(1000, "JPY") == "1000"
    assert paypal_value(1234, "KWD") == "1.234" and paypal_value(150_000, "HUF") == "1500"
    assert from_paypal_value("1500", "HUF") == 150_000 and from_paypal_value("1.234", "KWD") == 1234
    with pytest.raises(GatewayRefused) as exc:
        paypal_value(150_050, "HUF")
    assert exc.value.code == "gateway.invalid_request" and "whole HUF" in exc.value.message
