"""Drive Qt's own (non-native) file dialog as a person does: type a file name, press Save."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from tests.gui.helpers import wait_until


async def save_as(qtbot: Any, path: Path) -> None:
    """Wait for the visible save dialog, type ``path`` into its file name and press Enter."""
    dialog = await wait_until(
        lambda: next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
            None,
        )
    )
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.selectAll()
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
