from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from console.widgets.platform_selector import PlatformListModel, PlatformSelector

PLATFORMS = [(f"plat-{i:05d}", f"Shop {i} {'Luxembourg' if i % 3 == 0 else 'Trier'}") for i in range(10_000)]


def make_selector(qtbot: QtBot, **kwargs: bool) -> PlatformSelector:
    selector = PlatformSelector(**kwargs)
    qtbot.addWidget(selector)
    selector.set_platforms(PLATFORMS)
    selector.resize(420, 500)
    selector.show()
    qtbot.waitExposed(selector)
    return selector


def click_row(qtbot: QtBot, selector: PlatformSelector, row: int) -> None:
    view = selector.view
    rect = view.visualRect(selector.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def push(qtbot: QtBot, selector: PlatformSelector, text: str) -> None:
    for button in selector.findChildren(QPushButton):
        if button.text() == text:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError(text)


def test_search_filters_and_the_count_label_follows(qtbot: QtBot) -> None:
    selector = make_selector(qtbot)
    assert selector.count_text() == "0 of 10,000 selected"
    assert selector.model.rowCount() == 10_000
    qtbot.keyClicks(selector.search_edit, "plat-0012")
    assert selector.model.rowCount() == 10
    assert selector.count_text() == "0 of 10,000 selected, 10 shown"
    # Names are searched too, case-insensitively.
    selector.search_edit.clear()
    qtbot.keyClicks(selector.search_edit, "LUXEMBOURG")
    assert selector.model.rowCount() == 3_334
    selector.search_edit.clear()
    assert selector.count_text() == "0 of 10,000 selected"


def test_click_checks_and_selection_changed(qtbot: QtBot) -> None:
    selector = make_selector(qtbot)
    qtbot.keyClicks(selector.search_edit, "plat-0012")
    with qtbot.waitSignal(selector.selection_changed):
        click_row(qtbot, selector, 3)
    assert selector.selected() == ["plat-00123"]
    assert selector.count_text() == "1 of 10,000 selected, 10 shown"
    click_row(qtbot, selector, 5)
    assert selector.selected() == ["plat-00123", "plat-00125"]
    click_row(qtbot, selector, 3)
    assert selector.selected() == ["plat-00125"]
    # Space toggles the current row too.
    selector.view.setFocus()
    selector.view.setCurrentIndex(selector.model.index(0, 0))
    qtbot.keyClick(selector.view, Qt.Key.Key_Space)
    assert selector.selected() == ["plat-00120", "plat-00125"]
    # Checks survive a new search.
    selector.search_edit.clear()
    assert (
        selector.model.data(selector.model.index(120, 0), Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )
    assert selector.count_text() == "2 of 10,000 selected"


def test_check_shown_clear_and_all(qtbot: QtBot) -> None:
    selector = make_selector(qtbot)
    qtbot.keyClicks(selector.search_edit, "plat-009")
    push(qtbot, selector, "Check shown")
    assert len(selector.selected() or []) == 100
    assert selector.count_text() == "100 of 10,000 selected, 100 shown"

    with qtbot.waitSignal(selector.selection_changed):
        qtbot.mouseClick(
            selector.all_checkbox,
            Qt.MouseButton.LeftButton,
            pos=QPoint(6, selector.all_checkbox.height() // 2),
        )
    assert selector.selected() is None
    assert selector.is_all()
    assert selector.count_text() == "All 10,000 platforms selected"
    assert not selector.view.isEnabled()

    qtbot.mouseClick(
        selector.all_checkbox, Qt.MouseButton.LeftButton, pos=QPoint(6, selector.all_checkbox.height() // 2)
    )
    assert len(selector.selected() or []) == 100  # the individual choice comes back
    push(qtbot, selector, "Clear")
    assert selector.selected() == []


def test_set_selected_and_set_platforms_keep_known_codes(qtbot: QtBot) -> None:
    selector = make_selector(qtbot)
    with qtbot.waitSignal(selector.selection_changed):
        selector.set_selected(["plat-00001", "plat-00002", "nope"])
    assert selector.selected() == ["plat-00001", "plat-00002"]
    with qtbot.waitSignal(selector.selection_changed):
        selector.set_platforms(PLATFORMS[2:50])
    assert selector.selected() == ["plat-00002"]
    assert selector.count_text() == "1 of 48 selected"
    selector.set_selected(None)
    assert selector.selected() is None
    selector.set_selected(["plat-00003"])
    assert selector.selected() == ["plat-00003"]


def test_single_choice(qtbot: QtBot) -> None:
    selector = make_selector(qtbot, multi=False)
    assert not selector.all_checkbox.isVisibleTo(selector)
    click_row(qtbot, selector, 1)
    click_row(qtbot, selector, 4)
    assert selector.selected() == ["plat-00004"]
    selector.set_all(True)
    assert selector.selected() == ["plat-00004"]  # "All" is not offered here


def test_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = PlatformListModel()
    model.set_platforms(PLATFORMS[:500])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_filter("plat-001")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.setData(model.index(3, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_codes() == ["plat-00103"]
    model.set_filter("")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
