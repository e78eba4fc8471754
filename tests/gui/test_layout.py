"""Nothing that matters is cut off at the default 1280x800 window, at 100 % and 150 % font.

Checked through Qt's own measurements: a cell's text against the width the item delegate has for
it (``QFontMetrics.elidedText`` of the column's width less the delegate's margins gives the text
back whole), and a column against the table's viewport (in sight without scrolling).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QTableView

from console.widgets.tables import visible_width
from core.graph import ChangeRequest
from core.services.module_service import Target
from tests.gui.helpers import wait_until
from tests.screens import add_long_rows

pytestmark = pytest.mark.asyncio


@pytest.fixture(params=[100, 150], ids=["font100", "font150"])
def font_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[int]:
    """The application font at 100 % or 150 % while the test's windows are built."""
    base = QFont(qapp.font())
    scaled = QFont(base)
    scaled.setPointSizeF(base.pointSizeF() * request.param / 100)
    qapp.setFont(scaled)
    yield request.param
    qapp.setFont(base)


@pytest.fixture
def big_payment(demo_db: Any) -> int:
    """The newest payment (and its order) is EUR 1,234,567.89; its store has a long name."""
    return add_long_rows(demo_db)


def shown_whole(view: QTableView, row: int, column: int) -> bool:
    """What Qt's item delegate would draw for the cell is its whole text (not elided)."""
    value = view.model().index(row, column).data(Qt.ItemDataRole.DisplayRole)
    if not value:
        return True
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.columnWidth(column) - 2 * margin
    font = view.model().index(row, column).data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    return metrics.elidedText(str(value), Qt.TextElideMode.ElideRight, room) == str(value)


def assert_key_columns_whole(view: QTableView, columns: list[int], rows: int = 30) -> None:
    for column in columns:
        title = view.model().headerData(column, Qt.Orientation.Horizontal)
        assert visible_width(view, column) == view.columnWidth(column), f"{title} is scrolled out of sight"
        for row in range(min(rows, view.model().rowCount())):
            assert shown_whole(view, row, column), f"{title} of row {row} is elided"


async def payments_page(session_for: Any, open_window: Any) -> Any:
    """The payments page of a support user, its first rows loaded."""
    window = await open_window(session_for("support"), page="payments")
    page = window.page("payments")
    await wait_until(lambda: page.model.rowCount() > 0)
    return page


async def test_payments_money_status_and_gateway_whole(
    font_scale: int, big_payment: int, session_for: Any, open_window: Any
) -> None:
    page = await payments_page(session_for, open_window)
    columns = page.model.COLUMNS
    amount = columns.index("amount")
    assert page.model.index(0, amount).data() == "EUR 1,234,567.89"
    key = [columns.index(name) for name in ("id", "gateway", "amount", "status")]
    assert_key_columns_whole(page.table, key)


async def test_order_totals_whole(
    font_scale: int, big_payment: int, session_for: Any, open_window: Any
) -> None:
    window = await open_window(session_for("support"), page="orders")
    page = window.page("orders")
    await wait_until(lambda: page.model.rowCount() > 0 and page.model.row_at(0) is not None)
    names = [c.name for c in page.model.columns]
    assert page.model.index(0, names.index("total")).data() == "EUR 1,234,567.89"
    key = [names.index(name) for name in ("number", "status", "total")]
    assert_key_columns_whole(page.table, key)
    # The selected order's lines: quantity, unit price and total in sight, whole.
    page.table.selectRow(0)
    lines = page.detail.lines_table
    await wait_until(lambda: lines.rowCount() > 0)
    assert_key_columns_whole(lines, [2, 3, 4])


async def test_merchant_and_store_codes_and_status_whole(
    font_scale: int, session_for: Any, open_window: Any
) -> None:
    window = await open_window(session_for("support"), page="stores")
    for page_id in ("stores", "merchants"):
        window.show_page(page_id)
        page = window.page(page_id)
        await wait_until(lambda p=page: p.model.rowCount() > 0 and p.model.row_at(0) is not None)
        names = [c.name for c in page.model.columns]
        assert_key_columns_whole(page.table, [names.index("code"), names.index("status")])


async def modules_page(session_for: Any, open_window: Any) -> Any:
    """The modules page of a super admin, its matrix rows loaded."""
    window = await open_window(session_for("super_admin"))
    page = window.page("modules")
    await wait_until(lambda: page.matrix_model.rowCount() > 0)
    return page


async def test_module_and_platform_codes_whole(font_scale: int, session_for: Any, open_window: Any) -> None:
    page = await modules_page(session_for, open_window)
    headings = set(page.module_model.header_rows())
    for row in range(page.module_model.rowCount()):
        if row not in headings:
            assert shown_whole(page.module_table, row, 0), page.module_model.index(row, 0).data()
    for row in range(min(30, page.matrix_model.rowCount())):
        assert shown_whole(page.matrix, row, 0)


