"""Real refusals reach the user in the catalogue's sentence, and in the interface's language.

The library raises an English message with a code and details; the console shows the sentence of
:mod:`console.dialogs.error_text` for that code. A tiny translator for the ``Errors`` context stands
in for the French catalogue, so the test does not depend on the shipped ``.qm`` files.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QLabel

from console.asyncutil import spawn
from console.dialogs.error_text import message_for
from console.dialogs.errors import ErrorDialog
from core.actor import Actor
from core.graph import ChangeRequest
from core.services.module_service import ModuleService, Target
from tests.fakes.stripe_server import FakeStripe
from tests.gui.helpers import button, top_level, wait_until
from tests.gui.test_modules_page import enabled_on, first_without
from tests.gui.test_payments_page import open_on_a_new_payment
from tests.payments_helpers import fake_stripe_fixture  # noqa: F401 - registers the fixture

pytestmark = pytest.mark.asyncio

FRENCH = {
    "Refused on %1: %2": "Refusé sur %1 : %2",
    "%1 cannot be disabled: other modules need it (%2). Disable them first, or include them.": (
        "%1 ne peut pas être désactivé : d'autres modules en ont besoin (%2). "
        "Désactivez-les d'abord, ou incluez-les."
    ),
    "%1 cannot be refunded on payment #%2: only %3 is still refundable.": (
        "Impossible de rembourser %1 sur le paiement n° %2 : seuls %3 sont encore remboursables."
    ),
    "Captured %1, refunded %2, pending %3, awaiting approval %4.": (
        "Encaissé %1, remboursé %2, en attente %3, en attente d'approbation %4."
    ),
}


class FrenchErrors(QTranslator):
    """Translates the ``Errors`` context from :data:`FRENCH`; nothing else."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": an empty text would be taken as the translation
        return FRENCH.get(source) if context == "Errors" else None

    def isEmpty(self) -> bool:
        return False


@contextmanager
def french() -> Iterator[None]:
    translator = FrenchErrors()
    locale = QLocale()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("fr_LU"))
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


async def _refused_disable(session: Any, open_window: Any) -> tuple[Any, str]:
    """Disable inventory from the modules page while another console enables marketplace, which
    requires it, on the same platform: the service refuses the apply; the preview's outcome."""
    service = ModuleService(session.db)
    platform = first_without(session.db, "marketplace")
    service.apply(Actor.system(), Target.of([platform]), ChangeRequest(enable=("inventory",)))
    window = await open_window(session)
    page = window.page("modules")
    task = page.start_change("inventory", False, Target.of([platform]))
    dialog = await wait_until(lambda: page.preview)
    assert dialog.can_apply
    service.apply(Actor.cli(), Target.of([platform]), ChangeRequest(enable=("marketplace",)))
    button(dialog, "Apply").click()
    await wait_until(lambda: dialog.page == dialog.OUTCOME)
    text = dialog.outcome_text()
    dialog.reject()
    assert await task is None
    assert {"inventory", "marketplace"} <= enabled_on(session.db, platform)  # nothing was written
    return text, platform


async def test_a_refusal_on_the_modules_page_reads_as_the_catalogue_says(
    session_for: Any, open_window: Any
) -> None:
    text, platform = await _refused_disable(session_for("super_admin"), open_window)
    sentence = "inventory cannot be disabled: other modules need it (marketplace → inventory)."
    assert f"Refused on {platform}: {sentence}" in text
    assert "--cascade" not in text  # the library's English names a command-line option
    assert "(code module.required_by)" in text


async def test_the_same_refusal_in_french(session_for: Any, open_window: Any) -> None:
    with french():
        text, platform = await _refused_disable(session_for("super_admin"), open_window)
    assert (
        f"Refusé sur {platform} : inventory ne peut pas être désactivé : d'autres modules en ont besoin "
        "(marketplace → inventory)." in text
    )


async def test_a_refund_refused_by_the_service_in_the_error_dialog(
    session_for: Any, qtbot: Any, fake_stripe: FakeStripe
) -> None:
    session = session_for("super_admin")
    page, pid = await open_on_a_new_payment(qtbot, session, fake_stripe, 10_000)
    for translated in (False, True):
        with french() if translated else nullcontext():
            spawn(page.create_refund(pid, 25_000, "too much"), page)  # the page's own check let through
            [dialog] = await wait_until(lambda: top_level(ErrorDialog))
            try:
                assert dialog.code == "refund.exceeds_refundable"
                shown = dialog.findChild(QLabel, "errorMessage").text()
                assert shown == dialog.message
                if translated:
                    assert shown.startswith(  # amounts as the interface's locale writes money
                        "Impossible de rembourser 250,00\u00a0€ sur le paiement n° "
                        f"{pid} : seuls 100,00\u00a0€ sont encore remboursables. Encaissé 100,00\u00a0€"
                    )
                else:
                    details = {
                        "payment": pid,
                        "amount_minor": 25_000,
                        "remaining_minor": 10_000,
                        "captured_minor": 10_000,
                        "refunded_minor": 0,
                        "pending_minor": 0,
                        "awaiting_approval_minor": 0,
                        "currency": "EUR",
                    }
                    assert shown == message_for("refund.exceeds_refundable", "english", details)
                    assert shown.startswith(
                        f"EUR 250.00 cannot be refunded on payment #{pid}: only EUR 100.00"
                    )
            finally:
                dialog.close()
            await wait_until(lambda: not top_level(ErrorDialog))
