"""Setting labels come from the schemas' titles, and setting names never wrap mid-word."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from console.widgets.config_form import ConfigForm
from console.widgets.module_details import module_html, schema_table
from core.registry import default_registry

CONFIGURABLE = [m for m in default_registry() if m.config_schema is not None]


@pytest.mark.parametrize("module", CONFIGURABLE, ids=lambda m: m.code)
def test_every_setting_has_a_title(module) -> None:  # type: ignore[no-untyped-def]
    for name, info in module.config_schema.model_fields.items():
        assert info.title, f"{module.code}.{name} has no title: its label would be made from its name"
        assert "_" not in info.title


def form_labels(form: ConfigForm) -> dict[str, str]:
    return {label.buddy().objectName(): label.text() for label in form.findChildren(QLabel) if label.buddy()}


def test_marketplace_form_labels(qtbot: QtBot) -> None:
    schema = default_registry().get("marketplace").config_schema
    form = ConfigForm(schema)
    qtbot.addWidget(form)
    assert form_labels(form) == {
        "field_letzshop_endpoint": "Letzshop endpoint",
        "field_api_key": "API key",
        "field_sync_interval_minutes": "Sync interval (minutes)",
    }


def test_setting_names_do_not_wrap_in_the_module_details(qtbot: QtBot) -> None:
    registry = default_registry()
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(420, 600)  # the detail pane beside the module list at 1280x800
    marketplace = registry.get("marketplace")
    browser.setHtml(module_html(marketplace, registry, schema_table(marketplace)))
    browser.show()
    qtbot.waitExposed(browser)
    document = browser.document()
    document.setTextWidth(browser.viewport().width())
    for name in ("letzshop_endpoint", "sync_interval_minutes"):
        block = document.find(name).block()
        layout = block.layout()
        start = document.find(name).selectionStart() - block.position()
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        holding = [line for line in lines if line.textStart() <= start < line.textStart() + line.textLength()]
        assert holding, name
        line = holding[0]
        assert start + len(name) <= line.textStart() + line.textLength(), f"{name} wraps mid-word"
