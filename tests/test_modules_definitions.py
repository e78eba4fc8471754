"""The thirteen module definitions: tiers, requirements, permissions, config schemas, hooks."""

from __future__ import annotations

import importlib
from collections import Counter

import pytest
from pydantic import ValidationError

from core.definition import ModuleTier
from core.registry import ModuleRegistry, discover_definitions
from core.roles import ALL_PERMISSIONS

CORE = {"core", "tenancy", "cms", "customers"}
OPTIONAL = {"payments", "billing", "inventory", "orders", "marketplace", "analytics", "messaging"}
INTERNAL = {"dev-tools", "monitoring"}
WITH_TABLES = {"tenancy", "customers", "cms", "payments", "orders", "inventory", "billing", "dev-tools"}


@pytest.fixture(scope="module")
def registry() -> ModuleRegistry:
    return ModuleRegistry(discover_definitions())


def test_thirteen_modules_in_three_tiers(registry: ModuleRegistry) -> None:
    assert set(registry.modules) == CORE | OPTIONAL | INTERNAL
    assert len(registry) == 13
    assert set(registry.by_tier(ModuleTier.CORE)) == CORE
    assert set(registry.by_tier(ModuleTier.OPTIONAL)) == OPTIONAL
    assert set(registry.by_tier(ModuleTier.INTERNAL)) == INTERNAL


def test_requirements(registry: ModuleRegistry) -> None:
    assert registry.requires("billing") == ("payments",)
    assert registry.requires("orders") == ("payments",)
    assert registry.requires("marketplace") == ("inventory",)
    assert set(registry.required_by("payments")) == {"billing", "orders"}


def test_packages_follow_codes(registry: ModuleRegistry) -> None:
    assert registry.get("dev-tools").package == "dev_tools"
    for module in registry:
        assert importlib.import_module(f"modules.{module.package}.definition").DEFINITION is not None


def test_every_permission_declared_exactly_once(registry: ModuleRegistry) -> None:
    declared = Counter(p.code for m in registry for p in m.permissions)
    assert [code for code, count in declared.items() if count > 1] == []
    assert set(declared) == set(ALL_PERMISSIONS)


def test_permissions_live_with_their_module(registry: ModuleRegistry) -> None:
    def codes(module: str) -> set[str]:
        return {p.code for p in registry.get(module).permissions}

    assert codes("payments") == {"payments.view", "payments.refund", "payments.refund.approve"}
    assert codes("tenancy") == {"merchants.view", "merchants.suspend"}
    assert codes("customers") == {"customers.pii.view", "customers.pii.reveal"}
    assert {"health.view", "health.run", "migrations.run", "admin.users.manage"} <= codes("core")
    assert all(p.label and p.description for m in registry for p in m.permissions)


def test_default_configs_validate(registry: ModuleRegistry) -> None:
    for module in registry:
        if module.config_schema is not None:
            module.config_schema.model_validate(module.default_config)
            assert module.full_config({}) == module.default_config
        else:
            assert module.default_config == {}
    with_settings = {m.code for m in registry if m.config_schema is not None}
    assert with_settings == {
        "payments",
        "messaging",
        "marketplace",
        "billing",
        "analytics",
        "inventory",
        "cms",
        "orders",
    }


def test_secret_fields(registry: ModuleRegistry) -> None:
    assert registry.get("marketplace").secret_fields == {"api_key"}
    assert all(not m.secret_fields for m in registry if m.code != "marketplace")


@pytest.mark.parametrize(
    ("module", "values"),
    [
        ("payments", {"default_currency": "EURO"}),
        ("payments", {"default_currency": "E1R"}),
        ("payments", {"enabled_gateways": ["bitcoin"]}),
        ("payments", {"enabled_gateways": []}),
        ("payments", {"enabled_gateways": ["stripe", "stripe"]}),
        ("messaging", {"sender_address": "not an address"}),
        ("messaging", {"sender_address": "a@b"}),
        ("marketplace", {"sync_interval_minutes": 4}),
        ("marketplace", {"sync_interval_minutes": 1441}),
        ("marketplace", {"letzshop_endpoint": "ftp://letzshop.lu"}),
        ("billing", {"payment_terms_days": -1}),
        ("billing", {"invoice_prefix": "inv"}),
        ("analytics", {"retention_days": 0}),
        ("inventory", {"low_stock_threshold": -1}),
        ("cms", {"default_locale": "french"}),
        ("orders", {"number_prefix": ""}),
        ("orders", {"unknown_key": 1}),
    ],
)
def test_config_schemas_reject_bad_values(registry: ModuleRegistry, module: str, values: dict) -> None:
    schema = registry.get(module).config_schema
    assert schema is not None
    with pytest.raises(ValidationError):
        schema.model_validate({**registry.get(module).default_config, **values})


def test_config_schemas_accept_good_values(registry: ModuleRegistry) -> None:
    payments = registry.get("payments").config_schema
    parsed = payments.model_validate({"enabled_gateways": ["stripe", "paypal"], "default_currency": "jpy"})
    assert parsed.default_currency == "JPY"
    marketplace = registry.get("marketplace").config_schema
    parsed = marketplace.model_validate({"api_key": "lz-secret", "sync_interval_minutes": 5})
    assert parsed.api_key == "lz-secret"
    messaging = registry.get("messaging").config_schema
    assert messaging.model_validate({"sender_address": "shop@example.lu"}).sender_address == "shop@example.lu"


def test_migrations_paths(registry: ModuleRegistry) -> None:
    for module in registry:
        if module.code in WITH_TABLES:
            assert module.migrations_path is not None
            assert module.migrations_path.is_dir()
            assert module.migrations_path.parts[-3:] == (module.package, "migrations", "versions")
        else:
            assert module.migrations_path is None


def test_health_checks_run_locally(registry: ModuleRegistry) -> None:
    for module in registry:
        assert module.health_check is not None
        result = module.health_check()
        assert result["status"] == "healthy", (module.code, result)
        assert result["detail"]


def test_renamed_module(registry: ModuleRegistry) -> None:
    assert registry.get("tenancy").replaces == ("platform-admin",)
    assert registry.replacement_for("platform-admin") == "tenancy"
    assert registry.get("marketplace").replaces == ()
