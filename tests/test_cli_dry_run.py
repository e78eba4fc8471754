"""``--dry-run`` of the module and migration commands, and ``modules graph`` as SVG and PNG, on
SQLite and PostgreSQL: every check runs, nothing is written (no row, no audit entry, no copy),
and the exit code is the one the real run would have."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from core import migrations
from core.db import Database
from core.models import PlatformModule
from core.registry import default_registry
from tests import test_cli_migrate
from tests.cli_helpers import Run, Terminal, invoke, url_of
from tests.foundation_helpers import PASSWORD, add_platforms, audit_entries, module_row, snapshot
from tests.health_helpers import ROOT
from tests.migration_helpers import schema

head = test_cli_migrate.head  # the fixture: a database of its own at head


@pytest.fixture(autouse=True)
def _no_passwords_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PLATFORM_PASSWORD", "PLATFORM_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def cli(db: Database):  # type: ignore[no-untyped-def]
    def run(*args: str, stdin: Any = "", user: str | None = None) -> Run:
        return invoke(url_of(db), *args, stdin=stdin, user=user)

    return run


def written(db: Database) -> tuple[Any, int]:
    return snapshot(db), len(audit_entries(db))


# -- modules configure -----------------------------------------------------------------------------
def test_configure_dry_run_says_what_changes_and_writes_nothing(cli: Any, db: Database) -> None:
    p1, p2 = add_platforms(db, 2)
    assert cli("modules", "configure", "messaging", "--platform", p1, "--set", "sender_name=Old").code == 0
    before = written(db)
    secret = "sk-live-DRY-RUN-SECRET"
    args = ["--set", f"api_key={secret}"]

    run = cli(
        "modules",
        "configure",
        "messaging",
        "--all-platforms",
        "--set",
        "sender_name=New",
        "--dry-run",
        "--json",
    )
    assert run.code == 0 and run.doc["dry_run"] is True
    assert run.doc["platforms"] == [p1, p2] and run.doc["changing"] == 2
    changes = {c["platform"]: c["changed"] for c in run.doc["changes"]}
    assert changes[p1]["sender_name"] == {"from": "Old", "to": "New"}
    assert written(db) == before

    masked = cli("modules", "configure", "marketplace", "--platform", p1, *args, "--dry-run", "--json")
    assert masked.code == 0 and masked.doc["values"]["api_key"] == "***"
    assert masked.doc["changes"][0]["changed"]["api_key"] == {"from": None, "to": "***"}
    human = cli("modules", "configure", "marketplace", "--platform", p1, *args, "--dry-run")
    assert human.code == 0 and "DRY RUN" in human.out and f"{p1}: api_key" in human.out
    assert secret not in masked.out + human.out + human.err
    assert written(db) == before
    assert module_row(db, p1, "marketplace") is None


@pytest.mark.parametrize(
    ("sets", "code"),
    [(["default_currency=EURO"], "config.invalid"), (["currency=EUR"], "config.unknown_key")],
)
def test_configure_dry_run_validates_exit_2(cli: Any, db: Database, sets: list[str], code: str) -> None:
    (p1,) = add_platforms(db, 1)
    before = written(db)
    args = [a for s in sets for a in ("--set", s)]
    run = cli("modules", "configure", "payments", "--platform", p1, *args, "--dry-run", "--json")
    assert run.code == 2 and run.error["code"] == code
    assert written(db) == before  # not even the audit entry a real invalid request leaves


def test_configure_dry_run_checks_permission_exit_3(
    cli: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    (p1,) = add_platforms(db, 1)
    assert cli("admin", "create-user", "sup", "--role", "support", stdin=PASSWORD + "\n").code == 0
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    before = snapshot(db)
    args = ["modules", "configure", "messaging", "--platform", p1, "--set", "sender_name=X"]
    run = cli(*args, "--dry-run", "--json", user="sup")
    assert run.code == 3 and run.error["code"] == "permission.denied"
    assert snapshot(db) == before
    assert not [e for e in audit_entries(db) if e.action == "modules.configure"]


# -- modules enable|disable ------------------------------------------------------------------------
def test_toggle_dry_run_exits_as_the_run_would_with_skip_refused(cli: Any, db: Database) -> None:
    p1, p2 = add_platforms(db, 2)
    assert cli("modules", "enable", "billing", "--platform", p1).code == 0
    assert cli("modules", "enable", "payments", "--platform", p2).code == 0
    before = written(db)
    refused = cli("modules", "disable", "payments", "--all-platforms", "--dry-run", "--json")
    assert refused.code == 3  # the real run refuses it all
    skipping = cli("modules", "disable", "payments", "--all-platforms", "--skip-refused", "--dry-run")
    assert skipping.code == 0 and "would skip 1 refused platform" in skipping.out  # the real run: 0
    assert written(db) == before
    real = cli("modules", "disable", "payments", "--all-platforms", "--skip-refused")
    assert real.code == 0


def test_dry_run_json_lists_all_10000_platforms(cli: Any, db: Database) -> None:
    codes = add_platforms(db, 10_000)
    with db.sessions() as session:
        rows = session.scalar(select(func.count()).select_from(PlatformModule))
    audits = len(audit_entries(db))

    run = cli("modules", "enable", "orders", "--all-platforms", "--dry-run", "--json")

    assert run.code == 0
    doc = json.loads(run.out)  # exactly one document
    plan = doc["plan"]
    assert plan["truncated"] is False and plan["totals"]["changing"] == 10_000
    assert [p["platform"] for p in plan["platforms"]] == codes  # every platform, none left out
    assert all(
        [c["module"] for c in p["changes"]] == ["payments", "orders"] or
        [c["module"] for c in p["changes"]] == ["orders", "payments"]
        for p in plan["platforms"]
    )  # fmt: skip
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(PlatformModule)) == rows
    assert len(audit_entries(db)) == audits


# -- migrate upgrade|downgrade|plan|restore --dry-run ----------------------------------------------
def test_migrate_dry_runs(head: Database, tmp_path: Path) -> None:
    url = url_of(head)
    assert invoke(url, "migrate", "downgrade", "dev-tools@base", "--yes").code == 0
    codes = add_platforms(head, 2)
    assert invoke(url, "modules", "enable", "orders", "--platform", *codes).code == 0
    before, audits = schema(head), len(audit_entries(head))
    files = sorted(tmp_path.rglob("*"))

    up = invoke(url, "migrate", "upgrade", "--dry-run", "--json")
    assert up.code == 0 and up.doc["dry_run"] is True and up.doc["refusal"] is None
    assert [s["revision"] for s in up.doc["steps"]] == ["dev_tools_001"]
    assert up.doc["backup_first"] is head.is_sqlite
    db_up = invoke(url, "db", "upgrade", "--dry-run")
    assert db_up.code == 0 and "DRY RUN — nothing run" in db_up.out and "dev_tools_001" in db_up.out

    guarded = invoke(url, "migrate", "downgrade", "payments@base", "--dry-run", "--json")
    assert guarded.code == 3 and guarded.doc["refusal"]["code"] == "migrations.module_enabled"
    assert invoke(url, "migrate", "plan", "payments@base", "--downgrade").code == 3
    human = invoke(url, "migrate", "downgrade", "payments@base", "--dry-run")
    assert human.code == 3 and "REFUSED: downgrade refused" in human.out

    # Destructive: without --yes and without a terminal the run is refused; on a terminal it asks.
    plain = invoke(url, "migrate", "downgrade", "inventory@base", "--dry-run", "--json")
    assert plain.code == 3 and plain.doc["refusal"]["code"] == "migrations.destructive_unconfirmed"
    assert invoke(url, "migrate", "downgrade", "inventory@base", "--dry-run", "--yes").code == 0
    asked = invoke(url, "migrate", "downgrade", "inventory@base", "--dry-run", stdin=Terminal(""))
    assert asked.code == 0 and "a terminal would ask" in asked.out

    assert schema(head) == before and len(audit_entries(head)) == audits
    assert sorted(tmp_path.rglob("*")) == files  # no copy, no run marker


def test_migrate_dry_run_needs_migrations_run(head: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    url = url_of(head)
    assert invoke(url, "admin", "create-user", "op", "--role", "operator", stdin=PASSWORD + "\n").code == 0
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    run = invoke(url, "migrate", "upgrade", "--dry-run", "--json", user="op")
    assert run.code == 3 and run.error["code"] == "permission.denied"
    assert not [e for e in audit_entries(head) if e.action.startswith("migrations.")]


def test_upgrade_dry_run_of_a_missing_file_plans_an_empty_database_and_creates_nothing(
    tmp_path: Path,
) -> None:
    """The run would create the file and migrate it from nothing: the dry run says that plan."""
    path = tmp_path / "new" / "platform.db"
    for args in (["db", "upgrade"], ["migrate", "upgrade"]):
        run = invoke(f"sqlite:///{path}", *args, "--dry-run", "--json")
        assert run.code == 0, run.out + run.err
        steps = [s["revision"] for s in run.doc["steps"]]
        assert steps[0] == "framework_001" and "payments_001" in steps
        assert all(s["direction"] == "upgrade" for s in run.doc["steps"])
        assert not path.exists() and not path.parent.exists()
    human = invoke(f"sqlite:///{path}", "migrate", "upgrade", "--dry-run")
    assert human.code == 0 and "framework_001" in human.out and not path.exists()
    # A downgrade has nothing to start from: as its run, exit 2.
    down = invoke(f"sqlite:///{path}", "migrate", "downgrade", "payments@base", "--dry-run", "--json")
    assert down.code == 2 and down.error["code"] == "db.missing" and not path.exists()


def test_restore_dry_run(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'p.db'}")
    migrations.upgrade(db, "heads")
    url = url_of(db)
    assert invoke(url, "migrate", "downgrade", "dev-tools@base", "--yes").code == 0
    run = invoke(url, "migrate", "upgrade", "--json")
    backup = run.doc["backup_path"]
    before, audits = schema(db), len(audit_entries(db))
    dry = invoke(url, "migrate", "restore", backup, "--dry-run", "--json")
    assert dry.code == 0 and dry.doc["dry_run"] is True and dry.doc["verified"] is True
    assert schema(db) == before and len(audit_entries(db)) == audits
    assert not list(tmp_path.glob("*.pre-restore-*.bak"))
    missing = invoke(url, "migrate", "restore", str(tmp_path / "nosuch.bak"), "--dry-run")
    assert missing.code in (2, 3) and len(audit_entries(db)) == audits
    db.dispose()


# -- modules graph ---------------------------------------------------------------------------------
def test_graph_svg_png_dot(cli: Any, tmp_path: Path) -> None:
    codes = [m.code for m in default_registry()]
    svg = cli("modules", "graph", "--format", "svg")
    assert svg.code == 0
    root = ET.fromstring(svg.out)  # well-formed XML
    assert root.tag.endswith("svg")
    texts = {"".join(node.itertext()).strip() for node in root.iter() if node.tag.endswith("text")}
    assert set(codes) <= texts  # every module named (internal ones too: the CLI actor sees them)

    out = tmp_path / "graph.png"
    png = cli("modules", "graph", "--format", "png", "--out", str(out), "--json")
    assert png.code == 0 and png.doc["bytes"] == out.stat().st_size
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert 600 <= width <= 16_000 and 150 <= height <= 16_000

    # Written whole, by a rename: a reader of the file before sees all of the old one.
    out.write_bytes(b"old graph")
    with open(out, "rb") as before:
        again = cli("modules", "graph", "--format", "png", "--out", str(out))
        assert again.code == 0 and before.read() == b"old graph"
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    no_out = cli("modules", "graph", "--format", "png")
    assert no_out.code == 2 and no_out.out == "" and no_out.err.count("\n") == 1 and "--out" in no_out.err
    bad_dir = cli("modules", "graph", "--format", "svg", "--out", str(tmp_path / "no" / "x.svg"))
    assert bad_dir.code == 2 and "cannot write" in bad_dir.err
    for fmt in ("svg", "png", "dot"):  # a name longer than the file system takes: bad input, not a crash
        too_long = cli("modules", "graph", "--format", fmt, "--out", str(tmp_path / ("g" * 300)))
        assert too_long.code == 2 and too_long.err.count("\n") == 1, too_long.err
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []

    dot_file = tmp_path / "g.dot"
    assert cli("modules", "graph", "--format", "dot", "--out", str(dot_file)).code == 0
    assert dot_file.read_text().startswith("digraph modules {")
    assert '"billing" -> "payments";' in cli("modules", "graph", "--format", "dot").out


def test_graph_images_are_drawn_off_screen_even_with_a_display_set(tmp_path: Path) -> None:
    """QT_QPA_PLATFORM defaults to offscreen: a DISPLAY with no X server behind it (an ssh session
    that forwarded none) does not abort the command."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env |= {"DISPLAY": ":97", "PYTHONPATH": str(ROOT)}
    out = tmp_path / "graph.png"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "console.cli",
            "--db",
            f"sqlite:///{tmp_path / 'x.db'}",
            "modules",
            "graph",
            "--format",
            "png",
            "--out",
            str(out),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_graph_loads_qt_only_for_images(db: Database) -> None:
    """dot and JSON (and every other command) never import Qt; svg does."""
    probe = (
        "import io, sys; from console.cli import main; "
        "code = main(sys.argv[1:], stdout=io.StringIO()); "
        "print(code, 'PySide6' in sys.modules)"
    )
    for fmt, qt in (("dot", "False"), ("json", "False"), ("svg", "True")):
        done = subprocess.run(
            [sys.executable, "-c", probe, "--db", url_of(db), "modules", "graph", "--format", fmt],
            cwd=Path(__file__).resolve().parents[1],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.stdout.split() == ["0", qt], (fmt, done.stderr)
