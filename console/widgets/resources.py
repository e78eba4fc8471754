"""The console's resources (SVG icons, theme style sheets): the package data of ``resources``.

They live in the top-level ``resources/`` (a package holding only data) and are read with
:mod:`importlib.resources`, so a checkout, an editable install, a wheel and
``pip install --target`` all find them in the same place. A missing
file is an error (:class:`ResourceError`, checked at start-up by :func:`check_resources`), never an
empty icon.

Icons are drawn in the palette's colour: every icon's SVG strokes and fills with :data:`INK`, which
:class:`PaletteIconEngine` replaces by the application palette's text colour (softened a little
towards the window's; the highlighted text colour when selected, the disabled one when disabled)
each time a pixmap is asked for, so the icons follow a theme switch with the next repaint. Pixmaps
are cached per name, colour, size and scale.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

# The colour the SVG files are drawn in (what a file viewer shows); replaced by the palette's.
INK = "#5f6b7a"
# Every icon the console uses (the pages' icons and the few others): checked at start-up.
ICON_NAMES = (
    "audit",
    "graph",
    "health",
    "merchants",
    "migrations",
    "modules",
    "orders",
    "payments",
    "platform-console",
    "refresh",
    "rollouts",
    "search",
    "settings",
    "sign-out",
    "stores",
    "users",
)
THEME_FILES = ("dark.qss", "light.qss", "check.svg", "dash.svg")

_ROOT: list[Path] = []
_SVG_TEXT: dict[str, str] = {}
_PIXMAPS: dict[tuple[str, int, int, int, float], QPixmap] = {}
_ICONS: dict[str, QIcon] = {}


class ResourceError(RuntimeError):
    """A resource file the console needs is missing or unreadable (a broken installation)."""


def resources_dir() -> Path:
    """The ``resources`` directory on disk (copied to a temporary one when the package is
    imported from a zip file: Qt style sheets name files by path)."""
    if not _ROOT:
        root = resources.files("resources")
        if isinstance(root, Path):
            _ROOT.append(root)
        else:  # a zip import: Qt needs real files
            target = Path(tempfile.mkdtemp(prefix="platform-console-resources-"))
            atexit.register(shutil.rmtree, target, True)
            _copy_tree(root, target)
            _ROOT.append(target)
    return _ROOT[0]


def _copy_tree(source: Traversable, target: Path) -> None:
    for child in source.iterdir():
        if child.is_dir():
            (target / child.name).mkdir()
            _copy_tree(child, target / child.name)
        else:
            (target / child.name).write_bytes(child.read_bytes())


def read_text(relative: str) -> str:
    """The text of ``resources/<relative>``; :class:`ResourceError` when it cannot be read."""
    path = resources_dir() / relative
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(
            f"the console's resource file {path} is missing or unreadable ({exc.__class__.__name__}): "
            "the installation is incomplete; reinstall platform-console"
        ) from exc


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def icon_names() -> list[str]:
    """The icons present in the resources (a superset of :data:`ICON_NAMES`)."""
    return sorted(p.stem for p in (resources_dir() / "icons").glob("*.svg"))


def check_resources() -> None:
    """Every icon of :data:`ICON_NAMES` and every theme file is there (read once, a few
    milliseconds); else one :class:`ResourceError` naming what is missing and where."""
    missing = []
    for name in ICON_NAMES:
        try:
            svg_text(name)
        except ResourceError:
            missing.append(f"icons/{name}.svg")
    missing += [f"themes/{f}" for f in THEME_FILES if not (resources_dir() / "themes" / f).is_file()]
    if missing:
        raise ResourceError(
            f"the console's resources are incomplete: {', '.join(missing)} missing under "
            f"{resources_dir()}; reinstall platform-console"
        )


def svg_text(name: str) -> str:
    text = _SVG_TEXT.get(name)
    if text is None:
        text = _SVG_TEXT[name] = read_text(f"icons/{name}.svg")
    return text


def ink_for(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour an icon is drawn in for a mode, from the palette (by default the application's)."""
    palette = palette or QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    # The text colour, a quarter of the way to the window's: softer than text, still high contrast.
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    return QColor(
        *(round(0.75 * a + 0.25 * b) for a, b in zip(text.getRgb()[:3], window.getRgb()[:3], strict=True))
    )


def render(name: str, size: QSize, color: QColor, scale: float = 1.0) -> QPixmap:
    """The icon ``name`` drawn in ``color`` on a transparent ``size`` pixmap (device pixels
    ``size * scale``), cached."""
    key = (name, color.rgba(), size.width(), size.height(), scale)
    cached = _PIXMAPS.get(key)
    if cached is not None:
        return cached
    text = svg_text(name).replace(INK, color.name())
    pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(text.encode()))
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(pixmap.rect()))
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    _PIXMAPS[key] = pixmap
    return pixmap


class PaletteIconEngine(QIconEngine):
    """An icon drawn from its SVG in the current palette's colour (see the module docstring)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return render(self._name, size, ink_for(mode))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return render(self._name, size, ink_for(mode), scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(QPoint(rect.x(), rect.y()), render(self._name, rect.size(), ink_for(mode), scale))

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self._name)

    def key(self) -> str:
        return "platform-console-palette-svg"

    def isNull(self) -> bool:
        return False


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` in the palette's colour; a missing file is a
    :class:`ResourceError` (the start-up checks :data:`ICON_NAMES`)."""
    cached = _ICONS.get(name)
    if cached is None:
        svg_text(name)  # raises when missing
        cached = _ICONS[name] = QIcon(PaletteIconEngine(name))
    return cached


def application_icon() -> QIcon:
    """The window icon: the application's SVG in its own ink, as the desktop shows it (a taskbar is
    not drawn in the console's palette)."""
    svg_text("platform-console")  # raises when missing
    return QIcon(str(icon_path("platform-console")))
