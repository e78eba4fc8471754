"""MigrationService on SQLite and PostgreSQL: status, plans, guarded and audited runs, failures,
schema drift and registry drift. Real databases, real revisions, no mocks of the runner."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, event, select, text, update

from core import migrations
from core.actor import Actor
from core.db import Database
from core.errors import InvalidInput, NotFound, PermissionDenied, Refused
from core.graph import ChangeRequest
from core.migrations import MigrationFailed, guard
from core.models import Platform, PlatformModule
from core.roles import Role
from core.services.migration_service import MigrationService
from core.services.module_service import ModuleService, Target
from tests.foundation_helpers import (
    add_platforms,
    definition,
    enabled,
    module_row,
    platform_id,
    registry_plus,
)
from tests.migration_helpers import FRAMEWORK_HEAD, audit, broken_registry, revisions, schema

CLI = Actor.cli()
OPERATOR = Actor("admin:ops", Role.OPERATOR)
PLATFORM_ADMIN = Actor("admin:padmin", Role.PLATFORM_ADMIN)
SUPPORT = Actor("admin:desk", Role.SUPPORT)


@pytest.fixture
def empty(backend: str, fresh_url: str) -> Iterator[Database]:
    database = Database(fresh_url)
    yield database
    database.dispose()


@pytest.fixture
def head(backend: str, fresh_url: str) -> Iterator[Database]:
    """A database of its own at head: for tests that migrate (the shared ``db`` schema must stay
    at head for every other test)."""
    database = Database(fresh_url)
    migrations.upgrade(database, "heads")
    yield database
    database.dispose()


def enable(db: Database, module: str, codes: list[str]) -> None:
    ModuleService(db).apply(CLI, Target(tuple(codes)), ChangeRequest(enable=(module,)))


# -- status ------------------------------------------------------------------------------------------
def test_status_of_an_empty_database(empty: Database) -> None:
    status = MigrationService(empty).status(CLI)
    assert status.empty and not status.problems and not status.read_only
    by_branch = {b.branch: b for b in status.branches}
    assert status.branches[0].branch == "framework" and by_branch["framework"].module == "core"
    assert all(b.current is None and b.enabled_on is None for b in status.branches)
    payments = by_branch["payments"]
    assert revisions(payments.pending) == list(payments.history) and payments.history[0] == "payments_001"
    assert all(r.message for r in payments.pending)
    assert status.behind == len(status.branches)
    assert status.pending == sum(len(b.history) for b in status.branches) >= status.behind
    assert status.summary == (
        f"{status.behind} modules behind, {status.pending} revisions pending (empty database)"
    )
    assert status.to_dict()["branches"][0]["pending_messages"][0]["revision"] == "framework_001"


def test_status_counts_platforms_with_one_group_by(db: Database) -> None:
    codes = add_platforms(db, 3)
    enable(db, "billing", codes[:2])
    statements: list[str] = []

    def capture(_c: Any, _cur: Any, statement: str, *_a: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        status = MigrationService(db).status(CLI)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    counts = {b.branch: b.enabled_on for b in status.branches}
    assert counts["framework"] == 3 and counts["tenancy"] == 3  # core modules: every platform
    assert counts["billing"] == 2 and counts["payments"] == 2 and counts["orders"] == 0
    reads = [
        s for s in statements if s.lstrip().upper().startswith("SELECT") and "FROM platform_modules" in s
    ]
    assert len(reads) == 1 and "GROUP BY" in reads[0]
    assert status.summary == "all modules at head" and status.behind == 0
    payments = next(b for b in status.branches if b.branch == "payments")
    assert payments.history[0] == "payments_001" and payments.applied == payments.history


def test_views_need_migrations_view(db: Database) -> None:
    service = MigrationService(db)
    assert service.status(OPERATOR).branches and service.plan(OPERATOR, "heads").plan.is_empty
    for call in (service.status, service.drift):
        with pytest.raises(PermissionDenied):
            call(SUPPORT)


# -- plan --------------------------------------------------------------------------------------------
def test_plan_and_sql_preview_of_an_empty_database(empty: Database, backend: str) -> None:
    preview = MigrationService(empty).plan(CLI, "heads")
    steps = revisions(preview.plan.steps)
    assert steps[0] == "framework_001" and "payments_001" in steps
    assert steps.index("payments_001") < steps.index("orders_001")  # orders needs payments' tables
    assert not preview.destructive_revisions and preview.guard is None and preview.sql_error is None
    assert preview.dialect == ("sqlite" if backend == "sqlite" else "postgresql")
    sql = preview.sql or ""
    assert "CREATE TABLE platforms" in sql and "CREATE TABLE payments" in sql
    if backend == "sqlite":
        assert "-- Running upgrade framework_001" in sql  # from the dry run on a scratch copy
    else:
        assert "BEGIN;" in sql and "COMMIT;" in sql  # Alembic's offline SQL
    with empty.engine.connect() as conn:  # a preview writes nothing
        assert migrations.current_heads(conn.engine) == ()


def test_downgrade_plan_marks_destructive_revisions_and_lost_tables(db: Database) -> None:
    service = MigrationService(db)
    preview = service.plan(CLI, "payments@base", "downgrade")
    assert set(preview.plan.branches) == {"billing", "orders", "payments"}
    assert {"billing_001", "orders_001", "payments_001"} <= set(preview.revisions)
    assert preview.revisions[-1] == "payments_001"  # dependents go first
    assert {"billing_001", "orders_001", "payments_001"} <= set(preview.destructive_revisions)
    assert set(preview.losing_tables) == {"billing", "orders", "payments"}
    assert preview.guard is None  # no platform has them
    assert "DROP TABLE refunds" in (preview.sql or "")
    as_dict = preview.to_dict()
    assert as_dict["destructive"] is True and as_dict["steps"][0]["destructive"]
    assert service.sql(CLI, "payments@base", "downgrade").count("DROP TABLE") >= 3


def test_plan_errors_are_clear(db: Database) -> None:
    service = MigrationService(db)
    with pytest.raises(NotFound) as unknown:
        service.plan(CLI, "nosuchmodule")
    assert unknown.value.code == "migrations.unknown_target"
    with pytest.raises(InvalidInput):
        service.plan(CLI, "payments@base", "upgrade")
    with pytest.raises(InvalidInput):
        service.plan(CLI, "heads", "sideways")  # type: ignore[arg-type]


# -- runs: confirmation, guard, audit ---------------------------------------------------------------------
def test_destructive_run_refused_without_confirmation(head: Database) -> None:
    service = MigrationService(head)
    before = schema(head)
    with pytest.raises(Refused) as refused:
        service.run(CLI, "dev-tools@base", "downgrade")
    assert refused.value.code == "migrations.destructive_unconfirmed"
    assert "dev_tools_001" in refused.value.message and refused.value.details["revisions"] == [
        "dev_tools_001"
    ]
    assert schema(head) == before
    entry = audit(head, "migrations.downgrade")[-1]
    assert (entry.outcome, entry.error_code, entry.actor) == (
        "refused",
        "migrations.destructive_unconfirmed",
        CLI.name,
    )
    assert entry.request["target"] == "dev-tools@base" and entry.plan["revisions"] == ["dev_tools_001"]

    done = service.run(CLI, "dev-tools@base", "downgrade", confirm_destructive=True)
    assert revisions(done.applied) == ["dev_tools_001"] and "feature_flags" not in schema(head)[0]
    entry = audit(head, "migrations.downgrade")[-1]
    assert entry.outcome == "succeeded" and entry.plan["applied"] == ["dev_tools_001"]
    assert entry.module_codes == ",dev-tools," and "1 revision applied" in entry.message


def test_upgrade_with_progress_is_audited(empty: Database, backend: str) -> None:
    seen: list[tuple[str, int, int]] = []
    result = MigrationService(empty).run(
        CLI, "heads", progress=lambda step, i, n: seen.append((step.revision, i, n))
    )
    total = len(result.applied)
    assert [s[1] for s in seen] == list(range(1, total + 1)) and all(s[2] == total for s in seen)
    assert [s[0] for s in seen] == revisions(result.applied)
    assert result.backup_path is None  # a new, empty database holds nothing worth a copy
    (entry,) = audit(empty)
    assert (entry.action, entry.outcome, entry.actor) == ("migrations.upgrade", "succeeded", CLI.name)
    assert entry.request["target"] == "heads" and entry.plan["applied"] == revisions(result.applied)
    assert "framework" not in entry.module_codes and ",core," in entry.module_codes


def test_downgrade_guard_names_modules_and_platforms(head: Database) -> None:
    codes = add_platforms(head, 12)
    enable(head, "billing", codes)  # pulls payments in; orders stays off
    service = MigrationService(head)
    preview = service.plan(CLI, "payments@base", "downgrade")
    assert preview.guard is not None and preview.guard.modules == ("billing", "payments")
    before = schema(head)
    with pytest.raises(Refused) as refused:
        service.run(CLI, "payments@base", "downgrade", confirm_destructive=True)
    error = refused.value
    assert error.code == "migrations.module_enabled"
    assert error.details["modules"] == ["billing", "payments"] and "orders" not in error.details["modules"]
    assert error.details["platform_count"] == 12 and error.details["platforms"] == codes[:10]
    assert error.details["per_module"] == {"billing": 12, "payments": 12}
    assert "billing (on 12 platforms)" in error.message and "and 2 more" in error.message
    assert codes[0] in error.message and codes[11] not in error.message
    assert schema(head) == before
    entry = audit(head, "migrations.downgrade")[-1]
    assert (entry.outcome, entry.error_code) == ("refused", "migrations.module_enabled")

    # Core modules are on everywhere: the framework's tables stay while platforms exist.
    with pytest.raises(Refused) as core:
        service.run(CLI, "base", "downgrade", confirm_destructive=True)
    assert "core" in core.value.details["core"] and "core module" in core.value.message


def test_downgrade_of_a_disabled_module_goes(head: Database) -> None:
    codes = add_platforms(head, 2)
    enable(head, "billing", codes)
    ModuleService(head).apply(CLI, Target(tuple(codes)), ChangeRequest(disable=("billing",)))
    done = MigrationService(head).run(CLI, "billing@base", "downgrade", confirm_destructive=True)
    assert revisions(done.applied) == ["billing_001"]
    assert enabled(head, codes[0]) >= {"payments"}  # the module's rows and config stay


def test_the_guard_is_checked_again_inside_the_run(head: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Enabled between the check and the run: the check inside the run's transaction refuses it."""
    codes = add_platforms(head, 2)
    real = guard.find_guard
    calls: list[int] = []

    def racing_guard(conn: Any, modules: Any, registry: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:  # the check before the run passes, then someone enables inventory
            enable(head, "inventory", codes[:1])
            return None
        return real(conn, modules, registry)

    monkeypatch.setattr(guard, "find_guard", racing_guard)
    before = schema(head)
    with pytest.raises(Refused) as refused:
        MigrationService(head).run(CLI, "inventory@base", "downgrade", confirm_destructive=True)
    assert refused.value.code == "migrations.module_enabled" and len(calls) == 2
    assert schema(head) == before


def test_a_plan_that_changed_is_refused(head: Database) -> None:
    service = MigrationService(head)
    with pytest.raises(Refused) as refused:
        service.run(CLI, "dev-tools@base", "downgrade", True, expected=["cms_001"])
    assert refused.value.code == "migrations.plan_changed"
    assert refused.value.details == {"expected": ["cms_001"], "actual": ["dev_tools_001"]}


def test_running_needs_migrations_run_and_is_audited(head: Database) -> None:
    service = MigrationService(head)
    for actor in (OPERATOR, PLATFORM_ADMIN, SUPPORT):
        with pytest.raises(PermissionDenied):
            service.run(actor, "dev-tools@base", "downgrade", confirm_destructive=True)
        with pytest.raises(PermissionDenied):
            service.repair(actor)
    refused = [e for e in audit(head) if e.outcome == "refused"]
    assert {e.actor for e in refused} == {OPERATOR.name, PLATFORM_ADMIN.name, SUPPORT.name}
    assert {e.action for e in refused} == {"migrations.downgrade", "modules.repair"}
    assert all(e.error_code == "permission.denied" for e in refused)


# -- failures --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("backend", ["postgres"])
def test_failing_revision_on_postgres_leaves_the_schema_exactly_as_it_was(
    empty: Database, backend: str, tmp_path: Path
) -> None:
    MigrationService(empty).run(CLI, "framework")  # the audit log exists; every module is pending
    before = schema(empty)
    service = MigrationService(empty, broken_registry(tmp_path))
    with pytest.raises(MigrationFailed) as caught:
        service.run(CLI, "heads")
    failure = caught.value
    assert failure.details["revision"] == "broken_001" and failure.details["rolled_back"] is True
    assert "deliberate failure in broken_001" in failure.message and failure.backup_path is None
    assert schema(empty) == before  # tables and alembic_version: not one revision kept
    entry = audit(empty, "migrations.upgrade")[-1]
    assert (entry.outcome, entry.error_code) == ("failed", "migrations.failed")
    assert entry.plan["failed_at"] == "broken_001" and "broken_001" in entry.plan["revisions"]
    assert entry.plan["applied"] == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_failing_revision_on_sqlite_keeps_a_backup_that_restore_puts_back(
    empty: Database, backend: str, tmp_path: Path
) -> None:
    MigrationService(empty).run(CLI, "framework")
    before = schema(empty)
    service = MigrationService(empty, broken_registry(tmp_path))
    planned = service.plan(CLI, "heads", sql=False).revisions
    assert planned[-1] == "broken_001" or "broken_001" in planned
    with pytest.raises(MigrationFailed) as caught:
        service.run(CLI, "heads")
    failure = caught.value
    applied = failure.details["applied"]
    assert applied == list(planned[: planned.index("broken_001")])
    assert failure.backup_path is not None and failure.backup_path.is_file()
    assert str(failure.backup_path) in failure.message and failure.details["backup"] == str(
        failure.backup_path
    )
    assert schema(empty) != before or not applied
    failed_entry = audit(empty, "migrations.upgrade")[-1]
    assert failed_entry.outcome == "failed" and failed_entry.plan["backup"] == str(failure.backup_path)

    restored = service.restore(CLI, failure.backup_path)
    assert schema(empty) == before and restored.heads == (FRAMEWORK_HEAD,)
    entries = audit(empty)
    # The failure's entry survives the restore (carried over), then the restore's own entry.
    assert [(e.action, e.outcome) for e in entries[-2:]] == [
        ("migrations.upgrade", "failed"),
        ("migrations.restore", "succeeded"),
    ]
    assert restored.carried_audit_entries == 1 and entries[-1].plan["heads_after"] == [FRAMEWORK_HEAD]


def test_restore_accepts_only_backups_of_this_database(head: Database, backend: str, tmp_path: Path) -> None:
    service = MigrationService(head)
    with pytest.raises(InvalidInput) as refused:
        service.restore(CLI, tmp_path / "elsewhere.head")
    assert refused.value.code == (
        "migrations.not_a_backup" if backend == "sqlite" else "migrations.no_backup"
    )
    assert audit(head, "migrations.restore")[-1].outcome == "invalid"
    with pytest.raises(PermissionDenied):
        service.restore(OPERATOR, tmp_path / "x.bak")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_sqlite_runs_keep_a_backup(head: Database, backend: str) -> None:
    result = MigrationService(head).run(CLI, "dev-tools@base", "downgrade", confirm_destructive=True)
    assert result.backup_path is not None and result.backup_path.name.startswith("platform.db.pre-migrate-")
    assert audit(head, "migrations.downgrade")[-1].plan["backup"] == str(result.backup_path)


# -- schema drift ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("stored", "code", "branch"),
    [
        ("payments_999", "migrations.database_newer", "payments"),
        ("legacy_003", "migrations.unknown_revisions", "legacy"),
        ("cms_000", "migrations.unknown_revisions", "cms"),
    ],
)
def test_schema_drift_is_a_problem_not_a_traceback(
    head: Database, stored: str, code: str, branch: str
) -> None:
    with head.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": stored})
    service = MigrationService(head)
    status = service.status(CLI)
    assert status.read_only and [p.code for p in status.problems] == [code]
    problem = status.problems[0]
    assert problem.branch == branch and problem.revisions == (stored,) and stored in problem.message
    assert ("newer release" in problem.message) == (code == "migrations.database_newer")
    assert status.database_newer == (code == "migrations.database_newer")
    row = next(b for b in status.branches if b.branch == branch)
    assert row.drift and row.current == stored and row.unknown == (stored,)
    assert status.summary.endswith("read-only, nothing can be migrated")
    before = schema(head)
    for attempt in (
        lambda: service.plan(CLI, "heads"),
        lambda: service.sql(CLI, "heads"),
        lambda: service.run(CLI, "heads"),
        lambda: service.run(CLI, "dev-tools@base", "downgrade", confirm_destructive=True),
    ):
        with pytest.raises(Refused) as refused:
            attempt()
        assert refused.value.code == code and stored in refused.value.message
    assert schema(head) == before
    assert audit(head, "migrations.upgrade")[-1].error_code == code


