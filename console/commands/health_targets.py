"""platformctl health targets list|add|edit|remove: the health page's targets, per connection profile.

They are read from and written to the console's own settings file (``health/targets/<profile>``,
:class:`console.health.targets.TargetStore`), so a target added here is on the console's health
page and the other way round. QtCore's QSettings reads and writes that file (no display needed):
it writes a temporary file renamed over the old one, under a lock file, so a console running at
the same time never reads half a file. Health tokens stay in the console (the OS keyring).
"""

from __future__ import annotations

import argparse
import math
from typing import Any

from console.commands.base import Context, add_command, add_dry_run, int_range
from console.health.targets import (
    LOCAL_TARGET_ID,
    TargetKind,
    TargetSpec,
    TargetStore,
    Thresholds,
    check_unique,
    find_target,
    local_target,
    new_target_id,
)
from core.errors import InvalidInput

KINDS = (TargetKind.ENDPOINT.value, TargetKind.PROMETHEUS.value)
DEMO = "demo"  # the profile of ``platform-console --demo``


def _number(text: str) -> float:
    """A finite number (``nan``, ``inf`` and ``1e999`` are refused here; the range by the target)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        shown = text if len(text) <= 30 else text[:30] + "..."
        raise argparse.ArgumentTypeError(f"{shown!r} is not a number")
    return value


def add_parsers(hsub: Any, common: argparse.ArgumentParser) -> None:
    group = hsub.add_parser("targets", help="the health page's targets (endpoints, Prometheus servers)")
    tsub = group.add_subparsers(dest="targets_command", required=True, metavar="COMMAND")
    profile = argparse.ArgumentParser(add_help=False)
    profile.add_argument(
        "--profile",
        metavar="NAME",
        help="the console's connection profile whose targets these are (default: the last one used)",
    )
    listing = add_command(
        tsub,
        "list",
        "list the targets the console's health page watches",
        ["platformctl health targets list", "platformctl health targets list --profile prod --json"],
        [common, profile],
    )
    listing.set_defaults(func=cmd_list)
    add = add_command(
        tsub,
        "add",
        "add a platform endpoint or a Prometheus server to watch",
        [
            "platformctl health targets add --name payments-api --url https://pay.example.com",
            "platformctl health targets add --kind prometheus --name prom --url http://prom:9090 --dry-run",
        ],
        [common, profile],
    )
    add.add_argument("--name", required=True, help="the name shown in the table and the plots")
    add.add_argument("--url", required=True, help="the endpoint's base URL (http:// or https://)")
    add.add_argument("--kind", choices=KINDS, default="endpoint", help="what the URL is (default endpoint)")
    _target_options(add, new=True)
    add_dry_run(add)
    add.set_defaults(func=cmd_add)
    edit = add_command(
        tsub,
        "edit",
        "change a target's name, URL, interval, timeout, TLS check, thresholds or metrics",
        [
            "platformctl health targets edit payments-api --interval 30",
            "platformctl health targets edit 3f2a9c01de --url https://pay2.example.com --dry-run",
        ],
        [common, profile],
    )
    edit.add_argument("target", metavar="TARGET", help="the target's id or name")
    edit.add_argument("--name", help="a new name")
    edit.add_argument("--url", help="a new base URL")
    _target_options(edit, new=False)
    add_dry_run(edit)
    edit.set_defaults(func=cmd_edit)
    remove = add_command(
        tsub,
        "remove",
        "stop watching a target (its history stays in the history file)",
        [
            "platformctl health targets remove payments-api",
            "platformctl health targets remove prom --dry-run",
        ],
        [common, profile],
    )
    remove.add_argument("target", metavar="TARGET", help="the target's id or name")
    add_dry_run(remove)
    remove.set_defaults(func=cmd_remove)


def _target_options(parser: argparse.ArgumentParser, *, new: bool) -> None:
    default = " (default %(default)s)" if new else ""
    for flag, seconds, meaning in (
        ("--interval", 10.0, "seconds between polls, 0.5 to 3600"),
        ("--timeout", 5.0, "seconds a poll may take, up to 120"),
    ):
        parser.add_argument(
            flag, type=_number, default=seconds if new else None, metavar="SECONDS", help=meaning + default
        )
    parser.add_argument(
        "--verify-tls",
        action=argparse.BooleanOptionalAction,
        default=True if new else None,
        help="check the server's TLS certificate" + (" (default: yes)" if new else ""),
    )
    parser.add_argument("--warn-ms", type=_number, metavar="MS", help="latency that makes it degraded")
    parser.add_argument("--critical-ms", type=_number, metavar="MS", help="latency that makes it unhealthy")
    parser.add_argument(
        "--failures", type=int_range(1, 100), metavar="N", help="failed polls in a row before unhealthy"
    )
    parser.add_argument(
        "--metric",
        action="append",
        metavar="NAME",
        help="a /metrics family (endpoint) or PromQL expression (Prometheus) to plot; repeat it"
        + ("" if new else "; replaces the plotted ones"),
    )
    parser.add_argument(
        "--query", metavar="SELECTOR", help="Prometheus: whose instances to list (default up)"
    )


# -- the store -------------------------------------------------------------------------------------
def _store(args: argparse.Namespace) -> TargetStore:
    """The console's settings file, for ``--profile`` (checked) or the last profile the console used."""
    # lazy: QtCore (QSettings, the console's settings file): only the targets commands need it
    from console.store.profiles import NAME_RE, ProfileStore
    from console.store.settings import AppSettings, named_qsettings  # lazy: see above

    qs = named_qsettings()
    profiles = ProfileStore(qs)
    name = args.profile
    if name is None:
        return TargetStore(qs, AppSettings(qs).last_profile or profiles.default().name)
    shown = name if len(name) <= 64 else name[:64] + "..."
    if not NAME_RE.match(name):
        raise InvalidInput(
            "profile.bad_name",
            f"{shown!r} is not a profile name (1-64 letters, digits, spaces, . _ -)",
            {"profile": shown},
        )
    store = TargetStore(qs, name)
    known = [p.name for p in profiles.list()] + [DEMO, "default"]
    if name not in known and not qs.value(store.key, ""):  # a typo would keep targets nobody sees
        raise InvalidInput(
            "profile.unknown",
            f"no connection profile {shown!r}; the console has: {', '.join(known)}",
            {"profile": shown, "known": known},
        )
    return store


