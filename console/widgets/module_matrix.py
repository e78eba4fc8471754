"""The platforms x modules matrix of the modules page (a line saying what it shows, and the table:
a row per platform, a column per module, the platform column frozen in sight), and the target
platforms of Enable / Disable beside it.

Widgets only: the page loads the platforms and their states off the GUI thread into
:attr:`PlatformMatrix.model` (which asks for the states of the rows it shows).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.locale_text import counted
from console.models.common import measured
from console.models.matrix import PlatformMatrixModel
from console.widgets._text import chars
from console.widgets.page_parts import wrapped_label
from console.widgets.platform_selector import PlatformSelector
from console.widgets.tables import cell_padding, fit_key_columns, freeze_first_column, row_height_for
from core.services.platform_tags import split_tags
from core.services.platforms import PlatformRef


class PlatformMatrix(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = wrapped_label("matrixLabel")  # a long line would widen the window past 1280 px
        header = QHBoxLayout()
        header.addWidget(self.label, 1)
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setAccessibleName(self.tr("Show the platforms with this tag"))
        self.tag_filter.setToolTip(self.tr("Show only the platforms with this tag"))
        self.tag_filter.addItem(self.tr("All tags"), "")
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        header.addWidget(self.tag_filter)
        self.edit_tags = QPushButton(self.tr("Edit tags…"))
        self.edit_tags.setObjectName("editTags")
        self.edit_tags.setToolTip(self.tr("Edit the tags of the platform of the current row"))
        header.addWidget(self.edit_tags)
        layout.addLayout(header)
        self.model = PlatformMatrixModel(self)
        self.view = view = QTableView()
        view.setObjectName("matrix")
        view.setAccessibleName(self.tr("Modules by platform"))
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(row_height_for(view))
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._codes = fit_key_columns(view, {0: measured})  # platform codes, whole
        freeze_first_column(view)  # the platform stays in sight beside any module's cell
        layout.addWidget(view, 1)

    def set_modules(self, codes: Sequence[str], core: Sequence[str]) -> None:
        """A column per module (``core``: those always on), each as wide as its code."""
        self.model.set_columns(list(codes), list(core))
        metrics = QFontMetrics(self.view.horizontalHeader().font())
        self.view.setColumnWidth(0, chars(self.view, 14))
        self._codes.fit()
        pad = 2 * metrics.averageCharWidth() + cell_padding(self.view)
        for column, code in enumerate(codes, start=1):
            width = metrics.horizontalAdvance(code) + pad
            self.view.setColumnWidth(column, max(chars(self.view, 5.5), width))

    def cell(self, index: QModelIndex) -> tuple[str, str] | None:
        """The (platform, module) of a cell; None outside the module columns."""
        if not index.isValid():
            return None
        ref = self.model.platform_at(index.row())
        module = self.model.module_at(index.column())
        return (ref.code, module) if ref and module else None

    def selected_platforms(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        return [ref.code for r in rows if (ref := self.model.platform_at(r)) is not None]

    def toggle_targets(self, platform: str, module: str) -> tuple[list[str], list[str]]:
        """Where ``module`` is off and where it is on, among the selected platforms (or ``platform``
        alone when it is not selected): what to offer to enable, and to disable."""
        platforms = self.selected_platforms()
        if platform not in platforms:
            platforms = [platform]
        states = {p: self.model.is_enabled(p, module) for p in platforms}
        return [p for p, on in states.items() if on is False], [p for p, on in states.items() if on is True]

    def where(self, platforms: Sequence[str]) -> str:
        """A platform's code, or how many are selected."""
        if len(platforms) == 1:
            return platforms[0]
        return counted(self.tr("%Ln selected platform(s)", "", len(platforms)), len(platforms))

    def current_platform(self) -> str:
        """The platform of the current row (what the Configuration tab edits)."""
        index = self.view.currentIndex()
        ref = self.model.platform_at(index.row()) if index.isValid() else None
        return ref.code if ref else ""

    def show_platform(self, platform: str, module: str) -> None:
        """Make ``platform``'s cell of ``module`` the current one, if the platform is loaded."""
        row = self.model.row_of(platform)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, self.model.column_of(module)))

    def set_known_tags(self, tags: Sequence[str]) -> None:
        """The tags the filter offers (those in use); the chosen one stays chosen."""
        chosen = self.chosen_tag()
        self.tag_filter.blockSignals(True)
        while self.tag_filter.count() > 1:
            self.tag_filter.removeItem(1)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        if chosen and chosen not in tags:
            self.tag_filter.addItem(chosen, chosen)  # still filtering by it: no platform has it now
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(chosen)))
        self.tag_filter.blockSignals(False)

    def chosen_tag(self) -> str:
        """The tag the list is filtered by ("" for all platforms)."""
        return str(self.tag_filter.currentData() or "")

    def choose_tag(self, tag: str) -> None:
        index = self.tag_filter.findData(tag)
        if index < 0:
            self.tag_filter.addItem(tag, tag)
            index = self.tag_filter.count() - 1
        self.tag_filter.setCurrentIndex(index)

    def current_ref(self) -> PlatformRef | None:
        index = self.view.currentIndex()
        return self.model.platform_at(index.row()) if index.isValid() else None

    def say(self, search: str, can_toggle: bool, tag: str = "") -> None:
        """How many platforms the matrix holds (matching ``search``, with ``tag``), and how to
        change a cell."""
        total = self.model.total_platforms()
        if search and tag:
            text = self.tr(
                "<b>Platforms \u00d7 modules</b> — %Ln platform(s) matching “{search}” with the tag “{tag}”",
                "",
                total,
            )
        elif tag:
            text = self.tr(
                "<b>Platforms \u00d7 modules</b> — %Ln platform(s) with the tag “{tag}”", "", total
            )
        elif search:
            text = self.tr("<b>Platforms \u00d7 modules</b> — %Ln platform(s) matching “{search}”", "", total)
        else:
            text = self.tr("<b>Platforms \u00d7 modules</b> — %Ln platform(s)", "", total)
        text = counted(text, total).format(search=search, tag=tag)
        if can_toggle:
            text += " · " + self.tr("double-click a cell to toggle, right-click for more")
        self.label.setText(text)