# -- registry drift ----------------------------------------------------------------------------------------
def _add_row(db: Database, platform: str, module: str, **values: Any) -> None:
    with db.transaction() as session:
        session.add(
            PlatformModule(
                platform_id=platform_id(db, platform),
                module_code=module,
                enabled=values.pop("enabled", True),
                config=values.pop("config", {}),
                **values,
            )
        )


def _set_row(db: Database, platform: str, module: str, **values: Any) -> None:
    with db.transaction() as session:
        session.execute(
            update(PlatformModule)
            .where(
                PlatformModule.platform_id == platform_id(db, platform), PlatformModule.module_code == module
            )
            .values(**values)
        )


def _rows(db: Database) -> list[tuple[Any, ...]]:
    with db.sessions() as session:
        return [
            tuple(r)
            for r in session.execute(
                select(
                    Platform.code, PlatformModule.module_code, PlatformModule.enabled, PlatformModule.config
                )
                .join(Platform, Platform.id == PlatformModule.platform_id)
                .order_by(Platform.code, PlatformModule.module_code)
            )
        ]


@pytest.fixture
def drifted(db: Database) -> Database:
    """Platforms once on ``platform-admin`` (now ``tenancy``), a module nobody replaces, core gaps."""
    p1, p2, p3, p4 = add_platforms(db, 4)
    old, new = datetime(2024, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC)
    with db.transaction() as session:
        session.execute(
            delete(PlatformModule).where(
                PlatformModule.module_code == "tenancy", PlatformModule.platform_id == platform_id(db, p1)
            )
        )
    _add_row(db, p1, "platform-admin", config={"home": "p1-old"}, enabled_at=old)  # only the old row
    _add_row(db, p1, "ghost-module", config={})  # unknown, no replacement
    _add_row(db, p2, "platform-admin", config={"home": "p2-old"}, enabled_at=old)  # old on, new off
    _set_row(db, p2, "tenancy", enabled=False, disabled_at=new, config={"home": "p2-new"})
    _add_row(db, p3, "platform-admin", enabled=False, disabled_at=new, config={"home": "p3-old"})  # new on
    _set_row(db, p3, "tenancy", config={"home": "p3-new"})
    _set_row(db, p3, "cms", enabled=False, disabled_at=new)  # a core module off
    _add_row(db, p4, "platform-admin", enabled=False, disabled_at=new, config={"home": "p4-old"})
    _set_row(db, p4, "tenancy", enabled=False, enabled_at=old, disabled_at=old, config={"home": "p4-new"})
    with db.transaction() as session:  # a core module missing (promoted to core after p4 was made)
        session.execute(
            delete(PlatformModule).where(
                PlatformModule.module_code == "customers", PlatformModule.platform_id == platform_id(db, p4)
            )
        )
    return db


