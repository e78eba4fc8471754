"""The migrations page, standalone in a plain QMainWindow (the lead registers it in the window).

Async tests run on qasync's loop (tests/gui/conftest.py); dialogs are awaited, never exec()'d.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QPushButton, QToolButton
from sqlalchemy import text

from console.dialogs.migrations import DestructiveConfirmDialog
from console.models.migrations import BranchStatusModel, DriftModel, PlanStepModel
from console.pages.migrations import MigrationsPage
from console.session import ConsoleSession
from core import migrations, sqlite_backup
from core.actor import Actor
from core.demo import DEMO_PASSWORD
from core.services.auth import AuthService
from core.services.migration_service import MigrationService
from core.sqlite_backup import RunMarker
from tests.foundation_helpers import enabled_on
from tests.gui.conftest import ROLE_USERS
from tests.gui.helpers import cancel_console_tasks, wait_until
from tests.migration_helpers import audit, broken_registry, schema, slow_registry

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def show_page(qtbot: Any) -> AsyncIterator[Callable[..., Any]]:
    """``await show_page(session)``: the page inside a plain QMainWindow, shown and loaded."""
    shown: list[tuple[QMainWindow, MigrationsPage]] = []

    async def make(session: ConsoleSession) -> MigrationsPage:
        window = QMainWindow()
        window.setObjectName("migrationsTestWindow")
        page = MigrationsPage(session)
        window.setCentralWidget(page)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        shown.append((window, page))
        await asyncio.wait_for(page.ready(), 20)
        return page

    yield make
    for window, page in shown:
        page.shutdown()
        window.close()
    await cancel_console_tasks()
    gc.collect()  # Qt objects in reference cycles die here, on the GUI thread, not in a worker later


def session_on(database: Any, role: str = "super_admin", registry: Any = None) -> ConsoleSession:
    actor = AuthService(database).authenticate(ROLE_USERS[role], DEMO_PASSWORD)
    extra = {"registry": registry} if registry is not None else {}
    return ConsoleSession(database, actor, profile_name="test", demo=True, **extra)


async def confirm(page: MigrationsPage, *, accept: bool = True, acknowledge: bool = True) -> Any:
    dialog = await wait_until(lambda: page.confirm_dialog)
    if acknowledge and dialog.acknowledge.isVisible():
        assert not dialog.confirm_button.isEnabled()  # the extra confirmation first
        dialog.acknowledge.setChecked(True)
    if accept:
        assert dialog.confirm_button.isEnabled()
        dialog.confirm_button.click()
    else:
        dialog.cancel_button.click()
    return dialog


# -- status --------------------------------------------------------------------------------------------
async def test_status_is_shown(demo_db: Any, show_page: Any) -> None:
    page = await show_page(session_on(demo_db))
    model = page.branch_model
    rows = {model.row_at(r).branch: model.row_at(r) for r in range(model.rowCount())}
    assert page.summary_label.text() == f"All {len(rows)} branches are up to date"
    assert rows["payments"].enabled_on == len(enabled_on(demo_db, "payments"))
    column = BranchStatusModel.COLUMNS.index("enabled_on")
    shown = model.index(model.row_of("framework"), column).data()
    assert shown == f"{len(enabled_on(demo_db, 'core'))} platforms"
    assert not page.problem_label.isVisible() and not page.run_action.isEnabled()
    assert page.drift_rows == [] and "No registry drift" in page.drift_note.text()


async def test_a_database_behind_shows_pending_revisions_with_messages(demo_db: Any, show_page: Any) -> None:
    migrations.downgrade(demo_db, "dev-tools@base")
    page = await show_page(session_on(demo_db))
    assert page.summary_label.text() == "1 module behind, 1 revision to run"
    model = page.branch_model
    row = model.row_of("dev-tools")
    pending = model.index(row, BranchStatusModel.COLUMNS.index("pending")).data()
    assert pending.startswith("1 to run: dev_tools_001 ") and len(pending) > len("1 to run: dev_tools_001 ")
    assert model.index(row, BranchStatusModel.COLUMNS.index("current")).data() == "none"
    targets = [page.target_combo.itemData(i) for i in range(page.target_combo.count())]
    assert targets == ["heads", "dev-tools@head"]


# -- plan, destructive confirmation, run with progress ---------------------------------------------------
async def test_plan_then_destructive_confirmation_then_run(demo_db: Any, show_page: Any) -> None:
    page = await show_page(session_on(demo_db))
    page.set_target("downgrade", "dev-tools@base")
    preview = await page.plan_target()
    assert preview is not None and page.preview is preview
    assert [page.plan_model.row_at(r).revision for r in range(page.plan_model.rowCount())] == [
        "dev_tools_001"
    ]
    destructive = page.plan_model.index(0, PlanStepModel.COLUMNS.index("destructive")).data()
    assert destructive == "DESTRUCTIVE: DROP TABLE feature_flags;"
    sql = page.sql_view.toPlainText()
    assert "dry run on a scratch copy" in sql and "DROP TABLE feature_flags" in sql
    assert page.sql_view.isReadOnly() and page.sql_view.font().fixedPitch()
    assert "dev_tools_001" in page.plan_warning.text() and page.run_action.isEnabled()

    # Cancelled at the extra confirmation: nothing runs.
    task = asyncio.ensure_future(page.run_plan())
    dialog = await confirm(page, accept=False)
    assert "Downgrading deletes data of Developer tools:" in dialog.text.text()
    assert "• Developer tools: the feature flags table with all its rows" in dialog.text.text()
    assert dialog.acknowledge.text() == "I understand that the data of Developer tools will be deleted"
    assert "DROP TABLE feature_flags" in dialog.details.toPlainText()
    assert await task is None and "Not confirmed" in page.log_text()
    assert "feature_flags" in schema(demo_db)[0]

    # Confirmed: runs in the background with progress; the status reloads.
    task = asyncio.ensure_future(page.run_plan())
    await confirm(page)
    result = await asyncio.wait_for(task, 30)
    assert result is not None and [s.revision for s in result.applied] == ["dev_tools_001"]
    assert page.progress.value() == page.progress.maximum() == 1
    assert "[1/1] downgrade dev_tools_001 (dev-tools)" in page.log_text()
    assert page.plan_model.state(0) == PlanStepModel.APPLIED
    assert "Downgrade to dev-tools@base done: 1 revision applied" in page.result_label.text()
    assert "feature_flags" not in schema(demo_db)[0]
    assert page.summary_label.text() == "1 module behind, 1 revision to run"
    entry = audit(demo_db, "migrations.downgrade")[-1]
    assert (entry.outcome, entry.actor) == ("succeeded", "admin:admin")
    assert entry.request["confirm_destructive"] is True


async def test_a_run_reports_each_revision_and_the_gui_stays_responsive(
    demo_db: Any, show_page: Any, tmp_path: Path
) -> None:
    page = await show_page(session_on(demo_db, registry=slow_registry(tmp_path, seconds=0.25, count=3)))
    assert page.summary_label.text() == "1 module behind, 3 revisions to run"
    page.set_target("upgrade", "slow@head")
    preview = await page.plan_target()
    assert preview is not None and preview.revisions == ("slow_001", "slow_002", "slow_003")
    ticks: list[float] = []
    heartbeat = QTimer(page)
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    seen: list[int] = []
    page.progress.valueChanged.connect(seen.append)
    heartbeat.start()
    try:
        result = await asyncio.wait_for(page.run_plan(), 30)  # not destructive: no confirmation
    finally:
        heartbeat.stop()
        heartbeat.deleteLater()
    assert result is not None and len(result.applied) == 3
    assert seen[-3:] == [1, 2, 3]
    for index in (1, 2, 3):
        assert f"[{index}/3] upgrade slow_00{index} (slow)" in page.log_text()
    assert [page.plan_model.state(r) for r in range(3)] == [PlanStepModel.APPLIED] * 3
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 50 and max(gaps) < 0.2  # the loop kept turning during 0.75 s of migrations
    assert page.summary_label.text().startswith("All ")
    assert page.progress.text() == "3 of 3 revisions"
    page.direction_combo.setCurrentIndex(page.direction_combo.findData("downgrade"))
    targets = [page.target_combo.itemData(i) for i in range(page.target_combo.count())]
    at = targets.index("slow@base")
    assert targets[at : at + 3] == ["slow@base", "slow_002", "slow_001"]


# -- refusal -----------------------------------------------------------------------------------------------
async def test_a_refused_downgrade_names_modules_and_platforms(demo_db: Any, show_page: Any) -> None:
    on = enabled_on(demo_db, "payments")
    assert on, "the demo seed enables payments somewhere"
    page = await show_page(session_on(demo_db))
    page.set_target("downgrade", "payments@base")
    preview = await page.plan_target()
    assert preview is not None and preview.guard is not None
    warning = page.plan_warning.text()
    assert "Refused: this downgrade drops the tables of" in warning and "payments (on" in warning
    assert on[0] in warning and not page.run_action.isEnabled()
    assert "guard" in page.run_action.toolTip()

    # Forced anyway (say, from the command palette): the service refuses, the page names them.
    before = schema(demo_db)
    assert await page.run_plan() is None
    text_ = page.result_label.text()
    assert page.refusal is not None and page.refusal.code == "migrations.module_enabled"
    assert "payments (on" in text_ and on[0] in text_ and f"on {len(on)} platforms:" in text_
    assert schema(demo_db) == before and page.confirm_dialog is None
    assert audit(demo_db, "migrations.downgrade")[-1].error_code == "migrations.module_enabled"


async def test_an_operator_sees_but_cannot_run(demo_db: Any, show_page: Any) -> None:
    page = await show_page(session_on(demo_db, "operator"))
    page.set_target("downgrade", "dev-tools@base")
    assert await page.plan_target() is not None
    assert not page.run_action.isEnabled() and "Only a super admin" in page.run_action.toolTip()
    assert not page.repair_action.isEnabled() and not page.preview_repair_action.isEnabled()
    assert "feature_flags" in schema(demo_db)[0]


async def test_the_service_refuses_an_operator_even_past_the_page(demo_db: Any, show_page: Any) -> None:
    page = await show_page(session_on(demo_db, "operator"))
    page.set_target("downgrade", "dev-tools@base")
    await page.plan_target()
    task = asyncio.ensure_future(page.run_plan())
    await confirm(page)
    assert await asyncio.wait_for(task, 20) is None
    assert page.refusal is not None and page.refusal.code == "permission.denied"
    assert "does not allow migrations.run" in page.result_label.text()
    assert audit(demo_db, "migrations.downgrade")[-1].actor == "admin:operator"


# -- failures ------------------------------------------------------------------------------------------------
async def test_a_failing_revision_on_sqlite_offers_the_restore(
    demo_db: Any, show_page: Any, tmp_path: Path
) -> None:
    before = schema(demo_db)
    page = await show_page(session_on(demo_db, registry=broken_registry(tmp_path)))
    page.set_target("upgrade", "heads")
    preview = await page.plan_target()
    assert preview is not None and preview.revisions == ("broken_001",)
    assert "the dry run on a scratch copy failed at broken_001" in page.sql_view.toPlainText()
    assert await page.run_plan() is None
    failure = page.failure
    assert failure is not None and failure.details["revision"] == "broken_001"
    shown = page.result_label.text()
    assert "The run failed in broken_001: deliberate failure in broken_001" in shown
    assert "Applied and kept before the failure: none." in shown and str(failure.backup_path) in shown
    assert page.plan_model.state(0) == PlanStepModel.FAILED
    assert page.restore_button.isVisible() and page.restore_button.isEnabled()

    task = asyncio.ensure_future(page.restore_backup())
    dialog = await confirm(page)
    assert "broken_001" in dialog.text.text() and str(failure.backup_path) in dialog.details.toPlainText()
    restored = await asyncio.wait_for(task, 20)
    assert restored is not None and restored.carried_audit_entries >= 1
    assert schema(demo_db) == before and not page.restore_button.isVisible()
    assert "Restored the database from" in page.result_label.text()
    actions = [e.action for e in audit(demo_db, "migrations.upgrade") + audit(demo_db, "migrations.restore")]
    assert actions == ["migrations.upgrade", "migrations.restore"]


@pytest.mark.parametrize("backend", ["postgres"])
async def test_a_failing_revision_on_postgres_changes_nothing(
    session_any: Any, show_page: Any, backend: str, tmp_path: Path
) -> None:
    database = session_any("super_admin").db
    before = schema(database)
    page = await show_page(session_on(database, registry=broken_registry(tmp_path)))
    page.set_target("upgrade", "broken@head")
    await page.plan_target()
    assert "PostgreSQL" in page.sql_view.toPlainText() and "broken_things" in page.sql_view.toPlainText()
    assert await page.run_plan() is None
    shown = page.result_label.text()
    assert "The run failed in broken_001" in shown and "rolled the whole run back" in shown
    assert not page.restore_button.isVisible()
    assert schema(database) == before


# -- drift -------------------------------------------------------------------------------------------------
async def test_schema_drift_is_shown_read_only(demo_db: Any, show_page: Any) -> None:
    with demo_db.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('payments_999')"))
    page = await show_page(session_on(demo_db))
    assert page.problem_label.isVisible() and "newer release" in page.problem_label.text()
    assert "payments_999" in page.problem_label.text() and page.summary_label.text().startswith("Read-only")
    assert not page.plan_action.isEnabled() and not page.run_action.isEnabled()


async def test_registry_drift_and_repair(demo_db: Any, show_page: Any) -> None:
    with demo_db.engine.begin() as conn:
        first = conn.execute(text("SELECT min(id) FROM platforms")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO platform_modules (platform_id, module_code, enabled, config) "
                "VALUES (:pid, 'platform-admin', 1, '{}')"
            ),
            {"pid": first},
        )
        conn.execute(
            text("UPDATE platform_modules SET enabled = 0 WHERE module_code = 'cms' AND platform_id = :pid"),
            {"pid": first},
        )
    page = await show_page(session_on(demo_db))
    rows = {(r.kind, r.module) for r in page.drift_rows}
    assert rows == {("unknown_module", "platform-admin"), ("core_missing", "cms")}
    assert page.tabs.tabText(page.drift_tab_index) == "Registry drift (2)"
    repair = page.drift_model.index(0, DriftModel.COLUMNS.index("repair")).data()
    assert repair == "rename to tenancy" and page.repair_action.isEnabled()

    dry = await page.preview_repair()
    assert dry is not None and dry.dry_run and "Dry run (nothing written)" in page.drift_note.text()
    task = asyncio.ensure_future(page.repair())
    dialog = await confirm(page)
    assert "renamed platform-admin to tenancy" in dialog.text.text()
    result = await asyncio.wait_for(task, 20)
    assert result is not None and not result.dry_run and result.changed
    assert page.drift_rows == [] and page.tabs.tabText(page.drift_tab_index) == "Registry drift"
    assert "Repaired:" in page.drift_note.text()
    assert audit(demo_db, "modules.repair")[-1].outcome == "succeeded"
    assert MigrationService(demo_db).drift(Actor.cli()) == []


async def test_item_models(demo_db: Any, qtmodeltester: Any, tmp_path: Path) -> None:
    service = MigrationService(demo_db)
    branches = BranchStatusModel()
    branches.set_branches(service.status(Actor.cli()).branches)
    qtmodeltester.check(branches)
    steps = PlanStepModel()
    steps.set_steps(service.plan(Actor.cli(), "payments@base", "downgrade", sql=False).plan.steps)
    steps.set_state(0, PlanStepModel.APPLIED)
    qtmodeltester.check(steps)
    with demo_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO platform_modules (platform_id, module_code, enabled, config) "
                "SELECT id, 'gone', 1, '{}' FROM platforms"
            )
        )
    drift = DriftModel()
    drift.set_rows(service.drift(Actor.cli()))
    assert drift.rowCount() == 1 and "more" in drift.index(0, 3).data()
    qtmodeltester.check(drift)


# -- after a run: a safe default; a new plan forgets the old outcome ----------------------------------------
def click(page: MigrationsPage, name: str) -> None:
    button = page.findChild(QToolButton, name) or page.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot_click(button)


def qtbot_click(widget: Any) -> None:
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(combo: Any, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


async def test_after_a_run_the_page_returns_to_upgrade_heads_and_a_new_plan_clears_the_outcome(
    demo_db: Any, show_page: Any
) -> None:
    page = await show_page(session_on(demo_db))
    choose(page.direction_combo, "downgrade")
    assert page.target_combo.currentIndex() == -1 and not page.plan_action.isEnabled()  # nothing chosen
    choose(page.target_combo, "dev-tools@base")
    click(page, "planButton")
    await wait_until(lambda: page.preview is not None)
    click(page, "runButton")
    await confirm(page)
    await wait_until(lambda: page.result is not None and not page.running, 30)
    await wait_until(lambda: page.direction() == "upgrade")
    assert "feature_flags" not in schema(demo_db)[0]
    # The safe default, not the most destructive choice left in the list (framework@base).
    assert (page.direction(), page.target()) == ("upgrade", "heads")
    assert page.direction_combo.currentText() == "Upgrade"
    assert page.result_frame.isVisible() and "done" in page.result_label.text()
    assert page.progress.isVisible() and page.progress.text() == "1 of 1 revision"

    click(page, "planButton")
    await wait_until(lambda: page.preview is not None)
    assert not page.result_frame.isVisible() and not page.progress.isVisible()
    assert page.preview.revisions == ("dev_tools_001",) and page.result is None
    assert page.plan_note.text() == "Upgrade to heads: 1 revision, on dev-tools."


async def test_the_destructive_confirmation_names_modules_and_their_data_in_plain_words(
    demo_db: Any, qtbot: Any
) -> None:
    plan = MigrationService(demo_db).plan(Actor.cli(), "framework@base", "downgrade", sql=False).plan
    steps = [step for step in plan.steps if step.destructive]
    names = {"framework": "Core", "orders": "Orders", "payments": "Payments"}
    dialog = DestructiveConfirmDialog(
        steps, "downgrade", "framework@base", module_of=lambda b: names.get(b, b.title()), backup=True
    )
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "• Orders: the order lines and orders tables with all their rows" in text
    assert "• Payments: the refunds and payments tables with all their rows\n" in text
    assert (
        "• Developer tools" not in text and "• Dev-Tools: the feature flags table with all its rows" in text
    )
    assert "A copy of the whole database is saved first" in text
    assert "(s)" not in text and "_" not in text.split("\n")[0]
    acknowledge = dialog.acknowledge.text()
    # The framework's newest revisions (tags, rollouts) come off first, so Core may lead the list;
    # every module is named once, in plain words.
    assert acknowledge.startswith("I understand that the data of ") and "_0" not in acknowledge
    assert acknowledge.endswith(" will be deleted")
    named = acknowledge.removeprefix("I understand that the data of ").removesuffix(" will be deleted")
    names_listed = [n.strip() for n in named.replace(" and ", ", ").split(",")]
    assert sorted(names_listed) == sorted(set(names_listed))
    assert {"Core", "Cms", "Dev-Tools", "Orders", "Payments", "Tenancy"} <= set(names_listed)


# -- a run killed half-way ---------------------------------------------------------------------------------
async def test_an_interrupted_run_shows_a_banner_with_the_restore(demo_db: Any, show_page: Any) -> None:
    import subprocess
    import sys

    backup = migrations.backup_sqlite(demo_db)
    migrations.downgrade(demo_db, "dev-tools@base", backup=False)  # what the killed run had done
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    database = Path(demo_db.url.database)
    marker = RunMarker(
        "migrations.downgrade", "downgrade", "dev-tools@base", "admin:admin", None, [], pid=child.pid
    )
    marker.state, marker.backup = "running", str(backup)
    sqlite_backup.write_marker(database, marker)

    page = await show_page(session_on(demo_db))
    assert page.interrupted_frame.isVisible()
    shown = page.interrupted_label.text()
    assert "was interrupted" in shown and str(backup) in shown and "platformctl --db" in shown
    assert [e.outcome for e in audit(demo_db, "migrations.downgrade")] == ["interrupted"]

    click(page, "interruptedRestoreButton")
    dialog = await confirm(page)
    assert "was interrupted before it finished" in dialog.text.text()
    await wait_until(lambda: "Restored the database from" in page.result_label.text(), 30)
    await wait_until(lambda: not page.running and not page.interrupted_frame.isVisible())
    assert "feature_flags" in schema(demo_db)[0] and not page.interrupted_frame.isVisible()
    assert not sqlite_backup.marker_path(database).exists()
    assert "pre-restore-" in page.result_label.text()


async def test_an_operator_sees_the_banner_but_cannot_restore(demo_db: Any, show_page: Any) -> None:
    import subprocess
    import sys

    backup = migrations.backup_sqlite(demo_db)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    marker = RunMarker("migrations.upgrade", "upgrade", "heads", "cli:root", None, [], pid=child.pid)
    marker.state, marker.backup = "running", str(backup)
    sqlite_backup.write_marker(Path(demo_db.url.database), marker)
    page = await show_page(session_on(demo_db, "operator"))
    assert page.interrupted_frame.isVisible() and not page.interrupted_restore.isEnabled()
    assert "Only a super admin" in page.interrupted_restore.toolTip()
