"""Small helpers shared by the item models."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from console.locale_text import wall_text

USER_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ENABLED_ROLE = int(Qt.ItemDataRole.UserRole) + 2
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 3


def local_time(value: datetime | str | None, *, seconds: bool = True) -> str:
    """UTC in the database, the user's local time zone on screen, as the interface's locale writes
    it (``29.03.26 03:00:00`` in de_LU; neutral ``2026-03-29 03:00:00``: see console.locale_text)."""
    if not isinstance(value, datetime):
        if not value:
            return ""
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    wall = _local_wall(value)
    shown = wall_text(wall or value.astimezone(), seconds=seconds)
    if shown is not None:
        return shown
    if wall is None or wall.year < 1000:  # the exact, slower way (strftime pads no year < 1000)
        fmt = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
        return value.astimezone().strftime(fmt)
    # ISO text is ours with a T and an offset after: the wall clock's fields, cut where ours end.
    return wall.isoformat(" ", "seconds")[:19] if seconds else wall.isoformat(" ", "minutes")[:16]


# The local offset of each UTC hour seen (hours since 1970; None: the offset changes within it).
# ``astimezone()`` and ``strftime`` cost a few microseconds a row (strftime imports ``time`` on
# every call, through PySide's import hook): an export of 100,000 rows spent a second in them.
_HOUR_OFFSETS: dict[float, timedelta | None] = {}
_UNKNOWN = timedelta(days=-999)


def _local_wall(value: datetime) -> datetime | None:
    """A datetime whose fields are ``value``'s local wall time, as ``astimezone()`` gives it (its
    tzinfo is left as it was: only the fields count); None when unsure."""
    offset = value.utcoffset()
    if offset is None:
        return None  # naive: astimezone() takes it as local time
    hour = value.timestamp() // 3600
    local = _HOUR_OFFSETS.get(hour, _UNKNOWN)
    if local is _UNKNOWN:
        if len(_HOUR_OFFSETS) > 200_000:
            _HOUR_OFFSETS.clear()
        local = _HOUR_OFFSETS[hour] = _hour_offset(int(hour))
    if local is None:
        return None
    try:
        return value + (local - offset)
    except OverflowError:
        return None


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
