"""``core``: the framework every platform runs. Its tables are the ``framework`` branch."""

from __future__ import annotations

from core.definition import ModuleDefinition, PermissionDefinition
from modules import HealthResult, healthy, unhealthy

FRAMEWORK_TABLES = ("platforms", "platform_modules", "admin_users", "admin_platforms", "audit_log")


def health_check() -> HealthResult:
    from core.db import Base
    from core.models import Platform  # noqa: F401 - registers the framework tables

    missing = [name for name in FRAMEWORK_TABLES if name not in Base.metadata.tables]
    if missing:
        return unhealthy(f"framework tables not mapped: {', '.join(missing)}")
    return healthy("module registry and framework tables loaded")


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
    health_check=health_check,
)
