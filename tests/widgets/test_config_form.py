from __future__ import annotations

import enum
import re
from typing import Annotated, Literal

import pytest
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console.widgets.config_form import ConfigForm
from core.definition import SecretField
from core.registry import default_registry

PREFIX_RE = re.compile(r"^[A-Z0-9-]{1,12}$")


def _prefix(value: str) -> str:
    if not PREFIX_RE.match(value):
        raise ValueError("1 to 12 characters: capital letters, digits and dashes")
    return value


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class DemoConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    active: bool = True
    retries: int = Field(3, ge=1, le=10)
    ratio: float = Field(0.5, ge=0, le=1)
    prefix: Annotated[str, AfterValidator(_prefix)] = "INV-"
    mode: Literal["fast", "safe"] = "safe"
    color: Color = Color.RED
    gateways: list[Literal["stripe", "paypal", "manual"]] = Field(
        default_factory=lambda: ["manual"], min_length=1
    )
    tags: list[str] = Field(default_factory=list)
    limit: int | None = None
    token: str | None = SecretField(None, description="API token")


class PairConfig(BaseModel):
    low: int = 1
    high: int = 2

    @model_validator(mode="after")
    def _ordered(self) -> PairConfig:
        if self.low > self.high:
            raise ValueError("low must not exceed high")
        return self


def make_form(qtbot: QtBot, schema: type[BaseModel] = DemoConfig) -> ConfigForm:
    form = ConfigForm(schema)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in the field and type over it, as a person would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_editors_follow_field_types(qtbot: QtBot) -> None:
    form = make_form(qtbot)
    expected = {
        "active": QCheckBox,
        "retries": QSpinBox,
        "ratio": QDoubleSpinBox,
        "prefix": QLineEdit,
        "mode": QComboBox,
        "color": QComboBox,
        "gateways": QListWidget,
        "tags": QLineEdit,
        "limit": QSpinBox,
        "token": QLineEdit,
    }
    for name, kind in expected.items():
        assert isinstance(form.editor(name), kind), name
    retries = form.editor("retries")
    assert isinstance(retries, QSpinBox)
    assert (retries.minimum(), retries.maximum()) == (1, 10)
    ratio = form.editor("ratio")
    assert isinstance(ratio, QDoubleSpinBox)
    assert (ratio.minimum(), ratio.maximum()) == (0, 1)
    color = form.editor("color")
    assert isinstance(color, QComboBox)
    assert [color.itemText(i) for i in range(color.count())] == ["red", "blue"]
    token = form.editor("token")
    assert isinstance(token, QLineEdit)
    assert token.echoMode() == QLineEdit.EchoMode.Password
    assert token.toolTip() == "API token"
    assert form.is_secret("token") and not form.is_secret("prefix")
    # Defaults are loaded; nothing is changed yet.
    assert form.values() == {}
    assert form.values(changed_only=False) == {
        "active": True,
        "retries": 3,
        "ratio": 0.5,
        "prefix": "INV-",
        "mode": "safe",
        "color": "red",
        "gateways": ["manual"],
        "tags": [],
        "limit": None,
    }
    assert form.validate()


def test_invalid_value_shows_an_error_that_clears_when_fixed(qtbot: QtBot) -> None:
    form = make_form(qtbot)
    prefix = form.editor("prefix")
    error = form.error_label("prefix")
    assert error.isHidden()

    retype(qtbot, prefix, "bad prefix")
    assert not form.validate()
    assert error.isVisible()
    assert error.text() == "1 to 12 characters: capital letters, digits and dashes"
    assert error.property("role") == "error"
    assert form.errors() == {"prefix": error.text()}

    # Fixing it clears the message while typing (no second validate() needed).
    retype(qtbot, prefix, "ORD-")
    assert error.isHidden()
    assert form.errors() == {}
    assert form.validate()
    assert form.values() == {"prefix": "ORD-"}


