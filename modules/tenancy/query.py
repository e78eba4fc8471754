"""What a merchants or stores list asks for (:class:`ListQuery`), and the SQL pieces its search
is built from.

Search (``ListQuery.search``, :class:`SearchKind`) is accent- and case-insensitive: the query is
folded by ``core.search.normalise``, as the rows' ``search_text`` column was when they were written
(tenancy_003: name, code, e-mail, domain, one per line, the name first).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import and_, func, literal_column, table
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.util import ClauseAdapter
from sqlalchemy.sql.visitors import replacement_traverse

from core.errors import InvalidInput
from core.search import LIKE_ESCAPE, contains_pattern, normalise, successor
from modules.tenancy.terms import SORTS, SearchKind  # noqa: F401 - SORTS: for importers of query.py


def check_key(key: Any, sort: str, sqlite: bool) -> None:
    """A key (from a cursor) whose value the sort's column compares with: text for the code and
    the name, a time for ``created_at`` (SQLite stores it as text); else :class:`InvalidInput`."""
    value = key[0] if isinstance(key, tuple) and len(key) == 2 else None
    if sort == "created_at":
        fits = isinstance(value, datetime) or (sqlite and isinstance(value, str) and _is_time(value))
    else:
        fits = isinstance(value, str)
    if not fits:
        raise InvalidInput(
            "cursor.bad",
            f"this cursor belongs to another list or sort order than --sort {sort}: "
            "use the `next` of the page before",
            {"sort": sort},
        )


def _is_time(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


class Condition(NamedTuple):
    """A search's condition, in the forms the reading, counting and sampling need."""

    indexed: ColumnElement[bool]  # to read pages and count (through the search index)
    plain: ColumnElement[bool]  # the same rows, without the index (for sampling)
    many: bool = False  # known to match at least DENSE_PROBE rows (SQLite's probe)
    counted: ColumnElement[bool] | None = None  # to count, when not ``indexed``


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: filters, search and sort (the window is given to :meth:`page`)."""

    sort: str = "code"
    descending: bool = False
    status: str | None = None
    platforms: tuple[str, ...] = ()
    merchant: str | None = None  # stores only: the stores of this merchant (code)
    search: str | None = None
    search_kind: str = SearchKind.ANY

    def kind(self) -> SearchKind | None:
        if not normalise(self.search):
            return None
        try:
            kind = SearchKind("any" if self.search_kind == "auto" else self.search_kind)
        except ValueError:
            raise InvalidInput(
                "search.bad_kind",
                f"unknown search kind {self.search_kind!r}; choose one of "
                + ", ".join(k.value for k in SearchKind),
                {"kind": self.search_kind},
            ) from None
        return kind

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "platforms": list(self.platforms)}


@dataclass
class Plan:
    """A resolved query: conditions (indexed form), the same as plain predicates (for sampling)."""

    where: list[ColumnElement[bool]]  # to read pages
    counted: list[ColumnElement[bool]]  # to count (may differ: every condition on its index)
    plain: list[ColumnElement[bool]]
    sort_key: ColumnElement[Any]
    raw_key: ColumnElement[Any]
    empty: bool = False  # e.g. a platform admin without platforms
    many: bool = False  # the search alone matches at least DENSE_PROBE rows


# -- SQL pieces of a search -----------------------------------------------------------------------
def prefix_range(expr: ColumnElement[Any], text: str) -> ColumnElement[bool]:
    """``expr`` starts with ``text``, as an index range (wildcards in ``text`` are plain text)."""
    high = successor(text)
    return and_(expr >= text, expr < high) if high is not None else expr >= text


def unindexed(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """``condition`` with its columns hidden from their indexes (``col || ''``): SQLite then scans
    the sort order's index instead of reading every match through a search index and sorting."""

    def blind(element: Any) -> Any:
        if isinstance(element, ColumnElement) and getattr(element, "table", None) is not None:
            return element.op("||")(literal_column("''"))
        return None

    return replacement_traverse(condition, {}, blind)


def field_contains(session: Session, column: Any, term: str) -> ColumnElement[bool]:
    """``column`` containing ``term`` (normalised), case-insensitively, without an index."""
    if session.get_bind().dialect.name == "sqlite":
        return func.instr(func.lower(column), term) > 0
    return func.lower(column).like(contains_pattern(term), escape=LIKE_ESCAPE)


def trigram_table(name: str, *columns: str) -> Any:
    """SQLite: the FTS5 trigram table ``name`` (tenancy_003), to select rowids from."""
    return table(name, literal_column("rowid"), *(literal_column(c) for c in columns))


def rebind(condition: ColumnElement[bool], target: Any) -> ColumnElement[bool]:
    """``condition`` written against a table's columns, moved to ``target`` (a sample subquery)."""
    return ClauseAdapter(target).traverse(condition)
