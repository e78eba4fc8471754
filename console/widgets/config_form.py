"""A form generated from a module's pydantic ``config_schema``.

Field types and their editors:

============================================  =====================================================
bool                                          QCheckBox
int (``ge`` / ``gt`` / ``le`` / ``lt``)       QSpinBox, range from the constraints
float                                         QDoubleSpinBox
str                                           QLineEdit
Literal[...] / Enum                           QComboBox
list / set of Literal or Enum                 a list of check boxes
other lists                                   QLineEdit, comma-separated values
anything else                                 QLineEdit, read as JSON when it parses, else text
secret fields (:func:`core.definition.SecretField`)  QLineEdit in password mode
============================================  =====================================================

``X | None`` adds a "(none)" choice where the editor has no natural empty value.

Secrets: the stored value arrives masked (``***``) and is never shown; the editor stays empty
with the placeholder "unchanged". Typing replaces the secret; leaving it empty keeps it.
:meth:`ConfigForm.values` never returns an unchanged secret, so a caller that merges the result
over the stored config (like ``module_service.configure``) keeps it as it is.
"""

from __future__ import annotations

import enum
import json
import types
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, get_args, get_origin

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.dialogs.error_text import field_error_text
from console.widgets.module_texts import module_text, setting_title
from core.definition import secret_field_names

if TYPE_CHECKING:
    from pydantic import BaseModel
    from pydantic.fields import FieldInfo

INT_MIN = -(2**31)
INT_MAX = 2**31 - 1
_MISSING = object()


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """``(type, nullable)`` with ``Annotated`` and ``| None`` taken off."""
    nullable = False
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
            continue
        if origin in (Union, types.UnionType):
            args = get_args(annotation)
            rest = [a for a in args if a is not type(None)]
            if len(rest) < len(args):
                nullable = True
            if len(rest) == 1:
                annotation = rest[0]
                continue
        return annotation, nullable


