"""Pausing Python's cycle collector while a large result is built.

Reading or planning 100,000 platforms makes hundreds of thousands of containers, none of them
garbage yet: each pass of the cycle collector over them costs more than the building (about
40 % of a 100,000-platform plan). Reference counting still frees what is dropped meanwhile.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """No cyclic collection inside; nested and concurrent uses (worker threads) are counted, and
    the collector comes back as it was when the last one leaves."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def pausing_cycle_collection(fn: Callable[P, T]) -> Callable[P, T]:
    """``fn`` runs inside :func:`no_cycle_collection` (a service call that builds 100,000 of something)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        with no_cycle_collection():
            return fn(*args, **kwargs)

    return wrapper
