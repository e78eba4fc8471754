"""Merchants, stores and customers for support staff, on SQLite and PostgreSQL (no mocks)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text, update

import modules.tenancy.directory as tenancy  # where the lists read COUNT_CAP and friends
from core.actor import Actor
from core.db import Database, utcnow
from core.demo import SeedSpec, seed
from core.errors import InvalidInput, NotFound, PermissionDenied, Refused
from core.models import AuditEntry, Platform
from core.roles import Role
from core.search import normalise, search_text
from modules.customers.models import Customer
from modules.customers.services import CustomerService, mask_address, mask_email, mask_phone
from modules.tenancy.models import Merchant, Store
from modules.tenancy.services import (
    ListQuery,
    MerchantService,
    StoreService,
    decode_cursor,
    encode_cursor,
)

SPEC = SeedSpec(platforms=6, merchants=30, stores=400, orders=90, seed=3)
CLI = Actor.cli()
SUPPORT = Actor("admin:sam", Role.SUPPORT)
OPERATOR = Actor("admin:otto", Role.OPERATOR)


@pytest.fixture
def seeded(db: Database) -> Database:
    seed(db, SPEC)
    return db


def all_stores(db: Database) -> list[Store]:
    with db.sessions() as session:
        return list(session.scalars(select(Store)))


def platform_admin(db: Database, *codes: str) -> Actor:
    with db.sessions() as session:
        ids = session.scalars(select(Platform.id).where(Platform.code.in_(codes))).all()
    return Actor("admin:pat", Role.PLATFORM_ADMIN, own_platform_ids=frozenset(ids))


def expected(rows: list[Any], sort: str, descending: bool) -> list[str]:
    keys = {
        "code": lambda r: (r.code, r.id),
        "name": lambda r: (r.search_text, r.id),  # the folded name first
        "created_at": lambda r: (r.created_at, r.id),
    }
    return [r.code for r in sorted(rows, key=keys[sort], reverse=descending)]


def walk_forward(service: Any, query: ListQuery, limit: int) -> list[str]:
    out: list[str] = []
    page = service.page(CLI, query, limit=limit)
    while True:
        out += [r.code for r in page.rows]
        if page.at_end:
            return out
        page = service.page(CLI, query, after=page.last_key, limit=limit)


def walk_backward(service: Any, query: ListQuery, limit: int) -> list[str]:
    out: list[str] = []
    page = service.page(CLI, query, from_end=True, limit=limit)
    while True:
        out = [r.code for r in page.rows] + out
        if page.at_end:
            return out
        page = service.page(CLI, query, before=page.first_key, limit=limit)


# -- keyset paging ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sort", ["code", "name", "created_at"])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_forward_and_backward_match_a_full_order_by(
    seeded: Database, sort: str, descending: bool
) -> None:
    stores = StoreService(seeded)
    with seeded.transaction() as session:  # ties on the sort column: the id must break them
        same = {"name": "Same Name", "search_text": "same name", "created_at": utcnow()}
        session.execute(update(Store).where(Store.id <= 40).values(**same))
    query = ListQuery(sort=sort, descending=descending)
    want = expected(all_stores(seeded), sort, descending)
    assert walk_forward(stores, query, 37) == want
    assert walk_backward(stores, query, 37) == want
    # A jump: an offset from the top, and from the end (read backwards).
    assert [r.code for r in stores.page(CLI, query, offset=150, limit=20).rows] == want[150:170]
    end = stores.page(CLI, query, from_end=True, offset=30, limit=20)
    assert [r.code for r in end.rows] == want[-50:-30]
    # From a key in the middle, both ways.
    middle = stores.page(CLI, query, offset=200, limit=1)
    key = middle.first_key
    assert [r.code for r in stores.page(CLI, query, after=key, limit=5).rows] == want[201:206]
    assert [r.code for r in stores.page(CLI, query, before=key, limit=5).rows] == want[195:200]


def test_keyset_with_filters_and_merchants(seeded: Database) -> None:
    stores, merchants = StoreService(seeded), MerchantService(seeded)
    rows = all_stores(seeded)
    pid = rows[0].platform_id
    with seeded.sessions() as session:
        pcode = session.scalar(select(Platform.code).where(Platform.id == pid))
        merchant_rows = list(session.scalars(select(Merchant)))
    query = ListQuery(sort="name", platforms=(pcode,))
    want = expected([r for r in rows if r.platform_id == pid], "name", False)
    assert walk_forward(stores, query, 9) == want and walk_backward(stores, query, 9) == want
    query = ListQuery(sort="created_at", descending=True)
    assert walk_forward(merchants, query, 7) == expected(merchant_rows, "created_at", True)
    assert walk_backward(merchants, query, 7) == expected(merchant_rows, "created_at", True)
    mine = stores.open(CLI, ListQuery(merchant="M0000003"), limit=500)
    assert {r.merchant for r in mine.page.rows} == {"M0000003"} and mine.count.exact
    assert mine.count.value == sum(1 for r in rows if r.merchant_id == 3)
    with pytest.raises(NotFound):
        stores.open(CLI, ListQuery(merchant="M9999999"))
    with pytest.raises(NotFound):
        stores.open(CLI, ListQuery(platforms=("nowhere",)))
    with pytest.raises(InvalidInput):
        stores.page(CLI, ListQuery(sort="domain"))
    with pytest.raises(InvalidInput):
        stores.page(CLI, ListQuery(status="closed"))


def test_status_filter_and_suspended_rows(seeded: Database) -> None:
    stores = StoreService(seeded)
    for code in ("S00000007", "S00000100", "S00000250"):
        stores.suspend(CLI, code, "chargebacks")
    suspended = stores.open(CLI, ListQuery(status="suspended"))
    assert [r.code for r in suspended.page.rows] == ["S00000007", "S00000100", "S00000250"]
    assert suspended.count.value == 3 and suspended.count.exact
    assert all(r.suspended_reason == "chargebacks" for r in suspended.page.rows)
    active = stores.count(CLI, ListQuery(status="active"), exact=True)
    assert active.value == SPEC.stores - 3


# -- search ----------------------------------------------------------------------------------------
def test_normalise_folds_accents_case_and_spaces() -> None:
    assert normalise("  Café   MÜLLER ") == "cafe muller"
    assert normalise("Straße") == normalise("STRASSE") == "strasse"
    assert normalise("\uff37\uff49\uff4c\uff54\uff5a") == "wiltz"  # full-width forms too
    assert normalise(None) == "" and normalise("") == ""
    assert search_text("Crème Brûlée", "M0001", None) == "creme brulee\nm0001\n"


def test_search_by_each_kind(seeded: Database) -> None:
    stores, merchants = StoreService(seeded), MerchantService(seeded)
    rows = all_stores(seeded)

    def codes(service: Any, search: str, kind: str = "any", sort: str = "code") -> list[str]:
        window = service.open(CLI, ListQuery(search=search, search_kind=kind, sort=sort), limit=1000)
        assert window.count.exact and window.count.value == len(window.page.rows)
        return [r.code for r in window.page.rows]

    prefix = rows[5].name.split()[0][:3].upper()  # case-insensitive prefix
    assert codes(stores, prefix, "name") == sorted(
        r.code for r in rows if r.name.lower().startswith(prefix.lower())
    )
    assert codes(stores, prefix, "name", sort="name") == expected(
        [r for r in rows if r.name.lower().startswith(prefix.lower())], "name", False
    )
    assert codes(stores, "s0000002", "code") == sorted(r.code for r in rows if r.code.startswith("S0000002"))
    target = rows[123]
    assert codes(stores, f"shop{target.id}@") == [target.code]  # an e-mail fragment, any field
    assert codes(stores, f"SHOP{target.id}@", "email") == [target.code]
    assert codes(stores, f"-{target.id}.shop", "domain") == [target.code]
    assert codes(stores, f"-{target.id}.SHOP") == [target.code]  # a domain fragment, any field
    common = codes(stores, ".shop.example")  # every store: the dense path on SQLite
    assert len(common) == SPEC.stores
    assert codes(stores, "no-such-thing.example") == []
    assert codes(stores, "SHOP1@") == sorted(r.code for r in rows if "shop1@" in (r.email or ""))
    # Contains, not prefix: a word in the middle of the name, and a city.
    word = rows[7].name.split()[1]
    assert codes(stores, word.lower()) == sorted(
        r.code for r in rows if word.lower() in f"{r.name}\n{r.code}\n{r.email}\n{r.domain}".lower()
    )
    assert codes(stores, "WILTZ") == sorted(r.code for r in rows if "Wiltz" in r.name)
    # Merchants: name, code, e-mail; a domain finds the merchants owning a matching store.
    assert codes(merchants, "M000001", "code") == [f"M{i:07d}" for i in range(10, 20)]
    assert codes(merchants, "M000001") == [f"M{i:07d}" for i in range(10, 20)]
    m = MerchantService(seeded).page(CLI, ListQuery(), offset=4, limit=1).rows[0]
    assert codes(merchants, m.email[:12] + m.email[12:20]) == [m.code]
    assert codes(merchants, m.name) == [m.code]
    owner = next(r for r in rows if r.id == target.id).merchant_id
    assert codes(merchants, f"-{target.id}.shop", "domain") == [f"M{owner:07d}"]
    assert codes(merchants, f"-{target.id}.shop") == []  # any field: the merchant's own fields
    with pytest.raises(InvalidInput) as exc:
        stores.open(CLI, ListQuery(search="ab", search_kind="email"))
    assert exc.value.code == "search.too_short"
    with pytest.raises(InvalidInput):
        stores.open(CLI, ListQuery(search="x", search_kind="phone"))


def test_search_ignores_accents_and_case(seeded: Database) -> None:
    """Rows written through the models get their search column; queries are folded the same way."""
    stores, merchants = StoreService(seeded), MerchantService(seeded)
    with seeded.transaction() as session:
        owner = Merchant(code="M0900001", name="Café Größe Crème", email="Bonjour@Épicerie.example")
        session.add(owner)
        session.flush()
        session.add(
            Store(
                code="S09000001",
                merchant_id=owner.id,
                platform_id=1,
                name="Épicerie du Château",
                domain="chateau.example",
                email="hello@chateau.example",
            )
        )

    def found(service: Any, text: str, kind: str = "any") -> list[str]:
        return [r.code for r in service.open(CLI, ListQuery(search=text, search_kind=kind)).page.rows]

    assert found(merchants, "cafe") == ["M0900001"]  # accentless lower case
    assert found(merchants, "CAFÉ GRÖSSE") == ["M0900001"]  # ß folds to ss
    assert found(merchants, "epicerie.EXA") == ["M0900001"]  # an e-mail fragment
    assert found(stores, "chÂteau") == ["S09000001"]
    assert found(stores, "ép", "name") == ["S09000001"]  # a name prefix, accents folded
    assert found(merchants, "CAFE", "name") == ["M0900001"]
    # An ORM update writes the search column again.
    with seeded.transaction() as session:
        store = session.scalar(select(Store).where(Store.code == "S09000001"))
        store.name = "Boulangerie Müller"
    assert found(stores, "muller") == ["S09000001"] and found(stores, "chateau du") == []


def test_short_searches_match_prefixes(seeded: Database) -> None:
    """One or two characters are too short for trigrams: a prefix of the name or of the code."""
    stores = StoreService(seeded)
    rows = all_stores(seeded)
    for term in ("a", "Bl", "s0", "é"):
        window = stores.open(CLI, ListQuery(search=term), limit=1000)
        folded = normalise(term)
        assert sorted(r.code for r in window.page.rows) == sorted(
            r.code for r in rows if normalise(r.name).startswith(folded) or r.code.lower().startswith(folded)
        ), term
        assert window.page.rows or folded == "e"


@pytest.mark.parametrize("term", ["%", "_", "\\", "a%", "s_0", "%%%", "\\%"])
def test_search_wildcards_are_literal(seeded: Database, term: str) -> None:
    stores, merchants = StoreService(seeded), MerchantService(seeded)
    for service in (stores, merchants):
        for kind in ("any", "name", "code"):
            assert service.open(CLI, ListQuery(search=term, search_kind=kind)).page.rows == [], (term, kind)
    with seeded.transaction() as session:
        store = session.get(Store, 9)
        store.email = "we_are%odd\\x@x.example"
    for kind in ("any", "email"):
        found = stores.open(CLI, ListQuery(search="we_are%odd\\x", search_kind=kind))
        assert [r.code for r in found.page.rows] == ["S00000009"]
        assert stores.open(CLI, ListQuery(search="weXareYodd", search_kind=kind)).page.rows == []
        assert stores.open(CLI, ListQuery(search="we_are_odd", search_kind=kind)).page.rows == []


def test_sqlite_search_tables_follow_inserts_updates_and_deletes(sqlite_db: Database) -> None:
    seed(sqlite_db, SPEC)
    stores = StoreService(sqlite_db)
    with sqlite_db.transaction() as session:
        session.add(
            Store(
                code="S99999999",
                merchant_id=1,
                platform_id=1,
                name="Brand New",
                domain="brand-new.example",
                email="hello@brand-new.example",
            )
        )
        session.get(Store, 2).email = "renamed@other.example"
        session.execute(text("DELETE FROM stores WHERE id = 3"))
    with sqlite_db.engine.connect() as conn:
        rowids = (
            conn.exec_driver_sql(
                "SELECT rowid FROM stores_search WHERE search_text LIKE '%brand-new%' ORDER BY rowid"
            )
            .scalars()
            .all()
        )
        assert len(rowids) == 1
    assert [r.code for r in stores.open(CLI, ListQuery(search="hello@brand")).page.rows] == ["S99999999"]
    assert [r.code for r in stores.open(CLI, ListQuery(search="renamed@oth")).page.rows] == ["S00000002"]
    assert all(r.code != "S00000002" for r in stores.open(CLI, ListQuery(search="shop2@")).page.rows)
    assert all(r.code != "S00000003" for r in stores.open(CLI, ListQuery(search="shop3@")).page.rows)


# -- counts ----------------------------------------------------------------------------------------
def test_estimate_against_exact(seeded: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    stores = StoreService(seeded)
    monkeypatch.setattr(tenancy, "COUNT_CAP", 50)
    unfiltered = stores.count(CLI, ListQuery())
    assert not unfiltered.exact and abs(unfiltered.value - SPEC.stores) <= SPEC.stores * 0.2
    exact = stores.count(CLI, ListQuery(), exact=True)
    assert exact.exact and exact.value == SPEC.stores
    half = ListQuery(search=".shop.example")
    estimate = stores.count(CLI, half)
    assert not estimate.exact and 51 <= estimate.value <= SPEC.stores * 1.5
    hundred = stores.count(CLI, ListQuery(search="S000001"))
    assert not hundred.exact and 51 <= hundred.value <= 200
    few = stores.count(CLI, ListQuery(search="S0000001"))
    assert few.exact and few.value == 10
    window = stores.open(CLI, ListQuery(), limit=10)
    assert len(window.page.rows) == 10 and not window.count.exact
    whole = stores.open(CLI, ListQuery(search="S0000001"), limit=50)
    assert whole.count.exact and whole.count.value == 10


def test_common_searches_are_estimated_without_counting(
    seeded: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Far above the cap the estimate is the count (no bounded count of a common word's matches),
    and paging still reads every match exactly once."""
    stores = StoreService(seeded)
    for name, value in (("COUNT_CAP", 50), ("FAR_ABOVE_CAP", 100), ("DENSE_PROBE", 50)):
        monkeypatch.setattr(tenancy, name, value)
    from sqlalchemy import event

    counted: list[str] = []

    def spy(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "SELECT 1" in statement and "LIMIT" in statement:  # a bounded count (COUNT_CAP + 1)
            counted.append(statement)

    event.listen(seeded.engine, "before_cursor_execute", spy)
    try:
        everything = stores.count(CLI, ListQuery(search=".shop.example"))
    finally:
        event.remove(seeded.engine, "before_cursor_execute", spy)
    assert not everything.exact and SPEC.stores * 0.5 <= everything.value <= SPEC.stores * 1.5
    assert counted == []  # no bounded count of the matches
    assert len(walk_forward(stores, ListQuery(search=".shop.example"), 90)) == SPEC.stores


# -- suspend and reactivate ------------------------------------------------------------------------
def audit(db: Database, subject: str) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.subject == subject).order_by(AuditEntry.id))
        )