def _choices(annotation: Any) -> list[Any] | None:
    """The allowed values of a Literal or Enum annotation, else None."""
    if get_origin(annotation) is Literal:
        return list(get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return list(annotation)
    return None


def _choice_label(value: Any) -> str:
    return str(value.value) if isinstance(value, enum.Enum) else str(value)


def _plain(value: Any) -> Any:
    """Enum members as their values, so values() is JSON-like."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


def _bounds(info: FieldInfo, integer: bool) -> tuple[float | None, float | None]:
    low: float | None = None
    high: float | None = None
    step = 1 if integer else 1e-6
    for item in info.metadata:
        if getattr(item, "ge", None) is not None:
            low = item.ge
        if getattr(item, "gt", None) is not None:
            low = item.gt + step
        if getattr(item, "le", None) is not None:
            high = item.le
        if getattr(item, "lt", None) is not None:
            high = item.lt - step
    return low, high


def field_label(name: str, info: FieldInfo) -> str:
    """A setting's title (marked in its module, so translated in the ``modules`` context)."""
    return module_text(setting_title(name, info.title))


class _Field:
    """One field: its editor, how to read and write it, and its error label."""

    def __init__(self, form: ConfigForm, name: str, info: FieldInfo, secret: bool) -> None:
        self.form = form
        self.name = name
        self.info = info
        self.secret = secret
        self.secret_stored = False
        self.options: list[Any] = []
        annotation, self.nullable = _unwrap(info.annotation)
        self.kind, self.editor = self._make_editor(annotation)
        self.editor.setObjectName(f"field_{name}")
        self.error = QLabel(form)
        self.error.setObjectName(f"error_{name}")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#c62828"))
        self.error.setPalette(palette)
        self.error.hide()
        if info.description:
            self.editor.setToolTip(module_text(info.description))
        self.editor.setAccessibleName(field_label(name, info))

    # -- editors ------------------------------------------------------------------------
    def _make_editor(self, annotation: Any) -> tuple[str, QWidget]:
        form = self.form
        if self.secret:
            edit = QLineEdit(form)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(QCoreApplication.translate("ConfigForm", "not set"))
            edit.textEdited.connect(form._edited)
            return "secret", edit
        if annotation is bool:
            box = QCheckBox(form)
            box.toggled.connect(form._edited)
            return "bool", box
        if annotation is int:
            spin = QSpinBox(form)
            low, high = _bounds(self.info, integer=True)
            low_i = int(low) if low is not None else INT_MIN + 1
            high_i = int(high) if high is not None else INT_MAX
            if self.nullable:
                low_i -= 1
                spin.setSpecialValueText(QCoreApplication.translate("ConfigForm", "(none)"))
            spin.setRange(low_i, high_i)
            spin.valueChanged.connect(form._edited)
            return "int", spin
        if annotation is float:
            dspin = QDoubleSpinBox(form)
            dspin.setDecimals(4)
            low, high = _bounds(self.info, integer=False)
            dspin.setRange(low if low is not None else -1e12, high if high is not None else 1e12)
            dspin.valueChanged.connect(form._edited)
            return "float", dspin
        if annotation is str:
            edit = QLineEdit(form)
            for item in self.info.metadata:
                if getattr(item, "max_length", None):
                    edit.setMaxLength(int(item.max_length))
            edit.textEdited.connect(form._edited)
            return "str", edit
        options = _choices(annotation)
        if options is not None:
            combo = QComboBox(form)
            self.options = ([None] if self.nullable else []) + options
            for value in self.options:
                combo.addItem(
                    QCoreApplication.translate("ConfigForm", "(none)")
                    if value is None
                    else _choice_label(value)
                )
            combo.currentIndexChanged.connect(form._edited)
            return "choice", combo
        origin = get_origin(annotation)
        if origin in (list, set, frozenset, tuple):
            args = [a for a in get_args(annotation) if a is not Ellipsis]
            item_type = _unwrap(args[0])[0] if args else Any
            options = _choices(item_type)
            if options is not None:
                self.options = options
                checks = QListWidget(form)
                checks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
                for value in options:
                    item = QListWidgetItem(_choice_label(value), checks)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                row = checks.sizeHintForRow(0) if options else 20
                checks.setFixedHeight(row * max(1, len(options)) + 2 * checks.frameWidth() + 4)
                checks.itemChanged.connect(form._edited)
                return "multi", checks
            edit = QLineEdit(form)
            edit.setPlaceholderText(QCoreApplication.translate("ConfigForm", "values separated by commas"))
            edit.textEdited.connect(form._edited)
            return "list", edit
        edit = QLineEdit(form)
        edit.setPlaceholderText(QCoreApplication.translate("ConfigForm", "a value (JSON or text)"))
        edit.textEdited.connect(form._edited)
        return "json", edit

    # -- reading and writing -------------------------------------------------------------
    def get(self) -> Any:
        e = self.editor
        if self.kind == "secret":
            assert isinstance(e, QLineEdit)
            return e.text()
        if self.kind == "bool":
            assert isinstance(e, QCheckBox)
            return e.isChecked()
        if self.kind == "int":
            assert isinstance(e, QSpinBox)
            if self.nullable and e.value() == e.minimum():
                return None
            return e.value()
        if self.kind == "float":
            assert isinstance(e, QDoubleSpinBox)
            return e.value()
        if self.kind == "str":
            assert isinstance(e, QLineEdit)
            return None if self.nullable and not e.text() else e.text()
        if self.kind == "choice":
            assert isinstance(e, QComboBox)
            index = e.currentIndex()
            return _plain(self.options[index]) if 0 <= index < len(self.options) else None
        if self.kind == "multi":
            assert isinstance(e, QListWidget)
            return [
                _plain(value)
                for i, value in enumerate(self.options)
                if e.item(i).checkState() == Qt.CheckState.Checked
            ]
        assert isinstance(e, QLineEdit)
        text = e.text().strip()
        if self.kind == "list":
            if not text and self.nullable:
                return None
            return [part.strip() for part in text.split(",") if part.strip()]
        if not text:
            return None
        try:
            return json.loads(text)
        except ValueError:
            return text

    def set(self, value: Any) -> None:
        e = self.editor
        if self.kind == "secret":
            assert isinstance(e, QLineEdit)
            # The stored value arrives masked; whatever it is, it is never displayed.
            self.secret_stored = value not in (None, "")
            e.clear()
            e.setPlaceholderText(
                QCoreApplication.translate("ConfigForm", "unchanged")
                if self.secret_stored
                else QCoreApplication.translate("ConfigForm", "not set")
            )
        elif self.kind == "bool":
            assert isinstance(e, QCheckBox)
            e.setChecked(bool(value))
        elif self.kind == "int":
            assert isinstance(e, QSpinBox)
            e.setValue(e.minimum() if value is None else int(value))
        elif self.kind == "float":
            assert isinstance(e, QDoubleSpinBox)
            e.setValue(0.0 if value is None else float(value))
        elif self.kind == "str":
            assert isinstance(e, QLineEdit)
            e.setText("" if value is None else str(value))
        elif self.kind == "choice":
            assert isinstance(e, QComboBox)
            plain = [_plain(v) for v in self.options]
            target = _plain(value)
            e.setCurrentIndex(plain.index(target) if target in plain else (0 if plain else -1))
        elif self.kind == "multi":
            assert isinstance(e, QListWidget)
            wanted = {_plain(v) for v in (value or [])}
            for i, option in enumerate(self.options):
                state = Qt.CheckState.Checked if _plain(option) in wanted else Qt.CheckState.Unchecked
                e.item(i).setCheckState(state)
        else:
            assert isinstance(e, QLineEdit)
            if value is None:
                e.clear()
            elif self.kind == "list":
                e.setText(", ".join(str(_plain(v)) for v in value))
            elif isinstance(value, str):
                e.setText(value)
            else:
                e.setText(json.dumps(_plain(value)))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))