class TargetPlatforms(QWidget):
    """The target platforms of Enable / Disable: a searchable platform list with "All platforms",
    plus the platforms with some tags (the union with those checked) less those with others."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Target platforms</b> of Enable / Disable")))
        self.selector = PlatformSelector(self, multi=True, allow_all=True)
        self.selector.setObjectName("platformSelector")
        layout.addWidget(self.selector, 1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("targetTags")
        self.tags_edit.setPlaceholderText(self.tr("canary country:lu"))
        self.tags_edit.setAccessibleName(self.tr("Also the platforms with any of these tags"))
        self.tags_edit.setToolTip(
            self.tr("Also the platforms with any of these tags (separated by spaces), besides those checked")
        )
        self.exclude_edit = QLineEdit()
        self.exclude_edit.setObjectName("excludeTags")
        self.exclude_edit.setPlaceholderText(self.tr("none"))
        self.exclude_edit.setAccessibleName(self.tr("Leave out the platforms with any of these tags"))
        self.exclude_edit.setToolTip(
            self.tr("Leave out the platforms with any of these tags, even if checked")
        )
        form.addRow(self.tr("With tags"), self.tags_edit)
        form.addRow(self.tr("Except tags"), self.exclude_edit)
        layout.addLayout(form)
        self.selector.all_checkbox.toggled.connect(lambda on: self.tags_edit.setEnabled(not on))

    def tags(self) -> tuple[str, ...]:
        """The tags whose platforms are targets too (none while "All platforms" is checked)."""
        return split_tags(self.tags_edit.text()) if self.tags_edit.isEnabled() else ()

    def exclude_tags(self) -> tuple[str, ...]:
        return split_tags(self.exclude_edit.text())
