"""Texts declared by modules are shown translated in the console (context ``modules``), and only there."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from console.models.modules import ModuleListModel
from console.widgets.config_form import ConfigForm
from console.widgets.graph_view import ModuleGraphView
from console.widgets.module_details import module_html, schema_table
from core.registry import default_registry


class Brackets(QTranslator):
    """A translation of the ``modules`` context that wraps every text in brackets (others: as is)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"[{source}]" if context == "modules" else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def bracketed() -> Iterator[None]:
    translator = Brackets()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_module_list_shows_names_and_descriptions_translated(bracketed: None) -> None:
    registry = default_registry()
    model = ModuleListModel(registry)
    model.set_modules(list(registry))
    orders = model.row_of("orders")
    column = ModuleListModel.COLUMNS.index
    assert model.index(orders, column("name")).data() == "[Orders]"
    assert model.index(orders, column("description")).data().startswith("[Orders of a store's")
    assert model.index(orders, column("code")).data() == "orders"  # codes are not texts


def test_the_details_show_name_permissions_and_settings_translated(bracketed: None) -> None:
    registry = default_registry()
    payments, marketplace = (
        module_html(m, registry, schema_table(m)) for m in map(registry.get, ("payments", "marketplace"))
    )
    assert "[Payments]" in payments and "[View payments]" in payments and "[Default currency]" in payments
    assert "[Letzshop API key of the platform]" in marketplace


def test_the_settings_form_labels_are_translated(qtbot: QtBot, bracketed: None) -> None:
    form = ConfigForm(default_registry().get("orders").config_schema)
    qtbot.addWidget(form)
    labels = {label.text() for label in form.findChildren(QLabel) if label.buddy()}
    assert labels == {"[Order number prefix]"}


def test_the_graph_shows_names_translated(qtbot: QtBot, bracketed: None) -> None:
    view = ModuleGraphView(default_registry())
    qtbot.addWidget(view)
    tips = [item.toolTip() for item in view.scene().items() if item.toolTip()]
    assert any("[Orders]" in tip and "[Orders of a store's" in tip for tip in tips)


def test_the_command_line_stays_english(bracketed: None, capsys: pytest.CaptureFixture[str]) -> None:
    from console.cli import main

    assert main(["modules", "list", "--json"]) == 0
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)["modules"]}
    assert rows["orders"]["name"] == "Orders"


def test_the_schema_table_names_types_in_words_not_json_schema(qapp: object) -> None:
    """ "whole number", not JSON schema's "integer" (which no translation would reach)."""
    registry = default_registry()
    analytics = registry.get("analytics")
    html = module_html(analytics, registry, schema_table(analytics))
    assert "whole number" in html and "integer" not in html
