"""Cancelling a migration run between revisions, on SQLite and PostgreSQL: the service (as the
console calls it) and ``platformctl migrate upgrade`` interrupted by Ctrl+C.

After a cancel the state is exactly: PostgreSQL as before the run (one transaction, rolled back);
SQLite at the revision reached, the copy taken before the run restorable.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from core import migrations
from core.actor import Actor
from core.db import Database
from core.migrations import MigrationCancelled
from core.services import migration_service
from core.services.migration_service import MigrationService
from tests import test_cli_migrate
from tests.cli_helpers import invoke, url_of
from tests.migration_helpers import audit, gated_registry, schema, slow_registry

CLI = Actor.cli()

head = test_cli_migrate.head  # the fixture: a database of its own at head


def with_tables(before: tuple[list[str], list[str]], *added: str) -> tuple[list[str], list[str]]:
    """``before`` plus the tables ``added`` (``slow_1``, ``slow_2``: one branch, in order), the
    branch's head being the revision of the last one (``slow_002``)."""
    tables, heads = before
    branch, last = added[-1].rsplit("_", 1)
    return sorted([*tables, *added]), sorted([*heads, f"{branch}_{int(last):03d}"])


def backups_beside(db: Database) -> list[Path]:
    path = Path(db.url.database or "")
    return sorted(path.parent.glob(f"{path.name}.pre-migrate-*.bak"))


def test_cancel_stops_between_revisions(head: Database, backend: str, tmp_path: Path) -> None:
    service = MigrationService(head, slow_registry(tmp_path, seconds=0, count=3))
    before = schema(head)
    seen: list[str] = []

    with pytest.raises(MigrationCancelled) as stopped:
        service.run(
            CLI,
            "heads",
            "upgrade",
            progress=lambda step, i, n: seen.append(step.revision),
            cancel=lambda: len(seen) >= 1,  # asked once slow_001 is done
        )

    details = stopped.value.details
    assert seen == ["slow_001"] and details["remaining"] == ["slow_002", "slow_003"]
    entry = audit(head, "migrations.upgrade")[-1]
    assert entry.outcome == "cancelled" and entry.error_code == "migrations.cancelled"
    if not head.is_sqlite:
        assert schema(head) == before  # the one transaction rolled back: nothing of the run stays
        assert details["rolled_back"] is True and details["applied"] == []
        assert stopped.value.backup_path is None
        return
    assert schema(head) == with_tables(before, "slow_1")  # at the revision reached
    assert details["applied"] == ["slow_001"] and details["rolled_back"] is False
    backup = stopped.value.backup_path
    assert backup is not None and backup.exists() and str(backup) in stopped.value.message
    assert "migrate restore" in stopped.value.message
    service.restore(CLI, backup)
    assert schema(head) == before


def test_cancel_before_the_first_revision_changes_nothing(head: Database, tmp_path: Path) -> None:
    service = MigrationService(head, slow_registry(tmp_path, seconds=0, count=2))
    before = schema(head)
    with pytest.raises(MigrationCancelled) as stopped:
        service.run(CLI, "heads", "upgrade", cancel=lambda: True)
    assert schema(head) == before
    assert stopped.value.details["applied"] == [] and stopped.value.backup_path is None
    if head.is_sqlite:
        assert backups_beside(head) == []  # nothing changed: the copy taken before is not kept


def test_the_runner_alone_takes_a_cancel(head: Database, backend: str, tmp_path: Path) -> None:
    registry = slow_registry(tmp_path, seconds=0, count=3)
    before = schema(head)
    done: list[int] = []
    with pytest.raises(MigrationCancelled):
        migrations.upgrade(
            head,
            "heads",
            lambda step, i, n: done.append(i),
            registry,
            backup=False,
            cancel=lambda: len(done) >= 2,
        )
    expected = before if not head.is_sqlite else with_tables(before, "slow_1", "slow_2")
    assert schema(head) == expected


def test_ctrl_c_during_migrate_upgrade(
    head: Database, backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first revision sends this process SIGINT, as Ctrl+C would: the run stops after it."""
    registry = gated_registry(tmp_path, tmp_path / "hold", interrupt=True)  # no hold: no wait
    monkeypatch.setattr(migration_service, "default_registry", lambda: registry)
    before = schema(head)
    handler = signal.getsignal(signal.SIGINT)

    run = invoke(url_of(head), "migrate", "upgrade", "--json")

    assert run.code == 130
    assert run.error["code"] == "migrations.cancelled"
    assert "cancelling after the current revision" in run.err
    assert signal.getsignal(signal.SIGINT) is handler  # the command's own handler is gone
    if not head.is_sqlite:
        assert schema(head) == before and run.error["details"]["rolled_back"] is True
    else:
        assert schema(head) == with_tables(before, "gated_1")
        assert run.error["details"]["applied"] == ["gated_001"]
        assert run.error["details"]["backup"]  # named, to restore
        again = invoke(url_of(head), "migrate", "upgrade")  # the rest runs to the end afterwards
        assert again.code == 0 and schema(head) == with_tables(before, "gated_1", "gated_2", "gated_3")
