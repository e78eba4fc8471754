"""The translation chain: the committed .qm are lrelease's of the .ts, the English plural forms,
the choice of language and of the formats' locale, ``--lang``, the pseudo-locale's texts."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from console.i18n import catalogues
from console.i18n.languages import choose_language, format_locale, normalize
from console.i18n.pseudo import is_pseudo, pseudo, visible_length
from console.i18n.translators import TRANSLATORS, ConsoleTranslator, install
from tests.i18n_helpers import language_restored


@pytest.fixture
def restored(qapp: object) -> Iterator[None]:
    with language_restored():
        yield


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_each_shipped_qm_is_what_lrelease_makes_of_its_ts(language: str, tmp_path: Path) -> None:
    ts = catalogues.ts_file(language)
    built = tmp_path / "built.qm"
    catalogues.lrelease(ts, built)
    assert built.read_bytes() == catalogues.qm_file(ts).read_bytes(), (
        f"{catalogues.qm_file(ts).name} is stale: python3 -m console.i18n.catalogues compile"
    )


def test_the_english_catalogue_holds_finished_plural_forms_only() -> None:
    found = catalogues.entries(catalogues.ts_file("en"))
    assert all(entry.numerus for entry in found)
    assert [e.source for e in found if e.state] == [], "python3 -m console.i18n.catalogues update"


def test_english_says_1_platform_and_2_platforms(tmp_path: Path, restored: None) -> None:
    """The chain the maintainer command runs, on a source tree of one %n text: lupdate (plural
    texts only), the English forms filled in from "(s)", lrelease, the console's translator."""
    for package in catalogues.SOURCES:
        (tmp_path / package).mkdir()
    (tmp_path / "console" / "page.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class PlatformsPage(QWidget):\n"
        "    def count(self, n: int) -> str:\n"
        '        return self.tr("%n platform(s)", "", n)\n'
        "    def title(self) -> str:\n"
        '        return self.tr("Platforms")\n'
    )
    ts = tmp_path / "platform_console_en.ts"
    catalogues.lupdate(ts, "en", root=tmp_path)
    assert catalogues.fill_english(ts) == 1
    assert [(e.source, e.state) for e in catalogues.entries(ts)] == [("%n platform(s)", "")]
    catalogues.lrelease(ts, tmp_path / "en.qm")
    translator = ConsoleTranslator()
    assert translator.load(str(tmp_path / "en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        texts = [QCoreApplication.translate("PlatformsPage", "%n platform(s)", "", n) for n in (0, 1, 2)]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert texts == ["0 platforms", "1 platform", "2 platforms"]


def test_english_forms_from_the_parenthesised_spelling() -> None:
    assert catalogues.english_forms("%n platform(s)") == ("%n platform", "%n platforms")
    assert catalogues.english_forms("%n entr(y|ies)") is None
    assert catalogues.english_forms("%n entry(ies), %n box(es)") == (
        "%n entry, %n box",
        "%n entries, %n boxes",
    )
    assert catalogues.english_forms("%n platforms") is None  # a person writes its singular


@pytest.mark.parametrize(
    ("cli", "saved", "system", "language"),
    [
        ("fr", "de", "de_DE", "fr"),  # --lang first
        (None, "de", "fr_FR", "de"),  # then the saved choice
        (None, "", "fr_BE", "fr"),  # then the system's language
        (None, "", "de_AT", "de"),
        (None, "", "it_IT", "en"),  # one the console does not speak: English
        (None, "", "C", "en"),
        ("de_LU.UTF-8", None, "C", "de"),
    ],
)
def test_the_language_is_lang_then_the_saved_one_then_the_systems(
    cli: str | None, saved: str | None, system: str, language: str
) -> None:
    assert choose_language(cli, saved, QLocale(system)) == language


@pytest.mark.parametrize(
    ("language", "system", "formats"),
    [
        ("fr", "fr_FR", "fr_FR"),  # the system's country for the same language
        ("fr", "de_DE", "fr_LU"),  # else as written in Luxembourg
        ("de", "de_CH", "de_CH"),
        ("de", "C", "de_LU"),
        ("en", "en_GB", "en_GB"),
        ("en", "fr_FR", "en_150"),
        ("en", "C", "en_150"),
    ],
)
def test_the_formats_locale_follows_the_language(language: str, system: str, formats: str) -> None:
    assert format_locale(language, QLocale(system)).name() == formats


def test_installing_a_language_sets_the_translators_and_the_default_locale(restored: None) -> None:
    install("de", QLocale("C"))
    assert QLocale().name() == "de_LU"
    assert QLocale().toString(1234.5, "f", 2) == "1.234,50"
    assert QCoreApplication.translate("ActionsMixin", "&View") == "&Ansicht"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own catalogue
    install("en", QLocale("C"))
    assert QCoreApplication.translate("ActionsMixin", "&View") == "&View"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert TRANSLATORS.language == "en"


def test_lang_is_checked_before_qt_starts() -> None:
    from console.app import build_parser

    parser = build_parser()
    assert parser.parse_args(["--lang", "fr"]).lang == "fr"
    assert parser.parse_args(["--lang", "de_LU"]).lang == "de"
    assert parser.parse_args(["--lang", "pseudo"]).lang == "pseudo"
    assert parser.parse_args([]).lang is None
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args(["--lang", "klingon"])
    assert exit_info.value.code == 2
    assert "pseudo" not in parser.format_help()
    assert normalize("Fr-ch") == "fr"


@pytest.mark.parametrize(
    "text",
    ["Save", "&Refund…", "Refund %1 of %2", "%n platform(s)", "Go to: {page}", "<b>Target</b> platforms"],
)
def test_the_pseudo_locale_brackets_and_lengthens_keeping_the_markup(text: str) -> None:
    shown = pseudo(text)
    assert is_pseudo(shown)
    assert text in shown or text.removeprefix("<b>") in shown
    assert visible_length(shown) >= 1.35 * visible_length(text)
    if text.startswith("<"):
        assert shown.startswith("<b>[")
    assert pseudo("") == "" and pseudo("  ") == "  "


def test_lang_type_error_names_the_languages() -> None:
    from console.app import _language

    with pytest.raises(argparse.ArgumentTypeError, match="en, fr, de"):
        _language("xx")


def test_the_pseudo_locale_brackets_what_a_catalogue_knows_only(restored: None) -> None:
    install("pseudo", QLocale("C"))
    assert QCoreApplication.translate("ActionsMixin", "&View").startswith("[&View")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel").startswith("[Cancel")  # Qt's own
    # tr() at run time, but never extracted by lupdate: it would stay English in French too
    assert QCoreApplication.translate("Nowhere", "Never extracted") == "Never extracted"
    assert QLocale().name() == "en_150"


def test_the_health_report_is_written_in_the_consoles_language(restored: None) -> None:
    """The console's report speaks its language; without a translator (platformctl) it is English."""
    from console.health.report import ReportData, render_html
    from console.i18n.translators import install

    data = ReportData(0.0, 3600.0, {"targets": [], "events": []})
    assert "<h1>Health report</h1>" in render_html(data, {})
    install("fr")
    french = render_html(data, {})
    assert "<h1>Rapport d&#x27;état</h1>" in french and "Aucun changement d&#x27;état" in french
    assert "Health report" not in french
