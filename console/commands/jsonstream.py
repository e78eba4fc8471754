"""One JSON document written piece by piece: long arrays are produced item by item as they are
written, so a plan of 10,000 platforms never exists as one string (or one list of dicts) in memory.

``json.JSONEncoder.iterencode`` with an indent uses the pure-Python encoder, which iterates a list
with ``for item in lst`` after ``if not lst``: :class:`LazyArray` answers both lazily.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from console.commands.base import Context, _json_default

CHUNK = 64 * 1024  # characters gathered before a write


class LazyArray(list):  # type: ignore[type-arg]
    """A JSON array of ``count`` items made by ``make()`` while the document is written."""

    def __init__(self, make: Callable[[], Iterable[Any]], count: int) -> None:
        super().__init__()
        self._make = make
        self._count = count

    def __bool__(self) -> bool:
        return self._count > 0

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Any]:
        return iter(self._make())


def lazy(items: list[Any], convert: Callable[[Any], Any]) -> LazyArray:
    """``[convert(i) for i in items]``, made while written."""
    return LazyArray(lambda: (convert(item) for item in items), len(items))


def stream(ctx: Context, document: Any) -> None:
    """Write ``document`` (which may hold :class:`LazyArray` values) as one JSON document."""
    encoder = json.JSONEncoder(indent=2, default=_json_default)
    pending: list[str] = []
    size = 0
    for piece in encoder.iterencode(document):
        pending.append(piece)
        size += len(piece)
        if size >= CHUNK:
            ctx.out.write("".join(pending))
            pending, size = [], 0
    pending.append("\n")
    ctx.out.write("".join(pending))
