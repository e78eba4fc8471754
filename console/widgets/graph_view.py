"""The module dependency graph as a layered diagram.

Layout (Sugiyama style, pure Python, fast enough for a few hundred modules):

1. Layers by longest path: a module's layer is 1 + the highest layer of what it requires, so
   requirements sit above their dependents and modules that require nothing are at the top.
2. Edges that span several layers get a bend point in every layer they cross, so they run
   between the boxes instead of through them.
3. Within each layer the order comes from barycenter sweeps (down and up, a few times, keeping
   the order with the fewest crossings).
4. Horizontal positions: each node is pulled towards the mean of its neighbours in the layer
   above (then below); a weighted isotonic regression keeps the order and the spacing.

Modules with no edges at all are placed in a compact block beside the graph (still at the top:
they require nothing) so a mostly flat registry does not turn into one very long row.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QCoreApplication,
    QEvent,
    QIODevice,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from console.widgets._text import arg, escape
from console.widgets.module_texts import module_text
from core.definition import ModuleTier
from core.graph import topological_order
from core.registry import ModuleRegistry

# A layout node: a module code, or a bend point of a long edge (dependent, requirement, layer).
Node = str | tuple[str, str, int]

NODE_HEIGHT = 46.0
MIN_NODE_WIDTH = 124.0
MAX_NODE_WIDTH = 200.0
LAYER_GAP = 62.0
NODE_GAP = 26.0
DUMMY_GAP = 12.0
ISOLATED_GAP = 90.0
MIN_ZOOM = 0.05
MAX_ZOOM = 6.0
FIT_MAX_ZOOM = 1.3

_CTX = "ModuleGraphView"
TIER_LABELS = {
    ModuleTier.CORE: QT_TRANSLATE_NOOP("ModuleGraphView", "core"),
    ModuleTier.OPTIONAL: QT_TRANSLATE_NOOP("ModuleGraphView", "optional"),
    ModuleTier.INTERNAL: QT_TRANSLATE_NOOP("ModuleGraphView", "internal"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


# ---------------------------------------------------------------------------------------------
# Layout: pure functions, no Qt
# ---------------------------------------------------------------------------------------------
@dataclass
class GraphLayout:
    """Where everything goes. ``x`` and ``y`` are centres in scene units."""

    layer_of: dict[str, int]
    rows: list[list[Node]]
    x: dict[Node, float]
    y: dict[Node, float]
    isolated: list[str] = field(default_factory=list)
    crossings: int = 0
    # Per edge (dependent, requirement): the points from the dependent's top to the requirement's bottom.
    routes: dict[tuple[str, str], list[QPointF]] = field(default_factory=dict)


def assign_layers(requires: Mapping[str, Iterable[str]]) -> dict[str, int]:
    """Longest-path layering: 0 for modules that require nothing, else 1 + max over requirements."""
    reqs = {code: tuple(r for r in rs if r in requires) for code, rs in requires.items()}
    layer: dict[str, int] = {}
    for code in topological_order(reqs):
        layer[code] = 1 + max((layer[r] for r in reqs[code]), default=-1)
    return layer


def _proper_graph(
    requires: Mapping[str, Sequence[str]], layer: Mapping[str, int], codes: Iterable[str]
) -> tuple[list[list[Node]], dict[Node, list[Node]], dict[Node, list[Node]]]:
    """Rows with bend points added, and each node's neighbours in the row above / below."""
    depth = max(layer.values(), default=-1) + 1
    rows: list[list[Node]] = [[] for _ in range(depth)]
    up: dict[Node, list[Node]] = {}
    down: dict[Node, list[Node]] = {}
    members = sorted(codes)
    for code in members:
        rows[layer[code]].append(code)
        up[code] = []
        down[code] = []
    for dependent in members:
        for requirement in sorted(requires[dependent]):
            previous: Node = dependent
            for level in range(layer[dependent] - 1, layer[requirement], -1):
                bend: Node = (dependent, requirement, level)
                rows[level].append(bend)
                up[bend] = []
                down[bend] = [previous]
                up[previous].append(bend)
                previous = bend
            up[previous].append(requirement)
            down[requirement].append(previous)
    return rows, up, down


def _inversions(values: list[int]) -> int:
    seen: list[int] = []
    count = 0
    for value in values:
        # Earlier values strictly greater than this one cross it.
        count += len(seen) - bisect.bisect_right(seen, value)
        bisect.insort(seen, value)
    return count


