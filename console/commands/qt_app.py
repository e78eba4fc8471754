"""The Qt application of the commands that draw (``modules graph --format svg|png``,
``health report``): off screen unless ``QT_QPA_PLATFORM`` says otherwise, so they work the same
with or without a display (and never abort looking for an X server that is not there)."""

from __future__ import annotations

import os
from typing import Any


def offscreen_app() -> Any:
    """This process's QApplication (made the first time: Qt imported only then)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # lazy: Qt (PySide6, 0.3 s): only the commands that draw

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(["platformctl"])
