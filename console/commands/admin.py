"""platformctl admin list|create-user|set-role|assign|disable|enable|unlock|reset-password."""

from __future__ import annotations

import argparse
from typing import Any

from console.commands.base import Context
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


def cmd_create_user(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.auth import AuthService  # lazy: not for --help and completion

    actor = ctx.actor
    password = ctx.password(f"new password for {args.username}: ", env="PLATFORM_NEW_PASSWORD", confirm=True)
    info = AuthService(ctx.db).create_user(actor, args.username, args.role, password, args.platform or [])
    ctx.emit({"user": info.to_dict()}, f"created {info.role} {info.username}")
    return 0


def cmd_set_role(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.auth import AuthService  # lazy: not for --help and completion

    AuthService(ctx.db).set_role(ctx.actor, args.username, args.role)
    ctx.emit({"username": args.username, "role": args.role}, f"{args.username} is now {args.role}")
    return 0


def cmd_assign(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.auth import AuthService  # lazy: not for --help and completion

    AuthService(ctx.db).assign_platforms(ctx.actor, args.username, args.platforms, replace=args.replace)
    ctx.emit(
        {"username": args.username, "platforms": args.platforms},
        f"{args.username}: assigned {', '.join(args.platforms)}",
    )
    return 0


def _simple(method: str, verb: str):  # type: ignore[no-untyped-def]
    def run(ctx: Context, args: argparse.Namespace) -> int:
        from core.services.auth import AuthService  # lazy: not for --help and completion

        service = AuthService(ctx.db)
        if method == "reset_password":
            actor = ctx.actor
            password = ctx.password(
                f"new password for {args.username}: ", env="PLATFORM_NEW_PASSWORD", confirm=True
            )
            service.reset_password(actor, args.username, password)
        elif method in ("enable", "disable"):
            service.set_active(ctx.actor, args.username, method == "enable")
        else:
            getattr(service, method)(ctx.actor, args.username)
        ctx.emit({"username": args.username, "done": method}, f"{args.username}: {verb}")
        return 0

    return run


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("admin", help="admin users of the console")
    asub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = asub.add_parser("list", parents=[common])
    p.set_defaults(func=cmd_list)
    roles = [r.value for r in Role]
    p = asub.add_parser(
        "create-user", parents=[common], help="password from a prompt, PLATFORM_NEW_PASSWORD or stdin"
    )
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=roles)
    p.add_argument(
        "--platform", action="extend", nargs="+", metavar="CODE", help="own platforms (platform admins)"
    )
    p.set_defaults(func=cmd_create_user)
    p = asub.add_parser("set-role", parents=[common])
    p.add_argument("username")
    p.add_argument("role", choices=roles)
    p.set_defaults(func=cmd_set_role)
    p = asub.add_parser("assign", parents=[common], help="link platforms to an admin")
    p.add_argument("username")
    p.add_argument("platforms", nargs="+", metavar="PLATFORM")
    p.add_argument("--replace", action="store_true", help="replace the current links instead of adding")
    p.set_defaults(func=cmd_assign)
    for name, method, verb in (
        ("disable", "disable", "disabled"),
        ("enable", "enable", "enabled"),
        ("unlock", "unlock", "unlocked"),
        ("reset-password", "reset_password", "password reset"),
    ):
        p = asub.add_parser(name, parents=[common])
        p.add_argument("username")
        p.set_defaults(func=_simple(method, verb))
