"""The module dependency graph: ordering, closures and change plans. Pure functions, no I/O.

A *plan* answers "what happens if I enable X / disable Y on these platforms" before
anything is written: per platform the modules enabled (requested, or pulled in because
required), the modules disabled (requested, or by cascade) and the refusals with reasons.
"""

from __future__ import annotations

import graphlib
import heapq
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Literal

from core.errors import DefinitionError, InvalidInput
from core.wording import count_of

_changes = attrgetter("changes")
_refusals = attrgetter("refusals")

if TYPE_CHECKING:
    from core.registry import ModuleRegistry

Action = Literal["enable", "disable"]
Reason = Literal["requested", "required", "cascade"]


def topological_order(requires: Mapping[str, Iterable[str]]) -> list[str]:
    """Requirements first; ties broken by code so the order is stable."""
    sorter = graphlib.TopologicalSorter({c: tuple(r) for c, r in requires.items()})
    try:
        sorter.prepare()
    except graphlib.CycleError as exc:
        cycle = list(reversed(exc.args[1]))
        text = " -> ".join(cycle)
        raise DefinitionError("registry.cycle", f"dependency cycle: {text}", {"cycle": cycle}) from None
    order: list[str] = []
    ready = list(sorter.get_ready())
    heapq.heapify(ready)
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        sorter.done(node)
        for nxt in sorter.get_ready():
            heapq.heappush(ready, nxt)
    return order


def requirements_of(registry: ModuleRegistry, codes: Iterable[str]) -> frozenset[str]:
    """Transitive requirements of ``codes`` (not including the codes themselves)."""
    out: set[str] = set()
    for code in codes:
        out |= registry.requirements_closure(code)
    return frozenset(out)


def dependents_of(registry: ModuleRegistry, codes: Iterable[str]) -> frozenset[str]:
    """Transitive dependents of ``codes`` (not including the codes themselves)."""
    out: set[str] = set()
    for code in codes:
        out |= registry.dependents_closure(code)
    return frozenset(out)


def chain(registry: ModuleRegistry, start: str, goal: str) -> tuple[str, ...]:
    """The shortest requirement path ``start -> ... -> goal`` (``start`` requires ... ``goal``)."""
    return _Chains(registry).down(start, goal)


class _Chains:
    """Shortest requirement paths, one breadth-first search per start module (memoized).

    ``down(a, b)``: a requires ... b, searched from a along requirements.
    ``up(a, b)``: the same path, searched from b along dependents (one search serves every a).
    """

    def __init__(self, registry: ModuleRegistry) -> None:
        self.registry = registry
        self._down: dict[str, dict[str, str | None]] = {}
        self._up: dict[str, dict[str, str | None]] = {}

    def _bfs(self, start: str, edges: Callable[[str], Iterable[str]]) -> dict[str, str | None]:
        parents: dict[str, str | None] = {start: None}
        queue = deque([start])
        while queue:
            current = queue.popleft()
            for nxt in edges(current):
                if nxt not in parents:
                    parents[nxt] = current
                    queue.append(nxt)
        return parents

    @staticmethod
    def _walk(parents: dict[str, str | None], node: str) -> list[str]:
        path = [node]
        while parents[path[-1]] is not None:
            path.append(parents[path[-1]])  # type: ignore[arg-type]
        return path

    def down(self, start: str, goal: str) -> tuple[str, ...]:
        parents = self._down.get(start)
        if parents is None:
            parents = self._down[start] = self._bfs(start, self.registry.requires)
        if goal not in parents:
            return (start, goal)
        return tuple(reversed(self._walk(parents, goal)))

    def up(self, start: str, goal: str) -> tuple[str, ...]:
        parents = self._up.get(goal)
        if parents is None:
            parents = self._up[goal] = self._bfs(goal, self.registry.required_by)
        if start not in parents:
            return (start, goal)
        return tuple(self._walk(parents, start))


def format_chain(path: Iterable[str]) -> str:
    return " -> ".join(path)


