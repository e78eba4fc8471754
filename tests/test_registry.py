"""ModuleRegistry built from explicit, synthetic definitions (never the real modules package)."""

from __future__ import annotations

import itertools
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import registry as registry_module
from core.definition import ModuleDefinition, ModuleTier, PermissionDefinition
from core.errors import DefinitionError, NotFound
from core.graph import topological_order
from core.registry import ModuleRegistry, RegistryError, discover_definitions, find_cycle
from tests.foundation_helpers import walked_requirements


def mod(code: str, *requires: str, tier: str = "optional", **extra: object) -> ModuleDefinition:
    return ModuleDefinition(
        code=code,
        name=code.title(),
        description=f"the {code} module",
        version="1.0.0",
        requires=requires,
        is_core=tier == "core",
        is_internal=tier == "internal",
        **extra,
    )


def platform_registry() -> ModuleRegistry:
    """A small copy of the platform's shape: two core, several optional, two internal."""
    return ModuleRegistry(
        [
            # Deliberately not in dependency order.
            mod("orders", "tenancy", "customers", "payments"),
            mod("billing", "payments"),
            mod("payments", "tenancy"),
            mod("customers", "tenancy"),
            mod("tenancy", "core"),
            mod("cms", "core"),
            mod("core", tier="core"),
            mod("auth", "core", tier="core"),
            mod("dev-tools", "core", tier="internal"),
            mod("monitoring", "dev-tools", "payments", tier="internal"),
        ]
    )


def only(error: DefinitionError) -> dict[str, object]:
    """The details of the one violation a registry error reports (``details`` lists them all)."""
    assert isinstance(error, RegistryError)
    assert len(error.violations) == 1, error.message
    assert error.details == [v.to_dict() for v in error.violations]
    return error.violations[0].details


def assert_topological(reg: ModuleRegistry, order: list[str]) -> None:
    position = {code: i for i, code in enumerate(order)}
    assert sorted(order) == sorted(m.code for m in reg)
    for module in reg:
        for req in module.requires:
            assert position[req] < position[module.code], f"{req} must come before {module.code}"


# -- validation ----------------------------------------------------------------------------------
def test_duplicate_code_is_refused() -> None:
    with pytest.raises(DefinitionError) as info:
        ModuleRegistry([mod("core", tier="core"), mod("cms"), mod("cms")])
    assert info.value.code == "registry.duplicate_code"
    assert "'cms' is defined twice" in info.value.message
    assert only(info.value) == {"module": "cms"}


def test_unknown_requirement_is_named() -> None:
    with pytest.raises(DefinitionError) as info:
        ModuleRegistry([mod("core", tier="core"), mod("billing", "payments")])
    assert info.value.code == "registry.unknown_requirement"
    assert "'billing' requires unknown module 'payments'" in info.value.message
    assert only(info.value) == {"module": "billing", "requires": "payments"}


def test_cycle_is_shown_as_a_closed_path() -> None:
    with pytest.raises(DefinitionError) as info:
        ModuleRegistry([mod("c", "a"), mod("a", "b"), mod("b", "c")])
    assert info.value.code == "registry.cycle"
    assert info.value.message == "dependency cycle: a -> b -> c -> a"
    assert only(info.value) == {"cycle": ["a", "b", "c", "a"]}


def test_cycle_of_two() -> None:
    with pytest.raises(DefinitionError) as info:
        ModuleRegistry([mod("x", "y"), mod("y", "x"), mod("z")])
    assert "x -> y -> x" in info.value.message


def test_cycle_behind_an_acyclic_part_is_found() -> None:
    modules = [mod("a", "b"), mod("b", "c"), mod("c", "d"), mod("d", "c"), mod("e", "a")]
    with pytest.raises(DefinitionError) as info:
        ModuleRegistry(modules)
    assert only(info.value)["cycle"] == ["c", "d", "c"]


def test_core_requiring_non_core_is_refused() -> None:
    with pytest.raises(DefinitionError) as info:
        ModuleRegistry([mod("core", "cms", tier="core"), mod("cms")])
    assert info.value.code == "registry.core_requires_non_core"
    assert "core module 'core' requires optional module 'cms'" in info.value.message


