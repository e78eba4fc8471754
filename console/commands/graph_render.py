"""``modules graph --format svg|png``: the console's graph, drawn without a display.

The diagram is the one of the console's graph page (:class:`console.widgets.graph_view.ModuleGraphView`:
the same layout, boxes, edges and legend, light theme), rendered off screen by Qt: to SVG with
``QSvgGenerator``, to PNG through the view's own export (into memory: the command writes the
bytes through the same atomic writer as the other formats). Qt is imported only here, and this module
only by those two formats: the other commands never load it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from console.commands.qt_app import offscreen_app
from console.widgets.graph_view import ModuleGraphView
from core.definition import ModuleDefinition
from core.registry import ModuleRegistry

MARGIN = 24.0
PNG_SCALE = 2.0  # device pixels per scene unit: sharp on a high-density screen


def _view(modules: Sequence[ModuleDefinition]) -> ModuleGraphView:
    offscreen_app()
    return ModuleGraphView(ModuleRegistry(modules))


def _area(view: ModuleGraphView) -> QRectF:
    return view.scene().itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def svg(modules: Sequence[ModuleDefinition]) -> bytes:
    """The graph as an SVG document (text kept as text: module names and codes are searchable)."""
    view = _view(modules)
    area = _area(view)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(area.width()), round(area.height())))
    generator.setViewBox(QRectF(0, 0, area.width(), area.height()))
    generator.setTitle("Module dependency graph")
    generator.setDescription(", ".join(m.code for m in modules))
    painter = QPainter(generator)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.scene().render(painter, QRectF(0, 0, area.width(), area.height()), area)
    painter.end()
    data = bytes(buffer.data().data())
    view.deleteLater()
    return data


def png(modules: Sequence[ModuleDefinition]) -> bytes | None:
    """The graph as PNG bytes, as the graph page's export draws it; None if Qt could not encode
    it. The caller writes them (atomically, as the other formats)."""
    view = _view(modules)
    try:
        return view.png_bytes(PNG_SCALE)
    finally:
        view.deleteLater()
