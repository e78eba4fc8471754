"""Times a person types: an ISO date or date-time (local time when naive), or a span back from now.

One parser for ``platformctl audit --since/--until``, ``health report`` and a rollout's
``--start-at`` (core.rollouts.specs); ``now`` is given by the caller, so a test injects its clock.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from core.errors import InvalidInput

RELATIVE_TIME = re.compile(r"([0-9]{1,12})\s*([smhdw])")
MAX_SPAN_DAYS = 36_500  # a relative time goes back at most a hundred years
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_time(value: str, now: datetime, *, code: str) -> datetime:
    """ISO date/time (local time when naive) or a span back from ``now``: 30m, 2h, 7d, 1w; in UTC.

    ``code`` is the error code of the caller's option (``option.bad_time`` for ``audit --since``).
    """
    shown = repr(value if len(value) <= 40 else value[:40] + "...")
    match = RELATIVE_TIME.fullmatch(value.strip())
    if match:
        seconds = int(match[1]) * _UNIT_SECONDS[match[2]]
        if seconds > MAX_SPAN_DAYS * 86400:
            raise InvalidInput(
                code,
                f"{shown} reaches too far back: at most {MAX_SPAN_DAYS:,} days ({MAX_SPAN_DAYS // 7:,}w)",
                {"value": value},
            )
        return now.astimezone(UTC) - timedelta(seconds=seconds)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            code, f"{shown} is not a time: use 2026-11-26, 2026-11-26T14:00 or 2h, 7d", {"value": value}
        ) from None
    try:
        if parsed.tzinfo is None:
            parsed = parsed.astimezone()  # the user's local time zone
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError, OSError):  # a date the time zone pushes off the calendar
        raise InvalidInput(
            code, f"{shown} is outside the calendar (years 1 to 9999 in UTC)", {"value": value}
        ) from None
