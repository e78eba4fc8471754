"""modules.orders.paging: keyset windows over orders (newest first), both backends."""

from __future__ import annotations

from typing import Any

import pytest

from core.actor import Actor
from core.demo import SeedSpec, seed
from core.errors import InvalidInput, PermissionDenied
from core.roles import Role
from modules.orders.models import Order
from modules.orders.paging import OrderPager, OrderQuery

CLI = Actor.cli()


@pytest.fixture
def pager(db: Any) -> OrderPager:
    seed(db, SeedSpec(platforms=3, merchants=3, stores=6, orders=25))
    return OrderPager(db)


def test_pages_forward_backward_and_from_end(pager: OrderPager) -> None:
    q = OrderQuery()
    window = pager.open(CLI, q, limit=10)
    assert window.count.value == 25 and window.count.exact
    ids = [r.id for r in window.page.rows]
    assert ids == sorted(ids, reverse=True) and len(ids) == 10
    assert window.page.first_key == ids[0] and window.page.last_key == ids[-1]
    second = pager.page(CLI, q, after=window.page.last_key, limit=10)
    assert [r.id for r in second.rows] == list(range(ids[-1] - 1, ids[-1] - 11, -1))
    assert not second.at_end
    back = pager.page(CLI, q, before=second.rows[0].id, limit=10)
    assert [r.id for r in back.rows] == ids
    last = pager.page(CLI, q, from_end=True, limit=10)
    assert len(last.rows) == 10 and [r.id for r in last.rows] == sorted(
        (r.id for r in last.rows), reverse=True
    )
    tail = pager.page(CLI, q, after=second.last_key, limit=10)
    assert len(tail.rows) == 5 and tail.at_end
    assert tail.rows[-1].id == last.rows[-1].id
    jumped = pager.page(CLI, q, offset=10, limit=10)
    assert [r.id for r in jumped.rows] == [r.id for r in second.rows]
    assert pager.count(CLI, q, exact=True).value == 25
    with pytest.raises(InvalidInput):
        pager.page(CLI, q, after=1, before=2)


def test_filters_scope_and_detail(pager: OrderPager) -> None:
    ten = pager.open(CLI, OrderQuery(search="ORD-0000001"), limit=100)
    assert sorted(r.number for r in ten.page.rows) == [f"ORD-{n:08d}" for n in range(10, 20)]
    assert pager.count(CLI, OrderQuery(search="ORD-0000001")).value == 10
    assert pager.open(CLI, OrderQuery(search="%"), limit=10).count.value == 0
    first = ten.page.rows[0]
    by_store = pager.open(CLI, OrderQuery(store=first.store), limit=100).page.rows
    assert by_store and {r.store for r in by_store} == {first.store}
    assert pager.open(CLI, OrderQuery(store="no-such-store"), limit=10).count.value == 0

    detail = pager.detail(CLI, first.id)
    assert detail.order.number == first.number and detail.lines
    assert sum(li.quantity * li.unit_price_minor for li in detail.lines) == detail.order.total_minor
    if first.payment_id is not None:
        assert detail.payment is not None and detail.payment.id == first.payment_id

    with pager.db.sessions() as session:
        platform_id = session.get(Order, first.id).platform_id
    admin = Actor("pa", Role.PLATFORM_ADMIN, own_platform_ids=frozenset({platform_id}))
    rows = pager.open(admin, OrderQuery(), limit=100).page.rows
    assert rows and first.id in {r.id for r in rows}
    assert {r.platform for r in rows} == {first.platform}
    nobody = Actor("op", Role.OPERATOR)
    with pytest.raises(PermissionDenied):
        pager.open(nobody, OrderQuery(), limit=10)


def test_search_by_number_store_and_merchant(pager: OrderPager) -> None:
    """Contains, case- and accent-insensitive, over the number, the store and the merchant."""
    from sqlalchemy import select

    from modules.tenancy.models import Merchant, Store

    everything = pager.open(CLI, OrderQuery(), limit=100).page.rows

    def found(text: str) -> set[str]:
        return {r.number for r in pager.open(CLI, OrderQuery(search=text), limit=100).page.rows}

    assert found("d-0000001") == {r.number for r in everything if "D-0000001" in r.number}  # mid-number
    assert found("ord-00000002") == {"ORD-00000002"}
    with pager.db.transaction() as session:  # a store and a merchant with accents in their names
        store = session.scalar(select(Store).where(Store.code == everything[0].store))
        store.name = "Crêperie Wiltz"
        merchant = session.scalar(select(Merchant).where(Merchant.code == everything[-1].merchant))
        merchant.name = "Kaffi Rösterei"
    assert found("CREPERIE") == {r.number for r in everything if r.store == everything[0].store}
    assert found(everything[0].store.lower()) == found("CREPERIE")  # a store code fragment
    assert found("roster") == {r.number for r in everything if r.merchant == everything[-1].merchant}
    assert found("or") == {r.number for r in everything}  # two characters: a number prefix
    assert found("cr") >= found("CREPERIE")  # ... or a store name prefix
    for text in ("%", "_", "\\", "%%%", "or_"):
        assert found(text) == set(), text
