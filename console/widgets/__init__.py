"""Reusable widgets of the console. They take plain data objects from ``core`` (a registry, a
plan, a pydantic schema, lists of platforms) and never touch a database or the network.

The names are loaded on first use (PEP 562), so that ``console.widgets.theme`` at start-up does
not import the graph view, the config form and the rest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from console.widgets.config_form import ConfigForm
    from console.widgets.graph_view import GraphLayout, ModuleGraphView, layered_layout
    from console.widgets.impact_preview import ImpactPreviewDialog, PlanTableModel
    from console.widgets.platform_selector import PlatformListModel, PlatformSelector
    from console.widgets.status_badge import StatusBadge
    from console.widgets.theme import apply_theme, icon, resources_dir

_LAZY = {
    "ConfigForm": "config_form",
    "GraphLayout": "graph_view",
    "ModuleGraphView": "graph_view",
    "layered_layout": "graph_view",
    "ImpactPreviewDialog": "impact_preview",
    "PlanTableModel": "impact_preview",
    "PlatformListModel": "platform_selector",
    "PlatformSelector": "platform_selector",
    "StatusBadge": "status_badge",
    "apply_theme": "theme",
    "icon": "theme",
    "resources_dir": "theme",
}

__all__ = [
    "ConfigForm",
    "GraphLayout",
    "ImpactPreviewDialog",
    "ModuleGraphView",
    "PlanTableModel",
    "PlatformListModel",
    "PlatformSelector",
    "StatusBadge",
    "apply_theme",
    "icon",
    "layered_layout",
    "resources_dir",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
