"""Before Qt starts on X11: a missing library of the xcb plugin is named, with its package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from console.app import XCB_PACKAGES, missing_libraries, uses_xcb, xcb_plugin, xcb_problem

ROOT = Path(__file__).resolve().parents[2]

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd3b7e5000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0b1c200000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f0b1bd00000)
\tlibxcb-icccm.so.4 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0b1c5c0000)
"""


def test_ldd_output_gives_the_missing_libraries() -> None:
    assert missing_libraries(LDD_OUTPUT) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert [XCB_PACKAGES[n] for n in missing_libraries(LDD_OUTPUT)] == ["libxcb-icccm4", "libxcb-keysyms1"]


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, True),
        ({}, False),
    ],
)
def test_when_the_xcb_plugin_is_used(environ: dict[str, str], expected: bool) -> None:
    assert uses_xcb(environ) is expected


def _plugin_without_its_libraries(tmp_path: Path) -> Path:
    """The real plugin copied away from PySide6's lib folder: its Qt libraries are then missing."""
    plugin = xcb_plugin()
    if plugin is None:
        pytest.skip("this PySide6 has no xcb plugin")
    copy = tmp_path / "libqxcb.so"
    shutil.copyfile(plugin, copy)
    return copy


def test_the_installed_plugin_loads() -> None:
    """In a process of its own: once loaded here, the plugin's libraries would satisfy the copy's."""
    assert shutil.which("ldd") is not None
    code = "from console.app import xcb_problem; print(xcb_problem())"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "None", result.stdout + result.stderr  # CI installs the README's packages


def test_a_plugin_with_missing_libraries_is_explained(tmp_path: Path) -> None:
    problem = xcb_problem(_plugin_without_its_libraries(tmp_path))
    assert problem is not None
    assert "libQt6XcbQpa.so.6" in problem and "libQt6Gui.so.6" in problem


def test_the_console_says_so_before_qt_aborts(tmp_path: Path) -> None:
    copy = _plugin_without_its_libraries(tmp_path)
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        import console.app as app
        app.xcb_plugin = lambda: Path({str(copy)!r})
        sys.exit(app.main(["--offline"]))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2, result.stderr
    assert "Qt cannot use the X11 display" in result.stderr and "libQt6XcbQpa.so.6" in result.stderr
    assert "could not load the Qt platform plugin" not in result.stderr.lower()
