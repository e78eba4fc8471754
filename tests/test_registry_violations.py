"""A registry with several problems reports every one of them, in the library and in platformctl."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator

import pytest

import console.commands.modules  # noqa: F401 - imported before the registry is broken below
from console.cli import main
from core import registry as registry_module
from core.db import Database
from core.definition import ModuleDefinition
from core.registry import ModuleRegistry, RegistryError
from core.registry_rules import find_cycles
from tests.test_registry import mod


def three_problems() -> list[ModuleDefinition]:
    """An unknown requirement, a core module pulling an optional one through another core module,
    and a cycle between two optional modules."""
    return [
        mod("core-a", "core-b", tier="core"),
        mod("core-b", "optional-c", tier="core"),
        mod("optional-c"),
        mod("billing", "payments"),
        mod("x", "y"),
        mod("y", "x"),
    ]


def test_three_violations_of_different_kinds_are_all_reported() -> None:
    with pytest.raises(RegistryError) as info:
        ModuleRegistry(three_problems())
    error = info.value
    assert error.code == "registry.invalid"
    assert [v.code for v in error.violations] == [
        "registry.unknown_requirement",
        "registry.core_requires_non_core",
        "registry.cycle",
    ]
    assert error.details == [v.to_dict() for v in error.violations]
    assert error.details[0]["details"] == {"module": "billing", "requires": "payments"}
    assert error.details[2]["details"] == {"cycle": ["x", "y", "x"]}
    # The message lists them, one per line.
    lines = error.message.splitlines()
    assert lines[0] == "the module registry has 3 problems:"
    assert lines[1:] == [f"  {v.message}" for v in error.violations]
    assert "'billing' requires unknown module 'payments'" in lines[1]
    assert "dependency cycle: x -> y -> x" in lines[3]
    assert error.to_dict()["details"] == error.details


def test_a_tier_violation_names_the_whole_chain() -> None:
    with pytest.raises(RegistryError) as info:
        ModuleRegistry(
            [
                mod("core-a", "core-b", tier="core"),
                mod("core-b", "optional-c", tier="core"),
                mod("optional-c"),
            ]
        )
    (violation,) = info.value.violations
    assert violation.code == "registry.core_requires_non_core"
    assert violation.details == {
        "module": "core-b",
        "requires": "optional-c",
        "chain": ["core-a", "core-b", "optional-c"],
    }
    assert "core module 'core-b' requires optional module 'optional-c'" in violation.message
    assert "through core-a -> core-b -> optional-c" in violation.message


def test_an_internal_module_reached_through_optional_ones_names_the_chain() -> None:
    modules = [mod("shop"), mod("cart", "shop"), mod("shop-tools", tier="internal")]
    modules[0] = mod("shop", "shop-tools")
    with pytest.raises(RegistryError) as info:
        ModuleRegistry(modules)
    (violation,) = info.value.violations
    assert violation.code == "registry.requires_internal"
    assert violation.details["chain"] == ["cart", "shop", "shop-tools"]
    assert "through cart -> shop -> shop-tools" in violation.message


def test_a_direct_violation_names_its_edge() -> None:
    with pytest.raises(RegistryError) as info:
        ModuleRegistry([mod("core", "cms", tier="core"), mod("cms")])
    assert info.value.violations[0].details["chain"] == ["core", "cms"]
    assert "(through" not in info.value.message  # the edge is the whole chain


def test_every_cycle_is_named_once() -> None:
    modules = [mod("a", "b"), mod("b", "a"), mod("c", "d"), mod("d", "e"), mod("e", "c", "d"), mod("f", "a")]
    with pytest.raises(RegistryError) as info:
        ModuleRegistry(modules)
    assert [v.details["cycle"] for v in info.value.violations] == [["a", "b", "a"], ["c", "d", "e", "c"]]


def test_find_cycles_on_a_deep_chain_does_not_recurse() -> None:
    depth = sys.getrecursionlimit() * 2
    requires = {f"m{i}": [f"m{i + 1}"] for i in range(depth)}
    requires[f"m{depth}"] = []
    assert find_cycles(requires) == []
    requires[f"m{depth}"] = ["m0"]
    (cycle,) = find_cycles(requires)
    assert len(cycle) == depth + 2 and cycle[0] == cycle[-1] == "m0"


def test_duplicates_and_other_problems_together() -> None:
    with pytest.raises(RegistryError) as info:
        ModuleRegistry([mod("cms"), mod("cms"), mod("cms"), mod("blog", "nope")])
    assert [v.code for v in info.value.violations] == [
        "registry.duplicate_code",
        "registry.unknown_requirement",
    ]


# -- platformctl ------------------------------------------------------------------------------------
@pytest.fixture
def broken_registry(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The URL of a migrated database, with the module registry broken three ways."""
    url = sqlite_db.url.render_as_string(hide_password=False)
    monkeypatch.setattr(registry_module, "discover_definitions", three_problems)
    registry_module.default_registry.cache_clear()
    try:
        yield url
    finally:
        monkeypatch.undo()
        registry_module.default_registry.cache_clear()


@pytest.mark.parametrize("command", [("modules", "list"), ("modules", "graph")])
def test_platformctl_lists_every_violation(broken_registry: str, command: tuple[str, ...]) -> None:
    url = broken_registry
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", url, *command], stdout=out, stderr=err)
    assert code == 1  # DefinitionError's exit code, as before
    lines = err.getvalue().splitlines()
    assert lines[0] == "error: the module registry has 3 problems:"
    assert "module 'billing' requires unknown module 'payments'" in lines[1]
    assert "through core-a -> core-b -> optional-c" in lines[2]
    assert "dependency cycle: x -> y -> x" in lines[3]

    out, err = io.StringIO(), io.StringIO()
    assert main(["--db", url, *command, "--json"], stdout=out, stderr=err) == 1
    error = json.loads(out.getvalue())["error"]
    assert error["code"] == "registry.invalid"
    assert [v["code"] for v in error["details"]] == [
        "registry.unknown_requirement",
        "registry.core_requires_non_core",
        "registry.cycle",
    ]
    assert error["details"][1]["details"]["chain"] == ["core-a", "core-b", "optional-c"]
    assert error["details"][2]["details"]["cycle"] == ["x", "y", "x"]
