"""The walls between layers and between modules (docs/architecture.md, "Layers" and "Module contract").

* The import-linter contracts of pyproject.toml: ``core`` and ``modules`` load no Qt and never
  the console; ``core`` never imports a module.
* Each module imports only ``core``, the core-tier modules, and the modules its definition
  requires (directly or through others) -- the rule is read from the real registry, and the
  import graph counts imports inside functions too (grimp). The ``modules`` package itself (its
  health-check helpers) is shared.
* Each module's tables reference only the tables of the modules it may import.
* No module imports another's private names (``from modules.x.y import _z``).
"""

from __future__ import annotations

import ast
import importlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import grimp
import pytest
from importlinter.cli import lint_imports

from core.db import Base
from core.definition import ModuleDefinition, ModuleTier
from core.registry import ModuleRegistry, default_registry

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Violation:
    importer: str  # a Python module, e.g. modules.tenancy.services
    imported: str
    module: str  # the importing module's code
    rule: str  # what it may import instead

    def __str__(self) -> str:
        return f"{self.importer} imports {self.imported}: module {self.module} may import {self.rule}"


def allowed_packages(registry: ModuleRegistry, code: str) -> frozenset[str]:
    """The packages under ``modules`` the module ``code`` may import: its own, the core tier's, and
    those of every module it requires, directly or through others."""
    codes = {code, *registry.by_tier(ModuleTier.CORE), *registry.requirements_closure(code)}
    return frozenset(registry.get(c).package for c in codes)


def _rule(registry: ModuleRegistry, code: str) -> str:
    others = sorted(allowed_packages(registry, code) - {registry.get(code).package})
    return "core, the modules package and " + ", ".join(f"modules.{p}" for p in others)


def module_violations(graph: grimp.ImportGraph, registry: ModuleRegistry) -> list[Violation]:
    """Every import from one module's package into another's that the rule forbids."""
    by_package = {m.package: m.code for m in registry}
    found = []
    for package, code in sorted(by_package.items()):
        allowed = allowed_packages(registry, code)
        importers = _package_modules(graph, f"modules.{package}")
        for importer in sorted(importers):
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                parts = imported.split(".")
                if parts[0] != "modules" or len(parts) < 2 or parts[1] in allowed:
                    continue
                found.append(Violation(importer, imported, code, _rule(registry, code)))
    return found


def _package_modules(graph: grimp.ImportGraph, package: str) -> set[str]:
    return {m for m in graph.modules if m == package or m.startswith(package + ".")}


def table_violations(registry: ModuleRegistry) -> list[str]:
    """Foreign keys from one module's tables to the tables of a module it may not import."""
    owner: dict[str, str] = {}
    for module in registry:
        try:
            models = importlib.import_module(f"modules.{module.package}.models")
        except ModuleNotFoundError as exc:
            if exc.name != f"modules.{module.package}.models":
                raise
            continue
        for name, table in Base.metadata.tables.items():
            mapped = [m for m in vars(models).values() if getattr(m, "__table__", None) is table]
            if any(m.__module__ == models.__name__ for m in mapped):
                owner[name] = module.code
    found = []
    for name, code in sorted(owner.items()):
        allowed = allowed_packages(registry, code)
        for key in Base.metadata.tables[name].foreign_keys:
            target = owner.get(key.column.table.name)
            if target is not None and registry.get(target).package not in allowed:
                found.append(f"table {name} ({code}) references {key.column.table.name} ({target})")
    return found


def private_imports(root: Path) -> list[str]:
    """``from modules.<other> import _name``: one module reaching into another's privates."""
    found = []
    for path in sorted((root / "modules").rglob("*.py")):
        own = path.relative_to(root).parts[1] if len(path.relative_to(root).parts) > 2 else None
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("modules."):
                continue
            if node.module.split(".")[1] == own:
                continue
            for alias in node.names:
                if alias.name.startswith("_"):
                    found.append(f"{path.relative_to(root)}: from {node.module} import {alias.name}")
    return found


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("core", "modules", "console", cache_dir=None)


def test_modules_import_only_what_their_definitions_require(graph: grimp.ImportGraph) -> None:
    violations = module_violations(graph, default_registry())
    assert not violations, "\n".join(map(str, violations))


