"""Roll a module change out in waves: the dialog the impact preview's "Roll out in waves…" opens.

Pre-filled with the change and the targets of the preview: a suggested name, the waves (default
``1%,10%,50%,100%``, the targets' tags offered as ``tag:`` items), bake time, gates
(:class:`console.widgets.gate_editor.GateEditor`), what a failed gate does, gate timeout, the
significance of comparisons, a start time and windows. Every field is checked as it is typed by
the engine's own parsers (:mod:`core.rollouts.specs`), its error shown under it in the interface's
language. "Preview waves" asks :meth:`RolloutService.create` for a dry run off the GUI thread and
lists the waves; "Create" creates the draft, "Create and start" starts it too. What the service
refuses is shown in the console's error dialog; the dialog stays open. Opened with ``open()``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.asyncutil import run_sync, spawn
from console.dialogs.error_text import error_message
from console.dialogs.errors import report
from console.locale_text import counted, number
from console.widgets._text import arg, chars, text_lines
from console.widgets.gate_editor import NETWORK, GateEditor
from console.widgets.module_texts import module_text
from console.widgets.theme import text_style
from core.errors import InvalidInput, PlatformError

if TYPE_CHECKING:
    from console.session import ConsoleSession
    from core.graph import ChangeRequest, Plan
    from core.services.module_service import Target
    from core.services.rollouts import RolloutRequest

DEFAULT_WAVES = "1%,10%,50%,100%"
DEFAULT_BAKE = "10m"
DEFAULT_GATE_TIMEOUT = "30m"
DEFAULT_ALPHA = 0.01
SHOWN_CODES = 6  # platforms named per wave in the preview
WAVE, SIZE, CHANGING, PLATFORMS = range(4)


@dataclass(frozen=True)
class RolloutChange:
    """The change of an impact preview and its targets, as a rollout takes them."""

    kind: str  # enable | disable
    modules: tuple[str, ...]
    cascade: bool
    target: Target
    platforms: tuple[str, ...]  # the target platforms' codes (the preview's plan)
    changing: int  # how many of them the change would change

    @classmethod
    def of_preview(cls, request: ChangeRequest, target: Target, plan: Plan) -> RolloutChange:
        enable = bool(request.enable)
        totals = plan.totals()
        return cls(
            "enable" if enable else "disable",
            tuple(request.enable if enable else request.disable),
            bool(request.cascade and not enable),
            target,
            tuple(p.platform for p in plan.platforms),
            int(totals["changing"]),
        )

    def suggested_name(self, today: datetime | None = None) -> str:
        day = (today or datetime.now(UTC)).date().isoformat()
        return f"{self.kind} {', '.join(self.modules)} {day}"


def target_tags(session: ConsoleSession, platforms: Sequence[str]) -> dict[str, int]:
    """In a worker: each tag carried by some of ``platforms``, with how many carry it."""
    wanted = set(platforms)
    counts: dict[str, int] = {}
    for code, tags in session.platforms.tags(session.require_actor()).items():
        if code in wanted:
            for tag in tags:
                counts[tag] = counts.get(tag, 0) + 1
    return dict(sorted(counts.items()))


class FieldRow(QWidget):
    """An editor with its error under it (hidden while the value is fine)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None, *, extra: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(editor, 1)
        if extra is not None:
            row.addWidget(extra)
        box.addLayout(row)
        # The editor keeps its height; the error takes the lines it needs (the layout's minimum
        # height does not follow a wrapped label by itself).
        policy = editor.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        editor.setSizePolicy(policy)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style("error"))
        self.error.hide()
        box.addWidget(self.error)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self._fit_error()

    def _fit_error(self) -> None:
        if self.error.isVisibleTo(self) and self.width() > 0:
            self.error.setMinimumHeight(self.error.heightForWidth(self.width()))
        else:
            self.error.setMinimumHeight(0)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_error()


