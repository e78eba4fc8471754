"""platformctl modules list|graph|status|enable|disable|configure|repair."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command, add_dry_run, parse_set
from console.commands.jsonstream import LazyArray, lazy_shared, stream
from console.commands.repair import cmd_repair
from core.atomic_file import replaced_atomically
from core.errors import InvalidInput
from core.graph import ChangeRequest, Plan, PlatformPlan
from core.wording import count_of

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


def _dot(modules: list, codes: set[str]) -> str:
    colors = {"core": "#4c78a8", "optional": "#59a14f", "internal": "#9c755f"}
    lines = ["digraph modules {", '  rankdir=BT; node [shape=box, style="rounded,filled", fontcolor=white];']
    for m in modules:
        label = _dot_string(f"{m.name}\n{m.code}")
        lines.append(f'  {_dot_string(m.code)} [label={label}, fillcolor="{colors[m.tier.value]}"];')
    lines += [
        f"  {_dot_string(m.code)} -> {_dot_string(req)};"
        for m in modules
        for req in m.requires
        if req in codes
    ]
    return "\n".join([*lines, "}"]) + "\n"


def _bad_out(path: Path, exc: OSError) -> InvalidInput:
    return InvalidInput("option.bad_out", f"cannot write {path}: {exc.strerror or exc}", {"out": str(path)})


def _write_out(path: Path, data: bytes) -> None:
    """``data`` into ``path`` whole or not at all (an unwritable path is bad input, exit 2)."""
    try:
        with replaced_atomically(path, binary=True, code="option.bad_out", what="--out") as handle:
            handle.write(data)
    except OSError as exc:
        raise _bad_out(path, exc) from None


def cmd_graph(ctx: Context, args: argparse.Namespace) -> int:
    from core.registry import default_registry  # lazy: not for --help and completion

    registry = default_registry()
    codes = {m.code for m in _visible(ctx, registry)}
    modules = [m for m in registry if m.code in codes]  # topological: requirements first
    fmt, out = args.format, args.out
    if fmt == "png" and out is None:
        raise InvalidInput("option.png_needs_out", "--format png writes a file: add --out FILE.png")
    try:
        folder = out is not None and out.is_dir()
    except OSError as exc:  # a name too long for the file system, say
        raise _bad_out(out, exc) from None
    if folder:
        raise InvalidInput("option.bad_out", f"--out {out} is a folder: name a file in it", {"out": str(out)})
    document = {
        "nodes": [{"code": m.code, "name": m.name, "tier": m.tier.value} for m in modules],
        "edges": [{"from": m.code, "to": r} for m in modules for r in m.requires if r in codes],
        "order": [m.code for m in modules],
    }
    if fmt == "json" or (fmt == "dot" and ctx.json):
        data = (json.dumps(document, indent=2) + "\n").encode()
    elif fmt == "dot":
        data = _dot(modules, codes).encode()
    else:
        from console.commands import graph_render  # lazy: Qt (PySide6, 0.3 s): only svg and png

        if fmt == "png":
            image = graph_render.png(modules)
            if image is None:
                raise InvalidInput("option.bad_out", f"cannot draw the graph for {out}", {"out": str(out)})
            data = image
        else:
            data = graph_render.svg(modules)
    if out is None:
        if ctx.json and fmt == "svg":
            ctx.emit({"format": fmt, "svg": data.decode()})
        else:
            ctx.out.write(data.decode())
        return 0
    if data:
        _write_out(out, data)
    size = out.stat().st_size
    ctx.emit(
        {"format": fmt, "out": str(out), "bytes": size}, f"wrote the {fmt} graph to {out} ({size:,} bytes)"
    )
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

    if not (args.platform or args.all_platforms or args.tag):
        raise InvalidInput(
            "usage",
            "name the target: --platform CODE..., --tag TAG... (or both), or --all-platforms",
            {"usage": "--platform CODE... | --tag TAG... | --all-platforms [--exclude-tag TAG...]"},
        )
    if args.all_platforms and args.tag:
        raise InvalidInput(
            "usage",
            "--all-platforms stands alone: use --exclude-tag to leave platforms out",
            {"usage": "--platform CODE... | --tag TAG... | --all-platforms [--exclude-tag TAG...]"},
        )
    return Target.of(args.platform, args.all_platforms, args.tag, args.exclude_tag)


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
    if ctx.json:
        stream(ctx, _streamed(result))
    else:
        _print_result(ctx, result)
    # A dry run exits as the real run would: refused platforms refuse it all, unless --skip-refused.
    if args.dry_run and result.plan.refused and not args.skip_refused:
        return 3
    return 0


def _streamed(result: ApplyResult) -> dict[str, Any]:
    """The result with every platform of the plan (none left out), written as it is encoded."""
    document = result.to_dict(limit=0)
    document["skipped"] = _platform_plans(result.skipped)
    document["plan"]["platforms"] = _platform_plans(result.plan.platforms)
    document["plan"]["truncated"] = False
    return document


def _platform_plans(plans: list[PlatformPlan]) -> LazyArray:
    """Platforms with the same changes and refusals (the same tuples) differ only by their code."""
    return lazy_shared(
        plans, PlatformPlan.to_dict, lambda p: p.platform, lambda p: (id(p.changes), id(p.refusals))
    )


def _print_result(ctx: Context, result: ApplyResult) -> None:
    plan = result.plan
    ctx.print(("DRY RUN — nothing written. " if result.dry_run else "") + plan.headline())
    _print_plan(ctx, plan)
    if result.skipped:
        verb = "would skip" if result.dry_run else "skipped"
        ctx.print(f"{verb} {count_of(len(result.skipped), 'refused platform')} (--skip-refused)")
    if not result.dry_run:
        ctx.print(f"applied on {count_of(len(result.applied), 'platform')}")


def _print_plan(ctx: Context, plan: Plan, limit: int = 50) -> None:
    shown = 0
    for p in plan.platforms:
        if not p.changes and not p.refusals:
            continue
        if shown == limit:
            ctx.print(
                f"  ... {count_of(len(plan.platforms) - limit, 'more platform')}; --json lists them all"
            )
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
    from core.services.module_service import ModuleService  # lazy: not for --help and completion

    values: dict[str, Any] = parse_set(args.set or [])
    if not values:
        raise InvalidInput("option.no_set", "nothing to configure: add --set KEY=VALUE")
    result = ModuleService(ctx.db).configure(
        ctx.actor, args.module, _target(args), values, dry_run=args.dry_run
    )
    shown = ", ".join(f"{k}={json.dumps(v)}" for k, v in result.values.items())

    def human() -> None:
        if not result.dry_run:
            ctx.print(f"configured {args.module} on {count_of(len(result.platforms), 'platform')}: {shown}")
            return
        ctx.print(
            f"DRY RUN — nothing written. configure {args.module} ({shown}) on "
            f"{count_of(len(result.platforms), 'platform')}: {len(result.changes):,} would change"
        )
        for change in result.changes[:50]:
            moves = "; ".join(
                f"{k}: {json.dumps(a)} -> {json.dumps(b)}" for k, (a, b) in change.changed.items()
            )
            ctx.print(f"  {change.platform}: {moves}")
        if len(result.changes) > 50:
            ctx.print(f"  ... {count_of(len(result.changes) - 50, 'more platform')}; --json lists them all")

    ctx.emit(result.to_dict(), human)
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser, platforms: argparse.ArgumentParser) -> None:
    modules = sub.add_parser("modules", help=COMMAND_HELP["modules"])
    msub = modules.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = add_command(
        msub,
        "list",
        "every module with its tier, version, requirements and permissions",
        ["platformctl modules list", "platformctl modules list --json"],
        [common],
    )
    p.set_defaults(func=cmd_list)
    p = add_command(
        msub,
        "graph",
        "the dependency graph as JSON, Graphviz dot, SVG or PNG (drawn without a display)",
        [
            "platformctl modules graph --format svg > modules.svg",
            "platformctl modules graph --format png --out graph.png",
        ],
        [common],
    )
    p.add_argument(
        "--format",
        choices=["json", "dot", "svg", "png"],
        default="json",
        help="json (default), dot, svg (to stdout without --out) or png (needs --out)",
    )
    p.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=cmd_graph)
    p = add_command(
        msub,
        "status",
        "every module's state on one platform: enabled, since when, by whom, settings",
        [
            "platformctl modules status --platform shop-1",
            "platformctl modules status --platform shop-1 --json",
        ],
        [common],
    )
    p.add_argument(
        "--platform", action="extend", nargs=1, required=True, metavar="CODE", help="the platform code"
    )
    p.set_defaults(func=cmd_status)
    toggles = {
        "enable": (cmd_enable, "enable modules (and what they require) on platforms, after a plan"),
        "disable": (
            cmd_disable,
            "disable modules on platforms, after a plan (--cascade: their dependants too)",
        ),
    }
    for name, (func, text_) in toggles.items():
        p = add_command(
            msub,
            name,
            text_,
            [
                f"platformctl modules {name} orders --platform shop-1 shop-2",
                f"platformctl modules {name} billing --all-platforms --dry-run --json",
                f"platformctl modules {name} orders --tag country:lu --exclude-tag canary --dry-run",
            ],
            [common, platforms],
        )
        p.add_argument("modules", nargs="+", metavar="MODULE", help="module codes (see `modules list`)")
        add_dry_run(p)
        p.add_argument(
            "--skip-refused", action="store_true", help="apply the rest when some platforms are refused"
        )
        if name == "disable":
            p.add_argument("--cascade", action="store_true", help="also disable the modules that need these")
        p.set_defaults(func=func)
    p = add_command(
        msub,
        "configure",
        "change a module's settings on platforms (validated; secrets stored encrypted)",
        [
            "platformctl modules configure messaging --platform shop-1 --set sender_name=Shop",
            "platformctl modules configure payments --all-platforms --set default_currency=EUR --dry-run",
            "platformctl modules configure messaging --tag canary --set sender_name=Shop --dry-run",
        ],
        [common, platforms],
    )
    p.add_argument("module", metavar="MODULE", help="the module code")
    p.add_argument(
        "--set",
        action="append",
        metavar="KEY=VALUE",
        help="a setting; VALUE is JSON when it parses (repeatable)",
    )
    add_dry_run(p)
    p.set_defaults(func=cmd_configure)
    p = add_command(
        msub,
        "repair",
        "fix registry drift: rows of renamed modules, core modules missing",
        ["platformctl modules repair --dry-run", "platformctl modules repair --json"],
        [common],
    )
    add_dry_run(p)
    p.set_defaults(func=cmd_repair)
