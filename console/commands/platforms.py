"""platformctl platforms list|create|tag|untag."""

from __future__ import annotations

import argparse
from typing import Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command, add_dry_run, limit
from core.ranges import INT64_MAX


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.platforms import PlatformService  # lazy: not for --help and completion

    service = PlatformService(ctx.db)
    refs = service.list_platforms(ctx.actor, search=args.search, limit=args.limit, tag=args.tag)
    if args.codes and not ctx.json:  # for scripts and shell completion: one code a line
        ctx.out.writelines(f"{r.code}\n" for r in refs)
        return 0
    tags = service.tags(ctx.actor, refs)
    ctx.emit(
        {"platforms": [{"code": r.code, "name": r.name, "tags": list(tags.get(r.code, ()))} for r in refs]},
        lambda: ctx.table(
            ["code", "name", "tags"], [[r.code, r.name, " ".join(tags.get(r.code, ()))] for r in refs]
        ),
    )
    return 0


def _retag(ctx: Context, args: argparse.Namespace, add: bool) -> int:
    from core.services.platforms import PlatformService  # lazy: not for --help and completion

    service = PlatformService(ctx.db)
    change = (service.tag if add else service.untag)(ctx.actor, args.code, args.tags, dry_run=args.dry_run)
    document = change.to_dict()
    document.pop("dry_run")
    verb, past, missing = ("add", "added", "already there") if add else ("remove", "removed", "not there")
    listed = ", ".join(change.added if add else change.removed) or "nothing"
    done = f"{change.platform}: {past} {listed}"
    would = f"DRY RUN — nothing written. {change.platform}: would {verb} {listed}"
    if change.unchanged:
        done += f" ({', '.join(change.unchanged)} {missing})"
        would += f" ({', '.join(change.unchanged)} {missing})"
    tags = " ".join(change.tags) or "none"
    return ctx.emit_write(args.dry_run, document, f"{done}; tags now: {tags}", f"{would}; tags then: {tags}")


def cmd_tag(ctx: Context, args: argparse.Namespace) -> int:
    return _retag(ctx, args, add=True)


def cmd_untag(ctx: Context, args: argparse.Namespace) -> int:
    return _retag(ctx, args, add=False)


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
        [
            "platformctl platforms list",
            "platformctl platforms list --search shop --limit 20 --json",
            "platformctl platforms list --tag country:lu",
        ],
        [common],
    )
    p.add_argument("--search", help="part of a code or name (wildcards are literal)")
    p.add_argument(
        "--tag", action="extend", nargs="+", metavar="TAG", help="only the platforms with any of these tags"
    )
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
    for name, func, text_, example in (
        ("tag", cmd_tag, "add tags to a platform (canary, country:lu)", "canary country:lu"),
        ("untag", cmd_untag, "remove tags from a platform", "canary"),
    ):
        p = add_command(
            psub,
            name,
            text_,
            [
                f"platformctl platforms {name} shop-1 {example}",
                f"platformctl platforms {name} shop-1 {example} --dry-run --json",
            ],
            [common],
        )
        p.add_argument("code", metavar="CODE", help="the platform code")
        p.add_argument(
            "tags",
            nargs="+",
            metavar="TAG",
            help="lower case letters, digits and dashes, at most one ':', up to 64 characters",
        )
        add_dry_run(p)
        p.set_defaults(func=func)
