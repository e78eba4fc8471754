"""Settings: ``PLATFORM_*`` environment variables over a TOML config file.

The config file lives in the user's config directory (``platformdirs``), or wherever
``PLATFORM_CONFIG_FILE`` points. Keys in the file are the field names without the prefix
(``database_url = "postgresql://..."``).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import platformdirs
from pydantic import Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

APP_NAME = "platform-console"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    return Path(os.environ.get("PLATFORM_CONFIG_FILE") or config_dir() / "config.toml")


class PlatformSettings(BaseSettings):
    """``PLATFORM_*`` environment variables first, then the TOML config file (every settings class)."""

    model_config = SettingsConfigDict(env_prefix="PLATFORM_", extra="ignore")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = config_file()
        if path.is_file():
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)


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


@cache
def get_settings() -> Settings:
    return Settings()


def reload_settings() -> Settings:
    get_settings.cache_clear()
    return get_settings()
