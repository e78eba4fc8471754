"""The modules page: tiers, details, the platforms x modules matrix, toggles with impact preview.

Every change is planned off the GUI thread, previewed in :class:`ImpactPreviewDialog` (opened
with ``open()``, never ``exec()``), then applied in the background with progress and cancel
(a :class:`threading.Event` handed to :meth:`ModuleService.apply`). The matrix follows
changes made elsewhere through the window's change watcher.
"""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from console.asyncutil import run_sync, signal_future, spawn, threadsafe
from console.dialogs.errors import error_text, report
from console.models.common import measured, plural
from console.models.matrix import PlatformMatrixModel
from console.models.modules import ModuleListModel
from console.pages.base import Page, placeholder
from console.widgets.tables import fit_key_columns, freeze_first_column, share_with_key_columns
from core.definition import ModuleDefinition
from core.errors import PlatformError
from core.graph import ChangeRequest, Plan
from core.services.module_service import ApplyResult, Cancelled, Target

SEARCH_DEBOUNCE_MS = 250


class ModulesPage(Page):
    def __init__(self, session, window=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, window)
        from console.widgets.platform_selector import PlatformSelector

        self.preview: Any = None  # the open ImpactPreviewDialog, for tests and the palette
        self._apply_task: asyncio.Task[Any] | None = None
        self._platform_count: int | None = None  # all platforms, when the list was last read
        self._states_tasks: set[asyncio.Task[Any]] = set()
        self._config_form: Any = None
        self._config_key: tuple[str, str] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("modulesToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.enable_action = QAction(self.tr("Enable on target…"), self)
        self.disable_action = QAction(self.tr("Disable on target…"), self)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.toolbar.addAction(self.enable_action)
        self.toolbar.addAction(self.disable_action)
        self.cascade = QCheckBox(self.tr("Cascade: also disable what requires it"))
        self.cascade.setObjectName("cascade")
        # A widget in a tool bar shows and hides through its action, not setVisible().
        self.cascade_action = self.toolbar.addWidget(self.cascade)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)
        layout.addWidget(self.toolbar)

        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.setChildrenCollapsible(False)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        self.module_model = ModuleListModel(session.registry, self)
        self.module_table = QTableView()
        self.module_table.setObjectName("moduleTable")
        self.module_table.setModel(self.module_model)
        self.module_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.module_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.module_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.module_table.setWordWrap(False)
        self.module_table.verticalHeader().hide()
        self.module_table.verticalHeader().setDefaultSectionSize(24)
        header = self.module_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((105, 165, 64, 95, 105, 150)):
            self.module_table.setColumnWidth(column, width)
        # Codes, versions and what a module requires or is required by: whole, at any font.
        fit_key_columns(self.module_table, {column: measured for column in (0, 2, 3, 4)})
        self.module_table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._module_changed())
        self.module_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.module_table.customContextMenuRequested.connect(self._module_menu)
        top.addWidget(self.module_table)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("moduleDetail")
        self.about = QTextBrowser()
        self.about.setObjectName("moduleAbout")
        self.about.setOpenLinks(False)
        self.tabs.addTab(self.about, self.tr("Details"))
        config_page = QWidget()
        config_layout = QVBoxLayout(config_page)
        self.config_title = QLabel()
        self.config_title.setObjectName("configTitle")
        self.config_title.setWordWrap(True)
        config_layout.addWidget(self.config_title)
        self.config_area = QScrollArea()
        self.config_area.setWidgetResizable(True)
        self.config_area.setWidget(
            placeholder(self.tr("Select a module and a platform (a row of the matrix)."))
        )
        config_layout.addWidget(self.config_area, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.config_reset = QPushButton(self.tr("Reset"))
        self.config_save = QPushButton(self.tr("Save"))
        self.config_save.setObjectName("configSave")
        self.config_reset.clicked.connect(lambda: self._config_form and self._config_form.reset())
        self.config_save.clicked.connect(lambda: spawn(self.save_config(), self))
        buttons.addWidget(self.config_reset)
        buttons.addWidget(self.config_save)
        config_layout.addLayout(buttons)
        self.tabs.addTab(config_page, self.tr("Configuration"))
        self.tabs.currentChanged.connect(lambda _i: self._config_target_changed())
        top.addWidget(self.tabs)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([640, 420])
        share_with_key_columns(top, self.module_table)
        vertical.addWidget(top)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setChildrenCollapsible(False)
        target_box = QWidget()
        target_layout = QVBoxLayout(target_box)
        target_layout.setContentsMargins(0, 0, 0, 0)
        target_label = QLabel(self.tr("<b>Target platforms</b> of Enable / Disable"))
        target_layout.addWidget(target_label)
        self.selector = PlatformSelector(target_box, multi=True, allow_all=True)
        self.selector.setObjectName("platformSelector")
        self.selector.selection_changed.connect(self._update_actions)
        self.selector.search_edit.textChanged.connect(self._search_changed)
        target_layout.addWidget(self.selector, 1)
        bottom.addWidget(target_box)
        matrix_box = QWidget()
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        self.matrix_label = QLabel()
        self.matrix_label.setObjectName("matrixLabel")
        self.matrix_label.setWordWrap(True)  # a long line would widen the window past 1280 px
        matrix_layout.addWidget(self.matrix_label)
        self.matrix_model = PlatformMatrixModel(self)
        self.matrix_model.states_needed.connect(self._load_states)
        self.matrix = QTableView()
        self.matrix.setObjectName("matrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.verticalHeader().hide()
        self.matrix.verticalHeader().setDefaultSectionSize(22)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.matrix.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.matrix.customContextMenuRequested.connect(self._matrix_menu)
        self.matrix.doubleClicked.connect(self._matrix_double_clicked)
        self.matrix.selectionModel().currentChanged.connect(self._matrix_current_changed)
        self._matrix_codes = fit_key_columns(self.matrix, {0: measured})  # platform codes, whole
        freeze_first_column(self.matrix)  # the platform stays in sight beside any module's cell
        matrix_layout.addWidget(self.matrix, 1)
        bottom.addWidget(matrix_box)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 3)
        bottom.setSizes([270, 860])
        vertical.addWidget(bottom)
        # The module list and its details (the settings table) get the larger part: the matrix
        # scrolls, a short details pane hid the settings.
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 2)
        vertical.setSizes([450, 300])
        layout.addWidget(vertical, 1)
        self.search_edit = self.selector.search_edit

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(lambda: spawn(self.load_platforms(), self))
        self.enable_action.triggered.connect(lambda: self._toolbar_change(True))
        self.disable_action.triggered.connect(lambda: self._toolbar_change(False))
        self.refresh_action.triggered.connect(self.reload)
        self._apply_permissions()

    def commands(self) -> list[QAction]:
        return [self.enable_action, self.disable_action, self.refresh_action]

    # -- permissions ------------------------------------------------------------------------
    def _apply_permissions(self) -> None:
        toggle = self.session.can_write("modules.toggle")
        for action in (self.enable_action, self.disable_action):
            action.setVisible(toggle)
        self.cascade_action.setVisible(toggle)
        self.selector.setEnabled(toggle)
        self.selector.parentWidget().setVisible(toggle)
        self._update_actions()
        self._update_config_buttons()

    def session_changed(self) -> None:
        self._apply_permissions()
        self.reload()

    def can_toggle(self) -> bool:
        return self.session.can_write("modules.toggle")

    def can_configure(self) -> bool:
        return self.session.can_write("modules.configure")

    def _update_actions(self) -> None:
        module = self.selected_module()
        target = self.selector.selected()
        ready = self.can_toggle() and module is not None and (target is None or bool(target))
        self.enable_action.setEnabled(ready)
        self.disable_action.setEnabled(ready)
        if module is not None:
            self.enable_action.setText(self.tr("Enable {module} on target…").format(module=module.code))
            self.disable_action.setText(self.tr("Disable {module} on target…").format(module=module.code))
        hint = self.tr("Check target platforms below (or “All platforms”) and select a module.")
        hint = "" if ready else hint
        for action in (self.enable_action, self.disable_action):
            action.setToolTip(hint or action.text().rstrip("…"))

    # -- loading ------------------------------------------------------------------------------
    async def load(self) -> None:
        actor = self.session.require_actor()
        modules = await run_sync(self.session.modules.visible_modules, actor)
        current = self.selected_module()
        codes = [m.code for m in modules]
        if codes != [m.code for m in self.module_model.modules()]:
            self.module_model.set_modules(modules)
            for row in self.module_model.header_rows():
                self.module_table.setSpan(row, 0, 1, self.module_model.columnCount())
            self.matrix_model.set_columns(codes, [m.code for m in modules if m.is_core])
            metrics = QFontMetrics(self.matrix.horizontalHeader().font())
            self.matrix.setColumnWidth(0, 112)
            self._matrix_codes.fit()
            for column, code in enumerate(codes, start=1):
                self.matrix.setColumnWidth(column, max(44, metrics.horizontalAdvance(code) + 18))
        self.select_module(current.code if current else codes[0] if codes else "")
        await self.load_platforms()

    async def load_platforms(self) -> None:
        """The matrix rows (the search of the selector filters them in SQL) and the selector's list."""
        actor = self.session.require_actor()
        search = self.selector.search_edit.text().strip()
        refs = await run_sync(self.session.platforms.list_platforms, actor, search or None)
        self._platform_count = await run_sync(self.session.platforms.count, actor)
        if not search:
            self.selector.set_platforms([(r.code, r.name) for r in refs])
        self.matrix_model.forget_states()
        self.matrix_model.set_platforms(refs)
        self._update_matrix_label()

    def _search_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _load_states(self, codes: list[str]) -> None:
        task = spawn(self.load_states(codes), self)
        self._states_tasks.add(task)
        task.add_done_callback(self._states_tasks.discard)

    async def load_states(self, codes: list[str]) -> None:
        if not codes:
            return
        actor = self.session.require_actor()
        states = await run_sync(self.session.modules.enabled_matrix, actor, Target.of(codes))
        self.matrix_model.set_states(states)

    async def states_loaded(self) -> None:
        """Wait until the matrix rows asked for so far have their state (tests, screenshots)."""
        while self._states_tasks:
            await asyncio.gather(*list(self._states_tasks), return_exceptions=True)

    async def refresh_states(self) -> None:
        """Re-read the enabled state of every row loaded so far (after a change); platforms
        created (or removed) elsewhere bring the platform list up to date first."""
        count = await run_sync(self.session.platforms.count, self.session.require_actor())
        if count != self._platform_count:
            await self.load_platforms()
        await self.load_states(self.matrix_model.loaded_codes())
        await self.states_loaded()
        self._update_matrix_label()
        if self._config_form is not None and not self._config_form.is_dirty():
            self._config_target_changed()

    async def ready(self) -> None:
        await super().ready()
        await self.states_loaded()

    def database_changed(self) -> None:
        if self._load_task is None:
            return
        if self._apply_task is not None and not self._apply_task.done():
            return  # the apply refreshes when it ends
        spawn(self.refresh_states(), self)

    def _update_matrix_label(self) -> None:
        total = self.matrix_model.total_platforms()
        search = self.selector.search_edit.text().strip()
        text = plural(
            total,
            self.tr("<b>Platforms \u00d7 modules</b> — 1 platform"),
            self.tr("<b>Platforms \u00d7 modules</b> — {n:,} platforms"),
        )
        if search:
            text += self.tr(" matching “{search}”").format(search=search)
        if self.can_toggle():
            text += self.tr(" · double-click a cell to toggle, right-click for more")
        self.matrix_label.setText(text)

    # -- module selection and details ------------------------------------------------------------
    def selected_module(self) -> ModuleDefinition | None:
        index = self.module_table.currentIndex()
        return self.module_model.module_at(index.row()) if index.isValid() else None

    def select_module(self, code: str) -> None:
        row = self.module_model.row_of(code)
        if row >= 0:
            self.module_table.selectRow(row)
            self.module_table.setCurrentIndex(self.module_model.index(row, 0))

    def _module_changed(self) -> None:
        module = self.selected_module()
        self.about.setHtml(module_html(module, self.session.registry, self.tr) if module else "")
        self._update_actions()
        self._config_target_changed()

    # -- configuration --------------------------------------------------------------------------------
    def current_platform(self) -> str:
        """The platform of the matrix's current row (what the Configuration tab edits)."""
        index = self.matrix.currentIndex()
        ref = self.matrix_model.platform_at(index.row()) if index.isValid() else None
        return ref.code if ref else ""

    def _matrix_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.row() != previous.row():
            self._config_target_changed()

    def _update_config_buttons(self) -> None:
        ok = self._config_form is not None and self.can_configure()
        self.config_save.setEnabled(ok)
        self.config_reset.setEnabled(ok)
        if self._config_form is not None:
            self._config_form.setEnabled(self.can_configure())

    def _config_target_changed(self) -> None:
        """Load the settings form when the Configuration tab shows (lazily: it costs a query)."""
        if self.tabs.currentIndex() == 1:
            spawn(self.load_config(), self)

    async def load_config(self) -> None:
        from console.widgets.config_form import ConfigForm

        module, platform = self.selected_module(), self.current_platform()
        self._config_form = None
        self._config_key = None
        if module is None or module.config_schema is None:
            self.config_title.setText(
                self.tr("{module} has no settings.").format(module=module.code) if module else ""
            )
            self.config_area.setWidget(placeholder(""))
            self._update_config_buttons()
            return
        if not platform:
            self.config_title.setText(
                self.tr("Settings of {module}: select a platform (a row of the matrix)").format(
                    module=module.code
                )
            )
            self.config_area.setWidget(placeholder(""))
            self._update_config_buttons()
            return
        actor = self.session.require_actor()
        states = await run_sync(self.session.modules.module_status, actor, platform)
        state = next((s for s in states if s.code == module.code), None)
        if (module.code, platform) != (
            (m.code, self.current_platform()) if (m := self.selected_module()) else None
        ):
            return  # the selection moved on meanwhile
        form = ConfigForm(module.config_schema)
        form.setObjectName("configForm")
        form.set_values(state.config if state else {})
        self._config_form = form
        self._config_key = (module.code, platform)
        enabled = state.enabled if state else False
        self.config_title.setText(
            self.tr("Settings of <b>{module}</b> on <b>{platform}</b> ({state})").format(
                module=module.code,
                platform=platform,
                state=self.tr("enabled") if enabled else self.tr("disabled"),
            )
        )
        self.config_area.setWidget(form)
        self._update_config_buttons()

    async def save_config(self) -> list[str]:
        form = self._config_form
        if form is None or self._config_key is None:
            return []
        if not form.validate():
            return []
        module, platform = self._config_key
        values = form.values()
        if not values:
            self.show_status(self.tr("Nothing changed."))
            return []
        actor = self.session.require_actor()
        done = await run_sync(self.session.modules.configure, actor, module, Target.of([platform]), values)
        self.show_status(
            self.tr("Saved the settings of {module} on {platform}").format(module=module, platform=platform)
        )
        await self.load_config()
        return done

    # -- changes ----------------------------------------------------------------------------------------
    def target(self) -> Target | None:
        selected = self.selector.selected()
        if selected is None:
            return Target(all=True)
        return Target.of(selected) if selected else None

    def _toolbar_change(self, enable: bool) -> None:
        module, target = self.selected_module(), self.target()
        if module is None or target is None:
            return
        self.start_change(module.code, enable, target, cascade=self.cascade.isChecked())

    def start_change(
        self, module: str, enable: bool, target: Target, *, cascade: bool = False
    ) -> asyncio.Task[Any]:
        task = spawn(self.change(module, enable, target, cascade=cascade), self)
        self._apply_task = task
        return task

    async def preview_change(
        self, module: str, enable: bool, target: Target, *, cascade: bool = False
    ) -> Any:
        """Plan off the GUI thread and open the impact preview (``open()``); returns the dialog."""
        from console.widgets.impact_preview import ImpactPreviewDialog

        request = (
            ChangeRequest(enable=(module,)) if enable else ChangeRequest(disable=(module,), cascade=cascade)
        )
        actor = self.session.require_actor()
        self.show_status(self.tr("Computing the impact…"), 0)
        try:
            plan: Plan = await run_sync(self.session.modules.plan, actor, target, request)
        finally:
            self.show_status("", 1)
        verb = self.tr("Enable {module}") if enable else self.tr("Disable {module}")
        dialog = ImpactPreviewDialog(plan, self, title=verb.format(module=module))
        dialog.setObjectName("impactPreview")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.request = request  # type: ignore[attr-defined]
        dialog.target = target  # type: ignore[attr-defined]
        self.preview = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._preview_closed(d))
        dialog.cascade_changed.connect(lambda cascade, d=dialog: spawn(self.replan(d, cascade), self))
        dialog.open()
        return dialog

    async def replan(self, dialog: Any, cascade: bool) -> None:
        """The preview's Cascade choice changed: plan again and show the new plan in it."""
        request = replace(dialog.request, cascade=cascade)
        actor = self.session.require_actor()
        try:
            plan: Plan = await run_sync(self.session.modules.plan, actor, dialog.target, request)
        except PlatformError as exc:
            if isValid(dialog):
                dialog.replan_failed(error_text(exc))
            return
        if isValid(dialog):
            dialog.request = request
            dialog.set_plan(plan)

    def _preview_closed(self, dialog: Any) -> None:
        if self.preview is dialog:
            self.preview = None

    async def change(
        self, module: str, enable: bool, target: Target, *, cascade: bool = False
    ) -> ApplyResult | None:
        """Preview, then (if the user applies) apply in the background; the outcome shows in the dialog."""
        dialog = await self.preview_change(module, enable, target, cascade=cascade)
        apply_requested = signal_future(dialog.apply_requested)
        finished = signal_future(dialog.finished)
        await asyncio.wait({apply_requested, finished}, return_when=asyncio.FIRST_COMPLETED)
        if not apply_requested.done():
            apply_requested.cancel()
            return None
        return await self.apply(dialog, bool(apply_requested.result()))

    async def apply(self, dialog: Any, skip_refused: bool) -> ApplyResult | None:
        cancel = threading.Event()
        dialog.cancel_requested.connect(cancel.set)
        plan: Plan = dialog.plan
        dialog.show_progress(0, len(plan.applicable))
        progress = threadsafe(lambda done, total: self._progress(dialog, done, total))
        actor = self.session.require_actor()
        result: ApplyResult | None = None
        try:
            result = await run_sync(
                self.session.modules.apply,
                actor,
                dialog.target,
                dialog.request,
                skip_refused=skip_refused,
                progress=progress,
                cancel=cancel,
            )
        except Cancelled:
            dialog.show_outcome(self.tr("Cancelled: nothing was written."), False)
        except PlatformError as exc:
            dialog.show_outcome(self.tr("Nothing was written: {error}").format(error=error_text(exc)), False)
        except Exception as exc:
            dialog.show_outcome(
                self.tr("Unexpected error: nothing was written. The details are in the log file."), False
            )
            report(exc, self)
        else:
            dialog.show_outcome(outcome_text(result, self.tr), True)
            self.show_status(result.plan.headline())
        await self.refresh_states()
        return result

    def _progress(self, dialog: Any, done: int, total: int) -> None:
        try:
            if dialog.isVisible():
                dialog.show_progress(done, total)
        except RuntimeError:  # the dialog was deleted
            pass

    # -- menus and clicks --------------------------------------------------------------------------------
    def _cell(self, index: QModelIndex) -> tuple[str, str] | None:
        if not index.isValid():
            return None
        ref = self.matrix_model.platform_at(index.row())
        module = self.matrix_model.module_at(index.column())
        return (ref.code, module) if ref and module else None

    def _matrix_double_clicked(self, index: QModelIndex) -> None:
        cell = self._cell(index)
        if cell is None or not self.can_toggle():
            return
        platform, module = cell
        enabled = self.matrix_model.is_enabled(platform, module)
        if enabled is None:
            return
        self.select_module(module)
        self.start_change(module, not enabled, Target.of([platform]), cascade=self.cascade.isChecked())

    def _selected_platforms(self) -> list[str]:
        rows = sorted({i.row() for i in self.matrix.selectionModel().selectedIndexes()})
        return [ref.code for r in rows if (ref := self.matrix_model.platform_at(r)) is not None]

    def matrix_menu(self, index: QModelIndex) -> QMenu | None:
        cell = self._cell(index)
        if cell is None:
            return None
        platform, module = cell
        menu = QMenu(self)
        platforms = self._selected_platforms()
        if platform not in platforms:
            platforms = [platform]
        if self.can_toggle():
            # Only what applies: enable where it is off, disable where it is on.
            states = {p: self.matrix_model.is_enabled(p, module) for p in platforms}
            off = [p for p, on in states.items() if on is False]
            on = [p for p, on in states.items() if on is True]
            if off:
                menu.addAction(
                    self.tr("Enable {module} on {where}…").format(module=module, where=self._where(off)),
                    lambda: self.start_change(module, True, Target.of(off)),
                )
            if on:
                where = self._where(on)
                menu.addAction(
                    self.tr("Disable {module} on {where}…").format(module=module, where=where),
                    lambda: self.start_change(module, False, Target.of(on)),
                )
                if self.session.registry.required_by(module):
                    menu.addAction(
                        self.tr("Disable {module} and what requires it on {where}…").format(
                            module=module, where=where
                        ),
                        lambda: self.start_change(module, False, Target.of(on), cascade=True),
                    )
            if off or on:
                menu.addSeparator()
        configure = menu.addAction(
            self.tr("Settings of {module} on {platform}").format(module=module, platform=platform),
            lambda: self._open_settings(module, platform),
        )
        configure.setEnabled(self.session.registry.get(module).config_schema is not None)
        return menu

    def _where(self, platforms: list[str]) -> str:
        if len(platforms) == 1:
            return platforms[0]
        return self.tr("{n} selected platforms").format(n=len(platforms))

    def _matrix_menu(self, pos: QPoint) -> None:
        menu = self.matrix_menu(self.matrix.indexAt(pos))
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.matrix.viewport().mapToGlobal(pos))

    def _module_menu(self, pos: QPoint) -> None:
        index = self.module_table.indexAt(pos)
        module = self.module_model.module_at(index.row()) if index.isValid() else None
        if module is None or not self.can_toggle():
            return
        self.select_module(module.code)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.enable_action)
        menu.addAction(self.disable_action)
        menu.popup(self.module_table.viewport().mapToGlobal(pos))

    def _open_settings(self, module: str, platform: str) -> None:
        self.select_module(module)
        row = self.matrix_model.row_of(platform)
        if row >= 0:
            self.matrix.setCurrentIndex(self.matrix_model.index(row, self.matrix_model.column_of(module)))
        self.tabs.setCurrentIndex(1)

    def shutdown(self) -> None:
        super().shutdown()
        self._search_timer.stop()
        if self.preview is not None:
            self.preview.cancel_requested.emit()


