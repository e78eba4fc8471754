"""Installing the console's translators: its own catalogue and Qt's, and the formats' locale.

:func:`install` puts in place, for a language code (:mod:`console.i18n.languages`):

* the console's catalogue ``console/translations/platform_console_<code>.qm`` (package data,
  read with importlib.resources); English has one too, for its plural forms ("1 platform");
* Qt's own catalogue ``qtbase_<code>.qm`` from ``QLibraryInfo``'s translations folder (standard
  buttons, file dialogs, context menus), which PySide6 ships;
* ``QLocale.setDefault`` for numbers, money and dates.

Installing sends every widget a ``QEvent.LanguageChange``; when the language is switched in the
View menu, the main window re-creates its menus and pages (:mod:`console.i18n.menu`).
"""

from __future__ import annotations

import contextlib
import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from console.i18n.catalogues import entries
from console.i18n.languages import ENGLISH, PSEUDO, format_locale
from console.i18n.pseudo import PseudoTranslator

log = logging.getLogger("console.i18n")

CATALOGUE = "platform_console"
NO_CONTEXT = ""


class ConsoleTranslator(QTranslator):
    """The console's catalogue. Texts marked outside a class (a module-level ``_tr(text)``
    helper that calls ``QCoreApplication.translate("Ctx", text)``) are extracted by lupdate
    without a context: a lookup the named context does not answer is asked there too."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text and context:
            text = super().translate(NO_CONTEXT, source, disambiguation, n)
        return text or None  # None is Qt's "not here": an empty text would be shown as the translation


def catalogue_file(language: str, suffix: str = ".qm") -> Path:
    """The compiled catalogue of ``language`` shipped in the package (or its source, ``.ts``)."""
    return Path(str(resources.files("console") / "translations" / f"{CATALOGUE}_{language}{suffix}"))


def load_catalogue(language: str) -> ConsoleTranslator | None:
    path = catalogue_file(language)
    translator = ConsoleTranslator()
    if not path.is_file() or not translator.load(str(path)):
        log.warning("no translation catalogue for %r", language)
        return None
    return translator


def qt_catalogue(language: str) -> QTranslator | None:
    """Qt's own ``qtbase_<language>.qm`` (PySide6's translations folder), if it is there."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if not translator.load(f"qtbase_{language}", folder):
        log.warning("no Qt translation qtbase_%s in %s", language, folder)
        return None
    return translator


class Translators:
    """The translators installed on the application (one language at a time)."""

    def __init__(self) -> None:
        self.language: str | None = None
        self._installed: list[QTranslator] = []

    @property
    def installed(self) -> list[QTranslator]:
        return list(self._installed)

    def install(self, language: str, system: QLocale | None = None) -> None:
        """Replace the installed translators with ``language``'s and set the default QLocale."""
        self.remove()
        english = load_catalogue(ENGLISH)
        if language == PSEUDO:  # what the French catalogue and Qt's know, bracketed
            known = {(e.context, e.source) for e in entries(catalogue_file("fr", ".ts"))}
            wanted: list[QTranslator | None] = [PseudoTranslator(english, known, qt_catalogue("fr"))]
        elif language == ENGLISH:
            wanted = [english]
        else:
            # English's plural forms under the language's catalogue (searched last: installed first)
            wanted = [english, load_catalogue(language), qt_catalogue(language)]
        QLocale.setDefault(format_locale(language, system))
        for translator in wanted:
            if translator is not None and QCoreApplication.installTranslator(translator):
                self._installed.append(translator)
        self.language = language
        log.info("language %s, formats %s", language, QLocale().name())

    def remove(self) -> None:
        for translator in self._installed:
            with contextlib.suppress(RuntimeError):  # the application is already gone
                QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self.language = None


TRANSLATORS = Translators()  # the application's (a QCoreApplication has one set of translators)


def install(language: str, system: QLocale | None = None) -> None:
    TRANSLATORS.install(language, system)


def current_language() -> str | None:
    return TRANSLATORS.language
