"""The one way the console runs blocking work: a service call in a thread pool, awaited.

Services are synchronous (DESIGN.md); pages ``await run_sync(service.method, ...)`` so the
GUI thread never waits on the database. :func:`spawn` starts a coroutine from a Qt signal and
routes its errors to the one place that shows them (:func:`console.dialogs.errors.report`).
Dialogs are opened with ``open()`` and awaited through :func:`dialog_result`: no nested event
loops (``exec()``) under qasync.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sys
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QDialog, QWidget

T = TypeVar("T")
log = logging.getLogger(__name__)

_executor: ThreadPoolExecutor | None = None
_tasks: set[asyncio.Task[Any]] = set()


def executor() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=6, thread_name_prefix="console-worker")
    return _executor


async def run_sync(fn: Callable[..., T], *args: Any, **kw: Any) -> T:
    """Run ``fn(*args, **kw)`` in the worker pool and await its result (or its exception)."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor(), functools.partial(fn, *args, **kw))


def shutdown_executor() -> None:
    global _executor
    if _executor is not None:
        _executor.shutdown(wait=False, cancel_futures=True)
        _executor = None


def spawn(coro: Coroutine[Any, Any, T], parent: QWidget | None = None) -> asyncio.Task[T]:
    """Start ``coro`` on the running loop; its errors are shown (PlatformError) or reported (bugs)."""
    task = asyncio.ensure_future(coro)
    _tasks.add(task)

    def done(t: asyncio.Task[Any]) -> None:
        _tasks.discard(t)
        if t.cancelled():
            return
        exc = t.exception()
        if exc is None:
            return
        from console.dialogs.errors import report

        report(exc, parent)

    task.add_done_callback(done)
    return task


def cancel_all() -> None:
    for task in list(_tasks):
        task.cancel()


def pending_tasks() -> list[asyncio.Task[Any]]:
    return list(_tasks)


def signal_future(signal: SignalInstance, loop: asyncio.AbstractEventLoop | None = None) -> asyncio.Future[Any]:
    """A future resolved with the arguments of ``signal``'s next emission (one value: that value)."""
    loop = loop or asyncio.get_event_loop()
    future: asyncio.Future[Any] = loop.create_future()

    def handler(*args: Any) -> None:
        try:
            signal.disconnect(handler)
        except (RuntimeError, TypeError):
            pass
        if not future.done():
            future.set_result(args[0] if len(args) == 1 else (args or None))

    signal.connect(handler)
    return future


async def dialog_result(dialog: QDialog) -> int:
    """``dialog.open()`` and await its ``finished(int)``: the modal dialog without ``exec()``."""
    future = signal_future(dialog.finished)
    dialog.open()
    try:
        return int(await future)
    except asyncio.CancelledError:
        dialog.reject()
        raise


def threadsafe(callback: Callable[..., Any]) -> Callable[..., None]:
    """Wrap a GUI callback so a worker thread may call it: it runs on the loop's thread."""
    loop = asyncio.get_event_loop()

    def call(*args: Any) -> None:
        try:
            loop.call_soon_threadsafe(functools.partial(callback, *args))
        except RuntimeError:  # the loop is closed: the window is gone
            pass

    return call


def excepthook_report(exc: BaseException) -> None:
    """Hand an exception to ``sys.excepthook`` (what qasync's asyncSlot does too)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)
