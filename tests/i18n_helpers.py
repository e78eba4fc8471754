"""Tests that install a language put the application back as it was (English, its locale)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale


@contextmanager
def language_restored() -> Iterator[None]:
    from console.i18n.translators import TRANSLATORS

    before = QLocale()
    try:
        yield
    finally:
        TRANSLATORS.remove()
        QLocale.setDefault(before)
