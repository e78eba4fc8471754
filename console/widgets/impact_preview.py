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

from collections.abc import Collection, Sequence
from typing import Any, Literal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
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

from console.dialogs.error_text import message_for
from console.locale_text import counted, number
from console.widgets._text import arg
from console.widgets.tables import cell_width, header_width, ready_to_measure
from console.widgets.theme import tone
from core.graph import Change, ChangeRequest, Plan, PlatformPlan, Refusal, format_chain

FilterMode = Literal["all", "changing", "refused", "unchanged"]
ModelIndex = QModelIndex | QPersistentModelIndex

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


def plan_headline(plan: Plan, totals: dict[str, Any] | None = None) -> str:
    """E.g. ``enable orders on 2,318 platforms: orders: +2,318, payments (pulled in): +412, refused: 0``
    in the console's words and the locale's numbers (core's ``Plan.headline`` is the CLI's English),
    translated in the context of :class:`ImpactPreviewDialog`, which shows it."""
    t = totals or plan.totals()
    request = plan.request
    actions = []
    if request.enable:
        actions.append(arg(ImpactPreviewDialog.tr("enable %1"), ", ".join(request.enable)))
    if request.disable:
        if request.cascade:
            actions.append(arg(ImpactPreviewDialog.tr("disable %1 (cascade)"), ", ".join(request.disable)))
        else:
            actions.append(arg(ImpactPreviewDialog.tr("disable %1"), ", ".join(request.disable)))
    what = "; ".join(actions) or ImpactPreviewDialog.tr("no change")
    count = t["platforms"]
    where = counted(ImpactPreviewDialog.tr("on %Ln platform(s)", "", count), count)
    # Each part a label and a count of platforms ("orders: +2,318"): no count agrees with a word.
    bits = [arg(ImpactPreviewDialog.tr("%1: +%2"), m, number(n)) for m, n in t["enabled"].items()]
    bits += [
        arg(ImpactPreviewDialog.tr("%1 (pulled in): +%2"), m, number(n)) for m, n in t["pulled_in"].items()
    ]
    bits += [arg(ImpactPreviewDialog.tr("%1: -%2"), m, number(n)) for m, n in t["disabled"].items()]
    bits += [
        arg(ImpactPreviewDialog.tr("%1 (by cascade): -%2"), m, number(n)) for m, n in t["cascaded"].items()
    ]
    bits.append(arg(ImpactPreviewDialog.tr("refused: %1"), number(t["refused"])))
    return arg(ImpactPreviewDialog.tr("%1 %2: %3"), what, where, ", ".join(bits))


def refusal_text(refusal: Refusal) -> str:
    """Why a platform is refused, in the console's words (the library's message names CLI options)."""
    details = refusal.details or {}
    module = refusal.module
    if refusal.code == "module.required_by":
        chains = ", ".join(format_chain(chain) for chain in details.get("chains", ()))
        return arg(PlanTableModel.tr("%1 is required by %2"), module, chains)
    if refusal.code == "module.core":
        return arg(PlanTableModel.tr("%1 is a core module and stays enabled"), module)
    if refusal.code == "module.conflict":
        return arg(
            PlanTableModel.tr("%1 is needed by a module this change enables, and disabled by it too"), module
        )
    if refusal.code == "module.internal":
        return arg(PlanTableModel.tr("%1 is an internal module: only a super admin may change it"), module)
    if refusal.code == "permission.denied":
        return PlanTableModel.tr("you may not change the modules of this platform")
    return message_for(refusal.code, refusal.message, refusal.details)


def ready_for_preview(plan: Plan) -> Plan:
    """``plan``, once what its preview will need is loaded or computed (call it in the worker
    that plans): its kinds (the totals and the table's texts come from them)."""
    ready_to_measure(len(plan.platforms))
    plan.kinds()
    return plan


