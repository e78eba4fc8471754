"""A platform process's lifecycle: each module's ``on_startup``, then STARTUP on the event bus;
each module's ``on_shutdown``, then SHUTDOWN (in reverse order) when it stops.

One STARTUP event per module (``module`` set to its code), in dependency order, after that
module's ``on_startup`` ran; a hook that raises is logged, reported by a failing health check
``startup:<code>`` and does not stop the other modules. SHUTDOWN follows in reverse order, each
after that module's ``on_shutdown``; an ``on_shutdown`` that raises is logged and the others still
run. A module whose ``on_startup`` raised never started: its ``on_shutdown`` is not called.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from core.events import ModuleEvent, ModuleEventBus, ModuleEventData
from core.events import bus as default_bus
from core.observability.checks import register_module_checks
from core.observability.health import HealthCheckRegistry, HealthResult
from core.registry import ModuleRegistry, default_registry

log = logging.getLogger(__name__)


class PlatformProcess:
    def __init__(
        self,
        name: str = "platform",
        *,
        registry: ModuleRegistry | None = None,
        bus: ModuleEventBus | None = None,
        health: HealthCheckRegistry | None = None,
    ) -> None:
        self.name = name
        self.registry = registry or default_registry()
        self.bus = bus or default_bus
        self.health = health
        self.started: list[str] = []
        self.failed: dict[str, str] = {}

    def _details(self) -> dict[str, Any]:
        return {"process": self.name, "pid": os.getpid()}

    def start(self) -> None:
        if self.health is not None:
            register_module_checks(self.health, self.registry)
        for module in self.registry:
            if module.on_startup is not None:
                try:
                    module.on_startup()
                except Exception as exc:
                    log.exception("on_startup of %s failed", module.code)
                    self.failed[module.code] = f"{type(exc).__name__}: {exc}"
                    self._report_failure(module.code, module.is_core)
            self.started.append(module.code)
            self.bus.emit(ModuleEventData(ModuleEvent.STARTUP, module=module.code, details=self._details()))

    def _report_failure(self, code: str, critical: bool) -> None:
        if self.health is None:
            return
        detail = f"on_startup failed: {self.failed[code]}"
        self.health.register(
            f"startup:{code}", lambda: HealthResult.unhealthy(detail), critical=critical, replace=True
        )

    def stop(self) -> None:
        for code in reversed(self.started):
            module = self.registry.modules.get(code)
            if module is not None and module.on_shutdown is not None and code not in self.failed:
                try:
                    module.on_shutdown()
                except Exception:
                    log.exception("on_shutdown of %s failed", module.code)
            self.bus.emit(ModuleEventData(ModuleEvent.SHUTDOWN, module=code, details=self._details()))
        self.started = []

    def __enter__(self) -> PlatformProcess:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
