"""ModuleDefinition / PermissionDefinition: validation (each error names its field) and helpers."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from typing import Any

import pytest
from pydantic import BaseModel

from core.definition import (
    DefinitionFieldError,
    ModuleDefinition,
    ModuleTier,
    PermissionDefinition,
    SecretField,
    package_of,
    secret_field_names,
)
from core.errors import DefinitionError
from core.registry import build_definition


class LimitsConfig(BaseModel):
    limit: int = 10
    currency: str = "EUR"


class GatewayConfig(BaseModel):
    endpoint: str = "https://example.invalid"
    api_key: str | None = SecretField(None, description="the gateway's key")
    password: str = SecretField("")


def fields(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "code": "payments",
        "name": "Payments",
        "description": "Takes money",
        "version": "1.2.3",
    }
    base.update(overrides)
    return base


def invalid(**overrides: Any) -> DefinitionError:
    with pytest.raises(DefinitionError) as info:
        build_definition("payments", **fields(**overrides))
    assert info.value.code == "module.invalid_definition"
    return info.value


# -- a valid definition ------------------------------------------------------------------------
def test_minimal_definition_is_optional_with_defaults() -> None:
    module = ModuleDefinition(**fields())
    assert module.tier is ModuleTier.OPTIONAL
    assert module.requires == ()
    assert module.permissions == ()
    assert module.default_config == {}
    assert module.package == "payments"
    assert module.secret_fields == frozenset()


@pytest.mark.parametrize(
    ("flags", "tier"),
    [
        ({}, ModuleTier.OPTIONAL),
        ({"is_core": True}, ModuleTier.CORE),
        ({"is_internal": True}, ModuleTier.INTERNAL),
    ],
)
def test_tier_follows_the_flags(flags: dict[str, bool], tier: ModuleTier) -> None:
    assert ModuleDefinition(**fields(**flags)).tier is tier


def test_definition_is_frozen() -> None:
    module = ModuleDefinition(**fields())
    with pytest.raises(FrozenInstanceError):
        module.code = "other"  # type: ignore[misc]


@pytest.mark.parametrize("code", ["core", "dev-tools", "a1", "x-2-y", "payments2"])
def test_good_codes(code: str) -> None:
    assert ModuleDefinition(**fields(code=code)).code == code


@pytest.mark.parametrize(
    "version", ["0.0.0", "1.2.3", "10.20.30", "1.0.0-rc.1", "1.0.0+build.7", "2.0.0-beta+exp.sha"]
)
def test_good_versions(version: str) -> None:
    assert ModuleDefinition(**fields(version=version)).version == version


def test_package_of_replaces_dashes() -> None:
    assert package_of("dev-tools") == "dev_tools"
    assert ModuleDefinition(**fields(code="dev-tools")).package == "dev_tools"


# -- every validation error names its field ------------------------------------------------------
BAD_CODES = ["Payments", "dev_tools", "-x", "x-", "a--b", "1abc", "", "pay ments"]
BAD_VERSIONS = ["1.0", "1", "v1.0.0", "01.0.0", "1.02.0", "1.0.0.0", "latest", ""]


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [("code", code, "is not a module code") for code in BAD_CODES]
    + [("version", version, "semantic version") for version in BAD_VERSIONS],
)
def test_a_bad_code_or_version_names_its_field(field: str, value: str, words: str) -> None:
    error = invalid(**{field: value})
    assert error.details["field"] == field
    assert f"field {field}" in error.message
    assert words in error.message


def test_core_and_internal_names_both_fields() -> None:
    error = invalid(is_core=True, is_internal=True)
    assert "is_core and is_internal" in error.message
    assert "exactly one tier" in error.message


def test_requiring_itself_names_the_requires_field() -> None:
    error = invalid(requires=("core", "payments"))
    assert "requires: payments requires itself" in error.message


def test_requires_with_a_bad_code_names_the_field() -> None:
    error = invalid(requires=("Core",))
    assert error.details["field"] == "requires"
    assert "'Core' is not a module code" in error.message


def test_requires_listing_a_module_twice_names_the_field() -> None:
    error = invalid(requires=("core", "core"))
    assert error.details["field"] == "requires"
    assert "twice" in error.message


def test_replaces_with_a_bad_code_names_the_field() -> None:
    error = invalid(replaces=("Old_Payments",))
    assert error.details["field"] == "replaces"


def test_default_config_not_matching_the_schema_names_default_config() -> None:
    error = invalid(config_schema=LimitsConfig, default_config={"limit": "lots"})
    assert "default_config does not match config_schema" in error.message
    assert "limit" in error.message


def test_default_config_without_schema_names_default_config() -> None:
    error = invalid(default_config={"limit": 5})
    assert "default_config given without a config_schema" in error.message


def test_config_schema_must_be_a_model_class() -> None:
    error = invalid(config_schema=dict)
    assert error.details["field"] == "config_schema"


def test_duplicate_permission_names_the_permissions_field() -> None:
    permissions = (
        PermissionDefinition(code="payments.refund", label="Refund"),
        PermissionDefinition(code="payments.refund", label="Refund again"),
    )
    error = invalid(permissions=permissions)
    assert "permissions: a permission code is declared twice" in error.message


@pytest.mark.parametrize("code", ["refund", "Payments.refund", "payments.", ".refund", "payments-x.refund"])
def test_bad_permission_code_names_the_nested_field(code: str) -> None:
    error = invalid(permissions=({"code": code, "label": "x"},))
    assert error.details["field"] == "permissions.0.code"
    assert "area.action" in error.message


@pytest.mark.parametrize("field", ["name", "description"])
def test_blank_text_names_the_field(field: str) -> None:
    error = invalid(**{field: "   "})
    assert error.details["field"] == field
    assert "must not be empty" in error.message


def test_unknown_field_is_named() -> None:
    error = invalid(colour="blue")
    assert error.details["field"] == "colour"


def test_plain_construction_raises_an_error_naming_the_field() -> None:
    with pytest.raises(DefinitionFieldError) as info:
        ModuleDefinition(**fields(version="1.0"))
    assert info.value.field == "version"
    assert info.value.code == "module.invalid_definition"
    assert info.value.message == (
        "module 'payments': field version: '1.0' is not a semantic version (MAJOR.MINOR.PATCH)"
    )


@pytest.mark.parametrize(
    ("package", "given", "field"),
    [
        pytest.param(
            "payments", {"code": "payments", "name": "Payments", "description": "d"}, "version", id="missing"
        ),
        # Without a code, the error names the module by its package.
        pytest.param(
            "dev_tools", {"name": "Dev tools", "description": "d", "version": "1.0.0"}, "code", id="no_code"
        ),
    ],
)
def test_a_missing_field_and_its_module_are_named(package: str, given: dict[str, str], field: str) -> None:
    with pytest.raises(DefinitionError) as info:
        build_definition(package, **given)
    assert info.value.details["field"] == field
    assert info.value.details["module"] == package


# -- config helpers ----------------------------------------------------------------------------
def test_valid_default_config_and_full_config_overlay() -> None:
    module = ModuleDefinition(**fields(config_schema=LimitsConfig, default_config={"limit": 5}))
    # Schema defaults fill what default_config leaves out; stored values win.
    assert module.full_config(None) == {"limit": 5, "currency": "EUR"}
    assert module.full_config({"currency": "JPY"}) == {"limit": 5, "currency": "JPY"}


def test_full_config_without_schema_is_defaults_plus_stored() -> None:
    module = ModuleDefinition(**fields())
    assert module.full_config({"a": 1}) == {"a": 1}
    assert module.full_config(None) == {}


def test_secret_fields_come_from_the_schema() -> None:
    module = ModuleDefinition(**fields(config_schema=GatewayConfig))
    assert module.secret_fields == frozenset({"api_key", "password"})
    assert secret_field_names(LimitsConfig) == frozenset()
    assert secret_field_names(None) == frozenset()


def test_secret_field_keeps_other_schema_extras() -> None:
    class Config(BaseModel):
        token: str = SecretField("", json_schema_extra={"format": "password"})

    extra = Config.model_fields["token"].json_schema_extra
    assert extra == {"format": "password", "secret": True}


# -- lifecycle hooks and the migrations folder ------------------------------------------------------
def test_on_shutdown_sits_beside_on_startup() -> None:
    calls: list[str] = []
    module = ModuleDefinition(
        **fields(on_startup=lambda: calls.append("up"), on_shutdown=lambda: calls.append("down"))
    )
    assert module.on_shutdown is not None and module.on_startup is not None
    module.on_shutdown()
    assert calls == ["down"]
    assert ModuleDefinition(**fields()).on_shutdown is None


def test_an_existing_migrations_folder_is_kept(tmp_path: Any) -> None:
    assert ModuleDefinition(**fields(migrations_path=tmp_path)).migrations_path == tmp_path


def test_a_missing_migrations_folder_is_refused_naming_the_module(tmp_path: Any) -> None:
    missing = tmp_path / "payments" / "migrations" / "versions"
    error = invalid(migrations_path=missing)
    assert error.details["module"] == "payments"
    assert error.details["field"] == "migrations_path"
    assert f"the migrations folder {missing} of module 'payments' does not exist" in error.message
    # A file is not a folder either.
    (tmp_path / "file.py").write_text("")
    assert invalid(migrations_path=tmp_path / "file.py").details["field"] == "migrations_path"


# -- a config schema named by a string: imported on first use -----------------------------------------
LIMITS = "tests.test_definition:LimitsConfig"
GATEWAY = "tests.test_definition:GatewayConfig"


def test_a_named_schema_is_loaded_on_first_use_and_gives_the_defaults() -> None:
    module = ModuleDefinition(**fields(config_schema=LIMITS))
    assert module.has_settings
    assert module.config_schema is LimitsConfig
    assert module.default_config == {"limit": 10, "currency": "EUR"}
    assert module.full_config({"limit": 3}) == {"limit": 3, "currency": "EUR"}
    assert module.secret_fields == frozenset()
    assert not ModuleDefinition(**fields()).has_settings


def test_declared_defaults_and_secrets_stand_for_a_named_schema() -> None:
    module = ModuleDefinition(
        **fields(
            config_schema=GATEWAY,
            default_config={"endpoint": "https://example.invalid", "api_key": None, "password": ""},
            secret_fields=("api_key", "password"),
        )
    )
    assert module.secret_fields == frozenset({"api_key", "password"})
    assert module.full_config({"password": "x"})["password"] == "x"
    assert module.config_schema is GatewayConfig  # loading it checks what was declared: it agrees


@pytest.mark.parametrize(
    ("declared", "words"),
    [
        ({"default_config": {"limit": 5}}, "default_config must be the schema's full defaults"),
        ({"default_config": {"limit": "lots", "currency": "EUR"}}, "default_config does not match"),
        ({"secret_fields": ("limit",)}, "differ from the schema's SecretField fields"),
    ],
)
def test_declarations_that_disagree_with_a_named_schema_fail_when_it_loads(
    declared: dict[str, Any], words: str
) -> None:
    module = ModuleDefinition(**fields(config_schema=LIMITS, **declared))
    with pytest.raises(DefinitionFieldError) as info:
        _ = module.config_schema
    assert words in info.value.message
    assert info.value.code == "module.invalid_definition"


@pytest.mark.parametrize("reference", ["tests.test_definition.LimitsConfig", "no module:X", "a:b:c"])
def test_a_malformed_schema_reference_names_config_schema(reference: str) -> None:
    assert invalid(config_schema=reference).details["field"] == "config_schema"


@pytest.mark.parametrize(
    ("reference", "words"),
    [
        ("tests.no_such_module:Config", "cannot load tests.no_such_module:Config"),
        ("tests.test_definition:NoSuchConfig", "cannot load tests.test_definition:NoSuchConfig"),
        ("tests.test_definition:fields", "is not a pydantic model class"),
    ],
)
def test_a_schema_that_cannot_be_loaded_names_config_schema(reference: str, words: str) -> None:
    module = ModuleDefinition(**fields(config_schema=reference))
    with pytest.raises(DefinitionFieldError) as info:
        _ = module.config_schema
    assert info.value.field == "config_schema"
    assert words in info.value.message


def test_secret_fields_without_a_schema_are_refused() -> None:
    assert "secret_fields given without a config_schema" in invalid(secret_fields=("key",)).message


def test_a_named_schema_is_not_loaded_to_compare_or_show_definitions() -> None:
    one = ModuleDefinition(**fields(config_schema=LIMITS, default_config={"limit": 10, "currency": "EUR"}))
    two = ModuleDefinition(**fields(config_schema=LIMITS, default_config={"limit": 10, "currency": "EUR"}))
    assert one == two and hash(one) == hash(two)
    assert "payments" in repr(one)
    assert one.full_config(None) == {"limit": 10, "currency": "EUR"}
    assert "_config_schema_cached" not in one.__dict__  # not loaded yet


def test_lists_become_tuples() -> None:
    module = ModuleDefinition(
        **fields(requires=["core"], permissions=[{"code": "payments.view", "label": "View"}])
    )
    assert module.requires == ("core",)
    assert module.permissions == (PermissionDefinition(code="payments.view", label="View"),)