@dataclass(frozen=True)
class ChangeRequest:
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    cascade: bool = False

    def describe(self) -> str:
        parts = []
        if self.enable:
            parts.append("enable " + ", ".join(self.enable))
        if self.disable:
            parts.append("disable " + ", ".join(self.disable) + (" (cascade)" if self.cascade else ""))
        return "; ".join(parts) or "nothing"


@dataclass(frozen=True)
class Change:
    module: str
    action: Action
    reason: Reason
    # For "required": requested -> ... -> module. For "cascade": module -> ... -> disabled module.
    via: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.reason == "requested":
            return f"{self.action} {self.module}"
        if self.reason == "required":
            return f"enable {self.module} (required: {format_chain(self.via)})"
        return f"disable {self.module} (cascade: {format_chain(self.via)})"

    def to_dict(self) -> dict[str, Any]:
        return {"module": self.module, "action": self.action, "reason": self.reason, "via": list(self.via)}


@dataclass(frozen=True)
class Refusal:
    code: str
    module: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "module": self.module, "message": self.message, "details": self.details}


@dataclass(frozen=True)
class PlatformPlan:
    platform: str
    changes: tuple[Change, ...]
    refusals: tuple[Refusal, ...] = ()

    @property
    def refused(self) -> bool:
        return bool(self.refusals)

    @property
    def enabled(self) -> tuple[str, ...]:
        return tuple(c.module for c in self.changes if c.action == "enable")

    @property
    def disabled(self) -> tuple[str, ...]:
        return tuple(c.module for c in self.changes if c.action == "disable")

    def to_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "refused": self.refused,
            "changes": [c.to_dict() for c in self.changes],
            "refusals": [r.to_dict() for r in self.refusals],
        }


