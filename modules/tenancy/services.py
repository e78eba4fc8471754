"""Merchants and stores for support staff: windowed lists, search, detail, suspension.

Lists are windows over millions of rows, read by keyset (never a large OFFSET, never a COUNT of
everything):

* sorted by an indexed column -- ``code``, ``name`` (case-insensitive) or ``created_at`` -- with
  ``id`` as the tie-breaker, ascending or descending; the key of a row is ``(sort value, id)``;
* :meth:`_Directory.page` reads forward after a key, backward before a key (the rows just above
  it), or from the end ("jump to the last row" reads only the last page); an ``offset`` (a jump
  into the middle) counts from the nearest key the caller knows;
* counts are estimates (:class:`RowCount`): a bounded count up to :data:`COUNT_CAP` is exact; past
  it PostgreSQL's planner estimate (``EXPLAIN``, built on ``pg_class.reltuples``), or on SQLite the
  id span (merchants and stores are suspended, never deleted, so ids stay dense) times the share
  of matching rows in a sample; an exact count only on demand.

Search (``ListQuery.search``, :class:`SearchKind`) is accent- and case-insensitive: the query is
folded by ``core.search.normalise``, as the rows' ``search_text`` column was when they were written
(tenancy_003: name, code, e-mail, domain, one per line, the name first). ``any`` finds the text
anywhere in it through pg_trgm (``LIKE '%x%'``) or SQLite's FTS5 trigram table; one or two
characters (too short for trigrams) match a prefix of the name or the code, as index ranges. The
name sort orders by the search column too (the folded name first). On SQLite a search matching a
large share of the rows scans the sorted index instead (the first page is found at once), a rare
one reads the search index.

Permissions are checked here: ``merchants.view`` to read (a platform admin sees the stores on their
own platforms and the merchants owning one), ``merchants.suspend`` to suspend and reactivate
(a platform admin: only when every platform concerned is theirs), both with a required reason and
audited with subject ``merchant:<code>`` / ``store:<code>``.
"""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Generic, NamedTuple, TypeVar

from sqlalchemy import String, and_, exists, func, inspect, literal_column, or_, select, table, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from core.actor import Actor
from core.db import Database
from core.errors import InvalidInput, NotFound, PermissionDenied, Refused
from core.models import Platform
from core.roles import Scope
from core.search import LIKE_ESCAPE, MIN_CONTAINS, contains_pattern, normalise, successor
from core.services.audit import AuditDraft, AuditFilter, audited, entry_to_dict, list_entries
from modules.tenancy.models import Merchant, Store, TenantStatus

SORTS = ("code", "name", "created_at")
MAX_PAGE = 1000
COUNT_CAP = 10_000  # counts up to here are exact (a bounded scan); above, an estimate
FAR_ABOVE_CAP = 2 * COUNT_CAP  # PostgreSQL: a planner estimate above this is not checked by counting
SAMPLE_CHUNKS = 4
SAMPLE_CHUNK = 2500
DENSE_PROBE = 10_000  # SQLite: a search with this many matches scans the sorted index instead
FEW_MATCHES = 200  # SQLite: fewer trigram-index matches than this is a rare search (no sampling)
REASON_MAX = 500
DETAIL_STORES = 200
DETAIL_RECENT = 20
DETAIL_AUDIT = 50

Key = tuple[Any, int]
R = TypeVar("R")


class SearchKind(StrEnum):
    """What a search matches. ``any``: the text anywhere in the name, code, e-mail or domain (a
    prefix of the name or code for one or two characters); ``name`` / ``code``: a prefix;
    ``email`` / ``domain``: anywhere in that field. Accents and case never matter."""

    ANY = "any"
    AUTO = "any"  # the former name of ANY (an alias: not listed among the choices)
    NAME = "name"
    CODE = "code"
    EMAIL = "email"
    DOMAIN = "domain"


class _Condition(NamedTuple):
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
    first_key: Key | None
    last_key: Key | None
    at_end: bool


@dataclass(frozen=True)
class Window(Generic[R]):
    count: RowCount
    page: Page[R]


class MerchantRow(NamedTuple):
    id: int
    code: str
    name: str
    email: str
    phone: str | None
    status: str
    suspended_reason: str | None
    created_at: datetime
    stores: int

    def to_dict(self) -> dict[str, Any]:
        return {**self._asdict(), "created_at": self.created_at.isoformat()}


class StoreRow(NamedTuple):
    id: int
    code: str
    name: str
    domain: str | None
    email: str | None
    status: str
    suspended_reason: str | None
    created_at: datetime
    merchant: str
    merchant_name: str
    platform: str

    def to_dict(self) -> dict[str, Any]:
        return {**self._asdict(), "created_at": self.created_at.isoformat()}


@dataclass(frozen=True)
class PlatformInfo:
    code: str
    name: str
    stores: int


