"""Where to save an export: Qt's own file dialog, awaited, its answer read before it is deleted.

The console uses Qt's (non-native) file dialog everywhere: it looks and behaves the same on every
desktop, and it is the very dialog the tests type file names into.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from console.asyncutil import dialog_outcome

_last_folder: Path | None = None  # the folder of the latest export, for the next one


def file_dialog(parent: QWidget | None, title: str) -> QFileDialog:
    """A Qt (non-native) file dialog, deleted once closed."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


async def ask_save_path(
    parent: QWidget | None, title: str, name_filter: str, suffix: str, default_name: str
) -> Path | None:
    """The file the user chose to save to (``suffix`` added when they typed none), or None."""
    global _last_folder
    dialog = file_dialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.setDirectory(str(_last_folder or Path.home()))
    dialog.selectFile(default_name)
    files = await dialog_outcome(dialog, lambda d: d.selectedFiles())
    if not files:
        return None
    path = Path(files[0])
    _last_folder = path.parent
    return path
