"""Small helpers shared by the item models."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

USER_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ENABLED_ROLE = int(Qt.ItemDataRole.UserRole) + 2
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 3


def local_time(value: datetime | str | None, *, seconds: bool = True) -> str:
    """UTC in the database, the user's local time zone on screen."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    fmt = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    return value.astimezone().strftime(fmt)


def measured() -> tuple[str, ...]:
    """The samples of a column sized from the texts on screen only (codes, dates)."""
    return ()


def plural(count: int, one: str, many: str, **values: object) -> str:
    """``one`` or ``many`` (both translated by the caller), formatted with ``n=count`` and ``values``:
    the console's one way to say "1 platform" / "3 platforms" (never "platform(s)")."""
    return (one if count == 1 else many).format(n=count, **values)