def test_suspend_and_reactivate_with_reason_and_audit(seeded: Database) -> None:
    merchants, stores = MerchantService(seeded), StoreService(seeded)
    row = merchants.suspend(SUPPORT, "M0000002", "  unpaid invoices  ")
    assert row.status == "suspended" and row.suspended_reason == "unpaid invoices"
    with pytest.raises(Refused) as exc:
        merchants.suspend(SUPPORT, "M0000002", "again")
    assert exc.value.code == "merchant.already_suspended"
    with pytest.raises(InvalidInput) as missing:
        merchants.reactivate(SUPPORT, "M0000002", "   ")
    assert missing.value.code == "tenancy.reason_required"
    row = merchants.reactivate(SUPPORT, "M0000002", "paid")
    assert row.status == "active" and row.suspended_reason is None
    entries = audit(seeded, "merchant:M0000002")
    assert [(e.action, e.outcome) for e in entries] == [
        ("merchants.suspend", "succeeded"),
        ("merchants.suspend", "refused"),
        ("merchants.reactivate", "invalid"),
        ("merchants.reactivate", "succeeded"),
    ]
    first = entries[0]
    assert first.actor == "admin:sam" and first.request == {
        "merchant": "M0000002",
        "reason": "unpaid invoices",
    }
    assert first.platform_codes.startswith(",demo-") and "unpaid invoices" in (first.message or "")
    assert stores.suspend(CLI, "S00000011", "phishing").status == "suspended"
    with pytest.raises(Refused):
        stores.reactivate(CLI, "S00000012", "was never suspended")
    with pytest.raises(NotFound):
        stores.suspend(CLI, "S77777777", "who?")
    assert [e.action for e in audit(seeded, "store:S00000011")] == ["stores.suspend"]


