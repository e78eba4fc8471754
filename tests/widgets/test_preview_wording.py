"""The impact preview speaks to a person: no command-line options, plain counts, a Cascade choice."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from console.widgets.impact_preview import DISABLED, ENABLED, REFUSED, ImpactPreviewDialog, PlanTableModel
from core.graph import ChangeRequest, Plan, plan_changes
from tests.widgets.helpers import shop_registry
from tests.widgets.test_impact_preview import make_dialog

BASE = frozenset({"core", "tenancy", "customers"})
WITH_BILLING = BASE | {"payments", "billing"}  # billing requires payments
WITH_PAYMENTS = BASE | {"payments"}
OFF = ChangeRequest(disable=("payments",))


def plan(platforms: dict[str, frozenset[str]], request: ChangeRequest) -> Plan:
    return plan_changes(shop_registry(), platforms, request)


def visible_texts(dialog: ImpactPreviewDialog) -> str:
    """Every text a person can read in the dialog: labels, buttons, and the table's cells."""
    parts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    parts += [w.text() for w in dialog.findChildren(QRadioButton) if w.isVisible()]
    parts += [w.text() for w in dialog.findChildren(QCheckBox) if w.isVisible()]
    model = dialog.model
    parts += [
        str(model.index(r, c).data() or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    return "\n".join(parts)


def test_refusals_name_no_command_line_option(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan({"a": WITH_BILLING, "b": WITH_PAYMENTS}, OFF))
    texts = visible_texts(dialog)
    assert "--" not in texts and "cascade" not in dialog.model.index(0, REFUSED).data().lower()
    assert dialog.model.index(0, REFUSED).data() == "payments is required by billing -> payments"
    # The selected (refused) platform in full, under the table.
    details = dialog.findChild(QLabel, "previewDetails")
    assert details.text() == "a — Refused: payments is required by billing -> payments"
    assert dialog.findChild(QLabel, "previewCascadeHint").isVisible()


def test_one_platform_to_change_is_said_in_the_singular(qtbot: QtBot) -> None:
    dialog = make_dialog(
        qtbot,
        plan({"a": WITH_BILLING, "b": WITH_BILLING, "c": WITH_PAYMENTS}, OFF),
    )
    skip = next(r for r in dialog.findChildren(QRadioButton) if r.text().startswith("S&kip"))
    assert skip.isVisible()
    assert skip.text().replace("&", "") == "Skip refused platforms and change the remaining platform"
    assert "2 of 3 platforms would be refused" in dialog.apply_note
    assert "change the remaining platform, or cancel" in dialog.apply_note
    assert " 1 platforms" not in visible_texts(dialog)


def test_nothing_to_apply_hides_the_skip_choice(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan({"a": WITH_BILLING, "b": WITH_BILLING}, OFF))
    for radio in dialog.findChildren(QRadioButton):
        assert not radio.isVisible()
    assert not dialog.can_apply
    assert (
        dialog.apply_note
        == "Nothing can be applied: 2 platforms refused, and no other platform would change."
    )
    assert "other 0" not in visible_texts(dialog)


def test_unchanged_platforms_say_already_enabled_or_disabled() -> None:
    enable = PlanTableModel(plan({"a": WITH_PAYMENTS, "b": BASE}, ChangeRequest(enable=("payments",))))
    assert enable.index(0, ENABLED).data() == "already enabled"
    assert enable.index(1, ENABLED).data() == "payments"
    assert enable.details(0) == "a — already enabled"
    disable = PlanTableModel(plan({"a": WITH_PAYMENTS, "b": BASE}, OFF))
    assert disable.index(0, DISABLED).data() == "payments"
    assert disable.index(1, DISABLED).data() == "already disabled"
    assert disable.index(1, ENABLED).data() == ""


def test_empty_columns_are_hidden(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan({"a": WITH_PAYMENTS, "b": BASE}, OFF))
    table = dialog.table
    assert [table.isColumnHidden(c) for c in range(5)] == [False, True, True, False, True]


def test_cascade_choice_asks_for_a_new_plan(qtbot: QtBot) -> None:
    platforms = {"a": WITH_BILLING, "b": WITH_PAYMENTS}
    dialog = make_dialog(qtbot, plan(platforms, OFF))
    box = dialog.findChild(QCheckBox, "previewCascade")
    assert box.isVisible() and not box.isChecked()
    with qtbot.waitSignal(dialog.cascade_changed) as asked:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert asked.args == [True]
    assert not dialog.can_apply and dialog.apply_note == "Computing the impact…"
    dialog.set_plan(plan(platforms, ChangeRequest(disable=("payments",), cascade=True)))
    assert box.isChecked() and box.isEnabled()
    assert dialog.can_apply and dialog.apply_note == ""
    assert dialog.model.index(0, DISABLED).data() == "billing (cascade: billing -> payments), payments"
    assert not dialog.findChild(QLabel, "previewCascadeHint").isVisible()
    assert dialog.table.isColumnHidden(REFUSED)


def test_no_cascade_choice_when_enabling(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, plan({"a": BASE}, ChangeRequest(enable=("billing",))))
    assert not dialog.findChild(QCheckBox, "previewCascade").isVisible()
