"""core.tabular: tab-separated text for the clipboard, CSV files written whole or not at all."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from core.tabular import CsvFile, one_line, spreadsheet_safe, tsv


def test_tsv_puts_each_row_on_one_line() -> None:
    text = tsv(["Code", "Name"], [["S1", "Tab\there"], ["S2", "two\r\nlines\u2028more"], ["S3", None]])
    assert text == "Code\tName\nS1\tTab here\nS2\ttwo  lines more\nS3\t\n"
    assert one_line("a\vb\fc\x85d") == "a b c d"


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+2", "'+1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-12.50", "-12.50"),
        ("+3", "+3"),
        ("EUR -1.00", "EUR -1.00"),
        ("", ""),
    ],
)
def test_a_cell_that_would_start_a_formula_is_shown_not_run(cell: str, written: str) -> None:
    assert spreadsheet_safe(cell) == written


def test_a_committed_file_is_complete_and_nothing_else_is_left(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with CsvFile(target, ["a", "b"]) as out:
        assert out.write([["1", "x,y"], ["2", "line\nbreak"]]) == 2
        assert not target.exists()  # only the temporary file beside it, until the commit
        out.commit()
    with target.open(newline="", encoding="utf-8") as handle:
        assert list(csv.reader(handle)) == [["a", "b"], ["1", "x,y"], ["2", "line\nbreak"]]
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_an_abandoned_export_leaves_the_old_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("the previous export\n", encoding="utf-8")
    with pytest.raises(RuntimeError), CsvFile(target, ["a"]) as out:
        out.write([["1"]] * 1000)
        raise RuntimeError("the database went away")
    with CsvFile(target, ["a"]) as out:
        out.write([["2"]])  # never committed
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_the_audit_csv_never_makes_a_formula_of_a_cell() -> None:
    """The audit export guards its cells as the lists' export does (CSV injection)."""
    import csv
    import io

    from core.audit_export import write_csv

    entry = {
        "id": 7,
        "at": "2026-12-03T10:00:00+00:00",
        "actor": "@admin:eve",
        "action": "merchants.suspend",
        "outcome": "ok",
        "error_code": None,
        "platforms": ["-lux"],
        "modules": [],
        "subject": '=HYPERLINK("http://evil.example","click")',
        "message": "+1 refund",
        "request": {"reason": "=cmd"},
        "plan": None,
    }
    out = io.StringIO(newline="")
    assert write_csv(iter([entry]), out) == 1
    header, row = list(csv.reader(io.StringIO(out.getvalue())))
    cells = dict(zip(header, row, strict=True))
    assert cells["subject"] == "'" + entry["subject"]
    assert cells["actor"] == "'@admin:eve" and cells["message"] == "'+1 refund"
    assert cells["platforms"] == "'-lux"
    assert cells["id"] == "7" and cells["request"] == '{"reason": "=cmd"}'  # starts with {: as it is
    assert not any(c.startswith(("=", "+", "-", "@")) for c in row)
