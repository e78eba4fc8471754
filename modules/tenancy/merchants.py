"""The merchants and stores of the platform's tenants: their lists (:class:`Directory`), their
detail, suspension and reactivation, and the stores an order search finds
(:func:`stores_matching`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists, func, literal_column, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from core.actor import Actor
from core.db import Database
from core.errors import InvalidInput, NotFound, PermissionDenied
from core.models import Platform
from core.paging import as_utc
from core.search import MIN_CONTAINS
from core.services.platforms import resolve_platforms
from modules.tenancy.detail import DETAIL_STORES, fill_activity
from modules.tenancy.directory import Directory
from modules.tenancy.models import Merchant, Store
from modules.tenancy.query import Condition, ListQuery, SearchKind
from modules.tenancy.rows import Detail, MerchantRow, PlatformInfo, StoreRow


class MerchantService(Directory[MerchantRow]):
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

    def _field(self, session: Session, kind: SearchKind, term: str) -> Condition:
        if kind is SearchKind.DOMAIN:
            return self._by_store_domain(session, term)
        return super()._field(session, kind, term)

    def _by_store_domain(self, session: Session, term: str) -> Condition:
        """Merchants with a store whose domain contains ``term`` (a merchant's domains are its
        stores' domains)."""
        t, s = Merchant.__table__, Store.__table__
        found = StoreService(self.db)._field(session, SearchKind.DOMAIN, term)
        probe = exists(select(s.c.id).where(s.c.merchant_id == t.c.id, found.plain))
        if found.indexed is found.plain and self._sqlite(session):
            return Condition(probe, probe)  # many: per merchant, probe its stores (few) while scanning
        return Condition(t.c.id.in_(select(s.c.merchant_id).where(found.indexed)), probe)

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
                as_utc(r.created_at),
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

    def detail(self, actor: Actor, code: str) -> Detail:
        actor.require("merchants.view")
        with self.db.sessions() as session:
            merchant = session.execute(select(Merchant.__table__).where(Merchant.code == code)).first()
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
            row = self._rows(session, [merchant])[0]
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
            fill_activity(session, actor, detail, self.registry, store_ids)
            return detail


class StoreService(Directory[StoreRow]):
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
                as_utc(r.created_at),
                merchants.get(r.merchant_id, ("?", "?"))[0],
                merchants.get(r.merchant_id, ("?", "?"))[1],
                platforms.get(r.platform_id, "?"),
            )
            for r in records
        ]

    def _platforms_of(self, session: Session, record: Any) -> list[tuple[int, str]]:
        code = session.scalar(select(Platform.code).where(Platform.id == record.platform_id))
        return [(record.platform_id, code or "?")]

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
            merchant = session.execute(
                select(Merchant.__table__).where(Merchant.id == store.merchant_id)
            ).one()
            detail = Detail("store", MerchantService(self.db)._rows(session, [merchant])[0], row)
            detail.stores, detail.stores_total = [row], 1
            pname = session.scalar(select(Platform.name).where(Platform.id == store.platform_id))
            detail.platforms = [PlatformInfo(pcode or "?", pname or "?", 1)]
            fill_activity(session, actor, detail, self.registry, select(Store.id).where(Store.id == store.id))
            return detail


def _platform_ids(session: Session, codes: Sequence[str]) -> list[int]:
    return [ref.id for ref in resolve_platforms(session, codes)]


def stores_matching(db: Database, session: Session, term: str) -> list[Any]:
    """SELECTs of the ids of the stores a search ``term`` (normalised) finds: by the store's own
    name, code, e-mail or domain, and by its merchant's (three characters or more: anywhere, through
    the search indexes; fewer: a prefix of the name or the code)."""
    stores, merchants = StoreService(db), MerchantService(db)
    if len(term) >= MIN_CONTAINS:
        by_store = stores.contains(session, term).indexed
        by_merchant = merchants.contains(session, term).indexed
    else:
        by_store = or_(stores.name_prefix(session, term), stores.code_prefix(session, term))
        by_merchant = or_(merchants.name_prefix(session, term), merchants.code_prefix(session, term))
    owned = select(Store.id).where(Store.merchant_id.in_(select(Merchant.id).where(by_merchant)))
    return [select(Store.id).where(by_store), owned]
