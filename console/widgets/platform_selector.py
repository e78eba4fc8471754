"""Choose one, several or all platforms out of many (10,000+): search, check, "All"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.widgets._text import arg
from console.widgets.theme import icon

ModelIndex = QModelIndex | QPersistentModelIndex


class PlatformListModel(QAbstractListModel):
    """Platforms as a checkable list, filtered inside the model over pre-lowered strings."""

    check_changed = Signal()

    def __init__(self, parent: QObject | None = None, *, single: bool = False) -> None:
        super().__init__(parent)
        self._codes: list[str] = []
        self._names: list[str] = []
        self._keys: list[str] = []
        self._rows: list[int] = []
        self._checked: set[int] = set()
        self._needle = ""
        self._single = single

    # -- data ------------------------------------------------------------------------------
    def set_platforms(self, items: Sequence[tuple[str, str]]) -> None:
        """Replace the platforms; codes that stay keep their check mark."""
        kept = {self._codes[i] for i in self._checked}
        self.beginResetModel()
        self._codes = [code for code, _ in items]
        self._names = [name for _, name in items]
        self._keys = [f"{code}\n{name}".lower() for code, name in items]
        self._checked = {i for i, code in enumerate(self._codes) if code in kept}
        self._rows = self._filter_rows(range(len(self._codes)), self._needle)
        self.endResetModel()

    def platforms(self) -> list[tuple[str, str]]:
        return list(zip(self._codes, self._names, strict=True))

    def total(self) -> int:
        return len(self._codes)

    def shown(self) -> int:
        return len(self._rows)

    def code_at(self, row: int) -> str:
        return self._codes[self._rows[row]]

    # -- filter ----------------------------------------------------------------------------
    def filter_text(self) -> str:
        return self._needle

    def set_filter(self, text: str) -> None:
        needle = text.strip().lower()
        if needle == self._needle:
            return
        # Narrowing a search only needs to look at what matched before.
        source = self._rows if self._needle and self._needle in needle else range(len(self._codes))
        self.beginResetModel()
        self._needle = needle
        self._rows = self._filter_rows(source, needle)
        self.endResetModel()

    def _filter_rows(self, source: Iterable[int], needle: str) -> list[int]:
        if not needle:
            return list(source)
        keys = self._keys
        return [i for i in source if needle in keys[i]]

    # -- checks ----------------------------------------------------------------------------
    def checked_codes(self) -> list[str]:
        return [self._codes[i] for i in sorted(self._checked)]

    def checked_count(self) -> int:
        return len(self._checked)

    def set_checked_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        checked = {i for i, code in enumerate(self._codes) if code in wanted}
        if self._single and len(checked) > 1:
            checked = {min(checked)}
        if checked != self._checked:
            self._checked = checked
            self._all_changed()

    def toggle_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            index = self._rows[row]
            self._set_checked(index, index not in self._checked)

    def check_shown(self, checked: bool = True) -> None:
        """Check (or uncheck) every row the filter shows."""
        if self._single:
            return
        before = set(self._checked)
        if checked:
            self._checked.update(self._rows)
        else:
            self._checked.difference_update(self._rows)
        if before != self._checked:
            self._all_changed()

    def clear_checks(self) -> None:
        if self._checked:
            self._checked = set()
            self._all_changed()

    def _set_checked(self, index: int, checked: bool) -> None:
        if checked == (index in self._checked):
            return
        if checked and self._single and self._checked:
            self._checked = {index}
            self._all_changed()
            return
        if checked:
            self._checked.add(index)
        else:
            self._checked.discard(index)
        try:
            row = self._rows.index(index)
        except ValueError:
            row = -1
        if row >= 0:
            changed = self.index(row, 0)
            self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.CheckStateRole])
        self.check_changed.emit()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole]
            )
        self.check_changed.emit()

    # -- the model ------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Checked by a click anywhere on the row or Space (see _PlatformListView), not the indicator only.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        i = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            code, name = self._codes[i], self._names[i]
            return f"{code} — {name}" if name and name != code else code
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if i in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._names[i] or self._codes[i]
        if role == Qt.ItemDataRole.UserRole:
            return self._codes[i]
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.row() >= len(self._rows):
            return False
        state = value.value if hasattr(value, "value") else value
        self._set_checked(self._rows[index.row()], state == Qt.CheckState.Checked.value)
        return True


class _PlatformListView(QListView):
    """A click on a row, or Space / Enter, toggles its check mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clicked.connect(self._toggle)

    def _toggle(self, index: QModelIndex) -> None:
        model = self.model()
        if isinstance(model, PlatformListModel) and index.isValid():
            model.toggle_row(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select):
            index = self.currentIndex()
            if index.isValid():
                self._toggle(index)
                event.accept()
                return
        super().keyPressEvent(event)