@dataclass(frozen=True)
class OrderInfo:
    id: int
    number: str
    store: str
    platform: str
    status: str
    total_minor: int
    currency: str
    created_at: datetime
    customer_id: int | None
    customer_name: str | None
    customer_email: str | None
    payment_id: int | None


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    store: str
    gateway: str
    gateway_payment_id: str | None
    amount_minor: int
    captured_minor: int
    refunded_minor: int
    currency: str
    status: str
    created_at: datetime


@dataclass
class Detail:
    """A merchant or a store with what support needs around it."""

    kind: str  # merchant | store
    merchant: MerchantRow
    store: StoreRow | None = None
    stores: list[StoreRow] = field(default_factory=list)
    stores_total: int = 0
    platforms: list[PlatformInfo] = field(default_factory=list)
    orders: list[OrderInfo] | None = None  # None: the orders module's tables are not there
    payments: list[PaymentInfo] | None = None  # None: no payments.view, or no tables
    audit: list[dict[str, Any]] | None = None  # None: no audit.view
    pii_masked: bool = False

    @property
    def subject(self) -> str:
        return f"store:{self.store.code}" if self.store else f"merchant:{self.merchant.code}"

    def to_dict(self) -> dict[str, Any]:
        def dump(items: Sequence[Any] | None) -> list[dict[str, Any]] | None:
            if items is None:
                return None
            return [_jsonable(i._asdict() if hasattr(i, "_asdict") else asdict(i)) for i in items]

        return {
            "kind": self.kind,
            "merchant": self.merchant.to_dict(),
            "store": self.store.to_dict() if self.store else None,
            "stores": dump(self.stores),
            "stores_total": self.stores_total,
            "platforms": dump(self.platforms),
            "orders": dump(self.orders),
            "payments": dump(self.payments),
            "audit": self.audit,
            "pii_masked": self.pii_masked,
        }


def _jsonable(value: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in value.items()}


# -- cursors for the command line ---------------------------------------------------------------
def encode_cursor(key: Key | None) -> str | None:
    if key is None:
        return None
    value, ident = key
    doc = {"v": value.isoformat(), "t": "dt"} if isinstance(value, datetime) else {"v": value}
    doc["id"] = ident
    return base64.urlsafe_b64encode(json.dumps(doc).encode()).decode().rstrip("=")


def decode_cursor(text: str) -> Key:
    try:
        doc = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
        value = datetime.fromisoformat(doc["v"]) if doc.get("t") == "dt" else doc["v"]
        return (value, int(doc["id"]))
    except Exception:
        raise InvalidInput(
            "cursor.bad", f"{text!r} is not a cursor printed by a list", {"cursor": text}
        ) from None


# -- search helpers -----------------------------------------------------------------------------------
def _prefix(expr: ColumnElement[Any], text: str) -> ColumnElement[bool]:
    """``expr`` starts with ``text``, as an index range (wildcards in ``text`` are plain text)."""
    high = successor(text)
    return and_(expr >= text, expr < high) if high is not None else expr >= text