def test_suspension_permissions(seeded: Database) -> None:
    merchants, stores = MerchantService(seeded), StoreService(seeded)
    with pytest.raises(PermissionDenied):
        stores.suspend(OPERATOR, "S00000001", "no")
    with seeded.sessions() as session:
        store = session.scalar(select(Store).where(Store.code == "S00000001"))
        assert store is not None
        pcode = session.scalar(select(Platform.code).where(Platform.id == store.platform_id))
        other = session.scalar(select(Platform.code).where(Platform.id != store.platform_id).limit(1))
    assert pcode and other
    owner = platform_admin(seeded, pcode)
    stranger = platform_admin(seeded, other)
    assert stores.suspend(owner, "S00000001", "own platform").status == "suspended"
    with pytest.raises(PermissionDenied):
        stores.reactivate(stranger, "S00000001", "not mine")
    # A merchant: every platform of its stores must be the admin's.
    with pytest.raises(PermissionDenied):
        merchants.suspend(owner, f"M{store.merchant_id:07d}", "not all mine")
    every = platform_admin(seeded, *[f"demo-{i:05d}" for i in range(1, SPEC.platforms + 1)])
    assert merchants.suspend(every, f"M{store.merchant_id:07d}", "all mine").status == "suspended"
    with seeded.transaction() as session:  # a merchant without stores: only all-platform roles
        session.add(Merchant(code="M0999999", name="Lonely", email="l@x.example"))
    with pytest.raises(PermissionDenied):
        merchants.suspend(every, "M0999999", "no stores")
    assert merchants.suspend(SUPPORT, "M0999999", "no stores").status == "suspended"
    refused = [e for e in audit(seeded, "store:S00000001") if e.outcome == "refused"]
    assert refused and refused[0].error_code == "permission.denied"


