"""platformctl db upgrade, platformctl migrate status|plan|sql|upgrade|downgrade."""

from __future__ import annotations

import argparse
from typing import Any

from console.commands.base import Context


def _runner() -> Any:
    """Alembic is imported only by the commands that need it (start-up time)."""
    from core import migrations

    return migrations


def _progress(ctx: Context):  # type: ignore[no-untyped-def]
    def report(step: Any, index: int, total: int) -> None:
        if not ctx.json:
            ctx.note(f"  [{index}/{total}] {step.direction} {step.revision} ({step.branch}): {step.message}")

    return report


def cmd_db_upgrade(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor.require("migrations.run")
    plan = _runner().upgrade(ctx.db, "heads", progress=_progress(ctx))
    ctx.emit(
        {"applied": [s.to_dict() for s in plan.steps]},
        f"database at head ({len(plan.steps)} revision(s) applied) — {ctx.db.display_url()}",
    )
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor.require("migrations.view")
    branches = _runner().status(ctx.db)
    rows = [b.to_dict() for b in branches]

    def human() -> None:
        ctx.table(
            ["branch", "current", "head", "pending"],
            [[b.branch, b.current, b.head, len(b.pending)] for b in branches],
        )
        behind = [b for b in branches if b.pending]
        total = sum(len(b.pending) for b in branches)
        ctx.print(
            f"{len(behind)} branch(es) behind, {total} revision(s) pending"
            if behind
            else "all branches at head"
        )

    ctx.emit({"branches": rows}, human)
    return 0


def _plan(ctx: Context, args: argparse.Namespace, direction: str) -> Any:
    target = args.target or ("heads" if direction == "upgrade" else None)
    if target is None:
        from core.errors import InvalidInput

        raise InvalidInput("migrate.no_target", "downgrade needs a TARGET: MODULE@base or a revision id")
    return _runner().plan(ctx.db, target, direction)


def _print_plan(ctx: Context, plan: Any) -> None:
    if not plan.steps:
        ctx.print("nothing to do")
    for step in plan.steps:
        mark = "  DESTRUCTIVE: " + "; ".join(step.destructive) if step.destructive else ""
        ctx.print(f"  {step.direction} {step.revision} ({step.branch}): {step.message}{mark}")


def cmd_plan(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor.require("migrations.view")
    plan = _plan(ctx, args, "downgrade" if args.downgrade else "upgrade")
    ctx.emit(plan.to_dict(), lambda: _print_plan(ctx, plan))
    return 0


def cmd_sql(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor.require("migrations.view")
    direction = "downgrade" if args.downgrade else "upgrade"
    target = args.target or "heads"
    sql = _runner().offline_sql(ctx.db, target, direction)
    ctx.emit({"target": target, "direction": direction, "sql": sql}, sql)
    return 0


def _run(ctx: Context, args: argparse.Namespace, direction: str) -> int:
    ctx.actor.require("migrations.run")
    plan = _plan(ctx, args, direction)
    destructive = [s for s in plan.steps if s.destructive]
    if destructive:
        names = ", ".join(s.revision for s in destructive)
        ctx.confirm(f"{direction} runs destructive revision(s) {names} (data will be dropped)", args.yes)
    run = _runner().upgrade if direction == "upgrade" else _runner().downgrade
    done = run(ctx.db, plan.target, progress=_progress(ctx))
    ctx.emit(
        {"applied": [s.to_dict() for s in done.steps]},
        lambda: ctx.print(f"{direction}: {len(done.steps)} revision(s) applied"),
    )
    return 0


def cmd_upgrade(ctx: Context, args: argparse.Namespace) -> int:
    return _run(ctx, args, "upgrade")


def cmd_downgrade(ctx: Context, args: argparse.Namespace) -> int:
    return _run(ctx, args, "downgrade")


def add_db_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("db", help="the database itself")
    dsub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = dsub.add_parser("upgrade", parents=[common], help="every branch to head (prepares an empty database)")
    p.set_defaults(func=cmd_db_upgrade)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("migrate", help="schema migrations, one branch per module")
    msub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    target_help = "heads | MODULE | MODULE@base | MODULE@head | a revision id (payments_002)"
    p = msub.add_parser("status", parents=[common], help="current, head and pending per branch")
    p.set_defaults(func=cmd_status)
    for name, func in (("plan", cmd_plan), ("sql", cmd_sql)):
        p = msub.add_parser(name, parents=[common])
        p.add_argument("target", nargs="?", help=target_help)
        p.add_argument("--downgrade", action="store_true", help="plan a downgrade to TARGET")
        p.set_defaults(func=func)
    for name, func in (("upgrade", cmd_upgrade), ("downgrade", cmd_downgrade)):
        p = msub.add_parser(name, parents=[common])
        p.add_argument("target", nargs="?", help=target_help)
        p.add_argument("--yes", action="store_true", help="confirm destructive revisions without a terminal")
        p.set_defaults(func=func)
