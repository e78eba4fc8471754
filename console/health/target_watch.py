"""The health page follows its stored targets while it is open.

``platformctl health targets add/edit/remove`` (or another console) writes the console's settings
file; QSettings writes a temporary file and renames it over the old one, so a watch on the file
alone ends with the first change: :class:`SettingsWatch` watches the file and its folder, and says
``changed`` (once per burst, 200 ms after the last event) when the file's identity, size or time
differ from what it last saw. The page then reads the targets again and applies the difference
(:func:`target_changes`) without restarting its poller.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from console.health.targets import TargetSpec

SETTLE_MS = 200  # a rename and a lock file come as several events: one look after the last


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


class SettingsWatch(QObject):
    """Emits ``changed`` when the file at ``path`` was replaced or written."""

    changed = Signal()

    def __init__(self, path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._seen = _stamp(self.path)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _p: self._poked())
        self.watcher.directoryChanged.connect(lambda _p: self._poked())
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._look)
        self._arm()

    def _arm(self) -> None:
        """Watch the folder, and the file while it exists (a rename drops the old file's watch)."""
        folder, file = str(self.path.parent), str(self.path)
        if self.path.parent.is_dir() and folder not in self.watcher.directories():
            self.watcher.addPath(folder)
        if self.path.exists() and file not in self.watcher.files():
            self.watcher.addPath(file)

    def _poked(self) -> None:
        self._arm()
        self.settle.start()

    def _look(self) -> None:
        stamp = _stamp(self.path)
        if stamp != self._seen:
            self._seen = stamp
            self.changed.emit()


def target_changes(
    current: dict[str, TargetSpec], stored: list[TargetSpec]
) -> tuple[list[TargetSpec], list[str]]:
    """What to put (added or edited, with the token the page holds) and the ids to drop, to make
    ``current``'s stored kinds of target what ``stored`` says (tokens are not stored: ignored)."""
    put: list[TargetSpec] = []
    for spec in stored:
        mine = current.get(spec.id)
        if mine is not None:
            spec = spec.with_changes(token=mine.token)
        if spec != mine:
            put.append(spec)
    kept = {spec.id for spec in stored}
    gone = [tid for tid, spec in current.items() if spec.remote and tid not in kept]
    return put, gone