def test_platform_admins_see_their_own(seeded: Database) -> None:
    stores, merchants = StoreService(seeded), MerchantService(seeded)
    admin = platform_admin(seeded, "demo-00002")
    rows = stores.open(admin, ListQuery(), limit=1000).page.rows
    assert rows and {r.platform for r in rows} == {"demo-00002"}
    visible = merchants.open(admin, ListQuery(), limit=1000).page.rows
    assert {m.code for m in visible} == {r.merchant for r in rows}
    everyone = merchants.open(CLI, ListQuery(), limit=1000).page.rows
    hidden = [m for m in everyone if m.code not in {v.code for v in visible}]
    assert hidden  # 6 platforms, 30 merchants: some have no store on demo-00002
    with pytest.raises(PermissionDenied):
        merchants.detail(admin, hidden[0].code)
    assert merchants.detail(admin, visible[0].code).stores_total >= 1
    nobody = Actor("admin:none", Role.PLATFORM_ADMIN)
    assert stores.open(nobody, ListQuery()).page.rows == []
    with pytest.raises(PermissionDenied):
        stores.open(OPERATOR, ListQuery())


# -- detail ----------------------------------------------------------------------------------------
def test_merchant_and_store_detail(seeded: Database) -> None:
    merchants, stores = MerchantService(seeded), StoreService(seeded)
    with seeded.sessions() as session:
        store_id, merchant_id = session.execute(
            text("SELECT o.store_id, s.merchant_id FROM orders o JOIN stores s ON s.id = o.store_id LIMIT 1")
        ).one()
    code = f"M{merchant_id:07d}"
    merchants.suspend(CLI, code, "review")
    detail = merchants.detail(SUPPORT, code)
    assert detail.merchant.code == code and detail.merchant.status == "suspended"
    assert detail.stores and all(s.merchant == code for s in detail.stores)
    assert detail.stores_total == len(detail.stores) == detail.merchant.stores
    assert sum(p.stores for p in detail.platforms) == detail.stores_total
    assert detail.orders and detail.payments
    assert all("***@" in (o.customer_email or "***@") for o in detail.orders)  # masked for support
    assert detail.payments[0].refunded_minor == 0
    assert detail.audit and detail.audit[0]["action"] == "merchants.suspend"
    clear = merchants.detail(CLI, code)
    assert all("***" not in (o.customer_email or "") for o in clear.orders or [])
    doc = detail.to_dict()
    assert doc["merchant"]["code"] == code and doc["orders"][0]["currency"]
    store_code = f"S{store_id:08d}"
    one = stores.detail(SUPPORT, store_code)
    assert one.store is not None and one.store.code == store_code and one.merchant.code == code
    assert one.orders and all(o.store == store_code for o in one.orders)
    assert one.audit == []
    with pytest.raises(NotFound):
        merchants.detail(SUPPORT, "M7777777")
    with pytest.raises(PermissionDenied):
        merchants.detail(OPERATOR, code)


