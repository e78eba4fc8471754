"""The role table, transcribed by hand and not read from ``core.roles``: the tests that check the
roles against it (test_roles, test_permissions) fail when the two drift apart.

docs/architecture.md, "Roles and secrets"; each row: super_admin, platform_admin, support, operator.
"""

from __future__ import annotations

ALL, OWN, NO = "all", "own", "no"

ROLE_TABLE: dict[str, tuple[str, str, str, str]] = {
    "modules.view": (ALL, ALL, ALL, ALL),
    "modules.toggle": (ALL, OWN, NO, NO),
    "modules.configure": (ALL, OWN, NO, NO),
    "modules.internal": (ALL, NO, NO, NO),
    "modules.rollout": (ALL, OWN, NO, NO),  # plus the change's own permission
    "platforms.tag": (ALL, OWN, NO, NO),
    "migrations.view": (ALL, ALL, NO, ALL),
    "migrations.run": (ALL, NO, NO, NO),
    "health.view": (ALL, ALL, NO, ALL),
    "health.run": (ALL, ALL, NO, ALL),
    "merchants.view": (ALL, OWN, ALL, NO),
    "payments.view": (ALL, OWN, ALL, NO),
    "merchants.suspend": (ALL, OWN, ALL, NO),
    "customers.pii.view": (ALL, OWN, NO, NO),  # unmasked e-mail, phone, address
    "customers.pii.reveal": (ALL, OWN, ALL, NO),  # one record, audited
    "payments.refund": (ALL, OWN, ALL, NO),  # support: up to the limit (the payments service checks it)
    "payments.refund.approve": (ALL, OWN, NO, NO),
    "audit.view": (ALL, OWN, OWN, NO),  # support: own actions and the merchant/store trail
    "admin.users.manage": (ALL, NO, NO, NO),
}
