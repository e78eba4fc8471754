"""Linux desktop integration (packaging/linux): the desktop entry and the AppStream metainfo are
valid (``desktop-file-validate``, ``appstreamcli``: Debian's desktop-file-utils and appstream, which
.ci/run installs), agree with what the console sets at start-up and with the package, and the
hicolor PNGs are the SVG as Qt renders it."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import numpy as np
import pytest
from PySide6.QtGui import QImage

from console.app import DESKTOP_FILE_ID

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_FILE_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_FILE_ID}.metainfo.xml"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install the Debian package {package} (.ci/run installs it)")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _pyproject() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_is_valid() -> None:
    result = subprocess.run(
        [_tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_the_desktop_entry_matches_what_the_console_sets() -> None:
    """X11 groups the windows by WM_CLASS, whose class Qt takes from the application name
    (``StartupWMClass``); Wayland by the app id, Qt's desktop file name (the file's name)."""
    entry = _desktop_entry()
    app_source = (ROOT / "console" / "app.py").read_text(encoding="utf-8")
    assert f'QCoreApplication.setApplicationName("{entry["StartupWMClass"]}")' in app_source
    assert "QGuiApplication.setDesktopFileName(DESKTOP_FILE_ID)" in app_source
    scripts = _pyproject()["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == "platform-console"
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"


def test_the_metainfo_names_the_entry_the_binaries_and_this_version() -> None:
    from core.version import version

    root = ElementTree.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_FILE_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("launchable").get("type") == "desktop-id"  # type: ignore[union-attr]
    binaries = {b.text for b in root.iterfind("provides/binary")}
    project = _pyproject()["project"]
    assert binaries == set(project["scripts"]) | set(project["gui-scripts"])
    assert root.find("content_rating") is not None
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == project["version"]
    assert version() in (project["version"], "0+unknown")  # the installed metadata, one source
    assert root.findtext("name") == _desktop_entry()["Name"]


def test_the_package_installs_the_desktop_files() -> None:
    data_files = _pyproject()["tool"]["setuptools"]["data-files"]
    installed = {f"{folder}/{Path(f).name}" for folder, files in data_files.items() for f in files}
    expected = {
        f"share/applications/{DESKTOP.name}",
        f"share/metainfo/{METAINFO.name}",
        "share/icons/hicolor/scalable/apps/platform-console.svg",
    } | {f"share/icons/hicolor/{s}x{s}/apps/platform-console.png" for s in (16, 24, 32, 48, 64, 128, 256)}
    assert expected <= installed
    for files in data_files.values():
        for f in files:
            assert (ROOT / f).is_file(), f


def _render_icons_module():  # the generator script, loaded from its file
    spec = importlib.util.spec_from_file_location("render_icons", LINUX / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("render_icons", module)
    spec.loader.exec_module(module)
    return module


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 4].astype(np.int16)


def test_the_hicolor_pngs_are_the_svg_rendered(qapp: object) -> None:
    """``python3 packaging/linux/render_icons.py`` regenerates them after a change of the SVG."""
    render_icons = _render_icons_module()
    assert render_icons.SIZES == (16, 24, 32, 48, 64, 128, 256)
    for size in render_icons.SIZES:
        stored = QImage(str(render_icons.png_path(size)))
        fresh = render_icons.render(size)
        assert (stored.width(), stored.height()) == (size, size)
        worst = int(np.abs(_pixels(stored) - _pixels(fresh)).max())
        assert worst <= 8, (
            f"{size}x{size} differs from the SVG by {worst}: run packaging/linux/render_icons.py"
        )
