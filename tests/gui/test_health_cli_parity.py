"""The health targets are one store: a target added by platformctl is on the console's health page,
one added through the page's dialog is listed by platformctl, and a removal by either is seen by
the other (the console's own settings file, isolated by tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from console.store.profiles import ConnectionProfile, ProfileStore
from console.store.settings import named_qsettings
from tests.cli_helpers import invoke
from tests.gui.health_fixtures import health_pages  # noqa: F401 (fixture)
from tests.gui.helpers import top_level, wait_until

pytestmark = pytest.mark.asyncio
PROFILE = "parity"
NO_DB = "sqlite:///nowhere.db"


def cli(*args: str) -> Any:
    run = invoke(NO_DB, "health", "targets", *args, "--profile", PROFILE)
    assert run.code == 0, run.err
    return run


async def test_targets_added_by_either_side_show_on_the_other(
    session_for: Any,
    health_pages: Any,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
    qtbot: Any,
) -> None:
    ProfileStore(named_qsettings()).save(ConnectionProfile(PROFILE, "postgresql", host="h", database="d"))
    cli("add", "--name", "from-cli", "--url", "http://127.0.0.1:9", "--interval", "60")
    page = await health_pages(
        session_for("super_admin"),
        qsettings=named_qsettings(),
        profile=PROFILE,
        history_path=tmp_path / "history.sqlite3",
    )
    row = next(r for r in page.targets_model.rows if r.name == "from-cli")
    assert row.url == "http://127.0.0.1:9"

    # A person adds one through the page's dialog: the CLI's name first (refused, as the CLI would).
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = (await wait_until(lambda: top_level(QDialog, "healthTargetDialog") or None))[0]
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    for name, text in (("targetName", "FROM-CLI"), ("targetUrl", "http://127.0.0.1:7")):
        edit = dialog.findChild(QLineEdit, name)
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "exists already" in dialog.error_label.text()
    dialog.findChild(QLineEdit, "targetName").clear()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "targetName"), "from-gui")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    await wait_until(lambda: any(s.name == "from-gui" for s in page.specs.values()))
    listed = cli("list", "--json").doc["targets"]
    assert sorted(t["name"] for t in listed) == ["from-cli", "from-gui"]

    # platformctl adds one while the page is open; the person removes theirs on the page: the
    # page writes what is stored now, so the one platformctl added stays.
    cli("add", "--name", "while-open", "--url", "http://127.0.0.1:8")
    page.targets_view.selectRow(
        page.targets_model.row_of(next(s.id for s in page.specs.values() if s.name == "from-gui"))
    )
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert sorted(t["name"] for t in cli("list", "--json").doc["targets"]) == ["from-cli", "while-open"]

    # platformctl removes one; the page, opened again, has what is stored.
    cli("remove", "from-cli")
    again = await health_pages(
        session_for("super_admin"),
        qsettings=named_qsettings(),
        profile=PROFILE,
        history_path=tmp_path / "history-2.sqlite3",
    )
    assert sorted(r.name for r in again.targets_model.rows) == ["local checks", "while-open"]
