"""platformctl serve, platformctl health check, platformctl health token.

``health check`` runs the local checks (database, migrations, disk, every module's hook) with
no network beyond the database, and exits like a monitoring plugin (Nagios, Icinga):
0 healthy, 1 degraded, 2 unhealthy, 3 unknown (the check itself could not run).
``serve`` runs the observability endpoints as a platform process would.
"""

from __future__ import annotations

import argparse
import os
import socket
from typing import TYPE_CHECKING, Any

from console.commands import COMMAND_HELP, health_report, health_targets
from console.commands.base import Context, add_command, int_range
from core.errors import InvalidInput, PlatformError

if TYPE_CHECKING:
    pass

UNKNOWN = 3
_WORDS = {0: "OK", 1: "WARNING", 2: "CRITICAL", 3: "UNKNOWN"}


def _positive(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 < number <= 3600:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 3600 seconds")
    return number


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    serve = add_command(
        sub,
        "serve",
        COMMAND_HELP["serve"],
        ["platformctl serve --port 8000", "platformctl --db postgresql://db/platform serve --host 0.0.0.0"],
        [common],
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument(
        "--port", type=int_range(0, 65535), default=8000, help="port (default 8000; 0 picks a free one)"
    )
    serve.add_argument("--no-metrics", action="store_true", help="do not serve /metrics")
    serve.add_argument("--sentry-dsn", metavar="DSN", help="report errors to Sentry (needs sentry-sdk)")
    serve.add_argument("--flower-url", metavar="URL", help="Flower's URL, listed on /health/tools")
    serve.add_argument("--grafana-url", metavar="URL", help="Grafana's URL, listed on /health/tools")
    serve.add_argument("--prometheus-url", metavar="URL", help="Prometheus's URL, listed on /health/tools")
    serve.add_argument("--timeout", type=_positive, default=None, help="seconds per health check (default 5)")
    serve.add_argument(
        "--rollouts-interval",
        default="30s",
        metavar="DURATION",
        help="advance due rollouts in the background this often (default 30s)",
    )
    serve.add_argument("--no-rollouts", action="store_true", help="do not advance rollouts in the background")
    serve.set_defaults(func=cmd_serve)

    health = sub.add_parser("health", help=COMMAND_HELP["health"])
    hsub = health.add_subparsers(dest="health_command", required=True, metavar="COMMAND")
    check = add_command(
        hsub,
        "check",
        "run the local checks; exit 0 healthy, 1 degraded, 2 unhealthy, 3 unknown",
        ["platformctl health check", "platformctl health check --timeout 2 --json"],
        [common],
    )
    check.add_argument(
        "--timeout", type=_positive, default=None, help="seconds each check may take (default 5)"
    )
    check.set_defaults(func=cmd_check)
    token = add_command(
        hsub,
        "token",
        "print a new random health token (for PLATFORM_HEALTH_TOKEN and the console's target)",
        [
            "platformctl health token",
            "export PLATFORM_HEALTH_TOKEN=$(platformctl health token --json | jq -r .token)",
        ],
        [common],
    )
    token.set_defaults(func=cmd_token)
    health_targets.add_parsers(hsub, common)
    health_report.add_parsers(hsub, common)


def cmd_token(ctx: Context, args: argparse.Namespace) -> int:
    import secrets

    token = secrets.token_urlsafe(32)
    ctx.emit(
        {"token": token},
        f"{token}\n\nSet it as PLATFORM_HEALTH_TOKEN where the endpoints run (platformctl serve, the "
        "platform) and in the console's health target (Edit…, Health token: kept in the OS keyring).",
    )
    return 0


def _database_url(ctx: Context) -> str:
    from core.db import default_url  # lazy: not for --help and completion

    return ctx.db_url or default_url()


def cmd_check(ctx: Context, args: argparse.Namespace) -> int:
    # lazy: pydantic-settings and the check registry (0.2 s): `platformctl --help` loads this module
    from core.db import missing_file_error  # lazy: not for --help and completion
    from core.observability import health_database, local_checks
    from core.observability.checks import sqlite_file_missing  # lazy: see above
    from core.observability.config import ObservabilitySettings  # lazy: see above

    database = None
    try:
        ctx.actor.require("health.run")
        cfg = ObservabilitySettings()
        timeout = args.timeout or cfg.health_timeout
        database = health_database(_database_url(ctx), timeout)
        missing = sqlite_file_missing(database)
        if missing is not None:  # nothing to check: unknown, not unhealthy (Nagios convention)
            raise missing_file_error(missing)
        report = local_checks(database, timeout=timeout, settings=cfg).run(timeout)
    except Exception as exc:
        message = exc.message if isinstance(exc, PlatformError) else f"{type(exc).__name__}: {exc}"
        code = exc.code if isinstance(exc, PlatformError) else "health.unknown"
        ctx.emit(
            {"status": "unknown", "exit_code": UNKNOWN, "error": {"code": code, "message": message}},
            f"UNKNOWN: the checks could not run: {message}",
        )
        return UNKNOWN
    finally:
        if database is not None:
            database.dispose()
    severity = report.status.severity
    document = {**report.to_dict(), "exit_code": severity}

    def human() -> None:
        counts: dict[str, int] = {}
        for c in report.checks:
            counts[c.status.value] = counts.get(c.status.value, 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        ctx.print(f"{_WORDS[severity]}: {report.status.value} ({summary}) in {report.duration:.2f} s")
        ctx.table(
            ["check", "status", "latency", "detail"],
            [[c.name, c.status.value, f"{c.latency * 1000:.1f} ms", c.detail] for c in report.checks],
        )

    ctx.emit(document, human)
    return severity


def _bind(host: str, port: int) -> socket.socket:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError as exc:
        raise InvalidInput("serve.bad_host", f"cannot resolve {host!r}: {exc}", {"host": host}) from None
    family, _type, _proto, _name, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise InvalidInput(
            "serve.cannot_listen", f"cannot listen on {host}:{port}: {exc.strerror or exc}", {"port": port}
        ) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


SERVER_EXTRA_HINT = "pip install 'platform-console[server]'"


def _server_modules() -> Any:
    """uvicorn (and FastAPI, which the endpoints need) come with the ``server`` extra."""
    try:
        import fastapi  # noqa: F401
        import uvicorn
    except ImportError as exc:
        raise InvalidInput(
            "serve.needs_server_extra",
            f"platformctl serve needs the server extra ({exc.name} is not installed): {SERVER_EXTRA_HINT}",
            {"missing": exc.name, "install": SERVER_EXTRA_HINT},
        ) from None
    return uvicorn


def cmd_serve(ctx: Context, args: argparse.Namespace) -> int:
    uvicorn = _server_modules()
    from core.observability import health_database, init_observability  # lazy: as in cmd_check
    from core.observability.config import ObservabilitySettings  # lazy: as in cmd_check
    from core.observability.process import PlatformProcess  # lazy: as in cmd_check

    if not 0 <= args.port < 65536:
        raise InvalidInput("serve.bad_port", "the port must be between 0 and 65535", {"port": args.port})
    cfg = ObservabilitySettings()
    timeout = args.timeout or cfg.health_timeout
    runner = None if args.no_rollouts else _rollout_runner(ctx, args.rollouts_interval)
    sock = _bind(args.host, args.port)
    database = health_database(_database_url(ctx), timeout)
    try:
        if runner is not None:
            runner.start()
        obs = init_observability(
            enable_metrics=False if args.no_metrics else None,
            sentry_dsn=args.sentry_dsn,
            flower_url=args.flower_url,
            grafana_url=args.grafana_url,
            prometheus_url=args.prometheus_url,
            database=database,
            health_timeout=timeout,
            settings=cfg,
        )
        process = PlatformProcess("platformctl serve", health=obs.health)
        app = obs.app(on_startup=process.start, on_shutdown=process.stop)
        host, port = sock.getsockname()[:2]
        url = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
        details = "token" if obs.health_token else "loopback"
        ctx.emit(
            {"listening": url, "pid": obs.pid, "database": database.display_url(), "details": details},
            f"serving {url}/health, /health/live, /health/ready, /metrics, /health/tools "
            f"({database.display_url()}; details of /health "
            + ("with PLATFORM_HEALTH_TOKEN" if obs.health_token else "for loopback callers only")
            + "); Ctrl+C stops",
        )
        ctx.out.flush()
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
        server = uvicorn.Server(config)
        server.run(sockets=[sock])
    finally:
        if runner is not None:
            runner.stop()
            runner.service.db.dispose()
        sock.close()
        database.dispose()
    return 0


def _rollout_runner(ctx: Context, interval_text: str) -> Any:
    """The background runner of rollouts: its own engine, advancing due rollouts every interval."""
    from core.db import Database  # lazy: not for --help and completion
    from core.rollouts.specs import parse_duration  # lazy: see above
    from core.services.rollouts import BackgroundRunner, RolloutService  # lazy: see above

    interval = parse_duration(interval_text).total_seconds()
    if interval <= 0:
        raise InvalidInput(
            "option.bad_interval", "--rollouts-interval must be longer than 0s", {"value": interval_text}
        )
    service = RolloutService(Database(_database_url(ctx), create=False))
    return BackgroundRunner(service, interval, f"serve:{socket.gethostname()}:{os.getpid()}")
