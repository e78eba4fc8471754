"""Export journeys: the dependency graph as PNG, the audit log as CSV, typed into the file dialog."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from core.demo import DEMO_PASSWORD
from core.graph import ChangeRequest
from core.services.auth import AuthService
from core.services.module_service import ModuleService, Target
from modules.tenancy.services import MerchantService
from tests.journeys.conftest import ROLES
from tests.journeys.harness import Journey

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize("role", ROLES)
async def test_export_the_dependency_graph_as_png(
    console: Journey, roles: Any, role: str, tmp_path: Path
) -> None:
    await console.sign_in(roles(role))
    page = await console.go("Dependency graph")
    console.click(console.button(page, "Export PNG"))
    target = tmp_path / "exports" / "graph"
    target.parent.mkdir()
    await console.save_as(target)  # typed without the suffix: the dialog adds .png
    png = target.with_suffix(".png")
    await console.until(lambda: png.exists() and png.stat().st_size > 0)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert str(png) in console.window.statusBar().currentMessage()


def something_audited(db: Any, username: str) -> None:
    """Earlier that day, as ``username``: a module enabled (admins), a merchant suspended (support)."""
    actor = AuthService(db).authenticate(username, DEMO_PASSWORD)
    if actor.role.value == "support":
        service = MerchantService(db)
        service.suspend(actor, "M0000001", "checking a complaint")
        service.reactivate(actor, "M0000001", "complaint settled")
    else:
        ModuleService(db).apply(actor, Target.of(["demo-00001"]), ChangeRequest(enable=("messaging",)))


@pytest.mark.parametrize("role", ["super_admin", "platform_admin", "support"])
async def test_export_the_audit_log_as_csv(console: Journey, roles: Any, role: str, tmp_path: Path) -> None:
    something_audited(console.db, roles(role))
    await console.sign_in(roles(role))
    page = await console.go("Audit")
    await console.until(lambda: page.model.rowCount() > 0)  # at least this sign-in
    shown = console.rows(page.table, 0)
    console.click(console.button(page, "Export CSV"))
    target = tmp_path / "audit.csv"
    await console.save_as(target)
    await console.until(lambda: "exported to" in console.window.statusBar().currentMessage())
    with target.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] and len(rows) - 1 == len(shown) == page.model.rowCount()
    actor = rows[0].index("Who")  # the columns as shown, then the id, UTC time, request and plan
    assert f"admin:{roles(role)}" in {r[actor] for r in rows[1:]}


async def test_the_audit_page_is_refused_for_an_operator(console: Journey, roles: Any) -> None:
    await console.sign_in(roles("operator"))
    assert "Audit" not in console.page_titles() and "Modules" in console.page_titles()
