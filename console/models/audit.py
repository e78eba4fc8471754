"""Audit entries, newest first, paged by keyset (:class:`console.models.keyset.KeysetTableModel`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from console.models.common import local_time
from console.models.keyset import KeysetTableModel

PAGE_SIZE = 200


class AuditModel(KeysetTableModel[dict[str, Any]]):
    COLUMNS = ("at", "actor", "action", "outcome", "platforms", "modules", "message")
    KEY_COLUMNS = ("at", "actor", "action", "outcome")  # never elided

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Time"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Outcome"),
                self.tr("Platforms"),
                self.tr("Modules"),
                self.tr("Message"),
            ),
            parent,
        )
        self._outcome_brush = {
            "refused": QBrush(QColor(200, 120, 0)),
            "failed": QBrush(QColor(200, 40, 40)),
            "invalid": QBrush(QColor(200, 120, 0)),
        }

    def row_id(self, row: dict[str, Any]) -> int:
        return int(row["id"])

    def entry(self, row: int) -> dict[str, Any] | None:
        return self.row_at(row)

    def entries(self) -> list[dict[str, Any]]:
        return self.rows()

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == "outcome":
            return self._outcome_brush.get(row["outcome"])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_value(row, column)
        return None


def display_value(entry: dict[str, Any], column: str) -> str:
    if column == "at":
        return local_time(entry["at"])
    if column in ("platforms", "modules"):
        values = entry[column]
        shown = ", ".join(values[:5])
        return shown + (f" (+{len(values) - 5})" if len(values) > 5 else "")
    if column == "outcome":
        code = entry.get("error_code")
        outcome = outcome_name(entry["outcome"])
        return f"{outcome} ({code})" if code else outcome
    value = entry.get(column)
    return "" if value is None else str(value)


def outcome_name(outcome: str) -> str:
    """An entry's outcome in the interface's language (the stored code if it is a new one)."""
    names = {
        "succeeded": AuditModel.tr("succeeded"),
        "failed": AuditModel.tr("failed"),
        "refused": AuditModel.tr("refused"),
        "invalid": AuditModel.tr("invalid"),
    }
    return names.get(outcome, outcome)
