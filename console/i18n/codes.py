"""The language codes the console knows, without Qt (``--lang`` is checked before Qt loads)."""

from __future__ import annotations

ENGLISH = "en"
# Code -> the language's own name (the View → Language menu shows these, never translated).
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "de": "Deutsch"}
PSEUDO = "pseudo"  # hidden: every string bracketed and made longer (tests/gui/test_pseudo_locale.py)
SYSTEM = ""  # the setting's value for "follow the system"


def normalize(code: str | None) -> str | None:
    """``fr``, ``fr_FR``, ``fr-CH.UTF-8`` -> ``fr``; ``pseudo`` stays; anything else -> ``None``."""
    if not code:
        return None
    code = code.strip().lower()
    if code == PSEUDO:
        return PSEUDO
    base = code.replace("-", "_").split(".")[0].split("_")[0]
    return base if base in LANGUAGES else None
