"""Typed setting fields, read without pydantic (its import cost the console's start a tenth of a second).

Each field converts its input as pydantic's lax mode does (``"5"`` is 5, ``"yes"`` is True,
``"5.0"`` is 5) and reports a bad value as pydantic would: an error dict with ``type``, ``loc``,
``msg``, ``input`` and, for a bound, ``ctx`` (``{"ge": 1}``). The console words a setting's error
from that ``type`` and ``ctx``, so they must not drift: ``tests/test_settings_fields.py`` compares
them with pydantic's for a table of inputs.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

MASK = "**********"

_MSG = {
    "int_type": "Input should be a valid integer",
    "int_parsing": "Input should be a valid integer, unable to parse string as an integer",
    "int_from_float": "Input should be a valid integer, got a number with a fractional part",
    "int_parsing_size": "Unable to parse input string as an integer, exceeded maximum size",
    "finite_number": "Input should be a finite number",
    "float_type": "Input should be a valid number",
    "float_parsing": "Input should be a valid number, unable to parse string as a number",
    "bool_type": "Input should be a valid boolean",
    "bool_parsing": "Input should be a valid boolean, unable to interpret input",
    "string_type": "Input should be a valid string",
    "string_unicode": "Input should be a valid string, unable to parse raw data as a unicode string",
    "greater_than_equal": "Input should be greater than or equal to {ge}",
    "greater_than": "Input should be greater than {gt}",
    "less_than_equal": "Input should be less than or equal to {le}",
    "less_than": "Input should be less than {lt}",
}
_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_FALSE = frozenset({"0", "off", "f", "false", "n", "no"})
_INT_TEXT = re.compile(r"[+-]?[0-9]+(?:_[0-9]+)*(?:\.0+)?")
_I64 = 1 << 63


class SecretStr:
    """A secret setting: shown as ``**********`` (``str``, ``repr``, logs); the value only on request."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __str__(self) -> str:
        return MASK if self._value else ""

    def __repr__(self) -> str:
        return f"SecretStr('{self}')"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretStr) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __len__(self) -> int:
        return len(self._value)


class Invalid(Exception):
    """One bad input: pydantic's error ``type`` and, for a bound, its ``ctx``."""

    def __init__(self, kind: str, ctx: dict[str, Any] | None = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.ctx = ctx


def _shown(number: float) -> str:
    return str(int(number)) if isinstance(number, float) and number.is_integer() else str(number)


def error_dict(key: str, value: Any, invalid: Invalid, branch: str | None = None) -> dict[str, Any]:
    """The error as pydantic's ``ValidationError.errors()`` lists it."""
    ctx = invalid.ctx or {}
    error: dict[str, Any] = {
        "type": invalid.kind,
        "loc": (key, branch) if branch else (key,),
        "msg": _MSG[invalid.kind].format(**{k: _shown(v) for k, v in ctx.items()}),
        "input": value,
    }
    if invalid.ctx:
        error["ctx"] = dict(invalid.ctx)
    return error


# -- conversions (pydantic's lax mode) --------------------------------------------------------------
def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        try:
            return bytes(value).decode()
        except UnicodeDecodeError:
            raise Invalid("string_unicode") from None
    raise Invalid("string_type")


def to_str(value: Any) -> str:
    return _text(value)


def to_secret(value: Any) -> SecretStr:
    if isinstance(value, SecretStr):
        return value
    try:
        return SecretStr(_text(value))
    except Invalid:
        raise Invalid("string_type") from None  # pydantic's SecretStr: no finer type


def to_int(value: Any) -> int:
    if isinstance(value, int):  # bool too: True is 1
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise Invalid("finite_number")
        if not value.is_integer():
            raise Invalid("int_from_float")
        if not -_I64 <= value < _I64:
            raise Invalid("int_parsing_size")
        return int(value)
    if isinstance(value, (str, bytes, bytearray)):
        text = _text(value).strip() if isinstance(value, str) else _bytes_text(value, "int_parsing")
        if not _INT_TEXT.fullmatch(text):
            raise Invalid("int_parsing")
        return int(text.partition(".")[0].replace("_", ""))
    raise Invalid("int_type")


def to_float(value: Any) -> float:
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, (str, bytes, bytearray)):
        text = _text(value).strip() if isinstance(value, str) else _bytes_text(value, "float_parsing")
        if not text.isascii() or "__" in text or text.startswith("_") or text.endswith("_"):
            raise Invalid("float_parsing")
        try:
            return float(text.replace("_", ""))
        except ValueError:
            raise Invalid("float_parsing") from None
    raise Invalid("float_type")


