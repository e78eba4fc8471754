"""Fixtures of the widget tests: no leaked windows and a fixed locale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication

from tests.widgets.helpers import top_level_windows


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a top-level widget behind (napari-style check).

    pytest-qt closes and ``deleteLater``s what a test registered with ``qtbot.addWidget`` before
    fixtures are torn down; the deferred deletions are flushed here before comparing.
    """
    before = set(top_level_windows())
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    leaked = {a: w for a, w in top_level_windows().items() if a not in before}
    if leaked:
        names = sorted(f"{type(w).__name__}({w.objectName()!r})" for w in leaked.values())
        for widget in leaked.values():
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        pytest.fail(f"top-level widgets leaked by the test: {', '.join(names)}")


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[QLocale]:
    """Numbers with group separators (2,318) whatever the machine's locale is."""
    previous = QLocale()
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    yield locale
    QLocale.setDefault(previous)
