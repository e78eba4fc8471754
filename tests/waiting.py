"""Waiting, in a test, for what another thread, process or the event loop does."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


class Deadline:
    """``timeout`` seconds from now; :meth:`check` fails the test once they have passed."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.at = time.monotonic() + timeout

    def check(self) -> None:
        if time.monotonic() > self.at:
            raise AssertionError(f"condition not met within {self.timeout} s")


def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, interval: float = 0.02) -> Any:
    """Poll ``predicate``, sleeping in this thread, until it is truthy; fail after ``timeout``."""
    deadline = Deadline(timeout)
    while not (value := predicate()):
        deadline.check()
        time.sleep(interval)
    return value
