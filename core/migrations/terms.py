"""The words every part of the migrations package shares: directions, hints, counts in prose."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from core.errors import InvalidInput

Direction = Literal["upgrade", "downgrade"]

STATUS_HINT = "`platformctl migrate status` lists the branches and revisions"
TARGET_FORMS = "heads, MODULE, MODULE@head, MODULE@base or a revision id such as payments_001"


def as_direction(value: str) -> Direction:
    """``value`` checked as a direction (``migrations.bad_direction`` otherwise)."""
    if value not in ("upgrade", "downgrade"):
        raise InvalidInput(
            "migrations.bad_direction",
            f"direction is upgrade or downgrade, not {value!r}",
            {"direction": value},
        )
    return value  # type: ignore[return-value]


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def names(values: Sequence[str], total: int | None = None) -> str:
    """``a, b and 3 more`` when ``values`` is a sample of ``total``."""
    total = len(values) if total is None else total
    shown = ", ".join(values)
    return shown + (f" and {total - len(values)} more" if total > len(values) else "")


__all__ = ["STATUS_HINT", "TARGET_FORMS", "Direction", "as_direction", "names", "plural"]
