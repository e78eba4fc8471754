"""Module journeys: enable with pull-ins on several platforms, disable with cascade, configure."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QSpinBox, QTabWidget, QWidget
from sqlalchemy import select

from core.actor import Actor
from core.models import AuditEntry, Platform, PlatformModule
from core.services.module_service import ModuleService, Target
from tests.journeys.harness import Journey

pytestmark = pytest.mark.asyncio

# padmin owns demo-00001 and demo-00002; marketplace needs inventory, which demo-00002 lacks.
ENABLE_ON = {
    "super_admin": ["demo-00001", "demo-00002", "demo-00003"],
    "platform_admin": ["demo-00001", "demo-00002"],
}


def enabled(db: Any, platform: str) -> frozenset[str]:
    return ModuleService(db).enabled_matrix(Actor.system(), Target.of([platform]))[platform]


def last_audit(db: Any, action_prefix: str) -> AuditEntry:
    with db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action.startswith(action_prefix))
            .order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None, f"no audit entry {action_prefix}*"
        session.expunge(entry)
        return entry


async def open_modules(console: Journey, username: str) -> Any:
    await console.sign_in(username)
    return await console.go("Modules")


def select_module(console: Journey, page: Any, code: str) -> None:
    console.click_row(page.module_table, page.module_model.row_of(code), 0)
    assert page.selected_module().code == code


def check_platforms(console: Journey, page: Any, codes: list[str]) -> None:
    view, model = page.selector.view, page.selector.model
    for code in codes:
        row = next(r for r in range(model.rowCount()) if model.code_at(r) == code)
        console.click_row(view, row)
    assert sorted(page.selector.selected() or []) == sorted(codes)


async def apply_preview(console: Journey, page: Any) -> str:
    """Apply what the impact preview shows; the outcome's text, once closed."""
    preview = await console.dialog("impactPreview")
    console.click(console.button(preview, "Apply"))
    await console.until(lambda: preview.page == preview.OUTCOME)
    text = preview.outcome_text()
    console.click(console.button(preview, "Close"))
    await console.until(lambda: page.preview is None)
    return text


@pytest.mark.parametrize("role", ["super_admin", "platform_admin"])
async def test_enable_a_module_with_pull_ins_on_several_platforms(
    console_any: Journey, roles: Any, role: str
) -> None:
    console = console_any  # on SQLite and on PostgreSQL
    targets = ENABLE_ON[role]
    before = {p: enabled(console.db, p) for p in targets}
    page = await open_modules(console, roles(role))
    select_module(console, page, "marketplace")
    check_platforms(console, page, targets)
    console.click(console.tool_button(page, "Enable marketplace on target"))
    preview = await console.dialog("impactPreview")
    headline = preview.headline_text()
    assert "marketplace" in headline and "inventory (pulled in)" in headline  # shown before any write
    assert all("marketplace" not in enabled(console.db, p) for p in targets)
    assert "Done" in await apply_preview(console, page)
    for platform in targets:
        assert {"marketplace", "inventory"} <= enabled(console.db, platform)
    await console.until(lambda: all(page.matrix_model.is_enabled(p, "marketplace") for p in targets))
    assert all(page.matrix_model.is_enabled(p, "inventory") for p in targets)
    entry = last_audit(console.db, "modules.")
    assert entry.actor == f"admin:{roles(role)}" and entry.outcome == "succeeded"
    assert all(f",{p}," in entry.platform_codes for p in targets)
    assert ",marketplace," in entry.module_codes and ",inventory," in entry.module_codes
    assert "inventory" not in before["demo-00002"]


@pytest.mark.parametrize("role", ["support", "operator"])
async def test_modules_are_read_only_for(console: Journey, roles: Any, role: str) -> None:
    page = await open_modules(console, roles(role))
    select_module(console, page, "marketplace")
    assert console.tool_button(page, "Enable marketplace on target") is None
    assert console.tool_button(page, "Disable marketplace on target") is None
    assert not page.selector.isVisible()
    console.click_row(
        page.matrix,
        page.matrix_model.row_of("demo-00001"),
        page.matrix_model.column_of("marketplace"),
        double=True,
    )
    assert page.preview is None  # a double-click toggles nothing either


