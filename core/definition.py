"""Module definitions: what a platform module declares about itself.

Frozen dataclasses, checked in ``__post_init__``: loading the registry imports no pydantic. A
module's settings are a pydantic model, its ``config_schema``: the class itself, or a string
``"modules.orders.config:OrdersConfig"`` imported the first time the settings are read,
validated or shown (then cached). ``default_config`` and ``secret_fields`` come from the schema
unless declared; declared beside a schema named by a string, they are what reading a stored
config needs (``full_config``, masking) without importing the schema, so they must equal what the
schema gives: checked when the schema loads, and by the tests for every module.
"""

from __future__ import annotations

import copy
import importlib
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.contributions import CustomerLink, DetailSection
from core.demo_context import DemoSeed
from core.errors import DefinitionError
from core.identifiers import is_identifier

if TYPE_CHECKING:
    from pydantic import BaseModel
    from sqlalchemy.orm import Session

CODE_RE = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
PERMISSION_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
SEMVER_RE = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$"
)
SCHEMA_REF_RE = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*:[A-Za-z_]\w*$")
WHOLE = "(definition)"  # the field named by a problem between fields (the message names them)


class ModuleTier(StrEnum):
    CORE = "core"
    OPTIONAL = "optional"
    INTERNAL = "internal"


class DefinitionFieldError(DefinitionError):
    """One field of a definition is invalid; ``field`` names it (``version``, ``permissions.0.code``).

    The registry reports it naming the module's package (``module.invalid_definition``).
    """

    def __init__(self, field: str, problem: str, module: str | None = None) -> None:
        self.field = field
        self.problem = problem
        where = f"module {module!r}: " if module else ""
        super().__init__(
            "module.invalid_definition",
            f"{where}field {field}: {problem}",
            {"module": module, "field": field},
        )

    def within(self, prefix: str, module: str | None = None) -> DefinitionFieldError:
        """The same problem, its field seen from an enclosing one (``permissions.0``)."""
        return DefinitionFieldError(f"{prefix}.{self.field}", self.problem, module)


def _is_model_class(value: object) -> bool:
    # A pydantic model class exists only once pydantic is imported: never import it to check.
    pydantic = sys.modules.get("pydantic")
    return pydantic is not None and isinstance(value, type) and issubclass(value, pydantic.BaseModel)


@dataclass(frozen=True, slots=True)
class PermissionDefinition:
    code: str
    label: str
    description: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not PERMISSION_RE.match(self.code):
            raise DefinitionFieldError("code", f"permission code {self.code!r} must look like 'area.action'")
        for name in ("label", "description"):
            if not isinstance(getattr(self, name), str):
                raise DefinitionFieldError(name, "must be a string")


def SecretField(default: Any = None, **kwargs: Any) -> Any:
    """A config field whose value is a secret: stored encrypted, shown masked, audited as ***."""
    from pydantic import Field  # lazy: only config schemas call this, and they import pydantic

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


class _Resolved:
    """A field kept as declared and worked out on first read, then cached (a descriptor-typed
    dataclass field: ``__init__`` stores through ``__set__``, reads go through ``__get__``).

    ``resolve(definition, declared)`` gives the value; an undeclared field is None.
    """

    def __init__(self, resolve: Callable[[ModuleDefinition, Any], Any]) -> None:
        self._resolve = resolve

    def __set_name__(self, owner: type, name: str) -> None:
        self.declared = f"_{name}_declared"
        self.cached = f"_{name}_cached"

    def __get__(self, obj: ModuleDefinition | None, owner: type | None = None) -> Any:
        if obj is None:
            return None  # the field's default: not declared
        values = obj.__dict__
        if self.cached not in values:
            values[self.cached] = self._resolve(obj, values[self.declared])
        return values[self.cached]

    def __set__(self, obj: ModuleDefinition, value: Any) -> None:
        # Only __init__ (and __post_init__'s coercions) get here: assignment raises, the class is frozen.
        obj.__dict__[self.declared] = value
        obj.__dict__.pop(self.cached, None)


def _load_schema(definition: ModuleDefinition, declared: Any) -> Any:
    if not isinstance(declared, str):
        return declared  # a class (checked in __post_init__) or None
    module_name, _, attr = declared.partition(":")
    try:
        schema = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise DefinitionFieldError(
            "config_schema", f"cannot load {declared}: {exc}", definition.code
        ) from exc
    if not _is_model_class(schema):
        raise DefinitionFieldError(
            "config_schema", f"{declared} is not a pydantic model class", definition.code
        )
    definition._check_declared_against(schema, complete=True)
    return schema


def _default_config(definition: ModuleDefinition, declared: dict[str, Any] | None) -> dict[str, Any]:
    if declared is not None:
        return declared
    schema = definition.config_schema
    return {} if schema is None else schema().model_dump(mode="json")


