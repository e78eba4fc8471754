"""Roles are data: which permission each role holds, and over which platforms.

``ALL`` means every platform; ``OWN`` means the platforms linked to the admin in
``admin_platforms``. The support refund limit is enforced by the payments service.
"""

from __future__ import annotations

from enum import StrEnum

from core.errors import InvalidInput


class Scope(StrEnum):
    ALL = "all"
    OWN = "own"


class Role(StrEnum):
    SUPER_ADMIN = "super_admin"
    PLATFORM_ADMIN = "platform_admin"
    SUPPORT = "support"
    OPERATOR = "operator"


ALL_PERMISSIONS: tuple[str, ...] = (
    "modules.view",
    "modules.toggle",
    "modules.configure",
    "modules.internal",
    "modules.rollout",
    "platforms.tag",
    "migrations.view",
    "migrations.run",
    "health.view",
    "health.run",
    "merchants.view",
    "merchants.suspend",
    "customers.pii.view",
    "customers.pii.reveal",
    "payments.view",
    "payments.refund",
    "payments.refund.approve",
    "audit.view",
    "admin.users.manage",
)

A, OWN = Scope.ALL, Scope.OWN

ROLE_PERMISSIONS: dict[Role, dict[str, Scope]] = {
    Role.SUPER_ADMIN: dict.fromkeys(ALL_PERMISSIONS, A),
    Role.PLATFORM_ADMIN: {
        "modules.view": A,
        "modules.toggle": OWN,
        "modules.configure": OWN,
        "modules.rollout": OWN,
        "platforms.tag": OWN,
        "migrations.view": A,
        "health.view": A,
        "health.run": A,
        "merchants.view": OWN,
        "merchants.suspend": OWN,
        "customers.pii.view": OWN,
        "customers.pii.reveal": OWN,
        "payments.view": OWN,
        "payments.refund": OWN,
        "payments.refund.approve": OWN,
        "audit.view": OWN,
    },
    Role.SUPPORT: {
        "modules.view": A,
        "merchants.view": A,
        "merchants.suspend": A,
        "customers.pii.reveal": A,  # one record at a time, audited; never customers.pii.view
        "payments.view": A,
        "payments.refund": A,  # up to PLATFORM_REFUND_LIMIT_SUPPORT
        "audit.view": OWN,  # own actions and the trail of merchants and stores
    },
    Role.OPERATOR: {
        "modules.view": A,
        "migrations.view": A,
        "health.view": A,
        "health.run": A,
    },
}


def parse_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InvalidInput(
            "user.bad_role",
            f"unknown role {value!r}; choose one of {', '.join(r.value for r in Role)}",
            {"role": value},
        ) from None
