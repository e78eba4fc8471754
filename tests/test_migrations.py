"""The migration runner on real databases (SQLite and PostgreSQL), no mocks."""

from __future__ import annotations

import importlib
import logging
import sqlite3
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, make_url, text
from sqlalchemy.exc import DBAPIError

from core import migrations
from core.actor import Actor
from core.db import Base, Database, include_object
from core.errors import DefinitionError, InvalidInput, NotFound, Refused
from core.migrations import MigrationFailed, PlanStep
from core.registry import ModuleRegistry
from tests.migration_helpers import FRAMEWORK_HEAD, REVISION, synthetic_module, versions_folder
from tests.migration_helpers import write_revision as write_branch_revision

REVISIONS = {"framework_001", "tenancy_001", "tenancy_002", "customers_001", "cms_001", "payments_001"} | {
    "framework_002",
    "framework_003",
    "framework_004",
    "framework_005",
    "tenancy_003",
    "payments_002",
    "orders_001",
    "orders_002",
    "inventory_001",
    "billing_001",
    "dev_tools_001",
}
HEADS = REVISIONS - {"tenancy_001", "tenancy_002", "payments_001", "orders_001"}
FRAMEWORK_TABLES = {
    "platforms",
    "platform_modules",
    "admin_users",
    "admin_platforms",
    "audit_log",
    "platform_tags",
    "rollouts",
    "rollout_waves",
    "rollout_platforms",
    "rollout_changes",
}
MODULE_TABLES = {
    "merchants",
    "stores",
    "customers",
    "content_pages",
    "payments",
    "refunds",
    "orders",
    "order_lines",
    "stock_items",
    "subscriptions",
    "invoices",
    "feature_flags",
}
MODEL_PACKAGES = ("tenancy", "customers", "cms", "payments", "orders", "inventory", "billing", "dev_tools")


@pytest.fixture
def database(backend: str, fresh_url: str) -> Iterator[Database]:
    db = Database(fresh_url)
    yield db
    db.dispose()


def tables(db: Database) -> set[str]:
    """The tables, without the unmanaged ones (SQLite FTS5 search tables and their shadows)."""
    import modules.tenancy.models  # noqa: F401 - registers the unmanaged names

    with db.engine.connect() as conn:
        names = set(inspect(conn).get_table_names()) - {"alembic_version"}
    return {n for n in names if include_object(None, n, "table", True, None)}


def schema_objects(db: Database) -> set[tuple[str, str]]:
    """Every table, column, index and trigger (also unmanaged and expression ones), as (kind, name)."""
    from sqlalchemy import inspect

    with db.engine.connect() as conn:
        inspector = inspect(conn)
        columns = {
            ("column", f"{table}.{column['name']}")
            for table in inspector.get_table_names()
            if table != "alembic_version"
            for column in inspector.get_columns(table)
        }
        if db.is_sqlite:
            rows = conn.exec_driver_sql(
                "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
                "AND name NOT LIKE 'sqlite_%'"
            )
        else:
            rows = conn.exec_driver_sql(
                "SELECT 'table', tablename FROM pg_tables WHERE schemaname = current_schema() "
                "UNION ALL SELECT 'index', indexname FROM pg_indexes WHERE schemaname = current_schema() "
                "UNION ALL SELECT 'trigger', tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
            )
        return columns | {(kind, name) for kind, name in rows if "alembic_version" not in name}


def by_branch(db: Database) -> dict[str, migrations.BranchStatus]:
    return {entry.branch: entry for entry in migrations.status(db)}


def revisions(steps: tuple[PlanStep, ...]) -> list[str]:
    return [step.revision for step in steps]


# -- upgrade and downgrade ----------------------------------------------------------------------
def test_upgrade_to_heads_downgrade_to_base_and_back(database: Database) -> None:
    executed = migrations.upgrade(database, "heads")
    assert set(revisions(executed.steps)) == REVISIONS
    assert tables(database) == FRAMEWORK_TABLES | MODULE_TABLES
    assert all(entry.up_to_date for entry in migrations.status(database))

    down = migrations.downgrade(database, "base")
    assert set(revisions(down.steps)) == REVISIONS
    assert revisions(down.steps)[-1] == "framework_001"
    assert tables(database) == set()
    assert migrations.current_heads(database) == ()

    migrations.upgrade(database)
    assert tables(database) == FRAMEWORK_TABLES | MODULE_TABLES