def _secret_fields(definition: ModuleDefinition, declared: frozenset[str] | None) -> frozenset[str]:
    return declared if declared is not None else secret_field_names(definition.config_schema)


def _codes(field: str, value: Any, module: str | None) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise DefinitionFieldError(field, "must be a tuple of module codes", module)
    for code in value:
        if not is_identifier(code, CODE_RE):
            raise DefinitionFieldError(field, f"{code!r} is not a module code", module)
    if len(set(value)) != len(value):
        raise DefinitionFieldError(field, "lists a module twice", module)
    return tuple(value)


def _items(field: str, value: Any, kind: type, module: str | None) -> tuple[Any, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, kind) for v in value):
        raise DefinitionFieldError(field, f"must be a tuple of {kind.__name__}", module)
    return tuple(value)


def _permission(index: int, value: Any, module: str | None) -> PermissionDefinition:
    if isinstance(value, PermissionDefinition):
        return value
    if not isinstance(value, Mapping):
        raise DefinitionFieldError(f"permissions.{index}", "must be a PermissionDefinition", module)
    try:
        return PermissionDefinition(**value)
    except DefinitionFieldError as exc:
        raise exc.within(f"permissions.{index}", module) from None
    except TypeError as exc:  # a missing or unknown key
        raise DefinitionFieldError(f"permissions.{index}", str(exc), module) from None


_TEXTS = ("name", "description", "version")
_FLAGS = ("is_core", "is_internal")
_CALLABLES = ("on_enable", "on_disable", "on_startup", "on_shutdown", "health_check")
_RESOLVED = ("config_schema", "default_config", "secret_fields")  # the _Resolved fields


