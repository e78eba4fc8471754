"""``monitoring``: health checks and metrics endpoints. Internal tier."""

from __future__ import annotations

import os

from core.definition import ModuleDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import HealthResult, healthy


def health_check() -> HealthResult:
    # Local and cheap: the load of this machine, where the OS tells it.
    try:
        load1, load5, load15 = os.getloadavg()
    except (AttributeError, OSError):
        return healthy("load average not available on this system")
    return healthy(f"load average {load1:.2f} {load5:.2f} {load15:.2f}")


DEFINITION = ModuleDefinition(
    code="monitoring",
    name=QT_TRANSLATE_NOOP("modules", "Monitoring"),
    description=QT_TRANSLATE_NOOP(
        "modules",
        "Health checks and Prometheus metrics of the platform's processes, served on /health and /metrics.",
    ),
    version="1.2.0",
    is_internal=True,
    health_check=health_check,
)
