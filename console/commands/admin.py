"""platformctl admin list|create-user|set-role|assign|disable|enable|unlock|reset-password.

Every write takes ``--dry-run``: the service runs every check (permission, unknown user or platform,
the last super admin, one's own account, the password policy) and writes nothing, no audit entry.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command, add_dry_run
from core.roles import Role


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.auth import AuthService  # lazy: not for --help and completion

    users = AuthService(ctx.db).list_users(ctx.actor)
    ctx.emit(
        {"users": [u.to_dict() for u in users]},
        lambda: ctx.table(
            ["username", "role", "active", "locked_until", "platforms"],
            [[u.username, u.role, u.is_active, u.locked_until, list(u.platforms)] for u in users],
        ),
    )
    return 0


def _done(ctx: Context, args: argparse.Namespace, document: dict[str, Any], done: str, would: str) -> int:
    """The answer of a write: what was done, or with --dry-run what would be (nothing written)."""
    return ctx.emit_write(args.dry_run, document, done, f"would: {would}; nothing written")


def _new_password(ctx: Context, username: str) -> str:
    return ctx.password(f"new password for {username}: ", env="PLATFORM_NEW_PASSWORD", confirm=True)


def cmd_create_user(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.auth import AuthService  # lazy: not for --help and completion

    actor = ctx.actor
    password = _new_password(ctx, args.username)
    info = AuthService(ctx.db).create_user(
        actor, args.username, args.role, password, args.platform or [], dry_run=args.dry_run
    )
    shown = f"{info.role} {info.username}"
    return _done(ctx, args, {"user": info.to_dict()}, f"created {shown}", f"create {shown}")


def cmd_set_role(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.auth import AuthService  # lazy: not for --help and completion

    AuthService(ctx.db).set_role(ctx.actor, args.username, args.role, dry_run=args.dry_run)
    shown = f"{args.username} {args.role}"
    return _done(ctx, args, {"username": args.username, "role": args.role}, f"made {shown}", f"make {shown}")


def cmd_assign(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.auth import AuthService  # lazy: not for --help and completion

    AuthService(ctx.db).assign_platforms(
        ctx.actor, args.username, args.platforms, replace=args.replace, dry_run=args.dry_run
    )
    shown = ", ".join(args.platforms) + (" (replacing the others)" if args.replace else "")
    return _done(
        ctx,
        args,
        {"username": args.username, "platforms": args.platforms, "replace": args.replace},
        f"{args.username}: assigned {shown}",
        f"{args.username}: assign {shown}",
    )


def _simple(method: str, verb: str) -> Callable[[Context, argparse.Namespace], int]:
    def run(ctx: Context, args: argparse.Namespace) -> int:
        from core.services.auth import AuthService  # lazy: not for --help and completion

        service = AuthService(ctx.db)
        if method == "reset_password":
            actor = ctx.actor
            service.reset_password(
                actor, args.username, _new_password(ctx, args.username), dry_run=args.dry_run
            )
        elif method in ("enable", "disable"):
            service.set_active(ctx.actor, args.username, method == "enable", dry_run=args.dry_run)
        else:
            service.unlock(ctx.actor, args.username, dry_run=args.dry_run)
        document = {"username": args.username, "done": method}
        return _done(
            ctx, args, document, f"{args.username}: {verb}", f"{method.replace('_', ' ')} {args.username}"
        )

    return run


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("admin", help=COMMAND_HELP["admin"])
    asub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = add_command(
        asub,
        "list",
        "list the admin users with role, state and platforms",
        ["platformctl admin list", "platformctl --user ann admin list --json"],
        [common],
    )
    p.set_defaults(func=cmd_list)
    roles = [r.value for r in Role]
    p = add_command(
        asub,
        "create-user",
        "create an admin user (password from a prompt, PLATFORM_NEW_PASSWORD or stdin)",
        [
            "platformctl admin create-user bob --role support",
            "platformctl admin create-user eve --role platform_admin --platform eu-shop --dry-run",
        ],
        [common],
    )
    p.add_argument("username", help="2-64 characters: lower case letters, digits, . _ -")
    p.add_argument("--role", required=True, choices=roles, help="the user's role")
    p.add_argument(
        "--platform", action="extend", nargs="+", metavar="CODE", help="own platforms (platform admins)"
    )
    add_dry_run(p)
    p.set_defaults(func=cmd_create_user)
    p = add_command(
        asub,
        "set-role",
        "change a user's role (the last active super admin stays one)",
        ["platformctl admin set-role bob platform_admin", "platformctl admin set-role bob support --dry-run"],
        [common],
    )
    p.add_argument("username", help="the admin user")
    p.add_argument("role", choices=roles, help="the new role")
    add_dry_run(p)
    p.set_defaults(func=cmd_set_role)
    p = add_command(
        asub,
        "assign",
        "link platforms to an admin",
        [
            "platformctl admin assign eve eu-shop us-shop",
            "platformctl admin assign eve eu-shop --replace --dry-run",
        ],
        [common],
    )
    p.add_argument("username", help="the admin user")
    p.add_argument("platforms", nargs="+", metavar="PLATFORM", help="platform codes")
    p.add_argument("--replace", action="store_true", help="replace the current links instead of adding")
    add_dry_run(p)
    p.set_defaults(func=cmd_assign)
    for name, method, verb, help in (
        (
            "disable",
            "disable",
            "disabled",
            "disable a user's account (not one's own, nor the last super admin)",
        ),
        ("enable", "enable", "enabled", "enable a disabled account again"),
        ("unlock", "unlock", "unlocked", "unlock an account locked after failed sign-ins"),
        (
            "reset-password",
            "reset_password",
            "password reset",
            "set another user's password (from a prompt, PLATFORM_NEW_PASSWORD or stdin)",
        ),
    ):
        p = add_command(
            asub,
            name,
            help,
            [f"platformctl admin {name} bob", f"platformctl admin {name} bob --dry-run"],
            [common],
        )
        p.add_argument("username", help="the admin user")
        add_dry_run(p)
        p.set_defaults(func=_simple(method, verb))
