"""platformctl modules list|graph|status|enable|disable|configure|repair."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from console.commands.base import Context, parse_set
from console.commands.repair import cmd_repair
from core.errors import InvalidInput
from core.graph import ChangeRequest, Plan

if TYPE_CHECKING:
    from core.registry import ModuleRegistry
    from core.services.module_service import ApplyResult, Target


def _visible(ctx: Context, registry: ModuleRegistry) -> list:
    actor = ctx.actor
    actor.require("modules.view")
    tiers = {"core": 0, "optional": 1, "internal": 2}
    shown = [m for m in registry if actor.can("modules.internal") or not m.is_internal]
    return sorted(shown, key=lambda m: (tiers[m.tier.value], m.code))


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from core.registry import default_registry  # lazy: not for --help and completion

    registry = default_registry()
    modules = _visible(ctx, registry)
    rows = [
        {
            "code": m.code,
            "name": m.name,
            "tier": m.tier.value,
            "version": m.version,
            "requires": list(m.requires),
            "required_by": list(registry.required_by(m.code)),
            "permissions": [p.code for p in m.permissions],
            "description": m.description,
        }
        for m in modules
    ]
    ctx.emit(
        {"modules": rows},
        lambda: ctx.table(
            ["code", "name", "tier", "version", "requires", "required_by", "permissions"],
            [
                [
                    r["code"],
                    r["name"],
                    r["tier"],
                    r["version"],
                    r["requires"],
                    r["required_by"],
                    r["permissions"],
                ]
                for r in rows
            ],
        ),
    )
    return 0


def _dot_string(text: str) -> str:
    """``text`` as a Graphviz quoted string: backslashes and quotes escaped, line breaks as ``\\n``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n") + '"'


def cmd_graph(ctx: Context, args: argparse.Namespace) -> int:
    from core.registry import default_registry  # lazy: not for --help and completion

    registry = default_registry()
    codes = {m.code for m in _visible(ctx, registry)}
    modules = [m for m in registry if m.code in codes]  # topological: requirements first
    if args.format == "dot" and not ctx.json:
        colors = {"core": "#4c78a8", "optional": "#59a14f", "internal": "#9c755f"}
        ctx.print("digraph modules {")
        ctx.print('  rankdir=BT; node [shape=box, style="rounded,filled", fontcolor=white];')
        for m in modules:
            label = _dot_string(f"{m.name}\n{m.code}")
            ctx.print(f'  {_dot_string(m.code)} [label={label}, fillcolor="{colors[m.tier.value]}"];')
        for m in modules:
            for req in m.requires:
                if req in codes:
                    ctx.print(f"  {_dot_string(m.code)} -> {_dot_string(req)};")
        ctx.print("}")
        return 0
    document = {
        "nodes": [{"code": m.code, "name": m.name, "tier": m.tier.value} for m in modules],
        "edges": [{"from": m.code, "to": r} for m in modules for r in m.requires if r in codes],
        "order": [m.code for m in modules],
    }
    ctx.out.write(json.dumps(document, indent=2) + "\n")
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.module_service import ModuleService  # lazy: not for --help and completion

    tiers = {"core": 0, "optional": 1, "internal": 2}
    states = ModuleService(ctx.db).module_status(ctx.actor, args.platform[0])
    states.sort(key=lambda s: (tiers[s.tier], s.code))
    ctx.emit(
        {"platform": args.platform[0], "modules": [s.to_dict() for s in states]},
        lambda: ctx.table(
            ["code", "tier", "enabled", "since", "by"],
            [[s.code, s.tier, s.enabled, s.since, s.by] for s in states],
        ),
    )
    return 0


def _target(args: argparse.Namespace) -> Target:
    from core.services.module_service import Target  # lazy: not for --help and completion

    return Target.of(args.platform, args.all_platforms)


def _change(ctx: Context, args: argparse.Namespace, request: ChangeRequest) -> int:
    from core.services.module_service import ModuleService  # lazy: not for --help and completion

    service = ModuleService(ctx.db)
    progress = None
    if not ctx.json and not args.dry_run:

        def progress(done: int, total: int) -> None:
            if total >= 1000:
                ctx.note(f"  written {done:,}/{total:,} platforms")

    result = service.apply(
        ctx.actor,
        _target(args),
        request,
        skip_refused=args.skip_refused,
        dry_run=args.dry_run,
        progress=progress,
    )
    ctx.emit(result.to_dict(), lambda: _print_result(ctx, result))
    if args.dry_run and result.plan.refused:
        return 3
    return 0


