"""The dependency graph page: the layered module diagram, per-platform state, zoom, PNG export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
)

from console.asyncutil import run_sync, spawn
from console.dialogs.files import ask_save_path
from console.locale_text import counted
from console.pages.base import Page
from console.widgets._text import chars
from console.widgets.graph_view import ModuleGraphView
from core.registry import ModuleRegistry
from core.services.module_service import Target

NO_PLATFORM = ""


class GraphPage(Page):
    def __init__(self, session, window=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, window)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Platform:")))
        self.platform_combo = QComboBox()
        self.platform_combo.setObjectName("graphPlatform")
        self.platform_combo.setAccessibleName(self.tr("Platform"))
        self.platform_combo.setAccessibleDescription(
            self.tr("The platform whose module states the graph shows")
        )
        self.platform_combo.setEditable(True)
        self.platform_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.platform_combo.setMinimumWidth(chars(self.platform_combo, 32))
        self._platform_model = QStringListModel(self)
        self.platform_combo.setModel(self._platform_model)
        completer = QCompleter(self._platform_model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.platform_combo.setCompleter(completer)
        self.platform_combo.lineEdit().setPlaceholderText(self.tr("none: the graph only"))
        self.platform_combo.activated.connect(
            lambda _i: spawn(self.show_platform(self.selected_platform()), self)
        )
        self.search_edit = self.platform_combo.lineEdit()
        bar.addWidget(self.platform_combo)
        self.state_label = QLabel()
        self.state_label.setObjectName("graphState")
        bar.addWidget(self.state_label, 1)
        self.zoom_in_action = QAction(self.tr("Zoom in"), self)
        self.zoom_out_action = QAction(self.tr("Zoom out"), self)
        self.fit_action = QAction(self.tr("Fit"), self)
        self.export_action = QAction(self.tr("Export PNG…"), self)
        for action, name in (
            (self.zoom_in_action, "zoomIn"),
            (self.zoom_out_action, "zoomOut"),
            (self.fit_action, "fit"),
            (self.export_action, "exportPng"),
        ):
            button = QToolButton()
            button.setObjectName(name)
            action.setIconText(action.text())  # a tool button would drop the "…" of a dialog
            button.setDefaultAction(action)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.view = ModuleGraphView(None, self)
        self.view.setObjectName("moduleGraph")
        layout.addWidget(self.view, 1)
        self.detail = QLabel(self.tr("Click a module to highlight what it requires and what requires it."))
        self.detail.setObjectName("graphDetail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.zoom_in_action.triggered.connect(self.view.zoom_in)
        self.zoom_out_action.triggered.connect(self.view.zoom_out)
        self.fit_action.triggered.connect(self.view.fit)
        self.export_action.triggered.connect(lambda: spawn(self.ask_export(), self))
        self.view.module_selected.connect(self._selected)
        self._platforms: list[str] = []

    def commands(self) -> list[QAction]:
        return [self.fit_action, self.zoom_in_action, self.zoom_out_action, self.export_action]

    # -- loading ------------------------------------------------------------------------------
    async def load(self) -> None:
        actor = self.session.require_actor()
        modules = await run_sync(self.session.modules.visible_modules, actor)
        if self.view.registry() is None or len(self.view.registry() or []) != len(modules):
            self.view.set_registry(ModuleRegistry(modules))
        refs = await run_sync(self.session.platforms.list_platforms, actor)
        codes = [r.code for r in refs]
        if codes != self._platforms:
            current = self.selected_platform()
            self._platforms = codes
            self._platform_model.setStringList([NO_PLATFORM, *codes])
            self.platform_combo.setCurrentIndex(codes.index(current) + 1 if current in codes else 0)
        await self.show_platform(self.selected_platform())

    def selected_platform(self) -> str:
        text = self.platform_combo.currentText().strip()
        return text if text in self._platforms else NO_PLATFORM

    async def show_platform(self, platform: str) -> None:
        if not platform:
            self.view.set_enabled(None)
            self.state_label.setText("")
            return
        index = self._platforms.index(platform) + 1 if platform in self._platforms else 0
        if self.platform_combo.currentIndex() != index:
            self.platform_combo.setCurrentIndex(index)
        actor = self.session.require_actor()
        matrix = await run_sync(self.session.modules.enabled_matrix, actor, Target.of([platform]))
        enabled = matrix.get(platform, frozenset())
        self.view.set_enabled(enabled)
        self.state_label.setText(
            counted(self.tr("%Ln module(s) enabled on {platform}", "", len(enabled)), len(enabled)).format(
                platform=platform
            )
        )

    def _selected(self, code: str) -> None:
        registry = self.view.registry()
        if not code or registry is None:
            self.detail.setText(self.tr("Click a module to highlight what it requires and what requires it."))
            return
        requires = sorted(registry.requirements_closure(code))
        dependents = sorted(registry.dependents_closure(code))
        self.detail.setText(
            self.tr("{code}: requires {requires}; required by {dependents}").format(
                code=code,
                requires=", ".join(requires) or self.tr("nothing"),
                dependents=", ".join(dependents) or self.tr("nothing"),
            )
        )

    # -- export --------------------------------------------------------------------------------
    def export_png(self, path: str | Path) -> bool:
        ok = self.view.export_png(path)
        self.show_status(
            self.tr("Graph exported to {path}").format(path=path)
            if ok
            else self.tr("Could not write {path}").format(path=path)
        )
        return ok

    async def ask_export(self) -> bool:
        path = await ask_save_path(
            self, self.tr("Export the graph"), self.tr("PNG images (*.png)"), "png", "module-graph.png"
        )
        return path is not None and self.export_png(path)

    def database_changed(self) -> None:
        if self._load_task is not None and self.selected_platform():
            spawn(self.show_platform(self.selected_platform()), self)
