"""The keyboard: the shortcuts of every page and menu, Help → Keyboard shortcuts, the palette's
shortcut column, and keys that do what they say."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from console.pages.registry import PAGES
from tests.gui.helpers import EVERY_PAGE, cancel_console_tasks, wait_until

pytestmark = pytest.mark.asyncio
NATIVE = QKeySequence.SequenceFormat.NativeText
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def active(action: QAction, window: QWidget) -> bool:
    """Whether Qt would answer ``action``'s shortcut in ``window`` now (its own rule: a visible
    widget it was added to, or a menu reached from the menu bar)."""
    if not action.isVisible():
        return False
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            if active(owner.menuAction(), window):
                return True
        elif isinstance(owner, QWidget) and owner.isVisible() and owner.window() is window:
            return True
    return False


def shortcut_actions(window: QWidget) -> list[QAction]:
    return [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]


async def activated(window: QWidget) -> None:
    """Shortcuts go to the active window (offscreen, activation arrives as an event)."""
    window.activateWindow()
    await wait_until(lambda: QApplication.activeWindow() is window)


async def every_page_built(window: Any) -> None:
    for page_id in window.page_ids():
        await window.show_page(page_id).ready()


async def test_no_two_actions_active_at_once_share_a_key(session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("super_admin"))
    await activated(window)
    assert window.page_ids() == EVERY_PAGE
    for page_id in window.page_ids():
        page = window.show_page(page_id)
        await page.ready()
        live = [a for a in shortcut_actions(window) if active(a, window)]
        keys = Counter(s.toString() for a in live for s in a.shortcuts())
        clashes = {
            k: [a.text() for a in live if k in {s.toString() for s in a.shortcuts()}]
            for k, n in keys.items()
            if n > 1
        }
        assert not clashes, (page_id, clashes)
        # The page's own shortcuts are live on it, and only on it.
        own = [a for a in shortcut_actions(page) if a.isVisible()]
        assert all(active(a, window) for a in own), page_id
    assert not any(active(a, window) for a in shortcut_actions(window.page("graph"))), "a hidden page's keys"


@pytest.mark.filterwarnings("ignore::pytest.PytestWarning")  # a plain test in an asyncio module
def test_registry_shortcuts_are_apart_within_a_page_and_from_the_window() -> None:
    """The registry's own declaration, before anything is built: no key twice on one page, and
    none that the window (or the tables' copy and export) already takes."""
    window_keys = {"Ctrl+K", "F5", "Ctrl+F", "Ctrl+PgDown", "Ctrl+PgUp", "F1", "Ctrl+Q", "Ctrl+Shift+L"}
    window_keys |= {f"Ctrl+{n}" for n in range(1, 10)} | {"Ctrl+C", "Ctrl+Shift+E"}
    for entry in PAGES:
        keys = [QKeySequence(c.shortcut).toString() for c in entry.commands if c.shortcut]
        assert len(keys) == len(set(keys)), entry.page_id
        assert not set(keys) & window_keys, entry.page_id
        for command in entry.commands:  # Ctrl+E is every list's CSV export, and only that
            assert (command.shortcut == "Ctrl+E") == (command.label == "Export CSV…"), command


async def test_the_shortcuts_dialog_lists_every_shortcut(
    session_for: Any, open_window: Any, qtbot: Any
) -> None:
    window = await open_window(session_for("super_admin"))
    await activated(window)
    before = window.shortcut_list()
    assert ("Payments", "Refund…", QKeySequence("Ctrl+Shift+R").toString(NATIVE)) in [
        (s.group, s.text, s.keys) for s in before
    ]  # a page not built yet, from its registry entry
    await every_page_built(window)
    window.show_page("modules")
    await activated(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = await wait_until(lambda: window.findChild(QWidget, "shortcutsDialog"))
    try:
        rows = dialog.rows()
        listed = {(text, keys) for _group, text, keys in rows}
        for action in shortcut_actions(window):
            if action.isVisible():
                text = action.text().replace("&", "")
                keys = action.shortcut().toString(NATIVE)
                assert (text, keys) in listed, (text, keys)
        groups = [group for group, _text, _keys in rows]
        assert groups.index("View") < groups.index("Modules") < groups.index("Users")
        assert ("Go", "Next page", QKeySequence("Ctrl+PgDown").toString(NATIVE)) in rows
        assert ("Users", "New user…", QKeySequence("Ctrl+N").toString(NATIVE)) in rows
        assert ("Users", "Change the role of the selected user", "Enter") in rows
        dialog.filter_edit.setText("zoom")
        assert {text for _g, text, _k in dialog.rows()} == {"Zoom in", "Zoom out"}
    finally:
        dialog.close()


async def test_the_palette_shows_each_shortcut(session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("super_admin"))
    palette = window.open_palette()
    try:
        keys = palette.keys()
        assert keys["Go to: Modules"] == QKeySequence("Ctrl+1").toString(NATIVE)
        assert keys["Reload page"] == "F5"
        assert keys["Keyboard shortcuts"] == "F1"
        assert keys["Payments: Refund…"] == QKeySequence("Ctrl+Shift+R").toString(NATIVE)  # not built
        assert keys["Modules: Refresh"] == ""  # F5 reloads every page: the window's
        palette.edit.setText("zoom in")
        assert palette.labels() == ["Dependency graph: Zoom in"]
    finally:
        palette.close()
    await window.show_page("graph").ready()
    palette = window.open_palette()
    try:
        assert palette.keys()["Dependency graph: Zoom in"] == QKeySequence("Ctrl++").toString(NATIVE)  # live
        palette.grab()  # the shortcut column paints
    finally:
        palette.close()


async def test_keys_trigger_their_actions(session_for: Any, open_window: Any, qtbot: Any) -> None:
    window = await open_window(session_for("super_admin"))
    await activated(window)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    graph = window.current_page()
    assert graph.page_id == "graph"
    await graph.ready()
    scale = graph.view.transform().m11()
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert graph.view.transform().m11() > scale
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert graph.view.transform().m11() < scale

    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert window.current_page().page_id == "rollouts"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    migrations = window.current_page()
    assert migrations.page_id == "migrations"
    await migrations.ready()
    planned: list[bool] = []
    migrations.plan_action.triggered.connect(lambda: planned.append(True))
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    assert planned == [True] or not migrations.plan_action.isEnabled()
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    assert window.current_page().page_id == "modules"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)  # round the start
    assert window.current_page().page_id == "users"

    users = window.current_page()
    await users.ready()
    opened: list[Any] = []
    users.dialog_opened.connect(opened.append)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = await wait_until(lambda: opened and opened[0])
    assert dialog.isVisible()
    dialog.reject()
    await cancel_console_tasks()
    await activated(window)
    users.table.setFocus()
    users.table.selectRow(1)  # Enter on a list: what a double click does (here: change the role)
    qtbot.keyClick(users.table, Qt.Key.Key_Enter)
    role = await wait_until(lambda: len(opened) > 1 and opened[1])
    assert role is not dialog and role.isVisible()
    role.reject()
    await cancel_console_tasks()
    await activated(window)

    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    merchants = window.current_page()
    assert merchants.page_id == "merchants"
    await merchants.ready()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert merchants.search_edit.hasFocus()


async def test_the_readme_lists_the_shortcuts(session_for: Any, open_window: Any) -> None:
    """README's Keyboard table is the one the window generates (copy it from the failure)."""
    from pathlib import Path

    from console.window.keyboard import markdown_table

    window = await open_window(session_for("super_admin"))
    table = markdown_table(window.shortcut_list(live=False))
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- keyboard table: start -->\n", "\n<!-- keyboard table: end -->"
    shown = readme.partition(start)[2].partition(end)[0]
    assert shown == table, f"README.md's keyboard table should read:\n{table}"
