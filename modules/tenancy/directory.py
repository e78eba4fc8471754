"""Merchants and stores as lists for support staff: windowed, searched, counted; suspension.

Lists are windows over millions of rows, read by keyset (never a large OFFSET, never a COUNT of
everything; the primitives are ``core.paging``'s):

* sorted by an indexed column -- ``code``, ``name`` (case-insensitive) or ``created_at`` -- with
  ``id`` as the tie-breaker, ascending or descending; the key of a row is ``(sort value, id)``;
* :meth:`Directory.page` reads forward after a key, backward before a key (the rows just above
  it), or from the end ("jump to the last row" reads only the last page); an ``offset`` (a jump
  into the middle) counts from the nearest key the caller knows;
* counts are estimates (:class:`RowCount`): a bounded count up to :data:`COUNT_CAP` is exact; past
  it PostgreSQL's planner estimate (``EXPLAIN``, built on ``pg_class.reltuples``), or on SQLite the
  id span (merchants and stores are suspended, never deleted, so ids stay dense) times the share
  of matching rows in a sample; an exact count only on demand.

Search (:mod:`modules.tenancy.query`): ``any`` finds the text anywhere in the search column
through pg_trgm (``LIKE '%x%'``) or SQLite's FTS5 trigram table; one or two characters (too short
for trigrams) match a prefix of the name or the code, as index ranges. The name sort orders by
the search column too (the folded name first). On SQLite a search matching a large share of the
rows scans the sorted index instead (the first page is found at once), a rare one reads the
search index.

Permissions are checked here: ``merchants.view`` to read (a platform admin sees the stores on their
own platforms and the merchants owning one), ``merchants.suspend`` to suspend and reactivate
(a platform admin: only when every platform concerned is theirs), both with a required reason and
audited with subject ``merchant:<code>`` / ``store:<code>``.
"""

from __future__ import annotations

import math
from typing import Any, Generic, TypeVar

from sqlalchemy import String, and_, func, literal_column, or_, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from core.actor import Actor
from core.db import Database
from core.errors import InvalidInput, NotFound, PermissionDenied, Refused
from core.paging import (
    COUNT_CAP,
    Key,
    Page,
    RowCount,
    Window,
    beyond,
    capped_count,
    check_limit,
    check_window,
    planner_estimate,
)
from core.registry import ModuleRegistry
from core.roles import Scope
from core.search import LIKE_ESCAPE, MIN_CONTAINS, contains_pattern, normalise
from core.services.audit import AuditDraft, audited
from modules.tenancy.models import TenantStatus
from modules.tenancy.query import (
    SORTS,
    Condition,
    ListQuery,
    Plan,
    SearchKind,
    check_key,
    field_contains,
    prefix_range,
    rebind,
    trigram_table,
    unindexed,
)

FAR_ABOVE_CAP = 2 * COUNT_CAP  # PostgreSQL: a planner estimate above this is not checked by counting
SAMPLE_CHUNKS = 4
SAMPLE_CHUNK = 2500
DENSE_PROBE = 10_000  # SQLite: a search with this many matches scans the sorted index instead
FEW_MATCHES = 200  # SQLite: fewer trigram-index matches than this is a rare search (no sampling)
REASON_MAX = 500

R = TypeVar("R")


