"""The console's start notices a migration run killed half-way: audited once, before sign-in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from core import migrations, sqlite_backup
from core.db import Database
from core.sqlite_backup import RunMarker
from tests.gui.test_app import run_console


@pytest.mark.slow
def test_the_console_start_audits_an_interrupted_run(tmp_path: Path) -> None:
    first = run_console(tmp_path, "--demo", "--exit-after-paint")  # creates and seeds the demo database
    assert first.returncode == 0, first.stderr
    path = tmp_path / "data" / "platform-console" / "demo.db"
    db = Database(f"sqlite:///{path}")
    try:
        backup = migrations.backup_sqlite(db)
        child = subprocess.Popen([sys.executable, "-c", "pass"])
        child.wait()
        marker = RunMarker("migrations.upgrade", "upgrade", "heads", "cli:root", None, [], pid=child.pid)
        marker.state, marker.backup = "running", str(backup)
        sqlite_backup.write_marker(path, marker)

        second = run_console(tmp_path, "--demo", "--exit-after-paint")
        assert second.returncode == 0, second.stderr
        with db.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT action, actor, plan FROM audit_log WHERE outcome = 'interrupted'")
            ).all()
            conn.rollback()
        assert len(rows) == 1 and rows[0].action == "migrations.upgrade" and rows[0].actor == "cli:root"
        assert str(backup) in rows[0].plan
        kept = sqlite_backup.read_marker(path)
        assert kept is not None and kept.audited_at is not None  # the banner stays until it is settled
    finally:
        db.dispose()
