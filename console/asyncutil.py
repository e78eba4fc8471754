"""The one way the console runs blocking work: a service call in a thread pool, awaited.

Services are synchronous (docs/architecture.md, Console threading); pages
``await run_sync(service.method, ...)`` so the GUI thread never waits on the database.
:func:`spawn` starts a coroutine from a Qt signal and routes its errors to the one place that
shows them (:func:`console.dialogs.errors.report`).
Dialogs are opened with ``open()`` and awaited through :func:`dialog_result` (or
:func:`dialog_outcome`, which reads the dialog before it can be deleted): no nested event loops
(``exec()``) under qasync.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import sys
import weakref
from collections.abc import Callable, Coroutine
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QDialog, QWidget

T = TypeVar("T")
D = TypeVar("D", bound=QDialog)
log = logging.getLogger(__name__)

_executor: ThreadPoolExecutor | None = None
_tasks: set[asyncio.Task[Any]] = set()
_owners: dict[asyncio.Task[Any], QObject] = {}  # the widget each spawned task belongs to
_inflight: set[Future[Any]] = set()
_last_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None


def executor() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=6, thread_name_prefix="console-worker")
    return _executor


async def run_sync(fn: Callable[..., T], *args: Any, **kw: Any) -> T:
    """Run ``fn(*args, **kw)`` in the worker pool and await its result (or its exception)."""
    return await submit(fn, *args, **kw)


def submit(fn: Callable[..., T], *args: Any, **kw: Any) -> asyncio.Future[T]:
    """:func:`run_sync` handed to a worker at once, not at the awaiting coroutine's first step:
    a read that should run while the GUI thread does what comes next (a paint). Await it."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        # qasync processes Qt events once more after its loop stopped (run_until_complete's last
        # processEvents): a task stepped there is abandoned, like a task cancelled at shutdown.
        raise asyncio.CancelledError from None
    # What loop.run_in_executor does (qasync's is exactly wrap_future(executor.submit(...))), keeping
    # the concurrent future so that shutdown can wait until no worker will post to the loop again.
    global _last_loop
    _last_loop = weakref.ref(loop)
    job = executor().submit(functools.partial(fn, *args, **kw))
    future = asyncio.wrap_future(job, loop=loop)  # its done-callback posts the result to the loop
    _inflight.add(job)
    job.add_done_callback(_inflight.discard)  # runs after the post above
    return future


def last_loop() -> asyncio.AbstractEventLoop | None:
    """The loop of the latest :func:`run_sync` call (tests drain it between tests)."""
    return _last_loop() if _last_loop is not None else None


def busy() -> bool:
    """Whether a worker is still running a call (whose result will be posted to the loop)."""
    return bool(_inflight)


async def settle(timeout: float = 10.0) -> None:
    """Wait, on the loop, until no worker call is in flight and their results were delivered.

    Before the loop closes (window shutdown, tests), so that no result is posted to a closed loop.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while _inflight and loop.time() < deadline:
        await asyncio.sleep(0.01)
    await asyncio.sleep(0)  # deliver what the last ones posted


def shutdown_executor() -> None:
    global _executor
    if _executor is not None:
        _executor.shutdown(wait=False, cancel_futures=True)
        _executor = None


def spawn(coro: Coroutine[Any, Any, T], parent: QWidget | None = None) -> asyncio.Task[T]:
    """Start ``coro`` on the running loop; its errors are shown (PlatformError) or reported (bugs).

    The task belongs to ``parent`` (a page, a dialog): :func:`cancel_owned` stops it when that
    widget shuts down or closes, and what it raises once ``parent`` is deleted is dropped (an
    answer for a page that is gone has nobody to be shown to).
    """
    task = asyncio.ensure_future(coro)
    _tasks.add(task)
    if parent is not None:
        _owners[task] = parent

    def done(t: asyncio.Task[Any]) -> None:
        _tasks.discard(t)
        _owners.pop(t, None)
        if t.cancelled():
            return
        exc = t.exception()
        if exc is None:
            return
        if parent is not None and _gone(parent) and isinstance(exc, RuntimeError):
            log.debug("dropped the late result of a task of a deleted widget: %s", exc)
            return
        # lazy: the error dialogs: on an error only, not before the first paint
        from console.dialogs.errors import report

        report(exc, parent)

    task.add_done_callback(done)
    return task


def _gone(widget: QObject) -> bool:
    from shiboken6 import isValid

    return not isValid(widget)


def _within(obj: QObject, owner: QObject) -> bool:
    """Whether ``obj`` is ``owner`` or one of its descendants."""
    while obj is not None and not _gone(obj):
        if obj is owner:
            return True
        obj = obj.parent()
    return False


def cancel_owned(owner: QObject) -> int:
    """Cancel the pending tasks spawned for ``owner`` or any widget inside it (not the one calling:
    it is finishing anyway); how many."""
    current = asyncio.current_task() if loop_running() else None
    owned = [
        t
        for t, parent in list(_owners.items())
        if t is not current and not t.done() and _within(parent, owner)
    ]
    for task in owned:
        task.cancel()
    return len(owned)


def loop_running() -> bool:
    """Whether this thread runs an asyncio loop now (Qt also delivers events outside it: tests)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def cancel_all() -> None:
    for task in list(_tasks):
        task.cancel()


def pending_tasks() -> list[asyncio.Task[Any]]:
    return list(_tasks)


def signal_future(
    signal: SignalInstance, loop: asyncio.AbstractEventLoop | None = None
) -> asyncio.Future[Any]:
    """A future resolved with the arguments of ``signal``'s next emission (one value: that value)."""
    loop = loop or asyncio.get_event_loop()
    future: asyncio.Future[Any] = loop.create_future()

    def handler(*args: Any) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            signal.disconnect(handler)
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
        from shiboken6 import isValid

        if isValid(dialog):  # its parent window may be gone already
            dialog.reject()
        raise


async def dialog_outcome(dialog: D, read: Callable[[D], T]) -> T | None:
    """``dialog.open()`` and await it: ``read(dialog)`` if it was accepted, else None.

    ``read`` runs in the ``finished`` handler itself, while the dialog still exists: one with
    ``WA_DeleteOnClose`` is deleted on the next turn of the event loop, before the awaiting
    coroutine resumes, so reading it after :func:`dialog_result` fails ("already deleted").
    """
    loop = asyncio.get_event_loop()
    future: asyncio.Future[T | None] = loop.create_future()

    def finished(result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            dialog.finished.disconnect(finished)
        if future.done():
            return
        try:
            future.set_result(read(dialog) if result == QDialog.DialogCode.Accepted else None)
        except Exception as exc:  # handed to the awaiting coroutine
            future.set_exception(exc)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await future
    except asyncio.CancelledError:
        from shiboken6 import isValid

        if isValid(dialog):
            dialog.reject()
        raise


def threadsafe(callback: Callable[..., Any]) -> Callable[..., None]:
    """Wrap a GUI callback so a worker thread may call it: it runs on the loop's thread."""
    loop = asyncio.get_event_loop()

    def call(*args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is closed: the window is gone
            loop.call_soon_threadsafe(functools.partial(callback, *args))

    return call


def excepthook_report(exc: BaseException) -> None:
    """Hand an exception to ``sys.excepthook`` (what qasync's asyncSlot does too)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)
