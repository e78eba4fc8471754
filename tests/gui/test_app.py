"""Start-up smoke tests: the real entry point, in a subprocess (a clean QApplication each time)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_console(tmp_path: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PLATFORM_CONFIG_FILE": str(tmp_path / "none.toml"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("PLATFORM_DATABASE_URL", None)
    code = textwrap.dedent(f"""
        import sys
        from console.app import main
        sys.exit(main({list(args)!r}))
    """)
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.slow
def test_demo_screenshot_starts_and_exits_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "x.png"
    result = run_console(tmp_path, "--demo", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    demo = tmp_path / "data" / "platform-console" / "demo.db"
    assert demo.exists()  # the demo database, never the configured one
    assert not (tmp_path / "data" / "platform-console" / "platform.db").exists()
    assert "Traceback" not in result.stderr
    # Second start: the demo database is reused (not seeded twice), the graph page renders.
    size = demo.stat().st_size
    graph = tmp_path / "graph.png"
    result = run_console(tmp_path, "--demo", "--screenshot", str(graph), "--page", "graph")
    assert result.returncode == 0, result.stderr
    assert graph.read_bytes()[:4] == b"\x89PNG"
    assert demo.stat().st_size <= size * 2


def test_unreachable_database_fails_the_screenshot_with_a_reason(tmp_path: Path) -> None:
    result = run_console(
        tmp_path,
        "--db",
        "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2",
        "--screenshot",
        str(tmp_path / "x.png"),
    )
    assert result.returncode != 0
    assert "cannot reach" in result.stderr and "Traceback" not in result.stderr