async def test_preview_refusal_reason_whole(font_scale: int, session_for: Any, open_window: Any) -> None:
    session = session_for("super_admin")
    window = await open_window(session)
    page = window.page("modules")
    task = page.start_change("payments", False, Target(all=True))
    dialog = await wait_until(lambda: page.preview)
    assert dialog.plan.refused
    table = dialog.table
    from console.widgets.impact_preview import PLATFORM, REFUSED

    for row in range(dialog.model.rowCount()):
        assert shown_whole(table, row, PLATFORM)
    # A long reason: the detail under the table shows the selected platform whole, wrapped.
    row = next(i for i, p in enumerate(dialog.model.platforms()) if p.refusals)
    table.selectRow(row)
    reason = dialog.model.index(row, REFUSED).data()
    details = dialog.findChild(type(dialog._details), "previewDetails")
    assert reason in details.text() and details.wordWrap()
    assert details.height() >= details.heightForWidth(details.width())
    dialog.reject()
    assert await task is None


async def test_refused_column_not_elided_for_short_chains(session_for: Any, open_window: Any) -> None:
    session = session_for("super_admin")
    window = await open_window(session)
    page = window.page("modules")
    dialog = await page.preview_change("payments", False, Target(all=True))
    from console.widgets.impact_preview import REFUSED

    assert not dialog.table.isColumnHidden(REFUSED)
    for row in range(dialog.model.rowCount()):
        assert shown_whole(dialog.table, row, REFUSED)
    assert dialog.plan.request == ChangeRequest(disable=("payments",))
    dialog.reject()


async def test_every_page_fits_the_default_window(
    font_scale: int, session_for: Any, open_window: Any
) -> None:
    """No page asks for more than 1280 px (a long label once widened the window past the screen)."""
    window = await open_window(session_for("super_admin"))
    for page_id in window.page_ids():
        window.show_page(page_id)
        await window.ready()
        assert window.minimumSizeHint().width() <= 1280, page_id
        assert window.width() == 1280, page_id


def assert_navigation_whole(window: Any) -> None:
    nav = window.nav
    metrics = QFontMetrics(nav.font())
    for row in range(nav.count()):
        item = nav.item(row)
        rect = nav.visualItemRect(item)
        icon = nav.iconSize().width()
        assert metrics.horizontalAdvance(item.text()) + icon <= rect.width(), item.text()
        assert rect.right() <= nav.viewport().width()


async def test_navigation_titles_whole(font_scale: int, session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("super_admin"))
    assert_navigation_whole(window)


def assert_headers_whole(view: QTableView) -> None:
    """Every column's title fits its column, and every column is in sight without scrolling."""
    header = view.horizontalHeader()
    metrics = QFontMetrics(header.font())
    model = view.model()
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        assert visible_width(view, column) == view.columnWidth(column), f"{title} is out of sight"
        assert metrics.horizontalAdvance(title) + 12 <= view.columnWidth(column), f"{title} is cut"


async def test_health_page_targets_and_buttons_fit(
    font_scale: int, session_for: Any, open_window: Any
) -> None:
    """The targets table shows every column whole, in sight; the buttons leave the
    navigation its titles."""
    window = await open_window(session_for("super_admin"), page="health")
    page = window.page("health")
    await wait_until(lambda: page.targets_model.rowCount() > 0)
    assert_navigation_whole(window)
    assert_headers_whole(page.targets_view)
    assert_key_columns_whole(page.targets_view, [0, 1, 2, 3, 4])
    # The plot legend's colour swatches and width follow its font.
    await wait_until(lambda: page.latency_panel is not None)
    legend = page.latency_panel.legend
    metrics = legend.fontMetrics()
    assert (
        legend.iconSize().width() >= metrics.height() and legend.iconSize().height() >= metrics.height() // 3
    )
    assert legend.width() >= 22 * metrics.averageCharWidth()


async def test_audit_filters_fit_and_detail_reads_as_lines(
    font_scale: int, session_for: Any, open_window: Any
) -> None:
    window = await open_window(session_for("super_admin"), page="audit")
    page = window.page("audit")
    assert_navigation_whole(window)
    for edit in (page.user_edit, page.platform_edit):
        room = edit.width() - 6 * edit.fontMetrics().averageCharWidth()
        assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room, edit.objectName()
    for widget in (page.until_edit, page.apply_button, page.module_combo):
        assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
        assert widget.mapTo(window, widget.rect().topRight()).x() <= window.width()
    from console.pages.audit import describe

    entry = {
        "id": 7,
        "at": "2026-01-02T03:04:05+00:00",
        "actor": "admin:ann",
        "action": "modules.configure",
        "outcome": "ok",
        "request": {
            "module": "payments",
            "config": {"api_key": "***", "retries": 3},
            "platforms": ["a", "b"],
        },
    }
    text = describe(entry)
    assert "{" not in text and '"' not in text
    assert "  module: payments" in text and "    api key: ***" in text and "  platforms: a, b" in text


