"""Platform Console: the PySide6 desktop application and the ``platformctl`` command line."""

from typing import Any


def __getattr__(name: str) -> Any:
    # The version is the package metadata's (core.version), read only when asked for.
    if name == "__version__":
        from core.version import version

        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
