from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from console.widgets.impact_preview import (
    DISABLED,
    ENABLED,
    PLATFORM,
    PULLED_IN,
    REFUSED,
    ImpactPreviewDialog,
    PlanTableModel,
)
from core.graph import ChangeRequest, Plan, plan_changes
from tests.widgets.helpers import shop_registry

BASE = frozenset({"core", "tenancy", "customers"})


def fleet(count: int = 10_000) -> dict[str, frozenset[str]]:
    """Platforms in five configurations: every fifth has billing (so payments is needed)."""
    out = {}
    for i in range(count):
        kind = i % 5
        if kind == 0:
            enabled = BASE | {"payments", "billing"}
        elif kind == 1:
            enabled = BASE | {"payments"}
        elif kind == 2:
            enabled = BASE | {"payments", "orders"}
        else:
            enabled = BASE
        out[f"plat-{i:05d}"] = enabled
    return out


def plan_for(request: ChangeRequest, count: int = 10_000) -> Plan:
    return plan_changes(shop_registry(), fleet(count), request)


def make_dialog(qtbot: QtBot, plan: Plan) -> ImpactPreviewDialog:
    dialog = ImpactPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def button(dialog: ImpactPreviewDialog, text: str) -> QPushButton:
    for candidate in dialog.findChildren(QPushButton):
        if candidate.text().replace("&", "") == text and candidate.isVisible():
            return candidate
    raise AssertionError(f"no visible button {text!r}")


def radio(dialog: ImpactPreviewDialog, starts: str) -> QRadioButton:
    for candidate in dialog.findChildren(QRadioButton):
        if candidate.text().replace("&", "").startswith(starts):
            return candidate
    raise AssertionError(f"no radio button {starts!r}")


def click(qtbot: QtBot, widget: QPushButton | QRadioButton) -> None:
    if isinstance(widget, QRadioButton):
        # Where a person clicks: on the round indicator, not in the empty space after the text.
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_headline_with_thousands_separators(qtbot: QtBot) -> None:
    plan = plan_for(ChangeRequest(enable=("orders",)))
    dialog = make_dialog(qtbot, plan)
    # 2,000 platforms already have orders; 4,000 have no payments yet.
    assert dialog.headline_text() == (
        "enable orders on 10,000 platforms: orders: +8,000, payments (pulled in): +4,000, refused: 0"
    )
    assert dialog._headline.text() == dialog.headline_text()
    assert dialog.can_apply
    assert dialog.apply_note == ""


def test_headline_of_a_disable_with_refusals(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan_for(ChangeRequest(disable=("payments",))))
    assert dialog.headline_text() == "disable payments on 10,000 platforms: payments: -2,000, refused: 4,000"


def test_headline_of_a_cascade(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan_for(ChangeRequest(disable=("payments",), cascade=True), count=10))
    assert dialog.headline_text() == (
        "disable payments (cascade) on 10 platforms: payments: -6, billing (by cascade): -2, "
        "orders (by cascade): -2, refused: 0"
    )


def test_table_columns_and_chains(qtbot: QtBot) -> None:
    model = PlanTableModel(plan_for(ChangeRequest(enable=("marketplace",)), count=5))
    assert model.rowCount() == 5

    def cell(row: int, column: int) -> str:
        return model.data(model.index(row, column))

    assert cell(0, PLATFORM) == "plat-00000"
    assert cell(0, ENABLED) == "marketplace"
    assert cell(0, PULLED_IN) == ("inventory (marketplace -> inventory), orders (marketplace -> orders)")
    assert cell(3, PULLED_IN) == (
        "inventory (marketplace -> inventory), payments (marketplace -> orders -> payments), "
        "orders (marketplace -> orders)"
    )
    assert cell(0, REFUSED) == ""

    cascade = PlanTableModel(plan_for(ChangeRequest(disable=("payments",), cascade=True), count=5))
    assert cascade.data(cascade.index(0, DISABLED)) == "billing (cascade: billing -> payments), payments"
    refused = PlanTableModel(plan_for(ChangeRequest(disable=("payments",)), count=5))
    assert "required by billing -> payments" in refused.data(refused.index(0, REFUSED))


@pytest.mark.parametrize(
    "request_",
    [ChangeRequest(disable=("payments",)), ChangeRequest(enable=("orders",))],
    ids=["refusals", "no-refusals"],
)
def test_model_passes_the_model_tester(qtmodeltester: object, request_: ChangeRequest) -> None:
    model = PlanTableModel(plan_for(request_, count=300))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_filter("refused")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_search("plat-001")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 0).isValid() or model.rowCount() == 0
    assert not model.index(0, 0, model.index(0, 0)).isValid()
    assert model.rowCount(QModelIndex()) == len(model.platforms())


