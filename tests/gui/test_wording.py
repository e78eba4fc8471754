"""No "platform(s)" on screen: the console says "1 platform" / "3 platforms". Its sentences that
count are Qt's ``%n`` forms (``tr("%Ln platform(s)", "", n)``): a catalogue gives each language its
plural rules, and ``console.locale_text.counted`` the English ones when none is loaded."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

from console.models.modules import outcome_text
from core.graph import ChangeRequest

CONSOLE = Path(__file__).resolve().parents[2] / "console"
# The GUI's own words; the CLI (console/commands) prints the shared library's headlines.
GUI = ("pages", "dialogs", "widgets", "models", "health")
OPTIONAL_PLURAL = re.compile(r"\w\((?:s|es)\)")


def strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a source file, with their line."""
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    kinds = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}  # 3.12: f-strings
    return [(t.start[0], t.string) for t in tokens if t.type in kinds]


def test_optional_plurals_only_in_counted_sentences() -> None:
    """An "(s)" in a GUI string is the source of a ``%n`` sentence (its count given to ``tr``)."""
    found = [
        f"{path.relative_to(CONSOLE)}:{line}: {text}"
        for folder in GUI
        for path in sorted((CONSOLE / folder).rglob("*.py"))
        for line, text in strings(path)
        if OPTIONAL_PLURAL.search(text) and '"""' not in text and "%n" not in text and "%Ln" not in text
    ]
    assert found == []


def test_apply_outcome_in_proper_plurals() -> None:
    from core.services.module_service import ApplyResult

    fields = ApplyResult.__dataclass_fields__
    assert "applied" in fields and "skipped" in fields

    class Plan:
        request = ChangeRequest(enable=("billing",))

        def totals(self) -> dict[str, object]:
            return {
                "platforms": 3,
                "enabled": {"billing": 1},
                "pulled_in": {},
                "disabled": {},
                "cascaded": {},
                "refused": 2,
            }

    result = ApplyResult.__new__(ApplyResult)
    object.__setattr__(result, "applied", ("a",))
    object.__setattr__(result, "skipped", ("b", "c"))
    object.__setattr__(result, "plan", Plan())
    text = outcome_text(result)
    assert "1 platform changed." in text and "2 refused platforms skipped." in text
    assert text.startswith("Done: enable billing on 3 platforms: billing: +1, refused: 2")
