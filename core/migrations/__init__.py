"""Schema migrations: one Alembic branch per module, read, planned, run, backed up and checked.

One Alembic branch per module (branch label = module code), revisions in
``modules/<package>/migrations/versions/<package>_<seq>_<description>.py`` with revision id
``<package>_<seq>``; the framework's base revisions live in ``migrations/versions`` (branch
``framework``). See docs/architecture.md, "Migrations". The package, in the order a run uses it:

- :mod:`~core.migrations.revisions`: the revision files as written, their naming rules and the
  heads they imply (the console's start-up check :func:`at_head`; no Alembic);
- :mod:`~core.migrations.scripts`: Alembic's config and script directory, the stored heads;
- :mod:`~core.migrations.state`: where each branch stands, schema drift explained;
- :mod:`~core.migrations.drift`: refusing to migrate a database the code does not fully know;
- :mod:`~core.migrations.planning`: targets and plans; :mod:`~core.migrations.destructive`: marks;
- :mod:`~core.migrations.guard`: the downgrade guard (modules still enabled on platforms);
- :mod:`~core.migrations.running`: running Alembic; :mod:`~core.migrations.offline`: the SQL;
- :mod:`~core.migrations.backups`: SQLite copies before a run, and restoring them;
- :mod:`~core.migrations.repair`: registry drift in ``platform_modules`` and its repair;
- :mod:`~core.migrations.database` and :mod:`~core.migrations.terms`: the database however it is
  named, and the words (directions, hints, counts) every part shares.

:class:`core.services.migration_service.MigrationService` puts permissions, audit entries and
notifications on top. Names are imported from their module on first use, so that
``import core.migrations.revisions`` (the console's start-up) does not load Alembic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.migrations.backups import backup_sqlite, restore_sqlite_backup
    from core.migrations.database import DatabaseLike
    from core.migrations.destructive import DESTRUCTIVE_PATTERNS, destructive_statements
    from core.migrations.offline import offline_sql
    from core.migrations.planning import MigrationPlan, PlanStep, Target, plan, resolve_target
    from core.migrations.revisions import (
        FRAMEWORK_BRANCH,
        FRAMEWORK_MODULE,
        Branch,
        at_head,
        branches,
        expected_heads,
        script_location,
        stored_heads,
        validate_migration_files,
        version_locations,
    )
    from core.migrations.running import (
        Cancel,
        Check,
        MigrationCancelled,
        MigrationFailed,
        Progress,
        downgrade,
        upgrade,
    )
    from core.migrations.scripts import RevisionInfo, alembic_config, current_heads, script_directory
    from core.migrations.state import BranchStatus, status
    from core.migrations.terms import STATUS_HINT, Direction

# name -> the module of this package that defines it
_HOME = {
    "DatabaseLike": "database",
    "Direction": "terms",
    "STATUS_HINT": "terms",
    "FRAMEWORK_BRANCH": "revisions",
    "FRAMEWORK_MODULE": "revisions",
    "Branch": "revisions",
    "at_head": "revisions",
    "branches": "revisions",
    "expected_heads": "revisions",
    "script_location": "revisions",
    "stored_heads": "revisions",
    "validate_migration_files": "revisions",
    "version_locations": "revisions",
    "RevisionInfo": "scripts",
    "alembic_config": "scripts",
    "current_heads": "scripts",
    "script_directory": "scripts",
    "BranchStatus": "state",
    "status": "state",
    "MigrationPlan": "planning",
    "PlanStep": "planning",
    "Target": "planning",
    "plan": "planning",
    "resolve_target": "planning",
    "DESTRUCTIVE_PATTERNS": "destructive",
    "destructive_statements": "destructive",
    "Cancel": "running",
    "Check": "running",
    "MigrationCancelled": "running",
    "MigrationFailed": "running",
    "Progress": "running",
    "downgrade": "running",
    "upgrade": "running",
    "offline_sql": "offline",
    "backup_sqlite": "backups",
    "restore_sqlite_backup": "backups",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOME])


__all__ = [
    "DESTRUCTIVE_PATTERNS",
    "FRAMEWORK_BRANCH",
    "FRAMEWORK_MODULE",
    "STATUS_HINT",
    "Branch",
    "BranchStatus",
    "Cancel",
    "Check",
    "DatabaseLike",
    "Direction",
    "MigrationCancelled",
    "MigrationFailed",
    "MigrationPlan",
    "PlanStep",
    "Progress",
    "RevisionInfo",
    "Target",
    "alembic_config",
    "at_head",
    "backup_sqlite",
    "branches",
    "current_heads",
    "destructive_statements",
    "downgrade",
    "expected_heads",
    "offline_sql",
    "plan",
    "resolve_target",
    "restore_sqlite_backup",
    "script_directory",
    "script_location",
    "status",
    "stored_heads",
    "upgrade",
    "validate_migration_files",
    "version_locations",
]