def test_core_requiring_internal_is_refused() -> None:
    with pytest.raises(DefinitionError) as info:
        ModuleRegistry([mod("core", "dev-tools", tier="core"), mod("dev-tools", tier="internal")])
    assert info.value.code == "registry.core_requires_non_core"
    assert "internal module 'dev-tools'" in info.value.message


def test_optional_requiring_internal_is_refused() -> None:
    with pytest.raises(DefinitionError) as info:
        ModuleRegistry([mod("dev-tools", tier="internal"), mod("cms", "dev-tools")])
    assert info.value.code == "registry.requires_internal"
    assert "optional module 'cms' requires internal module 'dev-tools'" in info.value.message


def test_allowed_tier_edges() -> None:
    reg = ModuleRegistry(
        [
            mod("core", tier="core"),
            mod("auth", "core", tier="core"),
            mod("cms", "core"),
            mod("blog", "cms"),
            mod("dev-tools", "core", "cms", tier="internal"),
            mod("profiler", "dev-tools", tier="internal"),
        ]
    )
    assert len(reg) == 6


def test_empty_registry() -> None:
    reg = ModuleRegistry([])
    assert len(reg) == 0
    assert list(reg) == []
    assert dict(reg.by_tier("core")) == {}


# -- lookups ---------------------------------------------------------------------------------------
def test_modules_are_in_topological_order_with_ties_by_code() -> None:
    reg = platform_registry()
    order = list(reg.modules)
    assert_topological(reg, order)
    assert order == [
        "core",
        "auth",
        "cms",
        "dev-tools",
        "tenancy",
        "customers",
        "payments",
        "billing",
        "monitoring",
        "orders",
    ]
    assert [m.code for m in reg] == order


def test_tier_lookups() -> None:
    reg = platform_registry()
    assert list(reg.by_tier(ModuleTier.CORE)) == ["core", "auth"]
    assert list(reg.by_tier("optional")) == ["cms", "tenancy", "customers", "payments", "billing", "orders"]
    assert list(reg.by_tier(ModuleTier.INTERNAL)) == ["dev-tools", "monitoring"]
    assert reg.tier_of("auth") is ModuleTier.CORE
    assert reg.tier_of("billing") is ModuleTier.OPTIONAL
    assert reg.tier_of("monitoring") is ModuleTier.INTERNAL
    with pytest.raises(ValueError):
        reg.by_tier("experimental")


def test_tier_mappings_are_read_only() -> None:
    reg = platform_registry()
    with pytest.raises(TypeError):
        reg.modules["x"] = mod("x")  # type: ignore[index]
    with pytest.raises(TypeError):
        reg.by_tier("core")["x"] = mod("x")  # type: ignore[index]


def test_get_contains_and_not_found() -> None:
    reg = platform_registry()
    assert reg.get("billing").code == "billing"
    assert "billing" in reg
    assert "nope" not in reg
    with pytest.raises(NotFound) as info:
        reg.get("nope")
    assert info.value.code == "module.not_found"
    assert "'nope'" in info.value.message
    assert info.value.exit_code == 2


def test_requires_and_required_by() -> None:
    reg = platform_registry()
    assert reg.requires("orders") == ("tenancy", "customers", "payments")
    assert reg.required_by("payments") == ("billing", "monitoring", "orders")
    assert reg.required_by("orders") == ()
    assert reg.required_by("core") == ("auth", "cms", "dev-tools", "tenancy")
    with pytest.raises(NotFound):
        reg.required_by("nope")