# -- customers: masking and reveal -----------------------------------------------------------------
def test_masks() -> None:
    assert mask_email("anna.muller12@mail.example") == "a***@mail.example"
    assert mask_phone("+352 691 123412") == "+352 *** **12"
    assert mask_phone("0691 12 34 56") == "*** **56"
    assert mask_address("12 rue Alpine, L-1234 Luxembourg") == "***, Luxembourg"
    assert mask_email(None) is None and mask_phone("") == ""


def test_customers_masked_for_support_and_revealed_with_audit(seeded: Database) -> None:
    service = CustomerService(seeded)
    masked = service.list_customers(SUPPORT, limit=5)
    assert len(masked) == 5 and all(c.masked for c in masked)
    assert all(c.email and c.email.startswith(c.email[0] + "***@") for c in masked)
    assert all(c.phone and "***" in c.phone for c in masked)
    clear = service.list_customers(CLI, limit=5)
    assert not any(c.masked for c in clear) and clear[0].email and "***" not in clear[0].email
    revealed = service.reveal(SUPPORT, masked[0].id, "customer called about order")
    assert revealed.email == clear[0].email and revealed.phone == clear[0].phone and not revealed.masked
    with seeded.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "customers.reveal"))
    assert entry is not None and entry.subject == f"customer:{masked[0].id}" and entry.actor == "admin:sam"
    assert clear[0].email not in str(entry.request) and clear[0].email not in (entry.message or "")
    with pytest.raises(PermissionDenied):
        service.reveal(OPERATOR, masked[0].id)
    with pytest.raises(NotFound):
        service.reveal(SUPPORT, 10_000_000)
    # Customers of a merchant: those who ordered from its stores.
    with seeded.sessions() as session:
        merchant_id = session.execute(
            text("SELECT s.merchant_id FROM orders o JOIN stores s ON s.id = o.store_id LIMIT 1")
        ).scalar_one()
        expected_ids = set(
            session.execute(
                text(
                    "SELECT DISTINCT o.customer_id FROM orders o JOIN stores s ON s.id = o.store_id "
                    "WHERE s.merchant_id = :m"
                ),
                {"m": merchant_id},
            ).scalars()
        )
    mine = service.list_customers(SUPPORT, merchant=f"M{merchant_id:07d}", limit=500)
    assert {c.id for c in mine} == expected_ids
    with seeded.sessions() as session:
        first = session.scalar(select(Customer.id).order_by(Customer.id))
    assert [c.id for c in service.list_customers(SUPPORT, after_id=first, limit=2)] == [first + 1, first + 2]


