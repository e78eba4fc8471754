"""Rows of text for people and spreadsheets: tab-separated text for the clipboard, and CSV files
written whole or not at all.

A :class:`CsvFile` streams rows into a temporary file beside its target and renames it over the
target only on :meth:`CsvFile.commit`; :meth:`CsvFile.abort` (or leaving the ``with`` block
without committing) removes it, so a cancelled or failed export leaves no partial file. Nothing
here holds more than the rows it is given, so an export of a million rows stays flat in memory.
The console's table copy and export use this module; it imports no Qt.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Sequence

from core.atomic_file import AtomicFile

_BREAKS = re.compile(r"[\t\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
_NUMBER = re.compile(r"[+-]?[\d.,\s]+%?")
# A cell starting with one of these is a formula to a spreadsheet (CSV injection) ...
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def one_line(value: object) -> str:
    """``value`` as text on one line: tabs and line breaks become spaces (a cell of a TSV line)."""
    return _BREAKS.sub(" ", "" if value is None else str(value))


def tsv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A header line and one line per row, cells separated by tabs, each line ending with a newline."""
    lines = ["\t".join(one_line(c) for c in header)]
    lines += ["\t".join(one_line(c) for c in row) for row in rows]
    return "\n".join(lines) + "\n"


def spreadsheet_safe(text: str) -> str:
    """``text`` as a CSV cell a spreadsheet shows rather than runs: one that would start a
    formula gets a leading apostrophe; numbers (``-12.50``) stay as they are."""
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


class CsvFile(AtomicFile):
    """A CSV file being written: ``with CsvFile(path, header) as out: out.write(rows); out.commit()``.

    An :class:`core.atomic_file.AtomicFile`: the target appears only on commit, complete.
    """

    def __init__(self, target: str | os.PathLike[str], header: Sequence[str]) -> None:
        super().__init__(target)
        self._writer = csv.writer(self.file)
        self.rows = 0
        self._writer.writerow([spreadsheet_safe(str(h)) for h in header])

    def write(self, rows: Iterable[Sequence[object]]) -> int:
        """Append ``rows`` (cells as text); returns how many were written."""
        before = self.rows
        for row in rows:
            self._writer.writerow([spreadsheet_safe("" if c is None else str(c)) for c in row])
            self.rows += 1
        return self.rows - before
