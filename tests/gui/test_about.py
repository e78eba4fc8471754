"""Help → About: the versions, the database without its password, the licence and the log file;
"Copy" puts them on the clipboard. ``platform-console --version`` starts no Qt."""

from __future__ import annotations

import platform
import subprocess
import sys
import textwrap
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from console.dialogs.about import AboutDialog
from console.logs import log_file
from core.version import version

ROOT = Path(__file__).resolve().parents[2]


def test_copy_puts_the_details_on_the_clipboard(qtbot: QtBot) -> None:
    dialog = AboutDialog("postgresql+psycopg://admin:s3cr%40t@db.internal:5432/platform")
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().setText("something else")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.text()
    lines = copied.splitlines()
    assert lines[0] == f"Platform Console {version()}"
    for expected in (
        f"Version: {version()}",
        f"Qt: {qVersion()}",
        f"PySide6: {PySide6.__version__}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        "Database: postgresql+psycopg://admin:***@db.internal:5432/platform",
        f"Log file: {log_file()}",
    ):
        assert expected in lines, (expected, lines)
    assert any(
        line.startswith("Licence: Proprietary") and "(LicenseRef-Proprietary)" in line for line in lines
    )
    assert "s3cr" not in copied
    assert dialog.copied.text() == "Copied to the clipboard."


def test_without_a_database(qtbot: QtBot) -> None:
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert "Database: not connected" in dialog.text().splitlines()


def test_version_prints_and_exits_without_qt() -> None:
    code = textwrap.dedent("""
        import sys
        from console.app import main
        try:
            main(["--version"])
        except SystemExit as exc:
            print("exit", exc.code)
        print("qt", any(name.startswith("PySide6.") for name in sys.modules))
    """)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.splitlines() == [f"platform-console {version()}", "exit 0", "qt False"], (
        result.stdout + result.stderr
    )