def test_every_revision_upgrades_and_downgrades(database: Database) -> None:
    """Stairway: each revision goes up, down and up again, leaving the schema as it found it."""
    order = [s.revision for s in reversed(list(migrations.script_directory().walk_revisions()))]
    assert set(order) == REVISIONS
    for revision in order:
        before = schema_objects(database)
        migrations.upgrade(database, revision)
        after = schema_objects(database)
        # Tables, columns, indexes or triggers added, replaced or dropped (orders_002 indexes PostgreSQL
        # only, framework_002's triggers SQLite only).
        only_elsewhere = "orders_002" if database.is_sqlite else "framework_002"
        assert after != before or revision == only_elsewhere, revision
        branch = next(e for e in migrations.status(database) if e.current == revision).branch
        previous = migrations.script_directory().get_revision(revision).down_revision
        migrations.downgrade(database, previous or f"{branch}@base")
        assert schema_objects(database) == before, revision
        migrations.upgrade(database, revision)
        assert schema_objects(database) == after, revision
    assert set(migrations.current_heads(database)) <= HEADS
    assert all(entry.up_to_date for entry in migrations.status(database))


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_models_match_migrations(database: Database) -> None:
    importlib.import_module("core.models")
    for package in MODEL_PACKAGES:
        importlib.import_module(f"modules.{package}.models")
    migrations.upgrade(database)
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        assert compare_metadata(context, Base.metadata) == []


# -- status and plans -----------------------------------------------------------------------------
def test_status_before_and_after(database: Database) -> None:
    before = by_branch(database)
    assert next(iter(before)) == "framework"
    assert set(before) == {"framework", "tenancy", "customers", "cms", "payments", "orders"} | {
        "inventory",
        "billing",
        "dev-tools",
    }
    assert before["framework"].module == "core"
    assert before["dev-tools"].module == "dev-tools"
    payments = before["payments"]
    assert (payments.current, payments.head) == (None, "payments_002")
    assert [r.revision for r in payments.pending] == ["payments_001", "payments_002"]
    assert payments.pending[0].branch == "payments"
    assert payments.pending[0].path.name == "payments_001_create_payments_and_refunds.py"
    assert payments.pending[0].message.startswith("Create payments and refunds")

    migrations.upgrade(database, "payments")
    after = by_branch(database)
    assert after["payments"].up_to_date and after["payments"].pending == ()
    # payments needs framework_001 only: framework_002 (SQLite's audit triggers) stays pending.
    assert after["framework"].current == "framework_001"
    assert next(r.revision for r in after["framework"].pending) == "framework_002"
    # payments needs tenancy_001 only: the search indexes (tenancy_002) stay pending.
    assert after["tenancy"].current == "tenancy_001"
    assert [r.revision for r in after["tenancy"].pending] == ["tenancy_002", "tenancy_003"]
    assert after["orders"].current is None
    assert [r.revision for r in after["orders"].pending] == ["orders_001", "orders_002"]
    assert after["payments"].to_dict()["current"] == "payments_002"


def test_plan_for_payments_runs_nothing(database: Database) -> None:
    result = migrations.plan(database, "payments")
    assert result.resolved == "payments@head"
    assert revisions(result.steps) == ["framework_001", "tenancy_001", "payments_001", "payments_002"]
    assert [s.branch for s in result.steps] == ["framework", "tenancy", "payments", "payments"]
    assert all(s.direction == "upgrade" and s.message for s in result.steps)
    assert not result.destructive
    assert migrations.current_heads(database) == ()
    assert tables(database) == set()


def test_downgrade_plans_include_dependents(database: Database) -> None:
    migrations.upgrade(database)
    orders = migrations.plan(database, "orders@base", "downgrade")
    assert revisions(orders.steps) == ["orders_002", "orders_001"]

    payments = revisions(migrations.plan(database, "payments@base", "downgrade").steps)
    assert set(payments) == {"orders_001", "orders_002", "billing_001", "payments_001", "payments_002"}
    assert payments[-1] == "payments_001"

    tenancy = revisions(migrations.plan(database, "tenancy@base", "downgrade").steps)
    assert set(tenancy) == {"tenancy_001", "tenancy_002", "customers_001", "payments_001", "orders_001"} | {
        "tenancy_003",
        "orders_002",
        "payments_002",
        "billing_001",
        "inventory_001",
    }
    assert tenancy[-1] == "tenancy_001"
    assert tenancy.index("orders_001") < tenancy.index("payments_001")
    assert tenancy.index("orders_001") < tenancy.index("customers_001")
    assert tenancy.index("billing_001") < tenancy.index("payments_001")
    assert migrations.current_heads(database) != ()  # a plan runs nothing