class PlanTableModel(QAbstractTableModel):
    """A read-only table over ``plan.platforms``: filtered in the model, texts built on demand.

    Platforms with the same starting configuration share one ``changes`` tuple (see
    :func:`core.graph.plan_changes`), so cell texts are cached per tuple, not per row.
    """

    def __init__(self, plan: Plan | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._platforms: list[PlatformPlan] = []
        self._kinds: list[PlatformPlan] = []  # one platform per kind of plan (Plan.kinds)
        self._rows: list[int] = []
        self._filter: FilterMode = "all"
        self._search = ""
        self._cache: dict[tuple[int, int], str] = {}
        self._request: ChangeRequest | None = None
        if plan is not None:
            self.set_plan(plan)

    # -- configuration --------------------------------------------------------------------
    def set_plan(self, plan: Plan) -> None:
        self.beginResetModel()
        self._platforms = list(plan.platforms)
        self._kinds = [p for p, _times in plan.kinds()]
        self._request = plan.request
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
        if mode == "all" and not needle:
            return list(range(len(self._platforms)))
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

    def first_refused_row(self) -> int | None:
        """The first row shown whose platform is refused (None when none is)."""
        if not any(p.refusals for p in self._kinds):
            return None
        return next((row for row, i in enumerate(self._rows) if self._platforms[i].refusals), None)

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
            return self.tr(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(COLUMN_TIPS[section])
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
            return QColor(tone("error"))
        if role == Qt.ItemDataRole.ForegroundRole and self._is_unchanged(index.row()):
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.UserRole:
            return self._platforms[self._rows[index.row()]].platform
        return None

    def _is_unchanged(self, row: int) -> bool:
        p = self._platforms[self._rows[row]]
        return not p.changes and not p.refusals

    def unchanged_text(self, column: int) -> str:
        """What an unchanged platform's row says: it already is as requested."""
        request = self._request
        if request is None:
            return ""
        if column == ENABLED and request.enable:
            return self.tr("already enabled")
        if column == DISABLED and request.disable and not request.enable:
            return self.tr("already disabled")
        return ""

    def column_texts(self, column: int) -> Collection[str]:
        """The texts of ``column`` over the whole plan: every platform's code, or the distinct
        texts of the other columns (one per kind of plan: platforms share their texts)."""
        if column == PLATFORM:
            return [p.platform for p in self._platforms]
        return {self._text(p, column) for p in self._kinds}

    def details(self, row: int) -> str:
        """The row's platform in full, one part per kind of change or refusal (the detail view)."""
        p = self.platform_at(row)
        lines = []
        for column in (ENABLED, PULLED_IN, DISABLED):
            text = self._text(p, column)
            if text and p.changes:
                lines.append(arg(self.tr("%1: %2"), self.tr(COLUMNS[column]), text))
        lines += [arg(self.tr("Refused: %1"), refusal_text(r)) for r in p.refusals]
        if not lines:
            lines.append(self._text(p, ENABLED) or self._text(p, DISABLED) or self.tr("no change"))
        return arg(self.tr("%1 — %2"), p.platform, "; ".join(lines))

    def _text(self, p: PlatformPlan, column: int) -> str:
        if column == PLATFORM:
            return p.platform
        if not p.changes and not p.refusals:
            return self.unchanged_text(column)
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
            text = "; ".join(refusal_text(r) for r in p.refusals)
        self._cache[key] = text
        return text


class ImpactPreviewDialog(QDialog):
    """Preview of a :class:`core.graph.Plan` before anything is written.

    Signals: ``apply_requested(bool skip_refused)``; ``cancel_requested`` while applying;
    QDialog's own ``rejected`` on Cancel before applying, ``accepted`` on Close after the outcome.
    """

    apply_requested = Signal(bool)
    cancel_requested = Signal()
    rollout_requested = Signal()  # "Roll out in waves…" (shown by offer_rollout)
    cascade_changed = Signal(bool)  # re-plan with (or without) cascade, then call set_plan()

    PREVIEW, PROGRESS, OUTCOME = range(3)

    def __init__(self, plan: Plan, parent: QWidget | None = None, *, title: str | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._totals = plan.totals()
        self._cancel_sent = False
        self._replanning = False
        self._needed: dict[int, int] = {}
        self.setWindowTitle(title or self.tr("Preview of the change"))
        self.setModal(True)
        self.resize(self._initial_size())

        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._stack)
        self._stack.addWidget(self._build_preview())
        self._stack.addWidget(self._build_progress())
        self._stack.addWidget(self._build_outcome())
        self._update_apply()
        self._measure_columns()
        self._fit_columns()
        self._select_first()

    def _initial_size(self) -> QSize:
        """About 150 characters by 40 lines of the dialog's font (900x560 at 9 pt), within the screen."""
        metrics = self.fontMetrics()
        size = QSize(metrics.averageCharWidth() * 150, metrics.height() * 40)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() * 0.9)
        return size

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
        self._fill_filter()
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
        selection = self._table.selectionModel()
        selection.currentRowChanged.connect(lambda current, _previous: self._show_details(current.row()))
        box.addWidget(self._table, 1)
        # Fitted again when the table itself is resized: the dialog's resizeEvent comes first when
        # it is shown, while the table still has its size from before the layout (a code longer
        # than a small table's share was elided until the user resized the dialog).
        self._viewport = self._table.viewport()
        self._viewport.installEventFilter(self)
        # The selected platform in full: long chains and refusal reasons wrap here.
        self._details = QLabel(page)
        self._details.setObjectName("previewDetails")
        self._details.setWordWrap(True)
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self._details)

        self._cascade = QCheckBox(self.tr("Also &disable the modules that need it (cascade)"), page)
        self._cascade.setObjectName("previewCascade")
        self._cascade.setChecked(self._plan.request.cascade)
        self._cascade.setVisible(bool(self._plan.request.disable))
        self._cascade.toggled.connect(self._cascade_toggled)
        box.addWidget(self._cascade)
        self._cascade_hint = QLabel(
            self.tr(
                "Some platforms are refused because other modules require this one: tick the box above "
                "to disable those modules too, and see what that changes before applying."
            ),
            page,
        )
        self._cascade_hint.setObjectName("previewCascadeHint")
        self._cascade_hint.setWordWrap(True)
        self._cascade_hint.setProperty("role", "muted")
        self._cascade_hint.setContentsMargins(24, 0, 0, 0)
        box.addWidget(self._cascade_hint)

        self._all_or_nothing = QRadioButton(
            self.tr("&All or nothing: if any platform is refused, write nothing"), page
        )
        self._skip_refused = QRadioButton(page)
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
        self._rollout = buttons.addButton(
            self.tr("Roll out in &waves…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self._rollout.setObjectName("rolloutButton")
        self._rollout.setAutoDefault(False)
        self._rollout.hide()  # offer_rollout() shows it to those who may roll a change out
        self._rollout.clicked.connect(self.rollout_requested)
        self._cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._cancel.setText(self.tr("Cancel"))
        self._apply.clicked.connect(self._apply_clicked)
        self._cancel.clicked.connect(self.reject)
        box.addWidget(buttons)
        return page

    def _fill_filter(self) -> None:
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
        if self._filter.count() == 0:
            for mode, label in labels.items():
                self._filter.addItem(arg(label, self._fmt(counts[mode])), mode)
            return
        for i in range(self._filter.count()):
            mode = self._filter.itemData(i)
            self._filter.setItemText(i, arg(labels[mode], self._fmt(counts[mode])))

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
        return number(value)

    def headline_text(self) -> str:
        """The plan's headline (see :func:`plan_headline`)."""
        return plan_headline(self._plan, self._totals)

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
        palette.setColor(QPalette.ColorRole.WindowText, QColor(tone("error")))
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
    def rollout_button(self) -> QPushButton:
        return self._rollout

    def offer_rollout(self, offered: bool) -> None:
        """Show "Roll out in waves…" beside Apply (to those who may ``modules.rollout``)."""
        self._rollout.setVisible(offered)

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

    def _platforms(self, count: int) -> str:
        return counted(self.tr("%Ln platform(s)", "", count), count)

    def _update_apply(self, *_args: object) -> None:
        t = self._totals
        refused, changing = t["refused"], t["changing"]
        # The choice matters only when some platforms are refused and others would change.
        choose = bool(refused and changing)
        self._skip_refused.setText(
            self.tr("S&kip refused platforms and change the remaining platform")
            if changing == 1  # "the remaining platform": no figure for the only one
            else counted(
                self.tr("S&kip refused platforms and change the remaining %Ln platform(s)", "", changing),
                changing,
            )
        )
        for button in (self._all_or_nothing, self._skip_refused):
            button.setEnabled(choose and not self._replanning)
            button.setVisible(choose)
        note = ""
        if self._replanning:
            note = self.tr("Computing the impact…")
        elif refused and not changing:
            note = arg(
                self.tr("Nothing can be applied: %1 refused, and no other platform would change."),
                self._platforms(refused),
            )
        elif refused and self.all_or_nothing:
            note = arg(
                self.tr(
                    "Apply is disabled: %1 of %2 would be refused, and with “all or nothing” "
                    "a single refusal means nothing is written. Choose “skip refused platforms” to "
                    "change %3, or cancel."
                ),
                self._fmt(refused),
                self._platforms(t["platforms"]),
                self.tr("the remaining platform")
                if changing == 1
                else counted(self.tr("the remaining %Ln platform(s)", "", changing), changing),
            )
        elif not changing:
            note = self.tr("Apply is disabled: no platform would change.")
        self._note.setText(note)
        self._note.setVisible(bool(note))
        self._apply.setEnabled(not note)
        # A rollout is refused as a whole when any target is; and one that changes nothing is moot.
        self._rollout.setEnabled(bool(changing) and not refused and not self._replanning)
        self._rollout.setToolTip(
            self.tr("Apply the change wave after wave, watched by gates")
            if self._rollout.isEnabled()
            else self.tr("A rollout needs a change that no target platform refuses")
        )
        self._cascade_hint.setVisible(bool(refused) and self._needs_cascade() and not self._replanning)

    def _needs_cascade(self) -> bool:
        """Some platform is refused only because other modules need what is disabled."""
        request = self._plan.request
        return (
            bool(request.disable)
            and not request.cascade
            and any(r.code == "module.required_by" for p in self._plan.refused for r in p.refusals)
        )

    # -- re-planning ------------------------------------------------------------------------
    @property
    def cascade(self) -> bool:
        return self._cascade.isChecked()

    def set_cascade(self, cascade: bool) -> None:
        self._cascade.setChecked(cascade)

    def _cascade_toggled(self, checked: bool) -> None:
        if checked == self._plan.request.cascade:
            return
        self._replanning = True
        self._cascade.setEnabled(False)
        self._update_apply()
        self.cascade_changed.emit(checked)

    def set_plan(self, plan: Plan) -> None:
        """Show ``plan`` instead (re-planned with another cascade choice): texts, table, choices."""
        self._plan = plan
        self._totals = plan.totals()
        self._replanning = False
        self._set_cascade_quietly(plan.request.cascade)
        self._model.set_plan(plan)
        self._headline.setText(self.headline_text())
        self._summary.setText(self._summary_text())
        self._fill_filter()
        self._update_apply()
        self._measure_columns()
        self._fit_columns()
        self._select_first()

    def replan_failed(self, message: str) -> None:
        """The re-plan could not be made: back to the plan shown, with why."""
        self._replanning = False
        self._set_cascade_quietly(self._plan.request.cascade)
        self._update_apply()
        self._note.setText(message)
        self._note.setVisible(True)

    def _set_cascade_quietly(self, cascade: bool) -> None:
        self._cascade.blockSignals(True)
        self._cascade.setChecked(cascade)
        self._cascade.blockSignals(False)
        self._cascade.setEnabled(True)

    # -- the table ---------------------------------------------------------------------------
    def _measure_columns(self) -> None:
        """The width each column's texts need at the current font (columns without any: none)."""
        model, table = self._model, self._table
        self._needed = {}
        for column in range(len(COLUMNS)):
            texts = model.column_texts(column)
            if column == PLATFORM or any(texts):
                self._needed[column] = max(cell_width(table, texts), header_width(table, column))

    def _fit_columns(self) -> None:
        """Columns with nothing to show are hidden; the others as wide as their texts (up to a
        share of the table; the last one stretches), so nothing that fits is elided."""
        table = self._table
        for column in range(len(COLUMNS)):
            table.setColumnHidden(column, column not in self._needed)
        cap = max(160, int(table.viewport().width() * 0.45))
        for column in list(self._needed)[:-1]:
            table.setColumnWidth(column, min(self._needed[column], cap))

    def _select_first(self) -> None:
        """Select the first refused platform (else the first one), so the details say something."""
        shown = self._model.rowCount() > 0
        first = self._model.first_refused_row() or 0
        if shown:
            self._table.selectRow(first)
        self._show_details(first if shown else -1)

    def _show_details(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            self._details.setText(self._model.details(row))
        else:
            self._details.setText(self.tr("Select a platform to see its changes in full."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_model"):
            self._measure_columns()
            self._fit_columns()

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
