"""Health journey: add an endpoint (a real HTTP server on 127.0.0.1), see it healthy, then
unhealthy once the server stops, and export the health report through the file dialog."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QSpinBox

from tests.health_helpers import ServerThread, misbehaving_app
from tests.journeys.harness import Journey, gone

pytestmark = pytest.mark.asyncio

HEALTH_ROLES = ["super_admin", "platform_admin", "operator"]


def status_of(console: Journey, page: Any, name: str) -> str | None:
    view = page.targets_view
    names = console.rows(view, console.column(view, "Target"))
    if name not in names:
        return None
    return console.rows(view, console.column(view, "Status"))[names.index(name)]


async def add_endpoint(console: Journey, page: Any, name: str, url: str) -> None:
    console.click(console.button(page, "Add endpoint"))
    dialog = await console.dialog("healthTargetDialog")
    console.type_into(dialog.findChild(QLineEdit, "targetName"), name)
    console.type_into(dialog.findChild(QLineEdit, "targetUrl"), url)
    console.type_into(dialog.findChild(QDoubleSpinBox, "targetInterval"), "0.5")
    console.type_into(dialog.findChild(QSpinBox, "targetFailures"), "1")  # unhealthy at the first failure
    console.click(console.button(dialog, "OK"))
    await console.until(lambda: gone(dialog))


async def healthy_endpoint(console: Journey, roles: Any, role: str, name: str, server: ServerThread) -> Any:
    """Sign in, add the endpoint, see it healthy; the page."""
    await console.sign_in(roles(role))
    page = await console.go("Health")
    await add_endpoint(console, page, name, f"{server.url}/ok")
    await console.until(lambda: status_of(console, page, name) == "healthy", timeout=30)
    return page


@pytest.mark.parametrize("role", HEALTH_ROLES)
async def test_an_endpoint_healthy_then_unhealthy(console: Journey, roles: Any, role: str) -> None:
    name = f"shop-{role}"
    with ServerThread(misbehaving_app()) as server:
        page = await healthy_endpoint(console, roles, role, name, server)
    await console.until(lambda: status_of(console, page, name) == "unhealthy", timeout=30)
    await console.until(lambda: page.events_model.rowCount() > 0)
    assert "unhealthy" in page.events_model.data(page.events_model.index(0, 2))


@pytest.mark.parametrize("role", HEALTH_ROLES)
async def test_export_the_health_report(console: Journey, roles: Any, role: str, tmp_path: Path) -> None:
    name = f"report-{role}"
    with ServerThread(misbehaving_app()) as server:
        page = await healthy_endpoint(console, roles, role, name, server)
        await console.until(lambda: page.samples_seen >= 2)
    console.click(console.button(page, "Export report"))
    dialog = await console.dialog("healthReportDialog")
    console.click(console.button(dialog, "Browse"))
    await console.save_as(tmp_path / "health.html")
    path_edit = dialog.findChild(QLineEdit, "reportPath")
    await console.until(lambda: path_edit.text() == str(tmp_path / "health.html"))
    console.click(console.button(dialog, "Save"))
    await console.status("Health report written")
    html = (tmp_path / "health.html").read_text()
    assert name in html and "data:image/png;base64," in html
    doc = json.loads((tmp_path / "health.json").read_text())
    assert any(t["name"] == name for t in doc["targets"])


async def test_support_has_no_health_page(console: Journey, roles: Any) -> None:
    await console.sign_in(roles("support"))
    assert "Health" not in console.page_titles()