def test_cursor_round_trip() -> None:
    from datetime import UTC, datetime

    for key in [
        ("abc", 3),
        (datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), 9),
        ("2025-01-02 03:04:05.000000", 1),
    ]:
        assert decode_cursor(encode_cursor(key) or "") == key
    with pytest.raises(InvalidInput):
        decode_cursor("not-a-cursor")


def _customer_on(db: Database, platform_code: str, *, other: bool = False) -> tuple[int, str]:
    """A customer (id, clear e-mail) on ``platform_code`` (or on any other platform)."""
    with db.sessions() as session:
        op = Platform.code != platform_code if other else Platform.code == platform_code
        row = session.execute(
            select(Customer.id, Customer.email, Platform.code)
            .join(Platform, Platform.id == Customer.platform_id)
            .where(op)
            .order_by(Customer.id)
            .limit(1)
        ).one()
    return row[0], row[1]


def test_personal_data_follows_the_view_permission(seeded: Database) -> None:
    """customers.pii.view: clear values, no reveal offered; without it: masked, and with
    customers.pii.reveal one record may be revealed (audited)."""
    service = CustomerService(seeded)
    own_code = "demo-00001"
    pat = platform_admin(seeded, own_code)
    own_id, own_email = _customer_on(seeded, own_code)
    foreign_id, _ = _customer_on(seeded, own_code, other=True)

    # super admin: clear everywhere, nothing to reveal
    rows = service.list_customers(Actor("admin:root", Role.SUPER_ADMIN), limit=50)
    assert rows and not any(r.masked or r.revealable for r in rows)
    # platform admin: clear on their own platform (their only one: merchants.view is OWN too)
    mine = service.list_customers(pat, limit=50)
    assert mine and {r.platform for r in mine} == {own_code}
    assert not any(r.masked or r.revealable for r in mine)
    assert next(r for r in mine if r.id == own_id).email == own_email
    # support: masked everywhere, each row revealable
    masked = service.list_customers(SUPPORT, limit=50)
    assert masked and all(r.masked and r.revealable and "***" in (r.email or "") for r in masked)
    # operator: not even the list
    with pytest.raises(PermissionDenied):
        service.list_customers(OPERATOR, limit=5)
    # reveal: support yes, the platform admin on their own platform only, operator never
    assert service.reveal(SUPPORT, own_id, "asked by phone").email == own_email
    assert service.reveal(pat, own_id).email == own_email
    with pytest.raises(PermissionDenied):
        service.reveal(pat, foreign_id)
    with pytest.raises(PermissionDenied):
        service.reveal(OPERATOR, own_id)


def test_order_e_mails_in_a_detail_follow_the_same_rule(seeded: Database) -> None:
    merchants = MerchantService(seeded)
    with seeded.sessions() as session:
        merchant_id, platform_code = session.execute(
            text(
                "SELECT s.merchant_id, p.code FROM orders o JOIN stores s ON s.id = o.store_id "
                "JOIN platforms p ON p.id = o.platform_id WHERE o.customer_id IS NOT NULL LIMIT 1"
            )
        ).one()
    code = f"M{merchant_id:07d}"
    pat = platform_admin(seeded, platform_code)
    for actor, masked in ((CLI, False), (SUPPORT, True), (pat, False)):
        detail = merchants.detail(actor, code)
        own = [o for o in detail.orders or [] if o.platform == platform_code and o.customer_email]
        assert own, actor
        assert all(("***@" in (o.customer_email or "")) is masked for o in own), actor
        if actor is not pat:
            assert detail.pii_masked is masked
