"""Platform tags: labels such as ``canary``, ``country:lu`` or ``plan:enterprise`` that aim a change
at a group of platforms.

A tag is lower-case letters, digits and ``-``, with at most one ``:`` between two such parts, up to
64 characters, checked through the identifier rule (NFKC, no control or invisible characters).
Selecting platforms by tag is set-based (a subquery on ``platform_tags``), never a query per platform.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Select, select

from core.db import connection_of
from core.errors import InvalidInput
from core.identifiers import IdentifierRule
from core.tables import platform_tags

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_TAG_LENGTH = 64
MAX_TAGS_PER_REQUEST = 100
TAG_RE = re.compile(r"(?=.{1,64}\Z)[a-z0-9][a-z0-9-]*(?::[a-z0-9][a-z0-9-]*)?", re.ASCII)
TAG = IdentifierRule(
    TAG_RE,
    "platform tag",
    "platform.bad_tag",
    "lower case letters, digits and dashes, at most one ':' (country:lu), up to 64",
)


def check_tag(tag: object) -> str:
    """The tag normalised (NFKC), or InvalidInput ``platform.bad_tag``."""
    return TAG.check(tag)


def check_tags(tags: Iterable[object], *, required: bool = True) -> tuple[str, ...]:
    """Every tag checked, duplicates dropped, in the order given; at least one when ``required``."""
    checked = tuple(dict.fromkeys(check_tag(t) for t in tags))
    if required and not checked:
        raise InvalidInput("platform.no_tags", "name at least one tag (canary, country:lu)")
    if len(checked) > MAX_TAGS_PER_REQUEST:
        raise InvalidInput(
            "platform.too_many_tags",
            f"at most {MAX_TAGS_PER_REQUEST} tags at once, not {len(checked)}",
            {"count": len(checked), "limit": MAX_TAGS_PER_REQUEST},
        )
    return checked


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed in one field, separated by spaces or commas, duplicates dropped (not checked)."""
    return tuple(dict.fromkeys(t for t in text.replace(",", " ").split() if t))


def tagged_ids(tags: Sequence[str]) -> Select[tuple[int]]:
    """The ids of the platforms carrying any of ``tags`` (a subquery, resolved by the database)."""
    return select(platform_tags.c.platform_id).where(platform_tags.c.tag.in_(list(tags)))


def tags_of(session: Session | Connection, platform_ids: Sequence[int] | None) -> dict[int, tuple[str, ...]]:
    """platform id -> its tags, sorted; ``None``: every tagged platform (one query either way).

    Unordered rows sorted here (cheaper than ``ORDER BY`` on 100,000 platforms); equal tag sets
    are one shared tuple (many platforms carry the same few tags).
    """
    stmt = select(platform_tags.c.platform_id, platform_tags.c.tag)
    conn = connection_of(session)
    grouped: dict[int, list[str]] = {}
    if platform_ids is None:
        chunks: Iterable[Select[tuple[int, str]]] = [stmt]
    else:
        ids = list(dict.fromkeys(platform_ids))
        chunks = (
            stmt.where(platform_tags.c.platform_id.in_(ids[start : start + 5000]))
            for start in range(0, len(ids), 5000)
        )
    for chunk in chunks:
        for pid, tag in conn.execute(chunk):
            found = grouped.get(pid)
            if found is None:
                grouped[pid] = [tag]
            else:
                found.append(tag)
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    out: dict[int, tuple[str, ...]] = {}
    for pid, found in grouped.items():
        key = tuple(sorted(found))
        out[pid] = shared.setdefault(key, key)
    return out


def tags_in_use(session: Session | Connection, platform_ids: frozenset[int] | None = None) -> list[str]:
    """Every tag carried by at least one platform (of ``platform_ids``, when given), sorted."""
    stmt = select(platform_tags.c.tag).distinct().order_by(platform_tags.c.tag)
    if platform_ids is not None:
        stmt = stmt.where(platform_tags.c.platform_id.in_(platform_ids))
    return [tag for (tag,) in connection_of(session).execute(stmt)]