def count_crossings(rows: Sequence[Sequence[Node]], up: Mapping[Node, Sequence[Node]]) -> int:
    """Edge crossings between adjacent rows (bend points included)."""
    total = 0
    for level in range(1, len(rows)):
        above = {n: i for i, n in enumerate(rows[level - 1])}
        pairs = sorted((i, above[m]) for i, n in enumerate(rows[level]) for m in up[n])
        total += _inversions([b for _, b in pairs])
    return total


def order_rows(
    rows: list[list[Node]],
    up: Mapping[Node, Sequence[Node]],
    down: Mapping[Node, Sequence[Node]],
    sweeps: int = 4,
) -> tuple[list[list[Node]], int]:
    """Barycenter ordering; returns the best rows found and their crossing count."""
    rows = [list(r) for r in rows]
    best = [list(r) for r in rows]
    best_count = count_crossings(rows, up)

    def reorder(level: int, neighbours: Mapping[Node, Sequence[Node]], ref: Sequence[Node]) -> None:
        pos = {n: i for i, n in enumerate(ref)}
        current = {n: i for i, n in enumerate(rows[level])}

        def key(n: Node) -> tuple[float, int]:
            around = neighbours[n]
            if not around:
                return (float(current[n]), current[n])
            return (sum(pos[m] for m in around) / len(around), current[n])

        rows[level].sort(key=key)

    for _ in range(sweeps):
        if best_count == 0:
            break
        for level in range(1, len(rows)):
            reorder(level, up, rows[level - 1])
        for level in range(len(rows) - 2, -1, -1):
            reorder(level, down, rows[level + 1])
        _transpose(rows, up, down)
        count = count_crossings(rows, up)
        if count < best_count:
            best, best_count = [list(r) for r in rows], count
    return best, best_count


def _transpose(
    rows: list[list[Node]], up: Mapping[Node, Sequence[Node]], down: Mapping[Node, Sequence[Node]]
) -> None:
    """Swap neighbours in a row while that removes crossings (the "transpose" step of dot)."""

    def pair_crossings(u: Node, v: Node, level: int) -> int:
        total = 0
        for neighbours, ref in ((up, level - 1), (down, level + 1)):
            if not 0 <= ref < len(rows):
                continue
            pos = positions[ref]
            for a in neighbours[u]:
                pa = pos[a]
                total += sum(1 for b in neighbours[v] if pos[b] < pa)
        return total

    positions = [{n: i for i, n in enumerate(row)} for row in rows]
    improved = True
    rounds = 0
    while improved and rounds < 8:
        improved = False
        rounds += 1
        for level, row in enumerate(rows):
            for i in range(len(row) - 1):
                u, v = row[i], row[i + 1]
                if pair_crossings(v, u, level) < pair_crossings(u, v, level):
                    row[i], row[i + 1] = v, u
                    positions[level][u], positions[level][v] = i + 1, i
                    improved = True


def _place_row(targets: list[float], weights: list[float], gaps: list[float]) -> list[float]:
    """Positions closest to ``targets`` (weighted least squares) keeping order and ``gaps``.

    With ``c`` the cumulative gaps, ``y = x - c`` must be non-decreasing: pool adjacent violators.
    """
    offsets = [0.0]
    for gap in gaps:
        offsets.append(offsets[-1] + gap)
    blocks: list[list[float]] = []  # [weighted sum, weight, count]
    for target, weight, offset in zip(targets, weights, offsets, strict=True):
        blocks.append([(target - offset) * weight, weight, 1])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            s, w, n = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += w
            blocks[-1][2] += n
    out: list[float] = []
    for s, w, n in blocks:
        out.extend([s / w] * int(n))
    return [y + c for y, c in zip(out, offsets, strict=True)]


def assign_x(
    rows: Sequence[Sequence[Node]],
    up: Mapping[Node, Sequence[Node]],
    down: Mapping[Node, Sequence[Node]],
    width: Callable[[Node], float],
    iterations: int = 6,
) -> dict[Node, float]:
    def gap(a: Node, b: Node) -> float:
        real = isinstance(a, str) + isinstance(b, str)
        spacing = NODE_GAP if real == 2 else DUMMY_GAP
        return (width(a) + width(b)) / 2 + spacing

    gaps = [[gap(row[i], row[i + 1]) for i in range(len(row) - 1)] for row in rows]
    weights = [[1.0 if isinstance(n, str) else 2.0 for n in row] for row in rows]
    x: dict[Node, float] = {}
    for row, row_gaps in zip(rows, gaps, strict=True):
        total = sum(row_gaps)
        cursor = -total / 2
        for i, node in enumerate(row):
            x[node] = cursor
            if i < len(row_gaps):
                cursor += row_gaps[i]

    def relax(level: int, neighbours: Mapping[Node, Sequence[Node]]) -> None:
        row = rows[level]
        if not row:
            return
        targets = [
            (sum(x[m] for m in neighbours[n]) / len(neighbours[n])) if neighbours[n] else x[n] for n in row
        ]
        for node, value in zip(row, _place_row(targets, weights[level], gaps[level]), strict=True):
            x[node] = value

    for _ in range(iterations):
        for level in range(1, len(rows)):
            relax(level, up)
        for level in range(len(rows) - 2, -1, -1):
            relax(level, down)
    return x


