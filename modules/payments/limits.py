"""The support limits: how much support staff may refund without an approver.

Whoever lacks ``payments.refund.approve`` on the payment's platform (support staff) refunds up to the
support limit (``PLATFORM_REFUND_LIMIT_SUPPORT``, see :func:`support_limit`) on one payment, and, if
``PLATFORM_REFUND_DAILY_LIMIT_SUPPORT`` is set, up to the daily limit over the last 24 hours
(:func:`daily_support_limit`); above either the refund waits for approval. :class:`ApprovalReason`
says which limit a refund went over; :class:`RefundAllowance` what the refund dialog shows before.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import timedelta
from typing import Any

from core.errors import InvalidInput, PlatformError
from modules.payments.money import format_amount, normalize_currency

DAILY_WINDOW = timedelta(hours=24)  # the per-person daily limit: a rolling window, not a calendar day


# -- the support limit ----------------------------------------------------------------------------
def parse_limit(
    raw: int | str, variable: str = "PLATFORM_REFUND_LIMIT_SUPPORT"
) -> tuple[int | None, dict[str, int]]:
    """``10000`` or ``"EUR:10000,JPY:15000"`` or ``"10000,JPY:15000"`` -> (default, per currency)."""
    if isinstance(raw, int) and raw >= 0:
        return raw, {}
    default: int | None = None
    per: dict[str, int] = {}
    for part in str(raw).replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        cur, sep, value = part.rpartition(":")
        try:
            amount = int(value.strip().replace("_", ""))
            if amount < 0:
                raise ValueError
            if not sep or cur.strip() == "*":
                default = amount
            else:
                per[normalize_currency(cur)] = amount
        except (ValueError, PlatformError):
            raise InvalidInput(
                "settings.bad_refund_limit",
                f"{variable}={raw!r}: write minor units, e.g. 10000, or per currency "
                "EUR:10000,JPY:15000 (a bare number is the default for other currencies)",
                {"value": str(raw)},
            ) from None
    return default, per


def support_limit(currency: str, setting: int | str | None = None) -> int:
    """The most support staff may have refunded or requested on one payment in ``currency`` without
    approval, in that currency's minor units (the payment's total, this refund included).

    A bare number is the same number of minor units in every currency (10000: EUR 100.00, JPY
    10,000, KWD 10.000); ``CUR:amount`` entries override it per currency; a currency with neither
    has limit 0 (every refund in it waits for approval).
    """
    if setting is None:
        # lazy: pydantic-settings (0.13 s): `platformctl payments` loads this module, not the settings
        from core.settings import get_settings

        setting = get_settings().refund_limit_support
    return _limit_in(currency, setting, "PLATFORM_REFUND_LIMIT_SUPPORT")


def daily_support_limit(currency: str, setting: int | str | None = None) -> int | None:
    """The most one support person may refund without approval in ``currency`` over the last 24
    hours, summed over every payment (``PLATFORM_REFUND_DAILY_LIMIT_SUPPORT``, the same syntax as the
    support limit); None when the setting is off (the default)."""
    if setting is None:
        # lazy: pydantic-settings (0.13 s): `platformctl payments` loads this module, not the settings
        from core.settings import get_settings

        setting = get_settings().refund_daily_limit_support
    if setting is None or (isinstance(setting, str) and not setting.strip()):
        return None
    return _limit_in(currency, setting, "PLATFORM_REFUND_DAILY_LIMIT_SUPPORT")


def _limit_in(currency: str, setting: int | str, variable: str) -> int:
    default, per = parse_limit(setting, variable)
    currency = normalize_currency(currency)
    if currency in per:
        return per[currency]
    return default if default is not None else 0


@dataclass(frozen=True)
class ApprovalReason:
    """Why a refund waits for approval: the payment's total or the person's day went above a limit."""

    kind: str  # payment_total | daily_total
    limit_minor: int
    total_minor: int  # with this refund
    currency: str

    @property
    def text(self) -> str:
        limit, total = (
            format_amount(self.limit_minor, self.currency),
            format_amount(self.total_minor, self.currency),
        )
        if self.kind == "daily_total":
            return (
                f"your refunds in {self.currency} over the last 24 hours would reach {total}, above the "
                f"daily support limit of {limit}"
            )
        return f"the payment's refunds would reach {total}, above the support limit of {limit}"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "text": self.text}


@dataclass(frozen=True)
class RefundAllowance:
    """A limited user's room on one payment: the support limit against what the payment already
    holds, and the daily limit (if set) against what they refunded in the last 24 hours."""

    currency: str
    limit_minor: int
    held_minor: int  # refunded + pending + awaiting approval on this payment
    daily_limit_minor: int | None
    today_minor: int

    def awaits_approval(self, amount_minor: int) -> bool:
        if self.held_minor + amount_minor > self.limit_minor:
            return True
        return self.daily_limit_minor is not None and self.today_minor + amount_minor > self.daily_limit_minor
