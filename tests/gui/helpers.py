"""Helpers for async GUI tests (they run on qasync's loop)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from console.asyncutil import pending_tasks
from tests.waiting import Deadline

# The pages of the main window in their order, as the super admin sees them.
EVERY_PAGE = [
    "modules",
    "graph",
    "rollouts",
    "migrations",
    "health",
    "merchants",
    "stores",
    "payments",
    "orders",
    "audit",
    "users",
]


async def wait_until(predicate: Callable[[], Any], timeout: float = 10.0, interval: float = 0.02) -> Any:
    """Poll ``predicate`` on the running (qasync) loop until it is truthy; fail after ``timeout``."""
    deadline = Deadline(timeout)
    while not (value := predicate()):
        deadline.check()
        await asyncio.sleep(interval)
    return value


async def cancel_console_tasks() -> None:
    """Cancel the console's tasks that are still running and wait until each has ended."""
    tasks = [t for t in pending_tasks() if not t.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)


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
