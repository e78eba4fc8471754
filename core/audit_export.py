"""The audit log exported as CSV or JSON: the console's "Export CSV…" and ``platformctl audit
export`` write the same columns through here.

Entries are read a page at a time (keyset, newest first) and written as they come: an export of a
million entries holds one page in memory, never the whole log.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any, TextIO

from core.services.audit import AuditFilter
from core.tabular import spreadsheet_safe

EXPORT_PAGE = 2000
COLUMNS = (
    "id",
    "at_utc",
    "at_local",
    "actor",
    "action",
    "outcome",
    "error_code",
    "platforms",
    "modules",
    "subject",
    "message",
    "request",
    "plan",
)
Fetch = Callable[[AuditFilter], list[dict[str, Any]]]  # one page of entry_to_dict() documents


def pages(fetch: Fetch, flt: AuditFilter, page: int = EXPORT_PAGE) -> Iterator[dict[str, Any]]:
    """Every entry matching ``flt`` (its ``limit`` ignored), newest first, a page per ``fetch``."""
    before = flt.before_id
    while True:
        entries = fetch(replace(flt, limit=page, before_id=before))
        yield from entries
        if len(entries) < page:
            return
        before = entries[-1]["id"]


def local_text(at: str) -> str:
    """An entry's time (ISO, UTC) in this machine's time zone, as the console shows it."""
    return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def record(entry: dict[str, Any]) -> dict[str, Any]:
    """One entry with the export's columns (JSON keeps lists and objects as they are)."""
    return {
        "id": entry["id"],
        "at_utc": entry["at"],
        "at_local": local_text(entry["at"]),
        "actor": entry["actor"],
        "action": entry["action"],
        "outcome": entry["outcome"],
        "error_code": entry["error_code"],
        "platforms": entry["platforms"],
        "modules": entry["modules"],
        "subject": entry["subject"],
        "message": entry["message"],
        "request": entry["request"],
        "plan": entry["plan"],
    }


def csv_row(entry: dict[str, Any]) -> list[Any]:
    """One entry as CSV cells; a text cell that a spreadsheet would run as a formula (``=``,
    ``+``, ``-``, ``@``) gets a leading apostrophe, as in the lists' CSV export."""
    r = record(entry)
    return [r["id"], *(spreadsheet_safe(str(cell)) for cell in _csv_texts(r))]


def _csv_texts(r: dict[str, Any]) -> list[Any]:
    return [
        r["at_utc"],
        r["at_local"],
        r["actor"],
        r["action"],
        r["outcome"],
        r["error_code"] or "",
        " ".join(r["platforms"]),
        " ".join(r["modules"]),
        r["subject"] or "",
        r["message"] or "",
        json.dumps(r["request"]),
        json.dumps(r["plan"]) if r["plan"] is not None else "",
    ]


def write_csv(entries: Iterator[dict[str, Any]], handle: TextIO) -> int:
    """A header and one row per entry; the number of entries written. ``handle`` is opened with
    ``newline=""`` (the csv module writes its own line ends)."""
    writer = csv.writer(handle)
    writer.writerow(COLUMNS)
    count = 0
    for entry in entries:
        writer.writerow(csv_row(entry))
        count += 1
    return count


def write_json(entries: Iterator[dict[str, Any]], handle: TextIO) -> int:
    """One JSON document ``{"entries": [...]}``, written entry by entry; the number written."""
    handle.write('{"entries": [')
    count = 0
    for entry in entries:
        handle.write(("," if count else "") + "\n  " + json.dumps(record(entry), default=str))
        count += 1
    handle.write("\n]}\n" if count else "]}\n")
    return count


WRITERS = {"csv": write_csv, "json": write_json}
