"""English counts for the CLI and the library's messages: "1 platform", "2,318 platforms", never
"platform(s)". The console does not show these: it says its own translated ``%n`` sentences."""

from __future__ import annotations


def count_of(n: int, one: str, many: str | None = None) -> str:
    """``count_of(1, "platform")``: ``1 platform``; ``count_of(2318, "platform")``: ``2,318 platforms``."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
