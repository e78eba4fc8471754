"""The main window: sign-in state in the status bar, every page opens, shortcuts and palette."""

from __future__ import annotations

import math
from typing import Any

import pytest

from tests.gui.helpers import EVERY_PAGE, until_done, wait_until

pytestmark = pytest.mark.asyncio


async def test_every_page_opens_for_the_super_admin(session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("super_admin"))
    assert window.page_ids() == EVERY_PAGE
    assert "admin" in window.user_label.text() and "super admin" in window.user_label.text()
    assert "demo.db" in window.db_label.text()
    for page_id in window.page_ids():
        page = window.show_page(page_id)
        await page.ready()
        assert window.current_page() is page
    assert window.page("modules").module_model.rowCount() > 0
    assert window.page("modules").matrix_model.rowCount() == 12
    assert window.page("users").model.rowCount() == 4
    assert window.page("audit").model.rowCount() > 0
    assert window.page("graph").view.registry() is not None


async def test_shortcuts_palette_search_and_about(session_for: Any, open_window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    window = await open_window(session_for("super_admin"))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().page_id == "orders"  # the ninth page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().page_id == "modules"
    assert window.focus_search()
    assert (
        window.page("modules").selector.search_edit.hasFocus()
        or window.page("modules").search_edit.isVisible()
    )

    palette = window.open_palette()
    labels = palette.labels()
    for expected in (
        "Go to: Modules",
        "Go to: Dependency graph",
        "Go to: Audit",
        "Go to: Users",
        "Users: New user…",
        "Audit: Export CSV…",
        "Dependency graph: Export PNG…",
        "Change my password",
        "About Platform Console",
    ):
        assert expected in labels, expected
    palette.edit.setText("go graph")
    assert palette.labels() == ["Go to: Dependency graph"]
    palette.run_current()
    assert window.current_page().page_id == "graph"

    about = window.about()
    from console.logs import log_file

    assert str(log_file()) in about.text()
    about.close()


async def test_the_palette_does_not_build_pages(session_for: Any, open_window: Any) -> None:
    """Opening the palette lists every page's commands without building the pages; running one
    builds its page, shows it and triggers the action."""
    window = await open_window(session_for("super_admin"))
    assert set(window._pages) == {"modules"}
    palette = window.open_palette()
    labels = palette.labels()
    assert "Health: Export a health report…" in labels and "Payments: Refund…" in labels
    assert set(window._pages) == {"modules"}  # nothing built (the health page would start polling)
    palette.edit.setText("graph zoom in")
    assert palette.labels() == ["Dependency graph: Zoom in"]
    palette.run_current()
    graph = window.current_page()
    assert graph is not None and graph.page_id == "graph" and set(window._pages) == {"modules", "graph"}
    await wait_until(lambda: not graph.view._auto_fit)  # zoomed in (once loaded): no more fitting
    # A command that cannot run now says so instead of doing nothing silently.
    from console.pages.registry import entry

    suspend = next(c for c in entry("stores").commands if c.action == "suspend_action")
    assert not await window.run_page_command(window.page_ids().index("stores"), suspend)  # none selected
    assert "not available" in window.statusBar().currentMessage()


async def test_page_specs_declare_the_commands_of_their_pages(session_for: Any, open_window: Any) -> None:
    from console.pages.registry import PAGES

    window = await open_window(session_for("super_admin"))
    for spec in PAGES:
        page = window.page(spec.page_id)
        assert [getattr(page, c.action) for c in spec.commands] == page.commands(), spec.page_id
        for command in spec.commands:  # live texts may name the selection ("Enable analytics on…")
            text = getattr(page, command.action).text()
            if command.action != "toggle_action":  # "Disable" or "Enable", by the selected user
                assert text.split()[0] == command.label.split()[0], (text, command)


async def test_graph_page_shows_platform_state_and_exports_png(
    session_for: Any, open_window: Any, tmp_path: Any
) -> None:
    window = await open_window(session_for("super_admin"), page="graph")
    page = window.page("graph")
    assert page.view.registry() is not None and "dev-tools" in {m.code for m in page.view.registry()}
    await page.show_platform("demo-00001")
    assert page.view.enabled_codes() is not None and "core" in page.view.enabled_codes()
    assert "demo-00001" in page.state_label.text()
    page.view.select("payments")
    assert "billing" in page.detail.text() and "orders" in page.detail.text()
    zoom = page.view.zoom()
    page.zoom_in_action.trigger()
    assert page.view.zoom() > zoom
    page.fit_action.trigger()
    out = tmp_path / "graph.png"
    assert page.export_png(out)
    assert out.read_bytes()[:4] == b"\x89PNG"


async def test_theme_switch_is_remembered(session_for: Any, open_window: Any, settings: Any) -> None:
    from PySide6.QtWidgets import QApplication

    window = await open_window(session_for("operator"))
    window.theme_actions["dark"].trigger()
    assert settings.theme == "dark" and QApplication.instance().property("theme") == "dark"
    window.theme_actions["light"].trigger()
    assert settings.theme == "light" and QApplication.instance().property("theme") == "light"


async def test_graph_export_png_through_the_file_dialog(
    session_for: Any, open_window: Any, qtbot: Any, tmp_path: Any
) -> None:
    """The toolbar's "Export PNG…": the name typed in the file dialog, the image on disk."""
    from PySide6.QtGui import QImage

    from console.asyncutil import spawn
    from tests.gui.file_dialogs import save_as

    window = await open_window(session_for("super_admin"), page="graph")
    page = window.page("graph")
    task = spawn(page.ask_export())
    out = tmp_path / "my graph"
    await save_as(qtbot, out)
    assert await until_done(task)
    written = tmp_path / "my graph.png"  # the default suffix is added
    image = QImage(str(written))
    assert not image.isNull()
    rect = page.view._content_rect()  # the whole graph, at two device pixels per scene unit
    assert (image.width(), image.height()) == (math.ceil(rect.width() * 2), math.ceil(rect.height() * 2))
    assert str(written) in window.statusBar().currentMessage()


async def test_palette_refund_acts_on_the_payment_the_page_selects(
    session_for: Any, open_window: Any
) -> None:
    """ "Payments: Refund…" from the palette, the page not built yet: it opens the refund dialog for
    the payment the page selects when it loads (it said "not available now")."""
    from console.dialogs.refund import RefundDialog
    from tests.gui.helpers import top_level

    window = await open_window(session_for("support"))
    palette = window.open_palette()
    palette.edit.setText("payments refund…")
    assert palette.labels() == ["Payments: Refund…"]
    palette.run_current()
    dialog = (await wait_until(lambda: top_level(RefundDialog)))[0]
    page = window.page("payments")
    assert page.detail is not None and page.refund_button.isEnabled()
    assert "not available" not in window.statusBar().currentMessage()
    dialog.reject()
    await wait_until(lambda: not top_level(RefundDialog))


async def test_status_messages_never_cover_the_connection_text(session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("super_admin"), page="graph")
    window._connection_state("live")
    bar = window.statusBar()
    long = "Graph exported to /home/someone/" + "very-long-folder-name/" * 12 + "module-graph.png"
    bar.showMessage(long, 8000)
    assert bar.currentMessage() == long
    message = bar.message
    shown = message.shown_text()
    assert shown != long and shown.endswith("…") and message.toolTip() == long
    for label in (window.db_label, window.user_label, window.state_label):
        assert label.isVisible()
        assert message.geometry().right() < label.geometry().left()
    state = window.state_label
    assert state.width() >= state.fontMetrics().horizontalAdvance(state.text())
    assert window.db_label.text().endswith("demo.db")  # the whole text; elided in the middle at most
    assert window.db_label.shown_text().endswith("demo.db")
    bar.clearMessage()
    assert bar.currentMessage() == "" and message.shown_text() == ""
