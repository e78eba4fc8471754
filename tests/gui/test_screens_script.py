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
