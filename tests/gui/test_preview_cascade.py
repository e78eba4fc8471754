"""The impact preview's Cascade choice, through the modules page, down to the database."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox

from console.asyncutil import signal_future
from core.actor import Actor
from core.services.module_service import ModuleService, Target
from tests.gui.helpers import button, wait_until

pytestmark = pytest.mark.asyncio


def enabled_on(database: Any, platform: str) -> frozenset[str]:
    return ModuleService(database).enabled_matrix(Actor.system(), Target.of([platform]))[platform]


async def test_ticking_cascade_replans_and_applies_it(session_for: Any, open_window: Any, qtbot: Any) -> None:
    session = session_for("super_admin")
    matrix = ModuleService(session.db).enabled_matrix(Actor.system(), Target(all=True))
    platform = next(code for code, mods in sorted(matrix.items()) if "billing" in mods)
    window = await open_window(session)
    page = window.page("modules")
    task = page.start_change("payments", False, Target.of([platform]))
    dialog = await wait_until(lambda: page.preview)
    assert dialog.plan.refused and not dialog.can_apply
    assert "--cascade" not in dialog.model.index(0, 4).data()

    box = dialog.findChild(QCheckBox, "previewCascade")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    await wait_until(lambda: dialog.plan.request.cascade)
    assert not dialog.plan.refused and dialog.can_apply
    assert "billing" in dialog.headline_text()
    assert (
        "payments"
        in ModuleService(session.db).enabled_matrix(Actor.system(), Target.of([platform]))[platform]
    )

    button(dialog, "Apply").click()
    await wait_until(lambda: dialog.page == dialog.OUTCOME)
    enabled = enabled_on(session.db, platform)
    assert "payments" not in enabled and "billing" not in enabled
    finished = signal_future(dialog.finished)
    button(dialog, "Close").click()
    await finished
    result = await task
    assert result is not None and result.plan.request.cascade


@pytest.mark.parametrize(("role", "shown"), [("super_admin", True), ("support", False), ("operator", False)])
async def test_toolbar_cascade_only_for_who_may_toggle(
    role: str, shown: bool, session_for: Any, open_window: Any
) -> None:
    window = await open_window(session_for(role))
    page = window.page("modules")
    assert page.cascade.isVisibleTo(window) is shown