@pytest.mark.parametrize("role", ["support", "operator"])
async def test_no_cascade_choice_for(console: Journey, roles: Any, role: str) -> None:
    page = await open_modules(console, roles(role))
    assert not page.cascade.isVisible()


@pytest.mark.parametrize("role", ["super_admin", "platform_admin"])
async def test_disable_with_cascade(console: Journey, roles: Any, role: str) -> None:
    platform = "demo-00002"  # payments, with orders requiring it; owned by padmin
    assert {"payments", "orders"} <= enabled(console.db, platform)
    page = await open_modules(console, roles(role))
    select_module(console, page, "payments")
    check_platforms(console, page, [platform])
    console.click(console.tool_button(page, "Disable payments on target"))
    preview = await console.dialog("impactPreview")
    assert not preview.can_apply and "orders -> payments" in preview.apply_note + preview.table.model().data(
        preview.table.model().index(0, preview.table.model().columnCount() - 1)
    )
    console.click(console.button(preview, "Cancel"))
    await console.until(lambda: page.preview is None)
    assert "payments" in enabled(console.db, platform)
    console.click(page.cascade)
    console.click(console.tool_button(page, "Disable payments on target"))
    preview = await console.dialog("impactPreview")
    assert "cascade" in preview.headline_text() and "orders (by cascade)" in preview.headline_text()
    assert "Done" in await apply_preview(console, page)
    assert not {"payments", "orders"} & enabled(console.db, platform)
    await console.until(lambda: page.matrix_model.is_enabled(platform, "payments") is False)
    assert page.matrix_model.is_enabled(platform, "orders") is False
    entry = last_audit(console.db, "modules.")
    assert entry.actor == f"admin:{roles(role)}" and ",orders," in entry.module_codes


@pytest.mark.parametrize("role", ["super_admin", "platform_admin"])
async def test_configure_a_module_including_a_secret(console: Journey, roles: Any, role: str) -> None:
    platform, secret = "demo-00001", "lz-secret-0123456789"
    page = await open_modules(console, roles(role))
    select_module(console, page, "marketplace")
    console.click_row(page.matrix, page.matrix_model.row_of(platform), 0)
    console.click_tab(page.findChild(QTabWidget, "moduleDetail"), "Configuration")
    form = await console.until(lambda: page.findChild(QWidget, "configForm"))
    key = form.findChild(QLineEdit, "field_api_key")
    assert key.echoMode() == QLineEdit.EchoMode.Password
    console.type_into(key, secret)
    interval = form.findChild(QSpinBox, "field_sync_interval_minutes")
    console.type_into(interval, "45")
    console.click(page.config_save)
    await console.until(
        lambda: "Saved the settings of marketplace" in console.window.statusBar().currentMessage()
    )
    with console.db.sessions() as session:
        row = session.scalars(
            select(PlatformModule)
            .join(Platform, Platform.id == PlatformModule.platform_id)
            .where(Platform.code == platform, PlatformModule.module_code == "marketplace")
        ).one()
        stored = json.dumps(row.config)
    assert row.config["sync_interval_minutes"] == 45
    assert secret not in stored and row.config["api_key"]  # stored, encrypted
    entry = last_audit(console.db, "modules.configure")
    assert secret not in json.dumps(entry.request) + json.dumps(entry.plan) and "***" in json.dumps(
        entry.request
    )
    # Read back masked: the editor stays empty ("unchanged"), the secret is never shown.
    reread = await console.until(lambda: page.config_area.widget() is not form and page.config_area.widget())
    assert reread.findChild(QLineEdit, "field_api_key").text() == ""


@pytest.mark.parametrize("role", ["support", "operator"])
async def test_configuration_is_refused_for(console: Journey, roles: Any, role: str) -> None:
    page = await open_modules(console, roles(role))
    select_module(console, page, "marketplace")
    console.click_row(page.matrix, page.matrix_model.row_of("demo-00005"), 0)
    console.click_tab(page.findChild(QTabWidget, "moduleDetail"), "Configuration")
    form = await console.until(lambda: page.findChild(QWidget, "configForm"))
    assert not form.isEnabled() and not page.config_save.isEnabled()
