"""platformctl db upgrade, platformctl migrate status|plan|sql|upgrade|downgrade|restore.

Every command goes through :class:`core.services.migration_service.MigrationService`, the
service the console's migrations page uses: the same plan, the same destructive marks, the
same downgrade guard and the same audit entries. Destructive revisions ask for confirmation
on a terminal; without one they need ``--yes`` (docs/architecture.md, Errors and exit codes).
"""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command, add_dry_run
from core.errors import InvalidInput, PlatformError, Refused
from core.wording import count_of

TARGET_HELP = "heads | MODULE | MODULE@base | MODULE@head | a revision id (payments_002)"


def _service(ctx: Context) -> Any:
    """Alembic is imported only by the commands that need it (start-up time)."""
    from core.services.migration_service import MigrationService  # lazy: Alembic (0.4 s)

    _notice(ctx)
    return MigrationService(ctx.db)


def _notice(ctx: Context) -> Any:
    """A run killed half-way before is noticed on every ``migrate`` and ``db`` command: audited
    (once) and said on stderr, with the backup and the command that restores it."""
    # lazy: cryptography (0.1 s): `platformctl --help` loads this module
    from core.services.migration_runs import notice_interrupted

    interrupted = notice_interrupted(ctx.db)
    if interrupted is not None:
        ctx.note(f"warning: {interrupted.message}")
    return interrupted


def _progress(ctx: Context):  # type: ignore[no-untyped-def]
    def report(step: Any, index: int, total: int) -> None:
        if not ctx.json:
            ctx.note(f"  [{index}/{total}] {step.direction} {step.revision} ({step.branch}): {step.message}")

    return report


# -- status ------------------------------------------------------------------------------------------
def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.migration_service import MigrationService  # lazy: Alembic (0.4 s)

    interrupted = _notice(ctx)
    status = MigrationService(ctx.db).status(ctx.actor)

    def human() -> None:
        ctx.table(
            ["branch", "module", "current", "head", "pending", "enabled on"],
            [
                [b.branch, b.module, b.current, b.head, len(b.pending) or "-", b.enabled_on]
                for b in status.branches
            ],
        )
        for branch in status.branches:
            for revision in branch.pending:
                ctx.print(f"  pending {revision.revision} ({branch.branch}): {revision.message}")
        for problem in status.problems:
            ctx.print(f"problem: {problem.message}")
        ctx.print("all branches at head" if not status.pending and not status.problems else status.summary)

    ctx.emit({**status.to_dict(), "interrupted_run": interrupted.to_dict() if interrupted else None}, human)
    return 0


# -- plan and sql ------------------------------------------------------------------------------------
def _target(args: argparse.Namespace, direction: str) -> str:
    target = args.target or ("heads" if direction == "upgrade" else None)
    if target is None:
        raise InvalidInput("migrate.no_target", "downgrade needs a TARGET: MODULE@base or a revision id")
    return target


def print_plan(ctx: Context, preview: Any, *, guard: bool = True) -> None:
    """The plan as ``migrate plan`` prints it: one line per revision, destructive ones marked."""
    if not preview.plan.steps:
        ctx.print("nothing to do")
    for step in preview.plan.steps:
        mark = "  DESTRUCTIVE: " + "; ".join(step.destructive) if step.destructive else ""
        ctx.print(f"  {step.direction} {step.revision} ({step.branch}): {step.message}{mark}")
    if preview.losing_tables:
        ctx.print(f"  drops the tables of: {', '.join(preview.losing_tables)}")
    if guard and preview.guard is not None:
        ctx.print(f"  REFUSED: {preview.guard.message}")


def cmd_plan(ctx: Context, args: argparse.Namespace) -> int:
    direction = "downgrade" if args.downgrade else "upgrade"
    preview = _service(ctx).plan(ctx.actor, _target(args, direction), direction, sql=False)
    ctx.emit(preview.to_dict(), lambda: print_plan(ctx, preview))
    return 3 if preview.guard is not None else 0  # as the run would: the guard refuses it


def cmd_sql(ctx: Context, args: argparse.Namespace) -> int:
    direction = "downgrade" if args.downgrade else "upgrade"
    target = _target(args, direction)
    sql = _service(ctx).sql(ctx.actor, target, direction)
    ctx.emit({"target": target, "direction": direction, "sql": sql}, sql)
    return 0


