"""Rollouts, as :meth:`core.services.rollouts.RolloutService.list` returns them (newest first).

Rollouts are few (one per change that goes out in waves): the page reads a bounded list and this
model holds it whole; the state column is a badge (:mod:`console.widgets.badge_delegate`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from console.models.common import USER_ROLE
from console.models.rollout_texts import (
    change_text,
    progress_text,
    reason_text,
    state_text,
    time_text,
)
from console.models.table import Index, RowsTableModel
from console.widgets.badge_delegate import BADGE_ROLE

# A rollout's state and a wave's state: the tint of their badge and timeline segment.
STATE_TINTS = {
    "draft": "grey",
    "scheduled": "purple",
    "running": "blue",
    "baking": "blue",
    "waiting": "amber",
    "paused": "orange",
    "completed": "green",
    "rolled_back": "red",
    "aborted": "grey",
}
WAVE_TINTS = {
    "pending": "grey",
    "applied": "blue",
    "baking": "blue",
    "passed": "green",
    "failed": "red",
    "rolled_back": "purple",
}


class RolloutsModel(RowsTableModel[dict[str, Any]]):
    COLUMNS = ("id", "name", "change", "state", "progress", "created_by", "updated", "reason")
    KEY_COLUMNS = ("id", "state", "progress", "updated")  # never elided

    def __init__(self, parent: Any = None, *, module_name: Callable[[str], str] = str) -> None:
        super().__init__(parent)
        self.module_name = module_name
        self._headers = (
            self.tr("Id"),
            self.tr("Name"),
            self.tr("Change"),
            self.tr("State"),
            self.tr("Progress"),
            self.tr("Created by"),
            self.tr("Updated"),
            self.tr("Reason"),
        )

    def rollout(self, row: int) -> dict[str, Any] | None:
        return self.row_at(row)

    def row_of(self, rollout_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == rollout_id), -1)

    def replace(self, doc: dict[str, Any]) -> None:
        """Put a rollout read afresh (``show``) in place of its row, if it is listed."""
        row = self.row_of(doc["id"])
        if row >= 0:
            self._rows[row] = doc
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.is_cell(index):
            return None
        doc = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == USER_ROLE:
            return doc["id"]
        if role == BADGE_ROLE:
            return STATE_TINTS.get(doc["state"], "grey") if column == "state" else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "id":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.text(doc, column)

    def text(self, doc: dict[str, Any], column: str) -> str:
        if column == "id":
            return f"#{doc['id']}"
        if column == "name":
            return str(doc["name"])
        if column == "change":
            return change_text(doc["change"], self.module_name)
        if column == "state":
            return state_text(doc["state"])
        if column == "progress":
            return progress_text(doc)
        if column == "created_by":
            return str(doc.get("created_by") or "")
        if column == "updated":
            return time_text(doc.get("updated_at"))
        if column == "reason":
            return reason_text(doc.get("reason"), doc.get("gates") or ())
        return ""