def _document(spec: TargetSpec) -> dict[str, Any]:
    return spec.to_dict()


def _show(ctx: Context, store: TargetStore, specs: list[TargetSpec]) -> None:
    ctx.table(
        ["id", "name", "kind", "url", "interval", "timeout", "tls"],
        [
            [s.id, s.name, s.kind.value, s.url, f"{s.interval:g} s", f"{s.timeout:g} s", s.verify_tls]
            for s in specs
        ],
    )


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor.require("health.view")
    store = _store(args)
    specs = store.load()
    ctx.emit(
        {"profile": store.profile, "targets": [_document(s) for s in specs]},
        lambda: (
            _show(ctx, store, specs)
            if specs
            else ctx.print(
                f"no health targets in profile {store.profile!r} (the local checks are always watched)"
            )
        ),
    )
    return 0


def _thresholds(base: Thresholds, args: argparse.Namespace) -> Thresholds:
    changes = {
        "latency_warn_ms": args.warn_ms,
        "latency_critical_ms": args.critical_ms,
        "failures": args.failures,
    }
    values = {**base.__dict__, **{k: v for k, v in changes.items() if v is not None}}
    return Thresholds(**values)


def _changes(args: argparse.Namespace, base: TargetSpec) -> dict[str, Any]:
    fields = {
        "name": args.name.strip() if args.name is not None else None,
        "url": args.url.strip() if args.url is not None else None,
        "interval": args.interval,
        "timeout": args.timeout,
        "verify_tls": args.verify_tls,
        "metrics": tuple(args.metric) if args.metric is not None else None,
        "query": args.query,
    }
    changes = {k: v for k, v in fields.items() if v is not None}
    thresholds = _thresholds(base.thresholds, args)
    if thresholds != base.thresholds:
        changes["thresholds"] = thresholds
    return changes


def _save(ctx: Context, args: argparse.Namespace, store: TargetStore, verb: str, spec: TargetSpec) -> int:
    if not args.dry_run:
        if verb == "removed":
            store.drop(spec.id)
        else:
            store.put(spec)
    prefix = "dry run: would have " if args.dry_run else ""
    ctx.emit(
        {"profile": store.profile, "dry_run": args.dry_run, "action": verb, "target": _document(spec)},
        f"{prefix}{verb} {spec.name!r} ({spec.id}, {spec.url}) in profile {store.profile!r}",
    )
    return 0


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor.require("health.run")
    store = _store(args)
    specs = store.load()
    blank = TargetSpec(new_target_id(), "", TargetKind(args.kind))
    spec = blank.with_changes(**_changes(args, blank))
    spec.check()
    check_unique(spec, [local_target(), *specs])  # the page's table shows them all
    return _save(ctx, args, store, "added", spec)


def _existing(specs: list[TargetSpec], key: str) -> TargetSpec:
    if key.strip().casefold() in (LOCAL_TARGET_ID, "local checks"):
        raise InvalidInput(
            "health.local_target", "the local checks are always watched: change them in the console"
        )
    return find_target(specs, key)


def cmd_edit(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor.require("health.run")
    store = _store(args)
    specs = store.load()
    old = _existing(specs, args.target)
    changes = _changes(args, old)
    if not changes:
        raise InvalidInput("health.no_change", "nothing to change: give --name, --url, --interval, ...")
    spec = old.with_changes(**changes)
    spec.check()
    check_unique(spec, [local_target(), *specs])  # the page's table shows them all
    return _save(ctx, args, store, "changed", spec)


def cmd_remove(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor.require("health.run")
    store = _store(args)
    specs = store.load()
    spec = _existing(specs, args.target)
    code = _save(ctx, args, store, "removed", spec)
    if not args.dry_run:
        store.forget_token(spec.id)  # as the console does (no keyring: nothing to forget)
    return code
