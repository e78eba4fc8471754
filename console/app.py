"""``platform-console``: the arguments, Qt's X11 check, QApplication + qasync, shutdown.

This module loads no Qt when imported: ``--help`` and the check of Qt's xcb plugin run first, then
:func:`main` imports Qt and runs the start-up (:class:`console.startup.Console`: connect, migrate,
sign in, the window's lifetime). It also holds what the start-up loads off the GUI thread
(:func:`load_library`) and the garbage collector's policy (:func:`tune_gc`).

The asyncio loop is qasync's, started with ``asyncio.Runner(loop_factory=...)`` (Python 3.11
has no ``loop_factory`` for ``asyncio.run``). Dialogs are opened with ``open()`` and awaited;
nothing calls ``exec()`` on a dialog. Errors from async slots reach :func:`sys.excepthook`,
which logs them and shows a non-modal dialog: the application keeps running.

Start-up benchmark hook (hidden from ``--help``): ``--exit-after-paint`` makes the app leave
right after the main window's first paint, and print ``first-paint <time.monotonic()>`` on
stdout. "Painted" means: the first ``QEvent.Paint`` delivered to the main window has been
processed, together with the rest of that repaint pass (its children), i.e. a zero-delay
single-shot timer posted from the paint event has fired. With ``--demo`` it signs in the demo
super admin automatically, as ``--screenshot`` does (the argon2 verification is real). The
start-up benchmark (``tests/benchmarks/bench_console.py``) compares it with a bare PySide6
process showing an empty ``QMainWindow`` measured the same way.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import importlib.util
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from console.logs import setup_logging
from console.pages.registry import PAGE_IDS
from console.startup_trace import mark
from core.errors import PlatformError

log = logging.getLogger("console")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="platform-console",
        description="Platform Console, the desktop administration console of the modular commerce platform.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open (and on first use create) a separate demo "
        "database in the data directory, with demo accounts; never the configured database",
    )
    parser.add_argument("--db", metavar="URL", help="database URL (instead of a connection profile)")
    parser.add_argument(
        "--profile", metavar="NAME", help="connection profile to open (default: the last one)"
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        help="render the main window to a PNG file and exit "
        "(offscreen works; with --demo signed in as the demo super admin)",
    )
    parser.add_argument(
        "--page",
        metavar="NAME",
        choices=PAGE_IDS,  # the registry's, in navigation order
        help=f"page to show first, if the signed-in role may see it: {', '.join(PAGE_IDS)}",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        type=_language,
        help="language of the interface: en, fr or de (default: the one chosen in View → Language, "
        "else the system's)",
    )
    parser.add_argument("--offline", action="store_true", help="start in offline mode, without a database")
    # Benchmarks only (see the module docstring): leave right after the main window's first paint.
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--log-level", default=None, choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    parser.add_argument("--version", action=_VersionAction, help="print the version and exit")
    return parser


def _language(value: str) -> str:
    """``--lang``: en, fr, de (or a locale name such as fr_LU); ``pseudo`` is for tests, unlisted."""
    from console.i18n.codes import LANGUAGES, normalize  # lazy: only with --lang

    code = normalize(value)
    if code is None:
        raise argparse.ArgumentTypeError(f"unknown language {value!r}; one of {', '.join(LANGUAGES)}")
    return code


class _VersionAction(argparse.Action):
    """``--version``: the package metadata's version, read only when asked (no Qt, no QApplication)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from core.version import version  # lazy: importlib.metadata, only for --version

        print(f"platform-console {version()}")
        parser.exit(0)


# The library the start-up runs (connect, schema check, sign-in, the first page's services). It is
# imported in a worker once the main window has painted (:func:`load_library`): the window comes
# up at about the cost of a bare Qt window, with its start panel saying what happens meanwhile.
# Only modules that do not touch PySide6 are imported off the GUI thread: PySide6 creates its
# classes lazily, on first use, and a class created in a worker while the GUI thread runs has
# crashed the process (seen with pyqtgraph imported in a worker). So the console's own modules
# (sessions, profiles, pages) are imported on the GUI thread, which is quick once these are loaded.
# SQLAlchemy's ORM is not named: it comes with the modules that use it, and only with them.
STARTUP_LIBRARY = (
    "core.db",
    "core.settings",
    "core.registry",
    "core.models",
    "core.migrations.revisions",
    "core.services.auth",
    "core.services.audit",
    "core.services.module_service",
    "core.services.platforms",
    "core.demo",
    "console.startup_steps",
)


def load_library() -> None:
    """Import :data:`STARTUP_LIBRARY` and discover the modules (run off the GUI thread).

    Nothing imported from here may import PySide6 (see above): a test checks it.
    """
    for name in STARTUP_LIBRARY:
        importlib.import_module(name)
        mark(f"imported {name}")
    from core.registry import default_registry  # lazy: the library, loaded here, in a worker

    default_registry()
    mark("registry discovered")


# Python's cyclic garbage collector, tuned for a GUI. A collection holds the GIL for as long as it
# walks the objects of the generations it collects, whichever thread triggers it: while a worker
# allocates (a bulk apply builds its plan and rows), a full collection in that worker froze the GUI
# thread for 80-150 ms, walking the ~100,000 long-lived objects of the Qt bindings, SQLAlchemy,
# pydantic and the module registry. So, once the main window is up (or the offline window starts):
# * gc.freeze() moves every object alive then to the permanent generation, which collections never
#   walk again (reference counting still frees them; only a cycle among them would stay);
# * a larger first threshold makes the young collections (and the full ones that follow every
#   tenth older one) rarer: 700 allocations is tuned for small scripts, not a heap of this size.
# During the start-up itself (imports: ~100,000 new objects, almost no garbage) the thresholds are
# higher still: the default ones ran ~200 collections there, 60-70 ms of a start of ~0.8 s.
GC_THRESHOLDS = (10_000, 10, 10)
STARTUP_GC_THRESHOLDS = (50_000, 20, 100)


