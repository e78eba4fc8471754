"""The modules page: toggles through the impact preview, refusals, configuration, live updates."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from console.asyncutil import run_sync, signal_future
from core.actor import Actor
from core.db import Database
from core.graph import ChangeRequest
from core.services.module_service import ModuleService, Target
from tests.gui.helpers import button, wait_until

pytestmark = pytest.mark.asyncio


def enabled_on(database: Database, platform: str) -> frozenset[str]:
    return ModuleService(database).enabled_matrix(Actor.system(), Target.of([platform]))[platform]


def first_without(database: Database, module: str) -> str:
    matrix = ModuleService(database).enabled_matrix(Actor.system(), Target(all=True))
    return next(code for code, mods in sorted(matrix.items()) if module not in mods)


async def _open_settings(page: Any, module: str, row: int) -> str:
    """Open the settings form of ``module`` on the platform of matrix row ``row``; that platform."""
    platform = page.matrix_model.platform_at(row).code
    page._open_settings(module, platform)
    await wait_until(lambda: page._config_form is not None and page._config_key == (module, platform))
    return platform


async def test_runs_on_the_qasync_loop() -> None:
    import qasync

    assert isinstance(asyncio.get_running_loop(), qasync.QEventLoop)


async def test_modules_grouped_by_tier_with_details(session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("super_admin"))
    page = window.page("modules")
    model = page.module_model
    headers = [model.data(model.index(r, 0)) for r in model.header_rows()]
    assert [h.split(" ")[0] for h in headers] == ["Core", "Optional", "Internal"]
    page.select_module("orders")
    html = page.about.toPlainText()
    assert "orders" in html and "payments" in html and "Config schema" in html
    row = model.row_of("payments")
    assert model.data(model.index(row, model.COLUMNS.index("required_by"))) == "billing, orders"


async def test_the_schema_table_follows_once_the_start_up_lets_it(session_for: Any, open_window: Any) -> None:
    """The Details tab shows what the definition declares at once; the schema table (pydantic)
    comes from a worker, not before the window lets background work begin."""
    window = await open_window(session_for("super_admin"))
    page = window.page("modules")
    window.hold_background()  # as the start-up does until its first page is painted
    page.select_module("marketplace")
    text = page.about.toPlainText()
    assert "Config schema" in text and "Loading…" in text and "letzshop_endpoint" in text  # default config
    assert "Sync interval (minutes)" not in text
    await asyncio.sleep(0.2)
    assert "Loading…" in page.about.toPlainText()
    window.release_background()
    await page.details_loaded()
    text = page.about.toPlainText()
    assert "Loading…" not in text and "Sync interval (minutes)" in text and "secret: stored encrypted" in text
    page.select_module("orders")
    page.select_module("marketplace")  # loaded once: shown at once
    assert "Sync interval (minutes)" in page.about.toPlainText()


async def test_internal_modules_need_modules_internal(session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("platform_admin"))
    codes = [m.code for m in window.page("modules").module_model.modules()]
    assert "dev-tools" not in codes and "monitoring" not in codes
    assert "dev-tools" not in window.page("modules").matrix_model.modules


async def test_enable_through_the_preview_writes_the_database(session_for: Any, open_window: Any) -> None:
    session = session_for("super_admin")
    platform = first_without(session.db, "orders")
    had_payments = "payments" in enabled_on(session.db, platform)
    window = await open_window(session)
    page = window.page("modules")
    page.select_module("orders")
    page.selector.set_selected([platform])
    assert page.enable_action.isEnabled()
    page.enable_action.trigger()
    dialog = await wait_until(lambda: page.preview)
    assert dialog.isVisible() and dialog.can_apply
    assert "orders" in dialog.headline_text()
    if not had_payments:
        assert "payments" in dialog.headline_text()  # pulled in, shown before anything is written
    assert "orders" not in enabled_on(session.db, platform)  # nothing written by the preview
    button(dialog, "Apply").click()
    await wait_until(lambda: dialog.page == dialog.OUTCOME)
    assert "Done" in dialog.outcome_text()
    assert {"orders", "payments"} <= enabled_on(session.db, platform)
    await wait_until(lambda: page.matrix_model.is_enabled(platform, "orders"))
    closed = signal_future(dialog.finished)
    button(dialog, "Close").click()
    await closed


async def test_double_click_on_a_cell_toggles_it(session_for: Any, open_window: Any, qtbot: Any) -> None:
    session = session_for("super_admin")
    window = await open_window(session)
    page = window.page("modules")
    platform = page.matrix_model.platform_at(0).code
    column = page.matrix_model.column_of("analytics")
    was_on = page.matrix_model.is_enabled(platform, "analytics")
    index = page.matrix_model.index(0, column)
    page.matrix.doubleClicked.emit(index)
    dialog = await wait_until(lambda: page.preview)
    finished = signal_future(dialog.finished)
    button(dialog, "Apply").click()
    await wait_until(lambda: dialog.page == dialog.OUTCOME)
    assert ("analytics" in enabled_on(session.db, platform)) is (not was_on)
    dialog.accept()
    await finished
    await page._apply_task  # the matrix refreshes once the apply is over
    assert page.matrix_model.is_enabled(platform, "analytics") is (not was_on)


async def test_refusal_for_a_core_module_writes_nothing(session_for: Any, open_window: Any) -> None:
    session = session_for("super_admin")
    window = await open_window(session)
    page = window.page("modules")
    platform = page.matrix_model.platform_at(0).code
    task = page.start_change("core", False, Target.of([platform]))
    dialog = await wait_until(lambda: page.preview)
    assert not dialog.can_apply
    refusals = [r for p in dialog.plan.refused for r in p.refusals]
    assert [r.code for r in refusals] == ["module.core"]
    assert "core module" in dialog.apply_note or "refused" in dialog.apply_note
    dialog.reject()
    assert await task is None
    assert "core" in enabled_on(session.db, platform)
    # The service refuses it anyway, whatever the screen shows.
    from core.errors import Refused

    with pytest.raises(Refused) as err:
        await run_sync(
            session.modules.apply, session.actor, Target.of([platform]), ChangeRequest(disable=("core",))
        )
    assert err.value.code == "module.core"


async def test_disable_needed_module_shows_the_chain_then_cascades(
    session_for: Any, open_window: Any
) -> None:
    session = session_for("super_admin")
    service = ModuleService(session.db)
    platform = first_without(session.db, "billing")
    service.apply(Actor.system(), Target.of([platform]), ChangeRequest(enable=("billing",)))
    window = await open_window(session)
    page = window.page("modules")
    task = page.start_change("payments", False, Target.of([platform]))
    dialog = await wait_until(lambda: page.preview)
    refusal = dialog.plan.refused[0].refusals[0]
    assert refusal.code == "module.required_by" and "billing -> payments" in refusal.message
    dialog.reject()
    await task
    task = page.start_change("payments", False, Target.of([platform]), cascade=True)
    dialog = await wait_until(lambda: page.preview)
    assert dialog.can_apply
    button(dialog, "Apply").click()
    await wait_until(lambda: dialog.page == dialog.OUTCOME)
    dialog.accept()
    await task
    assert not {"payments", "billing"} & enabled_on(session.db, platform)


async def test_skip_refused_applies_the_rest(session_for: Any, open_window: Any) -> None:
    session = session_for("platform_admin")  # owns demo-00001 and demo-00002: the others are refused
    matrix = ModuleService(session.db).enabled_matrix(Actor.system(), Target(all=True))
    own = ["demo-00001", "demo-00002"]
    module = next(
        m
        for m in ("analytics", "messaging", "inventory", "cms")
        if any(m not in matrix[c] for c in own) and any(m not in v for c, v in matrix.items() if c not in own)
    )
    window = await open_window(session)
    page = window.page("modules")
    page.select_module(module)
    page.selector.set_selected(sorted(matrix))
    page.enable_action.trigger()
    dialog = await wait_until(lambda: page.preview)
    assert dialog.plan.refused and not dialog.can_apply  # all or nothing by default
    assert {r.code for p in dialog.plan.refused for r in p.refusals} == {"permission.denied"}
    dialog.set_skip_refused(True)
    assert dialog.can_apply
    button(dialog, "Apply").click()
    await wait_until(lambda: dialog.page == dialog.OUTCOME)
    assert "skipped" in dialog.outcome_text()
    dialog.accept()
    after = ModuleService(session.db).enabled_matrix(Actor.system(), Target(all=True))
    for code in matrix:
        assert (module in after[code]) is (module in matrix[code] or code in own)


async def test_apply_can_be_cancelled(session_for: Any, open_window: Any, monkeypatch: Any) -> None:
    import threading

    session = session_for("super_admin")
    platform = first_without(session.db, "messaging")
    window = await open_window(session)
    page = window.page("modules")
    gate = threading.Event()
    original = ModuleService._write

    def slow_write(self: Any, *args: Any, **kw: Any) -> Any:  # the cancel arrives while writing
        gate.wait(5)
        return original(self, *args, **kw)

    monkeypatch.setattr(ModuleService, "_write", slow_write)
    task = page.start_change("messaging", True, Target.of([platform]))
    dialog = await wait_until(lambda: page.preview)
    button(dialog, "Apply").click()
    await wait_until(lambda: dialog.page == dialog.PROGRESS)
    button(dialog, "Cancel").click()
    gate.set()
    await wait_until(lambda: dialog.page == dialog.OUTCOME)
    assert "nothing was written" in dialog.outcome_text()
    dialog.accept()
    assert await task is None
    assert "messaging" not in enabled_on(session.db, platform)


async def test_configuration_saved_through_the_form(session_for: Any, open_window: Any) -> None:
    session = session_for("super_admin")
    window = await open_window(session)
    page = window.page("modules")
    platform = await _open_settings(page, "analytics", 1)
    page._config_form.editor("retention_days").setValue(90)
    assert await page.save_config() == [platform]
    states = await run_sync(session.modules.module_status, session.actor, platform)
    assert next(s for s in states if s.code == "analytics").config["retention_days"] == 90


async def test_invalid_settings_are_refused_next_to_the_field(session_for: Any, open_window: Any) -> None:
    session = session_for("super_admin")
    window = await open_window(session)
    page = window.page("modules")
    platform = await _open_settings(page, "marketplace", 1)
    form = page._config_form
    form.editor("letzshop_endpoint").setText("ftp://letzshop.lu")
    assert await page.save_config() == []
    assert "http" in form.errors()["letzshop_endpoint"]
    assert form.error_label("letzshop_endpoint").isVisible()
    states = await run_sync(session.modules.module_status, session.actor, platform)
    assert (
        next(s for s in states if s.code == "marketplace").config["letzshop_endpoint"].startswith("https://")
    )


async def test_secret_settings_are_masked_and_stored_encrypted(session_for: Any, open_window: Any) -> None:
    from sqlalchemy import select

    from core.models import Platform, PlatformModule

    session = session_for("super_admin")
    window = await open_window(session)
    page = window.page("modules")
    platform = await _open_settings(page, "marketplace", 2)
    page._config_form.editor("api_key").setText("sk-very-secret")
    assert await page.save_config() == [platform]
    with session.db.sessions() as s:
        stored = s.scalar(
            select(PlatformModule.config)
            .join(Platform)
            .where(Platform.code == platform, PlatformModule.module_code == "marketplace")
        )
    assert "sk-very-secret" not in str(stored) and "$fernet" in str(stored)
    await wait_until(lambda: page._config_key == ("marketplace", platform) and page._config_form is not None)
    assert page._config_form.editor("api_key").text() == ""  # never shown again


async def test_change_from_another_connection_appears(session_any: Any, open_window: Any) -> None:
    """On SQLite through PRAGMA data_version, on PostgreSQL through LISTEN/NOTIFY (``backend`` param)."""
    session = session_any("super_admin")
    window = await open_window(session)
    page = window.page("modules")
    await page.states_loaded()
    await wait_until(lambda: window.watcher.current_state == "live")
    platform = page.matrix_model.platform_at(3).code
    was_on = page.matrix_model.is_enabled(platform, "messaging")
    other = Database(session.db.url)  # a second connection, like another console or platformctl
    try:
        request = ChangeRequest(disable=("messaging",)) if was_on else ChangeRequest(enable=("messaging",))
        await run_sync(ModuleService(other).apply, Actor.cli(), Target.of([platform]), request)
    finally:
        other.dispose()
    # No refresh by hand: the watcher (data_version / LISTEN) brings it within a few seconds.
    await wait_until(lambda: page.matrix_model.is_enabled(platform, "messaging") is (not was_on), timeout=8)


async def test_a_platform_created_elsewhere_appears(session_any: Any, open_window: Any) -> None:
    """``platformctl platforms create`` from another connection: the matrix and the selector
    list the new platform without a manual refresh (SQLite and PostgreSQL)."""
    from core.services.platforms import PlatformService

    session = session_any("super_admin")
    window = await open_window(session)
    page = window.page("modules")
    await page.states_loaded()
    await wait_until(lambda: window.watcher.current_state == "live")
    before = page.matrix_model.total_platforms()
    other = Database(session.db.url)
    try:
        await run_sync(
            PlatformService(other).create_platform, Actor.cli(), "made-elsewhere", "Made elsewhere"
        )
    finally:
        other.dispose()
    await wait_until(lambda: page.matrix_model.total_platforms() == before + 1, timeout=8)
    assert "made-elsewhere" in [code for code, _name in page.selector.platforms()]


async def test_the_change_watcher_closes_its_connection_safely_during_a_read(demo_db: Any, qapp: Any) -> None:
    """stop() (GUI thread) closes the SQLite watch connection while a worker may be reading
    ``PRAGMA data_version`` on it: that must wait for the read, never close under it (it crashed)."""
    import sqlite3
    import threading
    import time

    from console.session import ChangeWatcher

    watcher = ChangeWatcher(demo_db)
    done, failures, reads = threading.Event(), [], [0]

    def read() -> None:
        while not done.is_set():
            try:
                watcher._read_version()
                reads[0] += 1
            except sqlite3.Error as exc:  # "cannot operate on a closed database", or worse
                failures.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            watcher._close_sqlite()
            time.sleep(0.0005)
    finally:
        done.set()
        reader.join()
    watcher.stop()
    assert reads[0] > 100 and not failures
    assert watcher._read_version() >= 0  # stopped: no new connection, the last version
    assert watcher._sqlite is None
    watcher.deleteLater()


async def test_the_cell_menu_offers_only_what_applies(session_for: Any, open_window: Any) -> None:
    """Right-click: "Enable" where the module is off, "Disable" where it is on; a selection of
    both kinds gets each action for its own platforms."""
    from PySide6.QtCore import QItemSelectionModel

    from core.graph import ChangeRequest
    from core.services.module_service import ModuleService, Target

    session = session_for("super_admin")
    codes = ["demo-00001", "demo-00002", "demo-00003"]
    service = ModuleService(session.db)
    service.apply(session.actor, Target.of(codes[:2]), ChangeRequest(enable=("inventory",)))
    if "inventory" in enabled_on(session.db, codes[2]):
        request = ChangeRequest(disable=("inventory",), cascade=True)
        service.apply(session.actor, Target.of(codes[2:]), request)
    window = await open_window(session)
    page = window.page("modules")
    model = page.matrix_model
    column = model.column_of("inventory")

    def texts(platform: str) -> list[str]:
        menu = page.matrix_menu(model.index(model.row_of(platform), column))
        try:
            return [a.text() for a in menu.actions() if not a.isSeparator()]
        finally:
            menu.deleteLater()

    on = texts(codes[0])
    assert not any(t.startswith("Enable") for t in on)
    assert "Disable inventory on demo-00001…" in on
    assert "Disable inventory and what requires it on demo-00001…" in on  # marketplace requires it
    off = texts(codes[2])
    assert "Enable inventory on demo-00003…" in off and not any(t.startswith("Disable") for t in off)
    selection = page.matrix.selectionModel()
    selection.clear()
    for code in codes:
        selection.select(
            model.index(model.row_of(code), column),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    mixed = texts(codes[0])
    assert "Enable inventory on demo-00003…" in mixed
    assert "Disable inventory on 2 selected platforms…" in mixed


async def test_the_done_dialog_is_sized_to_its_text(session_for: Any, open_window: Any) -> None:
    """After applying, the outcome's two lines get a window their size, not the preview's 900 x 560."""
    session = session_for("super_admin")
    platform = first_without(session.db, "analytics")
    window = await open_window(session)
    page = window.page("modules")
    page.select_module("analytics")
    page.selector.set_selected([platform])
    page.enable_action.trigger()
    dialog = await wait_until(lambda: page.preview)
    preview = dialog.size()
    button(dialog, "Apply").click()
    await wait_until(lambda: dialog.page == dialog.OUTCOME)
    await asyncio.sleep(0)
    label = dialog._outcome
    assert "Done" in dialog.outcome_text()
    assert dialog.width() < preview.width() * 0.75 and dialog.height() < preview.height() * 0.6
    assert label.height() >= label.heightForWidth(label.width())  # every line shown
    assert button(dialog, "Close").isVisible()
    closed = signal_future(dialog.finished)
    button(dialog, "Close").click()
    await closed
