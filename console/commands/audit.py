"""platformctl audit list|export.

``list`` pages newest first as the other lists do: ``--limit`` rows, the JSON's ``next`` cursor
(null on the last page) read back by ``--after``. ``export`` streams every matching entry as CSV
(the console's "Export CSV…" columns) or JSON, to standard output or atomically to ``--out``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command, parse_when
from console.commands.paging import add_paging, before_id, more, next_cursor
from core.errors import InvalidInput
from core.ranges import AUDIT_MAX_LIMIT

if TYPE_CHECKING:
    from core.services.audit import AUDIT_MAX_LIMIT, AuditFilter


def _filter(args: argparse.Namespace, limit: int = 200, before: int | None = None) -> AuditFilter:
    from core.services.audit import AuditFilter  # lazy: not for --help and completion

    return AuditFilter(
        actor=args.actor,
        platform=args.platform,
        module=args.module,
        action=args.action,
        since=parse_when(args.since) if args.since else None,
        until=parse_when(args.until) if args.until else None,
        limit=limit,
        before_id=before,
    )


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.audit import entry_to_dict, page_entries  # lazy: not for --help and completion

    flt = _filter(args, args.limit, before_id(ctx, args))
    actor = ctx.actor
    with ctx.db.sessions() as session:
        page = page_entries(session, actor, flt)
        entries = [entry_to_dict(e) for e in page.rows]
    following = next_cursor(page)

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
        more(ctx, following)

    ctx.emit({"entries": entries, "next": following}, human)
    return 0


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from core.atomic_file import replaced_atomically  # lazy: only for an export
    from core.audit_export import WRITERS, pages  # lazy: only for an export
    from core.services.audit import entry_to_dict, list_entries  # lazy: not for --help and completion

    if args.out is None and ctx.json and args.format == "csv":
        raise InvalidInput(
            "option.conflict",
            "--json prints one JSON document, but a CSV export without --out goes to standard output: "
            "give --out FILE, or --format json",
            {"option": "--json"},
        )
    flt = _filter(args)
    actor = ctx.actor

    def fetch(page: AuditFilter) -> list[dict[str, Any]]:
        with ctx.db.sessions() as session:  # one short read per page: no transaction held for the export
            return [entry_to_dict(e) for e in list_entries(session, actor, page)]

    write = WRITERS[args.format]
    if args.out is None:
        count = write(pages(fetch, flt), ctx.out)
        ctx.out.flush()
        if not ctx.json:
            ctx.note(f"{count:,} audit entries exported")
        return 0
    try:
        with replaced_atomically(args.out, code="export.bad_path", what="--out") as handle:
            count = write(pages(fetch, flt), handle)
    except OSError as exc:  # a missing folder, no permission, a full disk: the old file stays
        raise InvalidInput(
            "export.cannot_write", f"cannot write {args.out}: {exc.strerror or exc}", {"path": args.out}
        ) from None
    ctx.emit(
        {"exported": count, "format": args.format, "path": args.out},
        f"{count:,} audit entries exported to {args.out}",
    )
    return 0


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--actor", metavar="NAME", help="admin user name, or cli:NAME")
    p.add_argument("--platform", metavar="CODE", help="entries touching this platform")
    p.add_argument("--module", metavar="CODE", help="entries touching this module")
    p.add_argument("--action", metavar="ACTION", help="e.g. modules.enable")
    p.add_argument("--since", metavar="WHEN", help="from this time: 2026-11-26, 2026-11-26T14:00, or 2h, 7d")
    p.add_argument("--until", metavar="WHEN", help="before this time (same forms as --since)")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("audit", help=COMMAND_HELP["audit"])
    asub = parser.add_subparsers(dest="action_name", required=True, metavar="ACTION")
    p = add_command(
        asub,
        "list",
        "list audit entries, newest first, a page at a time",
        [
            "platformctl audit list --since 7d --action modules.enable",
            "platformctl audit list --limit 50 --after CURSOR --json",
        ],
        [common],
    )
    _filters(p)
    add_paging(p, AUDIT_MAX_LIMIT, default=200)
    p.set_defaults(func=cmd_list)
    p = add_command(
        asub,
        "export",
        "export every matching entry as CSV or JSON (to standard output without --out)",
        [
            "platformctl audit export --format csv --out audit.csv",
            "platformctl audit export --format json --since 30d | jq '.entries | length'",
        ],
        [common],
    )
    _filters(p)
    p.add_argument("--format", choices=["csv", "json"], default="csv", help="csv (default) or json")
    p.add_argument("--out", metavar="FILE", help="write FILE (replaced whole, atomically) instead of stdout")
    p.set_defaults(func=cmd_export)
