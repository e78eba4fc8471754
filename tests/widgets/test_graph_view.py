from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.widgets.graph_view import (
    ModuleGraphView,
    assign_layers,
    count_crossings,
    layered_layout,
)
from core.registry import ModuleRegistry, default_registry
from tests.widgets.helpers import shop_registry, synthetic_registry


def make_view(qtbot: QtBot, registry: ModuleRegistry | None) -> ModuleGraphView:
    view = ModuleGraphView(registry)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def empty_spot(view: ModuleGraphView) -> QPoint:
    viewport = view.viewport().rect()
    for x in range(5, viewport.width(), 23):
        for y in range(5, viewport.height(), 19):
            point = QPoint(x, y)
            if not view.items(point):
                return point
    raise AssertionError("no empty spot in the view")


def click(qtbot: QtBot, view: ModuleGraphView, pos: QPoint) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


# -- layout -----------------------------------------------------------------------------------
def test_longest_path_layers_put_requirements_above_dependents() -> None:
    registry = synthetic_registry()
    requires = {m.code: m.requires for m in registry}
    layer = assign_layers(requires)
    assert len(layer) == 120
    assert max(layer.values()) == 9
    for code, reqs in requires.items():
        assert layer[code] == 1 + max((layer[r] for r in reqs), default=-1)
        assert layer[code] == int(code[1 : code.index("-")])


def test_barycenter_sweeps_reduce_crossings() -> None:
    registry = synthetic_registry()
    requires = {m.code: m.requires for m in registry}
    from console.widgets.graph_view import _proper_graph

    rows, up, _down = _proper_graph(requires, assign_layers(requires), list(requires))
    before = count_crossings(rows, up)
    layout = layered_layout(requires)
    assert layout.crossings < before / 2
    # Rows keep every module, in its layer.
    placed = {n for row in layout.rows for n in row if isinstance(n, str)}
    assert placed == set(requires)


def test_a_chain_is_drawn_without_crossings() -> None:
    requires = {"a": (), "b": ("a",), "c": ("b",), "d": ("a", "c"), "e": ("b",)}
    layout = layered_layout(requires)
    assert layout.crossings == 0
    assert layout.layer_of == {"a": 0, "b": 1, "c": 2, "d": 3, "e": 2}
    # The long edge d -> a bends through layers 1 and 2 (four points between the ends).
    assert len(layout.routes[("d", "a")]) == 6
    assert layout.y["a"] < layout.y["b"] < layout.y["c"] < layout.y["d"]


def test_modules_without_edges_go_to_a_side_block() -> None:
    requires = {"a": (), "b": ("a",), "x": (), "y": (), "z": ()}
    layout = layered_layout(requires)
    assert layout.isolated == ["x", "y", "z"]
    right_of_graph = max(layout.x["a"], layout.x["b"])
    assert all(layout.x[c] > right_of_graph for c in "xyz")
    assert all(layout.layer_of[c] == 0 for c in "xyz")


# -- the widget -------------------------------------------------------------------------------
def test_scene_places_requirements_above_dependents(qtbot: QtBot) -> None:
    registry = synthetic_registry()
    view = make_view(qtbot, registry)
    for module in registry:
        for requirement in module.requires:
            assert view.node_rect(requirement).bottom() < view.node_rect(module.code).top()


def test_click_highlights_closures_and_empty_click_clears(qtbot: QtBot) -> None:
    registry = shop_registry()
    view = make_view(qtbot, registry)
    with qtbot.waitSignal(view.module_selected) as blocker:
        click(qtbot, view, view.node_center("orders"))
    assert blocker.args == ["orders"]
    assert view.selected() == "orders"
    assert view.highlighted_requirements() == {"payments", "customers", "tenancy", "core"}
    assert view.highlighted_dependents() == {"marketplace"}
    assert view.highlighted() == {"orders", "payments", "customers", "tenancy", "core", "marketplace"}
    assert view.dimmed() == {"billing", "inventory", "analytics", "dev-tools", "monitoring"}
    assert view.node_role("orders") == "selected"
    assert view.node_role("payments") == "requires"
    assert view.node_role("marketplace") == "dependent"
    assert view.node_role("billing") == "dimmed"

    with qtbot.waitSignal(view.module_selected) as blocker:
        click(qtbot, view, empty_spot(view))
    assert blocker.args == [""]
    assert view.selected() == ""
    assert view.highlighted() == frozenset()
    assert view.dimmed() == frozenset()
    assert view.node_role("billing") == "normal"


