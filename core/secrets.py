"""Secrets: the OS keyring first, the ``PLATFORM_*`` environment as the fallback.

Secret fields of module configs are stored in the database encrypted with Fernet under
``PLATFORM_SECRETS_KEY`` (so the platform's server processes can read them too); they are
shown masked and audited as ``***``.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from core.errors import InvalidInput, Refused

if TYPE_CHECKING:
    from cryptography.fernet import Fernet

log = logging.getLogger(__name__)

KEYRING_SERVICE = "platform-console"
MASK = "***"
ENCRYPTED_MARKER = "$fernet"


def keyring_get(name: str) -> str | None:
    """A keyring entry, or None when there is no keyring (servers, CI) or no entry."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, name)
        except KeyringError as exc:  # NoKeyringError included
            log.debug("no keyring for %s: %s", name, exc)
            return None
    except Exception as exc:  # a broken backend must not take the app down
        log.debug("keyring unavailable: %s", exc)
        return None


def keyring_set(name: str, value: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, name, value)
    except KeyringError as exc:
        raise Refused(
            "secrets.no_keyring",
            f"no OS keyring to store {name!r} in ({exc}); set it in the environment instead",
            {"name": name},
        ) from None


def get_secret(name: str, env_var: str) -> str | None:
    """``env_var`` from the environment wins (servers, CI); else the keyring entry ``name``."""
    value = os.environ.get(env_var)
    return value if value else keyring_get(name)


def secrets_key() -> bytes:
    value = get_secret("secrets-key", "PLATFORM_SECRETS_KEY")
    if not value:
        raise Refused(
            "secrets.no_key",
            "secret settings need an encryption key: set PLATFORM_SECRETS_KEY (a Fernet key; "
            "`python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'` "
            "makes one) or store it in the keyring as platform-console/secrets-key",
        )
    return value.encode()


def _fernet() -> Fernet:
    # lazy: cryptography, only where a secret is encrypted or read (the audit log imports MASK)
    from cryptography.fernet import Fernet

    try:
        return Fernet(secrets_key())
    except ValueError:
        raise InvalidInput(
            "secrets.bad_key", "PLATFORM_SECRETS_KEY is not a valid Fernet key (32 url-safe base64 bytes)"
        ) from None


def encrypt_value(value: Any) -> dict[str, str]:
    import json

    return {ENCRYPTED_MARKER: _fernet().encrypt(json.dumps(value).encode()).decode()}


def decrypt_value(stored: Any) -> Any:
    import json

    if not is_encrypted(stored):
        return stored
    from cryptography.fernet import InvalidToken  # lazy: see _fernet

    try:
        return json.loads(_fernet().decrypt(stored[ENCRYPTED_MARKER].encode()))
    except InvalidToken:
        raise Refused(
            "secrets.wrong_key",
            "a secret setting cannot be decrypted with this PLATFORM_SECRETS_KEY (was the key changed?)",
        ) from None


def is_encrypted(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {ENCRYPTED_MARKER}


def encrypt_secrets(config: dict[str, Any], secret_fields: frozenset[str]) -> dict[str, Any]:
    return {
        k: (encrypt_value(v) if k in secret_fields and v is not None and not is_encrypted(v) else v)
        for k, v in config.items()
    }


def decrypt_secrets(config: dict[str, Any], secret_fields: frozenset[str]) -> dict[str, Any]:
    return {k: (decrypt_value(v) if k in secret_fields else v) for k, v in config.items()}


def mask_secrets(config: dict[str, Any], secret_fields: frozenset[str]) -> dict[str, Any]:
    return {k: (MASK if k in secret_fields and v not in (None, "") else v) for k, v in config.items()}