def test_registry_drift_rows(drifted: Database) -> None:
    rows = {(d.kind, d.module): d for d in MigrationService(drifted).drift(CLI)}
    renamed = rows[("unknown_module", "platform-admin")]
    assert (renamed.replacement, renamed.platform_count, renamed.enabled_count) == ("tenancy", 4, 2)
    assert renamed.platforms == ("p0001", "p0002", "p0003", "p0004") and renamed.repairable
    ghost = rows[("unknown_module", "ghost-module")]
    assert ghost.replacement is None and not ghost.repairable and "leaves these rows alone" in ghost.message
    assert rows[("core_missing", "cms")].platforms == ("p0003",)
    assert rows[("core_missing", "customers")].platforms == ("p0004",)
    assert rows[("core_missing", "tenancy")].platforms == ("p0001", "p0002", "p0004")
    assert "which tenancy replaces" in renamed.message


def test_repair_dry_run_writes_nothing(drifted: Database) -> None:
    before = _rows(drifted)
    count = len(audit(drifted))
    result = MigrationService(drifted).repair(CLI, dry_run=True)
    assert result.dry_run and result.changed and result.summary.startswith("would have renamed")
    assert result.renamed == [{"from": "platform-admin", "to": "tenancy", "rows": 4, "merged": 3}]
    assert _rows(drifted) == before and len(audit(drifted)) == count


