"""platformctl audit list."""

from __future__ import annotations

import argparse
from typing import Any

from console.commands.base import Context, limit, parse_when
from core.ranges import AUDIT_MAX_LIMIT


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.audit import AuditFilter, entry_to_dict, list_entries  # lazy: --help, completion

    flt = AuditFilter(
        actor=args.actor,
        platform=args.platform,
        module=args.module,
        action=args.action,
        since=parse_when(args.since) if args.since else None,
        until=parse_when(args.until) if args.until else None,
        limit=args.limit,
    )
    actor = ctx.actor
    with ctx.db.sessions() as session:
        entries = [entry_to_dict(e) for e in list_entries(session, actor, flt)]

    def human() -> None:
        ctx.table(
            ["id", "at", "actor", "action", "outcome", "summary"],
            [
                [
                    e["id"],
                    e["at"][:19].replace("T", " "),
                    e["actor"],
                    e["action"],
                    e["outcome"],
                    (e["message"] or "")[:80],
                ]
                for e in entries
            ],
        )

    ctx.emit({"entries": entries}, human)
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("audit", help="the audit log")
    asub = parser.add_subparsers(dest="action_name", required=True, metavar="ACTION")
    p = asub.add_parser("list", parents=[common], help="newest first")
    p.add_argument("--actor", metavar="NAME", help="admin user name, or cli:NAME")
    p.add_argument("--platform", metavar="CODE")
    p.add_argument("--module", metavar="CODE")
    p.add_argument("--action", metavar="ACTION", help="e.g. modules.enable")
    p.add_argument("--since", metavar="WHEN", help="2026-11-26, 2026-11-26T14:00, or 2h, 7d")
    p.add_argument("--until", metavar="WHEN")
    p.add_argument("--limit", type=limit(AUDIT_MAX_LIMIT), default=200, help=f"1 to {AUDIT_MAX_LIMIT:,}")
    p.set_defaults(func=cmd_list)
