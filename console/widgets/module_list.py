"""The module list of the modules page: the modules by tier, a header row spanning the table above
each tier's modules; one module is selected at a time.

Widgets only: the page reads the modules the actor may see off the GUI thread and hands them in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from console.models.common import measured
from console.models.modules import ModuleListModel
from console.widgets.page_parts import row_table
from console.widgets.tables import fit_key_columns
from core.definition import ModuleDefinition
from core.registry import ModuleRegistry


class ModuleList(QTableView):
    def __init__(self, registry: ModuleRegistry) -> None:
        super().__init__()
        self.modules = ModuleListModel(registry, self)
        row_table("moduleTable", self.modules, (13, 21, 8, 12, 13, 19), self, label=self.tr("Modules"))
        # Codes, names (longer in French: "Place de marché (Letzshop)"), versions and what a module
        # requires or is required by: whole, at any font and in any language.
        fit_key_columns(self, {column: measured for column in (0, 1, 2, 3, 4)})
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def set_modules(self, modules: Sequence[ModuleDefinition]) -> bool:
        """Show ``modules`` (False: the same modules are shown already, nothing changed)."""
        if [m.code for m in modules] == [m.code for m in self.modules.modules()]:
            return False
        self.modules.set_modules(list(modules))
        for row in self.modules.header_rows():
            self.setSpan(row, 0, 1, self.modules.columnCount())
        return True

    def selected(self) -> ModuleDefinition | None:
        index = self.currentIndex()
        return self.modules.module_at(index.row()) if index.isValid() else None

    def select(self, code: str) -> None:
        row = self.modules.row_of(code)
        if row >= 0:
            self.selectRow(row)
            self.setCurrentIndex(self.modules.index(row, 0))

    def module_at(self, pos: QPoint) -> ModuleDefinition | None:
        """The module of the row at ``pos`` (None: a tier's header row, or no row)."""
        index = self.indexAt(pos)
        return self.modules.module_at(index.row()) if index.isValid() else None
