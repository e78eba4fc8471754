"""Money: an integer in minor units with its ISO 4217 currency (docs/architecture.md, "Data model").

The number of decimals always comes from the currency (:data:`MINOR_UNITS`, ISO 4217's
"minor unit" column), never from a constant: EUR 1234 is ``12.34``, JPY 1234 is ``1234``,
KWD 1234 is ``1.234``.

* :func:`format_amount` — locale-neutral text for people and logs: ``EUR 1,234.56``
  (the code first, a comma between thousands, a dot before the decimals; the console may pass
  its own separators).
* :func:`to_decimal_string` — the plain decimal string gateways such as PayPal expect:
  ``"10.00"``, JPY ``"1000"``, KWD ``"1.234"``.
* :func:`parse_amount` — the reverse: ``"12.5"`` in EUR is 1250; more decimals than the
  currency has is an error, never a silent rounding.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from core.errors import InvalidInput
from core.identifiers import IdentifierRule

CURRENCY_CODE = IdentifierRule(
    re.compile(r"[A-Z]{3}"), "currency code", "money.unknown_currency", "three letters, e.g. EUR"
)

# ISO 4217 (active codes, list one published 2024): currency -> digits after the decimal point.
# Codes not listed here are unknown: a payment in them cannot be formatted or refunded.
MINOR_UNITS: dict[str, int] = {
    # three decimals
    "BHD": 3,
    "IQD": 3,
    "JOD": 3,
    "KWD": 3,
    "LYD": 3,
    "OMR": 3,
    "TND": 3,
    # four decimals (units of account)
    "CLF": 4,
    "UYW": 4,
    # no decimals
    "BIF": 0,
    "CLP": 0,
    "DJF": 0,
    "GNF": 0,
    "ISK": 0,
    "JPY": 0,
    "KMF": 0,
    "KRW": 0,
    "PYG": 0,
    "RWF": 0,
    "UGX": 0,
    "UYI": 0,
    "VND": 0,
    "VUV": 0,
    "XAF": 0,
    "XOF": 0,
    "XPF": 0,
}

_TWO_DECIMALS = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN "
    "BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB "
    "EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS "
    "KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN "
    "MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD "
    "SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS "
    "UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG"
)
MINOR_UNITS.update(dict.fromkeys(_TWO_DECIMALS.split(" "), 2))

_AMOUNT_RE = re.compile(r"^[+-]?(\d+)(?:\.(\d*))?$")


def normalize_currency(currency: str) -> str:
    code = CURRENCY_CODE.check((currency or "").strip(" ").upper())
    if code not in MINOR_UNITS:
        raise InvalidInput(
            "money.unknown_currency",
            f"{currency!r} is not an ISO 4217 currency code this platform knows (e.g. EUR, JPY, KWD)",
            {"currency": currency},
        )
    return code


def exponent(currency: str) -> int:
    """Digits after the decimal point of ``currency`` (EUR 2, JPY 0, KWD 3)."""
    return MINOR_UNITS[normalize_currency(currency)]


def to_decimal(amount_minor: int, currency: str) -> Decimal:
    return Decimal(int(amount_minor)).scaleb(-exponent(currency))


def to_decimal_string(amount_minor: int, currency: str) -> str:
    """``"10.00"`` (EUR 1000), ``"1000"`` (JPY 1000), ``"1.234"`` (KWD 1234): what PayPal expects."""
    digits = exponent(currency)
    amount = int(amount_minor)
    sign = "-" if amount < 0 else ""
    whole, frac = divmod(abs(amount), 10**digits)
    return f"{sign}{whole}" + (f".{frac:0{digits}d}" if digits else "")


def format_amount(
    amount_minor: int, currency: str, *, group: str = ",", decimal_point: str = ".", code: bool = True
) -> str:
    """``EUR 1,234.56``; JPY ``JPY 1,234``; KWD ``KWD 1.234``. Separators may be given (the console
    passes the user's locale's); the default is locale-neutral."""
    currency = normalize_currency(currency)
    text = to_decimal_string(amount_minor, currency)
    sign = "-" if text.startswith("-") else ""
    whole, _, frac = text.lstrip("-").partition(".")
    if group:
        whole = f"{int(whole):,}".replace(",", group)
    number = sign + whole + (decimal_point + frac if frac else "")
    return f"{currency} {number}" if code else number


def parse_amount(text: str | int | Decimal, currency: str) -> int:
    """Minor units from ``"12.34"`` (or ``"12,34"``): more decimals than the currency has is refused."""
    currency = normalize_currency(currency)
    digits = MINOR_UNITS[currency]
    if isinstance(text, int):
        return text * 10**digits
    raw = str(text).strip().replace(" ", "").replace("\u00a0", "").replace("'", "")
    # One comma and no dot is a decimal comma (fr, de, lb: "12,50") unless three digits follow it
    # in a currency without three decimals ("1,000" is a thousand); other commas group thousands.
    head, comma, tail = raw.partition(",")
    decimal_comma = comma and "," not in tail and "." not in raw and (len(tail) != 3 or digits == 3)
    raw = f"{head}.{tail}" if decimal_comma else raw.replace(",", "")
    match = _AMOUNT_RE.match(raw)
    if not match:
        raise InvalidInput(
            "money.bad_amount", f"{text!r} is not an amount (e.g. 12.34)", {"amount": str(text)}
        )
    frac = (match[2] or "").rstrip("0")
    if len(frac) > digits:
        raise InvalidInput(
            "money.too_many_decimals",
            f"{text!r}: {currency} has {digits} decimal{'' if digits == 1 else 's'}"
            + ("" if digits else " (whole amounts only)"),
            {"amount": str(text), "currency": currency, "decimals": digits},
        )
    try:
        value = Decimal(raw).scaleb(digits)
    except InvalidOperation:
        raise InvalidInput("money.bad_amount", f"{text!r} is not an amount", {"amount": str(text)}) from None
    return int(value)


def from_decimal_string(value: str, currency: str) -> int:
    """A gateway's decimal string (``"10.00"``) back to minor units."""
    return parse_amount(value, currency)