def layered_layout(
    requires: Mapping[str, Sequence[str]],
    *,
    node_width: float = MIN_NODE_WIDTH,
    node_height: float = NODE_HEIGHT,
    sweeps: int = 4,
    group_isolated: bool = True,
) -> GraphLayout:
    """Lay out a requirement graph ``{code: requirements}``; see the module docstring."""
    layer = assign_layers(requires)
    has_edge = {c for c, rs in requires.items() if rs} | {r for rs in requires.values() for r in rs}
    isolated = sorted(c for c in requires if c not in has_edge) if group_isolated else []
    placed = [c for c in requires if c not in set(isolated)]
    rows, up, down = _proper_graph(requires, layer, placed)
    rows, crossings = order_rows(rows, up, down, sweeps=sweeps)

    def width(n: Node) -> float:
        return node_width if isinstance(n, str) else 0.0

    x = assign_x(rows, up, down, width)
    step = node_height + LAYER_GAP
    y: dict[Node, float] = {}
    for level, row in enumerate(rows):
        for node in row:
            y[node] = level * step + node_height / 2
    if x:
        left = min(x[n] - width(n) / 2 for n in x)
        for n in x:
            x[n] -= left
    right = max((x[n] + width(n) / 2 for n in x), default=-ISOLATED_GAP)

    if isolated:
        graph_rows = sum(1 for row in rows if row)
        # Beside a graph: as many rows as it has layers. Alone: a block about three times wider than tall.
        depth = graph_rows or max(1, round(math.sqrt(len(isolated) / 3)))
        columns = max(1, math.ceil(len(isolated) / depth))
        start = right + ISOLATED_GAP + node_width / 2
        for i, code in enumerate(isolated):
            row, column = divmod(i, columns)
            x[code] = start + column * (node_width + NODE_GAP)
            y[code] = row * step + node_height / 2

    layout = GraphLayout(layer, rows, x, y, isolated, crossings)
    layout.routes = _routes(layout, requires, up, down, node_width, node_height)
    return layout


def _routes(
    layout: GraphLayout,
    requires: Mapping[str, Sequence[str]],
    up: Mapping[Node, Sequence[Node]],
    down: Mapping[Node, Sequence[Node]],
    node_width: float,
    node_height: float,
) -> dict[tuple[str, str], list[QPointF]]:
    x, y = layout.x, layout.y
    half = node_height / 2

    def ports(node: str, neighbours: Sequence[Node]) -> dict[Node, float]:
        ordered = sorted(neighbours, key=lambda m: x[m])
        k = len(ordered)
        span = min(node_width * 0.6, 16.0 * (k - 1))
        return {
            m: x[node] - span / 2 + (span * i / (k - 1) if k > 1 else span / 2) for i, m in enumerate(ordered)
        }

    top_ports = {n: ports(n, up[n]) for n in up if isinstance(n, str)}
    bottom_ports = {n: ports(n, down[n]) for n in down if isinstance(n, str)}
    routes: dict[tuple[str, str], list[QPointF]] = {}
    for dependent, reqs in requires.items():
        if dependent not in up:
            continue
        for requirement in reqs:
            bends = [
                b
                for b in up[dependent]
                if b == requirement or (isinstance(b, tuple) and b[:2] == (dependent, requirement))
            ]
            first = bends[0]
            points = [QPointF(top_ports[dependent][first], y[dependent] - half)]
            node: Node = first
            previous: Node = dependent
            while isinstance(node, tuple):
                points.append(QPointF(x[node], y[node] + half))
                points.append(QPointF(x[node], y[node] - half))
                previous, node = node, up[node][0]
            points.append(QPointF(bottom_ports[requirement][previous], y[requirement] + half))
            routes[(dependent, requirement)] = points
    return routes


