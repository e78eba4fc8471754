"""Item models of the migrations page: branches, the steps of a plan, registry drift.

They hold plain results of :class:`core.services.migration_service.MigrationService` (frozen
dataclasses) and never touch the database; the page loads them off the GUI thread. What the page
says about them is in :mod:`console.models.migration_texts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from console.locale_text import counted, number
from console.models.common import USER_ROLE
from console.models.table import Index, RowsTableModel

if TYPE_CHECKING:  # core.migrations imports Alembic: only when the page first loads
    from core.migrations import PlanStep
    from core.services.migration_service import BranchRow, DriftRow

_WARN = QColor(176, 96, 0)
_ERROR = QColor(198, 40, 40)
_OK = QColor(46, 125, 50)
_DIM = QColor(128, 128, 128)


class BranchStatusModel(RowsTableModel[Any]):
    """Branch, module, current, head, pending (count and messages), enabled-on count."""

    COLUMNS = ("branch", "module", "current", "head", "pending", "enabled_on")
    KEY_COLUMNS = ("branch", "module", "current", "head", "enabled_on")  # never elided

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Branch"),
            self.tr("Module"),
            self.tr("Installed"),
            self.tr("Latest"),
            self.tr("Pending"),
            self.tr("Enabled on"),
        )

    def set_branches(self, rows: Sequence[BranchRow]) -> None:
        self.set_rows(rows)

    def row_of(self, branch: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.branch == branch), -1)

    def pending_text(self, row: BranchRow) -> str:
        if row.drift:
            return self.tr("unknown to this code: {revisions}").format(revisions=", ".join(row.unknown))
        if not row.pending:
            return self.tr("up to date")
        messages = "; ".join(f"{r.revision} {r.message}" for r in row.pending)
        return self.tr("%Ln to run: {messages}", "", len(row.pending)).format(messages=messages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.is_cell(index):
            return None
        row: BranchRow = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == USER_ROLE:
            return row.branch
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.drift:
                return QBrush(_ERROR)
            if column == "pending":
                return QBrush(_WARN) if row.pending else QBrush(_OK)
            if column == "current" and row.current is None:
                return QBrush(_DIM)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == "pending" and row.pending:
            return "\n".join(f"{r.revision}: {r.message}" for r in row.pending)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "branch":
            return row.branch
        if column == "module":
            return row.module or self.tr("(unknown)")
        if column == "current":
            return row.current or self.tr("none")
        if column == "head":
            return row.head or self.tr("(not in this code)")
        if column == "pending":
            return self.pending_text(row)
        if column == "enabled_on":
            if row.enabled_on is None:
                return "—"
            return counted(self.tr("%Ln platform(s)", "", row.enabled_on), row.enabled_on)
        return None


class PlanStepModel(RowsTableModel[Any]):
    """The ordered revisions of a plan, their destructive statements and, during a run, their state."""

    COLUMNS = ("index", "revision", "branch", "message", "destructive", "state")
    KEY_COLUMNS = ("index", "revision", "branch", "state")
    PENDING, RUNNING, APPLIED, FAILED, KEPT, ROLLED_BACK = (
        "pending",
        "running",
        "applied",
        "failed",
        "kept",
        "rolled_back",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._states: list[str] = []
        self._headers = (
            "#",
            self.tr("Revision"),
            self.tr("Branch"),
            self.tr("Message"),
            self.tr("Destructive"),
            self.tr("State"),
        )
        self._state_names = {
            self.PENDING: "",
            self.RUNNING: self.tr("running…"),
            self.APPLIED: self.tr("applied"),
            self.FAILED: self.tr("failed here"),
            self.KEPT: self.tr("applied (kept)"),
            self.ROLLED_BACK: self.tr("rolled back"),
        }

    def set_steps(self, steps: Sequence[PlanStep]) -> None:
        self._states = [self.PENDING] * len(steps)
        self.set_rows(steps)

    def state(self, row: int) -> str:
        return self._states[row] if 0 <= row < len(self._states) else ""

    def set_state(self, row: int, state: str) -> None:
        if 0 <= row < len(self._states):
            self._states[row] = state
            column = self.COLUMNS.index("state")
            self.dataChanged.emit(self.index(row, 0), self.index(row, column))

    def row_of(self, revision: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.revision == revision), -1)

    def mark_running(self, row: int) -> PlanStep | None:
        """The step at ``row`` runs now (None: the plan has no such row: the run is over)."""
        if row >= len(self._rows):
            return None
        self.set_state(row, self.RUNNING)
        return self._rows[row]

    def mark_applied(self, revision: str, index: int) -> None:
        """``revision``, the ``index``-th applied (from 1), is done."""
        row = self.row_of(revision)
        self.set_state(row if row >= 0 else index - 1, self.APPLIED)

    def mark_failed(self, details: dict[str, Any]) -> None:
        """The run failed (``details`` of :class:`core.migrations.MigrationFailed`): the revision it
        failed in, and what became of those that ran before it (rolled back, kept or pending)."""
        applied = details.get("applied") or []
        for row, step in enumerate(self._rows):
            if step.revision == details.get("revision"):
                self.set_state(row, self.FAILED)
            elif self._states[row] in (self.APPLIED, self.RUNNING):
                if details.get("rolled_back"):
                    self.set_state(row, self.ROLLED_BACK)
                else:
                    self.set_state(row, self.KEPT if step.revision in applied else self.PENDING)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.is_cell(index):
            return None
        step: PlanStep = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        state = self._states[index.row()]
        if role == USER_ROLE:
            return step.revision
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "destructive" and step.destructive:
                return QBrush(_ERROR)
            if column == "state":
                return {
                    self.APPLIED: QBrush(_OK),
                    self.KEPT: QBrush(_WARN),
                    self.FAILED: QBrush(_ERROR),
                    self.ROLLED_BACK: QBrush(_WARN),
                }.get(state)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == "destructive" and step.destructive:
            return "\n".join(step.destructive)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "index":
            return str(index.row() + 1)
        if column in ("revision", "branch", "message"):
            return str(getattr(step, column))
        if column == "destructive":
            if not step.destructive:
                return ""
            statements = " ".join(s if s.endswith(";") else f"{s};" for s in step.destructive)
            return self.tr("DESTRUCTIVE: {statements}").format(statements=statements)
        if column == "state":
            return self._state_names.get(state, state)
        return None


class DriftModel(RowsTableModel[Any]):
    """Registry drift rows: the kind, the module, on how many platforms, and what repair does."""

    COLUMNS = ("kind", "module", "platforms", "examples", "repair")
    KEY_COLUMNS = ("kind", "module", "platforms")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Problem"),
            self.tr("Module"),
            self.tr("Platforms"),
            self.tr("For example"),
            self.tr("Repair"),
        )

    def repair_text(self, row: DriftRow) -> str:
        if row.kind == "core_missing":
            return self.tr("enable the core module")
        if row.replacement:
            return self.tr("rename to {module}").format(module=row.replacement)
        return self.tr("none: no module replaces it (left as is)")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.is_cell(index):
            return None
        row: DriftRow = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == USER_ROLE:
            return row.module
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.message
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if row.repairable else QBrush(_DIM)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "kind":
            if row.kind == "core_missing":
                return self.tr("core module missing")
            return self.tr("unknown module")
        if column == "module":
            return row.module
        if column == "platforms":
            return number(row.platform_count)
        if column == "examples":
            more = row.platform_count - len(row.platforms)
            text = ", ".join(row.platforms)
            if more <= 0:
                return text
            return counted(self.tr("{platforms} and %Ln more", "", more), more).format(platforms=text)
        if column == "repair":
            return self.repair_text(row)
        return None
