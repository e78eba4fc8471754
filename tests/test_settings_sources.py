"""Where a setting comes from (core.settings reads the sources itself): the values given to the
constructor, then ``PLATFORM_*`` in the environment (any case), then the TOML config file."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.observability.config import ObservabilitySettings
from core.settings import ConfigError, Settings


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config.toml"
    monkeypatch.setenv("PLATFORM_CONFIG_FILE", str(path))
    for name in ("PLATFORM_LOCKOUT_ATTEMPTS", "PLATFORM_LOG_LEVEL", "PLATFORM_HEALTH_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    return path


def test_the_environment_wins_over_the_file_and_the_constructor_over_both(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config.write_text('lockout_attempts = 7\nlog_level = "INFO"\nidle_lock_minutes = 3\nunknown_key = 1\n')
    monkeypatch.setenv("platform_lockout_attempts", "9")  # names match in any case
    settings = Settings()
    assert (settings.lockout_attempts, settings.log_level, settings.idle_lock_minutes) == (9, "INFO", 3)
    assert Settings(lockout_attempts=4).lockout_attempts == 4
    assert Settings(log_level="ERROR").idle_lock_minutes == 3


def test_text_of_the_environment_is_validated_as_any_input(config: Path, monkeypatch) -> None:
    monkeypatch.setenv("PLATFORM_HEALTH_TIMEOUT", "2.5")
    monkeypatch.setenv("PLATFORM_METRICS_ENABLED", "false")
    monkeypatch.setenv("PLATFORM_HEALTH_TOKEN", "s3cret")
    settings = ObservabilitySettings()
    assert settings.health_timeout == 2.5 and settings.metrics_enabled is False
    assert settings.health_token is not None and settings.health_token.get_secret_value() == "s3cret"
    assert "s3cret" not in repr(settings)


def test_without_a_file_the_defaults(config: Path) -> None:
    assert not config.exists()
    assert Settings().argon2_time_cost >= 1 and ObservabilitySettings().health_timeout == 5.0


def test_a_bad_value_in_the_environment_is_a_config_error(config: Path, monkeypatch) -> None:
    monkeypatch.setenv("PLATFORM_LOCKOUT_ATTEMPTS", "0")
    with pytest.raises(ConfigError) as err:
        Settings()
    assert err.value.code == "config.invalid" and "PLATFORM_LOCKOUT_ATTEMPTS='0'" in err.value.message