def test_downgrade_removes_dependents_too(database: Database) -> None:
    migrations.upgrade(database)
    migrations.downgrade(database, "payments@base")
    remaining = tables(database)
    assert not remaining & {"payments", "refunds", "orders", "order_lines", "subscriptions", "invoices"}
    assert {"customers", "stock_items", "merchants"} <= remaining
    status = by_branch(database)
    assert status["payments"].current is None and status["customers"].current == "customers_001"


# -- targets --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "spec"),
    [
        ("heads", "heads"),
        ("payments", "payments@head"),
        ("payments@head", "payments@head"),
        ("dev-tools", "dev-tools@head"),
        ("dev_tools", "dev-tools@head"),
        ("framework", "framework@head"),
        ("payments_001", "payments_001"),
    ],
)
def test_resolve_target(typed: str, spec: str) -> None:
    assert migrations.resolve_target(typed).spec == spec


def test_resolve_target_downgrade_forms() -> None:
    assert migrations.resolve_target("payments@base", "downgrade").spec == "payments@base"
    assert migrations.resolve_target("base", "downgrade").spec == "base"


@pytest.mark.parametrize(
    ("typed", "direction", "error", "code"),
    [
        ("nosuch", "upgrade", NotFound, "migrations.unknown_target"),
        ("payments_999", "upgrade", NotFound, "migrations.unknown_target"),
        ("nosuch@base", "downgrade", NotFound, "migrations.unknown_target"),
        ("analytics", "upgrade", NotFound, "migrations.no_branch"),
        ("payments@latest", "upgrade", InvalidInput, "migrations.bad_target"),
        ("@head", "upgrade", InvalidInput, "migrations.bad_target"),
        ("", "upgrade", InvalidInput, "migrations.bad_target"),
        ("payments@base", "upgrade", InvalidInput, "migrations.bad_target"),
        ("heads", "downgrade", InvalidInput, "migrations.bad_target"),
        ("payments", "downgrade", InvalidInput, "migrations.bad_target"),
    ],
)
def test_resolve_target_errors(typed: str, direction: str, error: type, code: str) -> None:
    with pytest.raises(error) as caught:
        migrations.resolve_target(typed, direction)  # type: ignore[arg-type]
    assert caught.value.code == code
    if code == "migrations.unknown_target":
        assert "platformctl migrate status" in caught.value.message
        assert "MODULE@base" in caught.value.message


def test_downgrade_to_a_revision_not_applied_is_a_clear_error(database: Database) -> None:
    migrations.upgrade(database, "framework")
    with pytest.raises(InvalidInput) as caught:
        migrations.plan(database, "payments_001", "downgrade")
    assert caught.value.code == "migrations.not_applied"


def test_downgrade_to_the_current_revision_changes_nothing(database: Database) -> None:
    migrations.upgrade(database)
    assert migrations.plan(database, "payments_002", "downgrade").is_empty
    assert migrations.plan(database, FRAMEWORK_HEAD, "downgrade").is_empty
    assert migrations.downgrade(database, "payments_002").is_empty
    assert migrations.plan(database, "payments_002").is_empty  # and upgrading to it neither


# -- SQL: offline rendering and destructive marks ---------------------------------------------------
def test_offline_sql_contains_create_table(database: Database) -> None:
    sql = migrations.offline_sql(database, "payments")
    assert "CREATE TABLE merchants" in sql
    assert "CREATE TABLE payments" in sql
    assert "CREATE TABLE orders" not in sql
    assert "payments_001" in sql
    assert tables(database) == set()  # nothing ran on the database itself
    assert migrations.current_heads(database) == ()


def test_offline_sql_from_current_revisions(database: Database) -> None:
    migrations.upgrade(database)
    sql = migrations.offline_sql(database, "payments@base", "downgrade")
    assert "DROP TABLE refunds" in sql and "DROP TABLE orders" in sql
    assert "CREATE TABLE" not in sql
    assert "refunds" in tables(database)  # still there


