"""The demo seed: core orchestrates, each module seeds its own tables; bulk loads keep search whole.

SQLite and PostgreSQL, no mocks. The CLI's `demo seed` is tested in test_cli.py.
"""

from __future__ import annotations

import ast
import importlib
import re
from dataclasses import replace
from pathlib import Path

import pytest

from core.actor import Actor
from core.bulk_load import BULK_ROWS
from core.db import Base, Database
from core.demo import SeedSpec, seed, seed_order
from core.demo_context import DemoContext, DemoSeed
from core.errors import DefinitionError, InvalidInput
from core.registry import ModuleRegistry, default_registry
from tests.test_registry import mod

ROOT = Path(__file__).resolve().parents[1]
SPEC = SeedSpec(platforms=3, merchants=4, stores=9, orders=12, seed=3)
CLI = Actor.cli()
SQL_TABLE = re.compile(r"\b(?:FROM|INTO|TABLE|UPDATE|JOIN|ON)\s+(\w+)", re.I)
WRITES = {"write", "load", "next_id", "fix_sequence", "deferred_indexes", "publish", "get"}


def _tables_of(package: str) -> set[str]:
    """The tables a module's models map (none for a module without models)."""
    try:
        models = importlib.import_module(f"modules.{package}.models")
    except ModuleNotFoundError:
        return set()
    return {
        cls.__table__.name
        for cls in vars(models).values()
        if isinstance(cls, type) and issubclass(cls, Base) and cls.__module__ == models.__name__
    }


def _row_counts(ctx: DemoContext) -> dict[str, int]:
    conn = ctx.connection
    return {t: conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar_one() for t in Base.metadata.tables}


def _watching(registry: ModuleRegistry, calls: list[tuple[str, set[str]]]) -> ModuleRegistry:
    """``registry`` with every demo seed wrapped to record which tables it changed."""

    def wrap(code: str, original: DemoSeed) -> DemoSeed:
        def run(ctx: DemoContext) -> None:
            before = _row_counts(ctx)
            original.run(ctx)
            after = _row_counts(ctx)
            calls.append((code, {t for t in after if after[t] != before[t]}))

        return DemoSeed(run, original.uses)

    return ModuleRegistry(
        replace(m, demo_seed=wrap(m.code, m.demo_seed)) if m.demo_seed else m for m in registry
    )


def _module_tables(registry: ModuleRegistry) -> set[str]:
    return {t for d in registry for t in _tables_of(d.package)}


def test_each_module_seeds_only_its_own_tables(db: Database) -> None:
    registry = default_registry()
    _module_tables(registry)  # every model imported: every table counted
    calls: list[tuple[str, set[str]]] = []
    result = seed(db, SPEC, registry=_watching(registry, calls))
    assert [code for code, _ in calls] == ["tenancy", "customers", "payments", "orders"]
    for code, changed in calls:
        own = _tables_of(registry.get(code).package)
        assert changed and changed <= own, (code, changed, own)
    assert list(result.counts) == [
        *("platforms", "merchants", "stores", "customers", "payments", "orders", "order_lines"),
    ]
    assert result.counts["customers"] == SPEC.orders // 3 and result.counts["orders"] == SPEC.orders


def test_the_seed_order_follows_requires_and_uses() -> None:
    order = [m.code for m in seed_order(default_registry())]
    assert order == ["tenancy", "customers", "payments", "orders"]
    registry = default_registry()
    for position, code in enumerate(order):
        module = registry.get(code)
        before = set(order[:position])
        assert set(module.demo_seed.uses) <= before
        assert {r for r in registry.requirements_closure(code) if r in order} <= before


def test_seeds_run_after_the_seeds_they_require_or_use(sqlite_db: Database) -> None:
    ran: list[str] = []

    def recorder(code: str, uses: tuple[str, ...] = ()) -> DemoSeed:
        return DemoSeed(lambda ctx: ran.append(code), uses)

    registry = ModuleRegistry(
        [
            # By code alone the order would be alpha, beta, mid, zulu.
            mod("alpha", "zulu", demo_seed=recorder("alpha")),
            mod("beta", "alpha", demo_seed=recorder("beta", uses=("mid",))),
            mod("mid", tier="core", demo_seed=recorder("mid", uses=("zulu",))),
            mod("zulu", tier="core", demo_seed=recorder("zulu")),
            mod("quiet"),
            mod("core", tier="core"),
        ]
    )
    assert [m.code for m in seed_order(registry)] == ["zulu", "alpha", "mid", "beta"]
    seed(sqlite_db, SeedSpec(platforms=1, merchants=0, stores=0, orders=0), registry=registry)
    assert ran == ["zulu", "alpha", "mid", "beta"]


