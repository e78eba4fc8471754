"""What the console remembers between runs: window settings (QSettings) and connection profiles.

The names are loaded on first use (PEP 562): importing ``console.store.settings`` at start-up
must not pull in the profiles' database stack.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from console.store.profiles import ConnectionProfile, ProfileStore
    from console.store.settings import AppSettings

_LAZY = {
    "AppSettings": "console.store.settings",
    "ConnectionProfile": "console.store.profiles",
    "ProfileStore": "console.store.profiles",
}

__all__ = ["AppSettings", "ConnectionProfile", "ProfileStore"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
