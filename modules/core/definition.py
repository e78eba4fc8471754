"""``core``: the framework every platform runs. Its tables are the ``framework`` branch."""

from __future__ import annotations

from core.definition import ModuleDefinition, PermissionDefinition
from modules import tables_check

FRAMEWORK_TABLES = ("platforms", "platform_modules", "admin_users", "admin_platforms", "audit_log")


def _permission(code: str, label: str, description: str) -> PermissionDefinition:
    return PermissionDefinition(code=code, label=label, description=description)


PERMISSIONS = (
    _permission("modules.view", "View modules", "See modules, tiers, the dependency graph and settings."),
    _permission("modules.toggle", "Toggle modules", "Enable and disable optional modules per platform."),
    _permission("modules.configure", "Configure modules", "Change the settings of optional modules."),
    _permission("modules.internal", "Internal modules", "See and toggle modules of the internal tier."),
    _permission("migrations.view", "View migrations", "See migration status, plans and SQL previews."),
    _permission("migrations.run", "Run migrations", "Upgrade and downgrade the database schema."),
    _permission("health.view", "View health", "See health checks, metrics and their history."),
    _permission("health.run", "Run health checks", "Run health checks on demand."),
    _permission("audit.view", "View audit log", "Read the audit trail."),
    _permission("admin.users.manage", "Manage admin users", "Create, change, lock and remove admin users."),
)

DEFINITION = ModuleDefinition(
    code="core",
    name="Core",
    description=(
        "The framework every platform runs: module registry, per-platform module settings, admin "
        "users and roles, audit trail, database migrations and health checks."
    ),
    version="1.0.0",
    is_core=True,
    permissions=PERMISSIONS,
    migrations_path=None,  # the framework tables are the base branch in migrations/versions
    health_check=tables_check("core", *FRAMEWORK_TABLES, models="core.models"),
)
