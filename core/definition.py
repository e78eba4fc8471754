"""Module definitions: what a platform module declares about itself."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from core.contributions import CustomerLink, DetailSection
from core.demo_context import DemoSeed
from core.identifiers import is_identifier

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CODE_RE = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
PERMISSION_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
SEMVER_RE = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$"
)


class ModuleTier(StrEnum):
    CORE = "core"
    OPTIONAL = "optional"
    INTERNAL = "internal"


class PermissionDefinition(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    label: str
    description: str = ""

    @field_validator("code")
    @classmethod
    def _code_shape(cls, value: str) -> str:
        if not PERMISSION_RE.match(value):
            raise ValueError(f"permission code {value!r} must look like 'area.action'")
        return value


def SecretField(default: Any = None, **kwargs: Any) -> Any:
    """A config field whose value is a secret: stored encrypted, shown masked, audited as ***."""
    extra = dict(kwargs.pop("json_schema_extra", None) or {})
    extra["secret"] = True
    return Field(default, json_schema_extra=extra, **kwargs)


def secret_field_names(schema: type[BaseModel] | None) -> frozenset[str]:
    if schema is None:
        return frozenset()
    names = set()
    for name, info in schema.model_fields.items():
        extra = info.json_schema_extra
        if isinstance(extra, dict) and extra.get("secret"):
            names.add(name)
    return frozenset(names)


@dataclass(frozen=True)
class HookContext:
    """What ``on_enable`` / ``on_disable`` receive: the open session and the change at hand.

    Hooks run inside the transaction and may only touch the database.
    """

    session: Session
    platform_id: int
    platform_code: str
    module_code: str
    config: dict[str, Any]
    actor: str


Hook = Callable[[HookContext], None]


class ModuleDefinition(BaseModel):
    """A platform module as declared in ``modules/<package>/definition.py``."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    code: str
    name: str
    description: str
    version: str
    requires: tuple[str, ...] = ()
    is_core: bool = False
    is_internal: bool = False
    permissions: tuple[PermissionDefinition, ...] = ()
    config_schema: type[BaseModel] | None = None
    default_config: dict[str, Any] = Field(default_factory=dict)
    migrations_path: Path | None = None
    # Codes this module once had (platform_modules rows under an old code are drift to repair).
    replaces: tuple[str, ...] = ()
    on_enable: Hook | None = None
    on_disable: Hook | None = None
    on_startup: Callable[[], None] | None = None
    # Called when the process stops, in reverse dependency order; an error is logged, not raised.
    on_shutdown: Callable[[], None] | None = None
    # Called with no argument, or with the platform's core.db.Database when it takes one.
    health_check: Callable[..., Any] | None = None
    # What the module shows in other modules' views (core/contributions.py).
    detail_sections: tuple[DetailSection, ...] = ()
    customer_links: tuple[CustomerLink, ...] = ()
    demo_seed: DemoSeed | None = None  # writes this module's demo data (core/demo.py runs it)

    @field_validator("code")
    @classmethod
    def _code_shape(cls, value: str) -> str:
        if not is_identifier(value, CODE_RE):
            raise ValueError(f"{value!r} is not a module code (lower case, digits and single dashes)")
        return value

    @field_validator("name", "description")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value

    @field_validator("version")
    @classmethod
    def _semver(cls, value: str) -> str:
        if not SEMVER_RE.match(value):
            raise ValueError(f"{value!r} is not a semantic version (MAJOR.MINOR.PATCH)")
        return value

    @field_validator("requires", "replaces")
    @classmethod
    def _codes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            if not is_identifier(code, CODE_RE):
                raise ValueError(f"{code!r} is not a module code")
        if len(set(value)) != len(value):
            raise ValueError("lists a module twice")
        return value

    @field_validator("migrations_path")
    @classmethod
    def _migrations_folder(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        if value is not None and not Path(value).is_dir():
            problem = "is not a folder" if Path(value).exists() else "does not exist"
            raise ValueError(
                f"the migrations folder {value} of module {info.data.get('code', '?')!r} {problem}"
            )
        return value

    @field_validator("config_schema")
    @classmethod
    def _schema_is_model(cls, value: Any) -> Any:
        if value is not None and not (isinstance(value, type) and issubclass(value, BaseModel)):
            raise ValueError("must be a pydantic model class or None")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> ModuleDefinition:
        if self.is_core and self.is_internal:
            raise ValueError("is_core and is_internal: a module has exactly one tier")
        if self.code in self.requires:
            raise ValueError(f"requires: {self.code} requires itself")
        codes = [p.code for p in self.permissions]
        if len(set(codes)) != len(codes):
            raise ValueError("permissions: a permission code is declared twice")
        if self.config_schema is not None:
            try:
                self.config_schema.model_validate(self.default_config)
            except Exception as exc:  # pydantic ValidationError: report it as this field's problem
                raise ValueError(f"default_config does not match config_schema: {exc}") from exc
        elif self.default_config:
            raise ValueError("default_config given without a config_schema")
        return self

    @property
    def tier(self) -> ModuleTier:
        if self.is_core:
            return ModuleTier.CORE
        if self.is_internal:
            return ModuleTier.INTERNAL
        return ModuleTier.OPTIONAL

    @property
    def package(self) -> str:
        return package_of(self.code)

    @property
    def secret_fields(self) -> frozenset[str]:
        return secret_field_names(self.config_schema)

    def full_config(self, stored: dict[str, Any] | None) -> dict[str, Any]:
        """Defaults overlaid with what is stored."""
        merged = dict(self.default_config)
        if self.config_schema is not None:
            merged = self.config_schema.model_validate(merged).model_dump(mode="json")
        merged.update(stored or {})
        return merged


def package_of(code: str) -> str:
    """``dev-tools`` -> ``dev_tools``."""
    return code.replace("-", "_")
