"""A health target's token: typed in the target dialog, sent as a bearer token, kept in the OS
keyring (never in the stored targets), read back when the page opens again."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import keyring
import pytest
import pytest_asyncio
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from console.health.targets import TargetStore
from console.pages.health import HealthPage
from core.db import Database
from core.observability import init_observability
from core.secrets import KEYRING_SERVICE
from tests.gui.health_fixtures import health_pages  # noqa: F401 (fixture)
from tests.gui.helpers import top_level, wait_until
from tests.health_helpers import ServerThread

pytestmark = pytest.mark.asyncio
TOKEN = "t0ken-for-the-health-page-7"


@pytest.fixture
def guarded(sqlite_db: Database) -> Any:
    obs = init_observability(database=sqlite_db, sentry_dsn="", process_metrics=False, health_token=TOKEN)
    with ServerThread(obs.app()) as server:
        yield server


@pytest_asyncio.fixture
async def make_page(
    health_pages: Any,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> AsyncIterator[Callable[..., Any]]:
    async def make(session: Any) -> HealthPage:
        qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        options = {"history_path": tmp_path / "history.sqlite3", "local_interval": 1.0, "profile": "p"}
        return await health_pages(session, qsettings=qs, **options)

    yield make


async def _type_into(dialog: QDialog, qtbot: Any, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)


async def test_a_token_typed_in_the_dialog_is_sent_and_kept_in_the_keyring(
    session_for: Any, make_page: Any, guarded: Any, tmp_path: Path, qtbot: Any
) -> None:
    page = await make_page(session_for("super_admin"))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = (await wait_until(lambda: top_level(QDialog, "healthTargetDialog") or None))[0]
    await _type_into(dialog, qtbot, "targetName", "guarded")
    await _type_into(dialog, qtbot, "targetUrl", guarded.url)
    await _type_into(dialog, qtbot, "targetToken", TOKEN)
    assert dialog.findChild(QLineEdit, "targetToken").echoMode() == QLineEdit.EchoMode.Password
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    spec = await wait_until(lambda: next((s for s in page.specs.values() if s.name == "guarded"), None))
    row = await wait_until(
        lambda: (r := page.targets_model.get(spec.id)) and r.status == "healthy" and r.checks and r,
        timeout=20,
    )
    assert all("detail" in c for c in row.checks)  # the token showed the details
    entry = TargetStore(None, "p").token_entry(spec.id)
    await wait_until(lambda: keyring.get_password(KEYRING_SERVICE, entry) == TOKEN)
    assert TOKEN not in (tmp_path / "settings.ini").read_text()
    assert TOKEN not in repr(spec)

    # Opened again: the token comes back from the keyring.
    page.shutdown()
    again = await make_page(session_for("super_admin"))
    assert again.specs[spec.id].token == TOKEN
    await wait_until(lambda: (r := again.targets_model.get(spec.id)) and r.status == "healthy", timeout=20)

    # Removed: the keyring forgets it.
    again.remove_target(spec.id)
    await wait_until(lambda: keyring.get_password(KEYRING_SERVICE, entry) is None)


async def test_without_the_token_the_target_says_what_is_missing(
    session_for: Any, make_page: Any, guarded: Any
) -> None:
    from console.health.targets import TargetKind, TargetSpec

    page = await make_page(session_for("operator"))
    spec = page.add_spec(TargetSpec("g", "guarded", TargetKind.ENDPOINT, url=guarded.url, interval=0.5))
    page.add_spec(spec.with_changes(token="a wrong token"))
    row = await wait_until(
        lambda: (r := page.targets_model.get(spec.id)) and r.status == "unknown" and r.last_ts and r,
        timeout=20,
    )
    assert "health token" in row.detail and "401" in row.detail
