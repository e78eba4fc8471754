"""What modules contribute to the views of others (core/contributions.py), both backends, no mocks:
a merchant's detail shows the sections of the registered modules whose tables exist, and the
customers of a merchant include those the registered modules link to its stores."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest
from sqlalchemy import text

from core.actor import Actor
from core.contributions import CustomerLink, DetailSection, StoresContext
from core.db import Database
from core.definition import ModuleDefinition
from core.demo import SeedSpec, seed
from core.registry import ModuleRegistry, default_registry
from core.roles import Role
from modules.customers.services import CustomerService
from modules.tenancy.services import MerchantService, StoreService

CLI = Actor.cli()
SUPPORT = Actor("admin:sam", Role.SUPPORT)


@pytest.fixture
def seeded(db: Database) -> Database:
    seed(db, SeedSpec(platforms=2, merchants=6, stores=20, orders=60, seed=5))
    return db


def _merchant_with_orders(db: Database) -> tuple[str, str]:
    with db.sessions() as session:
        store_id, merchant_id = session.execute(
            text("SELECT o.store_id, s.merchant_id FROM orders o JOIN stores s ON s.id = o.store_id LIMIT 1")
        ).one()
    return f"M{merchant_id:07d}", f"S{store_id:08d}"


class Code(NamedTuple):
    code: str


def _store_codes(context: StoresContext) -> list[Code]:
    return [Code(c) for c in sorted(context.store_codes.values())]


def _probe(**contributions: Any) -> ModuleDefinition:
    return ModuleDefinition(code="probe", name="Probe", description="probe", version="1.0.0", **contributions)


def _registry(*extra: ModuleDefinition, without: tuple[str, ...] = ()) -> ModuleRegistry:
    real = [m for m in default_registry() if m.code not in without]
    return ModuleRegistry([*real, *extra])


def test_the_sections_come_from_the_registered_modules(seeded: Database) -> None:
    code, _ = _merchant_with_orders(seeded)
    full = MerchantService(seeded).detail(SUPPORT, code)
    assert list(full.sections) == ["orders", "payments"] and full.orders and full.payments
    bare = MerchantService(seeded, _registry(without=("orders", "payments", "billing"))).detail(SUPPORT, code)
    assert bare.sections == {} and "orders" not in bare.to_dict() and "payments" not in bare.to_dict()
    with pytest.raises(AttributeError, match="orders"):
        _ = bare.orders
    assert bare.stores == full.stores and bare.audit == full.audit


def test_a_contributed_section_shows_when_its_tables_and_permission_are_there(seeded: Database) -> None:
    _, store = _merchant_with_orders(seeded)
    probe = _probe(
        detail_sections=(
            DetailSection("codes", _store_codes, tables=("stores",)),
            DetailSection("hidden", _store_codes, permission="payments.refund.approve"),
            DetailSection("absent", _store_codes, tables=("no_such_table",)),
        )
    )
    stores = StoreService(seeded, _registry(probe))
    detail = stores.detail(SUPPORT, store)
    assert detail.codes == [Code(store)] and detail.hidden is None and detail.absent is None
    assert list(detail.sections) == ["absent", "codes", "hidden", "orders", "payments"]
    doc = detail.to_dict()
    assert list(doc)[list(doc).index("platforms") + 1 : list(doc).index("audit")] == list(detail.sections)
    assert doc["codes"] == [{"code": store}] and doc["hidden"] is None
    assert stores.detail(CLI, store).hidden == [Code(store)]  # the command line holds every permission


def test_customers_of_a_merchant_include_those_linked_to_its_stores(seeded: Database) -> None:
    code, _ = _merchant_with_orders(seeded)
    linked = {c.id for c in CustomerService(seeded).list_customers(CLI, merchant=code, limit=500)}
    attached = CustomerService(seeded, _registry(without=("orders", "billing")))
    own = {c.id for c in attached.list_customers(CLI, merchant=code, limit=500)}
    with seeded.sessions() as session:
        ordered = set(
            session.scalars(
                text(
                    "SELECT o.customer_id FROM orders o JOIN stores s ON s.id = o.store_id JOIN merchants m "
                    "ON m.id = s.merchant_id WHERE m.code = :code AND o.customer_id IS NOT NULL"
                ),
                {"code": code},
            )
        )
    assert ordered and ordered <= linked and own <= linked and linked == own | ordered
    absent = CustomerLink(lambda stores: text("SELECT -1"), tables=("no_such_table",))
    nobody = _probe(customer_links=(absent,))
    registry = _registry(nobody, without=("orders", "billing"))
    assert {c.id for c in CustomerService(seeded, registry).list_customers(CLI, merchant=code)} == own
