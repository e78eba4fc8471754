"""platformctl account password: one's own account, whatever one's role.

Changing one's own password needs no ``admin.users.manage`` (a support user may too): the
current password is verified instead, as the console's own "Change password" does
(:meth:`core.services.auth.AuthService.sign_in_and_change_password`).
"""

from __future__ import annotations

import argparse
from typing import Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command, add_dry_run
from core.errors import InvalidInput


def cmd_password(ctx: Context, args: argparse.Namespace) -> int:
    if ctx.user is None:
        raise InvalidInput(
            "option.missing",
            "`account password` changes a signed-in user's own password: give --user NAME "
            "(before or after the command)",
            {"option": "--user"},
        )
    from core.services.auth import AuthService  # lazy: argon2

    current = ctx.password(f"current password for {ctx.user}: ", env="PLATFORM_PASSWORD")
    actor = AuthService(ctx.db).sign_in_and_change_password(
        ctx.user,
        current,  # a wrong one stops here, before the new one is asked for
        lambda: ctx.password(f"new password for {ctx.user}: ", env="PLATFORM_NEW_PASSWORD", confirm=True),
        dry_run=args.dry_run,
    )
    return ctx.emit_write(
        args.dry_run,
        {"username": actor.username, "done": "change_password"},
        f"{actor.username}: password changed",
        f"would change the password of {actor.username}; nothing written",
    )


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("account", help=COMMAND_HELP["account"])
    asub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = add_command(
        asub,
        "password",
        "change your own password (current one from a prompt or PLATFORM_PASSWORD, "
        "new one from a prompt, PLATFORM_NEW_PASSWORD or stdin)",
        ["platformctl --user ann account password", "platformctl account password --user ann --dry-run"],
        [common],
    )
    add_dry_run(p)
    p.set_defaults(func=cmd_password)
