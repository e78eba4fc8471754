"""The pseudo-locale: every translated string in brackets and about 40 % longer.

A string on screen without brackets escaped ``tr()``; one cut off shows where a longer French or
German text would not fit. The text itself is kept as it is: placeholders (``%1``, ``%n``,
``{name}``), ``&`` accelerators and HTML tags still work. Rich text gets its brackets inside the
markup, so Qt still recognises it as rich text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

OPEN, CLOSE = "[", "]"
QT_SETTINGS = frozenset({"QT_LAYOUT_DIRECTION"})  # Qt asks its translators for these: not texts
PAD = "~"
GROWTH = 0.4
_TAG = re.compile(r"<[^>]*>")
_LEADING_TAGS = re.compile(r"^(\s*(?:<[^>]*>\s*)*)")


def visible_length(text: str) -> int:
    return len(_TAG.sub("", text))


def pseudo(text: str) -> str:
    """``Save`` -> ``[Save~~]``: about 40 % longer with the brackets, the text unchanged inside."""
    if not text or not text.strip():
        return text
    pad = PAD * max(0, round(visible_length(text) * GROWTH) - 2)
    if text.lstrip().startswith("<"):  # rich text: the brackets go inside the leading tags
        lead = _LEADING_TAGS.match(text)
        start = lead.end() if lead else 0
        return f"{text[:start]}{OPEN}{text[start:]}{pad}{CLOSE}"
    return f"{OPEN}{text}{pad}{CLOSE}"


def is_pseudo(text: str) -> bool:
    """Does ``text`` carry the pseudo-locale's brackets (anywhere: labels compose strings)?"""
    return OPEN in text and CLOSE in text


class PseudoTranslator(QTranslator):
    """Answers with :func:`pseudo` of the English text (or its plural form) each lookup a
    translator would answer: a text of the console's catalogue (``known``: (context, source)
    pairs, the context ``""`` standing for any, see ``ConsoleTranslator``) or of Qt's (``qt``).
    A text that reaches ``tr()`` but was never extracted into the catalogue stays as it is: it
    would stay English in French and German too. ``known=None`` brackets every text."""

    def __init__(
        self,
        english: QTranslator | None = None,
        known: set[tuple[str, str]] | None = None,
        qt: QTranslator | None = None,
    ) -> None:
        super().__init__()
        self._english = english
        self._known = known
        self._qt = qt

    def knows(self, context: str, source: str, disambiguation: str | None, n: int) -> bool:
        if self._known is None or (context, source) in self._known or ("", source) in self._known:
            return True
        return self._qt is not None and bool(self._qt.translate(context, source, disambiguation, n))

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if source in QT_SETTINGS or not self.knows(context, source, disambiguation, n):
            return None
        text = None
        if self._english is not None:
            text = self._english.translate(context, source, disambiguation, n)
        return pseudo(text or source)
