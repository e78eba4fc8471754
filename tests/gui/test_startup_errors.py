"""The console's start-up: page names, bad settings and unusable databases in words."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton

from console.app import build_parser
from console.dialogs.connection import UnreachableDialog
from console.dialogs.errors import ErrorDialog
from console.session import Unreachable, open_database
from console.startup import Console
from console.store.profiles import profile_from_url
from core.settings import get_settings
from tests.gui.test_app import run_console


def test_every_page_name_is_accepted_and_listed_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    from console.pages.registry import PAGE_IDS, PAGES

    assert list(PAGE_IDS) == [entry.page_id for entry in PAGES] and "orders" in PAGE_IDS
    for name in PAGE_IDS:
        assert build_parser().parse_args(["--page", name]).page == name
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert ", ".join(PAGE_IDS) in help_text


@pytest.fixture
def bad_setting(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("PLATFORM_LOCKOUT_ATTEMPTS", "abc")
    get_settings.cache_clear()
    yield
    monkeypatch.delenv("PLATFORM_LOCKOUT_ATTEMPTS")
    get_settings.cache_clear()


@pytest.mark.asyncio
async def test_a_bad_setting_is_a_dialog_naming_it(bad_setting: Any, qtbot: Any) -> None:
    console = Console(build_parser().parse_args([]), QApplication.instance())
    task = asyncio.ensure_future(console._settings_usable())
    dialog = None
    for _ in range(200):
        await asyncio.sleep(0.02)
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog)), None)
        if dialog is not None and dialog.isVisible():
            break
    assert dialog is not None, "no error dialog"
    message = dialog.findChild(QLabel, "errorMessage").text()
    assert message.startswith("Some settings are not valid")  # in the interface's language
    detail = dialog.findChild(QPlainTextEdit, "errorDetail").toPlainText()
    assert detail == "PLATFORM_LOCKOUT_ATTEMPTS='abc' (environment): A whole number is expected."
    assert dialog.windowTitle() == "Invalid configuration"
    next(b for b in dialog.findChildren(QPushButton) if b.text() == "Close").click()
    assert await asyncio.wait_for(task, 10) is False
    assert console.exit_code == 2


def test_a_bad_setting_without_a_screen_exits_2(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('idle_lock_minutes = "soon"\n')
    result = run_console(tmp_path, "--demo", "--screenshot", str(tmp_path / "x.png"), config_file=config)
    assert result.returncode == 2, result.stderr
    assert "idle_lock_minutes = 'soon'" in result.stderr and "(line 1, column 21)" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_that_is_no_database_is_explained(tmp_path: Path, qtbot: Any) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n" * 100)
    with pytest.raises(Unreachable) as err:
        open_database(f"sqlite:///{notes}")
    assert err.value.code == "db.not_a_database" and str(notes) in err.value.message
    dialog = UnreachableDialog(profile_from_url("--db", f"sqlite:///{notes}"), err.value.message)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.windowTitle() == "Cannot open the database"
    assert "is not a SQLite database" in dialog.reason.text()


def test_a_password_in_a_malformed_url_is_not_shown(tmp_path: Path, qtbot: Any) -> None:
    url = "postgresql://admin:hunter2@db.example:notaport/platform"
    profile = profile_from_url("--db", url)
    with pytest.raises(Unreachable.__mro__[1]) as err:  # InvalidInput: not a URL at all
        open_database(url)
    dialog = UnreachableDialog(profile, err.value.message)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "hunter2" not in shown and "admin:***@" in shown
