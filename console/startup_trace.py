"""A timeline of the console's start-up, for measuring it: ``PLATFORM_STARTUP_TRACE=1``.

Each step writes ``trace <time.monotonic()> <CPU seconds of the process> <thread> <step>`` on
stderr (the first clock is the one the start-up benchmark compares with the instant it spawned the
process; the second, :func:`time.process_time`, counts every thread's work, so it reads through
a loaded machine). Without the variable :func:`mark` does nothing. No Qt, no library: imported
first thing by :mod:`console.app`.
"""

from __future__ import annotations

import os
import sys
import threading
import time

ENABLED = bool(os.environ.get("PLATFORM_STARTUP_TRACE"))


def mark(step: str) -> None:
    """Note that ``step`` happens now (when tracing)."""
    if ENABLED:
        name = threading.current_thread().name
        now, cpu = time.monotonic(), time.process_time()
        print(f"trace {now:.6f} {cpu:.6f} {name} {step}", file=sys.stderr, flush=True)
