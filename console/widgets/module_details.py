"""The module details of the modules page: a tab of what the module is (its tier, requirements,
permissions and config schema, as HTML) and a tab of its settings on the chosen platform.

Widgets only: the page loads the settings form off the GUI thread and hands it in, and so the
schema table of the Details tab (:func:`schema_table` imports the module's config schema and
pydantic: in a worker, after the first paint); until then the tab shows what the definition
declares (requirements, permissions, default config) and says the schema is loading.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.widgets._text import escape as _esc
from console.widgets.module_texts import module_text, setting_title
from console.widgets.page_parts import wrapped_label
from core.definition import ModuleDefinition

CONFIG_TAB = 1  # the index of the Configuration tab


@dataclass(frozen=True)
class SchemaTable:
    """What the Details tab shows of a config schema: its JSON schema's properties and each
    setting's untranslated title (as the settings form shows it, translated)."""

    properties: dict[str, dict[str, Any]]
    titles: dict[str, str]


def schema_table(module: ModuleDefinition) -> SchemaTable | None:
    """The module's schema table (None without settings). Imports the schema: call it in a worker."""
    schema = module.config_schema
    if schema is None:
        return None
    properties = schema.model_json_schema().get("properties", {})
    titles = {name: setting_title(name, info.title) for name, info in schema.model_fields.items()}
    return SchemaTable(properties, titles)