@dataclass(frozen=True, eq=False, repr=False, kw_only=True)
class ModuleDefinition:
    """A platform module as declared in ``modules/<package>/definition.py``.

    Texts people read (name, description, permission labels, setting titles) are marked with
    :func:`core.i18n.QT_TRANSLATE_NOOP` in context ``modules``; the console translates them.
    """

    code: str
    name: str
    description: str
    version: str
    requires: tuple[str, ...] = ()
    is_core: bool = False
    is_internal: bool = False
    permissions: tuple[PermissionDefinition, ...] = ()
    # A pydantic model class, or "package.module:Class" imported on first use (module docstring).
    config_schema: type[BaseModel] | None = _Resolved(_load_schema)  # type: ignore[assignment]
    # Undeclared: the schema's defaults (model_dump(mode="json")), or {} without a schema.
    default_config: dict[str, Any] = _Resolved(_default_config)  # type: ignore[assignment]
    # Undeclared: the fields the schema marks with SecretField.
    secret_fields: frozenset[str] = _Resolved(_secret_fields)  # type: ignore[assignment]
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

    # -- checks ------------------------------------------------------------------------------
    def __post_init__(self) -> None:
        set_ = object.__setattr__  # coercions of a frozen instance (lists to tuples ...)
        if not is_identifier(self.code, CODE_RE):
            raise DefinitionFieldError(
                "code", f"{self.code!r} is not a module code (lower case, digits and single dashes)"
            )
        code = self.code
        for name in _TEXTS:
            if not isinstance(getattr(self, name), str):
                raise DefinitionFieldError(name, "must be a string", code)
        for name in ("name", "description"):
            if not getattr(self, name).strip():
                raise DefinitionFieldError(name, "must not be empty", code)
        if not SEMVER_RE.match(self.version):
            raise DefinitionFieldError(
                "version", f"{self.version!r} is not a semantic version (MAJOR.MINOR.PATCH)", code
            )
        set_(self, "requires", _codes("requires", self.requires, code))
        for name in _FLAGS:
            if not isinstance(getattr(self, name), bool):
                raise DefinitionFieldError(name, "must be True or False", code)
        if not isinstance(self.permissions, list | tuple):
            raise DefinitionFieldError("permissions", "must be a tuple of PermissionDefinition", code)
        set_(self, "permissions", tuple(_permission(i, p, code) for i, p in enumerate(self.permissions)))
        self._check_config_fields(code)
        set_(self, "migrations_path", self._migrations_folder(self.migrations_path))
        set_(self, "replaces", _codes("replaces", self.replaces, code))
        for name in _CALLABLES:
            value = getattr(self, name)
            if value is not None and not callable(value):
                raise DefinitionFieldError(name, "must be callable or None", code)
        set_(self, "detail_sections", _items("detail_sections", self.detail_sections, DetailSection, code))
        set_(self, "customer_links", _items("customer_links", self.customer_links, CustomerLink, code))
        if self.demo_seed is not None and not isinstance(self.demo_seed, DemoSeed):
            raise DefinitionFieldError("demo_seed", "must be a DemoSeed or None", code)
        self._consistent(code)

    def _check_config_fields(self, code: str) -> None:
        schema = self._declared("config_schema")
        if not (
            schema is None
            or _is_model_class(schema)
            or (isinstance(schema, str) and SCHEMA_REF_RE.match(schema))
        ):
            raise DefinitionFieldError(
                "config_schema", "must be a pydantic model class, 'package.module:Class' or None", code
            )
        default = self._declared("default_config")
        if default is not None and not isinstance(default, dict):
            raise DefinitionFieldError("default_config", "must be a dict", code)
        secrets = self._declared("secret_fields")
        if secrets is not None:
            if isinstance(secrets, str) or not isinstance(secrets, Iterable):
                raise DefinitionFieldError("secret_fields", "must be a collection of field names", code)
            object.__setattr__(self, "secret_fields", frozenset(secrets))

    def _migrations_folder(self, value: Any) -> Path | None:
        if value is None:
            return None
        if not isinstance(value, str | PathLike):
            raise DefinitionFieldError("migrations_path", "must be a path or None", self.code)
        path = Path(value)
        if not path.is_dir():
            problem = "is not a folder" if path.exists() else "does not exist"
            raise DefinitionFieldError(
                "migrations_path",
                f"the migrations folder {path} of module {self.code!r} {problem}",
                self.code,
            )
        return path

    def _consistent(self, code: str) -> None:
        if self.is_core and self.is_internal:
            raise DefinitionFieldError(WHOLE, "is_core and is_internal: a module has exactly one tier", code)
        if code in self.requires:
            raise DefinitionFieldError(WHOLE, f"requires: {code} requires itself", code)
        codes = [p.code for p in self.permissions]
        if len(set(codes)) != len(codes):
            raise DefinitionFieldError(WHOLE, "permissions: a permission code is declared twice", code)
        schema = self._declared("config_schema")
        if schema is None:
            if self._declared("default_config"):
                raise DefinitionFieldError(WHOLE, "default_config given without a config_schema", code)
            if self._declared("secret_fields"):
                raise DefinitionFieldError(WHOLE, "secret_fields given without a config_schema", code)
        elif not isinstance(schema, str):
            self._check_declared_against(schema, complete=False)  # pydantic is loaded: check now

    def _check_declared_against(self, schema: type[BaseModel], *, complete: bool) -> None:
        """Declared defaults and secrets against ``schema``. ``complete``: a schema named by a
        string, whose declared defaults stand for it, so they must be every field as it dumps them."""
        declared = self._declared("default_config")
        if declared is not None:
            try:
                filled = schema.model_validate(declared).model_dump(mode="json")
            except Exception as exc:  # pydantic's ValidationError: report it as this field's problem
                raise DefinitionFieldError(
                    WHOLE, f"default_config does not match config_schema: {exc}", self.code
                ) from exc
            if complete and filled != declared:
                raise DefinitionFieldError(
                    WHOLE,
                    f"default_config must be the schema's full defaults as it dumps them: {filled}",
                    self.code,
                )
            self.__dict__["_config_defaults"] = filled
        secrets = self._declared("secret_fields")
        if secrets is not None and secrets != secret_field_names(schema):
            raise DefinitionFieldError(
                WHOLE,
                f"secret_fields {sorted(secrets)} differ from the schema's SecretField fields "
                f"{sorted(secret_field_names(schema))}",
                self.code,
            )

    def _declared(self, name: str) -> Any:
        """A lazily resolved field as given to the constructor (None when not given)."""
        return self.__dict__[f"_{name}_declared"]

    # -- what the rest of the platform reads ----------------------------------------------------
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
    def has_settings(self) -> bool:
        """Whether the module declares a config schema (without importing it)."""
        return self._declared("config_schema") is not None

    def full_config(self, stored: dict[str, Any] | None) -> dict[str, Any]:
        """Defaults (the schema's, overlaid with ``default_config``) overlaid with what is stored."""
        merged = copy.deepcopy(self._defaults())  # a caller may change a list in it (gateways)
        merged.update(stored or {})
        return merged

    def _defaults(self) -> dict[str, Any]:
        if "_config_defaults" not in self.__dict__:
            declared = self._declared("default_config")
            if declared is not None and isinstance(self._declared("config_schema"), str):
                # Declared beside a named schema: the full defaults, checked when the schema loads.
                defaults = declared
            else:
                defaults = self.default_config
                if self.config_schema is not None:
                    defaults = self.config_schema.model_validate(defaults).model_dump(mode="json")
            self.__dict__["_config_defaults"] = defaults
        return self.__dict__["_config_defaults"]

    # -- equality and repr: by what was declared (never importing a schema) --------------------------
    def _key(self) -> tuple[Any, ...]:
        return tuple(
            self._declared(f.name) if f.name in _RESOLVED else getattr(self, f.name) for f in fields(self)
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ModuleDefinition):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self.code, self.version))

    def __repr__(self) -> str:
        return f"ModuleDefinition(code={self.code!r}, version={self.version!r}, tier={self.tier.value!r})"


def package_of(code: str) -> str:
    """``dev-tools`` -> ``dev_tools``."""
    return code.replace("-", "_")