def test_list_errors_and_checkable_list(qtbot: QtBot) -> None:
    form = make_form(qtbot)
    gateways = form.editor("gateways")
    assert isinstance(gateways, QListWidget)
    manual = gateways.item(2)
    assert manual.checkState() == Qt.CheckState.Checked

    def toggle(row: int) -> None:
        rect = gateways.visualItemRect(gateways.item(row))
        # The check indicator sits at the left of the row.
        qtbot.mouseClick(
            gateways.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y())
        )

    toggle(2)
    assert manual.checkState() == Qt.CheckState.Unchecked
    assert not form.validate()
    assert form.error_label("gateways").text() == "At least 1 item."
    toggle(0)
    toggle(1)
    assert form.error_label("gateways").isHidden()
    assert form.values() == {"gateways": ["stripe", "paypal"]}


def test_comma_separated_list_spin_and_combo(qtbot: QtBot) -> None:
    form = make_form(qtbot)
    retype(qtbot, form.editor("tags"), "eu, lux , ,b2b")
    retries = form.editor("retries")
    retries.setFocus()
    qtbot.keyClick(retries, Qt.Key.Key_Up)
    mode = form.editor("mode")
    mode.setFocus()
    qtbot.keyClick(mode, Qt.Key.Key_Up)
    qtbot.mouseClick(form.editor("active"), Qt.MouseButton.LeftButton, pos=QPoint(6, 6))
    assert form.values() == {"tags": ["eu", "lux", "b2b"], "retries": 4, "mode": "fast", "active": False}
    assert form.validate()


def test_nullable_int_uses_none(qtbot: QtBot) -> None:
    form = make_form(qtbot)
    limit = form.editor("limit")
    assert isinstance(limit, QSpinBox)
    assert limit.text() == "(none)"
    form.set_values({"limit": 7})
    assert form.values(changed_only=False)["limit"] == 7
    limit.setValue(limit.minimum())
    assert form.values() == {"limit": None}


def test_secret_is_never_shown_and_empty_means_unchanged(qtbot: QtBot) -> None:
    form = make_form(qtbot)
    form.set_values({"token": "***", "prefix": "ABC-"})
    token = form.editor("token")
    assert isinstance(token, QLineEdit)
    assert token.text() == ""
    assert token.displayText() == ""
    assert token.placeholderText() == "unchanged"
    assert "***" not in token.displayText()
    assert form.values() == {}
    assert "token" not in form.values(changed_only=False)
    assert form.validate()

    retype(qtbot, token, "s3cret")
    assert token.displayText() != "s3cret"
    assert form.values() == {"token": "s3cret"}
    assert form.values(changed_only=False)["token"] == "s3cret"

    form.set_values({"token": None})
    assert token.placeholderText() == "not set"
    assert form.values() == {}


def test_changed_signal_only_on_edits(qtbot: QtBot) -> None:
    form = make_form(qtbot)
    with qtbot.assertNotEmitted(form.changed):
        form.set_values({"retries": 5, "prefix": "X-"})
    assert form.values() == {}
    with qtbot.waitSignal(form.changed):
        qtbot.keyClicks(form.editor("prefix"), "Y")
    assert form.values() == {"prefix": "X-Y"}
    form.reset()
    assert form.values() == {}


def test_model_level_errors_show_above_the_fields(qtbot: QtBot) -> None:
    form = make_form(qtbot, PairConfig)
    retype(qtbot, form.editor("low"), "5")
    assert not form.validate()
    assert form.errors() == {"": "low must not exceed high"}
    retype(qtbot, form.editor("high"), "9")
    assert form.errors() == {}


@pytest.mark.parametrize(
    "module", [m for m in default_registry() if m.config_schema is not None], ids=lambda m: m.code
)
def test_every_module_schema_builds_a_valid_form(qtbot: QtBot, module: object) -> None:
    schema = module.config_schema  # type: ignore[attr-defined]
    form = make_form(qtbot, schema)
    form.set_values(module.default_config)  # type: ignore[attr-defined]
    assert form.validate(), form.errors()
    assert form.values() == {}
    for name in module.secret_fields:  # type: ignore[attr-defined]
        editor = form.editor(name)
        assert isinstance(editor, QLineEdit)
        assert editor.echoMode() == QLineEdit.EchoMode.Password
