"""Every error code the library raises has a sentence in the console's catalogue, and the details
that real errors carry fill those sentences (no fallback to the English message)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from console.dialogs.error_text import CATALOGUE, FIELD_ERRORS, field_lines, message_for
from core.errors import PlatformError
from tests.error_codes import UnlistedBuiltCode, UntypedCheck, custom_error_types, raised_codes, scan


@contextmanager
def default_locale(name: str) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def test_every_code_raised_in_core_and_modules_has_a_sentence() -> None:
    missing = sorted(raised_codes(("core", "modules")) - set(CATALOGUE))
    assert not missing, f"error codes without a sentence in console/dialogs/error_text.py: {missing}"


def test_every_code_the_console_shows_has_a_sentence() -> None:
    """The console's own checks (health targets, connection profiles, its forms) too; the command
    line's option errors are left out: the console never shows them."""
    missing = sorted(raised_codes(("console",)) - set(CATALOGUE))
    assert not missing, f"error codes without a sentence in console/dialogs/error_text.py: {missing}"


def test_the_scan_finds_codes_however_they_are_written() -> None:
    codes = raised_codes(("core", "modules"))
    assert len(codes) > 120
    assert {
        "module.required_by",  # a Refusal, raised by the module service
        "refund.exceeds_refundable",  # a plain raise
        "store.already_suspended",  # an f-string, listed with its values
        "db.unreachable",  # assigned to a variable first
        "migrations.failed",  # set by the error class itself
        "user.bad_username",  # an IdentifierRule's code
        "gateway.declined",  # through gateway_error()
        "orders.bad_limit",  # check_limit(..., code)
        "registry.invalid",  # super().__init__ of an error class
    } <= codes
    assert "payments.refund" not in codes and "analytics" not in codes  # permissions, module codes


def test_a_code_built_at_run_time_must_be_listed(tmp_path: Path) -> None:
    (tmp_path / "thing.py").write_text(
        "from core.errors import NotFound\n\ndef f(kind):\n    raise NotFound(f'{kind}.gone', 'gone')\n"
    )
    with pytest.raises(UnlistedBuiltCode, match="BUILT_CODES"):
        scan([tmp_path])


def _raise_module_not_found() -> None:
    from core.registry import default_registry

    default_registry().get("no-such-module")


def _invalid_settings() -> None:
    from core.registry import default_registry
    from core.services.module_config import validate_config

    analytics = default_registry().get("analytics")
    validate_config(analytics, {"retention_days": 5000})