def to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        if value in (0, 1):
            return bool(value)
        whole = isinstance(value, int) or (math.isfinite(value) and value.is_integer())
        raise Invalid("bool_parsing" if whole and -_I64 <= value < _I64 else "bool_type")
    if isinstance(value, (str, bytes, bytearray)):
        text = _text(value).lower() if isinstance(value, str) else _bytes_text(value, "bool_parsing").lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise Invalid("bool_parsing")
    raise Invalid("bool_type")


def _bytes_text(value: bytes | bytearray, kind: str) -> str:
    try:
        return bytes(value).decode().strip()
    except UnicodeDecodeError:
        raise Invalid(kind) from None


_BOUNDS: dict[str, Callable[[Any, Any], bool]] = {
    "ge": lambda v, b: v >= b,
    "gt": lambda v, b: v > b,
    "le": lambda v, b: v <= b,
    "lt": lambda v, b: v < b,
}
_CHECK_ORDER = ("le", "lt", "ge", "gt")  # pydantic's order: a NaN fails ``le`` first
_BOUND_TYPES = {"ge": "greater_than_equal", "gt": "greater_than", "le": "less_than_equal", "lt": "less_than"}


@dataclasses.dataclass(frozen=True)
class Rule:
    """How one setting is read: its conversions (one, or a union's tried in order) and bounds."""

    convert: tuple[tuple[str, Callable[[Any], Any]], ...]
    optional: bool = False
    bounds: tuple[tuple[str, float], ...] = ()
    secret: bool = False

    def check(self, key: str, value: Any) -> tuple[Any, list[dict[str, Any]]]:
        """The value, or the errors pydantic would give for it (empty when it is valid)."""
        if value is None and self.optional:
            return None, []
        if len(self.convert) > 1:
            return self._union(key, value)
        try:
            result = self.convert[0][1](value)
            for name, bound in sorted(self.bounds, key=lambda b: _CHECK_ORDER.index(b[0])):
                if not _BOUNDS[name](result, bound):
                    raise Invalid(_BOUND_TYPES[name], {name: bound})
        except Invalid as invalid:
            return None, [error_dict(key, value, invalid)]
        return result, []

    def _union(self, key: str, value: Any) -> tuple[Any, list[dict[str, Any]]]:
        # pydantic's smart union: an exact type match first, then each member in lax mode, in order.
        exact = {"int": int, "str": str}
        for name, _ in self.convert:
            if type(value) is exact.get(name):
                return value, []
        errors = []
        for name, convert in self.convert:
            try:
                return convert(value), []
            except Invalid as invalid:
                errors.append(error_dict(key, value, invalid, name))
        return None, errors


def setting(default: Any, rule: Rule) -> Any:
    """A dataclass field carrying its :class:`Rule` (``field.metadata["rule"]``)."""
    return dataclasses.field(default=default, metadata={"rule": rule})


def integer(default: int, **bounds: int) -> Any:
    return setting(default, Rule((("int", to_int),), bounds=tuple(bounds.items())))


def number(default: float, **bounds: float) -> Any:
    # pydantic turns a float field's bounds into floats: ``gt=0`` reads back as ``{"gt": 0.0}``.
    floats = tuple((name, float(bound)) for name, bound in bounds.items())
    return setting(default, Rule((("float", to_float),), bounds=floats))


def boolean(default: bool) -> Any:
    return setting(default, Rule((("bool", to_bool),)))


def text(default: str | None) -> Any:
    return setting(default, Rule((("str", to_str),), optional=default is None))


# A secret's field metadata: ``field(default=None, metadata=SECRET)`` (an optional SecretStr).
SECRET = MappingProxyType({"rule": Rule((("str", to_secret),), optional=True, secret=True)})


def int_or_text(default: int | str | None) -> Any:
    return setting(default, Rule((("int", to_int), ("str", to_str)), optional=default is None))


def rules(cls: type) -> dict[str, Rule]:
    """Each setting of a dataclass by name, in declaration order."""
    return {f.name: f.metadata["rule"] for f in dataclasses.fields(cls) if "rule" in f.metadata}
