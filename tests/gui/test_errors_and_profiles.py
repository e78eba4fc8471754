"""One error dialog style; the excepthook; connection profiles and passwords in the keyring."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton, QWidget

from console.dialogs.connection import UnreachableDialog
from console.dialogs.errors import ErrorDialog, excepthook, report
from console.logs import log_file
from console.session import Unreachable, open_database
from console.store.profiles import ConnectionProfile, ProfileStore, keyring_entry
from core.errors import NotFound, PlatformError, Refused
from core.secrets import keyring_get


def test_platform_errors_show_code_and_message(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    report(Refused("module.core", "core is a core module and stays enabled"), parent)
    report(NotFound("platform.not_found", "unknown platform(s): nope"), parent)
    dialogs = parent.findChildren(ErrorDialog)
    assert [(d.code, d.windowTitle()) for d in dialogs] == [
        ("module.core", "Refused"),
        ("platform.not_found", "Not found"),
    ]
    assert all(d.isVisible() and not d.isModal() for d in dialogs)


def test_unexpected_errors_are_logged_and_shown(qtbot: Any, caplog: Any) -> None:
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        info = sys.exc_info()
    with caplog.at_level(logging.ERROR, logger="console"):
        excepthook(*info)  # what sys.excepthook does for an async slot's bug
    assert "unexpected error" in caplog.text and "ZeroDivisionError" in caplog.text
    shown = [w for w in qtbot_top_levels() if isinstance(w, ErrorDialog) and w.code == "unexpected"]
    assert shown and str(log_file()) in shown[0].message
    for w in shown:
        w.close()


def qtbot_top_levels() -> list[Any]:
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def test_profiles_keep_passwords_in_the_keyring(tmp_path: Path) -> None:
    qs = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    store = ProfileStore(qs)
    assert [p.name for p in store.list()] == ["local"]
    ca = tmp_path / "ca.pem"
    ca.write_text("---")
    profile = ConnectionProfile(
        "prod",
        "postgresql",
        host="db.example",
        port=5433,
        database="platform",
        user="console",
        sslmode="verify-full",
        ca_file=str(ca),
    )
    store.save(profile, "s3cret-password")
    assert keyring_get(keyring_entry("prod")) == "s3cret-password"
    assert "s3cret" not in (tmp_path / "p.ini").read_text()
    loaded = store.get("prod")
    assert loaded == profile
    url = store.url(loaded)
    assert url.password == "s3cret-password" and url.query["sslmode"] == "verify-full"
    assert url.query["sslrootcert"] == str(ca) and url.port == 5433
    assert "s3cret" not in loaded.describe()
    with pytest.raises(PlatformError):
        store.save(ConnectionProfile("local", "postgresql", host="x", database="y"))
    with pytest.raises(PlatformError):
        store.save(ConnectionProfile("bad", "postgresql", host="x", database=""))
    store.delete("prod")
    assert store.get("prod") is None


def test_unreachable_database_says_why(qtbot: Any) -> None:
    profile = ConnectionProfile(
        "down", "postgresql", host="127.0.0.1", port=1, database="none", user="nobody"
    )
    with pytest.raises(Unreachable) as err:
        open_database(profile.url())
    assert "connection refused" in err.value.message or "answer" in err.value.message
    dialog = UnreachableDialog(profile, err.value.message)
    qtbot.addWidget(dialog)
    dialog.open()
    names = [b.objectName() for b in dialog.findChildren(QPushButton)]
    assert names == ["retry", "edit", "offline", "quit"]
    dialog.findChild(QPushButton, "offline").click()
    assert dialog.result() == UnreachableDialog.OFFLINE
