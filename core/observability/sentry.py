"""Sentry error reporting through the official ``sentry-sdk`` (the optional ``sentry`` extra).

Imported lazily: without a DSN nothing is imported; with a DSN but without the package a
warning says which extra to install and the process goes on without it.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

_enabled = False


def init_sentry(
    dsn: str,
    *,
    environment: str | None = None,
    release: str | None = None,
    component: str = "platform",
    **options: Any,
) -> bool:
    """Start reporting unhandled errors to ``dsn``; False when sentry-sdk is not installed."""
    global _enabled
    try:
        import sentry_sdk
    except ImportError:
        log.warning(
            "a Sentry DSN is set but sentry-sdk is not installed: "
            "install the extra `platform-console[sentry]`; errors are not reported"
        )
        return False
    options.setdefault("traces_sample_rate", 0.0)
    sentry_sdk.init(dsn=dsn, environment=environment, release=release or _release(), **options)
    sentry_sdk.set_tag("component", component)
    _enabled = True
    return True


def enabled() -> bool:
    return _enabled


def capture_exception(exc: BaseException) -> str | None:
    """Report ``exc`` when Sentry is on; the event id, else None."""
    if not _enabled:
        return None
    import sentry_sdk

    return sentry_sdk.capture_exception(exc)


def flush(timeout: float = 2.0) -> None:
    if _enabled:
        import sentry_sdk

        sentry_sdk.flush(timeout=timeout)


def shutdown(timeout: float = 2.0) -> None:
    """Flush and stop reporting (tests, and the console when the user opts out)."""
    global _enabled
    if not _enabled:
        return
    import sentry_sdk

    client = sentry_sdk.get_client()
    client.close(timeout=timeout)
    _enabled = False


def _release() -> str | None:
    try:
        from importlib.metadata import version

        return f"platform-console@{version('platform-console')}"
    except Exception:
        return None
