"""One exception hierarchy for every service.

Each error carries a stable ``code`` (``module.required_by``), a message for people and
structured ``details``. The CLI maps the classes to exit codes in one place
(:mod:`console.cli`), the console to one dialog style. Anything else is a bug.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class PlatformError(Exception):
    """Base of every error a user can cause."""

    exit_code: int = 1

    def __init__(self, code: str, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "details": self.details}

    def __str__(self) -> str:
        return self.message


class InvalidInput(PlatformError):
    """Malformed or contradictory input (CLI exit 2)."""

    exit_code = 2


class NotFound(PlatformError):
    """An unknown module, platform, user, payment ... (CLI exit 2)."""

    exit_code = 2


class Refused(PlatformError):
    """A valid request that the rules refuse: dependency, core module, guard, limit (CLI exit 3)."""

    exit_code = 3


class PermissionDenied(Refused):
    """The caller's role does not allow the operation (CLI exit 3)."""


class DefinitionError(PlatformError):
    """A module definition or the registry built from them is invalid (a programming error)."""

    exit_code = 1


def error_kind(error: Mapping[str, Any]) -> dict[str, Any]:
    """A pydantic validation error's ``type`` and ``ctx`` (its values as JSON allows), for details:
    the console words a field's error from them in the interface's language."""
    ctx = {
        key: value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
        for key, value in (error.get("ctx") or {}).items()
    }
    return {"type": error.get("type"), "ctx": ctx}
