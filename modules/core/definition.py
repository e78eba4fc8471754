"""``core``: the framework every platform runs. Its tables are the ``framework`` branch."""

from __future__ import annotations

from core.definition import ModuleDefinition, PermissionDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import tables_check

FRAMEWORK_TABLES = ("platforms", "platform_modules", "admin_users", "admin_platforms", "audit_log")


def _permission(code: str, label: str, description: str) -> PermissionDefinition:
    return PermissionDefinition(code=code, label=label, description=description)


PERMISSIONS = (
    _permission(
        "modules.view",
        QT_TRANSLATE_NOOP("modules", "View modules"),
        QT_TRANSLATE_NOOP("modules", "See modules, tiers, the dependency graph and settings."),
    ),
    _permission(
        "modules.toggle",
        QT_TRANSLATE_NOOP("modules", "Toggle modules"),
        QT_TRANSLATE_NOOP("modules", "Enable and disable optional modules per platform."),
    ),
    _permission(
        "modules.configure",
        QT_TRANSLATE_NOOP("modules", "Configure modules"),
        QT_TRANSLATE_NOOP("modules", "Change the settings of optional modules."),
    ),
    _permission(
        "modules.internal",
        QT_TRANSLATE_NOOP("modules", "Internal modules"),
        QT_TRANSLATE_NOOP("modules", "See and toggle modules of the internal tier."),
    ),
    _permission(
        "modules.rollout",
        QT_TRANSLATE_NOOP("modules", "Roll out modules"),
        QT_TRANSLATE_NOOP(
            "modules", "Create, start and approve rollouts of a module change across platforms in waves."
        ),
    ),
    _permission(
        "platforms.tag",
        QT_TRANSLATE_NOOP("modules", "Tag platforms"),
        QT_TRANSLATE_NOOP("modules", "Add and remove the tags that group platforms."),
    ),
    _permission(
        "migrations.view",
        QT_TRANSLATE_NOOP("modules", "View migrations"),
        QT_TRANSLATE_NOOP("modules", "See migration status, plans and SQL previews."),
    ),
    _permission(
        "migrations.run",
        QT_TRANSLATE_NOOP("modules", "Run migrations"),
        QT_TRANSLATE_NOOP("modules", "Upgrade and downgrade the database schema."),
    ),
    _permission(
        "health.view",
        QT_TRANSLATE_NOOP("modules", "View health"),
        QT_TRANSLATE_NOOP("modules", "See health checks, metrics and their history."),
    ),
    _permission(
        "health.run",
        QT_TRANSLATE_NOOP("modules", "Run health checks"),
        QT_TRANSLATE_NOOP("modules", "Run health checks on demand."),
    ),
    _permission(
        "audit.view",
        QT_TRANSLATE_NOOP("modules", "View audit log"),
        QT_TRANSLATE_NOOP("modules", "Read the audit trail."),
    ),
    _permission(
        "admin.users.manage",
        QT_TRANSLATE_NOOP("modules", "Manage admin users"),
        QT_TRANSLATE_NOOP("modules", "Create, change, lock and remove admin users."),
    ),
)

DEFINITION = ModuleDefinition(
    code="core",
    name=QT_TRANSLATE_NOOP("modules", "Core"),
    description=QT_TRANSLATE_NOOP(
        "modules",
        "The framework every platform runs: module registry, per-platform module settings, admin "
        "users and roles, audit trail, database migrations and health checks.",
    ),
    version="1.0.0",
    is_core=True,
    permissions=PERMISSIONS,
    migrations_path=None,  # the framework tables are the base branch in migrations/versions
    health_check=tables_check("core", *FRAMEWORK_TABLES, models="core.models"),
)
