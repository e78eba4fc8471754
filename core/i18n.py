"""Marks texts of ``core`` and ``modules`` for translation without importing Qt.

``QT_TRANSLATE_NOOP("modules", "Orders")`` returns the text unchanged: the command line and its
JSON stay English. ``pyside6-lupdate`` recognises the call by its name and extracts the text under
its context into the translators' catalogues; the console shows it translated
(``QCoreApplication.translate(context, text)``). Both arguments must be string literals.
"""

from __future__ import annotations

# The context of every text a module declares: names, descriptions, permission labels, setting titles.
MODULES_CONTEXT = "modules"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, marked for translation in ``context``."""
    return text
