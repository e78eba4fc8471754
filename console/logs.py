"""The log files of the console and platformctl: one per process, so several consoles (and commands)
never rotate or interleave each other's file; the About dialog shows this process's path.

``platform-console-<pid>.log`` in platformdirs' user log directory, rotated at 2 MB (3 kept); at
start the files of processes that have ended are pruned to the newest :data:`KEEP_ENDED`, and any
older than :data:`KEEP_DAYS` days. With ``faults=True`` (the console) :mod:`faulthandler` writes
the Python stacks of a native crash (a segfault in Qt) to a file of its own beside it,
``platform-console-<pid>.crash.log``, kept open for the life of the process: an open handle on
the log itself would stop its rotation on Windows (a file held open cannot be renamed there).
The crash file is deleted at exit when nothing was written to it.
"""

from __future__ import annotations

import atexit
import contextlib
import faulthandler
import logging
import logging.handlers
import os
import re
import sys
import time
from pathlib import Path
from typing import BinaryIO, TextIO

import platformdirs

_CONFIGURED = False
_STDERR_HANDLER: logging.StreamHandler | None = None  # type: ignore[type-arg]
_FAULT_FILE: BinaryIO | None = None  # open for the process's lifetime: faulthandler writes to its fd
KEEP_ENDED = 10
KEEP_DAYS = 14
_NAME = re.compile(r"platform-console-(\d+)(\.crash)?\.log(\.\d+)?")


class _ShortFormatter(logging.Formatter):
    """stderr gets one line per record; tracebacks go to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info = record.exc_text = record.stack_info = None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("platform-console", appauthor=False))


def log_file() -> Path:
    """This process's log file."""
    return log_dir() / f"platform-console-{os.getpid()}.log"


def fault_file() -> Path:
    """Where :mod:`faulthandler` writes this process's native crash (the console only)."""
    return log_dir() / f"platform-console-{os.getpid()}.crash.log"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False  # no cheap check: only the age rules apply
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def prune_logs(folder: Path, now: float | None = None) -> list[Path]:
    """Delete the files of ended processes beyond the newest ``KEEP_ENDED``, and those older than
    ``KEEP_DAYS`` days (a running process's file is kept on POSIX). Returns what was deleted."""
    now = time.time() if now is None else now
    ended: dict[int, float] = {}
    files: dict[int, list[Path]] = {}
    for path in folder.glob("platform-console-*.log*"):
        match = _NAME.fullmatch(path.name)
        if match is None:
            continue
        pid = int(match[1])
        with contextlib.suppress(OSError):
            ended[pid] = max(ended.get(pid, 0.0), path.stat().st_mtime)
            files.setdefault(pid, []).append(path)
    running = {pid for pid in ended if _alive(pid)} if os.name == "posix" else {os.getpid()}
    newest = sorted((p for p in ended if p not in running), key=lambda p: ended[p], reverse=True)
    doomed = set(newest[KEEP_ENDED:]) | {
        p for p in newest if now - ended[p] > KEEP_DAYS * 86400 and p not in running
    }
    deleted = []
    for pid in doomed:
        for path in files[pid]:
            with contextlib.suppress(OSError):
                path.unlink()
                deleted.append(path)
    return deleted


def _enable_faulthandler(path: Path) -> None:
    """faulthandler writes to a file descriptor: its own file, open until the process ends."""
    global _FAULT_FILE
    if _FAULT_FILE is not None:
        return
    _FAULT_FILE = open(path, "ab", buffering=0)  # noqa: SIM115
    faulthandler.enable(_FAULT_FILE, all_threads=True)
    atexit.register(_drop_empty_fault_file, path)


def _drop_empty_fault_file(path: Path) -> None:
    global _FAULT_FILE
    if _FAULT_FILE is None:
        return
    faulthandler.disable()
    _FAULT_FILE.close()
    _FAULT_FILE = None
    with contextlib.suppress(OSError):
        if path.stat().st_size == 0:
            path.unlink()


def _point_at(handler: logging.StreamHandler, stream: TextIO) -> None:  # type: ignore[type-arg]
    """``handler`` writes to ``stream`` from now on. The stream of an earlier in-process run may be
    closed by now (a caller's buffer): ``setStream`` would flush it and fail, so it is let go."""
    try:
        handler.setStream(stream)
    except (ValueError, OSError):  # flushing the old stream failed: it is closed or broken
        handler.acquire()
        try:
            handler.stream = stream
        finally:
            handler.release()


def setup_logging(level: str | None = None, *, stream: TextIO | None = None, faults: bool = False) -> None:
    """File handler (INFO and up, rotated) plus stderr at ``level`` (default WARNING); with
    ``faults``, native crashes' stacks to :func:`fault_file`."""
    global _CONFIGURED, _STDERR_HANDLER
    root = logging.getLogger()
    console_level = getattr(logging, (level or os.environ.get("PLATFORM_LOG_LEVEL") or "WARNING").upper())
    if _CONFIGURED and _STDERR_HANDLER is not None:
        _STDERR_HANDLER.setLevel(console_level)
        _point_at(_STDERR_HANDLER, stream or sys.stderr)
        return
    _CONFIGURED = True
    root.setLevel(logging.DEBUG)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        prune_logs(path.parent)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=not faults
        )
        file_handler.setLevel(logging.INFO)
        file_handler.setFormatter(fmt)
        root.addHandler(file_handler)
        if faults:
            _enable_faulthandler(fault_file())
    except OSError:
        pass  # a read-only home must not stop the tool
    err_handler = _STDERR_HANDLER = logging.StreamHandler(stream or sys.stderr)
    err_handler.setLevel(console_level)
    err_handler.setFormatter(_ShortFormatter("%(levelname)s: %(message)s"))
    root.addHandler(err_handler)
    for noisy in ("sqlalchemy", "alembic", "httpx", "httpcore", "asyncio", "stripe"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, console_level))
