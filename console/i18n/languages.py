"""Which language the console speaks, and which locale formats its numbers, money and dates.

The language is, first found: ``--lang CODE``, the View → Language choice kept in the settings,
the system locale's language (``QLocale.system()``) when the console has it, else English.
The formats follow the language: the system's own locale when it speaks that language (``fr_FR``
stays ``fr_FR``), else the language as written in Luxembourg, where the users are: ``fr_LU``,
``de_LU``, and ``en_150`` (English as written in Europe: 24-hour clock, day before month).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from console.i18n.codes import ENGLISH, LANGUAGES, PSEUDO, SYSTEM, normalize

__all__ = ["ENGLISH", "FORMAT_LOCALES", "LANGUAGES", "PSEUDO", "SYSTEM", "normalize"]

FORMAT_LOCALES: dict[str, str] = {"en": "en_150", "fr": "fr_LU", "de": "de_LU", PSEUDO: "en_150"}


def system_language(system: QLocale | None = None) -> str:
    """The system locale's language if the console speaks it, else English."""
    system = system if system is not None else QLocale.system()
    return normalize(system.name()) or ENGLISH


def choose_language(cli: str | None, saved: str | None, system: QLocale | None = None) -> str:
    """``--lang`` first, then the saved choice, then the system's language (see the module docstring)."""
    return normalize(cli) or normalize(saved) or system_language(system)


def format_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale that formats numbers, money and dates for ``language`` (see the module docstring)."""
    system = system if system is not None else QLocale.system()
    if language != PSEUDO and normalize(system.name()) == language:
        return QLocale(system)  # the system's country, for the same language
    return QLocale(FORMAT_LOCALES.get(language, FORMAT_LOCALES[ENGLISH]))
