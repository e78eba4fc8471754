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
