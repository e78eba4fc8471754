"""platformctl demo seed."""

from __future__ import annotations

import argparse
import time
from typing import Any

from console.commands.base import Context, int_range
from core.demo_context import DEMO_PASSWORD
from core.errors import PermissionDenied
from core.ranges import DEMO_MAX_COUNTS, INT64_MAX
from core.roles import Role


def cmd_seed(ctx: Context, args: argparse.Namespace) -> int:
    from core.demo import SeedSpec, seed  # lazy: not for --help and completion

    actor = ctx.actor
    actor.require("admin.users.manage" if args.demo_accounts else "modules.toggle")
    if actor.role is not Role.SUPER_ADMIN:
        # Seeding creates platforms and adds stores and orders to any platform: like
        # `platforms create`, super admins only (a platform admin's modules.toggle is per own platform).
        raise PermissionDenied(
            "permission.denied",
            f"{actor.name} ({actor.role}) may not seed demo data: it creates platforms",
            {"permission": "platforms.create", "actor": actor.name, "role": actor.role.value},
        )
    _migrate_if_empty(ctx)
    spec = SeedSpec(args.platforms, args.merchants, args.stores, args.orders, args.seed, args.demo_accounts)
    started = time.perf_counter()

    def progress(step: str, done: int, total: int) -> None:
        if not ctx.json:
            ctx.note(f"  {step}: {done:,}/{total:,}")

    result = seed(ctx.db, spec, progress=progress)
    elapsed = time.perf_counter() - started
    document = {**result.to_dict(), "seconds": round(elapsed, 2)}

    def human() -> None:
        ctx.print(
            "seeded " + ", ".join(f"{n:,} {k}" for k, n in result.counts.items()) + f" in {elapsed:.1f} s"
        )
        for a in result.accounts:
            ctx.print(f"  demo account {a.username} ({a.role}), password {a.password}")

    ctx.emit(document, human)
    return 0


def _migrate_if_empty(ctx: Context) -> None:
    """``demo seed`` prepares a new (empty) database first, as ``db upgrade`` would."""
    from core.migrations.revisions import at_head  # lazy: not for --help and completion

    if at_head(ctx.db):
        return
    from core.services.migration_service import MigrationService  # lazy: Alembic: only for an empty database

    service = MigrationService(ctx.db)
    if any(b.current is not None for b in service.status(ctx.actor).branches):
        return  # a schema already there: seeding tells what it lacks, no migration behind the user's back
    if not ctx.json:
        ctx.note("the database is empty: migrating it to head first")
    service.run(ctx.actor, "heads", "upgrade")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("demo", help="demo data")
    dsub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = dsub.add_parser("seed", parents=[common], help="add deterministic demo data (counts are totals)")
    p.add_argument("--platforms", type=int_range(0, DEMO_MAX_COUNTS["platforms"]), default=5)
    p.add_argument("--merchants", type=int_range(0, DEMO_MAX_COUNTS["merchants"]), default=20)
    p.add_argument("--stores", type=int_range(0, DEMO_MAX_COUNTS["stores"]), default=50)
    p.add_argument("--orders", type=int_range(0, DEMO_MAX_COUNTS["orders"]), default=200)
    p.add_argument("--seed", type=int_range(0, INT64_MAX), default=42)
    p.add_argument(
        "--demo-accounts",
        action="store_true",
        help=f"also create sign-in accounts (password {DEMO_PASSWORD})",
    )
    p.set_defaults(func=cmd_seed)
