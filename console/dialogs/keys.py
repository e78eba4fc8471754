"""Keys this computer needs, set by a person: the secret settings' encryption key, the Stripe key.

When a key is missing the library's error names environment variables (right for `platformctl`);
the console offers this dialog instead: it stores the key in the OS keyring of the person's
account, or, for a role that may not, names whom to ask. Who may: holders of ``modules.configure``
(the encryption key: secret settings are module settings) and of ``payments.refund.approve``
(gateway keys: the people answerable for the platform's payments).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.asyncutil import run_sync, spawn
from console.widgets.theme import text_style
from core.errors import PlatformError
from core.secrets import keyring_set

if TYPE_CHECKING:
    from console.session import ConsoleSession


@dataclass(frozen=True)
class KeySpec:
    name: str  # the keyring entry, service platform-console
    env: str  # the environment variable that wins over the keyring
    permission: str  # who may store it through the console
    generate: bool = False  # the console may make a new one


SECRETS_KEY = KeySpec("secrets-key", "PLATFORM_SECRETS_KEY", "modules.configure", generate=True)
STRIPE_KEY = KeySpec("stripe-api-key", "PLATFORM_STRIPE_API_KEY", "payments.refund.approve")
KEYS = (SECRETS_KEY, STRIPE_KEY)


def key_for_error(exc: PlatformError) -> KeySpec | None:
    """The key an error says is missing or wrong, if any."""
    if exc.code in ("secrets.no_key", "secrets.bad_key", "secrets.wrong_key"):
        return SECRETS_KEY
    gateway = (exc.details or {}).get("gateway") if isinstance(exc.details, dict) else None
    if exc.code in ("gateway.not_configured", "gateway.authentication") and gateway == "stripe":
        return STRIPE_KEY
    return None


def key_title(spec: KeySpec) -> str:
    if spec is SECRETS_KEY:
        return QCoreApplication.translate("KeyDialog", "Encryption key of secret settings")
    return QCoreApplication.translate("KeyDialog", "Stripe API key")


def _why(spec: KeySpec, code: str | None) -> str:
    if spec is SECRETS_KEY:
        if code == "secrets.wrong_key":
            return QCoreApplication.translate(
                "KeyDialog",
                "The secret settings were saved with another encryption key than the one on this "
                "computer, so they cannot be read here.",
            )
        if code == "secrets.bad_key":
            return QCoreApplication.translate(
                "KeyDialog", "The encryption key on this computer is damaged: it is not a valid key."
            )
        return QCoreApplication.translate(
            "KeyDialog",
            "Secret settings (API keys of marketplaces, for instance) are stored encrypted. This "
            "computer does not have the encryption key yet.",
        )
    if code == "gateway.authentication":
        return QCoreApplication.translate(
            "KeyDialog", "Stripe did not accept the API key on this computer: it may have been replaced."
        )
    return QCoreApplication.translate(
        "KeyDialog",
        "Refunds through Stripe need the platform's Stripe API key, and this computer does not have it yet.",
    )


class KeyDialog(QDialog):
    """Paste (or, for the encryption key, make) a key and keep it in this computer's keyring."""

    saved = Signal(str)  # the keyring entry's name

    def __init__(
        self,
        spec: KeySpec,
        session: ConsoleSession,
        parent: QWidget | None = None,
        *,
        code: str | None = None,
        administrators: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.session = session
        self.setObjectName("keyDialog")
        self.setWindowTitle(key_title(spec))
        self.may_set = session.can_write(spec.permission)
        layout = QVBoxLayout(self)
        why = QLabel(_why(spec, code))
        why.setObjectName("keyWhy")
        why.setWordWrap(True)
        layout.addWidget(why)
        self.error = QLabel()
        self.error.setObjectName("keyError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style("error"))
        self.error.hide()
        if os.environ.get(spec.env):
            layout.addWidget(
                self._note(
                    QCoreApplication.translate(
                        "KeyDialog",
                        "The environment this console was started in sets this key, and that value wins "
                        "over anything stored here. Ask whoever set up this computer to change it there.",
                    )
                )
            )
            self.may_set = False
        elif not self.may_set:
            names = ", ".join(administrators or []) or QCoreApplication.translate(
                "KeyDialog", "a super admin"
            )
            layout.addWidget(
                self._note(
                    QCoreApplication.translate(
                        "KeyDialog",
                        "Your role may not set this key. Ask {names} (super admin) to sign in to Platform "
                        "Console on this computer and choose Account ▸ {title}…; the key is then kept in "
                        "this computer's keyring for you too.",
                    ).format(names=names, title=key_title(spec))
                )
            )
        if self.may_set:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            self.save_button.setText(
                QCoreApplication.translate("KeyDialog", "Keep in this computer's keyring")
            )
            self.buttons.accepted.connect(lambda: spawn(self.save(), self))
            self._build_form(layout, code)
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(560, self.sizeHint().height())

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("keyNote")
        label.setWordWrap(True)
        return label

    def _build_form(self, layout: QVBoxLayout, code: str | None) -> None:
        self.edit = QLineEdit()
        self.edit.setObjectName("keyValue")
        self.edit.setAccessibleName(QCoreApplication.translate("KeyDialog", "Key"))
        self.new_choice = QRadioButton(QCoreApplication.translate("KeyDialog", "Make a new key"))
        self.paste_choice = QRadioButton(
            QCoreApplication.translate("KeyDialog", "Paste the key the platform already uses")
        )
        self.kept = QCheckBox(
            QCoreApplication.translate("KeyDialog", "I have kept a copy of this key in a safe place")
        )
        self.kept.setObjectName("keyKept")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.textChanged.connect(lambda _t: self._update())
        if self.spec.generate:
            group = QButtonGroup(self)  # one of the two, whatever their parents when checked
            group.addButton(self.new_choice)
            group.addButton(self.paste_choice)
            self.paste_choice.setChecked(True)
            if code == "secrets.no_key":
                self.new_choice.setChecked(True)
            for choice in (self.new_choice, self.paste_choice):
                choice.toggled.connect(lambda _on: self._choice_changed())
                layout.addWidget(choice)
            self.edit.setPlaceholderText(
                QCoreApplication.translate("KeyDialog", "the key, 44 letters and digits ending in =")
            )
        else:
            self.edit.setPlaceholderText(
                QCoreApplication.translate(
                    "KeyDialog", "sk_live_… or sk_test_… (Stripe Dashboard ▸ Developers ▸ API keys)"
                )
            )
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        self.copy_button = QPushButton(QCoreApplication.translate("KeyDialog", "Copy"))
        self.copy_button.setObjectName("keyCopy")
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.edit.text()))
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        if self.spec.generate:
            warning = self._note(
                QCoreApplication.translate(
                    "KeyDialog",
                    "Keep a copy of the key in a safe place, such as a password manager. Secret settings "
                    "saved with it cannot be read without it: if the key is lost, they are lost and must "
                    "be entered again. The platform's servers need the same key.",
                )
            )
            warning.setObjectName("keyWarning")
            warning.setStyleSheet("font-weight: bold;")
            layout.addWidget(warning)
            layout.addWidget(self.kept)
            self.kept.toggled.connect(lambda _on: self._update())
            self._choice_changed()

    def _choice_changed(self) -> None:
        new = self.new_choice.isChecked()
        self.edit.setReadOnly(new)
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if new else QLineEdit.EchoMode.Password)
        if new:
            from cryptography.fernet import Fernet  # lazy: 35-140 ms at start-up, for this dialog only

            self.edit.setText(Fernet.generate_key().decode())
        else:
            self.edit.setText("")
        self.kept.setChecked(False)
        self.kept.setVisible(new)
        self.copy_button.setVisible(new)
        self._update()

    def _update(self) -> None:
        if not self.may_set:
            return
        ready = bool(self.edit.text().strip())
        if self.spec.generate and self.new_choice.isChecked():
            ready = ready and self.kept.isChecked()
        self.save_button.setEnabled(ready)

    def _check(self, value: str) -> str | None:
        """Why ``value`` cannot be the key, or None."""
        if self.spec is SECRETS_KEY:
            from cryptography.fernet import Fernet  # lazy: see _choice_changed

            try:
                Fernet(value.encode())
            except ValueError:
                return QCoreApplication.translate(
                    "KeyDialog",
                    "This is not an encryption key of Platform Console: 44 letters and digits, ending in =.",
                )
            return None
        if not value.startswith(("sk_", "rk_")):
            return QCoreApplication.translate(
                "KeyDialog", "A Stripe secret key starts with sk_ (or rk_ for a restricted key)."
            )
        return None

    async def save(self) -> bool:
        value = self.edit.text().strip()
        problem = self._check(value)
        if problem is not None:
            self._show_error(problem)
            return False
        self.buttons.setEnabled(False)
        try:
            await run_sync(keyring_set, self.spec.name, value)
        except PlatformError:
            self._show_error(
                QCoreApplication.translate(
                    "KeyDialog",
                    "This computer has no keyring to keep the key in (it needs a desktop session with a "
                    "keyring service, such as GNOME Keyring or KWallet). Ask whoever set up this computer "
                    "to give the key to the console through its environment.",
                )
            )
            return False
        finally:
            self.buttons.setEnabled(True)
        self.saved.emit(self.spec.name)
        self.accept()
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


async def open_key_dialog(
    spec: KeySpec, session: ConsoleSession, parent: QWidget | None, code: str | None = None
) -> KeyDialog:
    """The dialog for ``spec``, opened (not awaited); to a role that may not set the key it names
    the super admins to ask."""
    administrators: list[str] = []
    if not session.can_write(spec.permission) and session.actor is not None:
        administrators = await run_sync(session.auth.administrators, session.actor)
    dialog = KeyDialog(spec, session, parent, code=code, administrators=administrators)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    keys_changed = getattr(parent, "keys_changed", None)
    if keys_changed is not None:
        dialog.saved.connect(keys_changed)
    dialog.open()
    return dialog


def offer_key(exc: PlatformError, window: QWidget | None) -> bool:
    """For an error about a missing or wrong key, open its dialog (instead of the error's
    environment-variable advice, which is for the command line). False: not such an error."""
    spec = key_for_error(exc)
    session = getattr(window, "_session", None)
    if spec is None or session is None or session.actor is None:
        return False
    spawn(open_key_dialog(spec, session, window, exc.code), window)
    return True