async def test_payment_refunds_headers_whole_and_status_in_words(
    font_scale: int, big_payment: int, session_for: Any, open_window: Any
) -> None:
    page = await payments_page(session_for, open_window)
    status = page.model.COLUMNS.index("status")
    from console.models.payments import STATUSES, status_text

    assert status_text("awaiting_funds") == "awaiting funds"
    assert page.status_combo.findText("awaiting funds") > 0
    assert not any("_" in status_text(s) for s in STATUSES)
    shown = {page.model.index(r, status).data() for r in range(page.model.rowCount())}
    assert shown and not any("_" in s for s in shown), shown
    page.table.selectRow(0)
    await wait_until(lambda: page.detail is not None)
    assert "_" not in page.detail_title.text()
    refunds = page.refunds_table
    metrics = QFontMetrics(refunds.horizontalHeader().font())
    for column in range(5):
        title = refunds.horizontalHeaderItem(column).text()
        assert metrics.horizontalAdvance(title) + 12 <= refunds.columnWidth(column), title


async def test_graph_text_follows_the_font_and_starts_at_the_top(
    font_scale: int, session_for: Any, open_window: Any, qapp: QApplication
) -> None:
    from PySide6.QtGui import QFontInfo

    window = await open_window(session_for("super_admin"), page="graph")
    view = window.page("graph").view
    await wait_until(lambda: view.graph_layout() is not None)
    application = QFontInfo(qapp.font()).pixelSize()
    assert QFontInfo(view._theme.code_font).pixelSize() >= application
    assert QFontInfo(view._theme.small_font).pixelSize() >= application * 0.8
    content = view.mapFromScene(view._content_rect()).boundingRect()
    assert content.top() <= 2, "the graph floats below an empty top"
    from PySide6.QtWidgets import QToolButton

    export = window.page("graph").findChild(QToolButton, "exportPng")
    assert export.text() == "Export PNG…"  # it opens a dialog


async def test_directory_detail_codes_whole(font_scale: int, session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("super_admin"), page="merchants")
    for page_id, tables in (
        ("merchants", ("stores_table", "platforms_table")),
        ("stores", ("platforms_table",)),
    ):
        window.show_page(page_id)
        page = window.page(page_id)
        await wait_until(lambda p=page: p.model.rowCount() > 0 and p.model.row_at(0) is not None)
        page.table.selectRow(0)
        await wait_until(lambda p=page: p.detail_task is not None)
        await page.detail_task
        for name in tables:
            table = getattr(page.detail, name)
            table.parentWidget().parentWidget().setCurrentWidget(table)  # its tab in front
            await wait_until(lambda t=table: t.rowCount() > 0 and t.isVisible())
            assert_key_columns_whole(table, [0])


async def test_module_relations_whole_and_details_tall(
    font_scale: int, session_for: Any, open_window: Any
) -> None:
    page = await modules_page(session_for, open_window)
    headings = set(page.module_model.header_rows())
    for row in range(page.module_model.rowCount()):
        if row not in headings:
            for column in (3, 4):  # requires, required by
                assert shown_whole(page.module_table, row, column), page.module_model.index(
                    row, column
                ).data()
    assert page.tabs.height() > page.matrix.height(), "the details pane is shorter than the matrix"


async def test_matrix_platform_column_stays_in_sight(
    font_scale: int, session_for: Any, open_window: Any
) -> None:
    """Selecting a module's cell far right leaves the platform code of its row in sight."""
    from PySide6.QtCore import QPoint

    page = await modules_page(session_for, open_window)
    matrix = page.matrix
    last = page.matrix_model.columnCount() - 1
    matrix.setCurrentIndex(page.matrix_model.index(2, last))
    assert visible_width(matrix, last) == matrix.columnWidth(last)
    code = page.matrix_model.index(2, 0).data()
    # What is drawn at the left edge of the row is the platform code, whole.
    rect = matrix.visualRect(page.matrix_model.index(2, last))
    left = matrix.viewport().mapTo(matrix, QPoint(4, rect.center().y()))
    frozen = matrix.childAt(left)
    while frozen is not None and not isinstance(frozen, QTableView):
        frozen = frozen.parentWidget()
    assert frozen is not None and frozen is not matrix, "the platform column scrolled out of sight"
    index = frozen.indexAt(frozen.viewport().mapFrom(matrix, left))
    assert index.data() == code
    assert shown_whole(frozen, index.row(), 0)


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The light or dark theme (its style sheet pads widgets differently) while the test runs."""
    from console.widgets.theme import apply_theme

    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_theme(qapp, request.param)
    yield request.param
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


async def test_every_page_leaves_the_navigation_whole(
    theme: str, font_scale: int, big_payment: int, session_for: Any, open_window: Any
) -> None:
    """Shown one after the other, the first row selected (the navigation does not grow back
    once squeezed; a selected payment's long gateway id once did it)."""
    window = await open_window(session_for("super_admin"))
    for page_id in window.page_ids():
        window.show_page(page_id)
        await window.ready()
        page = window.page(page_id)
        table = getattr(page, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)
            await window.ready()
        assert window.width() == 1280, page_id
        assert_navigation_whole(window)
