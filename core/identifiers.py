"""One rule for every identifier a person types: user names, platform, module and currency codes.

The value is normalised (Unicode NFKC: full-width U+FF53 U+FF41 is ``sa``), refused if it holds
a control or invisible character (a trailing newline, a zero-width space, a bidi mark), and then
matched in full against the identifier's pattern (``re.fullmatch``: ``$`` would let ``"sa\\n"``
through). Identifiers added later (platform tags ...) go through :func:`identifier` too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from core.errors import InvalidInput

# Cc control, Cf format (zero-width, bidi), Zl/Zp line and paragraph separators, Co private use,
# Cs surrogates, Cn unassigned; spaces other than the plain one (Zs) are invisible lookalikes too.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})


def invisible_characters(value: str) -> list[str]:
    """The control or invisible characters in ``value``, as ``U+XXXX`` (empty when clean)."""
    found = [
        ch
        for ch in value
        if unicodedata.category(ch) in _INVISIBLE_CATEGORIES
        or (unicodedata.category(ch) == "Zs" and ch != " ")
        or (not ch.isprintable() and ch != " ")
    ]
    return [f"U+{ord(ch):04X}" for ch in dict.fromkeys(found)]


def identifier(value: object, pattern: re.Pattern[str], *, kind: str, code: str, rule: str) -> str:
    """``value`` normalised (NFKC) if it fully matches ``pattern``; else :class:`InvalidInput`.

    ``kind`` names the identifier in the message ("user name"), ``code`` is the error code
    (``user.bad_username``) and ``rule`` describes the pattern for people.
    """
    if not isinstance(value, str):
        raise InvalidInput(
            code,
            f"a {kind} must be text, not {type(value).__name__}",
            {kind: repr(value), "value": repr(value)},
        )
    hidden = invisible_characters(value)
    if hidden:
        raise InvalidInput(
            code,
            f"{value!r} is not a valid {kind}: it holds control or invisible characters "
            f"({', '.join(hidden[:5])})",
            {kind: value, "value": value, "characters": hidden},
        )
    normalised = unicodedata.normalize("NFKC", value)
    if pattern.fullmatch(normalised) is None:
        raise InvalidInput(code, f"{value!r} is not a valid {kind} ({rule})", {kind: value, "value": value})
    return normalised


def is_identifier(value: object, pattern: re.Pattern[str]) -> bool:
    """Whether ``value`` passes :func:`identifier` (for validators that raise their own error)."""
    return (
        isinstance(value, str)
        and not invisible_characters(value)
        and pattern.fullmatch(unicodedata.normalize("NFKC", value)) is not None
    )


@dataclass(frozen=True)
class IdentifierRule:
    """One kind of identifier: its pattern, its name for people, its error code and its rule."""

    pattern: re.Pattern[str]
    kind: str
    code: str
    rule: str

    def check(self, value: object) -> str:
        return identifier(value, self.pattern, kind=self.kind, code=self.code, rule=self.rule)