def test_closures() -> None:
    reg = platform_registry()
    assert reg.requirements_closure("orders") == {"tenancy", "customers", "payments", "core"}
    assert reg.requirements_closure("monitoring") == {"dev-tools", "payments", "tenancy", "core"}
    assert reg.requirements_closure("core") == frozenset()
    assert reg.dependents_closure("tenancy") == {"customers", "payments", "billing", "orders", "monitoring"}
    assert reg.dependents_closure("orders") == frozenset()
    assert reg.dependents_closure("core") == set(reg.modules) - {"core"}
    # Cached results are the same object and stay correct.
    assert reg.requirements_closure("orders") is reg.requirements_closure("orders")
    with pytest.raises(NotFound):
        reg.requirements_closure("nope")


def test_closures_match_a_naive_computation() -> None:
    reg = platform_registry()
    for a, b in itertools.product(reg.modules, repeat=2):
        assert (b in reg.requirements_closure(a)) == (b in walked_requirements(reg, a))
        assert (a in reg.dependents_closure(b)) == (b in walked_requirements(reg, a))


def test_replacement_and_permissions() -> None:
    reg = ModuleRegistry(
        [
            mod("core", tier="core", permissions=(PermissionDefinition(code="modules.view", label="View"),)),
            mod(
                "payments",
                "core",
                replaces=("pay", "gateway"),
                permissions=(
                    PermissionDefinition(code="payments.view", label="View payments"),
                    PermissionDefinition(code="payments.refund", label="Refund"),
                ),
            ),
        ]
    )
    assert reg.replacement_for("pay") == "payments"
    assert reg.replacement_for("gateway") == "payments"
    assert reg.replacement_for("payments") is None
    assert sorted(reg.all_permissions()) == ["modules.view", "payments.refund", "payments.view"]
    assert reg.all_permissions()["payments.refund"].label == "Refund"


# -- pure helpers ------------------------------------------------------------------------------------
def test_find_cycle_none_for_a_dag() -> None:
    assert find_cycle({"a": ["b"], "b": ["c"], "c": [], "d": ["a", "c"]}) is None


def test_find_cycle_on_a_deep_chain_does_not_recurse() -> None:
    depth = sys.getrecursionlimit() * 2
    requires = {f"m{i}": [f"m{i + 1}"] for i in range(depth)}
    requires[f"m{depth}"] = []
    assert find_cycle(requires) is None
    requires[f"m{depth}"] = ["m0"]
    cycle = find_cycle(requires)
    assert cycle is not None
    assert len(cycle) == depth + 2
    assert cycle[0] == cycle[-1]


def test_topological_order_reports_a_cycle_as_a_path() -> None:
    with pytest.raises(DefinitionError) as info:
        topological_order({"a": ["b"], "b": ["c"], "c": ["a"]})
    cycle = info.value.details["cycle"]
    assert cycle[0] == cycle[-1]
    assert sorted(set(cycle)) == ["a", "b", "c"]
    # Every arrow is a "requires" edge.
    edges = {"a": "b", "b": "c", "c": "a"}
    for left, right in itertools.pairwise(cycle):
        assert edges[left] == right
    assert info.value.message == "dependency cycle: " + " -> ".join(cycle)


def test_topological_order_ties_by_code() -> None:
    assert topological_order({"z": [], "b": [], "a": ["z"], "c": ["b"]}) == ["b", "c", "z", "a"]


# -- the module-level API over the default registry --------------------------------------------------
def test_module_level_api_uses_the_default_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    reg = platform_registry()
    monkeypatch.setattr(registry_module, "default_registry", lambda: reg)
    assert registry_module.get_optional_module_codes() == list(reg.by_tier("optional"))
    assert registry_module.get_internal_module_codes() == ["dev-tools", "monitoring"]
    assert list(registry_module.get_internal_modules()) == ["dev-tools", "monitoring"]
    assert registry_module.is_core_module("auth")
    assert not registry_module.is_core_module("cms")
    assert registry_module.is_internal_module("dev-tools")
    assert not registry_module.is_internal_module("core")
    assert list(registry_module.get_modules_by_tier("core")) == ["core", "auth"]
    assert registry_module.get_module_tier("billing") is ModuleTier.OPTIONAL
    assert registry_module.MODULES is reg.modules
    assert list(registry_module.CORE_MODULES) == ["core", "auth"]
    assert "billing" in registry_module.OPTIONAL_MODULES
    assert list(registry_module.INTERNAL_MODULES) == ["dev-tools", "monitoring"]
    with pytest.raises(AttributeError):
        _ = registry_module.NO_SUCH_NAME


