"""platformctl demo seed."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING, Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command, add_dry_run, int_range
from core.demo_context import DEMO_PASSWORD
from core.ranges import DEMO_MAX_COUNTS, INT64_MAX

if TYPE_CHECKING:
    from core.demo import SeedResult, SeedSpec


def cmd_seed(ctx: Context, args: argparse.Namespace) -> int:
    from core.demo import SeedSpec, check_seed, seed  # lazy: not for --help and completion

    actor = ctx.actor
    spec = SeedSpec(args.platforms, args.merchants, args.stores, args.orders, args.seed, args.demo_accounts)
    check_seed(actor, spec)
    if args.dry_run:
        return _dry_run(ctx, spec)
    _migrate_if_empty(ctx)
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
        _print_accounts(ctx, result)

    ctx.emit(document, human)
    return 0


def _print_accounts(ctx: Context, result: SeedResult) -> None:
    for a in result.accounts:
        ctx.print(f"  demo account {a.username} ({a.role}), password {a.password}")


def _dry_run(ctx: Context, spec: SeedSpec) -> int:
    """What would be seeded; the database (even a missing SQLite file) is left as it is."""
    from core.db import DatabaseUnavailable  # lazy: not for --help and completion
    from core.demo import plan_seed  # lazy: not for --help and completion
    from core.migrations.revisions import at_head  # lazy: not for --help and completion

    try:
        db = ctx.db  # opened without creating (cli: CREATING_COMMANDS apply to real runs only)
    except DatabaseUnavailable as exc:
        if exc.code != "db.missing":
            raise
        db, prepare = None, "create the database and migrate it to head"
    else:
        prepare = None if at_head(db) else "migrate the database to head (if it is empty)"
    result = plan_seed(db if prepare is None else None, spec)
    document = {**result.to_dict(), "dry_run": True, "prepare": prepare}

    def human() -> None:
        if prepare:
            ctx.print(f"would first {prepare}")
        ctx.print(
            "would seed " + ", ".join(f"{n:,} {k}" for k, n in result.counts.items()) + "; nothing written"
        )
        _print_accounts(ctx, result)

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
    parser = sub.add_parser("demo", help=COMMAND_HELP["demo"])
    dsub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = add_command(
        dsub,
        "seed",
        "add deterministic demo data (counts are totals; an empty database is migrated first)",
        [
            "platformctl demo seed --demo-accounts",
            "platformctl demo seed --platforms 100 --orders 100000 --dry-run",
        ],
        [common],
    )
    for name, default in (("platforms", 5), ("merchants", 20), ("stores", 50), ("orders", 200)):
        p.add_argument(
            f"--{name}",
            type=int_range(0, DEMO_MAX_COUNTS[name]),
            default=default,
            help=f"{name} to add, 0 to {DEMO_MAX_COUNTS[name]:,} (default {default})",
        )
    p.add_argument("--seed", type=int_range(0, INT64_MAX), default=42, help="random seed (default 42)")
    p.add_argument(
        "--demo-accounts",
        action="store_true",
        help=f"also create sign-in accounts (password {DEMO_PASSWORD})",
    )
    add_dry_run(p)
    p.set_defaults(func=cmd_seed)
