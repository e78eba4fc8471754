"""Migration journeys: plan and run a destructive downgrade (then upgrade back), the downgrade guard,
who may only look, and the page's state after a run."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox
from sqlalchemy import inspect, select

from core.models import AuditEntry
from tests.journeys.harness import Journey, gone

pytestmark = pytest.mark.asyncio


def tables(db: Any) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def last_audit(db: Any, action: str) -> AuditEntry:
    with db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None
        session.expunge(entry)
        return entry


async def plan(console: Journey, page: Any, direction: str, target: str) -> None:
    """Choose the direction and the target as shown in the lists, press Plan, wait for the plan."""
    console.choose(page.findChild(QComboBox, "directionCombo"), direction)
    combo = page.findChild(QComboBox, "targetCombo")
    label = next(combo.itemText(i) for i in range(combo.count()) if combo.itemText(i).startswith(target))
    console.choose(combo, label)
    previous = page.preview
    console.click(console.button(page, "Plan"))
    await console.until(lambda: page.preview is not None and page.preview is not previous)


async def run(console: Journey, page: Any, *, destructive: bool) -> str:
    """Run…, confirm (ticking "I understand" for destructive revisions); the result shown."""
    previous = page.result_label.text()
    console.click(console.button(page, "Run"))
    if destructive:
        dialog = await console.dialog("destructiveConfirm")
        confirm = page.confirm_dialog.confirm_button
        assert not confirm.isEnabled()  # not before "I understand"
        console.click(dialog.findChild(QCheckBox, "confirmAcknowledge"))
        console.click(confirm)
        await console.until(lambda: gone(dialog))
    await console.until(lambda: page.result_label.text() != previous and "done" in page.result_label.text())
    return page.result_label.text()


async def test_plan_and_run_a_destructive_downgrade_then_upgrade_back(console: Journey, roles: Any) -> None:
    assert "feature_flags" in tables(console.db)
    await console.sign_in(roles("super_admin"))
    page = await console.go("Migrations")
    await plan(console, page, "Downgrade", "dev-tools — remove")
    assert [page.plan_model.row_at(r).revision for r in range(page.plan_model.rowCount())] == [
        "dev_tools_001"
    ]
    assert "DROP TABLE feature_flags" in page.sql_view.toPlainText()
    assert "feature_flags" in tables(console.db)  # planning writes nothing
    assert "1 revision applied" in await run(console, page, destructive=True)
    assert "feature_flags" not in tables(console.db)
    entry = last_audit(console.db, "migrations.downgrade")
    assert (entry.actor, entry.outcome) == ("admin:admin", "succeeded")
    await plan(console, page, "Upgrade", "All modules")
    assert "1 revision applied" in await run(console, page, destructive=False)
    assert "feature_flags" in tables(console.db)
    await console.until(lambda: "up to date" in page.summary_label.text())


async def test_a_guarded_downgrade_is_refused_on_screen(console: Journey, roles: Any) -> None:
    before = tables(console.db)
    await console.sign_in(roles("super_admin"))
    page = await console.go("Migrations")
    await plan(console, page, "Downgrade", "payments — remove")
    warning = page.plan_warning.text()
    assert "Refused: this downgrade drops the tables of" in warning and "payments (on" in warning
    assert "demo-00001" in warning  # where it is enabled
    assert not console.button(page, "Run").isEnabled()
    assert tables(console.db) == before


@pytest.mark.parametrize("role", ["platform_admin", "operator"])
async def test_migrations_are_read_only_for(console: Journey, roles: Any, role: str) -> None:
    await console.sign_in(roles(role))
    page = await console.go("Migrations")
    await plan(console, page, "Downgrade", "dev-tools — remove")
    run_button = console.button(page, "Run")
    assert not run_button.isEnabled() and "Only a super admin can run migrations" in run_button.toolTip()
    assert "feature_flags" in tables(console.db)


async def test_support_has_no_migrations_page(console: Journey, roles: Any) -> None:
    await console.sign_in(roles("support"))
    assert "Migrations" not in console.page_titles()


async def test_after_a_run_the_page_returns_to_a_safe_default(console: Journey, roles: Any) -> None:
    await console.sign_in(roles("super_admin"))
    page = await console.go("Migrations")
    await plan(console, page, "Downgrade", "dev-tools — remove")
    await run(console, page, destructive=True)
    await console.until(lambda: "behind" in page.summary_label.text())
    assert page.findChild(QComboBox, "directionCombo").currentText() == "Upgrade"
    assert page.findChild(QComboBox, "targetCombo").currentText().startswith("All modules")
    await plan(console, page, "Upgrade", "All modules")
    assert "1 of 1 revisions" not in page.progress.text() or not page.progress.isVisible()
    assert "done" not in page.result_label.text() or not page.result_frame.isVisible()
