""" "Roll out in waves…" from the modules page's impact preview, clicked through as a person would:
the dialog opens with the change and its targets, offers the targets' tags as waves, checks each
field as it is typed (errors under the field, in the interface's language), previews the waves
without writing, and creates (and starts) the rollout; a refusal of the service comes in the
console's error dialog. On SQLite and PostgreSQL where it writes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from console.asyncutil import run_sync, signal_future
from console.dialogs.errors import ErrorDialog
from core.actor import Actor
from core.graph import ChangeRequest
from core.services.module_service import ModuleService, Target
from core.services.platforms import PlatformService
from core.services.rollouts import RolloutService
from tests.gui.helpers import top_level, wait_until
from tests.i18n_helpers import language_restored

pytestmark = pytest.mark.asyncio
SYSTEM = Actor.system()
GATES = ["prom:sum by (platform) (rate(errors_total[5m])) < 0.5", "approval"]


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def retype(qtbot: Any, edit: Any, text: str) -> None:
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


async def open_dialog(page: Any, qtbot: Any, module: str = "orders", target: Target | None = None) -> Any:
    """The preview of enabling ``module`` (on every platform), then its "Roll out in waves…"."""
    page.select_module(module)
    if target is None:
        page.selector.set_selected(None)
        page.enable_action.trigger()
    else:
        page.start_change(module, False, target)
    preview = await wait_until(lambda: page.preview if page.preview and page.preview.isVisible() else None)
    button = preview.rollout_button
    assert button.isVisible() and button.isEnabled()
    click(qtbot, button)
    dialog = await wait_until(
        lambda: page.rollout_dialog if page.rollout_dialog and page.rollout_dialog.isVisible() else None
    )
    assert page.preview is None  # the preview made way for the rollout
    return dialog


async def test_create_and_start_a_rollout_from_the_preview(
    session_any: Any, open_window: Any, qtbot: Any
) -> None:
    session = session_any("super_admin")
    db = session.db
    codes = sorted(r.code for r in PlatformService(db).list_platforms(SYSTEM))
    canary = codes[:2]
    for code in canary:
        PlatformService(db).tag(SYSTEM, code, ["canary"])
    window = await open_window(session)
    page = window.page("modules")
    dialog = await open_dialog(page, qtbot)
    assert dialog.windowTitle() == "Roll out in waves: enable orders"
    assert "Enable Orders on 12 target platforms" in dialog.summary.text()
    assert dialog.name_edit.text().startswith("enable orders ")
    assert dialog.waves_edit.text() == "1%,10%,50%,100%"

    # The targets' tags, offered as waves of their own.
    await wait_until(dialog.tags_button.isEnabled)
    (action,) = dialog.tags_menu.actions()
    assert action.text() == "tag:canary (2 platforms)"
    action.trigger()
    assert dialog.waves_edit.text() == "tag:canary,1%,10%,50%,100%"

    # A field is checked as it is typed: the error under it, Create disabled until it is right.
    retype(qtbot, dialog.bake_edit, "5 minutes")
    assert dialog.bake_row.error.isVisible()
    assert "is not a duration" in dialog.bake_row.error.text()
    assert not dialog.create_button.isEnabled() and not dialog.start_button.isEnabled()
    retype(qtbot, dialog.bake_edit, "0s")
    assert not dialog.bake_row.error.isVisible() and dialog.create_button.isEnabled()
    retype(qtbot, dialog.windows_edit, "Mon-Fri 9-17")
    assert "not a time range" in dialog.windows_row.error.text()
    retype(qtbot, dialog.windows_edit, "* 00:00-24:00 UTC")
    assert not dialog.windows_row.error.isVisible()

    # Gates: a malformed one stays out of the list, with why.
    editor = dialog.gate_editor
    assert not dialog.timeout_edit.isEnabled()  # no gate that asks anything yet
    qtbot.keyClicks(editor.prom_query, "sum by (platform) (rate(errors_total[5m]))")
    qtbot.keyClicks(editor.prom_threshold, "low")
    click(qtbot, editor.add_button)
    assert editor.error.isVisible() and "is not a gate" in editor.error.text()
    assert editor.gates() == []
    retype(qtbot, editor.prom_threshold, "0.5")
    click(qtbot, editor.add_button)
    assert not editor.error.isVisible()
    editor.set_kind("approval")
    click(qtbot, editor.add_button)
    assert editor.gates() == GATES
    assert dialog.timeout_edit.isEnabled() and not dialog.alpha_spin.isEnabled()
    click(qtbot, dialog.rollback_radio)

    # The waves, previewed by a dry run: nothing written.
    click(qtbot, dialog.preview_button)
    await wait_until(lambda: dialog.waves_table.rowCount() > 0)
    table = dialog.waves_table
    assert table.item(0, 1).text() == "2"
    assert set(table.item(0, 3).text().split(", ")) == set(canary)
    assert sum(int(table.item(r, 1).text()) for r in range(table.rowCount())) == 12
    assert "Nothing is written" in dialog.preview_note.text()
    assert await run_sync(RolloutService(db).list, SYSTEM) == []

    finished = signal_future(dialog.finished)
    click(qtbot, dialog.start_button)
    assert await finished == 1
    (listed,) = await run_sync(RolloutService(db).list, SYSTEM)
    doc = await run_sync(RolloutService(db).show, SYSTEM, listed["id"])
    assert doc["state"] == "running" and doc["started_by"] == session.actor.name
    assert doc["gates"] == GATES and doc["on_fail"] == "rollback" and doc["bake"] == 0
    assert doc["windows"] == ["* 00:00-24:00 UTC"]
    assert sorted(doc["waves"][0]["platforms"]) == canary
    assert doc["change"]["kind"] == "enable" and doc["change"]["modules"] == ["orders"]
    assert f"Rollout #{doc['id']}" in window.statusBar().currentMessage()
    # The Rollouts page opens on it.
    page = window.page("rollouts")
    await wait_until(lambda: page.doc is not None and page.doc["id"] == doc["id"])
    assert window.current_page() is page


async def test_a_refusal_of_the_service_comes_in_the_error_dialog(
    session_any: Any, open_window: Any, qtbot: Any
) -> None:
    """Disabling payments where billing is off; meanwhile another connection enables billing there
    (which needs payments): Create is refused as a plain change would be, nothing is created."""
    session = session_any("super_admin")
    db = session.db
    matrix = ModuleService(db).enabled_matrix(SYSTEM, Target.of(all_platforms=True))
    platform = next(code for code, on in sorted(matrix.items()) if "payments" in on and "billing" not in on)
    window = await open_window(session)
    page = window.page("modules")
    dialog = await open_dialog(page, qtbot, "payments", Target.of([platform]))
    assert dialog.windowTitle() == "Roll out in waves: disable payments"
    await run_sync(ModuleService(db).apply, SYSTEM, Target.of([platform]), ChangeRequest(enable=("billing",)))
    click(qtbot, dialog.create_button)
    error = (await wait_until(lambda: top_level(ErrorDialog)))[0]
    assert error.code == "module.required_by"  # billing needs payments
    assert dialog.isVisible() and dialog.create_button.isEnabled()  # stays open, to change or cancel
    assert await run_sync(RolloutService(db).list, SYSTEM) == []
    error.close()
    dialog.reject()


async def test_a_platform_admin_rolls_out_on_own_platforms(
    session_for: Any, open_window: Any, qtbot: Any
) -> None:
    session = session_for("platform_admin")
    own = session.actor.own_platform_ids
    window = await open_window(session)
    page = window.page("modules")
    dialog = await open_dialog(page, qtbot)
    assert f"on {len(own)} target platform" in dialog.summary.text()
    retype(qtbot, dialog.name_edit, "")
    assert dialog.name_row.error.isVisible() and not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "orders for my shops")
    finished = signal_future(dialog.finished)
    click(qtbot, dialog.create_button)
    assert await finished == 1
    (doc,) = await run_sync(RolloutService(session.db).list, SYSTEM)
    assert doc["state"] == "draft" and doc["name"] == "orders for my shops"
    assert doc["progress"]["targets"] == len(own)


async def test_roles_without_the_permission_are_not_offered_a_rollout(
    session_for: Any, open_window: Any
) -> None:
    from console.session import ConsoleSession

    base = session_for("super_admin")
    read_only = ConsoleSession(base.db, base.actor, profile_name="test", read_only=True)
    for session in (session_for("support"), session_for("operator"), read_only):
        window = await open_window(session)
        assert not window.page("modules").can_rollout()


async def test_errors_under_the_fields_speak_french(session_for: Any, open_window: Any, qtbot: Any) -> None:
    from console.i18n.translators import install

    with language_restored():
        install("fr")
        window = await open_window(session_for("super_admin"))
        page = window.page("modules")
        dialog = await open_dialog(page, qtbot)
        assert dialog.windowTitle() == "Déploiement par vagues\u00a0: activer orders"
        retype(qtbot, dialog.bake_edit, "5 minutes")
        assert "n'est pas une durée" in dialog.bake_row.error.text()
        qtbot.keyClicks(dialog.gate_editor.prom_query, "up")
        qtbot.keyClicks(dialog.gate_editor.prom_threshold, "0,5")  # the French decimal comma
        click(qtbot, dialog.gate_editor.add_button)
        assert dialog.gate_editor.gates() == ["prom:up < 0.5"]
        dialog.reject()