def test_repair_renames_merges_and_enables_core(drifted: Database) -> None:
    service = MigrationService(drifted)
    dry = service.repair(CLI, dry_run=True)
    result = service.repair(CLI)
    assert (result.renamed, result.enabled, result.skipped) == (dry.renamed, dry.enabled, dry.skipped)
    assert {e["module"]: e["platforms"] for e in result.enabled} == {"tenancy": 1, "cms": 1, "customers": 1}
    assert result.skipped == [{"module": "ghost-module", "platforms": 1, "reason": "no replacement"}]

    def tenancy(platform: str) -> tuple[bool, dict[str, Any]]:
        row = module_row(drifted, platform, "tenancy")
        assert row is not None and module_row(drifted, platform, "platform-admin") is None
        return row.enabled, row.config

    assert tenancy("p0001") == (True, {"home": "p1-old"})  # renamed as it was
    assert tenancy("p0002") == (True, {"home": "p2-old"})  # the enabled row won
    assert tenancy("p0003") == (True, {"home": "p3-new"})  # the enabled row won
    # Both off: the row changed last won (platform-admin, disabled 2025); core repair then enabled it.
    assert tenancy("p0004") == (True, {"home": "p4-old"})
    assert enabled(drifted, "p0003") >= {"cms"} and enabled(drifted, "p0004") >= {"customers"}
    assert module_row(drifted, "p0001", "ghost-module") is not None
    assert [(d.kind, d.module) for d in service.drift(CLI)] == [("unknown_module", "ghost-module")]
    entry = audit(drifted, "modules.repair")[-1]
    assert (
        entry.outcome == "succeeded" and entry.actor == CLI.name and entry.plan["renamed"] == result.renamed
    )
    assert {"platform-admin", "tenancy", "cms", "customers"} <= set(entry.module_codes.strip(",").split(","))
    again = service.repair(CLI)
    assert not again.changed and again.summary.startswith("nothing to repair")