def _print_result(ctx: Context, result: ApplyResult) -> None:
    plan = result.plan
    ctx.print(("DRY RUN — nothing written. " if result.dry_run else "") + plan.headline())
    _print_plan(ctx, plan)
    if result.skipped and not result.dry_run:
        ctx.print(f"skipped {len(result.skipped):,} refused platform(s) (--skip-refused)")
    if not result.dry_run:
        ctx.print(f"applied on {len(result.applied):,} platform(s)")


def _print_plan(ctx: Context, plan: Plan, limit: int = 50) -> None:
    shown = 0
    for p in plan.platforms:
        if not p.changes and not p.refusals:
            continue
        if shown == limit:
            ctx.print(f"  ... {len(plan.platforms) - limit:,} more platform(s); --json lists them all")
            break
        shown += 1
        if p.refused:
            for r in p.refusals:
                ctx.print(f"  {p.platform}: REFUSED {r.message}")
        else:
            ctx.print(f"  {p.platform}: " + "; ".join(c.describe() for c in p.changes))


def cmd_enable(ctx: Context, args: argparse.Namespace) -> int:
    return _change(ctx, args, ChangeRequest(enable=tuple(args.modules)))


def cmd_disable(ctx: Context, args: argparse.Namespace) -> int:
    return _change(ctx, args, ChangeRequest(disable=tuple(args.modules), cascade=args.cascade))


def cmd_configure(ctx: Context, args: argparse.Namespace) -> int:
    values: dict[str, Any] = parse_set(args.set or [])
    if not values:
        raise InvalidInput("option.no_set", "nothing to configure: add --set KEY=VALUE")
    from core.registry import default_registry  # lazy: not for --help and completion
    from core.secrets import mask_secrets  # lazy: not for --help and completion
    from core.services.module_service import ModuleService  # lazy: not for --help and completion

    done = ModuleService(ctx.db).configure(ctx.actor, args.module, _target(args), values)
    module = default_registry().get(args.module)
    shown = mask_secrets(values, module.secret_fields)
    ctx.emit(
        {"module": args.module, "platforms": done, "values": shown},
        f"configured {args.module} on {len(done):,} platform(s): "
        + ", ".join(f"{k}={json.dumps(v)}" for k, v in shown.items()),
    )
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser, platforms: argparse.ArgumentParser) -> None:
    modules = sub.add_parser("modules", help="module tiers, graph and per-platform toggles")
    msub = modules.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = msub.add_parser("list", parents=[common], help="every module with tier, version, requirements")
    p.set_defaults(func=cmd_list)
    p = msub.add_parser("graph", parents=[common], help="the dependency graph as JSON or Graphviz dot")
    p.add_argument("--format", choices=["json", "dot"], default="json")
    p.set_defaults(func=cmd_graph)
    p = msub.add_parser("status", parents=[common], help="every module's state on one platform")
    p.add_argument("--platform", action="extend", nargs=1, required=True, metavar="CODE")
    p.set_defaults(func=cmd_status)
    for name, func in (("enable", cmd_enable), ("disable", cmd_disable)):
        p = msub.add_parser(name, parents=[common, platforms], help=f"{name} modules (with a plan first)")
        p.add_argument("modules", nargs="+", metavar="MODULE")
        p.add_argument("--dry-run", action="store_true", help="print the plan and write nothing")
        p.add_argument(
            "--skip-refused", action="store_true", help="apply the rest when some platforms are refused"
        )
        if name == "disable":
            p.add_argument("--cascade", action="store_true", help="also disable the modules that need these")
        p.set_defaults(func=func)
    p = msub.add_parser("configure", parents=[common, platforms], help="change a module's settings")
    p.add_argument("module", metavar="MODULE")
    p.add_argument("--set", action="append", metavar="KEY=VALUE", help="VALUE is JSON when it parses")
    p.set_defaults(func=cmd_configure)
    p = msub.add_parser("repair", parents=[common], help="fix registry drift: renamed modules, missing core")
    p.add_argument("--dry-run", action="store_true", help="print what would change and write nothing")
    p.set_defaults(func=cmd_repair)
