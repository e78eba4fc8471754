"""The icons are drawn in the palette's colour: readable in both themes, re-coloured on a switch."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from console.widgets import resources, theme
from console.widgets.resources import ICON_NAMES, INK, svg_text


def _luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in color.getRgb()[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ink_of(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal, size: int = 48) -> set[str]:
    """The colours of the icon's fully opaque pixels (its strokes)."""
    image = icon.pixmap(size, size, mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    style, palette, sheet = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def test_every_icon_is_drawn_in_one_ink(qapp: QApplication) -> None:
    """The files stroke and fill with INK only, so that replacing it re-colours all of the icon."""
    for name in ICON_NAMES:
        text = svg_text(name)
        assert QSvgRenderer(QByteArray(text.encode())).isValid(), name
        assert INK in text, name
        assert set(re.findall(r"#[0-9a-fA-F]{3,6}\b", text)) == {INK}, name


def test_the_start_up_checks_every_icon_the_console_uses() -> None:
    """The pages' icons, and every ``icon("...")`` in the console's code, are in ICON_NAMES."""
    from console.pages.registry import PAGES

    root = Path(resources.__file__).resolve().parents[1]
    used = {m for p in root.rglob("*.py") for m in re.findall(r'\bicon\("([^"]+)"\)', p.read_text())}
    assert used and {e.icon_name for e in PAGES} | used <= set(ICON_NAMES)


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_icons_contrast_with_the_window_in_both_themes(app: QApplication, scheme: str) -> None:
    theme.apply_theme(app, scheme)
    palette = app.palette()
    for name in ICON_NAMES:
        colours = ink_of(theme.icon(name))
        assert len(colours) == 1, (name, colours)
        ink = QColor(colours.pop())
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = contrast(ink, palette.color(role))
            assert ratio >= 3.0, (
                f"{name} in {scheme}: {ink.name()} on {palette.color(role).name()}: {ratio:.2f}"
            )


def test_an_icon_follows_a_theme_switch(app: QApplication) -> None:
    icon = theme.icon("modules")
    theme.apply_theme(app, "dark")
    dark = ink_of(icon)
    theme.apply_theme(app, "light")
    light = ink_of(icon)
    assert dark != light and QColor(dark.pop()).lightness() > 128 > QColor(light.pop()).lightness()
    assert theme.icon("modules") is icon  # one QIcon, re-coloured when drawn


def test_the_window_icon_keeps_its_own_ink(app: QApplication) -> None:
    """A taskbar is not drawn in the console's palette: the window icon is the desktop's icon."""
    theme.apply_theme(app, "dark")
    assert ink_of(resources.application_icon()) == {INK}


def test_selected_and_disabled_icons_take_their_palette_colours(app: QApplication) -> None:
    theme.apply_theme(app, "dark")
    palette = app.palette()
    icon = theme.icon("users")
    assert ink_of(icon, QIcon.Mode.Selected) == {palette.color(QPalette.ColorRole.HighlightedText).name()}
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert ink_of(icon, QIcon.Mode.Disabled) == {disabled.name()}
