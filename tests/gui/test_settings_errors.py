"""A module's own check on a setting shows the catalogue's sentence under the field, in the
interface's language: the check raises a typed ``PydanticCustomError`` (``orders_number_prefix``),
which the console words from ``FIELD_ERRORS``, not pydantic's English."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from console.asyncutil import run_sync
from console.i18n.translators import TRANSLATORS
from tests.gui.helpers import wait_until
from tests.gui.test_modules_page import _open_settings
from tests.i18n_helpers import language_restored

pytestmark = pytest.mark.asyncio

ENGLISH = "From 1 to 12 characters: capital letters, digits and dashes (e.g. ORD-)."
GERMAN = "1 bis 12 Zeichen: Großbuchstaben, Ziffern und Bindestriche (z.\u00a0B. ORD-)."
FRENCH = "De 1 à 12 caractères\u00a0: lettres majuscules, chiffres et tirets (p. ex. ORD-)."


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: object) -> Iterator[None]:
    with language_restored():
        yield


async def _save_a_bad_prefix(session: Any, open_window: Any, qtbot: Any) -> str:
    """Type a lower-case order number prefix in the settings of orders and click Save; the text
    shown under the field (nothing is saved)."""
    window = await open_window(session)
    page = window.page("modules")
    platform = await _open_settings(page, "orders", 1)
    form = page._config_form
    prefix = form.editor("number_prefix")
    assert isinstance(prefix, QLineEdit)
    prefix.setFocus()
    qtbot.keyClick(prefix, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(prefix, "ord")
    qtbot.mouseClick(page.config_save, Qt.MouseButton.LeftButton)
    label = form.error_label("number_prefix")
    await wait_until(label.isVisible)
    states = await run_sync(session.modules.module_status, session.actor, platform)
    assert next(s for s in states if s.code == "orders").config["number_prefix"] == "ORD-"
    return label.text()


async def test_a_bad_prefix_shows_the_catalogue_sentence(
    session_for: Any, open_window: Any, qtbot: Any
) -> None:
    assert await _save_a_bad_prefix(session_for("super_admin"), open_window, qtbot) == ENGLISH


@pytest.mark.parametrize(("language", "sentence"), [("fr", FRENCH), ("de", GERMAN)])
async def test_a_bad_prefix_in_french_and_german(
    session_for: Any, open_window: Any, qtbot: Any, language: str, sentence: str
) -> None:
    TRANSLATORS.install(language)  # the shipped catalogue, as View > Language does
    assert await _save_a_bad_prefix(session_for("super_admin"), open_window, qtbot) == sentence
