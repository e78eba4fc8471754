"""Small helpers shared by the item models."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

USER_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ENABLED_ROLE = int(Qt.ItemDataRole.UserRole) + 2
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 3


def local_time(value: datetime | str | None, *, seconds: bool = True) -> str:
    """UTC in the database, the user's local time zone on screen (``2026-03-29 03:00:00``)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    shown = _local_wall(value)
    if shown is None or shown.year < 1000:  # the exact, slower way (strftime pads no year < 1000)
        fmt = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
        return value.astimezone().strftime(fmt)
    text = f"{shown.year}-{shown.month:02d}-{shown.day:02d} {shown.hour:02d}:{shown.minute:02d}"
    return f"{text}:{shown.second:02d}" if seconds else text


# The local offset of each UTC hour seen (hours since 1970; None: the offset changes within it).
# ``astimezone()`` and ``strftime`` cost a few microseconds a row (strftime imports ``time`` on
# every call, through PySide's import hook): an export of 100,000 rows spent a second in them.
_HOUR_OFFSETS: dict[int, timedelta | None] = {}
_EPOCH = datetime(1970, 1, 1)


def _local_wall(value: datetime) -> datetime | None:
    """``value``'s local wall time (naive), as ``astimezone()`` gives it; None when unsure."""
    offset = value.utcoffset()
    if offset is None:
        return None  # naive: astimezone() takes it as local time
    utc = value.replace(tzinfo=None) - offset
    hour = (utc - _EPOCH) // _HOUR
    local = _HOUR_OFFSETS.get(hour, _UNKNOWN)
    if local is _UNKNOWN:
        if len(_HOUR_OFFSETS) > 200_000:
            _HOUR_OFFSETS.clear()
        local = _HOUR_OFFSETS[hour] = _hour_offset(hour)
    return None if local is None else utc + local  # type: ignore[operator]


_HOUR = timedelta(hours=1)
_UNKNOWN = timedelta(days=-999)


def _hour_offset(hour: int) -> timedelta | None:
    """The system's local offset throughout UTC hour ``hour``, None if it changes within it."""
    try:
        first = time.localtime(hour * 3600).tm_gmtoff
        last = time.localtime(hour * 3600 + 3599).tm_gmtoff
    except (OverflowError, OSError, ValueError):
        return None
    return timedelta(seconds=first) if first == last else None


def forget_time_zone() -> None:
    """The system time zone changed (``time.tzset()``): offsets are looked up again."""
    _HOUR_OFFSETS.clear()


def measured() -> tuple[str, ...]:
    """The samples of a column sized from the texts on screen only (codes, dates)."""
    return ()


def plural(count: int, one: str, many: str, **values: object) -> str:
    """``one`` or ``many`` (both translated by the caller), formatted with ``n=count`` and ``values``:
    the console's one way to say "1 platform" / "3 platforms" (never "platform(s)")."""
    return (one if count == 1 else many).format(n=count, **values)