def _unindexed(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """``condition`` with its columns hidden from their indexes (``col || ''``): SQLite then scans
    the sort order's index instead of reading every match through a search index and sorting."""
    from sqlalchemy.sql.visitors import replacement_traverse

    def blind(element: Any) -> Any:
        if isinstance(element, ColumnElement) and getattr(element, "table", None) is not None:
            return element.op("||")(literal_column("''"))
        return None

    return replacement_traverse(condition, {}, blind)


def _field_contains(session: Session, column: Any, term: str) -> ColumnElement[bool]:
    """``column`` containing ``term`` (normalised), case-insensitively, without an index."""
    if session.get_bind().dialect.name == "sqlite":
        return func.instr(func.lower(column), term) > 0
    return func.lower(column).like(contains_pattern(term), escape=LIKE_ESCAPE)


def _reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise InvalidInput("tenancy.reason_required", "a reason is required (--reason TEXT)")
    if len(text) > REASON_MAX:
        raise InvalidInput("tenancy.bad_reason", f"the reason is limited to {REASON_MAX} characters")
    return text


def _fts(name: str, *columns: str) -> Any:
    return table(name, literal_column("rowid"), *(literal_column(c) for c in columns))


# -- the shared machinery --------------------------------------------------------------------------
@dataclass
class _Plan:
    """A resolved query: conditions (indexed form), the same as plain predicates (for sampling)."""

    where: list[ColumnElement[bool]]  # to read pages
    counted: list[ColumnElement[bool]]  # to count (may differ: every condition on its index)
    plain: list[ColumnElement[bool]]
    sort_key: ColumnElement[Any]
    raw_key: ColumnElement[Any]
    empty: bool = False  # e.g. a platform admin without platforms
    many: bool = False  # the search alone matches at least DENSE_PROBE rows


class _Directory(Generic[R]):
    """Listing, counting and the keyset for one table (merchants or stores)."""

    model: Any
    kind: str  # merchant | store
    fts_table: str
    fts_columns: tuple[str, ...]

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- hooks -----------------------------------------------------------------------------------
    def _restrict(self, session: Session, own: frozenset[int]) -> ColumnElement[bool]:
        raise NotImplementedError

    def _filters(self, session: Session, query: ListQuery) -> list[ColumnElement[bool]]:
        return []

    def _rows(self, session: Session, records: list[Any]) -> list[R]:
        raise NotImplementedError

    # -- planning --------------------------------------------------------------------------------------
    def _sqlite(self, session: Session) -> bool:
        return session.get_bind().dialect.name == "sqlite"

    def _sort_exprs(self, session: Session, sort: str) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
        """(expression to order and compare by, expression whose value is the key)."""
        t = self.model.__table__
        sqlite = self._sqlite(session)
        if sort == "code":
            expr = t.c.code if sqlite else t.c.code.collate("C")
            return expr, expr
        if sort == "name":
            # The search column starts with the name, accents and case folded (tenancy_003).
            expr = t.c.search_text if sqlite else t.c.search_text.collate("C")
            return expr, expr
        if sort == "created_at":
            # SQLite stores text: compare with the stored text itself, never a re-formatted value.
            expr = type_coerce(t.c.created_at, String) if sqlite else t.c.created_at
            return expr, expr
        raise InvalidInput(
            "list.bad_sort",
            f"cannot sort by {sort!r}: sortable columns are {', '.join(SORTS)}",
            {"sort": sort, "sortable": list(SORTS)},
        )

    def _plan(self, session: Session, actor: Actor, query: ListQuery) -> _Plan:
        actor.require("merchants.view")
        t = self.model.__table__
        sqlite = self._sqlite(session)
        sort_key, raw_key = self._sort_exprs(session, query.sort)
        where: list[ColumnElement[bool]] = []
        plain: list[ColumnElement[bool]] = []
        counted: list[ColumnElement[bool]] = []
        own = actor.platform_filter("merchants.view")
        empty = False
        if own is not None:
            if not own:
                empty = True
            restrict = self._restrict(session, own)
            where.append(restrict)
            plain.append(restrict)
            counted.append(restrict)
        if query.status:
            if query.status not in (TenantStatus.ACTIVE, TenantStatus.SUSPENDED):
                raise InvalidInput(
                    "list.bad_status",
                    f"unknown status {query.status!r}: active or suspended",
                    {"status": query.status},
                )
            # Inline (not a bound parameter): the partial index on suspended rows needs the literal.
            condition = t.c.status == literal_column(f"'{TenantStatus(query.status).value}'")
            plain.append(condition)
            if sqlite and query.status == TenantStatus.SUSPENDED:
                # Few rows are suspended; without the hint SQLite may scan the sorted index instead.
                condition = func.likelihood(condition, literal_column("0.001"))
            where.append(condition)
            counted.append(condition)
        for condition in self._filters(session, query):
            where.append(condition)
            plain.append(condition)
            counted.append(condition)
        kind = query.kind()
        if kind is not None:
            found = self._search(session, query, kind, normalise(query.search), counted)
            where.append(found.indexed)
            plain.append(found.plain)
            counted.append(found.indexed if found.counted is None else found.counted)
            return _Plan(where, counted, plain, sort_key, raw_key, empty, found.many)
        return _Plan(where, counted, plain, sort_key, raw_key, empty)

    def _search(
        self, session: Session, query: ListQuery, kind: SearchKind, term: str, others: list[Any]
    ) -> _Condition:
        """The search's condition; ``others``: the filters that go with it."""
        if kind is SearchKind.ANY and len(term) >= MIN_CONTAINS:
            return self._contains(session, term)
        if kind in (SearchKind.EMAIL, SearchKind.DOMAIN):
            if len(term) < MIN_CONTAINS:
                raise InvalidInput(
                    "search.too_short",
                    f"an e-mail or domain search needs at least {MIN_CONTAINS} characters",
                    {"search": term, "minimum": MIN_CONTAINS},
                )
            return self._field(session, kind, term)
        # Prefixes: of the name (the search column starts with it), of the code, or either (a
        # query too short for the trigram index).
        by_name, by_code = self._name_prefix(session, term), self._code_prefix(session, term)
        if kind is SearchKind.NAME:
            condition, searched = by_name, "name"
        elif kind is SearchKind.CODE:
            condition, searched = by_code, "code"
        else:
            condition, searched = or_(by_name, by_code), None
        if self._sqlite(session) and query.sort != searched and self._dense(session, [*others, condition]):
            # Many matches sorted by another column: scanning that column's index finds a page at
            # once, while SQLite would read every match through the search index and sort them.
            return _Condition(_unindexed(condition), condition, True)
        return _Condition(condition, condition)

    def _name_prefix(self, session: Session, term: str) -> ColumnElement[bool]:
        column = self.model.__table__.c.search_text
        return _prefix(column if self._sqlite(session) else column.collate("C"), term)

    def _code_prefix(self, session: Session, term: str) -> ColumnElement[bool]:
        column = self.model.__table__.c.code
        return _prefix(column if self._sqlite(session) else column.collate("C"), term.upper())

    def _contains(self, session: Session, term: str) -> _Condition:
        """Any field (the search column) containing ``term`` (normalised): its trigram index, unless
        too many rows match for the index to be worth reading (SQLite; PostgreSQL's planner chooses)."""
        t = self.model.__table__
        if not self._sqlite(session):
            condition = t.c.search_text.like(contains_pattern(term), escape=LIKE_ESCAPE)
            return _Condition(condition, condition)
        plain = func.instr(t.c.search_text, term) > 0
        search = _fts(self.fts_table, "search_text")
        # LIKE on an FTS5 trigram table uses its index; '_' and '%' would be wildcards there,
        # so the plain condition keeps the result exact.
        matches = select(search.c.rowid).where(search.c.search_text.like(f"%{term}%"))
        indexed = and_(t.c.id.in_(matches), plain)
        few = select(func.count()).select_from(matches.limit(FEW_MATCHES).subquery())
        if int(session.scalar(few) or 0) < FEW_MATCHES:
            return _Condition(indexed, plain)  # rare (an e-mail, a code): the index, at once
        # Many matches? A sample, not the index: a common word's trigrams (".ex", "exa") have
        # doclists as long as the table, and counting 10,000 matches through them costs more
        # than the page itself. Scanning the sorted index wins from about sqrt(page * rows)
        # matches (see _dense).
        expected, rows = self._sampled(session, [plain]), self._sampled(session, [])
        if expected >= min(DENSE_PROBE, math.sqrt(100 * rows)):
            # Common: the sorted scan finds a page at once; counting (when not estimated) reads
            # the search index rather than scanning the table.
            return _Condition(plain, plain, expected >= DENSE_PROBE, indexed)
        return _Condition(indexed, plain)

    def _field(self, session: Session, kind: SearchKind, term: str) -> _Condition:
        """E-mail or domain containing ``term``: the search column's index, then the field."""
        column = self.model.__table__.c.email if kind is SearchKind.EMAIL else self.model.__table__.c.domain
        within = _field_contains(session, column, term)
        found = self._contains(session, term)
        if found.indexed is found.plain:
            condition = and_(found.plain, within)
            return _Condition(condition, condition)  # not ``many``: the field may match fewer
        return _Condition(and_(found.indexed, within), and_(found.plain, within))

    def _dense(self, session: Session, conditions: Any, rows: Any = None) -> bool:
        """Whether at least :data:`DENSE_PROBE` rows match (a bounded count through the index).

        Reading ``m`` matches through a search index and sorting them costs about ``m log m``;
        scanning the sorted index until a page of ``p`` is found, ``p * n / m``: the second wins
        from ``m`` around ``sqrt(p * n)``, 10,000 for a page of 100 in a million rows.
        """
        if rows is None:
            rows = select(literal_column("1")).select_from(self.model.__table__).where(*conditions)
        probe = select(func.count()).select_from(rows.limit(DENSE_PROBE).subquery())
        return int(session.scalar(probe) or 0) >= DENSE_PROBE

    # -- reading -----------------------------------------------------------------------------------------
    def page(
        self,
        actor: Actor,
        query: ListQuery,
        *,
        after: Key | None = None,
        before: Key | None = None,
        from_end: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> Page[R]:
        """One window of rows in display order.

        ``after``: the rows following that key; ``before``: the rows just above it; neither: from
        the top, or with ``from_end`` the last rows. ``offset`` skips that many rows further in the
        direction read (a jump: the caller knows no nearer key).
        """
        if after is not None and before is not None:
            raise InvalidInput("list.bad_window", "give either after or before, not both")
        if not 1 <= limit <= MAX_PAGE:
            raise InvalidInput("list.bad_limit", f"limit must be between 1 and {MAX_PAGE}", {"limit": limit})
        if offset < 0:
            raise InvalidInput("list.bad_offset", "offset must be 0 or more")
        with self.db.sessions() as session:
            plan = self._plan(session, actor, query)
            return self._page(session, plan, query, after, before, from_end, offset, limit)

    def _page(
        self,
        session: Session,
        plan: _Plan,
        query: ListQuery,
        after: Key | None,
        before: Key | None,
        from_end: bool,
        offset: int,
        limit: int,
    ) -> Page[R]:
        if plan.empty:
            return Page([], None, None, True)
        t = self.model.__table__
        forward = before is None and not from_end
        scan_desc = query.descending != (not forward)
        key = after if after is not None else before
        stmt = select(t, plan.raw_key.label("_key")).where(*plan.where)
        if key is not None:
            stmt = stmt.where(self._beyond(session, plan, key, scan_desc))
        order = (plan.sort_key.desc(), t.c.id.desc()) if scan_desc else (plan.sort_key.asc(), t.c.id.asc())
        stmt = stmt.order_by(*order).limit(limit).offset(offset or None)
        records = list(session.execute(stmt))
        at_end = len(records) < limit
        if not forward:
            records.reverse()
        if not records:
            return Page([], None, None, at_end)
        rows = self._rows(session, records)
        first = (records[0]._key, records[0].id)
        last = (records[-1]._key, records[-1].id)
        return Page(rows, first, last, at_end)

    def _beyond(self, session: Session, plan: _Plan, key: Key, desc: bool) -> ColumnElement[bool]:
        """Rows after ``key`` in the scan's order (the id breaks ties)."""
        value, ident = key
        if isinstance(value, datetime) and self._sqlite(session):
            value = value.strftime("%Y-%m-%d %H:%M:%S.%f")
        k, ids = plan.sort_key, self.model.__table__.c.id
        if not self._sqlite(session):
            from sqlalchemy import tuple_

            return tuple_(k, ids) < tuple_(value, ident) if desc else tuple_(k, ids) > tuple_(value, ident)
        # SQLite: the expanded form lets an expression index range-scan (row values would not).
        if desc:
            return and_(k <= value, or_(k < value, ids < ident))
        return and_(k >= value, or_(k > value, ids > ident))

    def count(self, actor: Actor, query: ListQuery, *, exact: bool = False) -> RowCount:
        with self.db.sessions() as session:
            plan = self._plan(session, actor, query)
            return self._count(session, plan, exact)

    def _count(self, session: Session, plan: _Plan, exact: bool) -> RowCount:
        if plan.empty:
            return RowCount(0, True)
        t = self.model.__table__
        if exact:
            total = session.scalar(select(func.count()).select_from(t).where(*plan.counted))
            return RowCount(int(total or 0), True)
        if plan.many or not self._sqlite(session):
            # Far above the cap, the estimate is the answer (PostgreSQL: the planner's; SQLite:
            # sampled, when the search index already found more than the cap): counting even the
            # first 10,000 matches of a common word costs more than the whole first page.
            estimate = self._estimate(session, plan)
            if estimate > (COUNT_CAP if plan.many else FAR_ABOVE_CAP):
                return RowCount(estimate, False)
        capped = select(literal_column("1")).select_from(t).where(*plan.counted).limit(COUNT_CAP + 1)
        bounded = int(session.scalar(select(func.count()).select_from(capped.subquery())) or 0)
        if bounded <= COUNT_CAP:
            return RowCount(bounded, True)
        estimate = self._estimate(session, plan)
        return RowCount(max(estimate, COUNT_CAP + 1), False)

    def _estimate(self, session: Session, plan: _Plan) -> int:
        t = self.model.__table__
        if not self._sqlite(session):
            # The planner's row estimate (pg_class.reltuples scaled to the table's current size,
            # times the selectivity of the conditions): a millisecond, whatever the table's size.
            stmt = select(t.c.id).where(*plan.counted)
            compiled = stmt.compile(session.get_bind(), compile_kwargs={"render_postcompile": True})
            explain = (
                session.connection()
                .exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params)
                .scalar()
            )
            plan_doc = explain if isinstance(explain, list) else json.loads(explain)
            return int(plan_doc[0]["Plan"]["Plan Rows"])
        return self._sampled(session, plan.plain)

    def _sampled(self, session: Session, conditions: list[ColumnElement[bool]]) -> int:
        """SQLite: the rows matching ``conditions``, estimated as the id span (merchants and stores
        are never deleted) times the share of matches in a few chunks of rows spread over it."""
        t = self.model.__table__
        # Two statements: SQLite answers a lone min() or max() from the index, both together by a scan.
        low = session.scalar(select(func.min(t.c.id)))
        high = session.scalar(select(func.max(t.c.id)))
        if low is None or high is None:
            return 0
        span = int(high) - int(low) + 1
        if not conditions:
            return span
        matched = sampled = 0
        step = max(1, span // SAMPLE_CHUNKS)
        size = min(SAMPLE_CHUNK, step)
        for i in range(SAMPLE_CHUNKS):
            start = int(low) + i * step
            chunk = select(t).where(t.c.id >= start).order_by(t.c.id).limit(size).subquery()
            moved = [_rebind(c, t, chunk) for c in conditions]
            rows, hits = session.execute(
                select(func.count(), func.count().filter(and_(*moved))).select_from(chunk)
            ).one()
            sampled += int(rows or 0)
            matched += int(hits or 0)
        return int(span * matched / sampled) if sampled else span

    def open(self, actor: Actor, query: ListQuery, *, limit: int = 100) -> Window[R]:
        """The count (estimated) and the first page: what a list shows first, in one round trip."""
        if not 1 <= limit <= MAX_PAGE:
            raise InvalidInput("list.bad_limit", f"limit must be between 1 and {MAX_PAGE}", {"limit": limit})
        with self.db.sessions() as session:
            plan = self._plan(session, actor, query)
            page = self._page(session, plan, query, None, None, False, 0, limit)
            if page.at_end:  # everything fits in the first page: that is the exact count
                return Window(RowCount(len(page.rows), True), page)
            return Window(self._count(session, plan, False), page)

    # -- writing -----------------------------------------------------------------------------------------
    def _set_status(self, actor: Actor, code: str, reason: str | None, suspend: bool) -> R:
        action = f"{self.kind}s.{'suspend' if suspend else 'reactivate'}"
        draft = AuditDraft(
            action, {self.kind: code, "reason": (reason or "").strip()}, subject=f"{self.kind}:{code}"
        )
        with audited(self.db, actor, draft) as session:
            actor.require("merchants.suspend")
            text = _reason(reason)
            t = self.model
            stmt = select(t).where(t.code == code)
            if not self._sqlite(session):
                stmt = stmt.with_for_update()
            record = session.scalar(stmt)
            if record is None:
                raise NotFound(f"{self.kind}.not_found", f"no {self.kind} {code!r}", {self.kind: code})
            platforms = self._platforms_of(session, record)
            draft.platforms = [c for _, c in platforms]
            _require_every(actor, "merchants.suspend", platforms, f"{self.kind} {code}")
            if suspend and record.status == TenantStatus.SUSPENDED:
                raise Refused(
                    f"{self.kind}.already_suspended",
                    f"{self.kind} {code} is already suspended ({record.suspended_reason or 'no reason'})",
                    {self.kind: code},
                )
            if not suspend and record.status != TenantStatus.SUSPENDED:
                raise Refused(
                    f"{self.kind}.not_suspended", f"{self.kind} {code} is not suspended", {self.kind: code}
                )
            record.status = TenantStatus.SUSPENDED if suspend else TenantStatus.ACTIVE
            record.suspended_reason = text if suspend else None
            draft.message = f"{'suspended' if suspend else 'reactivated'} {self.kind} {code}: {text}"
            session.flush()
            row = session.execute(
                select(self.model.__table__, literal_column("NULL").label("_key")).where(
                    self.model.__table__.c.id == record.id
                )
            ).one()
            return self._rows(session, [row])[0]

    def _platforms_of(self, session: Session, record: Any) -> list[tuple[int, str]]:
        raise NotImplementedError


def _rebind(condition: ColumnElement[bool], source: Any, target: Any) -> ColumnElement[bool]:
    """``condition`` written against ``source``'s columns, moved to ``target`` (a sample subquery)."""
    from sqlalchemy.sql.util import ClauseAdapter

    return ClauseAdapter(target).traverse(condition)


def _require_every(actor: Actor, permission: str, platforms: list[tuple[int, str]], what: str) -> None:
    """Every platform concerned must be the actor's (own-scoped roles); none at all: only all-scoped."""
    if actor.scope(permission) is Scope.OWN and not platforms:
        raise PermissionDenied(
            "permission.denied",
            f"{actor.name} ({actor.role}) may not {permission}: {what} is on none of their platforms",
            {"permission": permission, "actor": actor.name, "role": actor.role.value, "platform": None},
        )
    actor.require_all(permission, platforms)


class MerchantService(_Directory[MerchantRow]):
    model = Merchant
    kind = "merchant"
    fts_table = "merchants_search"
    fts_columns = ("email",)

    def _restrict(self, session: Session, own: frozenset[int]) -> ColumnElement[bool]:
        return Merchant.__table__.c.id.in_(select(Store.merchant_id).where(Store.platform_id.in_(own)))

    def _filters(self, session: Session, query: ListQuery) -> list[ColumnElement[bool]]:
        if query.merchant:
            raise InvalidInput("list.bad_filter", "--merchant filters stores, not merchants")
        if not query.platforms:
            return []
        ids = _platform_ids(session, query.platforms)
        return [Merchant.__table__.c.id.in_(select(Store.merchant_id).where(Store.platform_id.in_(ids)))]

    def _field(self, session: Session, kind: SearchKind, term: str) -> _Condition:
        if kind is SearchKind.DOMAIN:
            return self._by_store_domain(session, term)
        return super()._field(session, kind, term)

    def _by_store_domain(self, session: Session, term: str) -> _Condition:
        """Merchants with a store whose domain contains ``term`` (a merchant's domains are its
        stores' domains)."""
        t, s = Merchant.__table__, Store.__table__
        found = StoreService(self.db)._field(session, SearchKind.DOMAIN, term)
        probe = exists(select(s.c.id).where(s.c.merchant_id == t.c.id, found.plain))
        if found.indexed is found.plain and self._sqlite(session):
            return _Condition(probe, probe)  # many: per merchant, probe its stores (few) while scanning
        return _Condition(t.c.id.in_(select(s.c.merchant_id).where(found.indexed)), probe)

    def _rows(self, session: Session, records: list[Any]) -> list[MerchantRow]:
        ids = [r.id for r in records]
        counts = dict(
            session.execute(
                select(Store.merchant_id, func.count())
                .where(Store.merchant_id.in_(ids))
                .group_by(Store.merchant_id)
            ).all()
        )
        return [
            MerchantRow(
                r.id,
                r.code,
                r.name,
                r.email,
                r.phone,
                r.status,
                r.suspended_reason,
                _utc(r.created_at),
                int(counts.get(r.id, 0)),
            )
            for r in records
        ]

    def _platforms_of(self, session: Session, record: Any) -> list[tuple[int, str]]:
        rows = session.execute(
            select(Platform.id, Platform.code)
            .where(Platform.id.in_(select(Store.platform_id).where(Store.merchant_id == record.id)))
            .order_by(Platform.code)
        ).all()
        return [(pid, code) for pid, code in rows]

    def suspend(self, actor: Actor, code: str, reason: str | None) -> MerchantRow:
        """Suspend a merchant (its stores keep their own status); a reason is required; audited."""
        return self._set_status(actor, code, reason, True)

    def reactivate(self, actor: Actor, code: str, reason: str | None) -> MerchantRow:
        return self._set_status(actor, code, reason, False)

    def detail(self, actor: Actor, code: str) -> Detail:
        actor.require("merchants.view")
        with self.db.sessions() as session:
            merchant = session.scalar(select(Merchant).where(Merchant.code == code))
            if merchant is None:
                raise NotFound("merchant.not_found", f"no merchant {code!r}", {"merchant": code})
            own = actor.platform_filter("merchants.view")
            store_filter = [Store.merchant_id == merchant.id]
            if own is not None:
                store_filter.append(Store.platform_id.in_(own))
                visible = session.scalar(select(func.count()).select_from(Store).where(*store_filter))
                if not visible:
                    raise PermissionDenied(
                        "permission.denied",
                        f"{actor.name} ({actor.role}) may not view merchant {code}: "
                        "none of its stores is on their platforms",
                        {"permission": "merchants.view", "merchant": code},
                    )
            row = self._rows(session, [_record(merchant)])[0]
            detail = Detail("merchant", row)
            detail.stores_total = int(
                session.scalar(select(func.count()).select_from(Store).where(*store_filter)) or 0
            )
            store_records = list(
                session.execute(
                    select(Store.__table__, literal_column("NULL").label("_key"))
                    .where(*store_filter)
                    .order_by(Store.code)
                    .limit(DETAIL_STORES)
                )
            )
            detail.stores = StoreService(self.db)._rows(session, store_records)
            detail.platforms = [
                PlatformInfo(pcode, pname, int(n))
                for pcode, pname, n in session.execute(
                    select(Platform.code, Platform.name, func.count(Store.id))
                    .join(Store, Store.platform_id == Platform.id)
                    .where(*store_filter)
                    .group_by(Platform.code, Platform.name)
                    .order_by(Platform.code)
                )
            ]
            store_ids = select(Store.id).where(*store_filter)
            _fill_activity(session, actor, detail, store_ids)
            return detail


class StoreService(_Directory[StoreRow]):
    model = Store
    kind = "store"
    fts_table = "stores_search"
    fts_columns = ("email", "domain")

    def _restrict(self, session: Session, own: frozenset[int]) -> ColumnElement[bool]:
        return Store.__table__.c.platform_id.in_(own)

    def _filters(self, session: Session, query: ListQuery) -> list[ColumnElement[bool]]:
        t = Store.__table__
        out = []
        if query.platforms:
            out.append(t.c.platform_id.in_(_platform_ids(session, query.platforms)))
        if query.merchant:
            merchant_id = session.scalar(select(Merchant.id).where(Merchant.code == query.merchant))
            if merchant_id is None:
                raise NotFound(
                    "merchant.not_found", f"no merchant {query.merchant!r}", {"merchant": query.merchant}
                )
            out.append(t.c.merchant_id == merchant_id)
        return out

    def _rows(self, session: Session, records: list[Any]) -> list[StoreRow]:
        merchant_ids = {r.merchant_id for r in records}
        platform_ids = {r.platform_id for r in records}
        merchants = {
            mid: (mcode, mname)
            for mid, mcode, mname in session.execute(
                select(Merchant.id, Merchant.code, Merchant.name).where(Merchant.id.in_(merchant_ids))
            )
        }
        platforms = dict(
            session.execute(select(Platform.id, Platform.code).where(Platform.id.in_(platform_ids))).all()
        )
        return [
            StoreRow(
                r.id,
                r.code,
                r.name,
                r.domain,
                r.email,
                r.status,
                r.suspended_reason,
                _utc(r.created_at),
                merchants.get(r.merchant_id, ("?", "?"))[0],
                merchants.get(r.merchant_id, ("?", "?"))[1],
                platforms.get(r.platform_id, "?"),
            )
            for r in records
        ]

    def _platforms_of(self, session: Session, record: Any) -> list[tuple[int, str]]:
        code = session.scalar(select(Platform.code).where(Platform.id == record.platform_id))
        return [(record.platform_id, code or "?")]

    def suspend(self, actor: Actor, code: str, reason: str | None) -> StoreRow:
        """Suspend a store; a reason is required; audited (subject ``store:<code>``)."""
        return self._set_status(actor, code, reason, True)

    def reactivate(self, actor: Actor, code: str, reason: str | None) -> StoreRow:
        return self._set_status(actor, code, reason, False)

    def detail(self, actor: Actor, code: str) -> Detail:
        actor.require("merchants.view")
        with self.db.sessions() as session:
            store = session.execute(
                select(Store.__table__, literal_column("NULL").label("_key")).where(Store.code == code)
            ).first()
            if store is None:
                raise NotFound("store.not_found", f"no store {code!r}", {"store": code})
            pcode = session.scalar(select(Platform.code).where(Platform.id == store.platform_id))
            actor.require("merchants.view", store.platform_id, pcode)
            row = self._rows(session, [store])[0]
            merchant = session.get(Merchant, store.merchant_id)
            assert merchant is not None
            detail = Detail("store", MerchantService(self.db)._rows(session, [_record(merchant)])[0], row)
            detail.stores, detail.stores_total = [row], 1
            pname = session.scalar(select(Platform.name).where(Platform.id == store.platform_id))
            detail.platforms = [PlatformInfo(pcode or "?", pname or "?", 1)]
            _fill_activity(session, actor, detail, select(Store.id).where(Store.id == store.id))
            return detail


def _record(merchant: Merchant) -> Any:
    """An ORM merchant shaped like a row of ``select(merchants)`` for :meth:`MerchantService._rows`."""

    class _R(NamedTuple):
        id: int
        code: str
        name: str
        email: str
        phone: str | None
        status: str
        suspended_reason: str | None
        created_at: datetime

    return _R(
        merchant.id,
        merchant.code,
        merchant.name,
        merchant.email,
        merchant.phone,
        merchant.status,
        merchant.suspended_reason,
        merchant.created_at,
    )


def _utc(value: datetime) -> datetime:
    from datetime import UTC

    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _platform_ids(session: Session, codes: Sequence[str]) -> list[int]:
    from core.services.platforms import resolve_platforms

    return [ref.id for ref in resolve_platforms(session, codes)]


def _fill_activity(session: Session, actor: Actor, detail: Detail, store_ids: Any) -> None:
    """Recent orders and payments (read-only, straight from their tables) and the audit trail."""
    from modules.customers.services import mask_email, pii_masked_for

    have = set(inspect(session.connection()).get_table_names())
    stores = dict(session.execute(select(Store.id, Store.code).where(Store.id.in_(store_ids))).all())
    platform_ids = set(session.scalars(select(Store.platform_id).where(Store.id.in_(store_ids)).distinct()))
    detail.pii_masked = any(pii_masked_for(actor, pid) for pid in platform_ids)
    if {"orders", "customers"} <= have:
        from modules.customers.models import Customer
        from modules.orders.models import Order

        rows = session.execute(
            select(Order, Platform.code, Customer.name, Customer.email)
            .join(Platform, Platform.id == Order.platform_id)
            .outerjoin(Customer, Customer.id == Order.customer_id)
            .where(Order.store_id.in_(store_ids))
            .order_by(Order.created_at.desc(), Order.id.desc())
            .limit(DETAIL_RECENT)
        ).all()
        detail.orders = [
            OrderInfo(
                o.id,
                o.number,
                stores.get(o.store_id, "?"),
                platform,
                o.status,
                o.total_minor,
                o.currency,
                _utc(o.created_at),
                o.customer_id,
                name,
                mask_email(email) if pii_masked_for(actor, o.platform_id) else email,
                o.payment_id,
            )
            for o, platform, name, email in rows
        ]
    if "payments" in have and actor.can("payments.view"):
        from modules.payments.models import Payment, Refund

        refunded = (
            select(func.coalesce(func.sum(Refund.amount_minor), 0))
            .where(Refund.payment_id == Payment.id, Refund.state == "succeeded")
            .scalar_subquery()
        )
        rows = session.execute(
            select(Payment, refunded.label("refunded"))
            .where(Payment.store_id.in_(store_ids))
            .order_by(Payment.created_at.desc(), Payment.id.desc())
            .limit(DETAIL_RECENT)
        ).all()
        detail.payments = [
            PaymentInfo(
                p.id,
                stores.get(p.store_id, "?"),
                p.gateway,
                p.gateway_payment_id,
                p.amount_minor,
                p.captured_minor,
                int(refunded or 0),
                p.currency,
                p.status,
                _utc(p.created_at),
            )
            for p, refunded in rows
        ]
    if actor.can("audit.view"):
        entries = list_entries(session, actor, AuditFilter(subject=detail.subject, limit=DETAIL_AUDIT))
        detail.audit = [entry_to_dict(e) for e in entries]
