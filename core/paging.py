"""Windows over large tables: pages read by keyset, counts that stay cheap, cursors for the CLI.

Every list of the platform (merchants, stores, orders, payments, customers) reads the same way:

* a :class:`Page` is a run of rows in display order, with the keys of its first and last row; the
  next page is read after the last key, the previous one before the first (never a large OFFSET);
* a :class:`Window` is what a list shows first: a :class:`RowCount` and the first page;
* a count is exact up to :data:`COUNT_CAP` (a bounded scan, :func:`capped_count`); past it, an
  estimate -- on PostgreSQL the planner's (:func:`planner_estimate`), elsewhere the list's own.

Nothing here knows a table of a module; see docs/architecture.md, "Layers".
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import and_, func, literal_column, or_, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from core.errors import InvalidInput
from core.ranges import ID_MAX, INT64_MAX, MAX_PAGE

COUNT_CAP = 10_000  # counts up to here are exact (a bounded scan); above, an estimate

Key = tuple[Any, int]  # (sort value, id): the id breaks ties
R = TypeVar("R")


@dataclass(frozen=True)
class RowCount:
    value: int
    exact: bool

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "exact": self.exact}


@dataclass(frozen=True)
class Page(Generic[R]):
    """Rows in display order; ``at_end``: nothing further in the direction read."""

    rows: list[R]
    first_key: Any
    last_key: Any
    at_end: bool


@dataclass(frozen=True)
class Window(Generic[R]):
    count: RowCount
    page: Page[R]


# -- checking what a caller asks for --------------------------------------------------------------
def check_limit(limit: int, maximum: int = MAX_PAGE, code: str = "list.bad_limit") -> None:
    if not 1 <= limit <= maximum:
        raise InvalidInput(code, f"limit must be between 1 and {maximum}", {"limit": limit, "max": maximum})


def check_window(after: Any, before: Any, offset: int, limit: int) -> None:
    """A page request: ``after`` or ``before`` (not both), a limit within :data:`MAX_PAGE`, no
    negative offset."""
    if after is not None and before is not None:
        raise InvalidInput("list.bad_window", "give either after or before, not both")
    check_limit(limit)
    if offset < 0:
        raise InvalidInput("list.bad_offset", "offset must be 0 or more")


# -- the keyset -----------------------------------------------------------------------------------
def beyond(
    sort_key: ColumnElement[Any], ids: ColumnElement[Any], key: Key, desc: bool, sqlite: bool
) -> ColumnElement[bool]:
    """Rows after ``key`` in a scan by ``(sort_key, ids)``, descending or ascending.

    PostgreSQL compares row values; SQLite gets the expanded form, with which an expression
    index can range-scan (row values would not)."""
    value, ident = key
    if isinstance(value, datetime) and sqlite:
        value = value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if not sqlite:
        if desc:
            return tuple_(sort_key, ids) < tuple_(value, ident)
        return tuple_(sort_key, ids) > tuple_(value, ident)
    if desc:
        return and_(sort_key <= value, or_(sort_key < value, ids < ident))
    return and_(sort_key >= value, or_(sort_key > value, ids > ident))


def encode_cursor(key: Key | None) -> str | None:
    """A key as an opaque cursor the command line prints (``--after`` reads it back)."""
    if key is None:
        return None
    value, ident = key
    doc = {"v": value.isoformat(), "t": "dt"} if isinstance(value, datetime) else {"v": value}
    doc["id"] = ident
    return _pack(doc)


def decode_cursor(text: str) -> Key:
    """A cursor of :func:`encode_cursor` back as its key, or :class:`InvalidInput` (exit 2): the id
    within the id columns' range, the value a short text, a whole number or a time."""
    doc = _unpack(text)
    if set(doc) - {"v", "t", "id"} or "v" not in doc:
        raise _bad_cursor(text)
    value = doc["v"]
    if doc.get("t") == "dt":
        try:
            value = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise _bad_cursor(text) from None
    elif "t" in doc or not _plain_value(value):
        raise _bad_cursor(text)
    return (value, _cursor_id(doc, text))


def encode_id_cursor(ident: int | None) -> str | None:
    """The cursor of a list ordered by id alone (payments, refunds, orders, customers)."""
    return None if ident is None else _pack({"id": ident})


def decode_id_cursor(text: str) -> int:
    """The id of a cursor of :func:`encode_id_cursor`, or :class:`InvalidInput` (exit 2)."""
    doc = _unpack(text)
    if set(doc) != {"id"}:
        raise _bad_cursor(text)
    return _cursor_id(doc, text)


def id_page(rows: list[R], limit: int, key: Any) -> Page[R]:
    """Rows read with ``limit + 1`` (one more than a page, to know whether more follow) as a page;
    ``key(row)`` is a row's key."""
    shown = rows[:limit]
    if not shown:
        return Page([], None, None, True)
    return Page(shown, key(shown[0]), key(shown[-1]), len(rows) <= limit)


MAX_CURSOR = 2000  # characters of a cursor: what the lists print is far shorter
_CURSOR_TEXT = 1000  # characters of a text value inside a cursor


def _pack(doc: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(doc).encode()).decode().rstrip("=")


def _unpack(text: str) -> dict[str, Any]:
    if not isinstance(text, str) or not 0 < len(text) <= MAX_CURSOR:
        raise _bad_cursor(text)
    try:
        doc = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    except Exception:  # not base64, not UTF-8, not JSON, nested too deep: not ours
        raise _bad_cursor(text) from None
    if not isinstance(doc, dict):
        raise _bad_cursor(text)
    return doc


def _cursor_id(doc: dict[str, Any], text: str) -> int:
    ident = doc.get("id")
    if isinstance(ident, bool) or not isinstance(ident, int) or not 1 <= ident <= ID_MAX:
        raise _bad_cursor(text)
    return ident


def _plain_value(value: Any) -> bool:
    """A sort value both databases compare without a driver error."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return -INT64_MAX <= value <= INT64_MAX
    if isinstance(value, str):
        return len(value) <= _CURSOR_TEXT and "\x00" not in value and not _SURROGATE.search(value)
    return False


_SURROGATE = re.compile("[\ud800-\udfff]")


def _bad_cursor(text: Any) -> InvalidInput:
    shown = repr(text if not isinstance(text, str) or len(text) <= 40 else text[:40] + "...")
    return InvalidInput(
        "cursor.bad",
        f"{shown} is not a cursor printed by this list: use the `next` of the page before",
        {"cursor": text[:200] if isinstance(text, str) else None},
    )


# -- counting -----------------------------------------------------------------------------------
def capped_count(session: Session, table: Any, where: list[Any], cap: int) -> int:
    """The rows of ``table`` matching ``where``, counted up to ``cap + 1`` (a bounded scan)."""
    capped = select(literal_column("1")).select_from(table).where(*where).limit(cap + 1)
    return int(session.scalar(select(func.count()).select_from(capped.subquery())) or 0)


def planner_estimate(session: Session, stmt: Any) -> int:
    """PostgreSQL: the planner's row estimate for ``stmt`` (``pg_class.reltuples`` scaled to the
    table's current size, times the selectivity of the conditions): a millisecond at any size."""
    compiled = stmt.compile(session.get_bind(), compile_kwargs={"render_postcompile": True})
    explain = (
        session.connection().exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params).scalar()
    )
    doc = explain if isinstance(explain, list) else json.loads(explain)
    return int(doc[0]["Plan"]["Plan Rows"])


def as_utc(value: datetime) -> datetime:
    """A timestamp as read back from the database, made aware (SQLite returns naive UTC)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
