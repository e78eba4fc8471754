"""Every French and German text is translated: a new ``tr()`` text without its translations fails.

The texts are extracted again (``pyside6-lupdate``, as ``python3 -m console.i18n.catalogues
update`` does) into a copy of each catalogue: an entry that is unfinished, new in the code
(missing from the committed catalogue) or gone from the code (obsolete) fails the test.
To fix: ``python3 -m console.i18n.catalogues update``, translate, then ``... compile``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from console.i18n import catalogues


def _keys(entries: list[catalogues.Entry]) -> set[tuple[str, str, str]]:
    return {(e.context, e.source, e.comment) for e in entries}


@pytest.mark.parametrize("language", catalogues.TRANSLATED)
def test_every_text_is_translated(language: str, tmp_path: Path) -> None:
    committed = catalogues.ts_file(language)
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    catalogues.lupdate(fresh, language)
    kept, extracted = catalogues.entries(committed), catalogues.entries(fresh)
    missing = sorted(_keys(extracted) - _keys(kept))
    obsolete = sorted(_keys(kept) - _keys(extracted))
    unfinished = sorted((e.context, e.source) for e in extracted if e.state)
    problems = [f"missing from {committed.name}: {c}: {s!r}" for c, s, _ in missing]
    problems += [f"obsolete in {committed.name}: {c}: {s!r}" for c, s, _ in obsolete]
    problems += [f"unfinished: {c}: {s!r}" for c, s in unfinished]
    assert not problems, f"{len(problems)} problems, e.g.\n" + "\n".join(problems[:40])
