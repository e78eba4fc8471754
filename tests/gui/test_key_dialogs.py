"""A missing key is offered to be set, in words for a person (no environment variables shown)."""

from __future__ import annotations

from typing import Any

import keyring
import pytest
from cryptography.fernet import Fernet
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from console.dialogs.errors import ErrorDialog
from console.dialogs.keys import KeyDialog
from core.secrets import KEYRING_SERVICE
from tests.gui.helpers import top_level, until_done, wait_until

pytestmark = pytest.mark.asyncio


@pytest.fixture
def no_keys(monkeypatch: pytest.MonkeyPatch) -> Any:
    for variable in ("PLATFORM_SECRETS_KEY", "PLATFORM_STRIPE_API_KEY"):
        monkeypatch.delenv(variable, raising=False)
    backend = keyring.get_keyring()
    saved = dict(backend.store)
    backend.store.clear()
    yield backend.store
    backend.store.clear()
    backend.store.update(saved)


def texts(dialog: KeyDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def no_developer_words(text: str) -> None:
    for word in ("PLATFORM_", "python", "Fernet", "keyring entry", "platform-console/"):
        assert word not in text, word


async def test_a_super_admin_makes_the_encryption_key_and_saves_a_secret(
    session_for: Any, open_window: Any, qtbot: Any, no_keys: dict[Any, str]
) -> None:
    window = await open_window(session_for("super_admin"))
    page = window.page("modules")
    platform = page.matrix_model.platform_at(2).code
    page._open_settings("marketplace", platform)
    await wait_until(lambda: page._config_key == ("marketplace", platform))
    page._config_form.editor("api_key").setText("mk-very-secret")
    from console.asyncutil import spawn

    spawn(page.save_config(), page)  # as the Save button does: the error goes to the one place
    dialog = (await wait_until(lambda: top_level(KeyDialog)))[0]
    assert not top_level(ErrorDialog)
    text = texts(dialog)
    no_developer_words(text)
    assert "if the key is lost, they are lost" in text
    assert dialog.new_choice.isChecked() and not dialog.paste_choice.isChecked()
    assert dialog.edit.text()  # a new key, shown to be copied
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # not before the copy is kept
    qtbot.mouseClick(dialog.kept, Qt.MouseButton.LeftButton)
    assert save.isEnabled()
    key = dialog.edit.text()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    await wait_until(lambda: not top_level(KeyDialog))
    assert no_keys[(KEYRING_SERVICE, "secrets-key")] == key
    Fernet(key.encode())
    assert "keyring" in window.statusBar().currentMessage()
    assert await until_done(page.save_config()) == [platform]  # now it saves, encrypted


async def test_pasting_a_key_that_is_not_one_is_refused_in_the_dialog(
    session_for: Any, open_window: Any, qtbot: Any, no_keys: dict[Any, str]
) -> None:
    window = await open_window(session_for("platform_admin"))
    window.key_actions["stripe-api-key"].trigger()
    dialog = (await wait_until(lambda: top_level(KeyDialog)))[0]
    no_developer_words(texts(dialog))
    qtbot.keyClicks(dialog.edit, "pk_test_public")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    await wait_until(lambda: dialog.error.isVisible())
    assert "starts with sk_" in dialog.error.text() and not no_keys
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, "sk_test_4eC39HqLyjWDarjtT1zdp7dc")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    await wait_until(lambda: not top_level(KeyDialog))
    assert no_keys[(KEYRING_SERVICE, "stripe-api-key")] == "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


async def test_support_is_told_whom_to_ask_for_the_stripe_key(
    session_for: Any, open_window: Any, no_keys: dict[Any, str]
) -> None:
    """A refund of a Stripe payment without the key: no environment variable, but who may set it."""
    from console.dialogs.errors import report
    from modules.payments.gateways import gateway_error

    window = await open_window(session_for("support"), page="payments")
    assert not window.key_actions["stripe-api-key"].isVisible()
    page = window.page("payments")
    try:
        page.service.gateways.get("stripe")
    except Exception as exc:  # what the service raises before anything is recorded
        error = exc
    else:
        error = gateway_error("gateway.not_configured", "Stripe is not configured", gateway="stripe")
    report(error, page)
    dialog = (await wait_until(lambda: top_level(KeyDialog)))[0]
    text = texts(dialog)
    no_developer_words(text)
    assert "Your role may not set this key" in text and "admin" in text
    assert not dialog.may_set and not top_level(ErrorDialog)
    from PySide6.QtWidgets import QLineEdit

    assert not dialog.findChildren(QLineEdit)  # nothing to type into
    dialog.reject()
    await wait_until(lambda: not top_level(KeyDialog))
