"""Gateway errors: every failure becomes one :class:`GatewayError` with a stable code, a sentence a
support person understands and the gateway's own code in ``details``:

======================== =========== ================================================================
code                     exit (CLI)  meaning
======================== =========== ================================================================
gateway.declined         3 refused   the gateway refused the operation (card declined, PayPal 422)
gateway.invalid_request  3 refused   the gateway rejected the request (unknown payment, too much)
gateway.rate_limited     1 failed    too many requests: try again after ``retry_after`` seconds
gateway.authentication   1 failed    the console's key or client credentials were not accepted
gateway.idempotency_conflict 1       the key came back with other parameters (a bug: report it)
gateway.unavailable      1 failed    no answer (timeout, connection lost, 5xx, garbled): the outcome
                                     is unknown (``outcome_unknown``), the refund stays pending
gateway.not_configured   3 refused   no key for this gateway in the settings, environment or keyring
======================== =========== ================================================================

The codes that say the gateway refused are :class:`GatewayRefused` (CLI exit 3); the rest are
failures (exit 1). Keys are never put in an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.errors import PlatformError, Refused
from modules.payments.gateways.base import LABELS


class GatewayError(PlatformError):
    """A gateway said no, or said nothing. ``outcome_unknown``: whether it acted is not known."""

    exit_code = 1

    def __init__(
        self,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        *,
        gateway: str,
        gateway_code: str | None = None,
        retry_after: float | None = None,
        outcome_unknown: bool = False,
    ) -> None:
        details = {
            "gateway": gateway,
            "gateway_code": gateway_code,
            **({"retry_after": retry_after} if retry_after is not None else {}),
            **(details or {}),
        }
        super().__init__(code, message, details)
        self.gateway = gateway
        self.gateway_code = gateway_code
        self.retry_after = retry_after
        self.outcome_unknown = outcome_unknown


class GatewayRefused(GatewayError, Refused):
    """The gateway refused the operation itself (declined, invalid): a refusal, CLI exit 3."""

    exit_code = 3


REFUSAL_CODES = frozenset({"gateway.declined", "gateway.invalid_request", "gateway.not_configured"})


def gateway_error(code: str, message: str, **kw: Any) -> GatewayError:
    cls = GatewayRefused if code in REFUSAL_CODES else GatewayError
    return cls(code, message, **kw)


def unavailable(gateway: str, what: str, **details: Any) -> GatewayError:
    """No answer, or none that can be read: whether the gateway acted is not known."""
    label = LABELS[gateway]
    return gateway_error(
        "gateway.unavailable",
        f"{label} did not answer ({what}). Whether it acted is not known yet: the refund stays "
        "pending and is resolved later with the same idempotency key, so it is never made twice.",
        gateway=gateway,
        outcome_unknown=True,
        details=details,
    )


def _retry_after(headers: Mapping[str, str] | None) -> float | None:
    if not headers:
        return None
    value = headers.get("Retry-After") or headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def rate_limited(
    gateway: str, headers: Mapping[str, str] | None, gateway_code: str, details: dict[str, Any]
) -> GatewayError:
    """The gateway turned the request away (HTTP 429): nothing was done; ``Retry-After`` if it said."""
    retry = _retry_after(headers)
    wait = f"try again in {retry:g} seconds" if retry is not None else "try again in a minute"
    return gateway_error(
        "gateway.rate_limited",
        f"{LABELS[gateway]} is turning requests away for now (rate limit); nothing was done: {wait}",
        gateway=gateway,
        gateway_code=gateway_code,
        retry_after=retry,
        details=details,
    )
