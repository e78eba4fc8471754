"""View → Language switches the console's language at once, and ``--lang`` chooses it at start."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMenu

from console.i18n import start_language
from console.i18n.translators import TRANSLATORS
from tests.i18n_helpers import language_restored

pytestmark = pytest.mark.asyncio


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: object) -> Iterator[None]:
    with language_restored():
        yield


def menu_titles(window: Any) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def language_action(window: Any, code: str) -> Any:
    """View → Language → the entry ``code``, found as a person finds it: through the menus."""
    view = window.menuBar().actions()[1].menu()
    (submenu,) = [
        a.menu()
        for a in view.actions()
        if isinstance(a.menu(), QMenu) and a.menu().objectName() == "languageMenu"
    ]
    (action,) = [a for a in submenu.actions() if a.objectName() == f"language-{code or 'system'}"]
    return action


async def test_the_view_menu_switches_to_french_and_back(
    session_for: Any, open_window: Any, settings: Any
) -> None:
    start_language(None, settings.language)  # as at start-up: the system's (C here: English)
    window = await open_window(session_for("support"), page="payments")
    assert menu_titles(window)[:2] == ["&Account", "&View"]
    before = window.page("payments")

    language_action(window, "fr").trigger()
    assert settings.language == "fr"
    assert TRANSLATORS.language == "fr"
    assert menu_titles(window)[:2] == ["&Compte", "&Affichage"]
    assert language_action(window, "fr").isChecked()
    assert QLocale().name() == "fr_LU"  # the system (C) speaks no French: Luxembourg's formats
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own catalogue
    assert window.attached and window.current_page().page_id == "payments"
    page = window.current_page()
    assert page is not before  # re-created in French
    await page.ready()

    language_action(window, "de").trigger()
    assert menu_titles(window)[:2] == ["&Konto", "&Ansicht"]
    assert QLocale().name() == "de_LU"

    language_action(window, "").trigger()  # Follow the system: English here
    assert settings.language == ""
    assert menu_titles(window)[:2] == ["&Account", "&View"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert window.current_page().page_id == "payments"
    await window.current_page().ready()


async def test_lang_fr_at_start_up_gives_a_french_window(
    session_for: Any, open_window: Any, settings: Any
) -> None:
    from console.app import build_parser

    args = build_parser().parse_args(["--lang", "fr"])
    settings.language = "de"  # --lang wins over the saved choice, and does not replace it
    assert start_language(args.lang, settings.language) == "fr"
    window = await open_window(session_for("operator"))
    assert menu_titles(window)[:2] == ["&Compte", "&Affichage"]
    assert QLocale().name() == "fr_LU"
    assert settings.language == "de"