def _check(fn: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    return lambda: fn(*args)


def _cases() -> list[tuple[str, Callable[[], Any]]]:
    from core.migrations.terms import as_direction
    from core.paging import check_limit
    from core.ranges import check_int, check_length
    from core.services.auth import USERNAME, check_password_policy
    from core.services.platforms import check_platform_code
    from modules.payments.money import parse_amount

    return [
        ("module.not_found", _raise_module_not_found),
        ("money.too_many_decimals", _check(parse_amount, "1.234", "EUR")),
        ("money.bad_amount", _check(parse_amount, "twelve", "EUR")),
        ("money.unknown_currency", _check(parse_amount, "1", "XYZ")),
        ("user.weak_password", _check(check_password_policy, "short")),
        ("user.weak_password", _check(check_password_policy, " a long password ")),
        ("user.bad_username", _check(USERNAME.check, "Not A User")),
        ("platform.bad_code", _check(check_platform_code, "Bad Code!")),
        ("migrations.bad_direction", _check(as_direction, "sideways")),
        ("list.bad_limit", _check(check_limit, 0)),
        ("input.out_of_range", _check(check_int, 10**30, 0, 100, "--limit")),
        ("input.too_long", _check(check_length, "x" * 300, 200, "search")),
        ("config.invalid", _invalid_settings),
    ]


@pytest.mark.parametrize(("code", "trigger"), _cases(), ids=[c for c, _ in _cases()])
def test_real_errors_fill_their_sentence(
    qapp: Any, caplog: pytest.LogCaptureFixture, code: str, trigger: Callable[[], Any]
) -> None:
    with pytest.raises(PlatformError) as raised:
        trigger()
    exc = raised.value
    assert exc.code == code
    with caplog.at_level(logging.WARNING, logger="console"):
        text = message_for(exc.code, exc.message, exc.details)
    assert text and text != exc.message, "fell back to the English message: the details do not fit"
    assert not caplog.records


def test_settings_errors_are_worded_per_field_from_pydantic_type(qapp: Any) -> None:
    with pytest.raises(PlatformError) as raised:
        _invalid_settings()
    fields = raised.value.details["fields"]
    assert fields[0]["type"] == "less_than_equal" and fields[0]["ctx"] == {"le": 3650}
    assert field_lines(raised.value.details) == ["retention_days: Must be 3650 or less."]
    with default_locale("de_LU"):  # numbers as the interface's locale writes them
        assert field_lines(raised.value.details) == ["retention_days: Must be 3.650 or less."]


def test_every_check_of_the_modules_settings_has_a_sentence() -> None:
    types = {site.code for site in custom_error_types(("modules",))}
    assert {"orders_number_prefix", "payments_default_currency", "cms_default_locale"} <= types
    missing = sorted(types - set(FIELD_ERRORS))
    assert not missing, f"settings checks without a sentence in FIELD_ERRORS (error_text.py): {missing}"


@pytest.mark.parametrize(
    "source",
    [
        "raise ValueError('no good')",
        "assert value, 'no good'",
        "raise PydanticCustomError(kind, 'no good')",
        "raise PydanticCustomError('No-Good', 'no good')",
    ],
)
def test_the_type_scan_refuses_a_check_without_a_type(tmp_path: Path, source: str) -> None:
    (tmp_path / "config.py").write_text(
        "from pydantic import BaseModel, field_validator\n"
        "from pydantic_core import PydanticCustomError\n\n"
        "kind = 'built'\n\n"
        "class C(BaseModel):\n"
        "    x: str = ''\n\n"
        "    @field_validator('x')\n"
        "    @classmethod\n"
        "    def _x(cls, value: str) -> str:\n"
        f"        {source}\n"
    )
    with pytest.raises(UntypedCheck):
        custom_error_types([tmp_path])


SETTINGS_CASES = [
    (
        "orders",
        {"number_prefix": "bad"},
        "number_prefix: From 1 to 12 characters: capital letters, digits and dashes (e.g. ORD-).",
    ),
    (
        "billing",
        {"invoice_prefix": "inv"},
        "invoice_prefix: From 1 to 12 characters: capital letters, digits and dashes (e.g. INV-).",
    ),
    (
        "cms",
        {"default_locale": "French"},
        "default_locale: 'French' is not a locale like fr, de-LU or lb-LU.",
    ),
    (
        "marketplace",
        {"letzshop_endpoint": "ftp://x"},
        "letzshop_endpoint: 'ftp://x' is not an http:// or https:// address with a host.",
    ),
    ("messaging", {"sender_address": "nobody"}, "sender_address: 'nobody' is not an e-mail address."),
    (
        "payments",
        {"enabled_gateways": ["stripe", "manual", "stripe"]},
        "enabled_gateways: stripe is listed twice.",
    ),
    (
        "payments",
        {"default_currency": "euro"},
        "default_currency: 'EURO' is not an ISO 4217 currency code (three letters, e.g. EUR).",
    ),
]


@pytest.mark.parametrize(("module", "values", "line"), SETTINGS_CASES, ids=[c[0] for c in SETTINGS_CASES])
def test_the_modules_own_checks_are_worded_from_their_type(
    qapp: Any, caplog: pytest.LogCaptureFixture, module: str, values: dict[str, Any], line: str
) -> None:
    from core.registry import default_registry
    from core.services.module_config import validate_config

    with pytest.raises(PlatformError) as raised:
        validate_config(default_registry().get(module), values)
    (field,) = raised.value.details["fields"]
    assert field["type"] in FIELD_ERRORS and not field["message"].startswith("Value error")
    with caplog.at_level(logging.WARNING, logger="console"):
        assert field_lines(raised.value.details) == [line]
    assert not caplog.records


def test_the_prefix_lengths_are_numbers_of_the_locale(qapp: Any) -> None:
    details = {
        "fields": [
            {
                "field": "number_prefix",
                "type": "orders_number_prefix",
                "ctx": {"min_length": 1, "max_length": 1200, "example": "ORD-"},
            }
        ]
    }
    with default_locale("de_LU"):
        assert "1.200" in field_lines(details)[0]


def test_an_unknown_code_shows_the_english_message_and_is_logged_once(
    qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="console"):
        assert message_for("brand.new_code", "the English sentence", {}) == "the English sentence"
        assert message_for("brand.new_code", "the English sentence", {}) == "the English sentence"
    assert [r.getMessage() for r in caplog.records if "brand.new_code" in r.getMessage()] == [
        "no translated sentence for the error code brand.new_code; showing the English message"
    ]


def test_amounts_and_chains_are_filled_from_details(qapp: Any) -> None:
    details = {
        "payment": 7,
        "amount_minor": 100_000,
        "remaining_minor": 4_950,
        "captured_minor": 10_000,
        "refunded_minor": 5_050,
        "pending_minor": 0,
        "awaiting_approval_minor": 0,
        "currency": "EUR",
    }
    with default_locale("de_LU"):
        text = message_for("refund.exceeds_refundable", "english", details)
    assert "#7" in text and "49,50" in text and "1.000,00" in text
    chains = {"module": "payments", "chains": [["billing", "payments"], ["orders", "payments"]]}
    assert "billing → payments" in message_for("module.required_by", "english", chains)