# -- discovery from a synthetic package ------------------------------------------------------------
DEFINITION = """
from core.definition import ModuleDefinition
DEFINITION = ModuleDefinition(
    code={code!r}, name="X", description="x", version={version!r}, requires={requires!r}, is_core={core!r}
)
"""


def write_package(root: Path, name: str, modules: dict[str, str | None]) -> None:
    """``modules`` maps a sub-package to its definition.py source (None: no definition.py)."""
    pkg = root / name
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    for sub, source in modules.items():
        (pkg / sub).mkdir()
        (pkg / sub / "__init__.py").write_text("")
        if source is not None:
            (pkg / sub / "definition.py").write_text(textwrap.dedent(source))


def definition_source(
    code: str, version: str = "1.0.0", requires: tuple[str, ...] = (), core: bool = False
) -> str:
    return DEFINITION.format(code=code, version=version, requires=requires, core=core)


@pytest.fixture
def package_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in list(sys.modules):
        if name.startswith("synthetic_"):
            del sys.modules[name]


def test_discovery_finds_definitions_in_package_order(package_root: Path) -> None:
    write_package(
        package_root,
        "synthetic_ok",
        {
            "dev_tools": definition_source("dev-tools", requires=("core",)),
            "core": definition_source("core", core=True),
            "_private": definition_source("private"),
            "helpers": None,
        },
    )
    found = discover_definitions("synthetic_ok")
    assert [d.code for d in found] == ["core", "dev-tools"]
    reg = ModuleRegistry(found)
    assert list(reg.modules) == ["core", "dev-tools"]


def test_discovery_names_the_module_and_field_of_an_invalid_definition(package_root: Path) -> None:
    write_package(
        package_root, "synthetic_bad", {"core": definition_source("core", version="1.0", core=True)}
    )
    with pytest.raises(DefinitionError) as info:
        discover_definitions("synthetic_bad")
    assert info.value.code == "module.invalid_definition"
    assert only(info.value)["module"] == "core"
    assert only(info.value)["field"] == "version"
    assert "field version" in info.value.message


def test_discovery_requires_a_definition_object(package_root: Path) -> None:
    write_package(package_root, "synthetic_missing", {"cms": "DEFINITION = None\n"})
    with pytest.raises(DefinitionError) as info:
        discover_definitions("synthetic_missing")
    assert info.value.code == "registry.no_definition"
    assert "synthetic_missing.cms.definition" in info.value.message


def test_discovery_checks_package_matches_code(package_root: Path) -> None:
    write_package(package_root, "synthetic_mismatch", {"devtools": definition_source("dev-tools")})
    with pytest.raises(DefinitionError) as info:
        discover_definitions("synthetic_mismatch")
    assert info.value.code == "registry.package_mismatch"
    assert "expected 'dev_tools'" in info.value.message


def test_discovery_does_not_hide_broken_imports(package_root: Path) -> None:
    write_package(package_root, "synthetic_broken", {"cms": "import synthetic_no_such_dependency\n"})
    with pytest.raises(ModuleNotFoundError):
        discover_definitions("synthetic_broken")


def test_discovery_reports_every_broken_package(package_root: Path) -> None:
    write_package(
        package_root,
        "synthetic_many",
        {
            "alpha": definition_source("alpha", version="1.0"),
            "beta": "DEFINITION = None\n",
            "gamma": definition_source("delta"),
            "good": definition_source("good"),
        },
    )
    with pytest.raises(RegistryError) as info:
        discover_definitions("synthetic_many")
    assert info.value.code == "registry.invalid"
    found = [(v.code, v.details.get("module") or v.details.get("package")) for v in info.value.violations]
    assert found == [
        ("module.invalid_definition", "alpha"),
        ("registry.no_definition", "beta"),
        ("registry.package_mismatch", "delta"),
    ]