class ConfigForm(QWidget):
    """Editors for the fields of a pydantic model class, with per-field validation messages."""

    changed = Signal()

    def __init__(
        self,
        schema: type[BaseModel],
        parent: QWidget | None = None,
        *,
        secret_fields: Iterable[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._schema = schema
        secrets = frozenset(secret_fields) if secret_fields is not None else secret_field_names(schema)
        self._fields: dict[str, _Field] = {}
        self._baseline: dict[str, Any] = {}
        self._loading = False
        self._live = False
        self._errors: dict[str, str] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._form_error = QLabel(self)
        self._form_error.setObjectName("form_error")
        self._form_error.setProperty("role", "error")
        self._form_error.setWordWrap(True)
        self._form_error.hide()
        outer.addWidget(self._form_error)
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(layout)
        outer.addStretch(1)

        self._loading = True
        for name, info in schema.model_fields.items():
            field = _Field(self, name, info, name in secrets)
            self._fields[name] = field
            cell = QWidget(self)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(field.editor)
            box.addWidget(field.error)
            label = QLabel(field_label(name, info), self)
            label.setBuddy(field.editor)
            if info.description:
                label.setToolTip(module_text(info.description))
            layout.addRow(label, cell)
        self._loading = False
        self.set_values({})

    # -- values ----------------------------------------------------------------------------
    @property
    def schema(self) -> type[BaseModel]:
        return self._schema

    def field_names(self) -> list[str]:
        return list(self._fields)

    def editor(self, name: str) -> QWidget:
        return self._fields[name].editor

    def error_label(self, name: str) -> QLabel:
        return self._fields[name].error

    def is_secret(self, name: str) -> bool:
        return self._fields[name].secret

    def _defaults(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, info in self._schema.model_fields.items():
            if info.is_required():
                continue
            out[name] = _plain(info.get_default(call_default_factory=True))
        return out

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Load stored values over the schema's defaults: the baseline for "changed".

        Unknown keys are ignored; a secret's value (masked) only tells whether one is stored.
        """
        baseline = self._defaults()
        baseline.update({k: _plain(v) for k, v in values.items() if k in self._fields})
        self._loading = True
        try:
            for name, field in self._fields.items():
                field.set(baseline.get(name))
                field.show_error("")
        finally:
            self._loading = False
        # Secrets: the baseline keeps the masked value, only for validation.
        self._baseline = baseline
        self._errors = {}
        self._live = False
        self._form_error.hide()

    def values(self, changed_only: bool = True) -> dict[str, Any]:
        """The edited values: only what differs from :meth:`set_values` (default), or every field.

        A secret is included only when something was typed into it.
        """
        out: dict[str, Any] = {}
        for name, field in self._fields.items():
            value = field.get()
            if field.secret:
                if value:
                    out[name] = value
                continue
            if not changed_only or value != self._baseline.get(name, _MISSING):
                out[name] = value
        return out

    def is_dirty(self) -> bool:
        return bool(self.values(changed_only=True))

    def reset(self) -> None:
        """Back to the values last given to :meth:`set_values`."""
        stored = dict(self._baseline)
        for name, field in self._fields.items():
            if field.secret:
                stored[name] = "***" if field.secret_stored else None
        self.set_values(stored)

    # -- validation ------------------------------------------------------------------------
    def _merged(self) -> dict[str, Any]:
        merged = {k: v for k, v in self._baseline.items() if k in self._fields}
        for name, field in self._fields.items():
            value = field.get()
            if field.secret:
                if value:
                    merged[name] = value
                elif field.secret_stored:
                    merged[name] = "***"  # placeholder: the real value is not known here
                continue
            merged[name] = value
        return merged

    def validate(self) -> bool:
        """Run the schema on the merged values; show each error under its field. True when valid.

        After the first call the form re-validates on every edit, so errors go away when fixed.
        """
        from pydantic import ValidationError  # lazy: with the schema, not when the console starts

        self._live = True
        errors: dict[str, str] = {}
        general: list[str] = []
        try:
            self._schema.model_validate(self._merged())
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                loc = error.get("loc") or ()
                message = str(error.get("msg", ""))
                for prefix in ("Value error, ", "Assertion failed, "):
                    if message.startswith(prefix):
                        message = message[len(prefix) :]
                # pydantic's type and ctx give the sentence in the interface's language (the modules'
                # own checks raise PydanticCustomError with a type of their own); a plain ValueError
                # (value_error) keeps its message
                message = field_error_text(
                    {"type": error.get("type"), "ctx": error.get("ctx"), "message": message}
                )
                name = str(loc[0]) if loc else ""
                field = self._fields.get(name)
                if field is None:
                    general.append(message)
                    continue
                if field.secret and not field.get():
                    continue  # an unchanged secret: what is stored is not checked here
                if len(loc) > 1:
                    message = f"{'.'.join(str(p) for p in loc[1:])}: {message}"
                errors[name] = f"{errors[name]}; {message}" if name in errors else message
        for name, field in self._fields.items():
            field.show_error(errors.get(name, ""))
        self._form_error.setText("\n".join(general))
        self._form_error.setVisible(bool(general))
        self._errors = errors if not general else {**errors, "": "\n".join(general)}
        return not self._errors

    def errors(self) -> dict[str, str]:
        """The messages shown, by field name ("" for errors of the whole form)."""
        return dict(self._errors)

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        if self._live:
            self.validate()
        self.changed.emit()
