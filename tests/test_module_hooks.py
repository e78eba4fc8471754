"""The modules' lifecycle hooks (on_startup, on_shutdown) and their table checks on a real database."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from core.db import Database
from core.events import ModuleEventBus
from core.migrations import upgrade
from core.observability.checks import local_checks, register_module_checks
from core.observability.health import HealthCheckRegistry, HealthStatus
from core.observability.process import PlatformProcess
from core.registry import ModuleRegistry
from modules import tables_check
from tests.test_registry import mod


# -- on_shutdown -----------------------------------------------------------------------------------
def test_on_shutdown_runs_in_reverse_order_and_an_error_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[str] = []

    def broken() -> None:
        raise RuntimeError("cannot flush the queue")

    def refuse_start() -> None:
        raise RuntimeError("cannot warm the cache")

    hooks: dict[str, dict[str, Any]] = {
        "core": {"on_shutdown": lambda: calls.append("core")},
        "shop": {"on_shutdown": broken},
        "cart": {"on_shutdown": lambda: calls.append("cart")},
        "extra": {"on_startup": refuse_start, "on_shutdown": lambda: calls.append("extra")},
    }
    chain = [("core", None), ("shop", "core"), ("cart", "shop"), ("extra", "cart")]
    registry = ModuleRegistry(
        mod(code, *([req] if req else []), tier="core" if req is None else "optional", **hooks[code])
        for code, req in chain
    )
    bus = ModuleEventBus()
    seen: list[tuple[str, str | None]] = []
    bus.subscribe(None, lambda e: seen.append((e.event.value, e.module)))
    with caplog.at_level(logging.ERROR), PlatformProcess("test", registry=registry, bus=bus):
        assert calls == []
    # Dependents first; shop's error is logged and core still shuts down; extra never started.
    assert calls == ["cart", "core"]
    assert "on_shutdown of shop failed" in caplog.text
    assert [s for s in seen if s[0] == "shutdown"] == [
        ("shutdown", "extra"),
        ("shutdown", "cart"),
        ("shutdown", "shop"),
        ("shutdown", "core"),
    ]


# -- table checks on the database ------------------------------------------------------------------
@pytest.fixture
def migrated(fresh_url: str) -> Iterator[Database]:
    """A database of its own, migrated to head: the test drops tables in it."""
    database = Database(fresh_url)
    upgrade(database, "heads")
    try:
        yield database
    finally:
        database.dispose()


@pytest.mark.parametrize("fresh_url", ["sqlite", "postgres"], indirect=True)
def test_module_tables_are_looked_for_in_the_database(migrated: Database) -> None:
    health = local_checks(migrated, timeout=10)
    report = health.run(10)
    modules = [c for c in report.checks if c.name.startswith("module:")]
    assert modules and all(c.status is HealthStatus.HEALTHY for c in modules), [c.to_dict() for c in modules]
    assert "in the database: content_pages" in report.get("module:cms").detail
    assert "in the database: platforms" in report.get("module:core").detail

    drop = "DROP TABLE content_pages" + ("" if migrated.is_sqlite else " CASCADE")
    with migrated.engine.begin() as conn:
        conn.execute(text(drop))
        conn.execute(text("DROP TABLE feature_flags"))
    report = health.run(10)
    cms = report.get("module:cms")
    assert cms.status is HealthStatus.UNHEALTHY
    assert cms.detail == "missing in the database: content_pages"
    assert cms.data == {"missing": ["content_pages"]}
    assert cms.critical  # cms is a core module: the whole is unhealthy
    assert report.status is HealthStatus.UNHEALTHY
    tools = report.get("module:dev-tools")
    assert tools.status is HealthStatus.UNHEALTHY and "feature_flags" in tools.detail
    assert not tools.critical
    others = [
        c for c in report.checks if c.name.startswith("module:") and c.name not in {cms.name, tools.name}
    ]
    assert all(c.status is HealthStatus.HEALTHY for c in others), [c.to_dict() for c in others]


def test_a_process_keeps_the_database_of_its_checks(sqlite_db: Database) -> None:
    health = local_checks(sqlite_db, timeout=10)
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("DROP TABLE content_pages"))
    # The process registers the module checks again: they still look at the database.
    with PlatformProcess("test", bus=ModuleEventBus(), health=health):
        assert health.run(10).get("module:cms").status is HealthStatus.UNHEALTHY


def test_without_a_database_the_mapping_is_checked() -> None:
    health = HealthCheckRegistry()
    register_module_checks(health)
    report = health.run(10)
    assert report.get("module:cms").status is HealthStatus.HEALTHY
    assert "mapped" in report.get("module:cms").detail


def test_an_unreadable_database_makes_the_table_check_unhealthy(tmp_path: Any) -> None:
    check = tables_check("cms", "content_pages")
    missing = Database(f"sqlite:///{tmp_path / 'nowhere.db'}", create=False)
    try:
        result = check(missing)
    finally:
        missing.dispose()
    assert result["status"] == "unhealthy" and "no database file" in result["detail"]
    assert not (tmp_path / "nowhere.db").exists()