def test_a_seed_may_use_only_core_modules_and_its_requirements() -> None:
    noop = DemoSeed(lambda ctx: None)
    registry = ModuleRegistry(
        [
            mod("shop", tier="core", demo_seed=noop),
            mod("extra", demo_seed=noop),
            mod("reader", demo_seed=DemoSeed(lambda ctx: None, uses=("shop", "extra"))),
        ]
    )
    with pytest.raises(DefinitionError) as caught:
        seed_order(registry)
    assert caught.value.code == "demo.bad_uses" and caught.value.details["uses"] == ["extra"]
    assert "'reader'" in str(caught.value)


def test_orders_without_stores_are_refused_and_nothing_is_written(db: Database) -> None:
    with pytest.raises(InvalidInput, match="orders need stores"):
        seed(db, SeedSpec(platforms=2, merchants=1, stores=0, orders=5))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM platforms").scalar_one() == 0


def test_core_names_no_module() -> None:
    """core/demo.py orchestrates: it imports no module and names no module's table, in SQL or in a
    write (the import contracts in pyproject.toml hold the import rule for all of core)."""
    module_tables = _module_tables(default_registry())
    assert {"merchants", "stores", "orders", "payments"} <= module_tables
    for name in ("demo.py", "demo_context.py", "bulk_load.py"):
        tree = ast.parse((ROOT / "core" / name).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert not any(a.name.split(".")[0] == "modules" for a in node.names), name
            elif isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] != "modules", name
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not set(SQL_TABLE.findall(node.value)) & module_tables, (name, node.value)
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", None) in WRITES:
                named = {a.value for a in node.args if isinstance(a, ast.Constant)}
                assert not named & module_tables, (name, ast.unparse(node))
                assert not any(str(key).startswith(("tenancy.", "orders.")) for key in named), name


# -- a large load: indexes built at the end, search complete -------------------------------------------
def _schema_objects(db: Database) -> set[tuple[str, str]]:
    with db.engine.connect() as conn:
        if db.is_sqlite:
            query = (
                "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
            )
        else:
            query = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        return {tuple(row) for row in conn.exec_driver_sql(query)}  # type: ignore[misc]


def test_a_large_seed_rebuilds_indexes_and_search_whole(db: Database) -> None:
    from modules.tenancy.services import ListQuery, StoreService

    seed(db, SeedSpec(platforms=2, merchants=3, stores=5, orders=0, seed=1))  # small: row by row
    before = _schema_objects(db)
    stores = BULK_ROWS + 5
    seed(db, SeedSpec(platforms=3, merchants=50, stores=stores, orders=0, seed=2))
    assert _schema_objects(db) == before  # every index (and SQLite trigger) is back, unchanged
    total = stores + 5
    service = StoreService(db)
    assert service.count(CLI, ListQuery(search="shop.example"), exact=True).value == total
    last = f"S{total:08d}"
    assert [r.code for r in service.open(CLI, ListQuery(search=last.lower())).page.rows] == [last]
    if db.is_sqlite:
        with db.engine.begin() as conn:
            for fts in ("stores_search", "merchants_search"):
                # rank 1: also compares the index with the rows of its content table
                conn.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
            indexed = conn.exec_driver_sql(
                "SELECT COUNT(*) FROM stores_search WHERE search_text LIKE '%shop.example%'"
            ).scalar_one()
            assert indexed == total
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() != -131_072  # the load's, gone
    # After the load the triggers keep the search table in step again, row by row.
    seed(db, SeedSpec(platforms=0, merchants=1, stores=2, orders=0, seed=3))
    assert service.count(CLI, ListQuery(search="shop.example"), exact=True).value == total + 2


def test_a_failed_large_seed_leaves_schema_and_data_as_they_were(db: Database) -> None:
    before = _schema_objects(db)

    def stop(step: str, done: int, total: int) -> None:
        if step == "merchants":  # inside the load, its indexes taken off
            raise KeyboardInterrupt  # as a cancelled run

    with pytest.raises(KeyboardInterrupt):
        seed(db, SeedSpec(platforms=2, merchants=10, stores=BULK_ROWS, orders=0), progress=stop)
    assert _schema_objects(db) == before
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM stores").scalar_one() == 0
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM platforms").scalar_one() == 0