@dataclass
class Plan:
    request: ChangeRequest
    platforms: list[PlatformPlan]
    # kinds() of this list at this length (a plan is not edited in place; if it is, recomputed)
    _kinds: tuple[int, int, list[tuple[PlatformPlan, int]]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def refused(self) -> list[PlatformPlan]:
        return [p for p in self.platforms if p.refused]

    @property
    def applicable(self) -> list[PlatformPlan]:
        return [p for p in self.platforms if not p.refused and p.changes]

    @property
    def unchanged(self) -> list[PlatformPlan]:
        return [p for p in self.platforms if not p.refused and not p.changes]

    def kinds(self) -> list[tuple[PlatformPlan, int]]:
        """One platform per kind of plan, with how many platforms have that kind, in the order
        each kind first appears. Platforms with the same enabled set share one ``changes`` tuple
        (and one ``refusals`` tuple), so a kind is a pair of those tuples by identity: 100,000
        platforms are a handful of kinds, counted in C (15-20 ms, where a loop over the platforms
        in Python was 50), once per plan: a worker may compute them before the GUI shows them."""
        platforms = self.platforms
        cached = self._kinds
        if cached is not None and cached[0] == id(platforms) and cached[1] == len(platforms):
            return cached[2]
        changes = list(map(id, map(_changes, platforms)))
        # usually all platforms have the same refusals (none): the changes alone tell the kinds
        keys: list[Any] = changes
        if len(set(map(id, map(_refusals, platforms)))) > 1:
            keys = list(zip(changes, map(id, map(_refusals, platforms)), strict=True))
        counts = Counter(keys)
        first = dict(zip(reversed(keys), reversed(platforms), strict=True))  # the first of each wins
        kinds = [(first[key], times) for key, times in counts.items()]
        self._kinds = (id(platforms), len(platforms), kinds)
        return kinds

    def totals(self) -> dict[str, Any]:
        """Counts over the platforms that would change: the headline of a preview."""
        shared: list[tuple[tuple[Change, ...], int]] = []
        refused = changing = 0
        for p, times in self.kinds():
            if p.refusals:
                refused += times
            elif p.changes:
                changing += times
                shared.append((p.changes, times))
        enabled: Counter[str] = Counter()
        pulled: Counter[str] = Counter()
        disabled: Counter[str] = Counter()
        cascaded: Counter[str] = Counter()
        for changes, times in shared:
            for c in changes:
                if c.action == "enable":
                    (enabled if c.reason == "requested" else pulled)[c.module] += times
                else:
                    (disabled if c.reason == "requested" else cascaded)[c.module] += times
        return {
            "platforms": len(self.platforms),
            "changing": changing,
            "unchanged": len(self.platforms) - changing - refused,
            "refused": refused,
            "enabled": dict(sorted(enabled.items())),
            "pulled_in": dict(sorted(pulled.items())),
            "disabled": dict(sorted(disabled.items())),
            "cascaded": dict(sorted(cascaded.items())),
        }

    def headline(self, totals: dict[str, Any] | None = None) -> str:
        t = totals or self.totals()
        parts = [f"{self.request.describe()} on {count_of(t['platforms'], 'platform')}:"]
        bits = [f"+{n:,} {m}" for m, n in t["enabled"].items()]
        bits += [f"+{n:,} {m} pulled in" for m, n in t["pulled_in"].items()]
        bits += [f"-{n:,} {m}" for m, n in t["disabled"].items()]
        bits += [f"-{n:,} {m} by cascade" for m, n in t["cascaded"].items()]
        bits.append(f"{t['refused']:,} refused")
        return " ".join(parts) + " " + ", ".join(bits)

    def to_dict(self, *, limit: int | None = None) -> dict[str, Any]:
        rows = self.platforms if limit is None else self.platforms[:limit]
        totals = self.totals()
        return {
            "request": {
                "enable": list(self.request.enable),
                "disable": list(self.request.disable),
                "cascade": self.request.cascade,
            },
            "headline": self.headline(totals),
            "totals": totals,
            "platforms": [p.to_dict() for p in rows],
            "truncated": limit is not None and len(self.platforms) > limit,
        }


_Planned = tuple[tuple[Change, ...], tuple[Refusal, ...]]


def plan_changes(
    registry: ModuleRegistry,
    enabled_by_platform: Mapping[str, Iterable[str]],
    request: ChangeRequest,
    *,
    allow_internal: bool = True,
) -> Plan:
    """Plan ``request`` for every platform, given each platform's currently enabled modules.

    Platforms that share the same enabled set, as far as the request is concerned
    (:func:`relevant_modules`), share one computed plan, so 100,000 platforms cost a handful of
    computations; equal change lists are one tuple.
    """
    for code in (*request.enable, *request.disable):
        registry.get(code)  # NotFound names the unknown module
    both = set(request.enable) & set(request.disable)
    if both:
        raise InvalidInput(
            "request.conflict",
            f"cannot enable and disable {', '.join(sorted(both))} in one request",
            {"modules": sorted(both)},
        )
    relevant = relevant_modules(registry, request)
    memo: dict[frozenset[str], _Planned] = {}  # by the enabled modules that matter to the request
    by_identity: dict[int, _Planned] = {}  # by the (shared) set object handed in: no set work
    kept: list[Iterable[str]] = []  # keeps those objects alive, so their ids stay theirs
    equal_changes: dict[tuple[Change, ...], tuple[Change, ...]] = {}
    chains = _Chains(registry)
    position = {c: i for i, c in enumerate(registry.modules)}  # topological
    out: list[PlatformPlan] = []
    append = out.append
    for platform, enabled in enabled_by_platform.items():
        result = by_identity.get(id(enabled))
        if result is None:
            key = relevant.intersection(enabled)
            result = memo.get(key)
            if result is None:
                changes, refusals = _plan_one(registry, key, request, allow_internal, chains, position)
                if not refusals:  # equal change lists, one tuple: callers group by identity
                    changes = equal_changes.setdefault(changes, changes)
                result = memo[key] = (changes, refusals)
            by_identity[id(enabled)] = result
            kept.append(enabled)
        append(PlatformPlan(platform, *result))
    return Plan(request, out)


def may_refuse(registry: ModuleRegistry, request: ChangeRequest, *, allow_internal: bool = True) -> bool:
    """Whether :func:`plan_changes` could refuse ``request`` on some platform. An enable-only
    request is refused only for an internal module without ``allow_internal``: otherwise no
    platform's plan has a refusal, whatever it has enabled, and none needs reading to know it."""
    if request.disable:
        return True
    return not allow_internal and any(
        registry.get(code).is_internal for code in relevant_modules(registry, request)
    )


def relevant_modules(registry: ModuleRegistry, request: ChangeRequest) -> frozenset[str]:
    """The modules whose being on or off can change the plan of ``request`` on a platform: those
    enabled and their requirements, those disabled and their dependents. Whatever else a platform
    has on leaves its plan as it is, so platforms are planned (and read) on these alone."""
    out = set(request.enable) | set(request.disable)
    out |= requirements_of(registry, request.enable)
    out |= dependents_of(registry, request.disable)
    return frozenset(out)


def _plan_one(
    registry: ModuleRegistry,
    enabled: frozenset[str],
    request: ChangeRequest,
    allow_internal: bool,
    chains: _Chains,
    position: dict[str, int],
) -> tuple[tuple[Change, ...], tuple[Refusal, ...]]:
    changes: dict[str, Change] = {}
    refusals: list[Refusal] = []

    # Enabling: the module and everything it needs that is not on yet.
    wanted: set[str] = set()
    for code in request.enable:
        for need in (code, *sorted(registry.requirements_closure(code), key=position.__getitem__)):
            wanted.add(need)
            if need in enabled or need in changes:
                continue
            if need == code or need in request.enable:
                changes[need] = Change(need, "enable", "requested")
            else:
                changes[need] = Change(need, "enable", "required", chains.down(code, need))

    # Disabling: refused for core modules; dependents that are on block it unless cascading.
    for code in request.disable:
        module = registry.get(code)
        if module.is_core:
            refusals.append(
                Refusal("module.core", code, f"{code} is a core module and stays enabled", {"module": code})
            )
            continue
        if code not in enabled:
            continue
        users = sorted(
            (d for d in registry.dependents_closure(code) if d in enabled and d not in request.disable),
            key=position.__getitem__,
        )
        if users and not request.cascade:
            paths = [chains.up(user, code) for user in users]
            text = ", ".join(format_chain(c) for c in paths)
            refusals.append(
                Refusal(
                    "module.required_by",
                    code,
                    f"cannot disable {code}: required by {text}; disable those first or use --cascade",
                    {"module": code, "chains": [list(c) for c in paths]},
                )
            )
            continue
        changes[code] = Change(code, "disable", "requested")
        for user in users:
            if user not in changes:
                changes[user] = Change(user, "disable", "cascade", chains.up(user, code))

    # An enable that needs what this request disables is a contradiction, whether the module is
    # on now (planned as a disable) or off (planned as an enable that the request also disables).
    for code in sorted(wanted, key=position.__getitem__):
        change = changes.get(code)
        if change is not None and (change.action == "disable" or code in request.disable):
            refusals.append(
                Refusal(
                    "module.conflict",
                    code,
                    f"{code} is both needed by an enabled module and disabled by this request",
                    {"module": code},
                )
            )

    if not allow_internal:
        for change in changes.values():
            if registry.get(change.module).is_internal:
                refusals.append(
                    Refusal(
                        "module.internal",
                        change.module,
                        f"{change.module} is an internal module; changing it needs the modules.internal "
                        "permission",
                        {"module": change.module},
                    )
                )

    ordered = sorted(
        changes.values(),
        key=lambda c: (
            c.action == "enable",
            position[c.module] if c.action == "enable" else -position[c.module],
        ),
    )
    return tuple(ordered), tuple(refusals)
