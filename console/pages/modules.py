"""The modules page: tiers, details, the platforms x modules matrix, toggles with impact preview.

Every change is planned off the GUI thread, previewed in :class:`ImpactPreviewDialog` (opened
with ``open()``, never ``exec()``), then applied in the background with progress and cancel
(a :class:`threading.Event` handed to :meth:`ModuleService.apply`; see
:mod:`console.dialogs.impact`). The matrix follows changes made elsewhere through the window's
change watcher. The page builds its widgets in small named parts (``_build_*``) from
:mod:`console.widgets.module_list`, :mod:`console.widgets.module_details` (details and settings)
and :mod:`console.widgets.module_matrix` (the matrix and the target platforms).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QMenu, QSplitter, QToolBar, QVBoxLayout
from shiboken6 import isValid

from console.asyncutil import loop_running, run_sync, spawn, submit
from console.dialogs.errors import error_text
from console.dialogs.impact import apply_in, preview_dialog, wait_for_apply
from console.dialogs.tags import TagsDialog
from console.models.matrix import PAGE as MATRIX_PAGE
from console.pages.base import Page, placeholder
from console.session import ConsoleSession
from console.startup_trace import mark
from console.widgets.config_form import ConfigForm
from console.widgets.impact_preview import plan_headline, ready_for_preview
from console.widgets.module_details import CONFIG_TAB, ModuleDetails, SchemaTable, module_html, schema_table
from console.widgets.module_list import ModuleList
from console.widgets.module_matrix import PlatformMatrix, TargetPlatforms
from console.widgets.page_parts import enter_action, splitter
from console.widgets.tables import share_with_key_columns
from core.actor import Actor
from core.definition import ModuleDefinition
from core.errors import PlatformError
from core.graph import ChangeRequest, Plan
from core.services.module_service import ApplyResult, ModuleService, Target
from core.services.platforms import PlatformRef

SEARCH_DEBOUNCE_MS = 250


@dataclass(frozen=True)
class PageRead:
    """What the page shows, read in one worker call (:func:`read_page`)."""

    search: str
    platforms: list[PlatformRef]
    count: int  # all platforms, whatever the search
    states: dict[str, frozenset[str]]  # the enabled modules of the first page of rows
    modules: list[ModuleDefinition] | None = None
    tag: str = ""  # the tag filter ("" for none)
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)  # of the listed platforms
    known_tags: list[str] = field(default_factory=list)  # every tag in use


def read_page(
    session: ConsoleSession, actor: Actor, search: str, modules: bool = False, tag: str = ""
) -> PageRead:
    """In a worker: the matrix rows (``search`` and ``tag`` filter them) with their tags, the tags
    in use, the count of all platforms and the enabled modules of the rows shown first (and, with
    ``modules``, the modules ``actor`` sees): one trip off the GUI thread where there were six."""
    visible = session.modules.visible_modules(actor) if modules else None
    refs = session.platforms.list_platforms(actor, search or None, tag=tag or None)
    count = session.platforms.count(actor)
    first = [r.code for r in refs[:MATRIX_PAGE]]
    states = session.modules.enabled_matrix(actor, Target.of(first)) if first else {}
    tags = session.platforms.tags(actor, refs)
    known = session.platforms.tags_in_use(actor)
    return PageRead(search, refs, count, states, visible, tag, tags, known)


def plan_for_preview(modules: ModuleService, actor: Actor, target: Target, request: ChangeRequest) -> Plan:
    """In a worker: the plan the impact preview shows, with what the preview needs loaded."""
    return ready_for_preview(modules.plan(actor, target, request))


def read_states(
    session: ConsoleSession, actor: Actor, refs: list[PlatformRef]
) -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """In a worker: the enabled modules and the tags of the rows ``refs`` (rows just shown)."""
    states = session.modules.enabled_matrix(actor, Target.of([r.code for r in refs]))
    return states, session.platforms.tags(actor, refs)


class ModulesPage(Page):
    built_before_sign_in = True  # session_changed() applies the permissions and loads
    # A rollout was created from the preview ("Roll out in waves…"): its id. The window shows it
    # on the Rollouts page when there is one (its ``open_rollout(id)``).
    rollout_created = Signal(int)

    def __init__(self, session, window=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, window)
        self.preview: Any = None  # the open ImpactPreviewDialog, for tests and the palette
        self.tags_dialog: Any = None  # the last tag editor opened (tests)
        self.rollout_dialog: Any = None  # the last "Roll out in waves" dialog opened (tests)
        self._apply_task: asyncio.Task[Any] | None = None
        self._platform_count: int | None = None  # all platforms, when the list was last read
        self._states_tasks: set[asyncio.Task[Any]] = set()
        self._schema_tables: dict[str, SchemaTable | None] = {}  # by module code, once loaded
        self._schema_tasks: dict[str, asyncio.Task[None]] = {}
        self._config_form: Any = None
        self._config_key: tuple[str, str] | None = None
        self._first_read: asyncio.Future[PageRead] | None = None  # see session_changed

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._build_toolbar())
        parts = (self._build_modules_and_details(), self._build_targets_and_matrix())
        # The module list and its details (the settings table) get the larger part: the matrix
        # scrolls, a short details pane hid the settings.
        layout.addWidget(splitter(Qt.Orientation.Vertical, parts, (3, 2), (450, 300)), 1)
        self.search_edit = self.selector.search_edit
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(lambda: spawn(self.load_platforms(), self))
        self.enable_action.triggered.connect(lambda: self._toolbar_change(True))
        self.disable_action.triggered.connect(lambda: self._toolbar_change(False))
        self.refresh_action.triggered.connect(self.reload)
        self._apply_permissions()

    # -- the parts -----------------------------------------------------------------------------------
    def _build_toolbar(self) -> QToolBar:
        """Enable / Disable on the target platforms, Cascade, Refresh."""
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
        return self.toolbar

    def _build_modules_and_details(self) -> QSplitter:
        """The module list by tier, beside the selected module's details and settings."""
        self.module_table = ModuleList(self.session.registry)
        self.module_model = self.module_table.modules
        self.module_table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._module_changed())
        self.module_table.customContextMenuRequested.connect(self._module_menu)
        self.tabs = ModuleDetails(placeholder)
        self.about, self.config_area = self.tabs.about, self.tabs.config_area
        self.config_save = self.tabs.config_save
        self.tabs.config_reset.clicked.connect(lambda: self._config_form and self._config_form.reset())
        self.config_save.clicked.connect(lambda: spawn(self.save_config(), self))
        self.tabs.currentChanged.connect(lambda _i: self._config_target_changed())
        top = splitter(Qt.Orientation.Horizontal, (self.module_table, self.tabs), (3, 2), (640, 420))
        share_with_key_columns(top, self.module_table)
        return top

    def _build_targets_and_matrix(self) -> QSplitter:
        """The target platforms of Enable / Disable, beside the platforms x modules matrix."""
        self.targets = TargetPlatforms()
        self.selector = self.targets.selector
        self.selector.selection_changed.connect(self._update_actions)
        self.selector.search_edit.textChanged.connect(self._search_changed)
        self.platform_matrix = PlatformMatrix()
        self.matrix_model, self.matrix = self.platform_matrix.model, self.platform_matrix.view
        self.matrix_model.states_needed.connect(self._load_states)
        self.matrix.customContextMenuRequested.connect(self._matrix_menu)
        self.matrix.doubleClicked.connect(self._matrix_double_clicked)
        enter_action(
            self.matrix, self.tr("Turn the selected module on or off there"), self._matrix_double_clicked
        )
        self.matrix.selectionModel().currentChanged.connect(self._matrix_current_changed)
        self.platform_matrix.tag_filter.currentIndexChanged.connect(
            lambda _i: spawn(self.load_platforms(), self)
        )
        self.platform_matrix.edit_tags.clicked.connect(self._edit_current_tags)
        for edit in (self.targets.tags_edit, self.targets.exclude_edit):
            edit.textChanged.connect(lambda _t: self._update_actions())
        return splitter(Qt.Orientation.Horizontal, (self.targets, self.platform_matrix), (1, 3), (270, 860))

    def commands(self) -> list[QAction]:
        return [self.enable_action, self.disable_action, self.refresh_action]

    # -- permissions ------------------------------------------------------------------------
    def _apply_permissions(self) -> None:
        toggle = self.session.can_write("modules.toggle")
        for action in (self.enable_action, self.disable_action):
            action.setVisible(toggle)
        self.cascade_action.setVisible(toggle)
        self.selector.setEnabled(toggle)
        self.targets.setVisible(toggle)
        self.platform_matrix.edit_tags.setVisible(self.can_tag())
        self._update_actions()
        self._update_config_buttons()

    def session_changed(self) -> None:
        self._apply_permissions()
        if self._load_task is None and self.session.actor is not None and loop_running():
            # Built before the sign-in (MainWindow.prebuild): the first read starts now, during
            # the window's first paint, not after it (the load's first step comes after the paint).
            first = submit(read_page, self.session, self.session.actor, self._search(), True)
            first.add_done_callback(lambda f: f.cancelled() or f.exception())  # said by load(), if used
            self._first_read = first
        self.reload()

    def can_toggle(self) -> bool:
        return self.session.can_write("modules.toggle")

    def can_tag(self) -> bool:
        return self.session.can_write("platforms.tag")

    def may_tag(self, ref: PlatformRef | None) -> bool:
        """Whether the signed-in person may edit ``ref``'s tags (a platform admin: their own)."""
        actor = self.session.actor
        return ref is not None and self.can_tag() and actor is not None and actor.can("platforms.tag", ref.id)

    def can_configure(self) -> bool:
        return self.session.can_write("modules.configure")

    def can_rollout(self) -> bool:
        return self.session.can_write("modules.rollout")

    def _update_actions(self) -> None:
        module = self.selected_module()
        target = self.selector.selected()
        aimed = target is None or bool(target) or bool(self.targets.tags())
        ready = self.can_toggle() and module is not None and aimed
        self.enable_action.setEnabled(ready)
        self.disable_action.setEnabled(ready)
        if module is not None:
            self.enable_action.setText(self.tr("Enable {module} on target…").format(module=module.code))
            self.disable_action.setText(self.tr("Disable {module} on target…").format(module=module.code))
        hint = self.tr("Check target platforms below (or “All platforms”, or type tags) and select a module.")
        hint = "" if ready else hint
        for action in (self.enable_action, self.disable_action):
            action.setToolTip(hint or action.text().rstrip("…"))

    # -- loading ------------------------------------------------------------------------------
    async def load(self) -> None:
        """The modules, the platforms and the state of the first rows: one trip to a worker."""
        mark("modules page: loading")
        first, self._first_read = self._first_read, None
        if first is not None and not self._search() and not self._tag():
            read = await first
        else:
            actor = self.session.require_actor()
            read = await run_sync(read_page, self.session, actor, self._search(), True, self._tag())
        mark("modules page: read")
        modules = read.modules or []
        current = self.selected_module()
        codes = [m.code for m in modules]
        if self.module_table.set_modules(modules):
            self.platform_matrix.set_modules(codes, [m.code for m in modules if m.is_core])
        self.select_module(current.code if current else codes[0] if codes else "")
        self._show_platforms(read)

    async def load_platforms(self) -> None:
        """The matrix rows (the search of the selector filters them in SQL) and the selector's list."""
        search, tag = self._search(), self._tag()
        read = await run_sync(read_page, self.session, self.session.require_actor(), search, False, tag)
        if (search, tag) == (self._search(), self._tag()):  # else a newer read follows
            self._show_platforms(read)

    def _search(self) -> str:
        return self.selector.search_edit.text().strip()

    def _tag(self) -> str:
        return self.platform_matrix.chosen_tag()

    def _show_platforms(self, read: PageRead) -> None:
        self._platform_count = read.count
        if not read.search:
            self.selector.set_platforms([(r.code, r.name) for r in read.platforms])
        self.matrix_model.set_platforms(read.platforms, read.states)
        self._show_tags(read.tags, read.known_tags)
        self._update_matrix_label()
        self._update_tag_button()
        mark("modules page: matrix shown")

    def _show_tags(self, tags: dict[str, tuple[str, ...]], known: list[str]) -> None:
        self.matrix_model.set_tags(tags)
        self.platform_matrix.set_known_tags(known)

    def _search_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _load_states(self, codes: list[str]) -> None:
        task = spawn(self.load_states(codes), self)
        self._states_tasks.add(task)
        task.add_done_callback(self._states_tasks.discard)

    async def load_states(self, codes: list[str], *, only: bool = False) -> None:
        """The states and tags of the rows ``codes``; ``only``: the tags of every other platform
        are forgotten (read with their rows when they are shown)."""
        if not codes:
            return
        actor = self.session.require_actor()
        mark("modules page: reading states")
        refs = self.matrix_model.loaded_refs(codes)
        states, tags = await run_sync(read_states, self.session, actor, refs)
        self.matrix_model.set_states(states)
        self.matrix_model.update_tags([r.code for r in refs], tags, others=not only)
        mark("modules page: states shown")

    async def states_loaded(self) -> None:
        """Wait until the matrix rows asked for so far have their state (tests, screenshots)."""
        while self._states_tasks:
            await asyncio.gather(*list(self._states_tasks), return_exceptions=True)

    async def refresh_states(self) -> None:
        """Re-read the enabled state of every row loaded so far (after a change); platforms
        created (or removed) elsewhere bring the platform list up to date first."""
        actor = self.session.require_actor()
        count = await run_sync(self.session.platforms.count, actor)
        listed = count != self._platform_count
        if listed:
            await self.load_platforms()
        else:  # tags changed elsewhere (another console, the command line) show too: the loaded
            # rows' are read with their states, not every platform's (100,000 after each wave)
            self.platform_matrix.set_known_tags(await run_sync(self.session.platforms.tags_in_use, actor))
        await self.load_states(self.matrix_model.loaded_codes(), only=not listed)
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
        self.platform_matrix.say(self._search(), self.can_toggle(), self._tag())

    # -- module selection and details ------------------------------------------------------------
    def selected_module(self) -> ModuleDefinition | None:
        return self.module_table.selected()

    def select_module(self, code: str) -> None:
        self.module_table.select(code)

    def _module_changed(self) -> None:
        module = self.selected_module()
        self._show_about(module)
        self._update_actions()
        self._config_target_changed()

    def _show_about(self, module: ModuleDefinition | None) -> None:
        """The Details tab at once; a schema table not loaded yet follows from a worker."""
        if module is None:
            self.about.setHtml("")
            return
        table = self._schema_tables.get(module.code)
        scroll = self.about.verticalScrollBar()
        kept = scroll.value() if self.about.property("module") == module.code else 0
        self.about.setHtml(module_html(module, self.session.registry, table))
        self.about.setProperty("module", module.code)
        scroll.setValue(kept)
        if table is None and module.has_settings and module.code not in self._schema_tasks:
            task = spawn(self._load_schema_table(module), self)
            self._schema_tasks[module.code] = task
            task.add_done_callback(lambda _t, code=module.code: self._schema_tasks.pop(code, None))

    async def _load_schema_table(self, module: ModuleDefinition) -> None:
        """Import the module's config schema (and pydantic) in a worker, once the start-up's first
        page has loaded, then show its table if the module is still the one selected."""
        if self.main_window is not None:
            await self.main_window.background_allowed()
        self._schema_tables[module.code] = await run_sync(schema_table, module)
        selected = self.selected_module()
        if selected is not None and selected.code == module.code:
            self._show_about(selected)

    async def details_loaded(self) -> None:
        """Wait until the Details tab shows its schema table (tests, screenshots)."""
        while self._schema_tasks:
            await asyncio.gather(*list(self._schema_tasks.values()), return_exceptions=True)

    # -- configuration --------------------------------------------------------------------------------
    def current_platform(self) -> str:
        """The platform of the matrix's current row (what the Configuration tab edits)."""
        return self.platform_matrix.current_platform()

    def _matrix_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.row() != previous.row():
            self._config_target_changed()
            self._update_tag_button()

    def _update_config_buttons(self) -> None:
        self.tabs.enable_settings(self._config_form, self.can_configure())

    def _config_target_changed(self) -> None:
        """Load the settings form when the Configuration tab shows (lazily: it costs a query)."""
        if self.tabs.showing_settings():
            spawn(self.load_config(), self)

    async def load_config(self) -> None:
        module, platform = self.selected_module(), self.current_platform()
        self._config_form = None
        self._config_key = None
        if module is None or not module.has_settings:
            self._no_settings(
                self.tr("{module} has no settings.").format(module=module.code) if module else ""
            )
            return
        if not platform:
            title = self.tr("Settings of {module}: select a platform (a row of the matrix)")
            self._no_settings(title.format(module=module.code))
            return
        actor = self.session.require_actor()
        states = await run_sync(self.session.modules.module_status, actor, platform)
        schema = await run_sync(lambda: module.config_schema)  # imported on first use (pydantic)
        state = next((s for s in states if s.code == module.code), None)
        if (module.code, platform) != (
            (m.code, self.current_platform()) if (m := self.selected_module()) else None
        ):
            return  # the selection moved on meanwhile
        form = ConfigForm(schema)
        form.setObjectName("configForm")
        form.set_values(state.config if state else {})
        self._config_form = form
        self._config_key = (module.code, platform)
        enabled = state.enabled if state else False
        title = self.tr("Settings of <b>{module}</b> on <b>{platform}</b> ({state})").format(
            module=module.code,
            platform=platform,
            state=self.tr("enabled") if enabled else self.tr("disabled"),
        )
        self.tabs.show_settings(title, form)
        self._update_config_buttons()

    def _no_settings(self, title: str) -> None:
        self.tabs.show_settings(title)
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
        return list(done.platforms)

    # -- changes ----------------------------------------------------------------------------------------
    def target(self) -> Target | None:
        """The checked platforms (or all) with the tags' platforms, less the excluded tags' ones;
        None when nothing is aimed at. A malformed tag raises (InvalidInput)."""
        selected = self.selector.selected()
        tags, exclude = self.targets.tags(), self.targets.exclude_tags()
        if selected is None:
            return Target.of(all_platforms=True, exclude_tags=exclude)
        if not selected and not tags:
            return None
        return Target.of(selected, tags=tags, exclude_tags=exclude)

    def _toolbar_change(self, enable: bool) -> None:
        module = self.selected_module()
        try:
            target = self.target()
        except PlatformError as exc:
            from console.dialogs.errors import report  # lazy: on an error only

            report(exc, self)
            return
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
        request = (
            ChangeRequest(enable=(module,)) if enable else ChangeRequest(disable=(module,), cascade=cascade)
        )
        actor = self.session.require_actor()
        self.show_status(self.tr("Computing the impact…"), 0)
        try:
            plan: Plan = await run_sync(plan_for_preview, self.session.modules, actor, target, request)
        finally:
            self.show_status("", 1)
        verb = self.tr("Enable {module}") if enable else self.tr("Disable {module}")
        dialog = preview_dialog(plan, self, verb.format(module=module), request, target)
        self.preview = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._preview_closed(d))
        dialog.cascade_changed.connect(lambda cascade, d=dialog: spawn(self.replan(d, cascade), self))
        dialog.offer_rollout(self.can_rollout())
        dialog.rollout_requested.connect(lambda d=dialog: self.open_rollout(d))
        dialog.open()
        return dialog

    def open_rollout(self, preview: Any) -> Any:
        """The preview's "Roll out in waves…": the preview closes, the rollout dialog opens with
        its change and targets (``open()``); returns it."""
        from console.dialogs.rollout_create import RolloutChange, RolloutCreateDialog  # lazy: on use

        change = RolloutChange.of_preview(preview.request, preview.target, preview.plan)
        preview.reject()
        dialog = RolloutCreateDialog(self.session, change, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._rollout_created)
        self.rollout_dialog = dialog
        dialog.open()
        return dialog

    def _rollout_created(self, document: dict[str, Any]) -> None:
        from console.models.rollout_texts import state_text  # lazy: with the dialog

        self.show_status(
            self.tr("Rollout #{id} “{name}” created: {state}").format(
                id=document["id"], name=document["name"], state=state_text(document["state"])
            )
        )
        self.rollout_created.emit(int(document["id"]))
        window = self.main_window
        if window is not None and window.has_page("rollouts"):  # the Rollouts page, where it exists
            page = window.show_page("rollouts")
            show = getattr(page, "open_rollout", None)
            if callable(show):
                show(int(document["id"]))

    async def replan(self, dialog: Any, cascade: bool) -> None:
        """The preview's Cascade choice changed: plan again and show the new plan in it."""
        request = replace(dialog.request, cascade=cascade)
        actor = self.session.require_actor()
        try:
            plan: Plan = await run_sync(plan_for_preview, self.session.modules, actor, dialog.target, request)
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
        skip_refused = await wait_for_apply(dialog)
        if skip_refused is None:
            return None
        return await self.apply(dialog, skip_refused)

    async def apply(self, dialog: Any, skip_refused: bool) -> ApplyResult | None:
        apply = partial(self.session.modules.apply, self.session.require_actor())
        result = await apply_in(dialog, apply, skip_refused)
        if result is not None:
            self.show_status(plan_headline(result.plan))
        await self.refresh_states()
        return result

    # -- menus and clicks --------------------------------------------------------------------------------
    def _matrix_double_clicked(self, index: QModelIndex) -> None:
        cell = self.platform_matrix.cell(index)
        if cell is None or not self.can_toggle():
            return
        platform, module = cell
        enabled = self.matrix_model.is_enabled(platform, module)
        if enabled is None:
            return
        self.select_module(module)
        self.start_change(module, not enabled, Target.of([platform]), cascade=self.cascade.isChecked())

    def matrix_menu(self, index: QModelIndex) -> QMenu | None:
        cell = self.platform_matrix.cell(index)
        if cell is None:
            return None
        platform, module = cell
        menu = QMenu(self)
        if self.can_toggle():
            # Only what applies: enable where it is off, disable where it is on.
            off, on = self.platform_matrix.toggle_targets(platform, module)
            if off:
                menu.addAction(
                    self.tr("Enable {module} on {where}…").format(
                        module=module, where=self.platform_matrix.where(off)
                    ),
                    lambda: self.start_change(module, True, Target.of(off)),
                )
            if on:
                where = self.platform_matrix.where(on)
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
        configure.setEnabled(self.session.registry.get(module).has_settings)
        ref = self.matrix_model.platform_at(index.row())
        if self.may_tag(ref):
            menu.addAction(
                self.tr("Tags of {platform}…").format(platform=platform), lambda: self.edit_tags(platform)
            )
        return menu

    def _matrix_menu(self, pos: QPoint) -> None:
        menu = self.matrix_menu(self.matrix.indexAt(pos))
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.matrix.viewport().mapToGlobal(pos))

    def _module_menu(self, pos: QPoint) -> None:
        module = self.module_table.module_at(pos)
        if module is None or not self.can_toggle():
            return
        self.select_module(module.code)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.enable_action)
        menu.addAction(self.disable_action)
        menu.popup(self.module_table.viewport().mapToGlobal(pos))

    # -- tags ------------------------------------------------------------------------------------------
    def _update_tag_button(self) -> None:
        ref = self.platform_matrix.current_ref()
        button = self.platform_matrix.edit_tags
        button.setEnabled(self.may_tag(ref))
        if ref is not None:
            button.setToolTip(self.tr("Edit the tags of {platform}").format(platform=ref.code))

    def _edit_current_tags(self) -> None:
        ref = self.platform_matrix.current_ref()
        if ref is not None:
            self.edit_tags(ref.code)

    def edit_tags(self, platform: str) -> Any:
        """Open the tag editor of ``platform`` (``open()``); Save writes off the GUI thread."""
        known = [
            self.platform_matrix.tag_filter.itemData(i)
            for i in range(1, self.platform_matrix.tag_filter.count())
        ]

        async def submit(add: tuple[str, ...], remove: tuple[str, ...]) -> Any:
            actor = self.session.require_actor()
            done = await run_sync(self.session.platforms.retag, actor, platform, add=add, remove=remove)
            self.show_status(
                self.tr("Tags of {platform}: {tags}").format(
                    platform=platform, tags=", ".join(done.tags) or self.tr("none")
                )
            )
            await self.load_platforms()
            return done

        dialog = TagsDialog(platform, self.matrix_model.tags_of(platform), known, submit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tags_dialog = dialog
        dialog.open()
        return dialog

    def _open_settings(self, module: str, platform: str) -> None:
        self.select_module(module)
        self.platform_matrix.show_platform(platform, module)
        self.tabs.setCurrentIndex(CONFIG_TAB)

    def shutdown(self) -> None:
        super().shutdown()
        self._search_timer.stop()
        if self.preview is not None:
            self.preview.cancel_requested.emit()
