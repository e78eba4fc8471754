"""Text search helpers shared by every list: one normalisation, one LIKE escaping.

Search is accent- and case-insensitive. Neither database can fold accents inside an index
(SQLite's trigram tokenizer keeps diacritics; PostgreSQL's ``unaccent()`` is not immutable), so
rows carry a normalised search column written with the row (:func:`search_text`) and queries are
normalised the same way (:func:`normalise`) before they reach the database.
"""

from __future__ import annotations

import unicodedata

from core.ranges import check_length

FIELD_SEPARATOR = "\n"  # between the fields of a search column: no query spans two fields
MIN_CONTAINS = 3  # trigram indexes need three characters; shorter queries match prefixes
MAX_SEARCH = 200  # characters of a search; SQLite refuses LIKE patterns past 50,000 bytes


def normalise(text: str | None) -> str:
    """``text`` without accents, case-folded, with runs of white space as one space.

    ``"Café Müller"`` -> ``"cafe muller"``; ``"STRASSE"`` and ``"Straße"`` -> ``"strasse"``.
    """
    if not text:
        return ""
    if text.isascii():  # the common case, and ten times faster (bulk loads fold millions of fields)
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = unicodedata.normalize("NFKC", bare.casefold())
    return " ".join(folded.split())


def search_text(*fields: str | None) -> str:
    """The search column of a row: its fields normalised, in order, one per line (empty ones kept,
    so the first field -- a name -- always starts the text and serves prefix search and sorting)."""
    return FIELD_SEPARATOR.join(normalise(f) for f in fields)


def like_escape(text: str) -> str:
    """``text`` with LIKE's wildcards made literal; use with ``escape="\\\\"`` (:data:`LIKE_ESCAPE`).

    Every search pattern passes here, so this is where an over-long search is refused."""
    check_length(text, MAX_SEARCH, "a search")
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


LIKE_ESCAPE = "\\"


def contains_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere (wildcards in ``text`` are literal)."""
    return f"%{like_escape(text)}%"


def prefix_pattern(text: str) -> str:
    """A LIKE pattern matching values that start with ``text`` (wildcards in ``text`` are literal)."""
    return f"{like_escape(text)}%"


def successor(prefix: str) -> str | None:
    """The smallest string greater than every string starting with ``prefix`` (code point order),
    so a prefix is the range ``>= prefix AND < successor(prefix)`` (an index range)."""
    while prefix:
        last = ord(prefix[-1])
        if last < 0x10FFFF and not 0xD7FF <= last < 0xE000:
            return prefix[:-1] + chr(last + 1)
        prefix = prefix[:-1]
    return None