def test_offline_sql_by_dialect_name() -> None:
    postgres = migrations.offline_sql("postgresql", "heads")
    assert postgres.startswith("BEGIN;") and postgres.rstrip().endswith("COMMIT;")
    assert "CREATE TABLE audit_log" in postgres and "CREATE TRIGGER audit_log_append_only" in postgres
    sqlite = migrations.offline_sql("sqlite", "cms")
    assert "CREATE TABLE content_pages" in sqlite and "CREATE TRIGGER" not in sqlite


def test_destructive_statements() -> None:
    assert migrations.destructive_statements("payments_001") == [
        "DROP TABLE refunds;",
        "DROP TABLE payments;",
    ]
    assert migrations.destructive_statements("payments_001", "upgrade") == []
    with pytest.raises(NotFound):
        migrations.destructive_statements("payments_999")


def test_downgrade_plan_marks_destructive_steps(database: Database) -> None:
    migrations.upgrade(database)
    down = migrations.plan(database, "payments@base", "downgrade")
    assert down.destructive
    marks = {step.revision: step.destructive for step in down.steps}
    assert marks["payments_001"] == ("DROP TABLE refunds;", "DROP TABLE payments;")
    assert any("DROP TABLE order_lines" in s for s in marks["orders_001"])
    assert down.to_dict()["destructive"] is True
    assert not migrations.plan(database, "heads").destructive


# -- running: progress, transactions, backups ---------------------------------------------------------
def test_progress_called_once_per_revision(database: Database) -> None:
    calls: list[tuple[str, int, int]] = []
    executed = migrations.upgrade(
        database, progress=lambda step, i, total: calls.append((step.revision, i, total))
    )
    assert [c[0] for c in calls] == revisions(executed.steps)
    assert sorted(c[0] for c in calls) == sorted(REVISIONS)
    assert [c[1] for c in calls] == list(range(1, len(REVISIONS) + 1))
    assert {c[2] for c in calls} == {len(REVISIONS)}

    calls.clear()
    migrations.downgrade(
        database, "orders@base", progress=lambda step, i, total: calls.append((step.revision, i, total))
    )
    assert calls == [("orders_002", 1, 2), ("orders_001", 2, 2)]


def test_no_op_run(database: Database) -> None:
    migrations.upgrade(database)
    again = migrations.upgrade(database)
    assert again.is_empty and again.backup_path is None


def test_sqlite_backup_before_a_run(tmp_path: Path) -> None:
    path = tmp_path / "platform.db"
    database = Database(f"sqlite:///{path}")
    try:
        first = migrations.upgrade(database, "framework")
        assert first.backup_path is None  # a new, empty database: nothing to keep
        second = migrations.upgrade(database, "heads")
        backup = second.backup_path
        assert backup is not None and backup.is_file()
        assert backup.name.startswith("platform.db.pre-migrate-") and backup.suffix == ".bak"
        with sqlite3.connect(backup) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(FRAMEWORK_HEAD,)]
        migrations.restore_sqlite_backup(database, backup)
        assert migrations.current_heads(database) == (FRAMEWORK_HEAD,)
        assert tables(database) == FRAMEWORK_TABLES
    finally:
        database.dispose()


def test_restore_needs_a_backup_file(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'platform.db'}")
    with pytest.raises(NotFound):
        migrations.restore_sqlite_backup(database, tmp_path / "missing.bak")
    database.dispose()


@pytest.mark.parametrize("backend", ["postgres"])
def test_alembic_version_in_the_test_schema(backend: str, fresh_url: str) -> None:
    schema = make_url(fresh_url).query["options"].split("=", 1)[1]
    database = Database(fresh_url)
    try:
        migrations.upgrade(database, "cms")
        with database.engine.connect() as conn:
            found = conn.execute(
                text(
                    "SELECT table_schema FROM information_schema.tables WHERE table_name = 'alembic_version'"
                )
            ).scalars()
            assert schema in set(found)
            assert conn.execute(text("SELECT current_schema()")).scalar() == schema
    finally:
        database.dispose()