def test_filter_to_refused_with_the_combo(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan_for(ChangeRequest(disable=("payments",))))
    assert dialog.model.rowCount() == 10_000
    combo = dialog.findChild(QComboBox)
    assert combo is not None
    assert combo.itemText(2) == "Refused only (4,000)"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.filter_mode == "changing"
    assert dialog.model.rowCount() == 2_000
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.filter_mode == "refused"
    assert dialog.model.rowCount() == 4_000
    assert all(p.refused for p in dialog.model.platforms())
    # A search narrows within the filter.
    qtbot.keyClicks(dialog._search, "plat-0000")
    assert [p.platform for p in dialog.model.platforms()] == [
        "plat-00000",
        "plat-00002",
        "plat-00005",
        "plat-00007",
    ]


def test_all_or_nothing_blocks_apply_until_skip_refused(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan_for(ChangeRequest(disable=("payments",))))
    apply = button(dialog, "Apply")
    assert dialog.all_or_nothing and not dialog.skip_refused
    assert not apply.isEnabled()
    assert not dialog.can_apply
    assert "4,000 of 10,000 platforms would be refused" in dialog.apply_note
    assert "skip refused platforms" in dialog.apply_note
    with qtbot.assertNotEmitted(dialog.apply_requested):
        click(qtbot, apply)

    click(qtbot, radio(dialog, "Skip refused"))
    assert dialog.skip_refused and not dialog.all_or_nothing
    assert apply.isEnabled()
    assert dialog.apply_note == ""
    with qtbot.waitSignal(dialog.apply_requested) as blocker:
        click(qtbot, apply)
    assert blocker.args == [True]

    click(qtbot, radio(dialog, "All or nothing"))
    assert not apply.isEnabled()


def test_apply_without_refusals_sends_false(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan_for(ChangeRequest(enable=("orders",)), count=50))
    assert not radio(dialog, "Skip refused").isEnabled()
    with qtbot.waitSignal(dialog.apply_requested) as blocker:
        click(qtbot, button(dialog, "Apply"))
    assert blocker.args == [False]


def test_nothing_to_change_disables_apply(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan_for(ChangeRequest(enable=("core",)), count=20))
    assert not dialog.can_apply
    assert dialog.apply_note == "Apply is disabled: no platform would change."


def test_cancel_rejects(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan_for(ChangeRequest(enable=("orders",)), count=10))
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, button(dialog, "Cancel"))
    assert not dialog.isVisible()


def test_progress_cancel_and_outcome(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan_for(ChangeRequest(enable=("orders",)), count=10))
    with qtbot.waitSignal(dialog.apply_requested):
        click(qtbot, button(dialog, "Apply"))
    dialog.show_progress(0, 10_000)
    assert dialog.page == ImpactPreviewDialog.PROGRESS
    dialog.show_progress(2_500, 10_000)
    assert dialog.progress_bar().maximum() == 10_000
    assert dialog.progress_bar().value() == 2_500
    assert dialog._progress_label.text() == "Applying… 2,500 of 10,000 platforms"

    # Esc while applying asks to stop; it does not close the dialog.
    rejected: list[bool] = []
    dialog.rejected.connect(lambda: rejected.append(True))
    with qtbot.waitSignal(dialog.cancel_requested):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not rejected
    cancel = button(dialog, "Cancel")
    assert not cancel.isEnabled()
    with qtbot.assertNotEmitted(dialog.cancel_requested):
        dialog.reject()

    dialog.show_outcome("Stopped after 2,500 platforms; nothing else was written.", ok=False)
    assert dialog.page == ImpactPreviewDialog.OUTCOME
    assert dialog.outcome_text().startswith("Stopped after 2,500")
    assert dialog._outcome.property("role") == "error"
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, button(dialog, "Close"))
    assert not dialog.isVisible() and not rejected


def test_progress_restarts_cancel(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan_for(ChangeRequest(enable=("orders",)), count=10))
    dialog.show_progress(1, 0)
    assert dialog.progress_bar().maximum() == 0  # busy indicator without a total
    cancel: Callable[[], None] = button(dialog, "Cancel").click
    with qtbot.waitSignal(dialog.cancel_requested):
        cancel()
    dialog.show_outcome("Done: 10 platforms changed.", ok=True)
    assert dialog._outcome.property("role") == ""


@pytest.mark.parametrize("count", [40, 12_000])  # measured text by text; by characters first
def test_long_platform_codes_are_whole_as_soon_as_the_preview_shows(qtbot: QtBot, count: int) -> None:
    """The column is fitted when the table gets its size, not only the dialog: a code longer than
    a small table's share (160 px) was elided until the user resized the dialog."""
    from console.widgets.tables import is_elided

    wide = "WWWWWWWWWWWW-MMMM"  # wider than 160 px, narrower than the cap (45 % of the table)
    fleet_of = {f"plat-{i:05d}": BASE for i in range(count)}
    fleet_of[wide] = BASE
    plan = plan_changes(shop_registry(), fleet_of, ChangeRequest(enable=("orders",)))
    dialog = make_dialog(qtbot, plan)
    dialog.model.set_search("wwww")
    assert dialog.model.rowCount() == 1
    assert dialog.table.columnWidth(PLATFORM) > 160
    assert not is_elided(dialog.table, dialog.model.index(0, PLATFORM))