def test_tables_reference_only_what_their_modules_require() -> None:
    assert not table_violations(default_registry())


def test_no_module_imports_another_modules_private_names() -> None:
    assert not private_imports(ROOT)


def test_the_pyproject_contracts_hold() -> None:
    config = str(ROOT / "pyproject.toml")
    # import-linter configures logging with dictConfig, which disables every logger that exists:
    # put them back so later tests still see their log records.
    loggers = [lg for lg in logging.root.manager.loggerDict.values() if isinstance(lg, logging.Logger)]
    disabled = {lg: lg.disabled for lg in loggers}
    try:
        assert lint_imports(config_filename=config, no_cache=True, no_logo=True) == 0
    finally:
        for lg, was in disabled.items():
            lg.disabled = was


# -- the rule bites -----------------------------------------------------------------------------
def _definition(code: str, *, requires: Iterable[str] = (), core: bool = False) -> ModuleDefinition:
    return ModuleDefinition(
        code=code,
        name=code.title(),
        description=code,
        version="1.0.0",
        requires=tuple(requires),
        is_core=core,
    )


def _graph(*imports: tuple[str, str]) -> grimp.ImportGraph:
    graph = grimp.ImportGraph()
    for importer, imported in imports:
        graph.add_import(importer=importer, imported=imported)
    return graph


def test_a_forbidden_import_is_reported_with_the_rule() -> None:
    registry = ModuleRegistry(
        [
            _definition("core", core=True),
            _definition("tenancy", core=True),
            _definition("payments"),
            _definition("orders", requires=["payments"]),
            _definition("billing", requires=["orders"]),
        ]
    )
    graph = _graph(
        ("modules.tenancy.services", "modules.orders.models"),  # core tier -> optional: forbidden
        ("modules.payments.services", "modules.orders.models"),  # against the requirement
        ("modules.orders.services", "modules.payments.models"),  # required
        ("modules.billing.services", "modules.payments.money"),  # required through orders
        ("modules.orders.models", "modules.tenancy.models"),  # the core tier
        ("modules.payments.definition", "modules"),  # the shared helpers
        ("modules.payments.services", "core.paging"),
    )
    violations = module_violations(graph, registry)
    assert [(v.importer, v.imported, v.module) for v in violations] == [
        ("modules.payments.services", "modules.orders.models", "payments"),
        ("modules.tenancy.services", "modules.orders.models", "tenancy"),
    ]
    assert str(violations[1]) == (
        "modules.tenancy.services imports modules.orders.models: module tenancy may import core, "
        "the modules package and modules.core"
    )
    assert "modules.tenancy" in str(violations[0])


def test_an_import_inside_a_function_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "walls_probe"
    (package / "a").mkdir(parents=True)
    (package / "b").mkdir()
    for path in (package, package / "a", package / "b"):
        (path / "__init__.py").write_text("")
    (package / "b" / "models.py").write_text("X = 1\n")
    lazy = "def f():\n    from walls_probe.b.models import X\n\n    return X\n"
    (package / "a" / "services.py").write_text(lazy)
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("walls_probe", cache_dir=None)
    assert graph.direct_import_exists(importer="walls_probe.a.services", imported="walls_probe.b.models")


def test_a_forbidden_table_reference_is_reported() -> None:
    """Orders without payments among its requirements: its ``orders.payment_id`` breaks the rule."""
    real = default_registry()
    orders = replace(real.get("orders"), requires=())
    registry = ModuleRegistry([orders if m.code == "orders" else m for m in real])
    assert "table orders (orders) references payments (payments)" in table_violations(registry)


def test_a_private_import_is_reported(tmp_path: Path) -> None:
    for package in ("orders", "payments"):
        (tmp_path / "modules" / package).mkdir(parents=True)
    (tmp_path / "modules" / "orders" / "paging.py").write_text(
        "from modules.orders.services import _summary\nfrom modules.payments.services import _fee\n"
    )
    assert private_imports(tmp_path) == [
        "modules/orders/paging.py: from modules.payments.services import _fee"
    ]