# -- runs --------------------------------------------------------------------------------------------
def run_migration(
    ctx: Context, target: str, direction: str, yes: bool, done: Any = None, *, dry_run: bool = False
) -> int:
    """Plan, show, confirm what is destructive, run through the service (audited either way)."""
    if dry_run:
        return _dry_run(ctx, _dry_run_service(ctx, direction), target, direction, yes)
    service = _service(ctx)
    actor = ctx.actor
    if not actor.can("migrations.run"):
        service.run(actor, target, direction)  # refused and audited by the service
    preview = service.plan(actor, target, direction, sql=False)
    if not ctx.json and preview.plan.steps:
        ctx.note(f"{direction} to {preview.plan.target}:")
        for step in preview.plan.steps:
            mark = "  DESTRUCTIVE: " + "; ".join(step.destructive) if step.destructive else ""
            ctx.note(f"  {step.direction} {step.revision} ({step.branch}): {step.message}{mark}")
    confirmed = yes
    if preview.destructive_revisions and preview.guard is None and not yes:
        names = ", ".join(preview.destructive_revisions)
        try:
            ctx.confirm(f"{direction} runs destructive revision(s) {names} (data will be dropped)", yes)
        except Refused as refusal:
            # The service refuses (and audits) the unconfirmed run; the answer keeps the CLI's code.
            try:
                service.run(actor, target, direction, False, expected=preview.revisions)
            except Refused as audited:
                details = {**(audited.details or {}), "refusal": audited.code}
                raise Refused(refusal.code, refusal.message, details) from None
            raise
        confirmed = True
    # A guarded downgrade goes to the service too: it refuses it, names modules and platforms, audits.
    with _ctrl_c(ctx) as cancel:
        result = service.run(
            actor, target, direction, confirmed, _progress(ctx), expected=preview.revisions, cancel=cancel
        )

    def human() -> None:
        if done is not None:
            ctx.print(done(result))
        else:
            ctx.print(f"{direction}: {count_of(len(result.applied), 'revision')} applied")
        if result.backup_path:
            ctx.print(f"backup taken before the run: {result.backup_path}")

    ctx.emit(result.to_dict(), human)
    return 0


@contextmanager
def _ctrl_c(ctx: Context) -> Iterator[Callable[[], bool]]:
    """The first Ctrl+C asks the run to stop after the current revision (the service then raises
    ``migrations.cancelled``, exit 130); a second one interrupts at once."""
    asked = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield asked.is_set
        return

    def on_sigint(signum: int, frame: Any) -> None:
        if asked.is_set():
            raise KeyboardInterrupt
        asked.set()
        ctx.note("cancelling after the current revision… (Ctrl+C again to stop at once)")

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield asked.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


def _dry_run_service(ctx: Context, direction: str) -> Any:
    """The service for a dry run; a missing SQLite file (which an upgrade would create) is
    planned as an empty database: one in memory, so no file is made."""
    from core.db import DatabaseUnavailable, open_database  # lazy: SQLAlchemy
    from core.services.migration_service import MigrationService  # lazy: Alembic (0.4 s)

    try:
        return _service(ctx)
    except DatabaseUnavailable as exc:
        if exc.code != "db.missing" or direction != "upgrade":
            raise
    return MigrationService(open_database("sqlite://", create=True))


def _dry_run(ctx: Context, service: Any, target: str, direction: str, yes: bool) -> int:
    """The plan of the run, checked as the run is; nothing run, copied or audited. Exit 3 where
    the run would be refused; destructive revisions refuse it without --yes and without a terminal
    (on a terminal the run would ask)."""
    checked = service.dry_run(ctx.actor, target, direction, confirm_destructive=yes or ctx.interactive())
    preview, refusal = checked.preview, checked.refusal

    def human() -> None:
        ctx.print(f"DRY RUN — nothing run. {direction} to {preview.plan.target}:")
        print_plan(ctx, preview, guard=False)
        if checked.backup:
            ctx.print("  the SQLite file would be copied first")
        if preview.destructive_revisions and refusal is None and not yes:
            ctx.print("  a terminal would ask to confirm the destructive revisions")
        if refusal is not None:
            ctx.print(f"  REFUSED: {refusal.message}")

    ctx.emit(checked.to_dict(), human)
    return 3 if refusal is not None else 0


def cmd_db_upgrade(ctx: Context, args: argparse.Namespace) -> int:
    def done(result: Any) -> str:
        return (
            f"database at head ({count_of(len(result.applied), 'revision')} applied) — {ctx.db.display_url()}"
        )

    return run_migration(ctx, "heads", "upgrade", args.yes, done, dry_run=args.dry_run)


def cmd_upgrade(ctx: Context, args: argparse.Namespace) -> int:
    return run_migration(ctx, _target(args, "upgrade"), "upgrade", args.yes, dry_run=args.dry_run)


