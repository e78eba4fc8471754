"""The package as a user gets it: the sdist carries what the tests need, and an install made with
``pip install --target`` (from that sdist) finds every icon and theme, and the desktop files.

The builds run without isolation, on a copy of the source tree (so that the checkout gets no
``build/`` or ``*.egg-info``), with the interpreter's ``build`` and setuptools when they are new
enough for the licence expression (the ``test`` extra installs them); else with the two installed
by pip into a folder of the test's own (which needs the package index).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import textwrap
from importlib import metadata
from pathlib import Path

import pytest

from tests.process_env import console_env

ROOT = Path(__file__).resolve().parents[1]
DESKTOP_ID = "example.platformconsole.PlatformConsole"
SETUPTOOLS_MAJOR = 77  # PEP 639: license = "SPDX expression", license-files
pytestmark = pytest.mark.slow

IGNORED = shutil.ignore_patterns(
    ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", ".*cache", "*.db*"
)


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL
    )
    assert result.returncode == 0, (
        f"{' '.join(args)} exited {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    )
    return result


def _has_build_tools() -> bool:
    try:
        setuptools_version = metadata.version("setuptools")
    except metadata.PackageNotFoundError:
        return False
    major = int(setuptools_version.split(".")[0])
    return major >= SETUPTOOLS_MAJOR and importlib.util.find_spec("build") is not None


@pytest.fixture(scope="module")
def build_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment the builds run in (see the module docstring)."""
    if _has_build_tools():
        return dict(os.environ)
    tools = tmp_path_factory.mktemp("build-tools")
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    _run([*pip, "--target", str(tools), f"setuptools>={SETUPTOOLS_MAJOR}", "build>=1.2"], tools)
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(tools), os.environ.get("PYTHONPATH", "")])}


@pytest.fixture(scope="module")
def sdist(build_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("sdist")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=IGNORED)
    command = [sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(work / "dist")]
    _run(command, source, build_env)
    (archive,) = (work / "dist").glob("platform_console-*.tar.gz")
    return archive


@pytest.fixture(scope="module")
def target(sdist: Path, build_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``pip install --target DIR --no-deps`` of the sdist (pip builds the wheel from it)."""
    target = tmp_path_factory.mktemp("target")
    pip = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index"]
    _run([*pip, "--target", str(target), str(sdist)], sdist.parent, build_env)
    return target


def test_the_sdist_carries_the_tests_the_resources_and_the_licence(sdist: Path) -> None:
    with tarfile.open(sdist) as archive:
        names = {name.partition("/")[2] for name in archive.getnames()}
        pkg_info = archive.extractfile(f"{sdist.name.removesuffix('.tar.gz')}/PKG-INFO")
        assert pkg_info is not None
        metadata = pkg_info.read().decode()
    for expected in (
        "LICENSE",
        "README.md",
        "pyproject.toml",
        "tests/conftest.py",
        "tests/gui/conftest.py",
        "tests/gui/test_pages.py",
        "tests/fakes/__init__.py",
        "tests/journeys/__init__.py",
        "tests/benchmarks/__main__.py",
        "tests/screens/__main__.py",
        "tests/widgets/test_badge_and_theme.py",
        "docs/architecture.md",
        "resources/icons/platform-console.svg",
        "resources/themes/dark.qss",
        "resources/themes/check.svg",
        f"packaging/linux/{DESKTOP_ID}.desktop",
        f"packaging/linux/{DESKTOP_ID}.metainfo.xml",
        "packaging/linux/icons/hicolor/256x256/apps/platform-console.png",
    ):
        assert expected in names, expected
    source_tests = {p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").rglob("*.py")}
    source_tests = {p for p in source_tests if "__pycache__" not in p}
    assert source_tests <= names, sorted(source_tests - names)[:10]
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)
    assert "License-Expression: LicenseRef-Proprietary" in metadata
    assert "License-File: LICENSE" in metadata
    assert "Requires-Dist: numpy" in metadata
    assert (
        "Project-URL: Homepage" in metadata
        and "Classifier: Environment :: X11 Applications :: Qt" in metadata
    )


def test_an_install_with_target_finds_every_icon_and_theme(target: Path, tmp_path: Path) -> None:
    """In a process whose only copy of the console is the ``--target`` install."""
    code = textwrap.dedent(f"""
        import console
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from console.widgets import resources, theme
        assert console.__file__.startswith({str(target)!r}), console.__file__
        resources.check_resources()
        assert str(resources.resources_dir()).startswith({str(target)!r})
        for name in resources.ICON_NAMES:
            image = theme.icon(name).pixmap(32, 32).toImage()
            opaque = sum(image.pixelColor(x, y).alpha() == 255 for x in range(32) for y in range(32))
            assert opaque > 20, (name, opaque)
        for scheme in ("light", "dark"):
            assert theme.apply_theme(app, scheme) == scheme
            assert "@RESOURCES@" not in app.styleSheet() and len(app.styleSheet()) > 1000
        print(len(resources.ICON_NAMES), "icons")
    """)
    env = {**console_env(tmp_path, target), "PYTHONPATH": str(target)}
    result = _run([sys.executable, "-c", code], tmp_path, env)
    assert result.stdout.strip() == "16 icons"


def test_the_install_carries_the_desktop_files(target: Path) -> None:
    share = target / "share"
    assert (share / "applications" / f"{DESKTOP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "platform-console.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "platform-console.png").is_file()
    assert (target / "resources" / "icons" / "users.svg").is_file()


def test_the_install_carries_the_translation_catalogues(target: Path) -> None:
    folder = target / "console" / "translations"
    for language in ("en", "fr", "de"):
        assert (folder / f"platform_console_{language}.qm").is_file(), language
        assert (folder / f"platform_console_{language}.ts").is_file(), language


def test_a_missing_resource_stops_the_start_up_with_a_clear_message(target: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(target / "resources", broken / "resources")
    for package in ("console", "core", "modules", "migrations"):
        os.symlink(target / package, broken / package)
    (broken / "resources" / "icons" / "search.svg").unlink()
    env = {**console_env(tmp_path, broken), "PYTHONPATH": str(broken)}
    code = "import sys; from console.app import main; sys.exit(main(['--offline']))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "icons/search.svg missing" in result.stderr and "reinstall platform-console" in result.stderr
