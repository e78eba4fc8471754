"""Fault injection: ``platformctl migrate upgrade`` on SQLite killed (SIGKILL) at random points.

A database with some data (tens of thousands of rows) is migrated up by the real command in a
child process, killed at a random moment: from the start of the process, or once its run marker
appeared (so most kills land in the copy or the revisions, not in the imports). Then, as a person
would, the next ``migrate`` command notices the interrupted run, and the database is recovered by
restoring the copy it names or by running the migration again (alternately). Always:

- every ``*.bak`` visible beside the database verifies (manifest and integrity check): a kill
  never leaves an incomplete copy under a backup's name;
- the recovery succeeds and every row written before the run is there, unchanged;
- the interrupted run is audited once.

``PLATFORM_FAULT_TRIALS`` sets the number of kills (default 4, for CI), ``PLATFORM_FAULT_SEED``
the random seed (printed, with the figures, at the end).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from console.cli import main
from core import migrations, sqlite_backup
from core.db import Database
from core.demo import SeedSpec, seed

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

TRIALS = int(os.environ.get("PLATFORM_FAULT_TRIALS", "4"))
SEED = int(os.environ.get("PLATFORM_FAULT_SEED", str(random.SystemRandom().randrange(1 << 30))))
DATA_TABLES = {
    "platforms": "id, code, name",
    "merchants": "id, code, name, email",
    "stores": "id, code, name, email, domain",
    "platform_modules": "id, platform_id, module_code, enabled",
}
CLI_CHILD = "import sys; from console.cli import main; sys.exit(main(sys.argv[1:]))"


def fingerprint(path: Path) -> dict[str, tuple[int, str]]:
    """Rows and a SHA-256 of the data columns of every data table."""
    db = Database(f"sqlite:///{path}")
    try:
        found = {}
        with db.engine.connect() as conn:
            for table, columns in DATA_TABLES.items():
                digest = hashlib.sha256()
                rows = conn.execute(text(f"SELECT {columns} FROM {table} ORDER BY id")).all()
                for row in rows:
                    digest.update(repr(tuple(row)).encode())
                found[table] = (len(rows), digest.hexdigest())
            conn.rollback()
        return found
    finally:
        db.dispose()


def heads(path: Path) -> tuple[str, ...]:
    db = Database(f"sqlite:///{path}")
    try:
        return tuple(sorted(migrations.current_heads(db)))
    finally:
        db.dispose()


def cli(path: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", f"sqlite:///{path}", *args], stdout=out, stderr=err, stdin=io.StringIO(""))
    assert "Traceback" not in err.getvalue(), err.getvalue()
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A database with data, one revision behind on tenancy (its upgrade rebuilds search tables
    from every merchant and store) and on payments; its fingerprint; the time of a full run."""
    folder = tmp_path_factory.mktemp("faults")
    path = folder / "template.db"
    db = Database(f"sqlite:///{path}")
    migrations.upgrade(db, "heads", backup=False)
    seed(db, SeedSpec(platforms=20, merchants=4_000, stores=30_000, orders=0, seed=7))
    migrations.downgrade(db, "tenancy_001", backup=False)
    migrations.downgrade(db, "payments_001", backup=False)
    db.dispose()
    before = heads(path)
    print_ = fingerprint(path)
    # One uninterrupted run, to know how long the window for a kill is: the whole process, and
    # from the marker's appearance (the copy, then the revisions) to its end.
    timing = folder / "timing.db"
    shutil.copyfile(path, timing)
    marker = sqlite_backup.marker_path(timing)
    started = time.monotonic()
    child = subprocess.Popen(upgrade_command(timing), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    marked = None
    while child.poll() is None:
        if marked is None and marker.exists():
            marked = time.monotonic()
        time.sleep(0.001)
    ended = time.monotonic()
    assert child.returncode == 0, child.stderr.read() if child.stderr else ""
    yield {
        "path": path,
        "heads": before,
        "fingerprint": print_,
        "seconds": ended - started,
        "marked_seconds": ended - (marked or started),
    }


def upgrade_command(db: Path) -> list[str]:
    return [sys.executable, "-c", CLI_CHILD, "--db", f"sqlite:///{db}", "migrate", "upgrade", "--yes"]


def kill_during_upgrade(db: Path, rng: random.Random, window: dict[str, float], after_marker: bool) -> str:
    """Start ``migrate upgrade`` and SIGKILL it; returns when it died (for the figures)."""
    marker = sqlite_backup.marker_path(db)
    child = subprocess.Popen(upgrade_command(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    if after_marker:
        while not marker.exists() and child.poll() is None and time.monotonic() - started < 120:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, window["marked_seconds"]))
    else:
        time.sleep(rng.uniform(0, window["seconds"]))
    if child.poll() is not None:
        return "ended before the kill"
    state = json.loads(marker.read_text())["state"] if marker.exists() else "starting"
    child.send_signal(signal.SIGKILL)
    child.wait()
    return f"killed while {state}"


def test_killed_upgrades_are_always_recoverable(template: dict[str, Any], tmp_path: Path) -> None:
    rng = random.Random(SEED)
    figures: Counter[str] = Counter()
    print(f"\nrun: {template['seconds']:.2f} s, from its marker: {template['marked_seconds']:.2f} s")
    failures: list[str] = []
    for trial in range(TRIALS):
        folder = tmp_path / f"trial{trial}"
        folder.mkdir()
        db = folder / "platform.db"
        shutil.copyfile(template["path"], db)
        when = kill_during_upgrade(db, rng, template, after_marker=trial % 3 != 0)
        figures[when] += 1
        try:
            figures[recover(db, template, restore=trial % 4 in (1, 2))] += 1
        except AssertionError as exc:
            failures.append(f"trial {trial} ({when}): {exc}")
    summary = {"trials": TRIALS, "seed": SEED, "failures": len(failures), **dict(sorted(figures.items()))}
    print(f"\nmigration fault injection: {json.dumps(summary)}")
    assert not failures, f"seed {SEED}: " + "\n".join(failures)


def recover(db: Path, template: dict[str, Any], *, restore: bool) -> str:
    """Every visible copy verifies; restore (when asked and possible) or re-run; nothing lost."""
    for backup in db.parent.glob("*.bak"):
        checked = sqlite_backup.verify(backup)  # raises on an incomplete or damaged copy
        assert checked.revisions == template["heads"], backup
    code, out, err = cli(db, "migrate", "status", "--json")
    assert code == 0, out + err
    interrupted = json.loads(out)["interrupted_run"]
    how = "re-run"
    if interrupted is not None:
        assert "was interrupted" in err
        if restore and interrupted["restorable"]:
            assert interrupted["restore_command"] in err
            code, out, err = cli(db, "migrate", "restore", interrupted["backup"], "--yes")
            assert code == 0, out + err
            assert heads(db) == template["heads"], "the restore did not bring back the revisions before"
            assert fingerprint(db) == template["fingerprint"], "rows differ after the restore"
            how = "restored then re-run"
    code, out, err = cli(db, "migrate", "upgrade", "--yes")
    assert code == 0, out + err
    assert fingerprint(db) == template["fingerprint"], "rows differ after the re-run"
    assert not sqlite_backup.marker_path(db).exists()
    status = json.loads(cli(db, "migrate", "status", "--json")[1])
    assert status["pending"] == 0 and status["interrupted_run"] is None
    audited = Database(f"sqlite:///{db}")
    try:
        with audited.engine.connect() as conn:
            count = conn.execute(
                text("SELECT count(*) FROM audit_log WHERE outcome = 'interrupted'")
            ).scalar()
            conn.rollback()
    finally:
        audited.dispose()
    assert count == (1 if interrupted is not None else 0), f"{count} interrupted entries"
    return how if interrupted is not None else "not interrupted"
