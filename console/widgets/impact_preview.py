"""The impact preview of a module change: totals, a per-platform table, apply / cancel, progress.

The dialog never runs a nested event loop: show it with ``open()`` and listen to its signals.

    dialog = ImpactPreviewDialog(plan, parent)
    dialog.apply_requested.connect(start_applying)   # bool: skip refused platforms
    dialog.rejected.connect(...)                     # cancelled before applying
    dialog.open()
    ...
    dialog.show_progress(done, total)                # while applying; cancel_requested on Cancel
    dialog.show_outcome(text, ok)                    # at the end; Close accepts the dialog
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.widgets._text import arg
from console.widgets.theme import is_dark
from core.graph import Change, Plan, PlatformPlan, format_chain

FilterMode = Literal["all", "changing", "refused", "unchanged"]
ModelIndex = QModelIndex | QPersistentModelIndex

_CTX = "PlanTableModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("PlanTableModel", "Platform"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Enabled"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Pulled in"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Disabled"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Refused"),
)
COLUMN_TIPS = (
    QT_TRANSLATE_NOOP("PlanTableModel", "The platform's code"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Modules enabled because the request names them"),
    QT_TRANSLATE_NOOP(
        "PlanTableModel", "Modules enabled because a requested module needs them, with the chain"
    ),
    QT_TRANSLATE_NOOP(
        "PlanTableModel", "Modules disabled: requested, or by cascade with the chain of what needed them"
    ),
    QT_TRANSLATE_NOOP("PlanTableModel", "Why nothing would be written for this platform"),
)
PLATFORM, ENABLED, PULLED_IN, DISABLED, REFUSED = range(5)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def describe_enabled(changes: Sequence[Change]) -> str:
    return ", ".join(c.module for c in changes if c.action == "enable" and c.reason == "requested")


def describe_pulled_in(changes: Sequence[Change]) -> str:
    return ", ".join(
        f"{c.module} ({format_chain(c.via)})"
        for c in changes
        if c.action == "enable" and c.reason == "required"
    )


def describe_disabled(changes: Sequence[Change]) -> str:
    parts = []
    for c in changes:
        if c.action != "disable":
            continue
        if c.reason == "cascade":
            parts.append(
                arg(
                    QCoreApplication.translate("PlanTableModel", "%1 (cascade: %2)"),
                    c.module,
                    format_chain(c.via),
                )
            )
        else:
            parts.append(c.module)
    return ", ".join(parts)


class PlanTableModel(QAbstractTableModel):
    """A read-only table over ``plan.platforms``: filtered in the model, texts built on demand.

    Platforms with the same starting configuration share one ``changes`` tuple (see
    :func:`core.graph.plan_changes`), so cell texts are cached per tuple, not per row.
    """

    def __init__(self, plan: Plan | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._platforms: list[PlatformPlan] = []
        self._rows: list[int] = []
        self._filter: FilterMode = "all"
        self._search = ""
        self._cache: dict[tuple[int, int], str] = {}
        if plan is not None:
            self.set_plan(plan)

    # -- configuration --------------------------------------------------------------------
    def set_plan(self, plan: Plan) -> None:
        self.beginResetModel()
        self._platforms = list(plan.platforms)
        self._cache = {}
        self._rows = self._compute_rows()
        self.endResetModel()

    def filter_mode(self) -> FilterMode:
        return self._filter

    def set_filter(self, mode: FilterMode) -> None:
        if mode not in ("all", "changing", "refused", "unchanged"):
            raise ValueError(f"unknown filter {mode!r}")
        if mode == self._filter:
            return
        self.beginResetModel()
        self._filter = mode
        self._rows = self._compute_rows()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        text = text.strip().lower()
        if text == self._search:
            return
        self.beginResetModel()
        self._search = text
        self._rows = self._compute_rows()
        self.endResetModel()

    def _compute_rows(self) -> list[int]:
        mode, needle = self._filter, self._search
        out = []
        for i, p in enumerate(self._platforms):
            if mode == "refused" and not p.refusals:
                continue
            if mode == "changing" and (p.refusals or not p.changes):
                continue
            if mode == "unchanged" and (p.refusals or p.changes):
                continue
            if needle and needle not in p.platform.lower():
                continue
            out.append(i)
        return out

    def platform_at(self, row: int) -> PlatformPlan:
        return self._platforms[self._rows[row]]

    def platforms(self) -> list[PlatformPlan]:
        """The rows shown, in order."""
        return [self._platforms[i] for i in self._rows]

    # -- the model ------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(COLUMN_TIPS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(self._platforms[self._rows[index.row()]], column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text or None
            return text
        if role == Qt.ItemDataRole.ForegroundRole and column == REFUSED:
            return QColor("#ff6b6b") if is_dark() else QColor("#c62828")
        if role == Qt.ItemDataRole.UserRole:
            return self._platforms[self._rows[index.row()]].platform
        return None

    def _text(self, p: PlatformPlan, column: int) -> str:
        if column == PLATFORM:
            return p.platform
        key = (id(p.refusals) if column == REFUSED else id(p.changes), column)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        if column == ENABLED:
            text = describe_enabled(p.changes)
        elif column == PULLED_IN:
            text = describe_pulled_in(p.changes)
        elif column == DISABLED:
            text = describe_disabled(p.changes)
        else:
            text = "; ".join(r.message for r in p.refusals)
        self._cache[key] = text
        return text


class ImpactPreviewDialog(QDialog):
    """Preview of a :class:`core.graph.Plan` before anything is written.

    Signals: ``apply_requested(bool skip_refused)``; ``cancel_requested`` while applying;
    QDialog's own ``rejected`` on Cancel before applying, ``accepted`` on Close after the outcome.
    """

    apply_requested = Signal(bool)
    cancel_requested = Signal()

    PREVIEW, PROGRESS, OUTCOME = range(3)

    def __init__(self, plan: Plan, parent: QWidget | None = None, *, title: str | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._totals = plan.totals()
        self._cancel_sent = False
        self.setWindowTitle(title or self.tr("Preview of the change"))
        self.setModal(True)
        self.resize(900, 560)

        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._stack)
        self._stack.addWidget(self._build_preview())
        self._stack.addWidget(self._build_progress())
        self._stack.addWidget(self._build_outcome())
        self._update_apply()

    # -- pages ----------------------------------------------------------------------------
    def _build_preview(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)

        self._headline = QLabel(self.headline_text(), page)
        self._headline.setWordWrap(True)
        self._headline.setProperty("role", "heading")
        self._headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self._headline)
        self._summary = QLabel(self._summary_text(), page)
        self._summary.setProperty("role", "muted")
        self._summary.setWordWrap(True)
        box.addWidget(self._summary)

        bar = QHBoxLayout()
        self._filter = QComboBox(page)
        self._filter.setAccessibleName(self.tr("Show"))
        counts = {
            "all": self._totals["platforms"],
            "changing": self._totals["changing"],
            "refused": self._totals["refused"],
            "unchanged": self._totals["unchanged"],
        }
        labels = {
            "all": self.tr("All platforms (%1)"),
            "changing": self.tr("Changing only (%1)"),
            "refused": self.tr("Refused only (%1)"),
            "unchanged": self.tr("Unchanged only (%1)"),
        }
        for mode, label in labels.items():
            self._filter.addItem(arg(label, self._fmt(counts[mode])), mode)
        self._filter.currentIndexChanged.connect(self._filter_changed)
        show = QLabel(self.tr("&Show:"), page)
        show.setBuddy(self._filter)
        bar.addWidget(show)
        bar.addWidget(self._filter)
        bar.addStretch(1)
        self._search = QLineEdit(page)
        self._search.setPlaceholderText(self.tr("Find a platform"))
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._search_changed)
        bar.addWidget(self._search)
        box.addLayout(bar)

        self._model = PlanTableModel(self._plan, self)
        self._table = QTableView(page)
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setWordWrap(False)
        self._table.setAlternatingRowColors(True)
        self._table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self._table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 140, 210, 210)):
            self._table.setColumnWidth(column, width)
        box.addWidget(self._table, 1)

        self._all_or_nothing = QRadioButton(
            self.tr("&All or nothing: if any platform is refused, write nothing"), page
        )
        self._skip_refused = QRadioButton(self.tr("S&kip refused platforms and apply the rest"), page)
        self._all_or_nothing.setChecked(True)
        self._choice = QButtonGroup(self)
        self._choice.addButton(self._all_or_nothing)
        self._choice.addButton(self._skip_refused)
        self._choice.buttonToggled.connect(self._update_apply)
        box.addWidget(self._all_or_nothing)
        box.addWidget(self._skip_refused)

        self._note = QLabel(page)
        self._note.setWordWrap(True)
        self._note.setProperty("role", "error")
        self._set_error_color(self._note)
        box.addWidget(self._note)

        buttons = QDialogButtonBox(page)
        self._apply = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._cancel.setText(self.tr("Cancel"))
        self._apply.clicked.connect(self._apply_clicked)
        self._cancel.clicked.connect(self.reject)
        box.addWidget(buttons)
        return page

    def _build_progress(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addStretch(1)
        self._progress_label = QLabel(self.tr("Applying…"), page)
        self._progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self._progress_label)
        self._progress = QProgressBar(page)
        self._progress.setRange(0, 0)
        box.addWidget(self._progress)
        box.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self._progress_cancel = QPushButton(self.tr("Cancel"), page)
        self._progress_cancel.clicked.connect(self._cancel_progress)
        row.addWidget(self._progress_cancel)
        box.addLayout(row)
        return page

    def _build_outcome(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addStretch(1)
        self._outcome = QLabel(page)
        self._outcome.setWordWrap(True)
        self._outcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self._outcome)
        box.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self._close = QPushButton(self.tr("Close"), page)
        self._close.clicked.connect(self.accept)
        row.addWidget(self._close)
        box.addLayout(row)
        return page

    # -- texts ----------------------------------------------------------------------------
    def _fmt(self, value: int) -> str:
        return self.locale().toString(int(value))

    def headline_text(self) -> str:
        """E.g. ``enable orders on 2,318 platforms: +2,318 orders, +412 payments pulled in, 0 refused``."""
        t = self._totals
        request = self._plan.request
        actions = []
        if request.enable:
            actions.append(arg(self.tr("enable %1"), ", ".join(request.enable)))
        if request.disable:
            if request.cascade:
                actions.append(arg(self.tr("disable %1 (cascade)"), ", ".join(request.disable)))
            else:
                actions.append(arg(self.tr("disable %1"), ", ".join(request.disable)))
        what = "; ".join(actions) or self.tr("no change")
        count = t["platforms"]
        where = (
            arg(self.tr("on %1 platform"), self._fmt(count))
            if count == 1
            else arg(self.tr("on %1 platforms"), self._fmt(count))
        )
        bits = [arg(self.tr("+%1 %2"), self._fmt(n), m) for m, n in t["enabled"].items()]
        bits += [arg(self.tr("+%1 %2 pulled in"), self._fmt(n), m) for m, n in t["pulled_in"].items()]
        bits += [arg(self.tr("-%1 %2"), self._fmt(n), m) for m, n in t["disabled"].items()]
        bits += [arg(self.tr("-%1 %2 by cascade"), self._fmt(n), m) for m, n in t["cascaded"].items()]
        bits.append(arg(self.tr("%1 refused"), self._fmt(t["refused"])))
        return arg(self.tr("%1 %2: %3"), what, where, ", ".join(bits))

    def _summary_text(self) -> str:
        t = self._totals
        return arg(
            self.tr("%1 would change, %2 already as requested, %3 refused."),
            self._fmt(t["changing"]),
            self._fmt(t["unchanged"]),
            self._fmt(t["refused"]),
        )

    def _set_error_color(self, label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#c62828"))
        label.setPalette(palette)

    # -- state ----------------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def model(self) -> PlanTableModel:
        return self._model

    @property
    def table(self) -> QTableView:
        return self._table

    @property
    def skip_refused(self) -> bool:
        return self._skip_refused.isChecked()

    @property
    def all_or_nothing(self) -> bool:
        return self._all_or_nothing.isChecked()

    @property
    def can_apply(self) -> bool:
        return self._apply.isEnabled()

    @property
    def apply_note(self) -> str:
        """Why Apply is disabled ("" when it is enabled)."""
        return self._note.text() if not self._note.isHidden() else ""

    @property
    def filter_mode(self) -> FilterMode:
        return self._model.filter_mode()

    @property
    def page(self) -> int:
        """PREVIEW, PROGRESS or OUTCOME."""
        return self._stack.currentIndex()

    def set_filter(self, mode: FilterMode) -> None:
        index = self._filter.findData(mode)
        if index < 0:
            raise ValueError(f"unknown filter {mode!r}")
        self._filter.setCurrentIndex(index)

    def set_skip_refused(self, skip: bool) -> None:
        (self._skip_refused if skip else self._all_or_nothing).setChecked(True)

    def _filter_changed(self, _index: int) -> None:
        self._model.set_filter(self._filter.currentData())

    def _search_changed(self, text: str) -> None:
        self._model.set_search(text)

    def _update_apply(self, *_args: object) -> None:
        t = self._totals
        refused, changing = t["refused"], t["changing"]
        note = ""
        if refused and self.all_or_nothing:
            note = arg(
                self.tr(
                    "Apply is disabled: %1 of %2 platforms would be refused, and with “all or nothing” "
                    "a single refusal means nothing is written. Choose “skip refused platforms” to "
                    "apply the other %3, or cancel."
                ),
                self._fmt(refused),
                self._fmt(t["platforms"]),
                self._fmt(changing),
            )
        elif not changing:
            note = self.tr("Apply is disabled: no platform would change.")
        self._note.setText(note)
        self._note.setVisible(bool(note))
        self._apply.setEnabled(not note)
        for button in (self._all_or_nothing, self._skip_refused):
            button.setEnabled(bool(refused))

    def _apply_clicked(self) -> None:
        if self._apply.isEnabled():
            self.apply_requested.emit(self.skip_refused)

    # -- progress and outcome ---------------------------------------------------------------
    def show_progress(self, done: int, total: int) -> None:
        """Switch to (or update) the progress view: ``done`` of ``total`` platforms written."""
        if self._stack.currentIndex() != self.PROGRESS:
            self._stack.setCurrentIndex(self.PROGRESS)
            self._cancel_sent = False
            self._progress_cancel.setEnabled(True)
            self._progress_cancel.setFocus()
        if total > 0:
            self._progress.setRange(0, total)
            self._progress.setValue(max(0, min(done, total)))
        else:
            self._progress.setRange(0, 0)
        if not self._cancel_sent:
            self._progress_label.setText(
                arg(self.tr("Applying… %1 of %2 platforms"), self._fmt(done), self._fmt(total))
            )

    def show_outcome(self, text: str, ok: bool) -> None:
        """Show how it ended; Close then accepts the dialog."""
        self._stack.setCurrentIndex(self.OUTCOME)
        self._outcome.setText(text)
        self._outcome.setProperty("role", "" if ok else "error")
        self._outcome.setProperty("ok", ok)
        if ok:
            self._outcome.setPalette(self.palette())
        else:
            self._set_error_color(self._outcome)
        self._outcome.style().unpolish(self._outcome)
        self._outcome.style().polish(self._outcome)
        self._close.setDefault(True)
        self._close.setFocus()
        self._fit_outcome()

    def _fit_outcome(self) -> None:
        """A few lines need no preview-sized window: shrink around them, keeping the centre."""
        for index in range(self._stack.count()):
            if index != self.OUTCOME:  # never shown again: the preview's table no longer sets the size
                self._stack.widget(index).setMaximumSize(0, 0)
        self._outcome.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 70, 620))
        self.setMinimumSize(0, 0)  # the layout sets it again, from the outcome page now
        hint = self._stack.widget(self.OUTCOME).sizeHint()
        margins = self.layout().contentsMargins()
        geometry = self.geometry()
        centre = geometry.center()
        geometry.setSize(
            QSize(
                hint.width() + margins.left() + margins.right(),
                hint.height() + margins.top() + margins.bottom(),
            )
        )
        geometry.moveCenter(centre)
        self.setGeometry(geometry)

    def outcome_text(self) -> str:
        return self._outcome.text()

    def progress_bar(self) -> QProgressBar:
        return self._progress

    def _cancel_progress(self) -> None:
        if self._cancel_sent:
            return
        self._cancel_sent = True
        self._progress_cancel.setEnabled(False)
        self._progress_label.setText(self.tr("Cancelling… the current batch finishes first"))
        self.cancel_requested.emit()

    def reject(self) -> None:
        """Esc / the window's close button: cancel before applying, ask to stop while applying."""
        page = self._stack.currentIndex()
        if page == self.PROGRESS:
            self._cancel_progress()
            return
        if page == self.OUTCOME:
            self.accept()
            return
        super().reject()
