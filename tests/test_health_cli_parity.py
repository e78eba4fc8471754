"""platformctl health targets and health report: the console's own store and report, from a shell.

The targets live in the console's settings file (``$XDG_CONFIG_HOME/platform-console``, isolated
by tests/conftest.py); the GUI half of the parity is in tests/gui/test_health_cli_parity.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from console.health.history import HistoryStore, Sample, StatusEvent, TargetRecord
from tests.cli_helpers import invoke
from tests.health_helpers import ROOT

NO_DB = "sqlite:///nowhere.db"  # these commands never open the database without --user


@pytest.fixture
def profile() -> str:
    """A fresh profile name per test (the settings file is shared by the session)."""
    return f"p{time.monotonic_ns()}"


def targets(profile: str, *args: str) -> Any:
    return invoke(NO_DB, "health", "targets", *args, "--profile", profile)


def listed(profile: str) -> list[dict[str, Any]]:
    run = targets(profile, "list", "--json")
    assert run.code == 0, run.err
    return run.doc["targets"]


@pytest.fixture(autouse=True)
def known_profile(monkeypatch: pytest.MonkeyPatch, profile: str) -> None:
    """``--profile`` must name a connection profile the console knows."""
    from console.store.profiles import ConnectionProfile, ProfileStore
    from console.store.settings import named_qsettings

    ProfileStore(named_qsettings()).save(ConnectionProfile(profile, "postgresql", host="h", database="d"))


def test_add_edit_remove_with_dry_runs(profile: str) -> None:
    dry = targets(
        profile, "add", "--name", "payments", "--url", "https://pay.example.com", "--dry-run", "--json"
    )
    assert dry.code == 0 and dry.doc["dry_run"] and dry.doc["target"]["name"] == "payments"
    assert listed(profile) == []  # a dry run writes nothing
    added = targets(
        profile, "add", "--name", "payments", "--url", "https://pay.example.com", "--interval", "30"
    )
    assert added.code == 0 and "added 'payments'" in added.out
    [stored] = listed(profile)
    assert stored["interval"] == 30.0 and stored["kind"] == "endpoint" and stored["verify_tls"]

    dry_edit = targets(profile, "edit", "payments", "--name", "pay", "--failures", "3", "--dry-run")
    assert dry_edit.code == 0 and "dry run" in dry_edit.out
    assert listed(profile)[0]["name"] == "payments"
    edit = targets(profile, "edit", stored["id"], "--name", "pay", "--failures", "3", "--no-verify-tls")
    assert edit.code == 0, edit.err
    [changed] = listed(profile)
    assert changed["name"] == "pay" and changed["thresholds"]["failures"] == 3 and not changed["verify_tls"]

    assert targets(profile, "remove", "PAY", "--dry-run").code == 0 and len(listed(profile)) == 1
    assert targets(profile, "remove", "pay").code == 0
    assert listed(profile) == []


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--name", "a\x1b[31mb", "--url", "https://a.example.com"], "health.bad_name"),
        (["--name", "x" * 101, "--url", "https://a.example.com"], "health.bad_name"),
        (["--name", "a", "--url", "https://a.example.com/\nSet-Cookie: x"], "health.bad_url"),
        (["--name", "a", "--url", "javascript:alert(1)"], "health.bad_url"),
        (["--name", "a", "--url", "http://host:99999"], "health.bad_url"),
        (["--name", "a", "--url", "https://" + "a" * 3000], "health.bad_url"),
        (["--name", "a", "--url", "https://a.example.com", "--interval", "0"], "health.bad_interval"),
        (["--name", "a", "--url", "https://a.example.com", "--interval", "inf"], "usage"),
        (
            ["--name", "a", "--url", "https://a.example.com", "--warn-ms", "5", "--critical-ms", "1"],
            "health.bad_threshold",
        ),
        (["--name", "a", "--url", "https://a.example.com", "--failures", "1000"], "usage"),
        (["--name", "a", "--url", "https://a.example.com", "--metric", "up\x07"], "health.bad_metric"),
        (["--name", "First", "--url", "https://b.example.com"], "health.duplicate_name"),
        (["--name", "b", "--url", "https://first.example.com/"], "health.duplicate_url"),
        (["--name", "local checks", "--url", "https://c.example.com"], "health.duplicate_name"),
    ],
)
def test_hostile_input_is_one_line_and_exit_2(profile: str, args: list[str], code: str) -> None:
    assert targets(profile, "add", "--name", "first", "--url", "https://first.example.com").code == 0
    before = listed(profile)
    run = targets(profile, "add", *args, "--json")
    assert run.code == 2 and run.error["code"] == code, run.out
    assert run.err.count("\n") == 1 and run.err.startswith("error: ")
    assert listed(profile) == before


def test_unknown_targets_profiles_and_the_local_target(profile: str) -> None:
    missing = targets(profile, "edit", "nobody", "--interval", "5", "--json")
    assert missing.code == 2 and missing.error["code"] == "health.no_target"
    local = targets(profile, "remove", "local", "--json")
    assert local.code == 2 and local.error["code"] == "health.local_target"
    nothing = targets(profile, "add", "--name", "a", "--url", "https://a.example.com")
    assert nothing.code == 0
    assert targets(profile, "edit", "a", "--json").error["code"] == "health.no_change"
    typo = invoke(NO_DB, "health", "targets", "list", "--profile", "no-such-profile", "--json")
    assert typo.code == 2 and typo.error["code"] == "profile.unknown"
    bad = invoke(NO_DB, "health", "targets", "list", "--profile", "../../etc\x07", "--json")
    assert bad.code == 2 and bad.error["code"] == "profile.bad_name"


def _history(path: Path, now: float) -> None:
    store = HistoryStore(path)
    try:
        store.write(
            [Sample("api", now - 300 + i * 10, "healthy", 0.02 + i / 1000) for i in range(25)]
            + [Sample("local", now - 200 + i * 10, "degraded", 0.005) for i in range(10)],
            [StatusEvent(now - 250, "local", "healthy", "degraded", "disk nearly full", "local checks")],
            [TargetRecord("api", "payments <api>", "endpoint", "https://pay.example.com", "", 10.0)],
        )
    finally:
        store.close()


def test_report_writes_html_json_and_one_png_per_plot(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    _history(history, time.time())
    out = tmp_path / "out" / "night shift"
    run = invoke(
        NO_DB, "health", "report", "--out", str(out), "--history", str(history), "--since", "1h", "--json"
    )
    assert run.code == 0, run.err
    assert sorted(p.name for p in out.iterdir()) == [
        "report-latency.png",
        "report-status.png",
        "report.html",
        "report.json",
    ]
    assert run.doc["png"] == [str(out / "report-latency.png"), str(out / "report-status.png")]
    for png in run.doc["png"]:
        assert Path(png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    doc = json.loads((out / "report.json").read_text())
    api = next(t for t in doc["targets"] if t["id"] == "api")
    assert api["name"] == "payments <api>" and api["latency_ms"]["samples"] == 25
    assert doc["events"][0]["detail"] == "disk nearly full"
    html = (out / "report.html").read_text()
    assert "href='report-latency.png'" in html and "href='report-status.png'" in html
    assert "payments &lt;api&gt;" in html and "<api>" not in html


def test_report_bad_input(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    missing = invoke(NO_DB, "health", "report", "--out", str(tmp_path), "--history", str(history), "--json")
    assert missing.code == 2 and missing.error["code"] == "health.no_history"
    _history(history, time.time())
    backwards = invoke(
        NO_DB,
        "health",
        "report",
        "--out",
        str(tmp_path),
        "--history",
        str(history),
        "--since",
        "1h",
        "--until",
        "2h",
    )
    assert backwards.code == 2 and "--since must be before --until" in backwards.err
    a_file = tmp_path / "file"
    a_file.write_text("x")
    onto_file = invoke(NO_DB, "health", "report", "--out", str(a_file), "--history", str(history), "--json")
    assert onto_file.code == 2 and onto_file.error["code"] == "health.bad_out"


def test_report_without_a_display_draws_offscreen(tmp_path: Path) -> None:
    """A server's shell: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM."""
    history = tmp_path / "history.sqlite3"
    _history(history, time.time())
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "console.cli",
            "health",
            "report",
            "--out",
            str(tmp_path / "r"),
            "--history",
            str(history),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "r" / "report-status.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
