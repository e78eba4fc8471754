"""Dependency graph plans over synthetic registries (never the real modules package)."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.definition import ModuleDefinition
from core.errors import InvalidInput, NotFound
from core.graph import (
    Change,
    ChangeRequest,
    Plan,
    PlatformPlan,
    Refusal,
    chain,
    dependents_of,
    format_chain,
    plan_changes,
    requirements_of,
)
from core.registry import ModuleRegistry
from tests.foundation_helpers import walked_requirements


def mod(code: str, *requires: str, tier: str = "optional") -> ModuleDefinition:
    return ModuleDefinition(
        code=code,
        name=code,
        description=f"the {code} module",
        version="1.0.0",
        requires=requires,
        is_core=tier == "core",
        is_internal=tier == "internal",
    )


@pytest.fixture(scope="module")
def reg() -> ModuleRegistry:
    return ModuleRegistry(
        [
            mod("core", tier="core"),
            mod("auth", "core", tier="core"),
            mod("tenancy", "core"),
            mod("customers", "tenancy"),
            mod("payments", "tenancy"),
            mod("billing", "payments"),
            mod("orders", "tenancy", "customers", "payments"),
            mod("cms", "core"),
            mod("blog", "cms"),
            mod("dev-tools", "core", tier="internal"),
            mod("monitoring", "dev-tools", "payments", tier="internal"),
        ]
    )


CORE = frozenset({"core", "auth"})


def on(*codes: str) -> frozenset[str]:
    return CORE | set(codes)


def plan_one(reg: ModuleRegistry, enabled: Iterable[str], request: ChangeRequest, **kw: bool) -> PlatformPlan:
    plan = plan_changes(reg, {"p1": enabled}, request, **kw)
    assert [p.platform for p in plan.platforms] == ["p1"]
    return plan.platforms[0]


def apply(enabled: Iterable[str], platform: PlatformPlan) -> set[str]:
    result = set(enabled)
    for change in platform.changes:
        if change.action == "enable":
            result.add(change.module)
        else:
            result.discard(change.module)
    return result


def is_closed(reg: ModuleRegistry, enabled: set[str]) -> bool:
    return all(set(reg.requires(code)) <= enabled for code in enabled)


def assert_valid_path(reg: ModuleRegistry, path: tuple[str, ...], start: str, goal: str) -> None:
    assert path[0] == start
    assert path[-1] == goal
    for left, right in itertools.pairwise(path):
        assert right in reg.requires(left), f"{left} does not require {right}"


# -- helpers -----------------------------------------------------------------------------------------
def test_chain_is_the_shortest_requirement_path(reg: ModuleRegistry) -> None:
    assert chain(reg, "billing", "payments") == ("billing", "payments")
    assert chain(reg, "billing", "core") == ("billing", "payments", "tenancy", "core")
    assert chain(reg, "orders", "tenancy") == ("orders", "tenancy")
    assert chain(reg, "monitoring", "core") == ("monitoring", "dev-tools", "core")
    assert format_chain(chain(reg, "billing", "tenancy")) == "billing -> payments -> tenancy"


def test_requirements_and_dependents_of_sets(reg: ModuleRegistry) -> None:
    assert requirements_of(reg, ["billing", "blog"]) == {"payments", "tenancy", "core", "cms"}
    assert dependents_of(reg, ["payments", "cms"]) == {"billing", "orders", "monitoring", "blog"}
    assert requirements_of(reg, []) == frozenset()


def test_request_and_change_describe() -> None:
    assert ChangeRequest().describe() == "nothing"
    assert ChangeRequest(enable=("a", "b")).describe() == "enable a, b"
    assert ChangeRequest(disable=("c",), cascade=True).describe() == "disable c (cascade)"
    assert ChangeRequest(enable=("a",), disable=("c",)).describe() == "enable a; disable c"
    assert Change("x", "enable", "requested").describe() == "enable x"
    assert Change("p", "enable", "required", ("b", "p")).describe() == "enable p (required: b -> p)"
    assert Change("b", "disable", "cascade", ("b", "p")).describe() == "disable b (cascade: b -> p)"
    assert Change("p", "enable", "required", ("b", "p")).to_dict() == {
        "module": "p",
        "action": "enable",
        "reason": "required",
        "via": ["b", "p"],
    }


# -- enabling ----------------------------------------------------------------------------------------
def test_enable_pulls_in_requirements_with_the_chain(reg: ModuleRegistry) -> None:
    platform = plan_one(reg, on(), ChangeRequest(enable=("billing",)))
    assert not platform.refused
    assert platform.changes == (
        Change("tenancy", "enable", "required", ("billing", "payments", "tenancy")),
        Change("payments", "enable", "required", ("billing", "payments")),
        Change("billing", "enable", "requested"),
    )
    assert platform.enabled == ("tenancy", "payments", "billing")
    assert platform.disabled == ()
    assert [c.describe() for c in platform.changes] == [
        "enable tenancy (required: billing -> payments -> tenancy)",
        "enable payments (required: billing -> payments)",
        "enable billing",
    ]


def test_enable_skips_what_is_already_on(reg: ModuleRegistry) -> None:
    platform = plan_one(reg, on("tenancy", "payments"), ChangeRequest(enable=("orders",)))
    assert platform.changes == (
        Change("customers", "enable", "required", ("orders", "customers")),
        Change("orders", "enable", "requested"),
    )


def test_enable_of_several_marks_each_requested_one_as_requested(reg: ModuleRegistry) -> None:
    platform = plan_one(reg, on(), ChangeRequest(enable=("billing", "payments")))
    assert platform.changes == (
        Change("tenancy", "enable", "required", ("billing", "payments", "tenancy")),
        Change("payments", "enable", "requested"),
        Change("billing", "enable", "requested"),
    )


def test_enable_already_enabled_is_unchanged(reg: ModuleRegistry) -> None:
    plan = plan_changes(reg, {"p1": on("cms")}, ChangeRequest(enable=("cms",)))
    assert plan.platforms[0].changes == ()
    assert [p.platform for p in plan.unchanged] == ["p1"]
    assert plan.applicable == []


def test_unknown_module_is_not_found(reg: ModuleRegistry) -> None:
    with pytest.raises(NotFound) as info:
        plan_changes(reg, {"p1": on()}, ChangeRequest(enable=("nope",)))
    assert info.value.details == {"module": "nope"}
    with pytest.raises(NotFound):
        plan_changes(reg, {"p1": on()}, ChangeRequest(disable=("nope",)))


# -- disabling ---------------------------------------------------------------------------------------
def test_disable_refused_naming_the_chain(reg: ModuleRegistry) -> None:
    platform = plan_one(reg, on("tenancy", "payments", "billing"), ChangeRequest(disable=("payments",)))
    assert platform.refused
    assert platform.changes == ()
    (refusal,) = platform.refusals
    assert refusal.code == "module.required_by"
    assert refusal.module == "payments"
    assert "billing -> payments" in refusal.message
    assert refusal.message == (
        "cannot disable payments: required by billing -> payments; disable those first or use --cascade"
    )
    assert refusal.details == {"module": "payments", "chains": [["billing", "payments"]]}


def test_disable_refused_lists_every_enabled_dependent_with_its_chain(reg: ModuleRegistry) -> None:
    enabled = on("tenancy", "customers", "payments", "billing", "orders")
    platform = plan_one(reg, enabled, ChangeRequest(disable=("tenancy",)))
    (refusal,) = platform.refusals
    assert refusal.details["chains"] == [
        ["customers", "tenancy"],
        ["payments", "tenancy"],
        ["billing", "payments", "tenancy"],
        ["orders", "tenancy"],
    ]
    assert "billing -> payments -> tenancy" in refusal.message


def test_disable_cascade_disables_dependents_first(reg: ModuleRegistry) -> None:
    enabled = on("tenancy", "payments", "billing", "cms")
    platform = plan_one(reg, enabled, ChangeRequest(disable=("tenancy",), cascade=True))
    assert not platform.refused
    assert platform.changes == (
        Change("billing", "disable", "cascade", ("billing", "payments", "tenancy")),
        Change("payments", "disable", "cascade", ("payments", "tenancy")),
        Change("tenancy", "disable", "requested"),
    )
    assert apply(enabled, platform) == on("cms")
    assert platform.changes[0].describe() == "disable billing (cascade: billing -> payments -> tenancy)"


def test_disable_together_with_its_dependents_needs_no_cascade(reg: ModuleRegistry) -> None:
    enabled = on("tenancy", "payments", "billing")
    platform = plan_one(reg, enabled, ChangeRequest(disable=("payments", "billing")))
    assert not platform.refused
    assert platform.changes == (
        Change("billing", "disable", "requested"),
        Change("payments", "disable", "requested"),
    )


def test_disable_of_a_module_that_is_off_is_a_no_op(reg: ModuleRegistry) -> None:
    platform = plan_one(reg, on("cms"), ChangeRequest(disable=("billing",)))
    assert platform.changes == ()
    assert not platform.refused


@pytest.mark.parametrize("cascade", [False, True])
def test_core_module_stays_on(reg: ModuleRegistry, cascade: bool) -> None:
    platform = plan_one(reg, on("cms", "blog"), ChangeRequest(disable=("core",), cascade=cascade))
    assert platform.refused
    assert platform.changes == ()
    (refusal,) = platform.refusals
    assert refusal.code == "module.core"
    assert refusal.module == "core"
    assert refusal.message == "core is a core module and stays enabled"


def test_core_refusal_beside_an_allowed_disable(reg: ModuleRegistry) -> None:
    platform = plan_one(reg, on("cms"), ChangeRequest(disable=("auth", "cms")))
    assert [r.code for r in platform.refusals] == ["module.core"]
    assert platform.refused


# -- internal modules ----------------------------------------------------------------------------------
def test_internal_module_needs_allow_internal(reg: ModuleRegistry) -> None:
    request = ChangeRequest(enable=("monitoring",))
    refused = plan_one(reg, on("tenancy", "payments"), request, allow_internal=False)
    assert refused.refused
    assert {(r.code, r.module) for r in refused.refusals} == {
        ("module.internal", "dev-tools"),
        ("module.internal", "monitoring"),
    }
    assert all("modules.internal permission" in r.message for r in refused.refusals)

    allowed = plan_one(reg, on("tenancy", "payments"), request, allow_internal=True)
    assert not allowed.refused
    assert allowed.enabled == ("dev-tools", "monitoring")


def test_cascade_into_an_internal_module_needs_allow_internal(reg: ModuleRegistry) -> None:
    enabled = on("tenancy", "payments", "dev-tools", "monitoring")
    request = ChangeRequest(disable=("payments",), cascade=True)
    refused = plan_one(reg, enabled, request, allow_internal=False)
    assert [(r.code, r.module) for r in refused.refusals] == [("module.internal", "monitoring")]
    allowed = plan_one(reg, enabled, request)
    assert allowed.disabled == ("monitoring", "payments")


def test_optional_changes_do_not_need_allow_internal(reg: ModuleRegistry) -> None:
    platform = plan_one(reg, on("dev-tools"), ChangeRequest(enable=("blog",)), allow_internal=False)
    assert not platform.refused
    assert platform.enabled == ("cms", "blog")


# -- conflicting requests ------------------------------------------------------------------------------
def test_enable_and_disable_the_same_module_is_invalid(reg: ModuleRegistry) -> None:
    with pytest.raises(InvalidInput) as info:
        plan_changes(reg, {"p1": on()}, ChangeRequest(enable=("cms", "blog"), disable=("blog", "cms")))
    assert info.value.code == "request.conflict"
    assert info.value.message == "cannot enable and disable blog, cms in one request"
    assert info.value.details == {"modules": ["blog", "cms"]}
    assert info.value.exit_code == 2


def test_disabling_what_an_enable_needs_is_refused_when_it_is_on(reg: ModuleRegistry) -> None:
    platform = plan_one(
        reg, on("tenancy", "payments"), ChangeRequest(enable=("billing",), disable=("payments",))
    )
    assert [(r.code, r.module) for r in platform.refusals] == [("module.conflict", "payments")]


def test_disabling_what_an_enable_needs_is_refused_when_it_is_off(reg: ModuleRegistry) -> None:
    # payments is off: the plan must not silently enable it against the explicit request.
    platform = plan_one(reg, on("tenancy"), ChangeRequest(enable=("billing",), disable=("payments",)))
    assert [(r.code, r.module) for r in platform.refusals] == [("module.conflict", "payments")]
    assert "payments is both needed by an enabled module and disabled by this request" in (
        platform.refusals[0].message
    )


def test_cascade_that_takes_away_an_enable_requirement_is_refused(reg: ModuleRegistry) -> None:
    enabled = on("tenancy", "payments")
    platform = plan_one(reg, enabled, ChangeRequest(enable=("billing",), disable=("tenancy",), cascade=True))
    assert {(r.code, r.module) for r in platform.refusals} == {
        ("module.conflict", "tenancy"),
        ("module.conflict", "payments"),
    }


# -- many platforms, totals, headline ----------------------------------------------------------------
def test_many_platforms_with_shared_enabled_sets(reg: ModuleRegistry) -> None:
    shapes = [on(), on("tenancy", "payments", "billing"), on("cms", "blog"), on("tenancy", "payments")]
    enabled_by_platform = {f"shop-{i:05d}": shapes[i % len(shapes)] for i in range(10_000)}
    # Mixed container types for the same set are the same configuration.
    enabled_by_platform["list-shaped"] = list(shapes[0])
    enabled_by_platform["set-shaped"] = set(shapes[0])
    plan = plan_changes(reg, enabled_by_platform, ChangeRequest(enable=("billing",)))

    assert [p.platform for p in plan.platforms] == list(enabled_by_platform)
    by_name = {p.platform: p for p in plan.platforms}
    assert by_name["shop-00000"].enabled == ("tenancy", "payments", "billing")
    assert by_name["shop-00001"].changes == ()
    assert by_name["shop-00002"].enabled == ("tenancy", "payments", "billing")
    assert by_name["shop-00003"].enabled == ("billing",)
    assert by_name["list-shaped"].changes == by_name["shop-00000"].changes
    assert by_name["set-shaped"].changes == by_name["shop-00000"].changes
    # Equal enabled sets share one computed plan.
    assert by_name["shop-00004"].changes is by_name["shop-00000"].changes
    assert by_name["list-shaped"].changes is by_name["shop-00000"].changes

    totals = plan.totals()
    assert totals == {
        "platforms": 10_002,
        "changing": 7_502,
        "unchanged": 2_500,
        "refused": 0,
        "enabled": {"billing": 7_502},
        "pulled_in": {"payments": 5_002, "tenancy": 5_002},
        "disabled": {},
        "cascaded": {},
    }
    assert plan.headline() == (
        "enable billing on 10,002 platforms: +7,502 billing, +5,002 payments pulled in, "
        "+5,002 tenancy pulled in, 0 refused"
    )


def mixed_plan(reg: ModuleRegistry, cascade: bool) -> Plan:
    return plan_changes(
        reg,
        {
            "p1": on("tenancy", "cms"),
            "p2": on("tenancy", "cms"),
            "p3": on("tenancy", "payments", "billing"),
            "p4": on("tenancy", "cms", "blog"),
        },
        ChangeRequest(enable=("billing",), disable=("cms",), cascade=cascade),
    )


def test_totals_and_headline_with_a_refusal(reg: ModuleRegistry) -> None:
    plan = mixed_plan(reg, cascade=False)
    assert [p.platform for p in plan.applicable] == ["p1", "p2"]
    assert [p.platform for p in plan.unchanged] == ["p3"]
    assert [p.platform for p in plan.refused] == ["p4"]
    assert plan.totals() == {
        "platforms": 4,
        "changing": 2,
        "unchanged": 1,
        "refused": 1,
        "enabled": {"billing": 2},
        "pulled_in": {"payments": 2},
        "disabled": {"cms": 2},
        "cascaded": {},
    }
    assert plan.headline() == (
        "enable billing; disable cms on 4 platforms: +2 billing, +2 payments pulled in, -2 cms, 1 refused"
    )


def test_totals_and_headline_with_cascade(reg: ModuleRegistry) -> None:
    plan = mixed_plan(reg, cascade=True)
    assert plan.refused == []
    totals = plan.totals()
    assert totals["changing"] == 3
    assert totals["disabled"] == {"cms": 3}
    assert totals["cascaded"] == {"blog": 1}
    assert plan.headline() == (
        "enable billing; disable cms (cascade) on 4 platforms: +3 billing, +3 payments pulled in, "
        "-3 cms, -1 blog by cascade, 0 refused"
    )


def test_refused_platforms_do_not_count_in_the_totals(reg: ModuleRegistry) -> None:
    plan = mixed_plan(reg, cascade=False)
    refused = plan.refused[0]
    # The refused platform's plan still shows what it would have done.
    assert refused.changes != ()
    assert plan.totals()["enabled"] == {"billing": 2}


def test_plan_to_dict(reg: ModuleRegistry) -> None:
    plan = mixed_plan(reg, cascade=False)
    doc = plan.to_dict(limit=2)
    assert doc["request"] == {"enable": ["billing"], "disable": ["cms"], "cascade": False}
    assert doc["truncated"] is True
    assert [p["platform"] for p in doc["platforms"]] == ["p1", "p2"]
    assert doc["headline"] == plan.headline()
    assert doc["totals"] == plan.totals()
    full = plan.to_dict()
    assert full["truncated"] is False
    p4 = full["platforms"][3]
    assert p4["refused"] is True
    assert p4["refusals"][0]["code"] == "module.required_by"
    assert p4["refusals"][0]["details"]["chains"] == [["blog", "cms"]]


# -- a large synthetic registry ------------------------------------------------------------------------
LEVELS = 25
WIDTH = 40


def big_registry() -> ModuleRegistry:
    """1,000 modules in 25 levels; every module of level L > 0 requires one or more of level L - 1."""
    rng = random.Random(20261126)
    codes = [[f"m{level:02d}-{i:03d}" for i in range(WIDTH)] for level in range(LEVELS)]
    definitions = []
    for i, code in enumerate(codes[0]):
        if i < 5:
            definitions.append(mod(code, *codes[0][:i], tier="core"))
        else:
            definitions.append(mod(code, codes[0][i % 5]))
    for level in range(1, LEVELS):
        for i, code in enumerate(codes[level]):
            previous = codes[level - 1]
            needs = set(rng.sample(previous, rng.randint(1, 3)))
            if level >= 2 and rng.random() < 0.3:
                needs.add(rng.choice(codes[rng.randrange(level - 1)]))
            internal = level == LEVELS - 1 and i % 5 == 0
            definitions.append(mod(code, *sorted(needs), tier="internal" if internal else "optional"))
    rng.shuffle(definitions)
    return ModuleRegistry(definitions)


@pytest.fixture(scope="module")
def big() -> ModuleRegistry:
    return big_registry()


def depth_of(reg: ModuleRegistry) -> dict[str, int]:
    depth: dict[str, int] = {}
    for code in reg.modules:  # topological: requirements first
        depth[code] = 1 + max((depth[r] for r in reg.requires(code)), default=0)
    return depth


def test_big_registry_builds_in_topological_order(big: ModuleRegistry) -> None:
    assert len(big) == LEVELS * WIDTH
    position = {code: i for i, code in enumerate(big.modules)}
    for module in big:
        for req in module.requires:
            assert position[req] < position[module.code]
    assert max(depth_of(big).values()) >= 20
    assert len(big.by_tier("core")) == 5
    assert len(big.by_tier("internal")) == WIDTH // 5


def test_big_registry_closures_match_a_naive_walk(big: ModuleRegistry) -> None:
    for code in ["m24-001", "m12-017", "m00-007", "m01-000"]:
        seen = walked_requirements(big, code)
        assert big.requirements_closure(code) == seen
        for other in seen:
            assert code in big.dependents_closure(other)


def test_big_registry_enable_pulls_in_the_whole_closure(big: ModuleRegistry) -> None:
    target = "m24-001"
    core = set(big.by_tier("core"))
    platform = plan_one(big, core, ChangeRequest(enable=(target,)))
    assert not platform.refused
    expected = (big.requirements_closure(target) | {target}) - core
    assert set(platform.enabled) == expected
    assert len(platform.enabled) == len(expected)
    assert depth_of(big)[target] >= LEVELS
    assert {code[:3] for code in platform.enabled} == {f"m{level:02d}" for level in range(LEVELS)}
    position = {code: i for i, code in enumerate(big.modules)}
    assert [position[m] for m in platform.enabled] == sorted(position[m] for m in platform.enabled)
    for change in platform.changes:
        if change.reason == "required":
            assert_valid_path(big, change.via, target, change.module)
    assert is_closed(big, apply(core, platform))


def test_big_registry_cascade_and_refusal(big: ModuleRegistry) -> None:
    everything = {m.code for m in big if not m.is_internal}
    target = "m00-005"  # optional, level 0: almost everything depends on it
    users = big.dependents_closure(target) & everything
    assert len(users) > 100

    refused = plan_one(big, everything, ChangeRequest(disable=(target,)))
    (refusal,) = refused.refusals
    assert refusal.code == "module.required_by"
    assert len(refusal.details["chains"]) == len(users)
    for path in refusal.details["chains"]:
        assert_valid_path(big, tuple(path), path[0], target)

    platform = plan_one(big, everything, ChangeRequest(disable=(target,), cascade=True))
    assert not platform.refused
    assert set(platform.disabled) == users | {target}
    assert platform.disabled[-1] == target
    for change in platform.changes:
        if change.reason == "cascade":
            assert_valid_path(big, change.via, change.module, target)
    result = apply(everything, platform)
    assert is_closed(big, result)
    assert set(big.by_tier("core")) <= result


# -- properties over random DAGs -----------------------------------------------------------------------
TIERS = ("core", "optional", "internal")
ALLOWED = {
    "core": {"core"},
    "optional": {"core", "optional"},
    "internal": {"core", "optional", "internal"},
}


@dataclass(frozen=True)
class Scenario:
    """Plain data, so that Hypothesis prints a readable falsifying example."""

    modules: tuple[tuple[str, str, tuple[str, ...]], ...]  # (code, tier, requires), in any order
    platforms: dict[str, frozenset[str]]
    request: ChangeRequest
    allow_internal: bool

    def registry(self) -> ModuleRegistry:
        return ModuleRegistry([mod(code, *requires, tier=tier) for code, tier, requires in self.modules])


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    n = draw(st.integers(min_value=1, max_value=12))
    tiers = draw(st.lists(st.sampled_from(TIERS), min_size=n, max_size=n))
    modules = []
    for i, tier in enumerate(tiers):
        allowed = [f"m{j}" for j in range(i) if tiers[j] in ALLOWED[tier]]
        requires = draw(st.lists(st.sampled_from(allowed), unique=True, max_size=3)) if allowed else []
        modules.append((f"m{i}", tier, tuple(requires)))
    reg = ModuleRegistry([mod(code, *requires, tier=tier) for code, tier, requires in modules])
    codes = sorted(reg.modules)
    core = set(reg.by_tier("core"))

    def closed(picked: set[str]) -> frozenset[str]:
        base = picked | core
        return frozenset(base | requirements_of(reg, base))

    # The first platform runs the core modules only; the others a random closed set.
    platforms = {"p0": closed(set())} | {
        f"p{i}": closed(draw(st.sets(st.sampled_from(codes))))
        for i in range(1, draw(st.integers(min_value=1, max_value=4)))
    }
    enable = draw(st.lists(st.sampled_from(codes), unique=True, max_size=3))
    rest = [c for c in codes if c not in enable]
    disable = set(draw(st.lists(st.sampled_from(rest), unique=True, max_size=3))) if rest else set()
    # Often also disable something the enables need: the interplay is where plans go wrong.
    needed = sorted(requirements_of(reg, enable) - set(enable) - core)
    if needed and draw(st.booleans()):
        disable.add(draw(st.sampled_from(needed)))
    request = ChangeRequest(tuple(enable), tuple(sorted(disable)), cascade=draw(st.booleans()))
    return Scenario(tuple(draw(st.permutations(modules))), platforms, request, draw(st.booleans()))


PROPERTY_SETTINGS = settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(scenarios())
def test_applying_a_plan_keeps_platforms_closed_and_core_on(scenario: Scenario) -> None:
    reg = scenario.registry()
    plan = plan_changes(reg, scenario.platforms, scenario.request, allow_internal=scenario.allow_internal)
    core = set(reg.by_tier("core"))
    assert [p.platform for p in plan.platforms] == list(scenario.platforms)
    for platform in plan.platforms:
        if platform.refused:
            continue
        result = apply(scenario.platforms[platform.platform], platform)
        assert is_closed(reg, result)
        assert core <= result


@PROPERTY_SETTINGS
@given(scenarios())
def test_an_accepted_plan_does_what_was_asked_one_step_at_a_time(scenario: Scenario) -> None:
    reg = scenario.registry()
    request = scenario.request
    plan = plan_changes(reg, scenario.platforms, request, allow_internal=scenario.allow_internal)
    for platform in plan.platforms:
        if platform.refused:
            continue
        current = set(scenario.platforms[platform.platform])
        modules = [c.module for c in platform.changes]
        assert len(modules) == len(set(modules))
        for change in platform.changes:
            if change.action == "enable":
                assert change.module not in current
                current.add(change.module)
            else:
                assert change.module in current
                current.discard(change.module)
            # Every intermediate state is consistent, so the changes can be applied in order.
            assert is_closed(reg, current)
            if not scenario.allow_internal:
                assert not reg.get(change.module).is_internal
        assert set(request.enable) <= current
        assert not set(request.disable) & current


def test_kinds_and_totals_count_every_platform_whether_or_not_tuples_are_shared() -> None:
    # A plan as plan_changes makes it shares tuples; one built by hand may not: equal contents in
    # distinct tuples are distinct kinds, and every platform is counted once either way.
    enable = Change("orders", "enable", "requested")
    pulled = Change("payments", "enable", "required", ("orders", "payments"))
    refusal = Refusal("permission.denied", "orders", "no")
    shared = (enable, pulled)
    rows = [
        PlatformPlan("a", shared),
        PlatformPlan("b", (enable,)),
        PlatformPlan("c", shared),
        PlatformPlan("d", (enable, pulled)),  # equal to `shared`, not the same tuple
        PlatformPlan("e", ()),
        PlatformPlan("f", (enable,), (refusal,)),
        PlatformPlan("g", ()),
        PlatformPlan("h", shared, (refusal,)),
    ]
    plan = Plan(ChangeRequest(enable=("orders",)), rows)
    kinds = plan.kinds()
    assert sum(times for _p, times in kinds) == len(rows)
    assert [p.platform for p, _times in kinds] == ["a", "b", "d", "e", "f", "h"]  # first of each
    assert [times for _p, times in kinds] == [2, 1, 1, 2, 1, 1]
    assert plan.totals() == {
        "platforms": 8,
        "changing": 4,
        "unchanged": 2,
        "refused": 2,
        "enabled": {"orders": 4},
        "pulled_in": {"payments": 3},
        "disabled": {},
        "cascaded": {},
    }
    no_refusals = Plan(plan.request, rows[:5])
    assert [times for _p, times in no_refusals.kinds()] == [2, 1, 1, 1]
    assert Plan(plan.request, []).kinds() == [] and Plan(plan.request, []).totals()["platforms"] == 0
    # computed once per plan (a worker computes them before the preview shows them) ...
    assert plan.kinds() is kinds
    # ... and again if the list is replaced or grown
    plan.platforms.append(PlatformPlan("i", rows[1].changes))  # the same tuple as "b"
    assert [times for _p, times in plan.kinds()] == [2, 2, 1, 2, 1, 1]
    plan.platforms = rows[:2]
    assert [times for _p, times in plan.kinds()] == [1, 1] and plan == Plan(plan.request, rows[:2])