def cmd_downgrade(ctx: Context, args: argparse.Namespace) -> int:
    return run_migration(ctx, _target(args, "downgrade"), "downgrade", args.yes, dry_run=args.dry_run)


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx)
    if args.dry_run:  # the same checks, unaudited: a dry run writes nothing
        ctx.actor.require("migrations.run")
    elif not ctx.actor.can("migrations.run"):
        service.restore(ctx.actor, args.backup, force=args.force)  # refused and audited by the service
    # Checked before the question: a copy that would be refused is refused without asking.
    try:
        checked = service.check_backup(ctx.actor, args.backup, force=args.force)
    except PlatformError:
        if not args.dry_run:
            service.restore(ctx.actor, args.backup, force=args.force)  # refuses it again, audited
        raise
    revisions = ", ".join(checked.revisions) or "none"
    if args.dry_run:
        ctx.emit(
            {
                "dry_run": True,
                "backup_path": str(args.backup),
                "revisions": list(checked.revisions),
                "verified": checked.manifest is not None,
            },
            f"DRY RUN — nothing restored. {args.backup} passed its checks (revisions {revisions}); "
            "a restore would save the current database first, then put this copy in its place",
        )
        return 0
    ctx.confirm(
        f"replace the database with the backup {args.backup} (revisions {revisions}; changes made "
        "since it was taken are lost, the current database is saved first)",
        args.yes,
    )
    result = service.restore(ctx.actor, args.backup, force=args.force)

    def human() -> None:
        if not result.verified:
            ctx.print(
                f"restored {result.backup_path} without a manifest (--force): it passed its integrity check"
            )
        else:
            ctx.print(f"restored from {result.backup_path} (manifest and integrity check verified)")
        ctx.print(f"revisions now: {', '.join(result.heads) or 'none'}")
        ctx.print(
            f"the database as it was before is saved at {result.saved_path}; "
            f"undo with `platformctl migrate restore {result.saved_path}`"
        )

    ctx.emit(result.to_dict(), human)
    return 0


# -- parsers -----------------------------------------------------------------------------------------
def _run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--yes", action="store_true", help="confirm destructive revisions without a terminal")
    add_dry_run(p)


def add_db_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("db", help=COMMAND_HELP["db"])
    dsub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = add_command(
        dsub,
        "upgrade",
        "every branch to head (prepares an empty database)",
        ["platformctl --db sqlite:///platform.db db upgrade", "platformctl db upgrade --dry-run"],
        [common],
    )
    _run_options(p)
    p.set_defaults(func=cmd_db_upgrade)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("migrate", help=COMMAND_HELP["migrate"])
    msub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = add_command(
        msub,
        "status",
        "current, head, pending and enabled-on per branch",
        ["platformctl migrate status", "platformctl migrate status --json"],
        [common],
    )
    p.set_defaults(func=cmd_status)
    reads = {
        "plan": (
            cmd_plan,
            "the revisions a run to TARGET would apply, destructive ones marked (exit 3: refused)",
        ),
        "sql": (cmd_sql, "the SQL a run to TARGET would emit, without running it"),
    }
    for name, (func, text_) in reads.items():
        p = add_command(
            msub,
            name,
            text_,
            [f"platformctl migrate {name}", f"platformctl migrate {name} payments@base --downgrade"],
            [common],
        )
        p.add_argument("target", nargs="?", help=TARGET_HELP + " (default: heads)")
        p.add_argument("--downgrade", action="store_true", help=f"{name} a downgrade to TARGET")
        p.set_defaults(func=func)
    runs = {
        "upgrade": (cmd_upgrade, "apply the revisions up to TARGET (Ctrl+C stops after the current one)"),
        "downgrade": (cmd_downgrade, "undo the revisions down to TARGET (guarded while its modules are on)"),
    }
    for name, (func, text_) in runs.items():
        examples = (
            ["platformctl migrate upgrade", "platformctl migrate upgrade payments --dry-run --json"]
            if name == "upgrade"
            else [
                "platformctl migrate downgrade dev-tools@base --dry-run",
                "platformctl migrate downgrade payments_001 --yes",
            ]
        )
        p = add_command(msub, name, text_, examples, [common])
        p.add_argument(
            "target", nargs="?", help=TARGET_HELP + (" (default: heads)" if name == "upgrade" else "")
        )
        _run_options(p)
        p.set_defaults(func=func)
    p = add_command(
        msub,
        "restore",
        "put back the SQLite copy taken before a run (or a restore)",
        [
            "platformctl migrate restore platform.db.pre-migrate-20261203T101500.bak",
            "platformctl migrate restore BACKUP --dry-run",
        ],
        [common],
    )
    p.add_argument(
        "backup", metavar="BACKUP", help="the .pre-migrate-*.bak (or .pre-restore-*.bak) file to put back"
    )
    p.add_argument("--yes", action="store_true", help="confirm without a terminal")
    p.add_argument(
        "--force",
        action="store_true",
        help="accept a backup without a manifest (older releases); it must pass SQLite's integrity check",
    )
    add_dry_run(p)
    p.set_defaults(func=cmd_restore)