@pytest.mark.parametrize("backend", ["postgres"])
def test_audit_log_is_append_only_on_postgres(database: Database) -> None:
    migrations.upgrade(database, "framework")
    insert_user = (
        "INSERT INTO admin_users (username, role, password_hash, is_active, failed_signins, created_at) "
    )
    insert_user += "VALUES ('ann', 'support', 'x', true, 0, now()) RETURNING id"
    insert_entry = (
        "INSERT INTO audit_log (at, actor, admin_user_id, action, outcome, platform_codes, module_codes, "
        "request) VALUES (now(), 'admin:ann', :user, 'modules.enable', 'succeeded', '', '', '{}')"
    )
    with database.engine.begin() as conn:
        user = conn.execute(text(insert_user)).scalar()
        conn.execute(text(insert_entry), {"user": user})
    for statement in ("UPDATE audit_log SET outcome = 'failed'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as conn:
            conn.execute(text(statement))
    with database.engine.begin() as conn:  # ON DELETE SET NULL may still clear the user reference
        conn.execute(text("DELETE FROM admin_users"))
        assert conn.execute(text("SELECT admin_user_id, outcome FROM audit_log")).all() == [
            (None, "succeeded")
        ]


def test_database_newer_than_the_code(database: Database) -> None:
    migrations.upgrade(database, "cms")
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'cms_007'"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('legacy_003')"))
    status = by_branch(database)
    assert (
        status["cms"].drift and status["cms"].unknown == ("cms_007",) and status["cms"].current == "cms_007"
    )
    assert not status["cms"].up_to_date
    assert status["legacy"].drift and status["legacy"].head is None
    with pytest.raises(Refused) as caught:
        migrations.upgrade(database)
    assert caught.value.code == "migrations.database_newer"
    assert "cms_007" in caught.value.message
    with pytest.raises(Refused):
        migrations.plan(database, "cms@base", "downgrade")


def test_alembic_config_built_in_code(database: Database) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    config = migrations.alembic_config(database)
    assert config.config_file_name is None
    assert config.attributes["engine"] is database.engine
    locations = migrations.version_locations()
    assert locations[0].parts[-2:] == ("migrations", "versions")
    assert len(locations) == 9
    # Alembic's own commands work with it too (env.py connects with the engine it is given).
    command.upgrade(config, "cms")
    assert migrations.current_heads(database) == ("cms_001",)
    assert list(root.handlers) == handlers and root.level == level


def test_plain_alembic_command_with_an_ini_file(backend: str, fresh_url: str, tmp_path: Path) -> None:
    """env.py also serves `alembic -c alembic.ini ...` (the benchmarks' baseline)."""
    ini = tmp_path / "alembic.ini"
    locations = " ".join(str(p) for p in migrations.version_locations())
    ini.write_text(
        "[alembic]\n"
        f"script_location = {migrations.script_location()}\n"
        f"version_locations = {locations}\n"
        "path_separator = space\n"
        f"sqlalchemy.url = {fresh_url.replace('%', '%%')}\n"
    )
    command.upgrade(Config(str(ini)), "payments")
    database = Database(fresh_url)
    try:
        assert migrations.current_heads(database) == ("payments_001",)
    finally:
        database.dispose()


# -- naming rules and failures, with a module of our own -------------------------------------------------
def write_revision(
    folder: Path,
    name: str,
    revision: str,
    down: str | None = None,
    labels: tuple[str, ...] | None = ("demo",),
    depends: tuple[str, ...] | None = ("framework_001",),
    upgrade: str = "pass",
    downgrade: str = "pass",
) -> Path:
    path = folder / name
    body = REVISION.format(
        doc=f"Revision {revision}.",
        revision=revision,
        down=down,
        labels=labels,
        depends=depends,
        upgrade=textwrap.indent(upgrade, "    "),
        downgrade=textwrap.indent(downgrade, "    "),
    )
    path.write_text(body, encoding="utf-8")
    return path


def demo_registry(folder: Path) -> ModuleRegistry:
    return ModuleRegistry([synthetic_module(folder, "demo")])


CREATE_WIDGETS = (
    'op.create_table("widgets", sa.Column("id", sa.Integer(), primary_key=True), '
    'sa.Column("size", sa.Integer()))'
)
DROP_WIDGETS = 'op.drop_table("widgets")'


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    folder = versions_folder(tmp_path, "demo")
    # demo_001_create_widgets.py, the first revision of branch demo.
    write_branch_revision(folder, "demo", 1, "create_widgets", upgrade=CREATE_WIDGETS, downgrade=DROP_WIDGETS)
    return folder


def test_naming_rules_accept_a_good_branch(demo: Path) -> None:
    migrations.validate_migration_files(demo_registry(demo))


