"""The module list, grouped by tier (one header row per tier, then its modules), and what the
modules page says of a change applied."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from console.locale_text import counted
from console.models.common import KIND_ROLE, USER_ROLE
from console.models.table import Index, RowsTableModel
from console.widgets.impact_preview import plan_headline
from console.widgets.module_texts import module_text
from core.definition import ModuleDefinition, ModuleTier
from core.registry import ModuleRegistry

if TYPE_CHECKING:
    from core.services.module_service import ApplyResult

TIER_ORDER = (ModuleTier.CORE, ModuleTier.OPTIONAL, ModuleTier.INTERNAL)


@dataclass(frozen=True)
class _Row:
    tier: ModuleTier
    module: ModuleDefinition | None  # None: the tier's header row
    count: int = 0


class ModuleListModel(RowsTableModel[_Row]):
    COLUMNS = ("code", "name", "version", "requires", "required_by", "permissions", "description")

    def __init__(self, registry: ModuleRegistry, parent: Any = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self._headers = (
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Version"),
            self.tr("Requires"),
            self.tr("Required by"),
            self.tr("Permissions"),
            self.tr("Description"),
        )
        self._tier_names = {
            ModuleTier.CORE: self.tr("Core — always on"),
            ModuleTier.OPTIONAL: self.tr("Optional"),
            ModuleTier.INTERNAL: self.tr("Internal — staff only"),
        }
        self._bold = QFont()
        self._bold.setBold(True)

    def set_modules(self, modules: list[ModuleDefinition]) -> None:
        self.beginResetModel()
        rows: list[_Row] = []
        for tier in TIER_ORDER:
            members = [m for m in modules if m.tier is tier]
            if not members:
                continue
            rows.append(_Row(tier, None, len(members)))
            rows.extend(_Row(tier, m) for m in members)
        self._rows = rows
        self.endResetModel()

    # -- lookups -------------------------------------------------------------------------
    def module_at(self, row: int) -> ModuleDefinition | None:
        return self._rows[row].module if 0 <= row < len(self._rows) else None

    def row_of(self, code: str) -> int:
        for i, r in enumerate(self._rows):
            if r.module is not None and r.module.code == code:
                return i
        return -1

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].module is None

    def header_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.module is None]

    def modules(self) -> list[ModuleDefinition]:
        return [r.module for r in self._rows if r.module is not None]

    # -- QAbstractTableModel ---------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].module is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.is_cell(index):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == KIND_ROLE:
            return "header" if row.module is None else "module"
        if row.module is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{self._tier_names[row.tier]} ({row.count})"
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == USER_ROLE:
                return row.tier.value
            return None
        module = row.module
        if role == USER_ROLE:
            return module.code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._value(module, column)
            if role == Qt.ItemDataRole.ToolTipRole and column == "description":
                return module_text(module.description)
            return value
        if role == Qt.ItemDataRole.FontRole and column == "code":
            return self._bold
        return None

    def _value(self, module: ModuleDefinition, column: str) -> str:
        if column in ("code", "version"):
            return str(getattr(module, column))
        if column in ("name", "description"):
            return module_text(getattr(module, column))
        if column == "requires":
            return ", ".join(module.requires)
        if column == "required_by":
            return ", ".join(self.registry.required_by(module.code))
        if column == "permissions":
            return ", ".join(p.code for p in module.permissions)
        return ""


def outcome_text(result: ApplyResult) -> str:
    """What a change applied did: its headline, the platforms changed and those skipped (in the
    translation context of :class:`ModuleListModel`)."""
    applied = len(result.applied)
    text = ModuleListModel.tr("Done: {headline}").format(headline=plan_headline(result.plan))
    text += "\n" + counted(ModuleListModel.tr("%Ln platform(s) changed.", "", applied), applied)
    if result.skipped:
        skipped = len(result.skipped)
        text += " " + counted(ModuleListModel.tr("%Ln refused platform(s) skipped.", "", skipped), skipped)
    return text
