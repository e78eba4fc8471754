"""platformctl platforms list|create."""

from __future__ import annotations

import argparse
from typing import Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command, add_dry_run, limit
from core.ranges import INT64_MAX


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.platforms import PlatformService  # lazy: not for --help and completion

    refs = PlatformService(ctx.db).list_platforms(ctx.actor, search=args.search, limit=args.limit)
    if args.codes and not ctx.json:  # for scripts and shell completion: one code a line
        ctx.out.writelines(f"{r.code}\n" for r in refs)
        return 0
    ctx.emit(
        {"platforms": [{"code": r.code, "name": r.name} for r in refs]},
        lambda: ctx.table(["code", "name"], [[r.code, r.name] for r in refs]),
    )
    return 0


def cmd_create(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.platforms import PlatformService  # lazy: not for --help and completion

    ref = PlatformService(ctx.db).create_platform(ctx.actor, args.code, args.name, dry_run=args.dry_run)
    return ctx.emit_write(
        args.dry_run,
        {"platform": {"code": ref.code, "name": ref.name}},
        f"created platform {ref.code} ({ref.name})",
        f"would create platform {ref.code} ({ref.name}), with every core module on; nothing written",
    )


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("platforms", help=COMMAND_HELP["platforms"])
    psub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = add_command(
        psub,
        "list",
        "list platforms by code, with their names",
        ["platformctl platforms list", "platformctl platforms list --search shop --limit 20 --json"],
        [common],
    )
    p.add_argument("--search", help="part of a code or name (wildcards are literal)")
    p.add_argument("--limit", type=limit(INT64_MAX), help="at most this many platforms")
    p.add_argument("--codes", action="store_true", help="print only the codes, one a line (for scripts)")
    p.set_defaults(func=cmd_list)
    p = add_command(
        psub,
        "create",
        "create a platform with every core module on (super admins)",
        [
            "platformctl platforms create eu-shop --name 'EU shop'",
            "platformctl platforms create eu-shop --name 'EU shop' --dry-run",
        ],
        [common],
    )
    p.add_argument("code", metavar="CODE", help="lower case letters, digits and dashes, up to 64")
    p.add_argument("--name", required=True, help="the platform's display name")
    add_dry_run(p)
    p.set_defaults(func=cmd_create)
