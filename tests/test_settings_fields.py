"""core.settings reads values without pydantic: the same values and the same errors (type, loc,
ctx, msg, input) as the pydantic models it replaced, for a table of inputs. Only this test
imports pydantic, as the reference."""

from __future__ import annotations

import datetime
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from core.observability.config import ObservabilitySettings
from core.settings import ConfigError, Settings, _invalid_values
from core.settings_fields import rules


class _OldSettings(BaseModel):  # core.settings.Settings as a pydantic model, before issue #13
    model_config = ConfigDict(extra="ignore", validate_default=True)
    database_url: str | None = None
    secrets_key: SecretStr | None = None
    log_level: str = "WARNING"
    argon2_time_cost: int = Field(3, ge=1)
    argon2_memory_cost: int = Field(65536, ge=8)
    argon2_parallelism: int = Field(2, ge=1)
    lockout_attempts: int = Field(5, ge=1)
    lockout_minutes: int = Field(15, ge=1)
    idle_lock_minutes: int = Field(15, ge=0)
    refund_limit_support: int | str = 10_000
    refund_daily_limit_support: int | str | None = None
    gateway_timeout_seconds: float = Field(30.0, gt=0)
    stripe_api_key: SecretStr | None = None
    stripe_api_base: str = "https://api.stripe.com"
    paypal_client_id: str | None = None
    paypal_client_secret: SecretStr | None = None
    paypal_api_base: str = "https://api-m.paypal.com"


class _OldObservability(BaseModel):  # core.observability.config, before issue #13
    model_config = ConfigDict(extra="ignore", validate_default=True)
    metrics_enabled: bool = True
    sentry_dsn: str | None = None
    health_token: SecretStr | None = None
    health_timeout: float = Field(5.0, gt=0)
    health_db_slow: float = Field(1.0, gt=0)
    health_disk_warn_percent: float = Field(10.0, ge=0, le=100)
    health_disk_critical_percent: float = Field(5.0, ge=0, le=100)
    health_disk_warn_bytes: int = Field(1 << 30, ge=0)
    health_disk_critical_bytes: int = Field(256 << 20, ge=0)


INPUTS: list[Any] = [
    *["5", " 5 ", "+5", "-5", "5.0", "-0.0", "5.5", "5.", ".0", "1_000", "1__0", "_1", "1_e1", "0x10"],
    *["", "abc", "1e3", "1e20", "05", "\xa05 ", "\u0661", "99999999999999999999999", "0", "8", "101"],
    *["inf", "-inf", "nan", "Infinity", "yes", "On", "off", "n", "2", "tRuE", " true", "1.0"],
    *[True, False, 0, 1, 2, 7, -1, 10**30, 0.0, 1.0, 5.0, 5.5, 0.5, 101.0, 1e20, math.inf, math.nan],
    *["+inf", "1E5", " 2.5 ", "1,5", "5.00", "1_000.0", "-0", "5e0", "\t5\n", "+", "1_", "YES", "f"],
    *[
        None,
        b"5",
        b"\xff",
        b" 7 ",
        b"yes",
        [1],
        {"a": 1},
        datetime.date(2026, 1, 1),
        "https://example.test",
        "s3cret",
    ],
]


def _plain(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    return value.get_secret_value() if hasattr(value, "get_secret_value") else value


def _errors(exc: ValidationError) -> list[dict[str, Any]]:
    return [{k: v for k, v in e.items() if k != "url"} for e in exc.errors()]


@pytest.mark.parametrize(
    ("ours", "old"), [(Settings, _OldSettings), (ObservabilitySettings, _OldObservability)]
)
def test_each_field_reads_and_rejects_as_pydantic_did(ours: type, old: type[BaseModel]) -> None:
    table = rules(ours)
    for name in old.model_fields:
        for value in INPUTS:
            mine, errors = table[name].check(name, value)
            try:
                expected = getattr(old.model_validate({name: value}), name)
            except ValidationError as exc:
                assert errors == _errors(exc), (name, value)
            else:
                assert not errors and type(mine).__name__ == type(expected).__name__, (name, value, errors)
                assert _plain(mine) == _plain(expected), (name, value)


@pytest.mark.usefixtures("no_config")
@pytest.mark.parametrize("value", ["abc", "0", "-3", 5.5, None, True, "nan"])
def test_a_config_error_carries_the_details_pydantic_gave(value: Any) -> None:
    values = {"lockout_attempts": value, "gateway_timeout_seconds": value, "stripe_api_key": value}
    values |= {"refund_limit_support": value, "log_level": value}
    try:
        _OldSettings(**values)
    except ValidationError as exc:
        expected = _invalid_values(Settings, _errors(exc)).details
    else:
        expected = None
    if expected is None:
        Settings(**values)
        return
    with pytest.raises(ConfigError) as raised:
        Settings(**values)
    assert raised.value.details == expected


@pytest.fixture
def no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLATFORM_CONFIG_FILE", str(tmp_path / "none.toml"))


def test_secrets_never_print() -> None:
    settings = Settings(stripe_api_key="sk_live_x", secrets_key="k")
    assert "sk_live_x" not in repr(settings) and "sk_live_x" not in str(settings.stripe_api_key)
    assert settings.stripe_api_key is not None and settings.stripe_api_key.get_secret_value() == "sk_live_x"


def test_reading_the_settings_imports_no_pydantic(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom core.settings import get_settings\nget_settings()\n"
        "from core.observability.config import ObservabilitySettings\nObservabilitySettings()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core')))"
    )
    env = {"PLATFORM_CONFIG_FILE": str(tmp_path / "none.toml")}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=_env(env)
    )
    assert run.stdout.strip() == "[]"


def _env(extra: dict[str, str]) -> dict[str, str]:
    import os

    return {**os.environ, **extra}
