"""Module lifecycle events, delivered after commit.

Services collect events while a transaction runs and hand them to the bus only once it
has committed, so a subscriber that talks to the network never sees a change that was
rolled back. A failing subscriber is logged and does not stop the others.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)


class ModuleEvent(StrEnum):
    ENABLED = "enabled"
    DISABLED = "disabled"
    STARTUP = "startup"
    SHUTDOWN = "shutdown"
    CONFIG_CHANGED = "config_changed"


@dataclass(frozen=True)
class ModuleEventData:
    event: ModuleEvent
    module: str | None = None
    platform: str | None = None
    actor: str | None = None
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    details: dict[str, Any] = field(default_factory=dict)


Subscriber = Callable[[ModuleEventData], Any]


class ModuleEventBus:
    def __init__(self) -> None:
        self._subscribers: dict[ModuleEvent | None, list[Subscriber]] = defaultdict(list)
        self._lock = threading.Lock()

    def subscribe(self, event: ModuleEvent | None = None, handler: Subscriber | None = None) -> Any:
        """Subscribe ``handler`` to ``event`` (None: every event). Without a handler, a decorator.

        ``@bus.subscribe`` without arguments subscribes the function to every event.
        """
        if callable(event) and not isinstance(event, ModuleEvent) and handler is None:
            fn, event = event, None
            with self._lock:
                self._subscribers[None].append(fn)
            return fn

        def register(fn: Subscriber) -> Subscriber:
            with self._lock:
                self._subscribers[event].append(fn)
            return fn

        return register(handler) if handler is not None else register

    def unsubscribe(self, event: ModuleEvent | None, handler: Subscriber) -> None:
        with self._lock:
            if handler in self._subscribers[event]:
                self._subscribers[event].remove(handler)

    def has_subscribers(self, event: ModuleEvent | None = None) -> bool:
        """Whether anything listens (to ``event``, or to any event when None)."""
        with self._lock:
            if event is None:
                return any(self._subscribers.values())
            return bool(self._subscribers[event] or self._subscribers[None])

    def emit(self, data: ModuleEventData) -> int:
        """Deliver ``data``; returns how many subscribers failed."""
        with self._lock:
            handlers = [*self._subscribers[data.event], *self._subscribers[None]]
        failures = 0
        for handler in handlers:
            try:
                handler(data)
            except Exception:
                failures += 1
                log.exception("event subscriber %r failed on %s", handler, data.event)
        return failures

    def emit_all(self, events: Iterable[ModuleEventData]) -> None:
        for data in events:
            self.emit(data)

    def emit_enabled(self, module: str, platform: str | None = None, **kw: Any) -> int:
        return self.emit(ModuleEventData(ModuleEvent.ENABLED, module, platform, **kw))

    def emit_disabled(self, module: str, platform: str | None = None, **kw: Any) -> int:
        return self.emit(ModuleEventData(ModuleEvent.DISABLED, module, platform, **kw))

    def clear(self) -> None:
        with self._lock:
            self._subscribers.clear()


# The process-wide bus the platform and the console use.
bus = ModuleEventBus()