def outcome_text(result: ApplyResult, tr: Any) -> str:
    applied = len(result.applied)
    text = tr("Done: {headline}").format(headline=result.plan.headline())
    text += "\n" + plural(applied, tr("1 platform changed."), tr("{n:,} platforms changed."))
    if result.skipped:
        one, many = tr("1 refused platform skipped."), tr("{n:,} refused platforms skipped.")
        text += " " + plural(len(result.skipped), one, many)
    return text


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def module_html(module: ModuleDefinition, registry: Any, tr: Any) -> str:
    """The detail pane: what the module is, what it needs, its permissions and config schema."""
    rows = [
        (tr("Tier"), module.tier.value),
        (tr("Version"), module.version),
        (tr("Requires"), ", ".join(module.requires) or tr("nothing")),
        (tr("Required by"), ", ".join(registry.required_by(module.code)) or tr("nothing")),
        (
            tr("All requirements"),
            ", ".join(sorted(registry.requirements_closure(module.code))) or tr("nothing"),
        ),
    ]
    html = [f"<h3>{_esc(module.code)} — {_esc(module.name)}</h3><p>{_esc(module.description)}</p><table>"]
    html += [f"<tr><td><b>{_esc(k)}</b>&nbsp;</td><td>{_esc(v)}</td></tr>" for k, v in rows]
    html.append("</table>")
    if module.permissions:
        html.append(f"<h4>{_esc(tr('Permissions'))}</h4><ul>")
        html += [f"<li><code>{_esc(p.code)}</code> — {_esc(p.label)}</li>" for p in module.permissions]
        html.append("</ul>")
    if module.config_schema is None:
        html.append(f"<p><i>{_esc(tr('No settings.'))}</i></p>")
        return "".join(html)
    schema = module.config_schema.model_json_schema()
    html.append(f"<h4>{_esc(tr('Config schema'))}</h4><table cellspacing='4'>")
    titles = (tr("Setting"), tr("Type"), tr("Default"), tr("Notes"))
    cells = "".join(f"<th align='left' style='white-space:nowrap'>{_esc(t)}</th>" for t in titles)
    html.append(f"<tr>{cells}</tr>")
    secrets = module.secret_fields
    for name, prop in schema.get("properties", {}).items():
        kind = _schema_type(prop)
        default = (
            "***" if name in secrets else json.dumps(module.default_config.get(name, prop.get("default")))
        )
        notes = []
        if name in secrets:
            notes.append(tr("secret: stored encrypted"))
        for key, label in (
            ("minimum", "≥"),
            ("maximum", "≤"),
            ("exclusiveMinimum", ">"),
            ("exclusiveMaximum", "<"),
        ):
            if key in prop:
                notes.append(f"{label} {prop[key]}")
        if prop.get("description"):
            notes.append(prop["description"])
        html.append(
            # A setting's name never wraps mid-word; its title (the form's label) comes first.
            f"<tr><td style='white-space:nowrap'>{_esc(setting_label(module, name))}<br>"
            f"<code>{_esc(name)}</code></td>"
            f"<td>{_esc(kind)}</td><td><code>{_esc(default)}</code>"
            f"</td><td>{_esc('; '.join(notes))}</td></tr>"
        )
    html.append("</table>")
    shown_default = {
        k: ("***" if k in secrets and v not in (None, "") else v) for k, v in module.default_config.items()
    }
    html.append(
        f"<h4>{_esc(tr('Default config'))}</h4><pre>{_esc(json.dumps(shown_default, indent=2))}</pre>"
    )
    return "".join(html)


def setting_label(module: ModuleDefinition, name: str) -> str:
    """A setting's title, as the settings form shows it."""
    from console.widgets.config_form import field_label

    assert module.config_schema is not None
    return field_label(name, module.config_schema.model_fields[name])


def _schema_type(prop: dict[str, Any]) -> str:
    if "enum" in prop:
        return " | ".join(json.dumps(v) for v in prop["enum"])
    if "anyOf" in prop:
        return " | ".join(_schema_type(p) for p in prop["anyOf"])
    if prop.get("type") == "array":
        return f"list[{_schema_type(prop.get('items', {}))}]"
    return str(prop.get("type", "any"))