@pytest.mark.parametrize(
    ("name", "fields", "code"),
    [
        ("demo_2_add_size.py", {"revision": "demo_2"}, "migrations.bad_file_name"),
        ("demo_002_Add_Size.py", {"revision": "demo_002"}, "migrations.bad_file_name"),
        ("widgets_002_add_size.py", {"revision": "widgets_002"}, "migrations.bad_file_name"),
        ("demo_002_add_size.py", {"revision": "demo_02"}, "migrations.bad_revision_id"),
        ("demo_002_add_size.py", {"revision": "demo_002", "down": None}, "migrations.bad_down_revision"),
        (
            "demo_002_add_size.py",
            {"revision": "demo_002", "depends": ("framework_001",)},
            "migrations.redundant_dependency",
        ),
        (
            "demo_002_add_size.py",
            {"revision": "demo_002", "depends": ("nothing_001",)},
            "migrations.unknown_dependency",
        ),
        (
            "demo_002_add_size.py",
            {"revision": "demo_002", "labels": ("demo",)},
            "migrations.extra_branch_label",
        ),
    ],
)
def test_naming_rules_name_the_file(demo: Path, name: str, fields: dict, code: str) -> None:
    options = {"down": "demo_001", "labels": None, "depends": None, **fields}
    path = write_revision(demo, name, options.pop("revision"), **options)
    with pytest.raises(DefinitionError) as caught:
        migrations.validate_migration_files(demo_registry(demo))
    assert caught.value.code == code
    assert str(path) in caught.value.message
    assert caught.value.details["file"] == str(path)
    with pytest.raises(DefinitionError):
        migrations.alembic_config(None, demo_registry(demo))  # building the config validates


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"labels": None}, "migrations.missing_branch_label"),
        ({"depends": None}, "migrations.missing_dependency"),
    ],
)
def test_first_revision_rules(tmp_path: Path, fields: dict, code: str) -> None:
    write_revision(tmp_path, "demo_001_create_widgets.py", "demo_001", **fields)
    with pytest.raises(DefinitionError) as caught:
        migrations.validate_migration_files(demo_registry(tmp_path))
    assert caught.value.code == code
    assert "demo_001_create_widgets.py" in caught.value.message


def test_destructive_detection_of_alters(demo: Path) -> None:
    alter = textwrap.dedent(
        """\
        op.add_column("widgets", sa.Column("type", sa.String(10)))
        with op.batch_alter_table("widgets") as batch:
            batch.alter_column("size", type_=sa.BigInteger())
            batch.drop_column("size")
        op.execute("DELETE FROM widgets WHERE size IS NULL")
        op.create_index("ix_widgets_size", "widgets", ["size"])"""
    )
    write_revision(
        demo, "demo_002_resize.py", "demo_002", down="demo_001", labels=None, depends=None, upgrade=alter
    )
    marks = migrations.destructive_statements("demo_002", "upgrade", demo_registry(demo))
    assert len(marks) == 3
    assert (
        "TYPE BIGINT" in marks[0]
        and "DROP COLUMN size" in marks[1]
        and marks[2].startswith("DELETE FROM widgets")
    )


def test_downgrade_a_branch_to_a_revision(database: Database, demo: Path) -> None:
    registry = demo_registry(demo)
    create_parts = 'op.create_table("parts", sa.Column("id", sa.Integer(), primary_key=True))'
    write_revision(
        demo,
        "demo_002_add_parts.py",
        "demo_002",
        down="demo_001",
        labels=None,
        depends=None,
        upgrade=create_parts,
        downgrade='op.drop_table("parts")',
    )
    migrations.upgrade(database, registry=registry)
    assert tables(database) >= {"widgets", "parts"}
    steps = migrations.plan(database, "demo_001", "downgrade", registry)
    assert revisions(steps.steps) == ["demo_002"]
    assert steps.steps[0].destructive == ("DROP TABLE parts;",)
    migrations.downgrade(database, "demo_001", registry=registry)
    assert set(migrations.current_heads(database)) == {"demo_001", FRAMEWORK_HEAD}
    assert "parts" not in tables(database) and "widgets" in tables(database)
    status = {entry.branch: entry for entry in migrations.status(database, registry)}
    assert status["demo"].current == "demo_001" and [r.revision for r in status["demo"].pending] == [
        "demo_002"
    ]