class RolloutCreateDialog(QDialog):
    """Signals: ``created(dict)`` with the rollout's summary (as ``list`` gives it), after Create."""

    created = Signal(dict)

    def __init__(
        self,
        session: ConsoleSession,
        change: RolloutChange,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rolloutCreate")
        self.session = session
        self.change = change
        self.clock = clock or (lambda: datetime.now(UTC))
        self.result_value: dict[str, Any] | None = None
        self.preview_document: dict[str, Any] | None = None
        self.tags: dict[str, int] = {}
        self._busy = False
        self.setWindowTitle(self._title())
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text(), self)
        self.summary.setObjectName("rolloutSummary")
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "heading")
        layout.addWidget(self.summary)
        columns = QHBoxLayout()
        columns.addWidget(self._build_form(), 3)
        columns.addWidget(self._build_gates(), 2)
        layout.addLayout(columns)
        layout.addWidget(self._build_preview(), 1)
        layout.addLayout(self._build_buttons())
        self._fit_size()
        self.validate()
        self._tags_task = spawn(self._load_tags(), self)

    # -- texts -------------------------------------------------------------------------------------
    def _title(self) -> str:
        modules = ", ".join(self.change.modules)
        if self.change.kind == "enable":
            return arg(self.tr("Roll out in waves: enable %1"), modules)
        return arg(self.tr("Roll out in waves: disable %1"), modules)

    def _summary_text(self) -> str:
        c = self.change
        total = len(c.platforms)
        where = counted(self.tr("%Ln target platform(s)", "", total), total)
        changing = counted(self.tr("%Ln would change", "", c.changing), c.changing)
        registry = self.session.registry
        modules = ", ".join(module_text(registry.get(m).name) if m in registry else m for m in c.modules)
        if c.kind == "enable":
            what = arg(self.tr("Enable %1"), modules)
        elif c.cascade:
            what = arg(self.tr("Disable %1 and what requires it"), modules)
        else:
            what = arg(self.tr("Disable %1"), modules)
        return arg(self.tr("%1 on %2 (%3), wave after wave."), what, where, changing)

    # -- parts -------------------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        box = QGroupBox(self.tr("Rollout"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(self.change.suggested_name(self.clock()), box)
        self.name_edit.setObjectName("rolloutName")
        self.name_row = FieldRow(self.name_edit, box)
        form.addRow(self.tr("&Name:"), self.name_row)

        self.waves_edit = QLineEdit(DEFAULT_WAVES, box)
        self.waves_edit.setObjectName("rolloutWaves")
        self.waves_edit.setToolTip(
            self.tr(
                "A comma list: tag:TAG (the targets with that tag), a count (5) or a percentage (10%). "
                "Counts and percentages are cumulative; the last wave takes every target left."
            )
        )
        self.tags_button = QToolButton(box)
        self.tags_button.setObjectName("waveTags")
        self.tags_button.setText(self.tr("Tags"))
        self.tags_button.setToolTip(self.tr("Put the targets with a tag in a wave of their own, first"))
        self.tags_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tags_button.setEnabled(False)
        self.tags_menu = QMenu(self.tags_button)
        self.tags_button.setMenu(self.tags_menu)
        self.waves_row = FieldRow(self.waves_edit, box, extra=self.tags_button)
        form.addRow(self.tr("&Waves:"), self.waves_row)

        self.bake_edit = QLineEdit(DEFAULT_BAKE, box)
        self.bake_edit.setObjectName("rolloutBake")
        self.bake_edit.setToolTip(
            self.tr("How long each wave runs before its gates are asked: 30s, 10m, 2h, 1d")
        )
        self.bake_row = FieldRow(self.bake_edit, box)
        form.addRow(self.tr("&Bake time:"), self.bake_row)

        fail = QWidget(box)
        fail_row = QHBoxLayout(fail)
        fail_row.setContentsMargins(0, 0, 0, 0)
        self.pause_radio = QRadioButton(self.tr("&Pause"), fail)
        self.rollback_radio = QRadioButton(self.tr("Roll bac&k what it changed"), fail)
        self.pause_radio.setChecked(True)
        self._fail_group = QButtonGroup(self)
        for radio in (self.pause_radio, self.rollback_radio):
            self._fail_group.addButton(radio)
            fail_row.addWidget(radio)
        fail_row.addStretch(1)
        form.addRow(self.tr("If a gate fails:"), fail)

        self.timeout_edit = QLineEdit(DEFAULT_GATE_TIMEOUT, box)
        self.timeout_edit.setObjectName("rolloutGateTimeout")
        self.timeout_edit.setToolTip(
            self.tr("A gate that cannot be asked (Prometheus unreachable) counts as failed after this time")
        )
        self.timeout_row = FieldRow(self.timeout_edit, box)
        form.addRow(self.tr("Gate ti&meout:"), self.timeout_row)

        self.alpha_spin = QDoubleSpinBox(box)
        self.alpha_spin.setObjectName("rolloutAlpha")
        self.alpha_spin.setDecimals(4)
        self.alpha_spin.setRange(0.0001, 0.5)
        self.alpha_spin.setSingleStep(0.005)
        self.alpha_spin.setValue(DEFAULT_ALPHA)
        self.alpha_spin.setToolTip(
            self.tr("A comparison fails when the changed platforms are worse at this significance")
        )
        form.addRow(self.tr("Comparison si&gnificance:"), self.alpha_spin)

        self.start_edit = QLineEdit(box)
        self.start_edit.setObjectName("rolloutStartAt")
        self.start_edit.setPlaceholderText(self.tr("at once; or +30m, 2026-12-24T06:00"))
        self.start_row = FieldRow(self.start_edit, box)
        form.addRow(self.tr("&Start at:"), self.start_row)

        self.windows_edit = QLineEdit(box)
        self.windows_edit.setObjectName("rolloutWindows")
        self.windows_edit.setPlaceholderText(self.tr("any time; or Mon-Fri 09:00-17:00 Europe/Luxembourg"))
        self.windows_edit.setToolTip(
            self.tr(
                "Waves are applied only inside these windows: DAYS HH:MM-HH:MM [ZONE], "
                "several separated by semicolons"
            )
        )
        self.windows_row = FieldRow(self.windows_edit, box)
        form.addRow(self.tr("W&indows:"), self.windows_row)

        for edit in (
            self.name_edit,
            self.waves_edit,
            self.bake_edit,
            self.timeout_edit,
            self.start_edit,
            self.windows_edit,
        ):
            edit.textChanged.connect(lambda _t: self._edited())
        self._fail_group.buttonToggled.connect(lambda *_a: self._edited())
        self.alpha_spin.valueChanged.connect(lambda _v: self._edited())
        return box

    def _build_gates(self) -> QWidget:
        box = QGroupBox(self.tr("Gates, asked after each wave's bake time"), self)
        inner = QVBoxLayout(box)
        self.gate_editor = GateEditor(box)
        self.gate_editor.changed.connect(self._edited)
        inner.addWidget(self.gate_editor)
        return box

    def _build_preview(self) -> QWidget:
        box = QGroupBox(self.tr("Waves"), self)
        inner = QVBoxLayout(box)
        self.preview_note = QLabel(
            self.tr("“Preview waves” lists the platforms of each wave; nothing is written."), box
        )
        self.preview_note.setObjectName("wavesNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.setProperty("role", "muted")
        inner.addWidget(self.preview_note)
        self.waves_table = QTableWidget(0, 4, box)
        self.waves_table.setObjectName("wavesTable")
        self.waves_table.setHorizontalHeaderLabels(
            [self.tr("Wave"), self.tr("Platforms"), self.tr("Would change"), self.tr("Some of them")]
        )
        self.waves_table.verticalHeader().setVisible(False)
        self.waves_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waves_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waves_table.setWordWrap(False)
        header = self.waves_table.horizontalHeader()
        for column in (WAVE, SIZE, CHANGING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.waves_table.setMinimumHeight(text_lines(self, 6))
        inner.addWidget(self.waves_table, 1)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("rolloutStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.preview_button = QPushButton(self.tr("Pre&view waves"), self)
        row.addWidget(self.preview_button)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button = self.buttons.addButton(
            self.tr("Create and s&tart"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        for button, name in (
            (self.preview_button, "previewWaves"),
            (self.create_button, "createRollout"),
            (self.start_button, "createAndStart"),
        ):
            button.setObjectName(name)
            button.setAutoDefault(False)
        self.preview_button.clicked.connect(lambda: spawn(self.preview(), self))
        self.create_button.clicked.connect(lambda: spawn(self.create(start=False), self))
        self.start_button.clicked.connect(lambda: spawn(self.create(start=True), self))
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.buttons)
        return row

    def _fit_size(self) -> None:
        """About 130 characters by 48 lines of the dialog's font, within the screen."""
        width, height = chars(self, 130), text_lines(self, 48)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry().size() * 0.92
            width, height = min(width, available.width()), min(height, available.height())
        self.resize(width, height)

    # -- the targets' tags -------------------------------------------------------------------------
    async def _load_tags(self) -> None:
        self.tags = await run_sync(target_tags, self.session, self.change.platforms)
        self.tags_menu.clear()
        for tag, count in self.tags.items():
            label = counted(self.tr("tag:%1 (%Ln platform(s))", "", count), count)
            action = QAction(arg(label, tag), self.tags_menu)
            action.setData(tag)
            action.triggered.connect(lambda _c=False, t=tag: self.add_tag_wave(t))
            self.tags_menu.addAction(action)
        self.tags_button.setEnabled(bool(self.tags))
        if not self.tags:
            self.tags_button.setToolTip(self.tr("None of the target platforms carries a tag"))

    def add_tag_wave(self, tag: str) -> None:
        """Put ``tag:TAG`` first in the waves (after the tag waves already there)."""
        items = [i.strip() for i in self.waves_edit.text().split(",") if i.strip()]
        item = f"tag:{tag}"
        if item in items:
            return
        position = sum(1 for i in items if i.startswith("tag:"))
        items.insert(position, item)
        self.waves_edit.setText(",".join(items))

    # -- checking ----------------------------------------------------------------------------------
    def _edited(self) -> None:
        self.validate()
        if self.preview_document is not None:  # the preview no longer shows these fields
            self.preview_document = None
            self.waves_table.setRowCount(0)
            self.preview_note.setText(self.tr("The fields changed: preview the waves again."))

    def windows(self) -> list[str]:
        return [w.strip() for w in self.windows_edit.text().split(";") if w.strip()]

    def validate(self) -> bool:
        """Check every field with the engine's parsers; each error under its field. Whether all pass."""
        from core.rollouts import specs  # lazy: zoneinfo and friends

        def check(row: FieldRow, parse: Callable[[], object]) -> bool:
            try:
                parse()
            except PlatformError as exc:
                row.show_error(error_message(exc))
                return False
            row.show_error("")
            return True

        def name() -> None:
            text = self.name_edit.text().strip()
            if not text or len(text) > 200 or not text.isprintable():
                raise InvalidInput("rollout.bad_name", "a rollout needs a name of 1 to 200 characters", {})

        def start() -> None:
            if self.start_edit.text().strip():
                specs.parse_start_at(self.start_edit.text().strip(), self.clock())

        def windows() -> None:
            for window in self.windows():
                specs.parse_window(window)

        results = [
            check(self.name_row, name),
            check(self.waves_row, lambda: specs.parse_waves(self.waves_edit.text())),
            check(self.bake_row, lambda: specs.parse_duration(self.bake_edit.text().strip())),
            check(self.timeout_row, lambda: specs.parse_duration(self.timeout_edit.text().strip())),
            check(self.start_row, start),
            check(self.windows_row, windows),
        ]
        kinds = self.gate_editor.kinds()
        self.timeout_edit.setEnabled(bool(kinds & set(NETWORK)))
        self.alpha_spin.setEnabled("compare" in kinds)
        ok = all(results)
        self._update_buttons(ok)
        return ok

    def _update_buttons(self, ok: bool | None = None) -> None:
        ok = self.fields_ok() if ok is None else ok
        for button in (self.preview_button, self.create_button, self.start_button):
            button.setEnabled(ok and not self._busy)
        self.start_button.setToolTip(
            self.tr("Creates the rollout and starts it: wave 1 is applied by the next runner")
        )

    def fields_ok(self) -> bool:
        return not any(
            row.error.isVisibleTo(self)
            for row in (
                self.name_row,
                self.waves_row,
                self.bake_row,
                self.timeout_row,
                self.start_row,
                self.windows_row,
            )
        )

    def request(self) -> RolloutRequest:
        """The rollout the fields describe."""
        from core.services.rollouts import RolloutRequest  # lazy: the engine

        c, target = self.change, self.change.target
        return RolloutRequest(
            name=self.name_edit.text().strip(),
            kind=c.kind,
            modules=c.modules,
            cascade=c.cascade,
            codes=tuple(target.codes),
            all=target.all,
            tags=tuple(target.tags),
            exclude_tags=tuple(target.exclude_tags),
            waves=self.waves_edit.text().strip(),
            bake=self.bake_edit.text().strip(),
            gates=tuple(self.gate_editor.gates()),
            on_fail="rollback" if self.rollback_radio.isChecked() else "pause",
            gate_timeout=self.timeout_edit.text().strip(),
            compare_alpha=round(self.alpha_spin.value(), 6),
            start_at=self.start_edit.text().strip() or None,
            windows=tuple(self.windows()),
        )

    # -- asking the service --------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.status.setText(text)
        self._update_buttons()

    async def preview(self) -> dict[str, Any] | None:
        """The dry run's waves, in the table; None when a field or the service refused."""
        if not self.validate() or self._busy:
            return None
        request = self.request()
        self._set_busy(True, self.tr("Computing the waves…"))
        try:
            document = await run_sync(
                self.session.rollouts.create, self.session.require_actor(), request, dry_run=True
            )
        except PlatformError as exc:
            self._set_busy(False)
            report(exc, self)
            return None
        self._set_busy(False)
        self.show_waves(document)
        return document

    def show_waves(self, document: dict[str, Any]) -> None:
        self.preview_document = document
        waves = document["waves"]
        table = self.waves_table
        table.setRowCount(len(waves))
        changing_total = 0
        for row, wave in enumerate(waves):
            codes = wave["platforms"]
            changing = sum(1 for p in wave.get("plans", []) if p.get("changes") and not p.get("refusals"))
            changing_total += changing
            shown = ", ".join(codes[:SHOWN_CODES])
            if len(codes) > SHOWN_CODES:
                more = len(codes) - SHOWN_CODES
                shown = arg(counted(self.tr("%1 and %Ln more", "", more), more), shown)
            cells = (number(wave["number"]), number(len(codes)), number(changing), shown)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != PLATFORMS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                else:
                    item.setToolTip(", ".join(codes[:200]))
                table.setItem(row, column, item)
        count, targets = len(waves), document["progress"]["targets"]
        text = arg(
            self.tr("%1 over %2: %3. Nothing is written until you create the rollout."),
            counted(self.tr("%Ln wave(s)", "", count), count),
            counted(self.tr("%Ln platform(s)", "", targets), targets),
            counted(self.tr("%Ln would change", "", changing_total), changing_total),
        )
        refused = int(document.get("refused") or 0)
        if refused:
            text += " " + counted(
                self.tr("%Ln platform(s) refuse the change: the rollout would be refused.", "", refused),
                refused,
            )
        self.preview_note.setText(text)

    async def create(self, *, start: bool) -> dict[str, Any] | None:
        """Create the draft (and start it); the dialog is accepted with the rollout's summary."""
        if not self.validate() or self._busy:
            return None
        request = self.request()
        actor = self.session.require_actor()
        service = self.session.rollouts
        self._set_busy(True, self.tr("Creating the rollout…"))
        try:
            document = await run_sync(service.create, actor, request)
        except PlatformError as exc:
            self._set_busy(False)
            report(exc, self)
            return None
        if start:
            self.status.setText(self.tr("Starting the rollout…"))
            try:
                document = await run_sync(service.start, actor, document["id"])
            except PlatformError as exc:
                self._set_busy(False)
                self.result_value = document  # the draft exists: it stays, and why it did not start is said
                self.created.emit(document)
                report(exc, self.parentWidget())
                self.accept()
                return document
        self._set_busy(False)
        self.result_value = document
        self.created.emit(document)
        self.accept()
        return document

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def done(self, result: int) -> None:
        task = getattr(self, "_tags_task", None)
        if isinstance(task, asyncio.Task) and not task.done():
            task.cancel()
        super().done(result)
