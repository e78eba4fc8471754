"""One log file for the console and platformctl; its location is shown in About and the README."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TextIO

import platformdirs

_CONFIGURED = False
_STDERR_HANDLER: logging.StreamHandler | None = None  # type: ignore[type-arg]


class _ShortFormatter(logging.Formatter):
    """stderr gets one line per record; tracebacks go to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info = record.exc_text = record.stack_info = None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def log_file() -> Path:
    return Path(platformdirs.user_log_dir("platform-console", appauthor=False)) / "platform-console.log"


def setup_logging(level: str | None = None, *, stream: TextIO | None = None) -> None:
    """File handler (DEBUG and up, rotated) plus stderr at ``level`` (default WARNING)."""
    global _CONFIGURED, _STDERR_HANDLER
    root = logging.getLogger()
    console_level = getattr(logging, (level or os.environ.get("PLATFORM_LOG_LEVEL") or "WARNING").upper())
    if _CONFIGURED and _STDERR_HANDLER is not None:
        _STDERR_HANDLER.setLevel(console_level)
        _STDERR_HANDLER.setStream(stream or sys.stderr)  # type: ignore[arg-type]
        return
    _CONFIGURED = True
    root.setLevel(logging.DEBUG)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        file_handler.setLevel(logging.INFO)
        file_handler.setFormatter(fmt)
        root.addHandler(file_handler)
    except OSError:
        pass  # a read-only home must not stop the tool
    err_handler = _STDERR_HANDLER = logging.StreamHandler(stream or sys.stderr)
    err_handler.setLevel(console_level)
    err_handler.setFormatter(_ShortFormatter("%(levelname)s: %(message)s"))
    root.addHandler(err_handler)
    for noisy in ("sqlalchemy", "alembic", "httpx", "httpcore", "asyncio", "stripe"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, console_level))
