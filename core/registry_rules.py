"""The rules a set of module definitions must follow, all checked before one error is raised.

Each broken rule is a :class:`Violation`; :class:`RegistryError` carries every one of them (its
``details`` is their list, its message lists them one per line), so a registry with three problems
reports three. The rules (docs/architecture.md, "Module contract"):

* a module code is defined once;
* every required module exists;
* a core module requires only core modules, directly or through others (the violation names the
  chain from the topmost core module down to the non-core one);
* only internal modules require internal ones (the same, for the chain of non-internal modules);
* requirements form no cycle (each cycle is named as a closed path ``a -> b -> a``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.definition import ModuleDefinition
from core.errors import DefinitionError
from core.graph import format_chain


@dataclass(frozen=True)
class Violation:
    """One broken rule: a stable code, a sentence for people and what it concerns."""

    code: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "details": dict(self.details)}


class RegistryError(DefinitionError):
    """Every violation found in a set of definitions, in one error.

    One violation keeps its own code and message; several are ``registry.invalid`` with a message
    that lists them. ``details`` is always the list of violations (``Violation.to_dict``).
    """

    def __init__(self, violations: Iterable[Violation]) -> None:
        self.violations = tuple(violations)
        if len(self.violations) == 1:
            code, message = self.violations[0].code, self.violations[0].message
        else:
            code = "registry.invalid"
            lines = "".join(f"\n  {v.message}" for v in self.violations)
            message = f"the module registry has {len(self.violations)} problems:{lines}"
        super().__init__(code, message, [v.to_dict() for v in self.violations])


def raise_violations(violations: Iterable[Violation]) -> None:
    found = list(violations)
    if found:
        raise RegistryError(found)


def index_definitions(
    definitions: Iterable[ModuleDefinition],
) -> tuple[dict[str, ModuleDefinition], list[Violation]]:
    """Definitions by code (the first of a duplicate wins) and one violation per duplicated code."""
    modules: dict[str, ModuleDefinition] = {}
    twice: list[str] = []
    for definition in definitions:
        if definition.code in modules:
            if definition.code not in twice:
                twice.append(definition.code)
            continue
        modules[definition.code] = definition
    violations = [
        Violation("registry.duplicate_code", f"module code {code!r} is defined twice", {"module": code})
        for code in twice
    ]
    return modules, violations


def rule_violations(modules: Mapping[str, ModuleDefinition]) -> list[Violation]:
    """Unknown requirements, tier violations (with their chains) and cycles, in that order."""
    dependents: dict[str, list[str]] = {code: [] for code in modules}
    for code, module in modules.items():
        for req in module.requires:
            if req in dependents:
                dependents[req].append(code)
    found: list[Violation] = []
    for code in sorted(modules):
        module = modules[code]
        for req in module.requires:
            target = modules.get(req)
            if target is None:
                found.append(
                    Violation(
                        "registry.unknown_requirement",
                        f"module {code!r} requires unknown module {req!r}",
                        {"module": code, "requires": req},
                    )
                )
            elif module.is_core and not target.is_core:
                path = _chain_into(code, req, modules, dependents, lambda m: m.is_core)
                found.append(
                    Violation(
                        "registry.core_requires_non_core",
                        f"core module {code!r} requires {target.tier} module {req!r}{_via(path)}; core "
                        "modules may only require core modules, directly or through others",
                        {"module": code, "requires": req, "chain": path},
                    )
                )
            elif not module.is_internal and target.is_internal:
                path = _chain_into(code, req, modules, dependents, lambda m: not m.is_internal)
                found.append(
                    Violation(
                        "registry.requires_internal",
                        f"{module.tier} module {code!r} requires internal module {req!r}{_via(path)}; only "
                        "internal modules may require internal ones",
                        {"module": code, "requires": req, "chain": path},
                    )
                )
    for cycle in find_cycles({c: m.requires for c, m in modules.items()}):
        found.append(
            Violation("registry.cycle", f"dependency cycle: {format_chain(cycle)}", {"cycle": cycle})
        )
    return found


def _chain_into(
    code: str,
    req: str,
    modules: Mapping[str, ModuleDefinition],
    dependents: Mapping[str, list[str]],
    bound: Callable[[ModuleDefinition], bool],
) -> list[str]:
    """``top -> ... -> code -> req``: ``code`` and the modules above it the same rule binds, up to one
    that nothing bound requires (the first dependent by code at each step)."""
    path = [code]
    seen = {code}
    while True:
        above = sorted(d for d in dependents[path[0]] if d not in seen and bound(modules[d]))
        if not above:
            return [*path, req]
        path.insert(0, above[0])
        seen.add(above[0])


def _via(path: list[str]) -> str:
    return f" (through {format_chain(path)})" if len(path) > 2 else ""


# -- cycles ------------------------------------------------------------------------------------------
def find_cycle(requires: Mapping[str, Iterable[str]]) -> list[str] | None:
    """A cycle as a closed path ``[a, b, c, a]``, or None. Iterative DFS (deep graphs)."""
    white, grey, black = 0, 1, 2
    color = dict.fromkeys(requires, white)
    for root in sorted(requires):
        if color[root] != white:
            continue
        path: list[str] = [root]
        iters = [iter(sorted(requires[root]))]
        color[root] = grey
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                color[path.pop()] = black
                iters.pop()
                continue
            if nxt not in color:
                continue
            if color[nxt] == grey:
                return [*path[path.index(nxt) :], nxt]
            if color[nxt] == white:
                color[nxt] = grey
                path.append(nxt)
                iters.append(iter(sorted(requires[nxt])))
    return None


def find_cycles(requires: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """One cycle per strongly connected group of modules, each starting at its smallest code."""
    cycles = []
    for group in _strong_components(requires):
        members = set(group)
        if len(group) == 1 and group[0] not in requires[group[0]]:
            continue
        cycle = find_cycle({c: [r for r in requires[c] if r in members] for c in group})
        if cycle is not None:
            cycles.append(cycle)
    return sorted(cycles)


def _strong_components(requires: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, iteratively (no recursion limit on deep graphs)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)

    for root in requires:  # membership does not depend on the order: no sorting
        if root in index:
            continue
        visit(root)
        work = [(root, iter(requires[root]))]
        while work:
            node, edges = work[-1]
            nxt = next(edges, None)
            if nxt is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    components.append(group)
            elif nxt not in requires:
                continue
            elif nxt not in index:
                visit(nxt)
                work.append((nxt, iter(requires[nxt])))
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
    return components