class ModuleDetails(QTabWidget):
    """Details and Configuration; ``empty(text)`` makes what an empty settings area shows."""

    def __init__(self, empty: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._empty = empty
        self.setObjectName("moduleDetail")
        self.about = QTextBrowser()
        self.about.setObjectName("moduleAbout")
        self.about.setAccessibleName(self.tr("About the module"))
        self.about.setOpenLinks(False)
        self.addTab(self.about, self.tr("Details"))
        self.addTab(self._config_page(), self.tr("Configuration"))

    def _config_page(self) -> QWidget:
        """The title (module, platform, state), the form in a scroll area, Reset and Save."""
        config_page = QWidget()
        config_layout = QVBoxLayout(config_page)
        self.config_title = wrapped_label("configTitle")
        config_layout.addWidget(self.config_title)
        self.config_area = QScrollArea()
        self.config_area.setWidgetResizable(True)
        self.config_area.setWidget(
            self._empty(self.tr("Select a module and a platform (a row of the matrix)."))
        )
        config_layout.addWidget(self.config_area, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.config_reset = QPushButton(self.tr("Reset"))
        self.config_save = QPushButton(self.tr("Save"))
        self.config_save.setObjectName("configSave")
        buttons.addWidget(self.config_reset)
        buttons.addWidget(self.config_save)
        config_layout.addLayout(buttons)
        return config_page

    def showing_settings(self) -> bool:
        return self.currentIndex() == CONFIG_TAB

    def enable_settings(self, form: QWidget | None, may_configure: bool) -> None:
        """Save and Reset when there is a ``form`` the role may change; the form too."""
        self.config_save.setEnabled(form is not None and may_configure)
        self.config_reset.setEnabled(form is not None and may_configure)
        if form is not None:
            form.setEnabled(may_configure)

    def show_settings(self, title: str, form: QWidget | None = None) -> None:
        """The settings area: ``form`` under ``title``, or nothing to edit."""
        self.config_title.setText(title)
        self.config_area.setWidget(form if form is not None else self._empty(""))


def module_html(module: ModuleDefinition, registry: Any, table: SchemaTable | None) -> str:
    """The detail pane: what the module is, what it needs, its permissions and config schema
    (its words in the translation context of :class:`ModuleDetails`). ``table`` is the module's
    :func:`schema_table`; None for a module with settings says the schema is still loading."""
    rows = [
        (ModuleDetails.tr("Tier"), tier_name(module.tier.value)),
        (ModuleDetails.tr("Version"), module.version),
        (ModuleDetails.tr("Requires"), ", ".join(module.requires) or ModuleDetails.tr("nothing")),
        (
            ModuleDetails.tr("Required by"),
            ", ".join(registry.required_by(module.code)) or ModuleDetails.tr("nothing"),
        ),
        (
            ModuleDetails.tr("All requirements"),
            ", ".join(sorted(registry.requirements_closure(module.code))) or ModuleDetails.tr("nothing"),
        ),
    ]
    name, description = module_text(module.name), module_text(module.description)
    html = [f"<h3>{_esc(module.code)} — {_esc(name)}</h3><p>{_esc(description)}</p><table>"]
    html += [f"<tr><td><b>{_esc(k)}</b>&nbsp;</td><td>{_esc(v)}</td></tr>" for k, v in rows]
    html.append("</table>")
    if module.permissions:
        heading = ModuleDetails.tr("Permissions")
        html.append(f"<h4>{_esc(heading)}</h4><ul>")
        html += [
            f"<li><code>{_esc(p.code)}</code> — {_esc(module_text(p.label))}</li>" for p in module.permissions
        ]
        html.append("</ul>")
    if not module.has_settings:
        none = ModuleDetails.tr("No settings.")
        html.append(f"<p><i>{_esc(none)}</i></p>")
        return "".join(html)
    secrets = module.secret_fields
    heading = ModuleDetails.tr("Config schema")
    html.append(f"<h4>{_esc(heading)}</h4>")
    if table is None:
        loading = ModuleDetails.tr("Loading…")
        html.append(f"<p><i>{_esc(loading)}</i></p>")
    else:
        html.append(_schema_html(module, table))
    shown_default = {
        k: ("***" if k in secrets and v not in (None, "") else v) for k, v in module.default_config.items()
    }
    heading = ModuleDetails.tr("Default config")
    html.append(f"<h4>{_esc(heading)}</h4><pre>{_esc(json.dumps(shown_default, indent=2))}</pre>")
    return "".join(html)


def _schema_html(module: ModuleDefinition, table: SchemaTable) -> str:
    html = ["<table cellspacing='4'>"]
    titles = (
        ModuleDetails.tr("Setting"),
        ModuleDetails.tr("Type"),
        ModuleDetails.tr("Default"),
        ModuleDetails.tr("Notes"),
    )
    cells = "".join(f"<th align='left' style='white-space:nowrap'>{_esc(t)}</th>" for t in titles)
    html.append(f"<tr>{cells}</tr>")
    secrets = module.secret_fields
    for name, prop in table.properties.items():
        kind = _schema_type(prop)
        default = (
            "***" if name in secrets else json.dumps(module.default_config.get(name, prop.get("default")))
        )
        notes = []
        if name in secrets:
            notes.append(ModuleDetails.tr("secret: stored encrypted"))
        for key, label in (
            ("minimum", "≥"),
            ("maximum", "≤"),
            ("exclusiveMinimum", ">"),
            ("exclusiveMaximum", "<"),
        ):
            if key in prop:
                notes.append(f"{label} {prop[key]}")
        if prop.get("description"):
            notes.append(module_text(prop["description"]))
        html.append(
            # A setting's name never wraps mid-word; its title (the form's label) comes first.
            f"<tr><td style='white-space:nowrap'>{_esc(module_text(table.titles[name]))}<br>"
            f"<code>{_esc(name)}</code></td>"
            f"<td>{_esc(kind)}</td><td><code>{_esc(default)}</code>"
            f"</td><td>{_esc('; '.join(notes))}</td></tr>"
        )
    html.append("</table>")
    return "".join(html)


def tier_name(tier: str) -> str:
    """A tier's word (glossary: essentiel / Kern, optionnel, interne), the code if unknown."""
    names = {
        "core": ModuleDetails.tr("core"),
        "optional": ModuleDetails.tr("optional"),
        "internal": ModuleDetails.tr("internal"),
    }
    return names.get(tier, tier)


def _schema_type(prop: dict[str, Any]) -> str:
    if "enum" in prop:
        return " | ".join(json.dumps(v) for v in prop["enum"])
    if "anyOf" in prop:
        return " | ".join(_schema_type(p) for p in prop["anyOf"])
    if prop.get("type") == "array":
        return ModuleDetails.tr("list of %1").replace("%1", _schema_type(prop.get("items", {})))
    kind = str(prop.get("type", "any"))
    words = {
        "integer": ModuleDetails.tr("whole number"),
        "number": ModuleDetails.tr("number"),
        "string": ModuleDetails.tr("text"),
        "boolean": ModuleDetails.tr("yes / no"),
        "object": ModuleDetails.tr("table"),
        "null": ModuleDetails.tr("empty"),
        "any": ModuleDetails.tr("any value"),
    }
    return words.get(kind, kind)