def test_repair_pulls_in_what_a_replacement_requires(db: Database, tmp_path: Path) -> None:
    shop = definition(
        "shop", "payments", description="Replaces old-shop.", version="2.0.0", replaces=("old-shop",)
    )
    registry = registry_plus(shop)
    (p1,) = add_platforms(db, 1)
    _add_row(db, p1, "old-shop", enabled_at=datetime.now(UTC) - timedelta(days=1))
    result = MigrationService(db, registry).repair(CLI)
    assert result.renamed[0]["to"] == "shop"
    assert {"module": "payments", "platforms": 1, "reason": "required by shop"} in result.enabled
    assert enabled(db, p1) >= {"shop", "payments"}


def test_repair_on_an_empty_database_does_nothing(empty: Database) -> None:
    service = MigrationService(empty)
    assert service.drift(CLI) == []
    assert not service.repair(CLI, dry_run=True).changed


def test_a_revision_that_cannot_be_rendered_counts_as_destructive(head: Database, tmp_path: Path) -> None:
    from tests.migration_helpers import registry_with, versions_folder, write_revision

    folder = versions_folder(tmp_path, "odd")
    write_revision(folder, "odd", 1, "online_only", upgrade='raise RuntimeError("needs a live database")')
    service = MigrationService(head, registry_with(folder, "odd"))
    preview = service.plan(CLI, "heads")
    assert preview.destructive_revisions == ("odd_001",)
    assert "cannot be rendered as SQL" in preview.plan.steps[0].destructive[0]
    assert preview.sql is None and "needs a live database" in (preview.sql_error or "")
    with pytest.raises(Refused) as refused:
        service.run(CLI, "heads")
    assert refused.value.code == "migrations.destructive_unconfirmed"
