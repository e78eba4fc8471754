"""The translation catalogues: ``python3 -m console.i18n.catalogues update|compile|check``.

* ``update`` runs ``pyside6-lupdate`` over :data:`SOURCES` into the ``.ts`` of every language
  in ``console/translations/`` (kept in the repository): new texts come in unfinished, existing
  translations stay, texts no longer in the code are dropped. The English catalogue holds the
  plural (``%n``) texts only; their English forms are filled in from the ``(s)`` spelling
  ("%n platform(s)" -> "%n platform" / "%n platforms") where a person has not written them.
* ``compile`` runs ``pyside6-lrelease`` on each ``.ts`` into the ``.qm`` next to it (committed:
  ``tests/test_translations.py`` checks that they are what lrelease makes of the ``.ts``).
* ``check`` prints, per language, the messages and how many are unfinished; exit 1 if any is.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "console" / "translations"
SOURCES = ("console", "core", "modules")  # core/ and modules/ mark texts with QT_TRANSLATE_NOOP
CATALOGUE = "platform_console"
LANGUAGES = ("en", "fr", "de")
TRANSLATED = ("fr", "de")  # complete catalogues; English holds its plural forms only


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def qm_file(ts: Path) -> Path:
    return ts.with_suffix(".qm")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def lupdate(ts: Path, language: str, root: Path = ROOT) -> None:
    """Extract the texts of :data:`SOURCES` (under ``root``) into ``ts``, merging what it holds."""
    command = [_tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-no-obsolete"]
    # Module-level helpers ``_tr(text)`` (calling QCoreApplication.translate("Ctx", text)) are
    # extracted like tr(), without a context; ConsoleTranslator looks there (translators.py).
    command += ["-tr-function-alias", "tr+=_tr"]
    # No source locations: the .ts then changes only when a text does (no churn, no merge conflicts
    # from moved lines); the context (the class) and the comment say where a text is used.
    command += ["-locations", "none", "-source-language", "en", "-target-language", language]
    if language == "en":
        command.append("-pluralonly")
    command += [*SOURCES, "-ts", str(ts)]
    subprocess.run(command, cwd=root, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


# -- English plural forms ---------------------------------------------------------------------------
def english_forms(source: str) -> tuple[str, str] | None:
    """``%n platform(s)`` -> (``%n platform``, ``%n platforms``); ``entr(y|ies)`` and ``(es)``
    too; ``None`` for a text without such a spelling (a person writes its forms)."""
    one = re.sub(r"\((?:e?s)\)", "", re.sub(r"y\(ies\)", "y", source))
    many = re.sub(r"\((e?s)\)", r"\1", re.sub(r"y\(ies\)", "ies", source))
    return (one, many) if one != source else None


def fill_english(ts: Path) -> int:
    """Fill the unfinished plural forms of the English catalogue from the ``(s)`` spelling."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = english_forms(message.findtext("source") or "")
        if translation is None or forms is None or translation.get("type") != "unfinished":
            continue
        if any((f.text or "").strip() for f in translation.findall("numerusform")):
            continue
        for child in list(translation):
            translation.remove(child)
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    if filled:
        write_ts(tree, ts)
    return filled


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    """Write a ``.ts`` as lupdate does (its next run rewrites it in its own layout anyway)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


# -- reading a catalogue ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    state: str  # "" (finished), "unfinished", "obsolete", "vanished"
    numerus: bool


def entries(ts: Path) -> list[Entry]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            state = translation.get("type", "") if translation is not None else "unfinished"
            texts = [translation.text or ""] if translation is not None else [""]
            if translation is not None and message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.findall("numerusform")] or [""]
            if not state and not all(t.strip() for t in texts):
                state = "unfinished"  # finished but empty: Qt would show the English text
            found.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    state,
                    message.get("numerus") == "yes",
                )
            )
    return found


# -- the commands ---------------------------------------------------------------------------------
def update(folder: Path = FOLDER, root: Path = ROOT) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_file(language, folder)
        lupdate(ts, language, root)
        filled = fill_english(ts) if language == "en" else 0
        if filled:
            lupdate(ts, language, root)  # back in lupdate's own layout
        found = entries(ts)
        unfinished = sum(1 for e in found if e.state)
        print(
            f"{ts.name}: {len(found)} messages, {unfinished} unfinished"
            + (f", {filled} filled" if filled else "")
        )


def compile_all(folder: Path = FOLDER) -> None:
    for language in LANGUAGES:
        ts = ts_file(language, folder)
        lrelease(ts, qm_file(ts))
        print(f"{qm_file(ts).name} from {ts.name}")


def check(folder: Path = FOLDER) -> int:
    status = 0
    for language in LANGUAGES:
        found = entries(ts_file(language, folder))
        unfinished = sum(1 for e in found if e.state)
        print(f"{language}: {len(found)} messages, {unfinished} unfinished")
        status |= int(unfinished > 0)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 -m console.i18n.catalogues", description=__doc__.split("\n")[0]
    )
    parser.add_argument("command", choices=("update", "compile", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        compile_all()
    else:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