def test_a_failing_revision(database: Database, demo: Path, backend: str) -> None:
    registry = demo_registry(demo)
    write_revision(
        demo,
        "demo_002_broken.py",
        "demo_002",
        down="demo_001",
        labels=None,
        depends=None,
        upgrade='op.execute("INSERT INTO no_such_table VALUES (1)")',
    )
    migrations.upgrade(database, "framework", registry=registry)
    with pytest.raises(MigrationFailed) as caught:
        migrations.upgrade(database, "heads", registry=registry)
    failure = caught.value
    assert failure.code == "migrations.failed"
    assert failure.details["revision"] == "demo_002"
    if backend == "postgres":
        # One transaction: demo_001 went back with the failure.
        assert failure.details["rolled_back"] is True and failure.backup_path is None
        assert migrations.current_heads(database) == (FRAMEWORK_HEAD,)
        assert "widgets" not in tables(database)
    else:
        # Alembic committed demo_001 on its own; the backup holds the database as before the run.
        assert failure.details["applied"] == ["demo_001"]
        assert failure.backup_path is not None and str(failure.backup_path) in failure.message
        assert set(migrations.current_heads(database)) == {"demo_001", FRAMEWORK_HEAD}
        migrations.restore_sqlite_backup(database, failure.backup_path)
        assert migrations.current_heads(database) == (FRAMEWORK_HEAD,)
        assert "widgets" not in tables(database)


# -- the light "at head?" check of the console's start-up (core.migrations.revisions) ----------
def test_schema_heads_match_what_alembic_stores_at_head(database: Database) -> None:
    from core.migrations import revisions as schema_heads

    assert schema_heads.stored_heads(database) is None  # no alembic_version yet
    assert not schema_heads.at_head(database)
    migrations.upgrade(database, "heads")
    expected = schema_heads.expected_heads()
    assert expected == frozenset(migrations.current_heads(database)) == schema_heads.stored_heads(database)
    assert "framework_001" not in expected  # implied by every module's revisions: Alembic keeps the tips
    assert schema_heads.at_head(database)
    assert all(branch.up_to_date for branch in migrations.status(database))


def test_schema_heads_see_pending_and_newer_revisions(database: Database) -> None:
    from core.migrations import revisions as schema_heads

    migrations.upgrade(database, "payments")  # tenancy_002 and other branches stay pending
    assert any(branch.pending for branch in migrations.status(database))
    assert not schema_heads.at_head(database)
    migrations.upgrade(database, "heads")
    migrations.downgrade(database, "tenancy_001")
    assert not schema_heads.at_head(database)
    migrations.upgrade(database, "heads")
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'cms_007' WHERE version_num = 'cms_001'"))
    assert not schema_heads.at_head(database)  # newer than the code: core.migrations explains it


def test_search_text_is_filled_for_existing_rows_and_removed_on_downgrade(database: Database) -> None:
    """tenancy_003 folds the rows already there with core.search.normalise, and goes back."""
    from modules.tenancy.services import ListQuery, MerchantService, StoreService

    migrations.upgrade(database, "tenancy_002")
    with database.engine.begin() as conn:  # rows written before the search column existed
        conn.execute(
            text(
                "INSERT INTO platforms (id, code, name, created_at) "
                "VALUES (1, 'p1', 'One', CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO merchants (id, code, name, email) VALUES (1, 'M0000001', 'Café Müller', "
                "'Info@Kaffi.example'), (2, 'M0000002', 'Other', 'o@x.example')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO stores (id, code, merchant_id, platform_id, name, domain, email) VALUES "
                "(1, 'S00000001', 1, 1, 'Épicerie Wiltz', 'epicerie.example', NULL)"
            )
        )
    migrations.upgrade(database, "tenancy_003")
    with database.engine.connect() as conn:
        folded = conn.execute(text("SELECT search_text FROM merchants ORDER BY id")).scalars().all()
    assert folded == ["cafe muller\nm0000001\ninfo@kaffi.example", "other\nm0000002\no@x.example"]
    cli = Actor.cli()
    assert [m.code for m in MerchantService(database).open(cli, ListQuery(search="MULLER")).page.rows] == [
        "M0000001"
    ]
    assert [s.code for s in StoreService(database).open(cli, ListQuery(search="epicerie w")).page.rows] == [
        "S00000001"
    ]
    migrations.downgrade(database, "tenancy_002")
    with database.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("merchants")}
        assert "search_text" not in columns
        if database.is_sqlite:  # tenancy_002's e-mail search table is back, with its rows
            hits = conn.exec_driver_sql("SELECT rowid FROM merchants_search WHERE email LIKE '%kaffi%'")
            assert hits.scalars().all() == [1]
