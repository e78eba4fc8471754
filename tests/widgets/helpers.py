"""Helpers of the widget tests: synthetic registries and the list of open windows."""

from __future__ import annotations

import random

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from core.definition import ModuleDefinition
from core.registry import ModuleRegistry

# Qt's own application-wide helpers, created on demand and kept for the whole run.
_IGNORED_WINDOWS = {"QTipLabel", "QWhatsThat", "QCompleterPrivatePopup"}


def _address(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])


def top_level_windows() -> dict[int, QWidget]:
    return {
        _address(w): w
        for w in QApplication.topLevelWidgets()
        if shiboken6.isValid(w)
        and type(w).__name__ not in _IGNORED_WINDOWS
        and w.metaObject().className() not in _IGNORED_WINDOWS
    }


def module(code: str, requires: tuple[str, ...] = (), **kwargs: object) -> ModuleDefinition:
    return ModuleDefinition(
        code=code,
        name=kwargs.pop("name", code.replace("-", " ").title()),  # type: ignore[arg-type]
        description=f"The {code} module.",
        version="1.0.0",
        requires=requires,
        **kwargs,  # type: ignore[arg-type]
    )


def synthetic_registry(layers: int = 10, per_layer: int = 12, seed: int = 7) -> ModuleRegistry:
    """``layers * per_layer`` modules; each module of layer L requires one of layer L-1 (so it is
    exactly in layer L) and up to two more from any layer above."""
    rnd = random.Random(seed)
    codes = [[f"m{level}-{i}" for i in range(per_layer)] for level in range(layers)]
    defs = []
    for level, row in enumerate(codes):
        for i, code in enumerate(row):
            requires: set[str] = set()
            if level:
                requires.add(rnd.choice(codes[level - 1]))
                for _ in range(rnd.randint(0, 2)):
                    requires.add(rnd.choice(codes[rnd.randrange(level)]))
            tier: dict[str, bool] = {}
            if level == 0 and i < 2:
                tier = {"is_core": True}
            defs.append(module(code, tuple(sorted(requires)), **tier))
    return ModuleRegistry(defs)


def shop_registry() -> ModuleRegistry:
    """A small registry shaped like the real one, with a deeper chain."""
    return ModuleRegistry(
        [
            module("core", is_core=True),
            module("tenancy", ("core",), is_core=True),
            module("customers", ("tenancy",), is_core=True),
            module("payments", ("tenancy",)),
            module("orders", ("payments", "customers")),
            module("billing", ("payments",)),
            module("inventory", ("tenancy",)),
            module("marketplace", ("inventory", "orders")),
            module("analytics"),
            module("dev-tools", is_internal=True),
            module("monitoring", ("dev-tools",), is_internal=True),
        ]
    )
