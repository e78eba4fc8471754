"""Settings: ``PLATFORM_*`` environment variables over a TOML config file.

The config file lives in the user's config directory (``platformdirs``), or wherever
``PLATFORM_CONFIG_FILE`` points. Keys in the file are the field names without the prefix
(``database_url = "postgresql://..."``).
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs

from core.errors import InvalidInput, error_kind
from core.settings_fields import SECRET, SecretStr, int_or_text, integer, number, rules, text

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


@dataclasses.dataclass(init=False)
class PlatformSettings:
    """``PLATFORM_*`` environment variables first, then the TOML config file (every settings class).

    A subclass is a ``@dataclass(init=False)`` whose fields come from :mod:`core.settings_fields`
    (``integer(3, ge=1)``, ``metadata=SECRET``...). Values given to the constructor win over both sources;
    unknown names are ignored. Environment names match case-insensitively; their text is read as
    pydantic's lax mode reads any input (``"5"`` is 5, ``"true"`` is True) without importing it.
    A bad value or a broken file raises :class:`ConfigError` (exit 2, a dialog in the console),
    never tomllib's own text.
    """

    def __init__(self, **values: Any) -> None:
        cls = type(self)
        fields = rules(cls)
        try:
            sources = {**_file_values(fields), **_env_values(fields), **values}
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            raise _unreadable_file(config_file(), exc) from None
        errors: list[dict[str, Any]] = []
        for field in dataclasses.fields(cls):
            rule = fields.get(field.name)
            value = sources.get(field.name, field.default)
            if rule is not None:
                value, problems = rule.check(field.name, value)
                errors += problems
            object.__setattr__(self, field.name, value)
        if errors:
            raise _invalid_values(cls, errors)


def _env_values(fields: dict[str, Any]) -> dict[str, str]:
    """``PLATFORM_<FIELD>`` of the environment, for each field."""
    environ = {key.upper(): value for key, value in os.environ.items()}
    names = {ENV_PREFIX + name.upper(): name for name in fields}
    return {names[key]: value for key, value in environ.items() if key in names}


def _file_values(fields: dict[str, Any]) -> dict[str, Any]:
    """The config file's keys that are fields (none without a file)."""
    path = config_file()
    if not path.is_file():
        return {}
    document = tomllib.loads(path.read_bytes().decode("utf-8"))
    return {key: value for key, value in document.items() if key in fields}


@dataclasses.dataclass(init=False)
class Settings(PlatformSettings):
    database_url: str | None = text(None)
    secrets_key: SecretStr | None = dataclasses.field(default=None, metadata=SECRET)
    log_level: str = text("WARNING")
    # Argon2id cost. Production defaults (RFC 9106 "second recommended" scaled down for desktops);
    # the test suite lowers them through the environment, nothing else should.
    argon2_time_cost: int = integer(3, ge=1)
    argon2_memory_cost: int = integer(65536, ge=8)
    argon2_parallelism: int = integer(2, ge=1)
    lockout_attempts: int = integer(5, ge=1)
    lockout_minutes: int = integer(15, ge=1)
    idle_lock_minutes: int = integer(15, ge=0)
    # Minor units of the payment's currency: "10000" (every currency), or per currency with an
    # optional default: "EUR:10000,USD:10000,JPY:15000,KWD:30000" or "10000,JPY:15000"
    # (modules.payments.services.support_limit parses it; a currency without a limit and without a
    # default has limit 0: every support refund in it waits for approval).
    refund_limit_support: int | str = int_or_text(10_000)
    # The same syntax, per support person over the last 24 hours, every payment together; off if unset.
    refund_daily_limit_support: int | str | None = int_or_text(None)
    # Seconds a gateway call (Stripe, PayPal) may take before its answer counts as lost.
    gateway_timeout_seconds: float = number(30.0, gt=0)
    stripe_api_key: SecretStr | None = dataclasses.field(default=None, metadata=SECRET)
    stripe_api_base: str = text("https://api.stripe.com")
    paypal_client_id: str | None = text(None)
    paypal_client_secret: SecretStr | None = dataclasses.field(default=None, metadata=SECRET)
    paypal_api_base: str = text("https://api-m.paypal.com")


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
    for line_no, line in enumerate(lines, 1):
        match = pattern.match(line)
        if match:
            return f"line {line_no}, column {match.end() + 1}"
    return ""


def _invalid_values(cls: type, errors: list[dict[str, Any]]) -> ConfigError:
    problems = []
    fields = []
    secrets = {name for name, rule in rules(cls).items() if rule.secret}
    for error in errors:
        key = str(error["loc"][0]) if error["loc"] else "?"
        variable = ENV_PREFIX + key.upper()
        shown = "***" if key in secrets else repr(error.get("input"))
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
