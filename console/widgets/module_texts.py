"""What modules declare for people to read, shown in the interface's language.

Module names, descriptions, permission labels and setting titles live in ``modules/``, marked with
:func:`core.i18n.QT_TRANSLATE_NOOP` in the ``modules`` context (``pyside6-lupdate`` extracts them);
the console shows them through :func:`module_text`. ``platformctl`` and its JSON stay English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.i18n import MODULES_CONTEXT


def module_text(text: str) -> str:
    """``text`` as a module declared it, translated (unchanged without a translation)."""
    return QCoreApplication.translate(MODULES_CONTEXT, text) if text else text


def setting_title(name: str, title: str | None) -> str:
    """A setting's title as its schema field declares it (untranslated), else made from its name."""
    return title or name.replace("_", " ").strip().capitalize()
