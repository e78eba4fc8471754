"""platformctl health check (exit codes 0/1/2/3 like a monitoring plugin) and platformctl serve."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from core.db import Database
from tests.health_helpers import ROOT, serve_process
from tests.test_cli import invoke, url_of


def test_healthy_database_exits_0(db: Database) -> None:
    run = invoke(url_of(db), "health", "check")
    assert run.code == 0, run.out
    assert run.out.startswith("OK: healthy")
    assert "database" in run.out and "module:payments" in run.out
    as_json = invoke(url_of(db), "health", "check", "--json")
    doc = as_json.doc
    assert as_json.code == 0 and doc["status"] == "healthy" and doc["exit_code"] == 0
    assert {c["name"] for c in doc["checks"]} >= {"database", "migrations", "disk"}


def test_pending_migrations_exit_1(backend: str, fresh_url: str) -> None:
    from core.migrations import downgrade, upgrade

    db = Database(fresh_url)
    upgrade(db, "heads")
    downgrade(db, "orders_001")  # orders_002 pending: every table is there
    db.dispose()
    run = invoke(fresh_url, "health", "check", "--json")
    assert run.code == 1
    assert run.doc["status"] == "degraded"
    migrations = next(c for c in run.doc["checks"] if c["name"] == "migrations")
    assert migrations["status"] == "degraded" and "pending" in migrations["detail"]


def test_missing_module_tables_exit_2(backend: str, fresh_url: str) -> None:
    """Only the framework migrated: the modules' tables are missing, the core modules' checks fail."""
    from core.migrations import upgrade

    db = Database(fresh_url)
    upgrade(db, "framework@head")
    db.dispose()
    run = invoke(fresh_url, "health", "check", "--json")
    assert run.code == 2 and run.doc["status"] == "unhealthy"
    checks = {c["name"]: c for c in run.doc["checks"]}
    assert checks["migrations"]["status"] == "degraded" and "pending" in checks["migrations"]["detail"]
    tenancy = checks["module:tenancy"]
    assert (
        tenancy["status"] == "unhealthy" and tenancy["detail"] == "missing in the database: merchants, stores"
    )
    assert checks["module:core"]["status"] == "healthy"


def test_low_disk_threshold_exits_1(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLATFORM_HEALTH_DISK_WARN_PERCENT", "100")
    run = invoke(url_of(sqlite_db), "health", "check")
    assert run.code == 1
    assert run.out.startswith("WARNING: degraded")


def test_missing_sqlite_file_is_unknown_and_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "folder" / "absent.db"
    run = invoke(f"sqlite:///{path}", "health", "check", "--json")
    # Nothing could be checked: "unknown" (3) in the monitoring-plugin convention, not "unhealthy".
    assert run.code == 3 and run.doc["status"] == "unknown"
    assert run.doc["error"]["code"] == "db.missing" and "db upgrade" in run.doc["error"]["message"]
    assert not path.parent.exists()


def test_unreachable_database_exits_2_within_the_timeout() -> None:
    started = time.monotonic()
    run = invoke("postgresql://nobody@127.0.0.1:1/x", "health", "check", "--json", "--timeout", "2")
    elapsed = time.monotonic() - started
    assert run.code == 2
    assert elapsed < 4, elapsed
    database = next(c for c in run.doc["checks"] if c["name"] == "database")
    assert database["status"] == "unhealthy" and "cannot reach" in database["detail"]


def test_unreachable_database_in_a_real_process() -> None:
    """The whole command, as Nagios would run it: exit 2, within the timeout, no traceback."""
    started = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "console.cli",
            "--db",
            "postgresql://nobody@127.0.0.1:1/x",
            "health",
            "check",
            "--timeout",
            "2",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 2, proc.stderr
    assert time.monotonic() - started < 15
    assert proc.stdout.startswith("CRITICAL: unhealthy")
    assert "Traceback" not in proc.stderr


def test_checks_that_cannot_run_exit_3() -> None:
    run = invoke("mysql://root@127.0.0.1/x", "health", "check", "--json")
    assert run.code == 3
    assert run.doc["status"] == "unknown" and run.doc["error"]["code"] == "db.unsupported"
    human = invoke("mysql://root@127.0.0.1/x", "health", "check")
    assert human.code == 3 and human.out.startswith("UNKNOWN")


def test_serve_answers_and_stops(sqlite_db: Database) -> None:
    with serve_process(url_of(sqlite_db), "--grafana-url", "http://grafana.local") as url:
        health = httpx.get(f"{url}/health", timeout=10)
        assert health.status_code == 200 and health.json()["status"] == "healthy"
        assert httpx.get(f"{url}/health/ready", timeout=10).status_code == 200
        assert httpx.get(f"{url}/health/tools", timeout=10).json()["grafana"] == "http://grafana.local"
        assert "platform_health_status" in httpx.get(f"{url}/metrics", timeout=10).text


def test_serve_refuses_a_busy_port(sqlite_db: Database) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        port = sock.getsockname()[1]
        run = invoke(url_of(sqlite_db), "serve", "--port", str(port), "--json")
    assert run.code == 2
    assert run.error["code"] == "serve.cannot_listen"
    assert json.dumps(run.doc)
