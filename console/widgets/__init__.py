"""Reusable widgets of the console. They take plain data objects from ``core`` (a registry, a
plan, a pydantic schema, lists of platforms) and never touch a database or the network."""

from console.widgets.config_form import ConfigForm
from console.widgets.graph_view import GraphLayout, ModuleGraphView, layered_layout
from console.widgets.impact_preview import ImpactPreviewDialog, PlanTableModel
from console.widgets.platform_selector import PlatformListModel, PlatformSelector
from console.widgets.status_badge import StatusBadge
from console.widgets.theme import apply_theme, icon, resources_dir

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