# ---------------------------------------------------------------------------------------------
# Colours
# ---------------------------------------------------------------------------------------------
@dataclass
class GraphColors:
    background: QColor
    text: QColor
    muted: QColor
    edge: QColor
    requires_edge: QColor
    dependent_edge: QColor
    selected: QColor
    tier_fill: dict[ModuleTier, QColor]
    tier_border: dict[ModuleTier, QColor]
    disabled_fill: QColor
    disabled_border: QColor
    hatch: QColor
    enabled_marker: QColor

    @classmethod
    def for_palette(cls, palette: QPalette) -> GraphColors:
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        if dark:
            return cls(
                background=palette.color(QPalette.ColorRole.Base),
                text=QColor("#e8edf3"),
                muted=QColor("#a9b4c1"),
                edge=QColor("#7d8896"),
                requires_edge=QColor("#f0a040"),
                dependent_edge=QColor("#b48cf2"),
                selected=QColor("#ffb347"),
                tier_fill={
                    ModuleTier.CORE: QColor("#1f3a5f"),
                    ModuleTier.OPTIONAL: QColor("#1d4431"),
                    ModuleTier.INTERNAL: QColor("#3d2752"),
                },
                tier_border={
                    ModuleTier.CORE: QColor("#6ea0ef"),
                    ModuleTier.OPTIONAL: QColor("#5cc28a"),
                    ModuleTier.INTERNAL: QColor("#b58ae0"),
                },
                disabled_fill=QColor("#262b32"),
                disabled_border=QColor("#6f7985"),
                hatch=QColor(255, 255, 255, 40),
                enabled_marker=QColor("#4cd38a"),
            )
        return cls(
            background=palette.color(QPalette.ColorRole.Base),
            text=QColor("#1d2733"),
            muted=QColor("#566170"),
            edge=QColor("#8a94a3"),
            requires_edge=QColor("#d9730d"),
            dependent_edge=QColor("#7b4fd6"),
            selected=QColor("#d9730d"),
            tier_fill={
                ModuleTier.CORE: QColor("#dbe7fb"),
                ModuleTier.OPTIONAL: QColor("#d9f2e3"),
                ModuleTier.INTERNAL: QColor("#eee2f8"),
            },
            tier_border={
                ModuleTier.CORE: QColor("#2f6fd0"),
                ModuleTier.OPTIONAL: QColor("#2e8b57"),
                ModuleTier.INTERNAL: QColor("#8a4fbf"),
            },
            disabled_fill=QColor("#f1f3f5"),
            disabled_border=QColor("#9aa3ae"),
            hatch=QColor(0, 0, 0, 34),
            enabled_marker=QColor("#1f9d55"),
        )


class _Theme:
    """Shared by the items of one view, so a palette change is one assignment and a repaint."""

    def __init__(self, colors: GraphColors, font: QFont) -> None:
        self.colors = colors
        self.set_font(font)

    def set_font(self, font: QFont) -> None:
        """Codes at the view's font (bold), names and captions a little smaller: they grow with
        the application's font, as the rest of the console does."""
        self.code_font = QFont(font)
        self.code_font.setBold(True)
        self.name_font = _scaled(font, SMALL_TEXT)
        self.small_font = _scaled(font, SMALL_TEXT)


SMALL_TEXT = 0.85  # names and captions, relative to the codes


def _scaled(font: QFont, factor: float) -> QFont:
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    else:
        scaled.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return scaled


