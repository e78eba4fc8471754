"""Settings: ``PLATFORM_*`` environment variables over a TOML config file.

The config file lives in the user's config directory (``platformdirs``), or wherever
``PLATFORM_CONFIG_FILE`` points. Keys in the file are the field names without the prefix
(``database_url = "postgresql://..."``).
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from core.errors import InvalidInput, error_kind

APP_NAME = "platform-console"
ENV_PREFIX = "PLATFORM_"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    return Path(os.environ.get("PLATFORM_CONFIG_FILE") or config_dir() / "config.toml")


class ConfigError(InvalidInput):
    """A setting that cannot be used: one line naming the variable or the file key (line, column)."""


class PlatformSettings(BaseModel):
    """``PLATFORM_*`` environment variables first, then the TOML config file (every settings class).

    Values given to the constructor win over both. Environment names match case-insensitively;
    their text is validated as pydantic validates any input (``"5"`` is 5, ``"true"`` is True).
    The sources are read here rather than by pydantic-settings, whose import was nearly a tenth
    of the library the console loads at start-up. A bad value or a broken file raises
    :class:`ConfigError` (exit 2, a dialog in the console), never pydantic's or tomllib's own text.
    """

    model_config = ConfigDict(extra="ignore", validate_default=True)

    def __init__(self, **values: Any) -> None:
        cls = type(self)
        try:
            sources = {**_file_values(cls), **_env_values(cls), **values}
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            raise _unreadable_file(config_file(), exc) from None
        try:
            super().__init__(**sources)
        except ValidationError as exc:
            raise _invalid_values(cls, exc) from None


def _env_values(cls: type[BaseModel]) -> dict[str, str]:
    """``PLATFORM_<FIELD>`` of the environment, for each field of ``cls``."""
    environ = {key.upper(): value for key, value in os.environ.items()}
    names = {ENV_PREFIX + name.upper(): name for name in cls.model_fields}
    return {names[key]: value for key, value in environ.items() if key in names}


def _file_values(cls: type[BaseModel]) -> dict[str, Any]:
    """The config file's keys that are fields of ``cls`` (none without a file)."""
    path = config_file()
    if not path.is_file():
        return {}
    document = tomllib.loads(path.read_bytes().decode("utf-8"))
    return {key: value for key, value in document.items() if key in cls.model_fields}


class Settings(PlatformSettings):
    database_url: str | None = None
    secrets_key: SecretStr | None = None
    log_level: str = "WARNING"
    # Argon2id cost. Production defaults (RFC 9106 "second recommended" scaled down for desktops);
    # the test suite lowers them through the environment, nothing else should.
    argon2_time_cost: int = Field(3, ge=1)
    argon2_memory_cost: int = Field(65536, ge=8)
    argon2_parallelism: int = Field(2, ge=1)
    lockout_attempts: int = Field(5, ge=1)
    lockout_minutes: int = Field(15, ge=1)
    idle_lock_minutes: int = Field(15, ge=0)
    # Minor units of the payment's currency: "10000" (every currency), or per currency with an
    # optional default: "EUR:10000,USD:10000,JPY:15000,KWD:30000" or "10000,JPY:15000"
    # (modules.payments.services.support_limit parses it; a currency without a limit and without a
    # default has limit 0: every support refund in it waits for approval).
    refund_limit_support: int | str = 10_000
    # The same syntax, per support person over the last 24 hours, every payment together; off if unset.
    refund_daily_limit_support: int | str | None = None
    # Seconds a gateway call (Stripe, PayPal) may take before its answer counts as lost.
    gateway_timeout_seconds: float = Field(30.0, gt=0)
    stripe_api_key: SecretStr | None = None
    stripe_api_base: str = "https://api.stripe.com"
    paypal_client_id: str | None = None
    paypal_client_secret: SecretStr | None = None
    paypal_api_base: str = "https://api-m.paypal.com"


# -- errors in words -------------------------------------------------------------------------------
_MESSAGES = {
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "int_type": "must be a whole number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "bool_parsing": "must be true or false",
    "bool_type": "must be true or false",
    "string_type": "must be text",
    "finite_number": "must be a finite number",
    "greater_than_equal": "must be at least {ge}",
    "greater_than": "must be more than {gt}",
    "less_than_equal": "must be at most {le}",
    "less_than": "must be less than {lt}",
}


def _in_words(error: Any) -> str:
    template = _MESSAGES.get(error["type"])
    if template is None:
        message = str(error["msg"])
        return message[:1].lower() + message[1:]
    return template.format(**error.get("ctx", {}))


def _env_value(name: str) -> str | None:
    """The environment's value of ``name`` (names match case-insensitively, as in :func:`_env_values`)."""
    for key, value in os.environ.items():
        if key.upper() == name:
            return value
    return None


def _file_position(path: Path, key: str) -> str:
    """``line L, column C`` of ``key = ...`` in the TOML file (where its value starts)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return ""
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=\s*")
    for number, line in enumerate(lines, 1):
        match = pattern.match(line)
        if match:
            return f"line {number}, column {match.end() + 1}"
    return ""


def _invalid_values(cls: type[BaseModel], exc: ValidationError) -> ConfigError:
    problems = []
    fields = []
    for error in exc.errors():
        key = str(error["loc"][0]) if error["loc"] else "?"
        variable = ENV_PREFIX + key.upper()
        field = cls.model_fields.get(key)
        secret = field is not None and "SecretStr" in str(field.annotation)
        shown = "***" if secret else repr(error.get("input"))
        source: dict[str, Any] = {"value": shown, "key": key}
        if _env_value(variable) is not None:
            where = f"{variable}={shown} (environment)"
            source["source"] = "environment"
        else:
            path = config_file()
            position = _file_position(path, key)
            where = f"{key} = {shown} in {path}" + (f" ({position})" if position else "")
            source["source"] = str(path)
        problems.append(f"{where}: {_in_words(error)}")
        fields.append({"field": variable, "message": _in_words(error), **error_kind(error), **source})
    return ConfigError(
        "config.invalid",
        "invalid setting: " + "; ".join(problems) + ". Fix the value or remove it to use the default.",
        {"fields": fields},
    )


def _unreadable_file(path: Path, exc: Exception) -> ConfigError:
    hint = "fix it, or point PLATFORM_CONFIG_FILE at another file"
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object if isinstance(exc.object, bytes) else b""
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        what = f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at line {line}, column {column})"
        hint = "save it as UTF-8, or point PLATFORM_CONFIG_FILE at another file"
    elif isinstance(exc, tomllib.TOMLDecodeError):
        what = f"is not valid TOML: {exc}"
    else:
        what = f"cannot be read: {getattr(exc, 'strerror', None) or exc}"
    return ConfigError("config.bad_file", f"the config file {path} {what}: {hint}", {"path": str(path)})


@cache
def get_settings() -> Settings:
    return Settings()


def reload_settings() -> Settings:
    get_settings.cache_clear()
    return get_settings()
