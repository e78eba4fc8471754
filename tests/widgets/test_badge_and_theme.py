from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from console.widgets import theme
from console.widgets.resources import ICON_NAMES, ResourceError
from console.widgets.status_badge import STATES, StatusBadge
from tests.widgets.helpers import top_level_windows

ICONS = [
    "modules",
    "graph",
    "audit",
    "users",
    "migrations",
    "health",
    "merchants",
    "stores",
    "orders",
    "payments",
    "settings",
    "sign-out",
    "search",
    "refresh",
    "rollouts",
    "platform-console",
]


@pytest.fixture
def restore_app_look(qapp: QApplication) -> Iterator[QApplication]:
    style = qapp.style().name()
    palette = QPalette(qapp.palette())
    sheet = qapp.styleSheet()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


@pytest.mark.parametrize("state", sorted(STATES))
def test_badge_states_have_text_and_tooltip(qtbot: QtBot, state: str) -> None:
    badge = StatusBadge(state)
    qtbot.addWidget(badge)
    assert badge.state() == state
    assert badge.text() == state
    assert badge.toolTip()
    assert STATES[state].background in badge.styleSheet()


def test_badge_unknown_state_and_overrides(qtbot: QtBot) -> None:
    badge = StatusBadge("weird")
    qtbot.addWidget(badge)
    assert badge.text() == "weird"
    badge.set_state("Healthy", text="ok (12 ms)", tooltip="database: 12 ms")
    assert badge.state() == "healthy"
    assert (badge.text(), badge.toolTip()) == ("ok (12 ms)", "database: 12 ms")
    assert badge.property("state") == "healthy"


@pytest.mark.parametrize("name", ICONS)
def test_icons_exist_and_render(qapp: QApplication, name: str) -> None:
    path = theme.icon_path(name)
    root = ElementTree.parse(path).getroot()
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("stroke") == "#5f6b7a"
    icon = theme.icon(name)
    assert not icon.isNull()
    assert not icon.pixmap(24, 24).isNull()


def test_a_missing_icon_is_an_error_not_an_empty_icon(qapp: QApplication) -> None:
    with pytest.raises(ResourceError, match=r"no-such-icon\.svg is missing"):
        theme.icon("no-such-icon")
    assert set(ICONS) == set(ICON_NAMES) <= set(theme.icon_names())


def test_apply_theme_light_dark_and_system(restore_app_look: QApplication) -> None:
    app = restore_app_look
    assert theme.apply_theme(app, "dark") == "dark"
    assert theme.is_dark(app.palette())
    assert 'QLabel[role="banner"]' in app.styleSheet()
    assert app.property("theme") == "dark"
    assert theme.current_mode() == "dark"

    assert theme.apply_theme(app, "light") == "light"
    assert not theme.is_dark(app.palette())
    assert 'QLabel[role="error"]' in app.styleSheet()

    assert theme.apply_theme(app, "system") == theme.system_scheme()
    with pytest.raises(ValueError):
        theme.apply_theme(app, "sepia")


def test_error_and_banner_roles_are_styled(qtbot: QtBot, restore_app_look: QApplication) -> None:
    theme.apply_theme(restore_app_look, "light")
    label = QLabel("boom")
    label.setProperty("role", "error")
    qtbot.addWidget(label)
    label.show()
    label.ensurePolished()
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == "#c62828"


def test_the_leak_check_sees_new_windows(qapp: QApplication) -> None:
    before = set(top_level_windows())
    stray = QWidget()
    stray.show()
    assert set(top_level_windows()) - before
    stray.close()
    stray.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not set(top_level_windows()) - before


def test_resources_are_package_data_of_console() -> None:
    """Icons and themes are read from the top-level ``resources`` package with importlib.resources."""
    assert theme.resources_dir() == Path(theme.__file__).resolve().parents[2] / "resources"
    assert "@RESOURCES@" not in theme.stylesheet("dark")
    assert f"url({theme.resources_dir().as_posix()}/themes/check.svg)" in theme.stylesheet("dark")


def test_style_sheets_take_colours_from_the_theme():
    """No widget writes a hex colour into a style sheet: it asks the theme for a named tone."""
    import re
    from pathlib import Path

    import console

    root = Path(console.__file__).parent
    literal = re.compile(r"setStyleSheet\([^)]*#[0-9a-fA-F]{6}")
    offenders = [
        f"{path.relative_to(root)}:{n}"
        for path in root.rglob("*.py")
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if literal.search(line)
    ]
    assert offenders == []


def test_tones_have_a_light_and_a_dark_variant(qapp):
    from console.widgets.theme import TONES, dark_palette, text_style, tone

    assert tone("error", dark_palette()) == TONES["error"][1]
    assert text_style("error", dark_palette()) == f"color: {TONES['error'][1]};"