# ---------------------------------------------------------------------------------------------
# Items
# ---------------------------------------------------------------------------------------------
class _NodeItem(QGraphicsItem):
    def __init__(self, theme: _Theme, code: str, name: str, tier: ModuleTier, width: float) -> None:
        super().__init__()
        self.theme = theme
        self.code = code
        self.name = name
        self.tier = tier
        self.width = width
        self.enabled_state: bool | None = None
        self.role = "normal"  # normal | selected | related | dimmed
        self._rect = QRectF(-width / 2, -NODE_HEIGHT / 2, width, NODE_HEIGHT)
        metrics = QFontMetricsF(theme.name_font)
        self._name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width - 16)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        c = self.theme.colors
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        disabled = self.enabled_state is False
        fill = c.disabled_fill if disabled else c.tier_fill[self.tier]
        border = c.tier_border[self.tier]
        pen = QPen(border, 1.6)
        if disabled:
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setColor(c.disabled_border)
        if self.role == "selected":
            pen = QPen(c.selected, 3.2)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(self._rect, 7, 7)
        if disabled:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(c.hatch, Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(self._rect, 7, 7)
            # A tier strip on the left keeps the tier readable when the module is off.
            painter.setBrush(border)
            painter.drawRoundedRect(
                QRectF(self._rect.left() + 3, self._rect.top() + 6, 3, NODE_HEIGHT - 12), 1.5, 1.5
            )
        if self.enabled_state is not None:
            centre = QPointF(self._rect.right() - 10, self._rect.top() + 10)
            if disabled:
                painter.setPen(QPen(c.disabled_border, 1.4))
                painter.setBrush(c.disabled_fill)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(c.enabled_marker)
            painter.drawEllipse(centre, 4.2, 4.2)
        if lod < 0.22:
            return
        text_color = c.muted if disabled else c.text
        painter.setPen(text_color)
        painter.setFont(self.theme.code_font)
        if lod < 0.5:
            painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.code)
            return
        top = QRectF(self._rect.left() + 8, self._rect.top() + 5, self.width - 24, 19)
        painter.drawText(top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, self.code)
        painter.setFont(self.theme.name_font)
        painter.setPen(c.muted)
        bottom = QRectF(self._rect.left() + 8, self._rect.top() + 23, self.width - 16, 17)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, self._name)


class _EdgeItem(QGraphicsItem):
    ARROW = 9.0

    def __init__(self, theme: _Theme, dependent: str, requirement: str, points: list[QPointF]) -> None:
        super().__init__()
        self.theme = theme
        self.dependent = dependent
        self.requirement = requirement
        self.role = "normal"  # normal | requires | dependent | dimmed
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(1)
        self._path = self._build(points)
        tip = points[-1]
        a = self.ARROW
        self._arrow = QPolygonF(
            [tip, QPointF(tip.x() - a * 0.55, tip.y() + a), QPointF(tip.x() + a * 0.55, tip.y() + a)]
        )
        stroker = QPainterPathStroker()
        stroker.setWidth(6)
        self._shape = stroker.createStroke(self._path)
        self._bounds = self._path.boundingRect().united(self._arrow.boundingRect()).adjusted(-4, -4, 4, 4)

    @staticmethod
    def _build(points: list[QPointF]) -> QPainterPath:
        path = QPainterPath(points[0])
        end = len(points) - 1
        for i in range(1, len(points)):
            a, b = points[i - 1], points[i]
            target = QPointF(b.x(), b.y() + (_EdgeItem.ARROW - 1 if i == end else 0))
            if abs(a.x() - target.x()) < 0.5:
                path.lineTo(target)
            else:
                mid = (a.y() + target.y()) / 2
                path.cubicTo(QPointF(a.x(), mid), QPointF(target.x(), mid), target)
        return path

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        c = self.theme.colors
        color = {"requires": c.requires_edge, "dependent": c.dependent_edge}.get(self.role, c.edge)
        width = 2.4 if self.role in ("requires", "dependent") else 1.3
        painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(self._arrow)


class _LegendItem(QGraphicsItem):
    def __init__(self, theme: _Theme) -> None:
        super().__init__()
        self.theme = theme
        self.show_state = False
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._entries: list[tuple[str, str, object]] = []
        self._rect = QRectF()
        self.refresh()

    def refresh(self) -> None:
        self.prepareGeometryChange()
        entries: list[tuple[str, str, object]] = [("tier", _tr(TIER_LABELS[t]), t) for t in ModuleTier]
        if self.show_state:
            entries += [
                ("enabled", QCoreApplication.translate("ModuleGraphView", "enabled"), True),
                ("disabled", QCoreApplication.translate("ModuleGraphView", "disabled"), False),
            ]
        entries += [
            ("requires", QCoreApplication.translate("ModuleGraphView", "requires"), "requires"),
            ("dependent", QCoreApplication.translate("ModuleGraphView", "required by"), "dependent"),
        ]
        self._entries = entries
        metrics = QFontMetricsF(self.theme.small_font)
        width = sum(30 + metrics.horizontalAdvance(text) + 16 for _, text, _ in entries)
        self._rect = QRectF(0, 0, width, 20)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        c = self.theme.colors
        metrics = QFontMetricsF(self.theme.small_font)
        painter.setFont(self.theme.small_font)
        x = 0.0
        for kind, text, value in self._entries:
            swatch = QRectF(x, 3, 24, 14)
            if kind == "tier":
                assert isinstance(value, ModuleTier)
                painter.setPen(QPen(c.tier_border[value], 1.4))
                painter.setBrush(c.tier_fill[value])
                painter.drawRoundedRect(swatch, 4, 4)
            elif kind in ("enabled", "disabled"):
                disabled = kind == "disabled"
                pen = QPen(c.disabled_border if disabled else c.tier_border[ModuleTier.OPTIONAL], 1.4)
                if disabled:
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(c.disabled_fill if disabled else c.tier_fill[ModuleTier.OPTIONAL])
                painter.drawRoundedRect(swatch, 4, 4)
                if disabled:
                    painter.setBrush(QBrush(c.hatch, Qt.BrushStyle.BDiagPattern))
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.drawRoundedRect(swatch, 4, 4)
                    painter.setPen(QPen(c.disabled_border, 1.2))
                    painter.setBrush(c.disabled_fill)
                else:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(c.enabled_marker)
                painter.drawEllipse(QPointF(swatch.right() - 6, swatch.top() + 5), 3, 3)
            else:
                color = c.requires_edge if kind == "requires" else c.dependent_edge
                painter.setPen(QPen(color, 2.4))
                painter.drawLine(QPointF(x + 2, 10), QPointF(x + 18, 10))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawPolygon(QPolygonF([QPointF(x + 24, 10), QPointF(x + 17, 6), QPointF(x + 17, 14)]))
            painter.setPen(c.muted)
            text_rect = QRectF(x + 30, 0, metrics.horizontalAdvance(text) + 4, 20)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            x += 30 + metrics.horizontalAdvance(text) + 16


