"""What a role may not do is hidden or disabled, and the services refuse it anyway."""

from __future__ import annotations

from typing import Any

import pytest

from console.asyncutil import run_sync
from core.errors import PermissionDenied
from core.graph import ChangeRequest
from core.services.audit import AuditFilter
from core.services.module_service import Target
from tests.gui.helpers import EVERY_PAGE, wait_until

pytestmark = pytest.mark.asyncio


async def test_operator_sees_modules_read_only(session_for: Any, open_window: Any) -> None:
    session = session_for("operator")
    window = await open_window(session)
    assert window.page_ids() == ["modules", "graph", "rollouts", "migrations", "health"]  # no audit, no users
    page = window.page("modules")
    assert not page.enable_action.isVisible() and not page.disable_action.isVisible()
    assert not page.selector.isVisibleTo(page)
    labels = [command.label for command in window.palette_commands()]
    assert not any("Enable" in label or "Disable" in label for label in labels)
    assert not any("Users" in label or "Audit" in label for label in labels)
    # Double-clicking a cell does nothing for this role ...
    page.matrix.doubleClicked.emit(page.matrix_model.index(0, 1))
    assert page.preview is None
    # ... and the service refuses the change whatever the screen does.
    platform = page.matrix_model.platform_at(0).code
    with pytest.raises(PermissionDenied):
        await run_sync(
            session.modules.apply, session.actor, Target.of([platform]), ChangeRequest(enable=("analytics",))
        )
    with pytest.raises(PermissionDenied):
        await run_sync(session.auth.list_users, session.actor)
    with pytest.raises(PermissionDenied):
        await run_sync(session.audit_entries, AuditFilter())


async def test_support_has_audit_but_not_users(session_for: Any, open_window: Any) -> None:
    session = session_for("support")
    window = await open_window(session)
    assert window.page_ids() == [
        "modules",
        "graph",
        "rollouts",
        "merchants",
        "stores",
        "payments",
        "orders",
        "audit",
    ]
    assert not window.page("modules").enable_action.isVisible()
    with pytest.raises(PermissionDenied):
        await run_sync(session.auth.create_user, session.actor, "eve", "super_admin", "eve-password-1")


async def test_platform_admin_configures_only_own_platforms(session_for: Any, open_window: Any) -> None:
    session = session_for("platform_admin")
    window = await open_window(session)
    assert window.page_ids() == [p for p in EVERY_PAGE if p != "users"]
    page = window.page("modules")
    assert page.enable_action.isVisible()
    with pytest.raises(PermissionDenied):
        await run_sync(
            session.modules.configure,
            session.actor,
            "analytics",
            Target.of(["demo-00009"]),
            {"retention_days": 30},
        )
    page._open_settings("analytics", "demo-00001")
    await wait_until(lambda: page._config_key == ("analytics", "demo-00001"))
    assert page.config_save.isEnabled()
    page._config_form.editor("retention_days").setValue(30)
    assert await page.save_config() == ["demo-00001"]


async def test_read_only_session_disables_every_write(session_for: Any, open_window: Any) -> None:
    session = session_for("super_admin")
    session.read_only = True
    session.read_only_reason = "newer schema"
    window = await open_window(session)
    assert window.banner.isVisibleTo(window) and "newer schema" in window.banner.text()
    assert not window.page("modules").enable_action.isVisible()
    users = window.page("users")
    await users.ready()
    assert not users.create_action.isEnabled()
