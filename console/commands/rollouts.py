"""platformctl rollouts create|list|show|start|pause|resume|abort|rollback|approve|run."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from console.commands import COMMAND_HELP
from console.commands.base import Context, add_command, add_dry_run, db_id, limit, parse_set
from core.errors import InvalidInput

if TYPE_CHECKING:
    from core.services.rollouts import RolloutService

log = logging.getLogger(__name__)

ACTIONS = {
    "start": (
        "start a draft rollout (at --start-at if it has one); you are recorded as its starter",
        "started",
    ),
    "pause": ("pause a rollout where it is", "paused"),
    "resume": ("resume a paused rollout", "resumed"),
    "abort": ("end a draft, scheduled or paused rollout for good (what was applied stays)", "aborted"),
    "rollback": ("revert what a paused rollout changed, newest wave first, and stop", "rolled back"),
    "approve": ("approve a rollout's next wave (someone other than its starter)", "approved"),
}


def _service(ctx: Context) -> RolloutService:
    from core.services.rollouts import RolloutService  # lazy: not for --help and completion

    return RolloutService(ctx.db)


def _alpha(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value < 1:
        shown = text if len(text) <= 30 else text[:30] + "..."
        raise argparse.ArgumentTypeError(f"{shown!r} is not a probability between 0 and 1 (0.01, say)")
    return value


def cmd_create(ctx: Context, args: argparse.Namespace) -> int:
    from core.services.rollouts import RolloutRequest  # lazy: not for --help and completion

    if args.enable:
        kind, modules = "enable", tuple(args.enable)
    elif args.disable:
        kind, modules = "disable", tuple(args.disable)
    else:
        kind, modules = "configure", (args.configure,)
    if args.cascade and kind != "disable":
        raise InvalidInput("option.cascade_needs_disable", "--cascade goes with --disable only")
    values = parse_set(args.set or [])
    if kind == "configure" and not values:
        raise InvalidInput("option.no_set", "nothing to configure: add --set KEY=VALUE")
    if values and kind != "configure":
        raise InvalidInput("option.set_needs_configure", "--set goes with --configure only")
    request = RolloutRequest(
        name=args.name,
        kind=kind,
        modules=modules,
        cascade=args.cascade,
        values=values,
        codes=tuple(args.platform or ()),
        all=args.all_platforms,
        tags=tuple(args.tag or ()),
        exclude_tags=tuple(args.exclude_tag or ()),
        waves=args.waves,
        bake=args.bake,
        gates=tuple(args.gate or ()),
        on_fail=args.on_fail,
        gate_timeout=args.gate_timeout,
        compare_alpha=args.compare_alpha,
        start_at=args.start_at,
        windows=tuple(args.window or ()),
    )
    service = _service(ctx)
    document = service.create(ctx.actor, request, dry_run=args.dry_run)
    if not args.dry_run:  # the service answers a summary; the command prints what `show` does
        document = service.show(ctx.actor, document["id"])
    ctx.emit(document, lambda: _print_rollout(ctx, document))
    return 3 if args.dry_run and document.get("refused") else 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from console.commands.rollout_render import list_rows  # lazy: only the human output

    documents = _service(ctx).list(ctx.actor, states=args.state, limit=args.limit)

    def human() -> None:
        if not documents:
            ctx.print("no rollouts" + (f" in state {', '.join(args.state)}" if args.state else ""))
            return
        ctx.table(*list_rows(documents))

    ctx.emit({"rollouts": documents}, human)
    return 0


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    document = _service(ctx).show(ctx.actor, args.id)
    ctx.emit(document, lambda: _print_rollout(ctx, document))
    return 0


def _action(name: str) -> Any:
    def run(ctx: Context, args: argparse.Namespace) -> int:
        service = _service(ctx)
        result = getattr(service, name)(ctx.actor, args.id, dry_run=args.dry_run)
        if args.dry_run:
            ctx.emit(result, f"DRY RUN — nothing written. {result['consequence']}")
            return 0
        document = service.show(ctx.actor, args.id)  # the action answers a summary
        ctx.emit(document, lambda: _print_rollout(ctx, document))
        return 0

    run.__name__ = f"cmd_{name}"
    return run


def cmd_run(ctx: Context, args: argparse.Namespace) -> int:
    from core.rollouts.specs import parse_duration  # lazy: not for --help and completion
    from core.services.rollouts import BackgroundRunner

    interval = parse_duration(args.interval).total_seconds()
    if interval <= 0:
        raise InvalidInput(
            "option.bad_interval", "--interval must be longer than 0s", {"value": args.interval}
        )
    ctx.actor.require("modules.rollout")
    service = _service(ctx)
    name = f"{socket.gethostname()}:{os.getpid()}"
    # Every due rollout advances (on behalf of its starter); the caller is told of those they read.
    every = service.reader_scope(ctx.actor) is None
    if args.once:  # an error is the command's (exit 1), as for any command
        stop = _Stop()
        with _signals(stop):
            moved = _readable(ctx, service, every, service.advance_due(name, should_stop=stop.asked))
        _report_moved(ctx, moved)
        none = "no rollout was due" if every else "no rollout you can read was due"
        ctx.emit({"advanced": _moved_doc(moved)}, None if moved else none)
        return 0
    runner = BackgroundRunner(service, interval, name)  # a failing round is logged, the loop goes on
    stop = _Stop()
    with _signals(stop):
        try:
            while not stop.asked():
                stop.idle = False
                moved = _readable(ctx, service, every, runner.round(stop.asked))
                _report_moved(ctx, moved)
                if moved and ctx.json:  # one line per round that did something
                    ctx.out.write(json.dumps({"advanced": _moved_doc(moved)}) + "\n")
                ctx.out.flush()
                stop.idle = True
                if not stop.asked():
                    time.sleep(interval)
        except _Stopped:
            pass
    ctx.note("rollouts run: stopped")
    return 0


class _Stopped(Exception):
    """Raised by the signal handler while the loop sleeps (no transition under way)."""


class _Stop:
    """SIGINT / SIGTERM asked the runner to stop: the transition under way is finished, no other
    is begun; while the loop sleeps it ends at once."""

    def __init__(self) -> None:
        self.signal: int | None = None
        self.idle = False

    def asked(self) -> bool:
        return self.signal is not None

    def __call__(self, signum: int, _frame: Any) -> None:
        self.signal = signum
        if self.idle:
            raise _Stopped


@contextmanager
def _signals(handler: _Stop) -> Iterator[None]:
    """SIGINT and SIGTERM go to ``handler`` meanwhile (on the main thread only: Python's rule)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, previous in before.items():
            signal.signal(sig, previous)


def _readable(
    ctx: Context, service: RolloutService, every: bool, moved: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The moves the caller may be told of: all, or (a platform admin's ``--user``) those of the
    rollouts they read; none while that cannot be read (the database gone, say)."""
    from sqlalchemy.exc import OperationalError  # lazy: not for --help and completion

    if every or not moved:
        return moved
    try:
        shown = service.readable(ctx.actor, [rollout_id for rollout_id, _state in moved])
    except OperationalError:
        log.warning("rollouts run: which rollouts you read could not be read; none shown this round")
        return []
    return [(rollout_id, state) for rollout_id, state in moved if rollout_id in shown]


def _moved_doc(moved: list[tuple[int, str]]) -> list[dict[str, Any]]:
    return [{"id": rollout_id, "state": state} for rollout_id, state in moved]


def _report_moved(ctx: Context, moved: list[tuple[int, str]]) -> None:
    if not ctx.json:
        for rollout_id, state in moved:
            ctx.print(f"rollout {rollout_id}: {state}")


def _print_rollout(ctx: Context, document: dict[str, Any]) -> None:
    from console.commands.rollout_render import print_rollout  # lazy: only the human output

    print_rollout(ctx.print, document)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("rollouts", help=COMMAND_HELP["rollouts"])
    rsub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = add_command(
        rsub,
        "create",
        "create a rollout: a module change going out in waves, watched by gates (a draft until started)",
        [
            "platformctl rollouts create --name orders-eu --enable orders --tag canary country:lu "
            "--waves tag:canary,10%,100% --bake 30m --gate 'prom:shop_error_ratio < 0.02' --on-fail rollback",
            "platformctl rollouts create --name sender --configure messaging --set sender_name=Shop "
            "--all-platforms --dry-run",
        ],
        [common],
    )
    p.add_argument("--name", required=True, help="a name people recognise the rollout by")
    change = p.add_mutually_exclusive_group(required=True)
    change.add_argument("--enable", nargs="+", metavar="MODULE", help="enable these modules")
    change.add_argument("--disable", nargs="+", metavar="MODULE", help="disable these modules")
    change.add_argument("--configure", metavar="MODULE", help="change this module's settings (with --set)")
    p.add_argument("--cascade", action="store_true", help="with --disable: their dependants too")
    p.add_argument(
        "--set", action="append", metavar="KEY=VALUE", help="a setting for --configure (repeatable)"
    )
    p.add_argument(
        "--platform", action="extend", nargs="+", metavar="CODE", help="one or more platform codes"
    )
    p.add_argument(
        "--all-platforms", action="store_true", help="every platform (a platform admin: their own)"
    )
    p.add_argument(
        "--tag", action="extend", nargs="+", metavar="TAG", help="platforms with any of these tags"
    )
    p.add_argument(
        "--exclude-tag", action="extend", nargs="+", metavar="TAG", help="leave out platforms with these tags"
    )
    p.add_argument(
        "--waves",
        default="1%,10%,50%,100%",
        metavar="SPEC",
        help="comma list of tag:TAG, counts and cumulative percentages (default 1%%,10%%,50%%,100%%)",
    )
    p.add_argument(
        "--bake", default="10m", metavar="DURATION", help="wait after each wave (default 10m; 0s allowed)"
    )
    p.add_argument(
        "--gate",
        action="append",
        metavar="SPEC",
        help="prom:QUERY OP NUMBER (the condition that must hold: 'prom:error_ratio < 0.02'), "
        "compare:QUERY higher|lower, ready:URL or approval (repeatable)",
    )
    p.add_argument(
        "--on-fail", default="pause", metavar="pause|rollback", help="when a gate fails (default pause)"
    )
    p.add_argument(
        "--gate-timeout",
        default="30m",
        metavar="DURATION",
        help="an unknown gate fails after this (default 30m)",
    )
    p.add_argument(
        "--compare-alpha",
        type=_alpha,
        default=0.01,
        metavar="P",
        help="compare gates' significance (default 0.01)",
    )
    p.add_argument("--start-at", metavar="WHEN", help="start time: 2026-12-24T06:00 or +30m")
    p.add_argument(
        "--window",
        action="append",
        metavar="SPEC",
        help="'DAYS HH:MM-HH:MM [ZONE]' when waves may go out, e.g. 'Mon-Fri 09:00-17:00 Europe/Luxembourg'",
    )
    add_dry_run(p)
    p.set_defaults(func=cmd_create)

    p = add_command(
        rsub,
        "list",
        "rollouts, newest first, with their state and progress",
        ["platformctl rollouts list", "platformctl rollouts list --state paused waiting --json"],
        [common],
    )
    p.add_argument(
        "--state", action="extend", nargs="+", metavar="STATE", help="only rollouts in these states"
    )
    p.add_argument("--limit", type=limit(10_000), help="at most this many rollouts")
    p.set_defaults(func=cmd_list)

    p = add_command(
        rsub,
        "show",
        "one rollout: its state, waves, platforms and gate results",
        ["platformctl rollouts show 7", "platformctl rollouts show 7 --json"],
        [common],
    )
    p.add_argument("id", type=db_id, metavar="ID", help="the rollout's id")
    p.set_defaults(func=cmd_show)

    for name, (text, _done) in ACTIONS.items():
        p = add_command(
            rsub,
            name,
            text,
            [f"platformctl rollouts {name} 7", f"platformctl rollouts {name} 7 --dry-run --json"],
            [common],
        )
        p.add_argument("id", type=db_id, metavar="ID", help="the rollout's id")
        add_dry_run(p)
        p.set_defaults(func=_action(name))

    p = add_command(
        rsub,
        "run",
        "advance due rollouts: apply waves, evaluate gates (--once for cron or a systemd timer)",
        ["platformctl rollouts run --once", "platformctl rollouts run --interval 1m"],
        [common],
    )
    p.add_argument("--once", action="store_true", help="advance every due rollout by one step, then exit")
    p.add_argument("--interval", default="30s", metavar="DURATION", help="between two rounds (default 30s)")
    p.set_defaults(func=cmd_run)