# ---------------------------------------------------------------------------------------------
# The view
# ---------------------------------------------------------------------------------------------
class ModuleGraphView(QGraphicsView):
    """The module dependency graph of a :class:`~core.registry.ModuleRegistry`.

    Click a module to highlight what it requires (transitively, orange) and what requires it
    (violet) and dim the rest; click empty space (or press Esc) to clear. Wheel and +/- zoom,
    dragging pans, F or 0 fits the graph into the view.
    """

    module_selected = Signal(str)

    def __init__(self, registry: ModuleRegistry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = _Theme(GraphColors.for_palette(self.palette()), self.font())
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAccessibleName(self.tr("Module dependency graph"))
        self.setToolTip("")
        self._registry: ModuleRegistry | None = None
        self._layout: GraphLayout | None = None
        self._nodes: dict[str, _NodeItem] = {}
        self._edges: list[_EdgeItem] = []
        self._legend: _LegendItem | None = None
        self._enabled: frozenset[str] | None = None
        self._selected = ""
        self._requirements: frozenset[str] = frozenset()
        self._dependents: frozenset[str] = frozenset()
        self._press_pos: QPoint | None = None
        self._auto_fit = True
        self._apply_background()
        if registry is not None:
            self.set_registry(registry)

    # -- data -----------------------------------------------------------------------------
    def registry(self) -> ModuleRegistry | None:
        return self._registry

    def graph_layout(self) -> GraphLayout | None:
        return self._layout

    def set_registry(self, registry: ModuleRegistry | None) -> None:
        """Show ``registry`` (None: an empty view). Keeps the selection if the module still exists."""
        previous = self._selected
        self._registry = registry
        self._scene.clear()
        self._nodes = {}
        self._edges = []
        self._legend = None
        self._layout = None
        self._selected = ""
        self._requirements = self._dependents = frozenset()
        if registry is not None and len(registry):
            self._build(registry)
        self._scene.setSceneRect(self._content_rect().adjusted(-600, -600, 600, 600))
        self._auto_fit = True
        self.fit()
        if previous and previous in self._nodes:
            self._set_selection(previous)  # the same module: no signal
        elif previous:
            self.module_selected.emit("")

    def _build(self, registry: ModuleRegistry) -> None:
        metrics = QFontMetricsF(self._theme.code_font)
        name_metrics = QFontMetricsF(self._theme.name_font)
        widest = max(
            max(
                metrics.horizontalAdvance(m.code) + 40,
                name_metrics.horizontalAdvance(module_text(m.name)) + 20,
            )
            for m in registry
        )
        width = min(MAX_NODE_WIDTH, max(MIN_NODE_WIDTH, math.ceil(widest)))
        requires = {m.code: tuple(m.requires) for m in registry}
        layout = layered_layout(requires, node_width=width)
        self._layout = layout
        for module in registry:
            item = _NodeItem(self._theme, module.code, module_text(module.name), module.tier, width)
            item.setPos(layout.x[module.code], layout.y[module.code])
            item.setToolTip(self._tooltip(registry, module.code))
            item.enabled_state = self._state_of(module.code)
            self._scene.addItem(item)
            self._nodes[module.code] = item
        for (dependent, requirement), points in layout.routes.items():
            edge = _EdgeItem(self._theme, dependent, requirement, points)
            self._scene.addItem(edge)
            self._edges.append(edge)
        if layout.isolated:
            left = min(layout.x[c] for c in layout.isolated) - width / 2
            caption = QGraphicsSimpleTextItem(self.tr("No dependencies"))
            caption.setFont(self._theme.small_font)
            caption.setBrush(self._theme.colors.muted)
            caption.setPos(left, -22)
            caption.setData(0, "caption")
            self._scene.addItem(caption)
        legend = _LegendItem(self._theme)
        legend.show_state = self._enabled is not None
        legend.refresh()
        legend.setPos(0, -58)
        self._scene.addItem(legend)
        self._legend = legend

    def _tooltip(self, registry: ModuleRegistry, code: str) -> str:
        module = registry.get(code)
        requires = ", ".join(module.requires) or self.tr("nothing")
        required_by = ", ".join(registry.required_by(code)) or self.tr("nothing")
        return arg(
            self.tr("<b>%1</b> (%2), %3 tier<br>%4<br>Requires: %5<br>Required by: %6"),
            escape(module.code),
            escape(module_text(module.name)),
            _tr(TIER_LABELS[module.tier]),
            escape(module_text(module.description)),
            escape(requires),
            escape(required_by),
        )

    # -- platform state -------------------------------------------------------------------
    def set_enabled(self, codes: Iterable[str] | None) -> None:
        """Show which modules are on for a platform (None: no platform, no state marks)."""
        self._enabled = None if codes is None else frozenset(codes)
        for code, item in self._nodes.items():
            item.enabled_state = self._state_of(code)
            item.update()
        if self._legend is not None:
            self._legend.show_state = self._enabled is not None
            self._legend.refresh()

    def enabled_codes(self) -> frozenset[str] | None:
        return self._enabled

    def _state_of(self, code: str) -> bool | None:
        return None if self._enabled is None else code in self._enabled

    # -- selection ------------------------------------------------------------------------
    def selected(self) -> str:
        return self._selected

    def select(self, code: str | None) -> None:
        """Select a module (highlight its closures) or clear with None / ""; emits module_selected."""
        code = code if code and code in self._nodes else ""
        if code == self._selected:
            return
        self._set_selection(code)
        self.module_selected.emit(code)

    def _set_selection(self, code: str) -> None:
        self._selected = code
        if code and self._registry is not None:
            self._requirements = self._registry.requirements_closure(code)
            self._dependents = self._registry.dependents_closure(code)
        else:
            self._requirements = self._dependents = frozenset()
        self._restyle()

    def clear_selection(self) -> None:
        self.select(None)

    def highlighted_requirements(self) -> frozenset[str]:
        return self._requirements

    def highlighted_dependents(self) -> frozenset[str]:
        return self._dependents

    def highlighted(self) -> frozenset[str]:
        """The selection, what it requires and what requires it (empty without a selection)."""
        if not self._selected:
            return frozenset()
        return self._requirements | self._dependents | {self._selected}

    def dimmed(self) -> frozenset[str]:
        if not self._selected:
            return frozenset()
        return frozenset(self._nodes) - self.highlighted()

    def node_role(self, code: str) -> str:
        """``selected``, ``requires`` (needed by the selection), ``dependent``, ``dimmed`` or ``normal``."""
        if not self._selected:
            return "normal"
        if code == self._selected:
            return "selected"
        if code in self._requirements:
            return "requires"
        if code in self._dependents:
            return "dependent"
        return "dimmed"

    def _restyle(self) -> None:
        selected = self._selected
        lit = self.highlighted()
        for code, item in self._nodes.items():
            item.role = self.node_role(code)
            item.setOpacity(0.28 if selected and code not in lit else 1.0)
            item.setZValue(3 if selected and code in lit else 2)
            item.update()
        up_side = self._requirements | {selected}
        down_side = self._dependents | {selected}
        for edge in self._edges:
            if not selected:
                edge.role = "normal"
            elif edge.dependent in up_side and edge.requirement in self._requirements:
                edge.role = "requires"
            elif edge.dependent in self._dependents and edge.requirement in down_side:
                edge.role = "dependent"
            else:
                edge.role = "dimmed"
            edge.setOpacity(0.18 if edge.role == "dimmed" else 1.0)
            edge.setZValue(1.5 if edge.role in ("requires", "dependent") else 1)
            edge.update()

    # -- geometry helpers -----------------------------------------------------------------
    def node_rect(self, code: str) -> QRectF:
        """The module's box in scene coordinates."""
        item = self._nodes[code]
        return item.mapRectToScene(QRectF(-item.width / 2, -NODE_HEIGHT / 2, item.width, NODE_HEIGHT))

    def node_center(self, code: str) -> QPoint:
        """The module's centre in viewport coordinates (where to click)."""
        return self.mapFromScene(self.node_rect(code).center())

    def module_at(self, pos: QPoint) -> str:
        """The module under a viewport position, or ""."""
        for item in self.items(pos):
            if isinstance(item, _NodeItem):
                return item.code
        return ""

    def _content_rect(self) -> QRectF:
        rect = self._scene.itemsBoundingRect()
        if rect.isEmpty():
            return QRectF(0, 0, 400, 300)
        return rect.adjusted(-24, -24, 24, 24)

    # -- zoom -----------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.setTransform(QTransform.fromScale(factor, factor))

    def zoom_by(self, factor: float) -> None:
        self._auto_fit = False
        current = self.zoom()
        target = max(MIN_ZOOM, min(MAX_ZOOM, current * factor))
        if current > 0 and target != current:
            self.scale(target / current, target / current)

    def zoom_in(self) -> None:
        self._keyboard_zoom(1.25)

    def zoom_out(self) -> None:
        self._keyboard_zoom(0.8)

    def _keyboard_zoom(self, factor: float) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(factor)
        self.setTransformationAnchor(anchor)

    def fit(self) -> None:
        """Show the whole graph (never magnified beyond 130 %); keeps fitting on resize until zoomed."""
        self._auto_fit = True
        rect = self._content_rect()
        viewport = self.viewport().rect()
        if viewport.width() < 2 or viewport.height() < 2:
            return
        factor = min(viewport.width() / rect.width(), viewport.height() / rect.height(), FIT_MAX_ZOOM)
        self.set_zoom(factor)
        # Centred across, from the top down: a small graph starts at the top, not mid-canvas (the
        # scene reaches down far enough for that).
        shown = QRectF(rect.left(), rect.top(), rect.width(), viewport.height() / factor)
        self._scene.setSceneRect(self._scene.sceneRect().united(shown.adjusted(0, 0, 0, 600)))
        self.centerOn(QPointF(rect.center().x(), rect.top() + viewport.height() / factor / 2))

    # -- export ---------------------------------------------------------------------------
    def export_png(self, path: str | Path, scale: float = 2) -> bool:
        """Render the whole graph to a PNG file at ``scale`` device pixels per scene unit."""
        return self._image(scale).save(str(path), "PNG")

    def png_bytes(self, scale: float = 2) -> bytes | None:
        """The whole graph as PNG bytes (None if Qt could not encode them)."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self._image(scale).save(buffer, "PNG"):
            return None
        return bytes(buffer.data().data())

    def _image(self, scale: float) -> QImage:
        rect = self._content_rect()
        scale = max(0.1, min(float(scale), 16000 / max(rect.width(), rect.height())))
        image = QImage(
            max(1, math.ceil(rect.width() * scale)),
            max(1, math.ceil(rect.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(self._theme.colors.background)
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self._scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
        painter.end()
        return image

    # -- events ---------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta:
            pixels = event.pixelDelta().y()
            delta = pixels * 4
        if delta:
            self.zoom_by(1.2 ** (delta / 120))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in (Qt.Key.Key_F, Qt.Key.Key_0):
            self.fit()
        elif key == Qt.Key.Key_Escape and self._selected:
            self.clear_selection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_pos is not None:
            moved = (event.position().toPoint() - self._press_pos).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._auto_fit = False
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._press_pos is None:
            return
        pos = event.position().toPoint()
        moved = (pos - self._press_pos).manhattanLength()
        self._press_pos = None
        if moved < QApplication.startDragDistance():
            self.select(self.module_at(pos) or None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._auto_fit:
            self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_background()
        if event.type() == QEvent.Type.FontChange:
            self._theme.set_font(self.font())
            self.set_registry(self._registry)  # nodes sized again for the new text

    def _apply_background(self) -> None:
        self._theme.colors = GraphColors.for_palette(self.palette())
        self.setBackgroundBrush(self._theme.colors.background)
        for item in self._scene.items():
            if isinstance(item, QGraphicsSimpleTextItem):
                item.setBrush(self._theme.colors.muted)
        self._scene.update()