class Directory(Generic[R]):
    """Listing, counting and the keyset for one table (merchants or stores)."""

    model: Any
    kind: str  # merchant | store
    fts_table: str
    fts_columns: tuple[str, ...]

    def __init__(self, db: Database, registry: ModuleRegistry | None = None) -> None:
        self.db = db
        self.registry = registry  # whose modules contribute to a detail; None: the installed ones

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

    def _plan(self, session: Session, actor: Actor, query: ListQuery) -> Plan:
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
            return Plan(where, counted, plain, sort_key, raw_key, empty, found.many)
        return Plan(where, counted, plain, sort_key, raw_key, empty)

    def _search(
        self, session: Session, query: ListQuery, kind: SearchKind, term: str, others: list[Any]
    ) -> Condition:
        """The search's condition; ``others``: the filters that go with it."""
        if kind is SearchKind.ANY and len(term) >= MIN_CONTAINS:
            return self.contains(session, term)
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
        by_name, by_code = self.name_prefix(session, term), self.code_prefix(session, term)
        if kind is SearchKind.NAME:
            condition, searched = by_name, "name"
        elif kind is SearchKind.CODE:
            condition, searched = by_code, "code"
        else:
            condition, searched = or_(by_name, by_code), None
        if self._sqlite(session) and query.sort != searched and self._dense(session, [*others, condition]):
            # Many matches sorted by another column: scanning that column's index finds a page at
            # once, while SQLite would read every match through the search index and sort them.
            return Condition(unindexed(condition), condition, True)
        return Condition(condition, condition)

    def name_prefix(self, session: Session, term: str) -> ColumnElement[bool]:
        column = self.model.__table__.c.search_text
        return prefix_range(column if self._sqlite(session) else column.collate("C"), term)

    def code_prefix(self, session: Session, term: str) -> ColumnElement[bool]:
        column = self.model.__table__.c.code
        return prefix_range(column if self._sqlite(session) else column.collate("C"), term.upper())

    def contains(self, session: Session, term: str) -> Condition:
        """Any field (the search column) containing ``term`` (normalised): its trigram index, unless
        too many rows match for the index to be worth reading (SQLite; PostgreSQL's planner chooses)."""
        t = self.model.__table__
        if not self._sqlite(session):
            condition = t.c.search_text.like(contains_pattern(term), escape=LIKE_ESCAPE)
            return Condition(condition, condition)
        plain = func.instr(t.c.search_text, term) > 0
        search = trigram_table(self.fts_table, "search_text")
        # LIKE on an FTS5 trigram table uses its index; '_' and '%' would be wildcards there,
        # so the plain condition keeps the result exact.
        matches = select(search.c.rowid).where(search.c.search_text.like(f"%{term}%"))
        indexed = and_(t.c.id.in_(matches), plain)
        few = select(func.count()).select_from(matches.limit(FEW_MATCHES).subquery())
        if int(session.scalar(few) or 0) < FEW_MATCHES:
            return Condition(indexed, plain)  # rare (an e-mail, a code): the index, at once
        # Many matches? A sample, not the index: a common word's trigrams (".ex", "exa") have
        # doclists as long as the table, and counting 10,000 matches through them costs more
        # than the page itself. Scanning the sorted index wins from about sqrt(page * rows)
        # matches (see _dense).
        expected, rows = self._sampled(session, [plain]), self._sampled(session, [])
        if expected >= min(DENSE_PROBE, math.sqrt(100 * rows)):
            # Common: the sorted scan finds a page at once; counting (when not estimated) reads
            # the search index rather than scanning the table.
            return Condition(plain, plain, expected >= DENSE_PROBE, indexed)
        return Condition(indexed, plain)

    def _field(self, session: Session, kind: SearchKind, term: str) -> Condition:
        """E-mail or domain containing ``term``: the search column's index, then the field."""
        column = self.model.__table__.c.email if kind is SearchKind.EMAIL else self.model.__table__.c.domain
        within = field_contains(session, column, term)
        found = self.contains(session, term)
        if found.indexed is found.plain:
            condition = and_(found.plain, within)
            return Condition(condition, condition)  # not ``many``: the field may match fewer
        return Condition(and_(found.indexed, within), and_(found.plain, within))

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
        check_window(after, before, offset, limit)
        with self.db.sessions() as session:
            plan = self._plan(session, actor, query)
            key = after if after is not None else before
            if key is not None:
                check_key(key, query.sort, self._sqlite(session))
            return self._page(session, plan, query, after, before, from_end, offset, limit)

    def _page(
        self,
        session: Session,
        plan: Plan,
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
            stmt = stmt.where(beyond(plan.sort_key, t.c.id, key, scan_desc, self._sqlite(session)))
        order = (plan.sort_key.desc(), t.c.id.desc()) if scan_desc else (plan.sort_key.asc(), t.c.id.asc())
        # One row more than the page: whether more follow, without a last empty page.
        stmt = stmt.order_by(*order).limit(limit + 1).offset(offset or None)
        records = list(session.execute(stmt))
        at_end = len(records) <= limit
        records = records[:limit]
        if not forward:
            records.reverse()
        if not records:
            return Page([], None, None, at_end)
        rows = self._rows(session, records)
        first = (records[0]._key, records[0].id)
        last = (records[-1]._key, records[-1].id)
        return Page(rows, first, last, at_end)

    def count(self, actor: Actor, query: ListQuery, *, exact: bool = False) -> RowCount:
        with self.db.sessions() as session:
            plan = self._plan(session, actor, query)
            return self._count(session, plan, exact)

    def _count(self, session: Session, plan: Plan, exact: bool) -> RowCount:
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
        bounded = capped_count(session, t, plan.counted, COUNT_CAP)
        if bounded <= COUNT_CAP:
            return RowCount(bounded, True)
        estimate = self._estimate(session, plan)
        return RowCount(max(estimate, COUNT_CAP + 1), False)

    def _estimate(self, session: Session, plan: Plan) -> int:
        t = self.model.__table__
        if not self._sqlite(session):
            return planner_estimate(session, select(t.c.id).where(*plan.counted))
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
            moved = [rebind(c, chunk) for c in conditions]
            rows, hits = session.execute(
                select(func.count(), func.count().filter(and_(*moved))).select_from(chunk)
            ).one()
            sampled += int(rows or 0)
            matched += int(hits or 0)
        return int(span * matched / sampled) if sampled else span

    def open(self, actor: Actor, query: ListQuery, *, limit: int = 100) -> Window[R]:
        """The count (estimated) and the first page: what a list shows first, in one round trip."""
        check_limit(limit)
        with self.db.sessions() as session:
            plan = self._plan(session, actor, query)
            page = self._page(session, plan, query, None, None, False, 0, limit)
            if page.at_end:  # everything fits in the first page: that is the exact count
                return Window(RowCount(len(page.rows), True), page)
            return Window(self._count(session, plan, False), page)

    # -- writing -----------------------------------------------------------------------------------------
    def suspend(self, actor: Actor, code: str, reason: str | None, *, dry_run: bool = False) -> R:
        """Suspend a merchant or a store (a merchant's stores keep their own status); a reason is
        required; audited (subject ``merchant:<code>`` / ``store:<code>``). ``dry_run``: every
        check (the row lock's read included), then the row as it would be; nothing written, not
        audited."""
        return self._set_status(actor, code, reason, True, dry_run)

    def reactivate(self, actor: Actor, code: str, reason: str | None, *, dry_run: bool = False) -> R:
        return self._set_status(actor, code, reason, False, dry_run)

    def _set_status(self, actor: Actor, code: str, reason: str | None, suspend: bool, dry_run: bool) -> R:
        action = f"{self.kind}s.{'suspend' if suspend else 'reactivate'}"
        draft = AuditDraft(
            action, {self.kind: code, "reason": (reason or "").strip()}, subject=f"{self.kind}:{code}"
        )
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
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
            status = TenantStatus.SUSPENDED if suspend else TenantStatus.ACTIVE
            if not dry_run:
                record.status = status
                record.suspended_reason = text if suspend else None
                draft.message = f"{'suspended' if suspend else 'reactivated'} {self.kind} {code}: {text}"
                session.flush()
            row = session.execute(
                select(self.model.__table__, literal_column("NULL").label("_key")).where(
                    self.model.__table__.c.id == record.id
                )
            ).one()
            shown = self._rows(session, [row])[0]
            if dry_run:  # the row as the change would leave it
                return shown._replace(status=status.value, suspended_reason=text if suspend else None)
            return shown

    def _platforms_of(self, session: Session, record: Any) -> list[tuple[int, str]]:
        raise NotImplementedError


def _require_every(actor: Actor, permission: str, platforms: list[tuple[int, str]], what: str) -> None:
    """Every platform concerned must be the actor's (own-scoped roles); none at all: only all-scoped."""
    if actor.scope(permission) is Scope.OWN and not platforms:
        raise PermissionDenied(
            "permission.denied",
            f"{actor.name} ({actor.role}) may not {permission}: {what} is on none of their platforms",
            {
                "permission": permission,
                "actor": actor.name,
                "role": actor.role.value,
                "platform": None,
                # what is "merchant CODE" or "store CODE": the kind names the key, as in other details
                what.partition(" ")[0]: what.partition(" ")[2],
            },
        )
    actor.require_all(permission, platforms)


def _reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise InvalidInput("tenancy.reason_required", "a reason is required (--reason TEXT)")
    if len(text) > REASON_MAX:
        raise InvalidInput(
            "tenancy.bad_reason",
            f"the reason is limited to {REASON_MAX} characters",
            {"max": REASON_MAX, "length": len(text)},
        )
    return text
