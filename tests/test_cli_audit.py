"""platformctl audit list (keyset pages: --limit, --after, the JSON's next) and audit export (CSV
and JSON, standard output or --out written atomically), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from core.audit_export import COLUMNS, csv_row
from core.db import Database
from core.models import AuditEntry
from core.services.audit import AuditFilter, entry_to_dict, list_entries
from tests.cli_helpers import (  # noqa: F401 - the *_fixture names register fixtures
    cli_fixture,
    no_passwords_in_env_fixture,
)
from tests.foundation_helpers import PASSWORD, SYSTEM, make_user


@pytest.fixture
def seven(cli: Any) -> list[int]:
    """Seven audit entries (platforms created, one refused), newest first by id."""
    for n in range(6):
        assert cli("platforms", "create", f"p{n}", "--name", f"Platform {n}").code == 0
    assert cli("platforms", "create", "p0", "--name", "again").code == 3
    ids = [e["id"] for e in cli("audit", "list", "--json").doc["entries"]]
    assert len(ids) == 7
    return ids


def test_list_pages_with_the_cursor(cli: Any, seven: list[int]) -> None:
    seen: list[int] = []
    after: list[str] = []
    while True:
        doc = cli("audit", "list", "--limit", "3", "--json", *after).doc
        seen += [e["id"] for e in doc["entries"]]
        if doc["next"] is None:
            break
        after = ["--after", doc["next"]]
    assert seen == seven  # every entry once, newest first
    assert len(doc["entries"]) == 1  # the last page: 7 = 3 + 3 + 1, and next null on it


def test_a_full_last_page_has_no_next(cli: Any, seven: list[int]) -> None:
    assert cli("audit", "list", "--limit", "7", "--json").doc["next"] is None
    first = cli("audit", "list", "--limit", "6", "--json").doc
    assert first["next"] is not None
    last = cli("audit", "list", "--limit", "1", "--after", first["next"], "--json").doc
    assert [e["id"] for e in last["entries"]] == seven[6:] and last["next"] is None


def test_filters_page_too(cli: Any, seven: list[int]) -> None:
    doc = cli("audit", "list", "--platform", "p0", "--limit", "1", "--json").doc
    assert len(doc["entries"]) == 1 and doc["next"]
    rest = cli("audit", "list", "--platform", "p0", "--after", doc["next"], "--json").doc
    assert len(rest["entries"]) == 1 and rest["next"] is None
    assert {e["outcome"] for e in doc["entries"] + rest["entries"]} == {"succeeded", "refused"}


def test_the_human_list_says_where_more_follows(cli: Any, seven: list[int]) -> None:
    run = cli("audit", "list", "--limit", "2")
    assert run.code == 0 and run.out.startswith("ID")
    assert "more: --after " in run.err


@pytest.mark.parametrize(
    "cursor",
    [
        "nonsense",
        "%%%",
        "eyJ2IjogMX0",  # no id
        "eyJ2IjogIngiLCAiaWQiOiAxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDB9",  # id 10**30
        "eyJ2IjogIngiLCAiaWQiOiAtNX0",  # id -5
    ],
)
def test_a_bad_cursor_is_bad_input(cli: Any, seven: list[int], cursor: str) -> None:
    run = cli("audit", "list", "--after", cursor, "--json")
    assert run.code == 2 and run.error["code"] == "cursor.bad"


def _expected_rows(db: Database) -> list[list[str]]:
    with db.sessions() as session:
        entries = list_entries(session, SYSTEM, AuditFilter(limit=10_000))
        return [[str(c) for c in csv_row(entry_to_dict(e))] for e in entries]


def test_export_csv_to_stdout(cli: Any, db: Database, seven: list[int]) -> None:
    run = cli("audit", "export")
    assert run.code == 0 and "7 audit entries exported" in run.err
    rows = list(csv.reader(io.StringIO(run.out)))
    assert tuple(rows[0]) == COLUMNS
    assert rows[1:] == _expected_rows(db)


def test_export_json_to_stdout_is_one_document(cli: Any, seven: list[int]) -> None:
    run = cli("audit", "export", "--format", "json", "--json")
    assert run.code == 0
    entries = run.doc["entries"]
    assert [e["id"] for e in entries] == seven
    assert list(entries[0]) == list(COLUMNS)
    assert entries[-1]["platforms"] == ["p0"] and isinstance(entries[-1]["request"], dict)


def test_export_to_a_file(cli: Any, db: Database, seven: list[int], tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "audit.csv"
    out.write_text("old\n")
    run = cli("audit", "export", "--out", str(out), "--json")
    assert run.code == 0 and run.doc == {"exported": 7, "format": "csv", "path": str(out)}
    with open(out, newline="", encoding="utf-8") as handle:
        assert list(csv.reader(handle))[1:] == _expected_rows(db)
    assert [p.name for p in folder.iterdir()] == ["audit.csv"]  # no part file left
    as_json = folder / "audit.json"
    assert cli("audit", "export", "--format", "json", "--out", str(as_json)).code == 0
    assert len(json.loads(as_json.read_text())["entries"]) == 7


def test_export_pages_through_more_than_a_page(cli: Any, db: Database, seven: list[int]) -> None:
    from core import audit_export

    calls: list[int] = []

    def fetch(flt: AuditFilter) -> list[dict[str, Any]]:
        calls.append(flt.limit)
        with db.sessions() as session:
            return [entry_to_dict(e) for e in list_entries(session, SYSTEM, flt)]

    ids = [e["id"] for e in audit_export.pages(fetch, AuditFilter(), page=3)]
    assert ids == seven and calls == [3, 3, 3]


def test_export_filters_and_roles(
    cli: Any, db: Database, seven: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    run = cli("audit", "export", "--format", "json", "--platform", "p1", "--json")
    assert [e["platforms"] for e in run.doc["entries"]] == [["p1"]]
    make_user(db, "desk", "support")
    monkeypatch.setenv("PLATFORM_PASSWORD", PASSWORD)
    support = cli("audit", "export", "--format", "json", "--json", user="desk")
    assert support.code == 0 and support.doc["entries"] == []  # platform entries are not support's
    with db.sessions() as session:
        before = session.query(AuditEntry).count()
    assert cli("audit", "export", "--format", "json", "--json", user="desk").code == 0
    with db.sessions() as session:
        assert session.query(AuditEntry).count() == before  # an export is a read


@pytest.mark.parametrize(
    "args",
    [
        ["audit", "export", "--out", "/nonexistent/dir/audit.csv", "--json"],
        ["audit", "export", "--out", "", "--json"],
        ["audit", "export", "--out", "/tmp", "--json"],
        ["audit", "export", "--json"],  # CSV on stdout is not one JSON document
        ["audit", "export", "--format", "xml", "--json"],
    ],
)
def test_export_bad_input_is_one_clear_line(cli: Any, seven: list[int], args: list[str]) -> None:
    run = cli(*args)
    assert run.code == 2, run.err
    assert run.err.count("\n") == 1 and run.doc["error"]["code"]
