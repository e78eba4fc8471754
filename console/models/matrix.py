"""Platforms x modules: which module is on where.

Lazy: the platform list (codes and names: cheap even for 10,000) is set at once, but rows
are exposed in pages of :data:`PAGE` through ``canFetchMore``/``fetchMore``, and the enabled
state of a page is asked for with :attr:`PlatformMatrixModel.states_needed` (the page loads
it off the GUI thread and hands it back with :meth:`set_states`). Cells not loaded yet
show an ellipsis.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from console.models.common import ENABLED_ROLE, USER_ROLE
from core.services.platforms import PlatformRef

PAGE = 200
SHOWN_TAGS = 2  # tags shown beside a platform's code (the first column stays narrow)
Index = QModelIndex | QPersistentModelIndex

ON_COLOR = QColor(46, 160, 67, 70)
CORE_COLOR = QColor(120, 120, 120, 45)


class PlatformMatrixModel(QAbstractTableModel):
    """Column 0 is the platform; columns 1.. are the modules, in registry order."""

    states_needed = Signal(list)  # platform codes whose state is not loaded yet

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._platforms: list[PlatformRef] = []
        self._modules: list[str] = []
        self._core: frozenset[str] = frozenset()
        self._states: dict[str, frozenset[str]] = {}
        self._tags: dict[str, tuple[str, ...]] = {}
        self._shown = 0
        self._on_brush = QBrush(ON_COLOR)
        self._core_brush = QBrush(CORE_COLOR)

    # -- content -------------------------------------------------------------------------
    def set_columns(self, modules: Sequence[str], core: Iterable[str] = ()) -> None:
        self.beginResetModel()
        self._modules = list(modules)
        self._core = frozenset(core)
        self.endResetModel()

    def set_platforms(
        self, platforms: Sequence[PlatformRef], states: Mapping[str, frozenset[str]] | None = None
    ) -> None:
        """A new platform list (a search): states kept for platforms still listed; ``states``,
        read with the list, replace the kept ones (their rows ask for nothing more)."""
        self.beginResetModel()
        self._platforms = list(platforms)
        keep = {p.code for p in self._platforms}
        if states is not None:
            self._states = dict(states)
        self._states = {c: s for c, s in self._states.items() if c in keep}
        self._shown = min(PAGE, len(self._platforms))
        self.endResetModel()
        self._ask(0, self._shown)

    def set_states(self, states: Mapping[str, frozenset[str]]) -> None:
        """Enabled modules per platform code (a loaded page, or a refresh)."""
        self._states.update(states)
        if not self._shown or not self._modules:
            return
        rows = [i for i, p in enumerate(self._platforms[: self._shown]) if p.code in states]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 1), self.index(max(rows), len(self._modules)))

    def set_tags(self, tags: Mapping[str, tuple[str, ...]]) -> None:
        """Every listed platform's tags (platform code -> tags; untagged platforms left out)."""
        self._tags = dict(tags)
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, 0))

    def update_tags(self, codes: Iterable[str], tags: Mapping[str, tuple[str, ...]], *, others: bool) -> None:
        """The tags of ``codes``, read again (those without tags left out of ``tags``); without
        ``others`` the tags of every other platform are forgotten too (read with their rows)."""
        wanted = set(codes)
        kept = {c: t for c, t in self._tags.items() if c not in wanted} if others else {}
        kept.update((c, t) for c, t in tags.items() if c in wanted)
        self._tags = kept
        rows = [i for i, p in enumerate(self._platforms[: self._shown]) if p.code in wanted]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0))

    def tags_of(self, platform: str) -> tuple[str, ...]:
        return self._tags.get(platform, ())

    def forget_states(self) -> None:
        self._states.clear()

    def _ask(self, start: int, end: int) -> None:
        missing = [p.code for p in self._platforms[start:end] if p.code not in self._states]
        if missing:
            self.states_needed.emit(missing)

    # -- lookups ---------------------------------------------------------------------------
    @property
    def modules(self) -> list[str]:
        return list(self._modules)

    def loaded_codes(self) -> list[str]:
        return [p.code for p in self._platforms[: self._shown]]

    def loaded_refs(self, codes: Iterable[str] | None = None) -> list[PlatformRef]:
        """The rows loaded so far (those of ``codes`` only, if given)."""
        rows = self._platforms[: self._shown]
        if codes is None:
            return list(rows)
        wanted = set(codes)
        return [p for p in rows if p.code in wanted]

    def platform_at(self, row: int) -> PlatformRef | None:
        return self._platforms[row] if 0 <= row < self._shown else None

    def module_at(self, column: int) -> str | None:
        return self._modules[column - 1] if 1 <= column <= len(self._modules) else None

    def column_of(self, module: str) -> int:
        return self._modules.index(module) + 1 if module in self._modules else -1

    def row_of(self, platform: str) -> int:
        for i, p in enumerate(self._platforms[: self._shown]):
            if p.code == platform:
                return i
        return -1

    def is_enabled(self, platform: str, module: str) -> bool | None:
        state = self._states.get(platform)
        return None if state is None else module in state

    def total_platforms(self) -> int:
        return len(self._platforms)

    # -- lazy rows ---------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._platforms)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        start = self._shown
        end = min(start + PAGE, len(self._platforms))
        if end <= start:
            return
        self.beginInsertRows(QModelIndex(), start, end - 1)
        self._shown = end
        self.endInsertRows()
        self._ask(start, end)

    # -- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self._modules)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                if section == 0:
                    return self.tr("Platform")
                if 1 <= section <= len(self._modules):
                    return self._modules[section - 1]
            if role == Qt.ItemDataRole.ToolTipRole and 1 <= section <= len(self._modules):
                return self.tr("Module {code}").format(code=self._modules[section - 1])
        elif role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._shown:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self._shown) or not (0 <= column <= len(self._modules)):
            return None
        platform = self._platforms[row]
        if column == 0:
            tags = self._tags.get(platform.code, ())
            if role == Qt.ItemDataRole.DisplayRole:
                if not tags:
                    return platform.code
                # A few tags beside the code; the tooltip has them all.
                more = f" +{len(tags) - SHOWN_TAGS}" if len(tags) > SHOWN_TAGS else ""
                return f"{platform.code} · {' '.join(tags[:SHOWN_TAGS])}{more}"
            if role == Qt.ItemDataRole.ToolTipRole:
                if tags:
                    return self.tr("{platform}: {name}\nTags: {tags}").format(
                        platform=platform.code, name=platform.name, tags=", ".join(tags)
                    )
                return f"{platform.code}: {platform.name}"
            if role == USER_ROLE:
                return platform.code
            return None
        module = self._modules[column - 1]
        state = self._states.get(platform.code)
        enabled = None if state is None else module in state
        if role == ENABLED_ROLE:
            return enabled
        if role == USER_ROLE:
            return module
        if role == Qt.ItemDataRole.DisplayRole:
            if enabled is None:
                return "…"
            return "✓" if enabled else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and enabled:
            return self._core_brush if module in self._core else self._on_brush
        if role == Qt.ItemDataRole.ToolTipRole:
            if enabled is None:
                return self.tr("loading…")
            text = (
                self.tr("{module} is enabled on {platform}")
                if enabled
                else self.tr("{module} is disabled on {platform}")
            )
            return text.format(module=module, platform=platform.code)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("on") if enabled else self.tr("off") if enabled is False else self.tr("loading")
            return f"{module} {platform.code} {state}"
        return None
