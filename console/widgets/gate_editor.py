"""A rollout's gates, edited as rows: a Prometheus threshold (``prom:``), a comparison with the
platforms not changed yet (``compare:``), a platform process's readiness (``ready:``) or a person's
approval (``approval``).

A gate is put together from its fields, checked by :func:`core.rollouts.gates.parse_gate` (the
engine's own parser) before it is added, and its error shown under the fields in the interface's
language; the list holds the gates' texts as ``platformctl rollouts create --gate`` takes them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.dialogs.error_text import error_message
from console.widgets._text import text_lines
from console.widgets.theme import text_style
from core.errors import PlatformError

KINDS = ("prom", "compare", "ready", "approval")
OPERATORS = ("<", "<=", ">", ">=")
NETWORK = ("prom", "compare", "ready")  # gates that ask something, and may time out


def number_text(text: str) -> str:
    """A number typed in the interface's locale (``0,02``) as the gate's text writes it (``0.02``);
    anything else as typed (the parser says what is wrong with it)."""
    text = text.strip()
    value, ok = QLocale().toDouble(text)
    return repr(value) if ok and "e" not in text.lower() else text


class GateEditor(QWidget):
    """The gates' list and the fields of the next one; ``changed`` when the list changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gateEditor")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self)
        self.kind.setObjectName("gateKind")
        self.kind.setAccessibleName(self.tr("Kind of gate"))
        for kind, label in zip(KINDS, self._kind_labels(), strict=True):
            self.kind.addItem(label, kind)
        layout.addWidget(self.kind)
        self.fields = QStackedWidget(self)
        self.fields.addWidget(self._prom_fields())
        self.fields.addWidget(self._compare_fields())
        self.fields.addWidget(self._ready_fields())
        self.fields.addWidget(self._approval_fields())
        layout.addWidget(self.fields)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add gate"), self)
        self.add_button.setObjectName("addGate")
        self.add_button.clicked.connect(self.add_from_fields)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = QLabel(self)
        self.error.setObjectName("gateError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style("error"))
        self.error.hide()
        layout.addWidget(self.error)
        self.list = QListWidget(self)
        self.list.setObjectName("gateList")
        self.list.setAccessibleName(self.tr("Gates"))
        self.list.setMinimumHeight(text_lines(self, 4))
        self.list.currentRowChanged.connect(lambda _row: self._update())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("No gate: each wave follows the one before once its bake time is over."))
        self.empty.setObjectName("gatesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.addStretch(1)
        self.remove_button = QPushButton(self.tr("&Remove gate"), self)
        self.remove_button.setObjectName("removeGate")
        self.remove_button.clicked.connect(self.remove_current)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self._update()

    def _kind_labels(self) -> tuple[str, ...]:
        return (
            self.tr("Prometheus threshold (prom:)"),
            self.tr("Comparison with the platforms not changed yet (compare:)"),
            self.tr("Readiness of a platform process (ready:)"),
            self.tr("Approval by a person (approval)"),
        )

    # -- the fields of each kind -------------------------------------------------------------------
    def _query_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(self.tr("PromQL query"))
        edit.setPlaceholderText(self.tr("PromQL query, one series per platform (label platform)"))
        edit.returnPressed.connect(self.add_from_fields)
        return edit

    def _prom_fields(self) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.prom_query = self._query_edit("promQuery")
        self.prom_op = QComboBox(page)
        self.prom_op.setObjectName("promOperator")
        self.prom_op.setAccessibleName(self.tr("Operator"))
        self.prom_op.addItems(OPERATORS)
        self.prom_threshold = QLineEdit(page)
        self.prom_threshold.setObjectName("promThreshold")
        self.prom_threshold.setAccessibleName(self.tr("Threshold"))
        self.prom_threshold.setPlaceholderText(self.tr("threshold"))
        self.prom_threshold.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.prom_threshold.returnPressed.connect(self.add_from_fields)
        row.addWidget(self.prom_query, 1)
        row.addWidget(self.prom_op)
        row.addWidget(self.prom_threshold)
        return page

    def _compare_fields(self) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.compare_query = self._query_edit("compareQuery")
        self.compare_worse = QComboBox(page)
        self.compare_worse.setObjectName("compareWorse")
        self.compare_worse.setAccessibleName(self.tr("Which values are worse"))
        self.compare_worse.addItem(self.tr("higher is worse"), "higher")
        self.compare_worse.addItem(self.tr("lower is worse"), "lower")
        row.addWidget(self.compare_query, 1)
        row.addWidget(self.compare_worse)
        return page

    def _ready_fields(self) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.ready_url = QLineEdit(page)
        self.ready_url.setObjectName("readyUrl")
        self.ready_url.setAccessibleName(self.tr("URL of the platform process"))
        self.ready_url.setPlaceholderText(self.tr("http://shop-7.internal:8080 (its /health/ready is asked)"))
        self.ready_url.returnPressed.connect(self.add_from_fields)
        row.addWidget(self.ready_url, 1)
        return page

    def _approval_fields(self) -> QWidget:
        label = QLabel(
            self.tr(
                "Before each next wave, someone other than the person who started the rollout approves it."
            ),
            self,
        )
        label.setWordWrap(True)
        label.setProperty("role", "muted")
        return label

    # -- editing ------------------------------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(KINDS.index(kind))

    def _kind_changed(self, index: int) -> None:
        self.fields.setCurrentIndex(index)
        self.error.hide()

    def text_of_fields(self) -> str:
        """The gate the fields make, as ``--gate`` takes it."""
        kind = self.kind.currentData()
        if kind == "prom":
            query, op = self.prom_query.text().strip(), self.prom_op.currentText()
            return f"prom:{query} {op} {number_text(self.prom_threshold.text())}"
        if kind == "compare":
            return f"compare:{self.compare_query.text().strip()} {self.compare_worse.currentData()}"
        if kind == "ready":
            return f"ready:{self.ready_url.text().strip()}"
        return "approval"

    def add_from_fields(self) -> bool:
        """Check the gate of the fields and add it; an error stays under the fields."""
        from core.rollouts.gates import parse_gate  # lazy: the gates' module, on first use

        text = self.text_of_fields()
        try:
            parse_gate(text)
        except PlatformError as exc:
            self.show_error(error_message(exc))
            return False
        if text in self.gates():
            self.show_error(self.tr("This gate is in the list already."))
            return False
        self.error.hide()
        self.list.addItem(text)
        for edit in (self.prom_query, self.prom_threshold, self.compare_query, self.ready_url):
            edit.clear()
        self._update()
        self.changed.emit()
        return True

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._update()
            self.changed.emit()

    def gates(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def kinds(self) -> set[str]:
        return {text.partition(":")[0] for text in self.gates()}

    def _update(self) -> None:
        has = self.list.count() > 0
        self.empty.setVisible(not has)
        self.remove_button.setEnabled(has and self.list.currentRow() >= 0)
        approval = "approval" in self.gates()
        model = self.kind.model()
        item = model.item(KINDS.index("approval")) if hasattr(model, "item") else None
        if item is not None:  # one approval is enough
            item.setEnabled(not approval)
