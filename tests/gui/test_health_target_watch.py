"""The open health page follows the targets platformctl stores meanwhile: added, edited and removed
by platformctl in this process and in another one, while the page's poller goes on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from console.asyncutil import run_sync
from console.health.target_watch import target_changes
from console.health.targets import TargetKind, TargetSpec
from console.store.profiles import ConnectionProfile, ProfileStore
from console.store.settings import named_qsettings
from tests.cli_helpers import invoke
from tests.gui.health_fixtures import health_pages  # noqa: F401 (fixture)
from tests.gui.helpers import wait_until

pytestmark = pytest.mark.asyncio
PROFILE = "watched"
NO_DB = "sqlite:///nowhere.db"


def cli(*args: str) -> None:
    run = invoke(NO_DB, "health", "targets", *args, "--profile", PROFILE)
    assert run.code == 0, run.err


def cli_elsewhere(*args: str) -> None:
    """platformctl in its own process: its settings cache is not the page's."""
    argv = [
        sys.executable,
        "-m",
        "console.cli",
        "--db",
        NO_DB,
        "health",
        "targets",
        *args,
        "--profile",
        PROFILE,
    ]
    done = subprocess.run(
        argv, capture_output=True, text=True, env=os.environ.copy(), timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr


def names(page: Any) -> list[str]:
    return sorted(r.name for r in page.targets_model.rows)


async def test_the_open_page_shows_what_platformctl_adds_edits_and_removes(
    session_for: Any,
    health_pages: Any,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    ProfileStore(named_qsettings()).save(ConnectionProfile(PROFILE, "postgresql", host="h", database="d"))
    page = await health_pages(
        session_for("super_admin"),
        qsettings=named_qsettings(),
        profile=PROFILE,
        history_path=tmp_path / "history.sqlite3",
    )
    assert names(page) == ["local checks"]
    engine = page.engine
    assert engine is not None and engine.running

    cli("add", "--name", "added-later", "--url", "http://127.0.0.1:9", "--interval", "60")
    await wait_until(lambda: names(page) == ["added-later", "local checks"])

    await run_sync(cli_elsewhere, "edit", "added-later", "--name", "renamed", "--interval", "30")
    await wait_until(lambda: names(page) == ["local checks", "renamed"])
    spec = next(s for s in page.specs.values() if s.name == "renamed")
    assert spec.interval == 30 and spec.url == "http://127.0.0.1:9"

    await run_sync(cli_elsewhere, "add", "--name", "second", "--url", "http://127.0.0.1:8")
    await wait_until(lambda: "second" in names(page))
    cli("remove", "renamed")
    await wait_until(lambda: names(page) == ["local checks", "second"])
    assert spec.id not in page.specs
    assert page.engine is engine and engine.running  # the same poller, never restarted
    before = page.samples_seen
    page.poll_now()
    await wait_until(lambda: page.samples_seen > before)  # and it still polls


@pytest.mark.filterwarnings("ignore::pytest.PytestWarning")  # a plain test in an asyncio module
def test_target_changes_keep_the_pages_tokens_and_leave_the_local_target() -> None:
    local = TargetSpec("local", "local checks", TargetKind.LOCAL)
    a = TargetSpec("a", "a", TargetKind.ENDPOINT, url="http://a", token="secret")
    b = TargetSpec("b", "b", TargetKind.ENDPOINT, url="http://b")
    stored_a = a.with_changes(token="")
    assert target_changes({"local": local, "a": a}, [stored_a]) == ([], [])
    put, gone = target_changes({"local": local, "a": a, "b": b}, [stored_a.with_changes(interval=5.0)])
    assert put == [a.with_changes(interval=5.0)] and put[0].token == "secret"
    assert gone == ["b"]
    c = TargetSpec("c", "c", TargetKind.PROMETHEUS, url="http://c")
    assert target_changes({"local": local}, [c]) == ([c], [])