def tune_gc() -> None:
    """Freeze the start-up heap and raise the collector's first threshold (see above)."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


# -- Qt's X11 platform plugin ---------------------------------------------------------------------
# The Debian/Ubuntu packages of what PySide6's xcb plugin (plugins/platforms/libqxcb.so and
# lib/libQt6XcbQpa.so.6) links against beyond a minimal desktop (checked with ldd).
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def uses_xcb(environ: Mapping[str, str] = os.environ) -> bool:
    """Will Qt pick its X11 (xcb) platform? Asked for, or its default on an X11 session."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(spec.submodule_search_locations[0]) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as ``not found``, in its order, once each."""
    missing = []
    for line in ldd_output.splitlines():
        name, arrow, target = line.strip().partition("=>")
        if arrow and target.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def xcb_problem(plugin: Path | None = None) -> str | None:
    """Why Qt's xcb plugin cannot load (the missing libraries and their packages), or ``None``.

    Loading the plugin here (what Qt does next anyway) is the quick test; only when that fails
    does ``ldd`` list every missing library, instead of Qt's message, which names another package.
    """
    import ctypes  # lazy: only when Qt will use X11 (not on the benchmarked start-up path)

    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
        return None
    except OSError as exc:
        first_error = str(exc)
    try:
        output = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        output = ""
    missing = missing_libraries(output) or [first_error.partition(":")[0]]
    packages = [XCB_PACKAGES[name] for name in missing if name in XCB_PACKAGES]
    text = (
        "Qt cannot use the X11 display (its xcb platform plugin): these libraries are missing: "
        + ", ".join(missing)
        + "."
    )
    if packages:
        text += f" On Debian or Ubuntu: sudo apt install {' '.join(packages)}"
    return text


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: :func:`console.dialogs.errors.excepthook`, imported on the first error."""
    from console.dialogs.errors import excepthook  # lazy: Qt, and only on an error

    excepthook(exc_type, exc, tb)


def _install_excepthook() -> Callable[..., Any]:
    """Install the console's hook, which then hands the exception on to the hook it replaced
    (a test runner's, a crash reporter's); Python's default one only would print the traceback
    the console has already logged. Returns the replaced hook (restored when ``main()`` ends)."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        try:
            _excepthook(exc_type, exc, tb)
        finally:
            if previous is not sys.__excepthook__:
                previous(exc_type, exc, tb)

    sys.excepthook = hook
    return previous


# The desktop entry's id (packaging/linux/<id>.desktop, installed in share/applications).
DESKTOP_FILE_ID = "example.platformconsole.PlatformConsole"


def _resource_problem(message: str) -> int:
    """A missing resource file at start-up: on stderr, in the log and in a dialog; exit status 2."""
    from PySide6.QtWidgets import QMessageBox  # lazy: Qt (see main)

    print(f"platform-console: {message}", file=sys.stderr)
    log.error("%s", message)
    if os.environ.get("QT_QPA_PLATFORM", "") != "offscreen":
        # Before the event loop exists (nothing to nest in): a desktop launch has no stderr to read.
        QMessageBox.critical(None, "Platform Console", message)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    mark("main")
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if (
        args.screenshot
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    if uses_xcb():
        problem = xcb_problem()
        if problem is not None:  # Qt would abort with a message blaming another package
            print(f"platform-console: {problem}", file=sys.stderr)
            return 2

    gc.set_threshold(*STARTUP_GC_THRESHOLDS)  # until tune_gc() after the first paint
    setup_logging(args.log_level, faults=True)
    # Lazy, here: Qt's libraries load only after the xcb check above (a missing one fails the import).
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    mark("Qt imported")
    QCoreApplication.setOrganizationName("platform-console")
    QCoreApplication.setApplicationName("platform-console")  # also X11's WM_CLASS (StartupWMClass)
    # The .desktop file's name (packaging/linux): Wayland's app id, so the desktop finds its icon.
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_ID)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "platform-console"])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("Platform Console")
    app.setQuitOnLastWindowClosed(False)  # the start-up coroutine decides when to leave
    mark("QApplication")
    # After PySide6: qasync takes the binding already imported instead of probing for PyQt first.
    import qasync

    from console.i18n import start_language  # lazy: Qt (see above)
    from console.startup import Console  # lazy: Qt (see above)
    from console.store.settings import AppSettings  # lazy: Qt (see above)
    from console.widgets.resources import ResourceError, application_icon, check_resources  # lazy: Qt
    from console.widgets.theme import apply_theme  # lazy: Qt (see above)

    try:
        check_resources()
    except ResourceError as exc:  # a broken installation: say so instead of showing empty icons
        return _resource_problem(str(exc))
    mark("console imported")
    settings = AppSettings()
    start_language(args.lang, settings.language)  # before any window: its texts are translated
    apply_theme(app, settings.theme)
    app.setWindowIcon(application_icon())
    mark("theme and icon")
    previous_hook = _install_excepthook()
    console = Console(args, app)
    code = 1
    try:
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            code = runner.run(console.run())
    except SystemExit as exc:
        log.error("%s", exc)
        code = exc.code if isinstance(exc.code, int) else 2
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:
        if isinstance(exc, PlatformError):
            log.error("%s: %s", exc.code, exc.message)
            code = exc.exit_code or 1
        else:
            log.exception("unexpected error at start-up")
            code = 1
    finally:
        from console.asyncutil import shutdown_executor  # lazy: Qt (see above)

        shutdown_executor()
        sys.excepthook = previous_hook
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
