"""``python -m tests.screens OUT`` renders pages to PNG files named role-page-theme-scale.png."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def test_screens_script_writes_named_pngs(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    args = ["--roles", "operator", "--pages", "migrations", "--themes", "dark", "--scales", "150"]
    done = subprocess.run(
        [sys.executable, "-m", "tests.screens", str(out), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert sorted(p.name for p in out.iterdir()) == ["operator-migrations-dark-150.png"]
    image = QImage(str(out / "operator-migrations-dark-150.png"))
    assert (image.width(), image.height()) == (1280, 800)
    assert "1 PNG file in" in done.stdout


def test_screens_script_lang_names_a_language() -> None:
    from tests.screens import parse_args

    assert parse_args(["out", "--lang", "fr"]).lang == "fr"
    assert parse_args(["out", "--lang", "de_LU"]).lang == "de"
    assert parse_args(["out", "--lang", "pseudo"]).lang == "pseudo"
    assert parse_args(["out"]).lang is None


def test_screens_script_refuses_an_unknown_language(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.screens", str(tmp_path / "shots"), "--lang", "xx"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 2
    assert "unknown language 'xx'" in done.stderr
    assert not (tmp_path / "shots").exists()
