"""Helpers for async GUI tests (they run on qasync's loop)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QPushButton, QWidget


async def wait_until(predicate: Callable[[], Any], timeout: float = 10.0, interval: float = 0.02) -> Any:
    """Poll ``predicate`` on the running (qasync) loop until it is truthy; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(interval)


async def until_done(awaitable: Awaitable[Any], timeout: float = 20.0) -> Any:
    return await asyncio.wait_for(awaitable, timeout)


def button(parent: QWidget, text: str) -> QPushButton:
    """The push button of ``parent`` whose text (without & mnemonics) is ``text``."""
    for candidate in parent.findChildren(QPushButton):
        if candidate.text().replace("&", "") == text:
            return candidate
    raise AssertionError(f"no button {text!r} in {parent!r}")


def top_level(cls: type, name: str | None = None) -> list[Any]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, cls) and (name is None or w.objectName() == name) and w.isVisible()
    ]
