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


class SharedTail(LazyArray):
    """A :class:`LazyArray` of dicts that differ only by their first key's value among items with
    the same ``key(item)`` (a plan's platforms: the platform's code, then the changes many share).
    Each distinct rest is encoded once and reused, so 100,000 items cost 100,000 codes encoded,
    not 100,000 dicts through the pure-Python indenting encoder; the text is the same."""

    def __init__(
        self,
        items: list[Any],
        convert: Callable[[Any], dict[str, Any]],
        first: Callable[[Any], Any],
        key: Callable[[Any], Any],
    ) -> None:
        super().__init__(lambda: (convert(item) for item in items), len(items))
        self.items, self.convert, self.first, self.key = items, convert, first, key

    def texts(self, encoder: json.JSONEncoder, level: int) -> Iterator[str]:
        """Each item as ``encoder`` (indent 2) writes it inside an array at nesting ``level``."""
        margin = "\n" + " " * (2 * level)
        parts: dict[Any, tuple[str, str]] = {}
        encode = encoder.encode
        for item in self.items:
            shared = parts.get(self.key(item))
            if shared is None:
                doc = self.convert(item)
                name = next(iter(doc))
                if doc[name] != self.first(item):
                    raise ValueError(f"{name!r} is not the first key's value")
                text = encode({**doc, name: None}).replace("\n", margin)
                head = "{" + margin + "  " + encode(name) + ": "
                if not text.startswith(head + "null"):
                    raise ValueError("unexpected encoding of the first key")
                shared = parts[self.key(item)] = (head, text[len(head) + 4 :])
            yield shared[0] + encode(self.first(item)) + shared[1]


def lazy_shared(
    items: list[Any],
    convert: Callable[[Any], dict[str, Any]],
    first: Callable[[Any], Any],
    key: Callable[[Any], Any],
) -> SharedTail:
    """``[convert(i) for i in items]``, made while written, each distinct rest encoded once
    (see :class:`SharedTail`)."""
    return SharedTail(items, convert, first, key)


def _marked(value: Any, level: int, found: dict[str, tuple[SharedTail, int]]) -> Any:
    """``value`` with every :class:`SharedTail` replaced by a marker string, noted in ``found``
    with the nesting level of its items."""
    if isinstance(value, SharedTail):
        marker = f"\x00shared-tail-{len(found)}"
        found[json.dumps(marker)] = (value, level + 1)
        return marker
    if isinstance(value, dict):
        return {k: _marked(v, level + 1, found) for k, v in value.items()}
    if isinstance(value, list) and not isinstance(value, LazyArray):
        return [_marked(v, level + 1, found) for v in value]
    return value


def _pieces(encoder: json.JSONEncoder, document: Any) -> Iterator[str]:
    found: dict[str, tuple[SharedTail, int]] = {}
    marked = _marked(document, 0, found)
    for piece in encoder.iterencode(marked):
        array = found.get(piece)
        if array is None:
            yield piece
            continue
        shared, level = array
        if not shared:
            yield "[]"
            continue
        margin = ",\n" + " " * (2 * level)
        yield "[\n" + " " * (2 * level)
        first = True
        for text in shared.texts(encoder, level):
            yield text if first else margin + text
            first = False
        yield "\n" + " " * (2 * (level - 1)) + "]"


def stream(ctx: Context, document: Any) -> None:
    """Write ``document`` (which may hold :class:`LazyArray` values) as one JSON document."""
    encoder = json.JSONEncoder(indent=2, default=_json_default)
    pending: list[str] = []
    size = 0
    for piece in _pieces(encoder, document):
        pending.append(piece)
        size += len(piece)
        if size >= CHUNK:
            ctx.out.write("".join(pending))
            pending, size = [], 0
    pending.append("\n")
    ctx.out.write("".join(pending))
