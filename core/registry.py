"""The module registry: discovery of ``modules/*/definition.py`` and lookups by tier.

A :class:`ModuleRegistry` can also be built from an explicit list of definitions (tests,
benchmarks). The module-level names (``MODULES``, ``CORE_MODULES``, ...) describe the
registry discovered from the installed ``modules`` package, loaded on first use.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Mapping
from dataclasses import MISSING, fields
from functools import cache
from types import MappingProxyType
from typing import Any

from core.definition import DefinitionFieldError, ModuleDefinition, ModuleTier
from core.errors import DefinitionError, NotFound
from core.graph import topological_order
from core.registry_rules import (
    RegistryError,
    Violation,
    find_cycle,
    index_definitions,
    raise_violations,
    rule_violations,
)

__all__ = [
    "ModuleRegistry",
    "RegistryError",
    "build_definition",
    "default_registry",
    "discover_definitions",
    "find_cycle",
]


class ModuleRegistry:
    """An immutable, validated set of module definitions."""

    def __init__(self, definitions: Iterable[ModuleDefinition]) -> None:
        modules, violations = index_definitions(definitions)
        raise_violations([*violations, *rule_violations(modules)])  # every problem at once
        # Ordered: requirements before dependents, ties by code (stable for people and tests).
        order = topological_order({c: m.requires for c, m in modules.items()})
        self._modules: Mapping[str, ModuleDefinition] = MappingProxyType({c: modules[c] for c in order})
        dependents: dict[str, list[str]] = {c: [] for c in order}
        for code in order:
            for req in modules[code].requires:
                dependents[req].append(code)
        self._dependents = MappingProxyType({c: tuple(sorted(d)) for c, d in dependents.items()})
        self._by_tier = {
            tier: MappingProxyType({c: m for c, m in self._modules.items() if m.tier is tier})
            for tier in ModuleTier
        }
        self._replaced = {old: m.code for m in self._modules.values() for old in m.replaces}
        self._closure_cache: dict[tuple[str, str], frozenset[str]] = {}

    # -- lookups ---------------------------------------------------------------
    @property
    def modules(self) -> Mapping[str, ModuleDefinition]:
        return self._modules

    def __contains__(self, code: object) -> bool:
        return code in self._modules

    def __iter__(self):
        return iter(self._modules.values())

    def __len__(self) -> int:
        return len(self._modules)

    def get(self, code: str) -> ModuleDefinition:
        try:
            return self._modules[code]
        except KeyError:
            raise NotFound(
                "module.not_found",
                f"unknown module {code!r}; `platformctl modules list` shows the known ones",
                {"module": code},
            ) from None

    def requires(self, code: str) -> tuple[str, ...]:
        return self.get(code).requires

    def required_by(self, code: str) -> tuple[str, ...]:
        self.get(code)
        return self._dependents[code]

    def by_tier(self, tier: ModuleTier | str) -> Mapping[str, ModuleDefinition]:
        return self._by_tier[ModuleTier(tier)]

    def tier_of(self, code: str) -> ModuleTier:
        return self.get(code).tier

    def replacement_for(self, old_code: str) -> str | None:
        """The module that declares it replaces ``old_code``, if any."""
        return self._replaced.get(old_code)

    def all_permissions(self) -> dict[str, Any]:
        return {p.code: p for m in self._modules.values() for p in m.permissions}

    # -- closures (cached: the registry is immutable) ---------------------------
    def requirements_closure(self, code: str) -> frozenset[str]:
        """Everything ``code`` needs, transitively (not including itself)."""
        return self._closure(code, "req")

    def dependents_closure(self, code: str) -> frozenset[str]:
        """Everything that needs ``code``, transitively (not including itself)."""
        return self._closure(code, "dep")

    def _closure(self, code: str, direction: str) -> frozenset[str]:
        key = (code, direction)
        hit = self._closure_cache.get(key)
        if hit is not None:
            return hit
        self.get(code)
        edges = (lambda c: self._modules[c].requires) if direction == "req" else self._dependents.__getitem__
        seen: set[str] = set()
        stack = list(edges(code))
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(edges(current))
        result = frozenset(seen)
        self._closure_cache[key] = result
        return result


# -- discovery -----------------------------------------------------------------
def discover_definitions(package: str = "modules") -> list[ModuleDefinition]:
    """Import ``<package>.<name>.definition`` for every sub-package and collect ``DEFINITION``.

    Every package with a problem is reported, in one :class:`RegistryError`.
    """
    root = importlib.import_module(package)
    found: list[ModuleDefinition] = []
    problems: list[Violation] = []
    for info in sorted(pkgutil.iter_modules(root.__path__), key=lambda i: i.name):
        if not info.ispkg or info.name.startswith("_"):
            continue
        name = f"{package}.{info.name}.definition"
        try:
            mod = importlib.import_module(name)
        except DefinitionFieldError as exc:
            problems.append(_definition_violation(info.name, exc))
            continue
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a helper package without a definition
            raise
        definition = getattr(mod, "DEFINITION", None)
        if not isinstance(definition, ModuleDefinition):
            problems.append(
                Violation(
                    "registry.no_definition",
                    f"{name} must define DEFINITION = ModuleDefinition(...)",
                    {"package": info.name},
                )
            )
        elif definition.package != info.name:
            problems.append(
                Violation(
                    "registry.package_mismatch",
                    f"module {definition.code!r} lives in package {info.name!r}; "
                    f"expected {definition.package!r}",
                    {"module": definition.code, "package": info.name},
                )
            )
        else:
            found.append(definition)
    raise_violations(problems)
    return found


def _definition_violation(package: str, exc: DefinitionFieldError) -> Violation:
    return Violation(
        "module.invalid_definition",
        f"module {package!r}: field {exc.field}: {exc.problem}",
        {
            "module": package,
            "field": exc.field,
            "errors": [{"loc": exc.field.split("."), "msg": exc.problem}],
        },
    )


def build_definition(package: str, **given: Any) -> ModuleDefinition:
    """Build a definition, turning an invalid, missing or unknown field into an error that names
    the module (its code, else ``package``) and the field."""
    module = given.get("code", package)
    if not isinstance(module, str):
        module = package
    known = {f.name: f for f in fields(ModuleDefinition)}
    for name in given:
        if name not in known:
            raise _error(module, DefinitionFieldError(name, "not a field of a module definition"))
    for name, spec in known.items():
        if name not in given and spec.default is MISSING and spec.default_factory is MISSING:
            raise _error(module, DefinitionFieldError(name, "required"))
    try:
        return ModuleDefinition(**given)
    except DefinitionFieldError as exc:
        raise _error(module, exc) from None


def _error(module: str, exc: DefinitionFieldError) -> DefinitionError:
    problem = _definition_violation(module, exc)
    return DefinitionError(problem.code, problem.message, problem.details)


@cache
def default_registry() -> ModuleRegistry:
    return ModuleRegistry(discover_definitions())


# -- the module-level API ---------------------------------------------------------
def get_optional_module_codes() -> list[str]:
    return list(default_registry().by_tier(ModuleTier.OPTIONAL))


def get_internal_modules() -> Mapping[str, ModuleDefinition]:
    return default_registry().by_tier(ModuleTier.INTERNAL)


def get_internal_module_codes() -> list[str]:
    return list(get_internal_modules())


def is_core_module(code: str) -> bool:
    return code in default_registry().by_tier(ModuleTier.CORE)


def is_internal_module(code: str) -> bool:
    return code in default_registry().by_tier(ModuleTier.INTERNAL)


def get_modules_by_tier(tier: ModuleTier | str) -> Mapping[str, ModuleDefinition]:
    return default_registry().by_tier(tier)


def get_module_tier(code: str) -> ModuleTier:
    return default_registry().tier_of(code)


_LAZY = {
    "MODULES": lambda: default_registry().modules,
    "CORE_MODULES": lambda: default_registry().by_tier(ModuleTier.CORE),
    "OPTIONAL_MODULES": lambda: default_registry().by_tier(ModuleTier.OPTIONAL),
    "INTERNAL_MODULES": lambda: default_registry().by_tier(ModuleTier.INTERNAL),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return _LAZY[name]()
    raise AttributeError(f"module 'core.registry' has no attribute {name!r}")