class PlatformSelector(QWidget):
    """Pick platforms: ``selected()`` is a list of codes, or None for "all platforms"."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, multi: bool = True, allow_all: bool = True) -> None:
        super().__init__(parent)
        self._multi = multi
        self._model = PlatformListModel(self, single=not multi)
        self._model.check_changed.connect(self._checks_changed)

        self._search = QLineEdit(self)
        self._search.setPlaceholderText(self.tr("Search platforms by code or name"))
        self._search.setClearButtonEnabled(True)
        self._search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search.setAccessibleName(self.tr("Search platforms"))
        self._search.textChanged.connect(self._search_changed)

        self._all = QCheckBox(self.tr("&All platforms"), self)
        self._all.setToolTip(self.tr("Every platform, including platforms created later"))
        self._all.toggled.connect(self._all_toggled)
        self._all.setVisible(allow_all and multi)

        self._view = _PlatformListView(self)
        self._view.setModel(self._model)
        self._view.setUniformItemSizes(True)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setAccessibleName(self.tr("Platforms"))

        self._check_shown = QPushButton(self.tr("Check shown"), self)
        self._check_shown.setToolTip(self.tr("Check every platform the search shows"))
        self._check_shown.clicked.connect(lambda: self._model.check_shown(True))
        self._clear = QPushButton(self.tr("Clear"), self)
        self._clear.setToolTip(self.tr("Uncheck every platform"))
        self._clear.clicked.connect(self._model.clear_checks)
        self._check_shown.setVisible(multi)
        self._count = QLabel(self)
        self._count.setProperty("role", "muted")

        top = QHBoxLayout()
        top.addWidget(self._search, 1)
        top.addWidget(self._all)
        bottom = QHBoxLayout()
        bottom.addWidget(self._count, 1)
        bottom.addWidget(self._check_shown)
        bottom.addWidget(self._clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self._view, 1)
        layout.addLayout(bottom)
        self._update_count()

    # -- API -------------------------------------------------------------------------------
    @property
    def model(self) -> PlatformListModel:
        return self._model

    @property
    def view(self) -> QListView:
        return self._view

    @property
    def search_edit(self) -> QLineEdit:
        return self._search

    @property
    def all_checkbox(self) -> QCheckBox:
        return self._all

    @property
    def count_label(self) -> QLabel:
        return self._count

    def set_platforms(self, items: Sequence[tuple[str, str]]) -> None:
        """The platforms to choose from, as ``(code, name)``; checked codes that remain stay checked."""
        before = self.selected()
        self._model.set_platforms(items)
        self._update_count()
        if self.selected() != before:
            self.selection_changed.emit()

    def platforms(self) -> list[tuple[str, str]]:
        return self._model.platforms()

    def selected(self) -> list[str] | None:
        """The checked codes in list order, or None when "All platforms" is checked."""
        if self._all.isChecked() and self._all.isVisibleTo(self):
            return None
        return self._model.checked_codes()

    def set_selected(self, codes: Iterable[str] | None) -> None:
        """Check exactly ``codes``; None checks "All platforms" (when allowed)."""
        if codes is None:
            self._all.setChecked(True)
            return
        with _Batch(self):
            self._all.setChecked(False)
            self._model.set_checked_codes(codes)

    def is_all(self) -> bool:
        return self.selected() is None

    def set_all(self, on: bool) -> None:
        self._all.setChecked(on)

    def set_filter_text(self, text: str) -> None:
        self._search.setText(text)

    def count_text(self) -> str:
        return self._count.text()

    # -- internals -------------------------------------------------------------------------
    _batching = False

    def _search_changed(self, text: str) -> None:
        self._model.set_filter(text)
        self._update_count()

    def _all_toggled(self, on: bool) -> None:
        self._view.setEnabled(not on)
        self._check_shown.setEnabled(not on)
        self._clear.setEnabled(not on)
        self._update_count()
        if not self._batching:
            self.selection_changed.emit()

    def _checks_changed(self) -> None:
        self._update_count()
        if not self._batching:
            self.selection_changed.emit()

    def _update_count(self) -> None:
        locale = self.locale()
        total = self._model.total()
        if self.selected() is None:
            text = arg(self.tr("All %1 platforms selected"), locale.toString(total))
        elif self._model.filter_text():
            text = arg(
                self.tr("%1 of %2 selected, %3 shown"),
                locale.toString(self._model.checked_count()),
                locale.toString(total),
                locale.toString(self._model.shown()),
            )
        else:
            text = arg(
                self.tr("%1 of %2 selected"),
                locale.toString(self._model.checked_count()),
                locale.toString(total),
            )
        self._count.setText(text)


class _Batch:
    """Group several changes into one ``selection_changed``."""

    def __init__(self, selector: PlatformSelector) -> None:
        self._selector = selector
        self._before: list[str] | None = None

    def __enter__(self) -> None:
        self._before = self._selector.selected()
        self._selector._batching = True

    def __exit__(self, *_exc: object) -> None:
        self._selector._batching = False
        self._selector._update_count()
        if self._selector.selected() != self._before:
            self._selector.selection_changed.emit()
