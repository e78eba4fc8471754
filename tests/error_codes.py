"""Every error code the library (and the console's own checks) can raise, read from the source.

A code is a string constant in a *code position*: the first argument of an error class (a
``PlatformError`` subclass, found by walking the class bases), of ``Refusal``, ``Violation``,
``SchemaProblem`` and the other factories that take one, a ``code=`` or ``error_code=`` keyword,
a parameter named ``code`` (its default), an assignment to ``code``, or the first argument of
``super().__init__`` inside an error class. Names and attributes in those positions pass a code
through (it is collected where it was written); a code built at run time (an f-string) must be
listed in :data:`BUILT_CODES` with the values it takes, or the scan fails.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE_RE = re.compile(r"^[a-z][a-z_]*(\.[a-z][a-z_]*)*$")
BASE_ERRORS = {"PlatformError", "InvalidInput", "NotFound", "Refused", "PermissionDenied", "DefinitionError"}
# Callables that take a code, and the position of that argument.
CODE_TAKERS = {
    "Refusal": 0,
    "Violation": 0,
    "SchemaProblem": 0,
    "gateway_error": 0,
    "_file_error": 1,
    "IdentifierRule": 2,
    "check_limit": 2,
}
CODE_KEYWORDS = {"code", "error_code"}
# Functions that hand a ``code=`` keyword on to an error (other calls' ``code=`` name modules etc.).
PASSERS = {"checked_target", "replaced_atomically", "AtomicFile", "identifier", "_released", "Refund"}
# Codes built with an f-string: its source text -> the codes it makes.
BUILT_CODES: dict[str, tuple[str, ...]] = {
    "f'{kind}.not_found'": ("merchant.not_found", "store.not_found", "platform.not_found"),
    "f'{self.kind}.not_found'": ("merchant.not_found", "store.not_found"),
    "f'{self.kind}.already_suspended'": ("merchant.already_suspended", "store.already_suspended"),
    "f'{self.kind}.not_suspended'": ("merchant.not_suspended", "store.not_suspended"),
}
# The command line's own refusals and option checks: the console never shows them.
CLI_ONLY = ("console/cli.py", "console/commands/")


@dataclass(frozen=True)
class Site:
    code: str
    path: str
    line: int


class UnlistedBuiltCode(Exception):
    """An f-string in a code position that :data:`BUILT_CODES` does not list."""


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _relative(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _files(roots: Iterable[str | Path]) -> list[Path]:
    found = [p for root in roots for p in sorted((ROOT / root).rglob("*.py"))]
    return [p for p in found if not any(_relative(p).startswith(c) for c in CLI_ONLY)]


def _error_classes(trees: Iterable[ast.Module]) -> tuple[set[str], set[str]]:
    """The error classes, and those among them whose constructor takes no code (they set it)."""
    classes = set(BASE_ERRORS)
    defs = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for node in defs:
            if node.name not in classes and any(_name(b) in classes for b in node.bases):
                classes.add(node.name)
                grew = True
    fixed = set()
    for node in defs:
        init = next((f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
        if node.name in classes and init is not None:
            params = [a.arg for a in init.args.args[1:]]
            if not params or params[0] != "code":
                fixed.add(node.name)
    return classes, fixed


def _codes_in(expr: ast.expr, where: str) -> Iterator[str]:
    """The codes an expression in a code position can hold (``a if c else b``, ``x or "b"`` too)."""
    if isinstance(expr, ast.IfExp):
        yield from _codes_in(expr.body, where)
        yield from _codes_in(expr.orelse, where)
    elif isinstance(expr, ast.BoolOp):
        for value in expr.values:
            yield from _codes_in(value, where)
    elif isinstance(expr, ast.JoinedStr):
        text = ast.unparse(expr)
        if text not in BUILT_CODES:
            raise UnlistedBuiltCode(f"{where}: the code {text} is built at run time: list it in BUILT_CODES")
        yield from BUILT_CODES[text]
    elif isinstance(expr, ast.Constant) and isinstance(expr.value, str) and CODE_RE.match(expr.value):
        yield expr.value


def _code_args(node: ast.Call, errors: set[str], fixed: set[str], in_error_class: bool) -> Iterator[ast.expr]:
    name = _name(node.func)
    position = 0 if name in errors and name not in fixed else CODE_TAKERS.get(name or "")
    is_super_init = (
        in_error_class
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "__init__"
        and isinstance(node.func.value, ast.Call)
        and _name(node.func.value.func) == "super"
    )
    if is_super_init:
        position = 0
    if position is not None and len(node.args) > position:
        yield node.args[position]
    takes = name in errors or name in CODE_TAKERS or name in PASSERS or is_super_init
    for keyword in node.keywords if takes else ():
        if keyword.arg in CODE_KEYWORDS:
            yield keyword.value


def scan(roots: Iterable[str | Path] = ("core", "modules", "console")) -> list[Site]:
    """Every place a code is written, in the given top-level folders (CLI-only files left out)."""
    files = _files(roots)
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
    errors, fixed = _error_classes(trees.values())
    sites: list[Site] = []
    for path, tree in trees.items():
        rel = _relative(path)
        error_class_nodes = {
            id(n)
            for c in ast.walk(tree)
            if isinstance(c, ast.ClassDef) and c.name in errors
            for n in ast.walk(c)
        }
        for node in ast.walk(tree):
            exprs: list[ast.expr] = []
            if isinstance(node, ast.Call):
                exprs = list(_code_args(node, errors, fixed, id(node) in error_class_nodes))
            elif isinstance(node, ast.Assign) and any(_name(t) == "code" for t in node.targets):
                exprs = [node.value]
            elif isinstance(node, ast.arguments):
                params = [*node.posonlyargs, *node.args]
                defaults = dict(
                    zip(
                        [p.arg for p in params[len(params) - len(node.defaults) :]],
                        node.defaults,
                        strict=True,
                    )
                )
                defaults.update(
                    {
                        a.arg: d
                        for a, d in zip(node.kwonlyargs, node.kw_defaults, strict=True)
                        if d is not None
                    }
                )
                exprs = [d for name, d in defaults.items() if name in CODE_KEYWORDS]
            for expr in exprs:
                sites.extend(Site(code, rel, expr.lineno) for code in _codes_in(expr, f"{rel}:{expr.lineno}"))
    return sites


def raised_codes(roots: Iterable[str | Path] = ("core", "modules", "console")) -> set[str]:
    return {site.code for site in scan(roots)}


# -- the validation error types of the modules' own checks ------------------------------------------
TYPE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
VALIDATOR_DECORATORS = {"field_validator", "model_validator"}
VALIDATOR_WRAPPERS = {"AfterValidator", "BeforeValidator", "PlainValidator", "WrapValidator"}
PLAIN_ERRORS = {"ValueError", "AssertionError"}


class UntypedCheck(Exception):
    """A pydantic check whose error has no type of its own (pydantic words it in English only)."""


def _validators(tree: ast.Module) -> list[ast.FunctionDef]:
    """Functions decorated as pydantic validators, or handed to ``AfterValidator`` and the like."""
    wrapped = {
        _name(n.args[0])
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and _name(n.func) in VALIDATOR_WRAPPERS and n.args
    }
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    return [
        f
        for f in functions
        if f.name in wrapped
        or any(isinstance(d, ast.Call) and _name(d.func) in VALIDATOR_DECORATORS for d in f.decorator_list)
    ]


def custom_error_types(roots: Iterable[str | Path] = ("modules",)) -> list[Site]:
    """Every type of a ``PydanticCustomError(type, template, ctx)`` written in the given folders.

    A type that is not a string literal, and a validator that raises ``ValueError`` or
    ``AssertionError`` or asserts (pydantic's ``value_error``: no type to word it by), fail the scan.
    """
    sites: list[Site] = []
    for path in _files(roots):
        rel = _relative(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for function in _validators(tree):
            for node in ast.walk(function):
                raised = node.exc if isinstance(node, ast.Raise) else None
                if isinstance(raised, ast.Call):
                    raised = raised.func
                if isinstance(node, ast.Assert) or (raised is not None and _name(raised) in PLAIN_ERRORS):
                    raise UntypedCheck(
                        f"{rel}:{node.lineno}: the check {function.name} raises a plain error: "
                        "raise PydanticCustomError(type, message, ctx) and word the type in the console"
                    )
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) == "PydanticCustomError":
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    raise UntypedCheck(f"{rel}:{node.lineno}: write the error type as a string literal")
                if not TYPE_RE.match(first.value):
                    raise UntypedCheck(f"{rel}:{node.lineno}: {first.value!r} is not a snake_case type")
                sites.append(Site(first.value, rel, node.lineno))
    return sites


if __name__ == "__main__":  # python3 -m tests.error_codes: the list, with where each is written
    by_code: dict[str, list[str]] = {}
    for site in scan():
        by_code.setdefault(site.code, []).append(f"{site.path}:{site.line}")
    for code in sorted(by_code):
        print(code, " ".join(by_code[code][:3]) + (" ..." if len(by_code[code]) > 3 else ""))
    print(len(by_code), "codes")
