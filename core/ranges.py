"""Range checks for every number and text a person gives, before it reaches the database.

Both back ends must answer the same: PostgreSQL refuses an id past its INTEGER column, an amount
past BIGINT or a name past its ``VARCHAR(n)`` with a driver error; SQLite takes them silently.
Services call these; the CLI's argparse ``type=`` functions (console/commands/base.py) use the
same bounds.
"""

from __future__ import annotations

from typing import Any

from core.errors import InvalidInput

INT64_MAX = 2**63 - 1  # PostgreSQL BIGINT (amounts in minor units), SQLite INTEGER
ID_MAX = 2**31 - 1  # row ids are INTEGER columns: 32-bit on PostgreSQL
MAX_PAGE = 1000  # rows in one page of a list, at most (core.paging)
AUDIT_MAX_LIMIT = 10_000  # audit entries in one answer, at most
MAX_SEARCH_LENGTH = 200  # characters of a search text (SQLite refuses LIKE patterns past 50,000 bytes)

# What `platformctl demo seed` (and core.demo.SeedSpec) accept.
DEMO_MAX_COUNTS = {"platforms": 100_000, "merchants": 1_000_000, "stores": 1_000_000, "orders": 10_000_000}


def check_int(value: Any, low: int, high: int, what: str) -> int:
    """``value`` as an int within ``low..high`` (both included), else InvalidInput naming the range."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        shown = value if isinstance(value, int) and len(str(value)) <= 30 else f"{str(value)[:30]}..."
        raise InvalidInput(
            "input.out_of_range",
            f"{what} must be a whole number from {low:,} to {high:,}, not {shown}",
            {"what": what, "min": low, "max": high},
        )
    return value


def check_id(value: Any, what: str = "id") -> int:
    """A row id: 1 to 2**31-1 (the INTEGER id columns)."""
    return check_int(value, 1, ID_MAX, what)


def check_optional_id(value: Any, what: str = "id") -> int | None:
    return None if value is None else check_id(value, what)


def check_length(value: str, maximum: int, what: str) -> str:
    """Text no longer than its column (``VARCHAR(maximum)``)."""
    if len(value) > maximum:
        raise InvalidInput(
            "input.too_long",
            f"{what} is limited to {maximum} characters (got {len(value):,})",
            {"what": what, "max": maximum, "length": len(value)},
        )
    return value


def column_length(column: Any) -> int:
    """The declared length of a String column (an ORM attribute such as ``Platform.name``)."""
    return int(column.property.columns[0].type.length)
