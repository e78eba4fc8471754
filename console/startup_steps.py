"""The library's part of the console's start-up: plain Python, run in workers (``run_sync``).

The schema check, an interrupted migration run, the first migration of an empty database, the
demo data, the refunds a crash left pending. No Qt here: this module is imported off the GUI
thread with the rest of the start-up library (:data:`console.app.STARTUP_LIBRARY`), once the main
window has painted.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.actor import Actor
from core.db import Database
from core.demo import SeedSpec, seed
from core.migrations.revisions import at_head
from core.roles import Role
from core.services.migration_runs import InterruptedRun, notice_interrupted
from core.services.platforms import PlatformService

if TYPE_CHECKING:
    from core.services.migration_service import RunResult

DEMO_SPEC = {"platforms": 25, "merchants": 40, "stores": 200, "orders": 400}


def schema_state(db: Database) -> dict[str, Any]:
    """Is the schema empty, behind (pending revisions), or newer than this code (drift)?

    The common case, a database exactly at head, is answered without importing Alembic
    (:func:`core.migrations.revisions.at_head`); anything else asks :func:`core.migrations.status`.
    """
    if at_head(db):
        return {"empty": False, "pending": False, "newer": False, "unknown": []}
    from core import migrations  # lazy: Alembic: only when the database is not at head

    branches = migrations.status(db)
    return {
        "empty": all(b.current is None for b in branches),
        "pending": any(b.pending for b in branches),
        "newer": any(b.drift for b in branches),
        "unknown": [rev for b in branches for rev in b.unknown],
    }


def notice_interrupted_run(db: Database) -> InterruptedRun | None:
    """A migration run killed half-way (SQLite), audited the first time it is seen."""
    return notice_interrupted(db)


def opening_state(
    db: Database, has_users: Callable[[], bool]
) -> tuple[dict[str, Any], InterruptedRun | None, bool]:
    """What the start-up asks the database before anyone signs in, in one trip to a worker:
    :func:`schema_state`, :func:`notice_interrupted_run`, and whether it has users (not asked
    of an empty schema)."""
    state = schema_state(db)
    interrupted = notice_interrupted_run(db)
    return state, interrupted, False if state["empty"] else has_users()


def _console_actor() -> Actor:
    """Whoever opened an empty database may migrate it (docs/architecture.md, "Roles and secrets")."""
    return Actor(name=f"console:{getpass.getuser()}", role=Role.SUPER_ADMIN)


def first_run_upgrade(
    db: Database, progress: Callable[..., None], cancel: Callable[[], bool] | None = None
) -> RunResult:
    """Migrate an empty (or user-less) database to head; audited like any run. ``cancel()`` is
    asked between revisions (``migrations.cancelled``: PostgreSQL rolled back, SQLite kept what
    was applied, with the copy taken before it when there was something to copy).

    The actor is ``console:<operating-system user>``.
    """
    from core.services.migration_service import MigrationService  # lazy: Alembic: only for a first run

    return MigrationService(db).run(_console_actor(), "heads", "upgrade", progress=progress, cancel=cancel)


def restore_first_run_backup(db: Database, backup: Path) -> None:
    """Put back the copy taken before a cancelled first run."""
    from core.services.migration_service import MigrationService  # lazy: Alembic: only after a cancel

    MigrationService(db).restore(_console_actor(), backup)


def resolve_pending_refunds(db: Database, actor: Actor) -> None:
    """Refunds a crash left pending are settled against their gateway at start-up."""
    from modules.payments.services import resolve_pending_on_startup  # lazy: its gateways: after sign-in

    resolve_pending_on_startup(db, actor)


def seed_demo(db: Database) -> None:
    """Fill the demo database; if an earlier run stopped after the data, only add the accounts."""
    if PlatformService(db).count(Actor.system("demo")):
        seed(db, SeedSpec(platforms=0, merchants=0, stores=0, orders=0, demo_accounts=True))
    else:
        seed(db, SeedSpec(**DEMO_SPEC, demo_accounts=True))
