"""Platform tags on the modules page, as a person uses them: tag a platform through the dialog, filter
the list by tag, aim an Enable at a tag (less an excluded tag) through the target picker and its
preview; a role without ``platforms.tag`` sees no way to edit tags."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from console.asyncutil import run_sync, signal_future
from core.actor import Actor
from core.errors import InvalidInput
from core.services.module_service import ModuleService, Target
from core.services.platforms import PlatformService
from tests.gui.helpers import button, wait_until

pytestmark = pytest.mark.asyncio


def enabled_on(database: Any, platform: str) -> frozenset[str]:
    return ModuleService(database).enabled_matrix(Actor.system(), Target.of([platform]))[platform]


async def tag_through_dialog(page: Any, qtbot: Any, row: int, text: str) -> str:
    """Make matrix row ``row`` current, open its tag editor with the button, type ``text``, save."""
    platform = page.matrix_model.platform_at(row).code
    page.matrix.setCurrentIndex(page.matrix_model.index(row, 0))
    edit = page.platform_matrix.edit_tags
    assert edit.isVisible() and edit.isEnabled()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    dialog = await wait_until(
        lambda: page.tags_dialog if page.tags_dialog and page.tags_dialog.isVisible() else None
    )
    assert platform in dialog.windowTitle()
    dialog.tags_edit.selectAll()
    qtbot.keyClicks(dialog.tags_edit, text)
    finished = signal_future(dialog.finished)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    await finished
    return platform


async def test_tag_filter_and_enable_on_a_tag(session_any: Any, open_window: Any, qtbot: Any) -> None:
    """On SQLite and PostgreSQL."""
    session = session_any("super_admin")
    db = session.db
    window = await open_window(session)
    page = window.page("modules")
    first = await tag_through_dialog(page, qtbot, 0, "canary country:lu")
    second = await tag_through_dialog(page, qtbot, 1, "country:lu")
    tags = PlatformService(db).tags(Actor.system())
    assert tags[first] == ("canary", "country:lu") and tags[second] == ("country:lu",)
    # The matrix shows the tags beside the code; the filter offers the tags in use.
    await wait_until(lambda: "canary" in page.matrix_model.data(page.matrix_model.index(0, 0)))
    combo = page.platform_matrix.tag_filter
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["canary", "country:lu"]
    # Filter by tag: the list holds exactly the tagged platforms, and says so.
    combo.setCurrentIndex(combo.findData("country:lu"))
    await wait_until(lambda: page.matrix_model.total_platforms() == 2)
    assert {page.matrix_model.platform_at(r).code for r in range(2)} == {first, second}
    assert "country:lu" in page.platform_matrix.label.text()
    combo.setCurrentIndex(0)
    await wait_until(lambda: page.matrix_model.total_platforms() > 2)
    # Aim at a tag, leave another out: the preview lists exactly the one platform left.
    page.select_module("orders")
    page.selector.set_selected([])
    assert not page.enable_action.isEnabled()  # nothing aimed at yet
    qtbot.keyClicks(page.targets.tags_edit, "country:lu")
    qtbot.keyClicks(page.targets.exclude_edit, "canary")
    assert page.enable_action.isEnabled()
    page.enable_action.trigger()
    dialog = await wait_until(lambda: page.preview)
    assert [p.platform for p in dialog.plan.platforms] == [second]
    had = "orders" in enabled_on(db, second)
    if not had:
        assert dialog.can_apply
        button(dialog, "Apply").click()
        await wait_until(lambda: dialog.page == dialog.OUTCOME)
        assert "orders" in enabled_on(db, second)
    closed = signal_future(dialog.finished)
    dialog.reject() if had else button(dialog, "Close").click()
    await closed


async def test_a_malformed_tag_stays_in_the_dialog_and_writes_nothing(
    session_for: Any, open_window: Any, qtbot: Any
) -> None:
    session = session_for("super_admin")
    window = await open_window(session)
    page = window.page("modules")
    platform = page.matrix_model.platform_at(0).code
    page.matrix.setCurrentIndex(page.matrix_model.index(0, 0))
    dialog = page.edit_tags(platform)
    qtbot.keyClicks(dialog.tags_edit, "Canary")
    await dialog.run()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "not a valid tag" in dialog.error.text() and "platform.bad_tag" in dialog.error.text()
    assert PlatformService(session.db).tags(Actor.system()) == {}
    dialog.reject()


async def test_a_malformed_target_tag_is_shown_not_applied(
    session_for: Any, open_window: Any, qtbot: Any
) -> None:
    session = session_for("super_admin")
    window = await open_window(session)
    page = window.page("modules")
    page.select_module("orders")
    qtbot.keyClicks(page.targets.tags_edit, "a:b:c")
    with pytest.raises(InvalidInput) as caught:
        page.target()
    assert caught.value.code == "platform.bad_tag"


async def test_roles_without_the_permission_see_no_tag_editor(session_for: Any, open_window: Any) -> None:
    for role in ("support", "operator"):
        window = await open_window(session_for(role))
        page = window.page("modules")
        assert not page.platform_matrix.edit_tags.isVisible()
        index = page.matrix_model.index(0, 1)
        menu = page.matrix_menu(index)
        assert menu is None or not any("Tags of" in a.text() for a in menu.actions())


async def test_a_platform_admin_edits_only_own_platforms(session_for: Any, open_window: Any) -> None:
    session = session_for("platform_admin")
    window = await open_window(session)
    page = window.page("modules")
    own = session.actor.own_platform_ids
    rows = [page.matrix_model.platform_at(r) for r in range(min(page.matrix_model.rowCount(), 50))]
    mine = next(r for r in rows if r.id in own)
    foreign = next((r for r in rows if r.id not in own), None)
    assert page.may_tag(mine)
    if foreign is not None:
        assert not page.may_tag(foreign)
        page.matrix.setCurrentIndex(page.matrix_model.index(page.matrix_model.row_of(foreign.code), 0))
        assert not page.platform_matrix.edit_tags.isEnabled()


async def test_tags_changed_elsewhere_appear(session_any: Any, open_window: Any) -> None:
    """``platformctl platforms tag`` from another connection: the matrix and the tag filter follow
    without a manual refresh (SQLite through data_version, PostgreSQL through LISTEN/NOTIFY)."""
    from core.db import Database

    session = session_any("super_admin")
    window = await open_window(session)
    page = window.page("modules")
    await page.states_loaded()
    await wait_until(lambda: window.watcher.current_state == "live")
    platform = page.matrix_model.platform_at(2).code
    other = Database(session.db.url)
    try:
        await run_sync(PlatformService(other).tag, Actor.cli(), platform, ["plan:gold"])
    finally:
        other.dispose()
    await wait_until(lambda: page.matrix_model.tags_of(platform) == ("plan:gold",), timeout=8)
    combo = page.platform_matrix.tag_filter
    assert combo.findData("plan:gold") > 0


async def test_a_live_refresh_reads_the_shown_rows_and_later_rows_bring_their_own_tags(
    session_any: Any, open_window: Any
) -> None:
    """A change elsewhere refreshes the tags of the rows shown (not every platform's); a row shown
    later, after more rows are fetched, has the tags it got meanwhile, not those of the first read."""
    from core.db import Database
    from tests.foundation_helpers import add_platforms

    session = session_any("super_admin")
    add_platforms(session.db, 450, prefix="fleet-")  # more than the matrix's first rows
    window = await open_window(session)
    page = window.page("modules")
    await page.states_loaded()
    await wait_until(lambda: window.watcher.current_state == "live")
    model = page.matrix_model
    shown = model.platform_at(1).code
    assert model.rowCount() < model.total_platforms()
    hidden = next(code for code, _name in page.selector.platforms() if code not in model.loaded_codes())
    other = Database(session.db.url)
    try:
        for platform in (shown, hidden):
            await run_sync(PlatformService(other).tag, Actor.cli(), platform, ["plan:gold"])
    finally:
        other.dispose()
    await wait_until(lambda: model.tags_of(shown) == ("plan:gold",), timeout=8)
    while model.canFetchMore():
        page.matrix.scrollToBottom()
        model.fetchMore()
        await page.states_loaded()
    await wait_until(lambda: model.tags_of(hidden) == ("plan:gold",))
