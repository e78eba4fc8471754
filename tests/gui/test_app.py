"""Start-up smoke tests: the real entry point, in a subprocess (a clean QApplication each time)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.process_env import console_env

ROOT = Path(__file__).resolve().parents[2]


def run_console(
    tmp_path: Path, *args: str, timeout: float = 120, config_file: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = console_env(tmp_path, ROOT, config_file)
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


def test_the_registry_is_what_the_page_classes_are() -> None:
    """The window lists pages without importing them: each class gets its entry's id, icon and
    permission, and the registry's target is where the class really lives."""
    from console.pages.base import Page
    from console.pages.registry import PAGE_IDS, PAGES, PageEntry

    assert len(set(PAGE_IDS)) == len(PAGES) and "orders" in PAGE_IDS
    assert len({entry.class_name for entry in PAGES}) == len(PAGES)
    for entry in PAGES:
        cls = entry.load()
        assert issubclass(cls, Page) and isinstance(entry, PageEntry)
        assert f"{cls.__module__}:{cls.__qualname__}" == entry.target
        assert cls.entry is entry
        assert (entry.page_id, entry.icon_name, entry.permission) == (
            cls.page_id,
            cls.icon_name,
            cls.permission,
        )
        assert cls.allowed.__func__ is Page.allowed.__func__  # type: ignore[attr-defined]  # entry.allowed is the same rule


@pytest.mark.slow
def test_exit_after_paint_starts_without_the_heavy_imports(tmp_path: Path) -> None:
    """The start-up benchmark's hook: the main window painted before the library is imported,
    then signed in (demo), the first page loaded, and a clean exit.

    A database at head is checked without Alembic, and the pages not shown (numpy and httpx for
    the health page, pyqtgraph for the plots) are not imported at all; nor are the modules' config
    schemas and pydantic (the modules page's schema table loads once the first page has loaded).
    """
    first = run_console(tmp_path, "--demo", "--exit-after-paint")  # creates and seeds the demo database
    assert first.returncode == 0, first.stderr
    env = console_env(tmp_path, ROOT)
    listing, early = tmp_path / "modules.txt", tmp_path / "at-paint.txt"
    # Which modules were there when the window first painted: none of the library yet.
    code = textwrap.dedent(f"""
        import sys
        import console.app as app
        import console.startup as startup
        watch, at_paint = startup.first_paint, []

        def first_paint(widget):
            future = watch(widget)
            if not at_paint:
                future.add_done_callback(lambda _f: at_paint.append(sorted(sys.modules)))
            return future

        startup.first_paint = first_paint
        code = app.main(['--demo', '--exit-after-paint'])
        open({str(listing)!r}, 'w').write(chr(10).join(sorted(sys.modules)))
        open({str(early)!r}, 'w').write(chr(10).join(at_paint[0]))
        sys.exit(code)
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    stamps = dict(line.split()[:2] for line in result.stdout.splitlines())
    assert float(stamps["first-paint"]) < float(stamps["ready"])
    at_paint = set(early.read_text().splitlines())
    assert "console.main_window" in at_paint
    for library in ("sqlalchemy", "pydantic", "core.db", "console.session", "console.pages.base"):
        assert library not in at_paint, library
    imported = set(listing.read_text().splitlines())
    assert "console.main_window" in imported and "console.pages.modules" in imported
    for heavy in ("alembic", "numpy", "httpx", "pyqtgraph", "console.pages.health", "console.pages.payments"):
        assert heavy not in imported, heavy
    assert "pydantic" not in imported
    assert not [name for name in imported if name.startswith("modules.") and name.endswith(".config")]


def test_the_library_loaded_off_the_gui_thread_does_not_touch_pyside6() -> None:
    """``load_library`` runs in a worker: PySide6 creates its classes lazily, and one created in a
    worker while the GUI thread runs can crash the process, so nothing it imports may use PySide6."""
    code = "import sys; from console.app import load_library; load_library(); print(sorted(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    modules = done.stdout
    assert "'sqlalchemy'" in modules and "'core.services.auth'" in modules
    assert "PySide6" not in modules and "shiboken6" not in modules
