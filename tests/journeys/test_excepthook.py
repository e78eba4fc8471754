"""A bug in a Qt slot fails the journey, whether the test or ``main()`` started the console."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_pytest_qt_exception_capture_stays_on(request: pytest.FixtureRequest) -> None:
    assert not request.config.getini("qt_no_exception_capture")
    for conftest in ROOT.glob("tests/**/conftest.py"):
        assert "qt_no_exception_capture" not in conftest.read_text(), conftest


def test_main_hands_slot_errors_on_to_the_hook_it_replaced(tmp_path: Path) -> None:
    """``main()`` installs the console's hook (log + dialog), which then calls the one it replaced:
    a test runner's (pytest-qt's) or a crash reporter's sees every error raised in a Qt slot."""
    code = textwrap.dedent("""
        import asyncio, sys
        import console.app as app
        import console.startup as startup

        seen = []
        sys.excepthook = lambda t, e, tb: seen.append(f"{t.__name__}: {e}")

        async def run(self):
            from PySide6.QtCore import QTimer

            fired = asyncio.get_running_loop().create_future()

            def slot():
                fired.set_result(None)
                raise ValueError("bug in a slot")

            QTimer.singleShot(0, slot)
            await fired
            await asyncio.sleep(0)
            from console.dialogs.errors import _ORPHANS
            print("dialog:", [d.code for d in _ORPHANS])
            return 0

        startup.Console.run = run
        code = app.main(["--db", "sqlite:///unused.db"])
        print("seen:", seen)
        print("restored:", sys.excepthook.__name__)
        sys.exit(code)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "seen: ['ValueError: bug in a slot']" in done.stdout, done.stdout
    assert "dialog: ['unexpected']" in done.stdout  # the console's own handling still happens
    assert "restored: <lambda>" in done.stdout


def test_the_console_hook_alone_does_not_print_twice(monkeypatch: Any, capsys: Any) -> None:
    """Over Python's default hook, nothing more is printed: the console has logged the error."""
    import console.app as app

    calls: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(app, "_excepthook", lambda t, e, tb: calls.append(t.__name__))
    previous = app._install_excepthook()
    assert previous is sys.__excepthook__
    sys.excepthook(KeyError, KeyError("x"), None)
    assert calls == ["KeyError"] and "KeyError" not in capsys.readouterr().err
