"""Every interactive widget of every page, for every role, and of the main dialogs has an accessible
name (a screen reader says what it is); key columns stay whole at a 150 % font."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from console.widgets.tables import key_columns
from tests.gui.accessibility import interactive, unnamed
from tests.gui.helpers import wait_until

pytestmark = pytest.mark.asyncio
ROLES = ("super_admin", "platform_admin", "support", "operator")


@pytest.mark.parametrize("role", ROLES)
async def test_every_widget_of_every_page_has_an_accessible_name(
    session_for: Any, open_window: Any, role: str
) -> None:
    window = await open_window(session_for(role))
    for page_id in window.page_ids():
        page = window.show_page(page_id)
        await page.ready()
    assert len(interactive(window)) > 20  # every page built, inside the window
    missing = unnamed(window)
    assert not missing, "\n".join(missing)


def main_dialogs(session: Any, window: Any) -> dict[str, Any]:
    """The dialogs a person meets most, built as the console builds them."""
    from console.dialogs.connection import ProfileDialog
    from console.dialogs.errors import ErrorDialog
    from console.dialogs.health import ReportDialog, TargetDialog
    from console.dialogs.keys import STRIPE_KEY, KeyDialog
    from console.dialogs.migrations import RestoreDialog
    from console.dialogs.palette import CommandPalette
    from console.dialogs.reason import ReasonDialog
    from console.dialogs.signin import ChangePasswordDialog, FirstRunWizard, SignInDialog
    from console.health.targets import TargetKind, TargetSpec
    from console.pages.users import FormDialog
    from console.store.profiles import ProfileStore
    from core.demo import DEMO_ACCOUNTS

    async def nothing(*_args: Any) -> None:
        return None

    users = FormDialog("New user", nothing, window)
    users.add("username", "User name", QLineEdit())
    return {
        "sign-in": SignInDialog(session, window, demo_accounts=DEMO_ACCOUNTS),
        "first run": FirstRunWizard(session, window),
        "password": ChangePasswordDialog(session, window),
        "reason": ReasonDialog("Suspend", "Say why.", nothing, window),
        "error": ErrorDialog("Failed", "It failed.", "x.failed", "details", window),
        "health report": ReportDialog(window),
        "health target": TargetDialog(
            TargetSpec("t1", "API", TargetKind.ENDPOINT, "http://127.0.0.1:1/"), window
        ),
        "key": KeyDialog(STRIPE_KEY, session, window),
        "restore": RestoreDialog("backup.db", "The run stopped.", window),
        "palette": CommandPalette(window.palette_commands(), window),
        "profiles": ProfileDialog(ProfileStore(QSettings()), "", window),
        "user form": users,
    }


async def test_the_main_dialogs_name_every_widget(session_for: Any, open_window: Any, qtbot: Any) -> None:
    session = session_for("super_admin")
    window = await open_window(session)
    missing = []
    for name, dialog in main_dialogs(session, window).items():
        missing += [f"{name}: {what}" for what in unnamed(dialog)]
        dialog.deleteLater()
    assert not missing, "\n".join(missing)


async def test_the_refund_dialog_names_every_widget(session_for: Any, open_window: Any) -> None:
    window = await open_window(session_for("support"), page="payments")
    page = window.current_page()
    await page.ready()
    page.refund_action.trigger()
    dialog = await wait_until(
        lambda: next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()), None
        )
    )
    try:
        assert dialog.objectName() == "refundDialog" and not unnamed(dialog), unnamed(dialog)
    finally:
        dialog.reject()


def scaled_font(qapp: QApplication, percent: int) -> QFont:
    """Set the application font to ``percent`` of its size; returns the font before."""
    base = QFont(qapp.font())
    scaled = QFont(base)
    scaled.setPointSizeF(base.pointSizeF() * percent / 100)
    qapp.setFont(scaled)
    return base


async def list_sizes(session: Any, open_window: Any) -> dict[str, tuple[int, int]]:
    """Each list's row height and the width of its first column sized from the font alone (not
    from its content, not stretched to the table's edge)."""
    window = await open_window(session)
    sizes = {}
    for page_id in ("stores", "orders", "payments", "audit", "users", "migrations"):
        page = window.show_page(page_id)
        await page.ready()
        table = page.branch_table if page_id == "migrations" else page.table
        fitted = key_columns(table)
        keys = set(fitted.samples) if fitted is not None else set()
        header = table.horizontalHeader()
        keys.add(header.logicalIndex(header.count() - 1))  # stretched to the table's edge
        free = next((c for c in range(header.count()) if c not in keys), None)
        width = table.columnWidth(free) if free is not None else 0  # 0: every column fitted
        sizes[page_id] = (table.verticalHeader().defaultSectionSize(), width)
    window.shutdown()
    window.close()
    return sizes


async def test_rows_and_columns_follow_the_font(
    session_for: Any, open_window: Any, qapp: QApplication
) -> None:
    """At 150 % every list's rows are taller and its columns wider, in proportion; the key columns
    of the lists stay whole (``assert_key_columns_whole`` in test_layout covers them per list)."""
    normal = await list_sizes(session_for("super_admin"), open_window)
    base = scaled_font(qapp, 150)
    try:
        large = await list_sizes(session_for("super_admin"), open_window)
    finally:
        qapp.setFont(base)
    for page_id, (height, width) in normal.items():
        big_height, big_width = large[page_id]
        assert 1.3 * height <= big_height <= 1.7 * height, page_id
        assert big_width >= 1.3 * width, page_id
    assert all(normal[p][1] for p in ("stores", "payments", "audit"))  # orders: every column fitted