def test_escape_clears_and_clicking_another_node_moves_the_selection(qtbot: QtBot) -> None:
    view = make_view(qtbot, shop_registry())
    click(qtbot, view, view.node_center("billing"))
    assert view.highlighted() == {"billing", "payments", "tenancy", "core"}
    click(qtbot, view, view.node_center("monitoring"))
    assert view.selected() == "monitoring"
    assert view.highlighted() == {"monitoring", "dev-tools"}
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected() == ""


def test_dragging_pans_without_changing_the_selection(qtbot: QtBot) -> None:
    view = make_view(qtbot, synthetic_registry())
    click(qtbot, view, view.node_center("m4-3"))
    view.set_zoom(1.0)
    start = view.node_center("m4-3")
    before = view.mapToScene(view.viewport().rect().center())
    viewport = view.viewport()
    end = start + QPoint(120, 80)
    left = Qt.MouseButton.LeftButton
    for kind, pos, buttons in (
        (QMouseEvent.Type.MouseButtonPress, start, left),
        (QMouseEvent.Type.MouseMove, start + QPoint(40, 30), left),
        (QMouseEvent.Type.MouseMove, end, left),
        (QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind,
            QPointF(pos),
            viewport.mapToGlobal(QPointF(pos)),
            left,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)
    after = view.mapToScene(view.viewport().rect().center())
    assert (before - after).manhattanLength() > 50
    assert view.selected() == "m4-3"


def test_wheel_and_keys_zoom_and_fit(qtbot: QtBot) -> None:
    view = make_view(qtbot, synthetic_registry())
    fitted = view.zoom()
    center = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        center,
        view.viewport().mapToGlobal(center),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(fitted * 1.44, rel=1e-3)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom() == pytest.approx(fitted * 1.44 * 0.8, rel=1e-3)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() == pytest.approx(fitted * 1.44 * 1.25, rel=1e-3)
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.zoom() == pytest.approx(fitted, rel=1e-3)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom() == pytest.approx(fitted, rel=1e-3)
    # After fitting, every module is inside the viewport.
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    for module in view.registry() or []:
        assert visible.contains(view.node_rect(module.code))


def test_set_enabled_marks_modules(qtbot: QtBot) -> None:
    view = make_view(qtbot, shop_registry())
    assert view.enabled_codes() is None
    view.set_enabled({"core", "tenancy", "payments", "unknown-module"})
    assert view.enabled_codes() == {"core", "tenancy", "payments", "unknown-module"}
    nodes = view._nodes
    assert nodes["payments"].enabled_state is True
    assert nodes["orders"].enabled_state is False
    view.set_enabled(None)
    assert nodes["orders"].enabled_state is None


def test_export_png(qtbot: QtBot, tmp_path: Path) -> None:
    view = make_view(qtbot, synthetic_registry())
    view.set_enabled({"m0-0", "m1-1"})
    click(qtbot, view, view.node_center("m5-5"))
    path = tmp_path / "graph.png"
    assert view.export_png(path, scale=2)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert not image.isNull()
    rect = view.scene().itemsBoundingRect()
    assert image.width() >= rect.width() * 2


def test_real_registry_and_registry_swaps(qtbot: QtBot, tmp_path: Path) -> None:
    registry = default_registry()
    view = make_view(qtbot, registry)
    assert set(view._nodes) == set(registry.modules)
    code = next(iter(registry.modules))
    click(qtbot, view, view.node_center(code))
    assert view.selected() == code
    # A registry without the selected module clears the selection (and says so).
    with qtbot.waitSignal(view.module_selected) as blocker:
        view.set_registry(shop_registry() if code not in shop_registry() else synthetic_registry(2, 3))
    assert blocker.args == [""]
    with qtbot.assertNotEmitted(view.module_selected):
        view.set_registry(None)
    assert view.export_png(tmp_path / "empty.png")


def test_a_new_registry_keeps_a_selection_that_still_exists(qtbot: QtBot) -> None:
    view = make_view(qtbot, shop_registry())
    view.select("orders")
    with qtbot.assertNotEmitted(view.module_selected):
        view.set_registry(shop_registry())
    assert view.selected() == "orders"
    assert view.highlighted_dependents() == {"marketplace"}
    assert view.node_role("billing") == "dimmed"


def test_a_registry_without_edges_is_a_block_not_a_row() -> None:
    layout = layered_layout({f"m{i:02d}": () for i in range(13)})
    assert len(layout.isolated) == 13
    rows = {layout.y[c] for c in layout.isolated}
    columns = {layout.x[c] for c in layout.isolated}
    assert len(rows) == 2 and len(columns) == 7
    single = layered_layout({"solo": ()})
    assert single.isolated == ["solo"]
