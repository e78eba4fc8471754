"""platformctl platforms list|create."""

from __future__ import annotations

import argparse
from typing import Any

from console.commands.base import Context, limit
from core.ranges import INT64_MAX


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.platforms import PlatformService  # lazy: not for --help and completion

    refs = PlatformService(ctx.db).list_platforms(ctx.actor, search=args.search, limit=args.limit)
    ctx.emit(
        {"platforms": [{"code": r.code, "name": r.name} for r in refs]},
        lambda: ctx.table(["code", "name"], [[r.code, r.name] for r in refs]),
    )
    return 0


def cmd_create(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.platforms import PlatformService  # lazy: not for --help and completion

    ref = PlatformService(ctx.db).create_platform(ctx.actor, args.code, args.name)
    ctx.emit({"platform": {"code": ref.code, "name": ref.name}}, f"created platform {ref.code} ({ref.name})")
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("platforms", help="list and create platforms")
    psub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = psub.add_parser("list", parents=[common])
    p.add_argument("--search", help="part of a code or name")
    p.add_argument("--limit", type=limit(INT64_MAX))
    p.set_defaults(func=cmd_list)
    p = psub.add_parser("create", parents=[common])
    p.add_argument("code", metavar="CODE")
    p.add_argument("--name", required=True)
    p.set_defaults(func=cmd_create)
