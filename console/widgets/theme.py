"""Themes (light / dark / follow the system) and the SVG icon set.

The resources (icons, style sheets) are package data read by :mod:`console.widgets.resources`;
this module re-exports its :func:`icon` and :func:`resources_dir`.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from console.widgets.resources import icon, icon_names, icon_path, read_text, resources_dir

__all__ = ["icon", "icon_names", "icon_path", "resources_dir"]

ThemeMode = Literal["light", "dark", "system"]
Scheme = Literal["light", "dark"]

_STATE: dict[str, object] = {"mode": None, "connected": False}


def system_scheme() -> Scheme:
    """The desktop's colour scheme (Qt 6.5+); light when the platform does not say."""
    app = QGuiApplication.instance()
    if app is None:
        return "light"
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def resolve_scheme(mode: ThemeMode | str) -> Scheme:
    if mode == "dark":
        return "dark"
    if mode == "light":
        return "light"
    if mode == "system":
        return system_scheme()
    raise ValueError(f"unknown theme mode {mode!r}; use 'light', 'dark' or 'system'")


def stylesheet(scheme: Scheme) -> str:
    """The theme's QSS, with ``@RESOURCES@`` replaced by the resources directory (for ``url()``)."""
    return read_text(f"themes/{scheme}.qss").replace("@RESOURCES@", resources_dir().as_posix())


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style."""
    p = QPalette()
    window = QColor("#1f242b")
    base = QColor("#171b21")
    text = QColor("#e3e8ee")
    disabled_text = QColor("#6f7985")
    highlight = QColor("#2f6fd0")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#1d2229"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#2b323b"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7f8995"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#272d35"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ff6b6b"))
    p.setColor(QPalette.ColorRole.Light, QColor("#3a424d"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#303741"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#262c34"))
    p.setColor(QPalette.ColorRole.Dark, QColor("#12161a"))
    p.setColor(QPalette.ColorRole.Shadow, QColor("#000000"))
    p.setColor(QPalette.ColorRole.Highlight, highlight)
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#6ea0ef"))
    p.setColor(QPalette.ColorRole.LinkVisited, QColor("#b58ae0"))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled_text)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#3a424d"))
    return p


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether a palette (by default the application's) is dark: what widgets draw against."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


# Named colours for text and banners, light / dark variant: widgets ask for a role, never a hex.
TONES: dict[str, tuple[str, str]] = {
    "error": ("#c62828", "#ff8a80"),
    "warning": ("#b06000", "#f0b35a"),
    "stale": ("#a15c00", "#f0b35a"),
    "banner_text": ("#5c4300", "#5c4300"),
    "banner_back": ("#fff0c7", "#fff0c7"),
    "danger_text": ("#7a1212", "#7a1212"),
    "danger_back": ("#fbd9d9", "#fbd9d9"),
    "danger_border": ("#e88b8b", "#e88b8b"),
}


def tone(name: str, palette: QPalette | None = None) -> str:
    """The hex colour of a named tone for the current (or given) palette."""
    light, dark = TONES[name]
    return dark if is_dark(palette) else light


def text_style(name: str, palette: QPalette | None = None) -> str:
    """A ``color: ...;`` style sheet in a named tone."""
    return f"color: {tone(name, palette)};"


def banner_style() -> str:
    """The yellow notice strip (offline mode, demo database): dark text on pale yellow in both themes."""
    return f"background: {tone('banner_back')}; color: {tone('banner_text')}; padding: 6px 10px;"


def apply_theme(
    app: QApplication, mode: ThemeMode | str = "system", *, style: str | None = "Fusion"
) -> Scheme:
    """Apply the light or dark theme (palette + style sheet) and return the scheme applied.

    With ``mode="system"`` the scheme follows the desktop, now and when it changes later.
    ``style`` sets the widget style first (Fusion honours palettes on every platform); ``None``
    keeps the current one.
    """
    scheme = resolve_scheme(mode)
    if style:
        app.setStyle(style)
    current = app.style()
    palette = dark_palette() if scheme == "dark" else current.standardPalette()
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(scheme))
    app.setProperty("theme", scheme)
    _STATE["mode"] = mode
    _STATE["style"] = style
    if not _STATE["connected"]:
        hints = QGuiApplication.styleHints()
        signal = getattr(hints, "colorSchemeChanged", None)
        if signal is not None:
            signal.connect(_system_scheme_changed)
            _STATE["connected"] = True
    return scheme


def current_mode() -> str | None:
    """The mode last given to :func:`apply_theme` (None before the first call)."""
    mode = _STATE["mode"]
    return str(mode) if mode is not None else None


def _system_scheme_changed(*_args: object) -> None:
    if _STATE["mode"] != "system":
        return
    app = QApplication.instance()
    if isinstance(app, QApplication):
        style = _STATE.get("style")
        apply_theme(app, "system", style=style if isinstance(style, str) else None)
