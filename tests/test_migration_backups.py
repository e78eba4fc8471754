"""SQLite backups before a run: verified copies with a manifest, checked restores that can be
undone, and runs killed half-way noticed at the next start. Real files, the real CLI in-process."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.cli import main
from core import migrations, sqlite_backup
from core.actor import Actor
from core.db import Database
from core.models import Platform
from core.services.migration_runs import notice_interrupted
from core.services.migration_service import MigrationService
from core.sqlite_backup import RunMarker
from tests.foundation_helpers import add_platforms
from tests.migration_helpers import audit, schema

CLI = Actor.cli()


@pytest.fixture
def head(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'platform.db'}")
    migrations.upgrade(database, "heads")
    add_platforms(database, 30)
    yield database
    database.dispose()


def cli(db: Database, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db.url), *args], stdout=out, stderr=err, stdin=io.StringIO(""))
    assert "Traceback" not in err.getvalue(), err.getvalue()
    return code, out.getvalue(), err.getvalue()


def platforms(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Platform)) or 0)


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# -- taking a copy -----------------------------------------------------------------------------------
def test_a_backup_has_a_manifest_and_no_partial_files(head: Database) -> None:
    backup = migrations.backup_sqlite(head)
    manifest = json.loads(sqlite_backup.manifest_path(backup).read_text())
    data = backup.read_bytes()
    assert manifest["size"] == len(data) and manifest["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["revisions"] == sorted(migrations.current_heads(head))
    assert manifest["source"] == str(Path(head.url.database)) and manifest["integrity"] == ["ok"]
    assert manifest["created_at"].endswith("+00:00")
    assert not [p for p in backup.parent.iterdir() if p.name.endswith(".partial")]
    assert data[18:20] == b"\x01\x01"  # a self-contained file (rollback journal), no -wal needed


def test_a_run_keeps_a_verified_backup_and_leaves_no_marker(head: Database) -> None:
    result = MigrationService(head).run(CLI, "dev-tools@base", "downgrade", True)
    assert result.backup_path is not None
    assert sqlite_backup.verify(result.backup_path).revisions == tuple(sorted(result_heads_before(head)))
    assert not sqlite_backup.marker_path(Path(head.url.database)).exists()


def result_heads_before(head: Database) -> list[str]:
    return [*migrations.current_heads(head), "dev_tools_001"]


# -- restore refuses what would destroy ---------------------------------------------------------------
@pytest.mark.parametrize("cut", [0, 4096, 0.5])
def test_restore_refuses_a_backup_cut_short(head: Database, cut: float) -> None:
    """The issue: a copy cut short by a kill was restored, leaving a database with no tables."""
    backup = migrations.backup_sqlite(head)
    data = backup.read_bytes()
    backup.write_bytes(data[: int(len(data) * cut) if isinstance(cut, float) else cut])
    before = schema(head)
    code, out, _ = cli(head, "migrate", "restore", str(backup), "--yes", "--json")
    error = json.loads(out)["error"]
    assert code == 3 and error["code"] == "migrations.backup_mismatch"
    assert "does not match its manifest" in error["message"] and f"{len(data):,} bytes" in error["message"]
    assert schema(head) == before and platforms(head) == 30
    assert audit(head, "migrations.restore")[-1].outcome == "refused"


def test_restore_refuses_a_changed_backup_of_the_same_size(head: Database) -> None:
    backup = migrations.backup_sqlite(head)
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    code, out, _ = cli(head, "migrate", "restore", str(backup), "--yes", "--json")
    assert code == 3 and "SHA-256" in json.loads(out)["error"]["message"]


def test_an_old_backup_without_a_manifest_needs_force_and_a_clean_integrity_check(
    head: Database,
) -> None:
    backup = migrations.backup_sqlite(head)
    sqlite_backup.manifest_path(backup).unlink()
    MigrationService(head).run(CLI, "dev-tools@base", "downgrade", True)
    code, out, _ = cli(head, "migrate", "restore", str(backup), "--yes", "--json")
    error = json.loads(out)["error"]
    assert code == 3 and error["code"] == "migrations.backup_unverified" and "--force" in error["message"]
    assert "feature_flags" not in schema(head)[0]

    code, out, _ = cli(head, "migrate", "restore", str(backup), "--yes", "--force", "--json")
    assert code == 0 and json.loads(out)["verified"] is False
    assert "feature_flags" in schema(head)[0] and platforms(head) == 30


@pytest.mark.parametrize("damage", ["empty", "truncated", "garbage"])
def test_force_still_refuses_a_broken_old_backup(head: Database, damage: str) -> None:
    backup = migrations.backup_sqlite(head)
    sqlite_backup.manifest_path(backup).unlink()
    data = backup.read_bytes()
    content = {"empty": b"", "truncated": data[: len(data) // 2], "garbage": b"x" * 8192}[damage]
    backup.write_bytes(content)
    before = schema(head)
    code, out, _ = cli(head, "migrate", "restore", str(backup), "--yes", "--force", "--json")
    error = json.loads(out)["error"]
    expected = "migrations.backup_empty" if damage == "empty" else "migrations.backup_corrupt"
    assert code == 3 and error["code"] == expected, error
    assert schema(head) == before and platforms(head) == 30


def test_a_restore_saves_the_current_database_and_can_be_undone(head: Database) -> None:
    backup = MigrationService(head).run(CLI, "dev-tools@base", "downgrade", True).backup_path
    assert backup is not None
    add_platforms(head, 5, start=100)
    code, out, _ = cli(head, "migrate", "restore", str(backup), "--yes")
    assert code == 0, out
    saved = Path(out.split("saved at ")[1].split(";")[0])
    assert saved.name.startswith("platform.db.pre-restore-") and sqlite_backup.manifest_path(saved).is_file()
    assert f"platformctl migrate restore {saved}" in out
    assert "feature_flags" in schema(head)[0] and platforms(head) == 30

    code, out, _ = cli(head, "migrate", "restore", str(saved), "--yes", "--json")
    assert code == 0 and json.loads(out)["verified"] is True
    assert "feature_flags" not in schema(head)[0] and platforms(head) == 35
    outcomes = [e.outcome for e in audit(head, "migrations.restore")]
    assert outcomes == ["succeeded", "succeeded"]  # the first restore's entry was carried over


def test_restore_writes_into_the_live_file_while_other_connections_are_open(head: Database) -> None:
    backup = migrations.backup_sqlite(head)
    add_platforms(head, 3, start=200)
    other = Database(str(head.url))
    try:
        assert platforms(other) == 33  # a pooled connection of another "console" stays open
        MigrationService(head).restore(CLI, backup)
        assert platforms(other) == 30 and platforms(head) == 30
    finally:
        other.dispose()


# -- a run killed half-way --------------------------------------------------------------------------
def interrupted_marker(head: Database, backup: Path | None, state: str = "running") -> Path:
    database = Path(head.url.database)
    marker = RunMarker(
        "migrations.upgrade", "upgrade", "heads", "cli:someone", None, ["dev_tools_001"], pid=dead_pid()
    )
    marker.state, marker.backup = state, str(backup) if backup else None
    sqlite_backup.write_marker(database, marker)
    return database


def test_an_interrupted_run_is_noticed_audited_once_and_named_with_its_restore_command(
    head: Database,
) -> None:
    backup = migrations.backup_sqlite(head)
    migrations.downgrade(head, "dev-tools@base", backup=False)  # what the killed run left
    database = interrupted_marker(head, backup)
    code, out, err = cli(head, "migrate", "status", "--json")
    assert code == 0
    command = f"platformctl --db sqlite:///{database} migrate restore {backup}"
    assert "was interrupted" in err and str(backup) in err and command in err
    assert json.loads(out)["interrupted_run"]["restore_command"] == command
    cli(head, "migrate", "plan")  # noticed again: said again, not audited again
    entries = [e for e in audit(head) if e.outcome == "interrupted"]
    assert len(entries) == 1 and entries[0].actor == "cli:someone"
    assert entries[0].action == "migrations.upgrade" and entries[0].plan["backup"] == str(backup)

    code, out, _ = cli(head, "migrate", "restore", str(backup), "--yes")
    assert code == 0 and "feature_flags" in schema(head)[0]
    assert not sqlite_backup.marker_path(database).exists()
    assert notice_interrupted(head) is None


def test_a_run_killed_while_copying_changed_nothing(head: Database) -> None:
    database = interrupted_marker(head, database_backup_name(head), state="copying")
    found = notice_interrupted(head)
    assert found is not None and found.changed_nothing and found.restore_command is None
    assert "before any revision ran: the database is as it was" in found.message
    assert not sqlite_backup.marker_path(database).exists()  # said once, audited, done
    assert [e.outcome for e in audit(head) if e.outcome == "interrupted"] == ["interrupted"]


def database_backup_name(head: Database) -> Path:
    return sqlite_backup.unique_path(Path(head.url.database), "pre-migrate")


def test_a_new_run_settles_an_interrupted_one(head: Database) -> None:
    database = interrupted_marker(head, migrations.backup_sqlite(head))
    MigrationService(head).run(CLI, "heads", "upgrade")  # nothing to do, but it ends normally
    assert not sqlite_backup.marker_path(database).exists()
    assert [e.outcome for e in audit(head) if e.outcome == "interrupted"] == ["interrupted"]


def test_a_run_in_progress_elsewhere_refuses_another(head: Database) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        database = Path(head.url.database)
        marker = RunMarker("migrations.upgrade", "upgrade", "heads", "cli:other", None, [], pid=sleeper.pid)
        marker.pid_started = sqlite_backup.process_start(sleeper.pid)
        sqlite_backup.write_marker(database, marker)
        assert notice_interrupted(head) is None  # alive: not interrupted
        code, out, _ = cli(head, "migrate", "downgrade", "dev-tools@base", "--yes", "--json")
        assert code == 3 and json.loads(out)["error"]["code"] == "migrations.run_in_progress"
        assert str(sleeper.pid) in json.loads(out)["error"]["message"]
        assert "feature_flags" in schema(head)[0]
    finally:
        sleeper.kill()
        sleeper.wait()
    assert os.path.exists(sqlite_backup.marker_path(Path(head.url.database)))


def test_a_reused_process_id_is_not_the_run(head: Database) -> None:
    """The marker's process id now belongs to another process (this one): the run is gone."""
    database = Path(head.url.database)
    marker = RunMarker("migrations.upgrade", "upgrade", "heads", "cli:other", None, [], pid=os.getppid())
    marker.pid_started, marker.state = -1, "copying"
    sqlite_backup.write_marker(database, marker)
    found = notice_interrupted(head)
    assert found is not None and found.changed_nothing
