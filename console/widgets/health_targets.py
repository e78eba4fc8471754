"""The health page's panes of targets: the table of targets (the buttons that act on them, and the
whole truth about the selected or the unhealthy targets under it), the checks of one target, and
the status changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.health.plotdata import MAX_PLOTTED
from console.locale_text import decimal
from console.models.health import EventsModel, TargetsModel, clock, status_name
from console.widgets.tables import fit_key_columns
from console.widgets.theme import text_style
from core.observability.urls import strip_userinfo


class TargetsPane(QSplitter):
    """The targets over their detail. The page connects the buttons (hidden when read-only)."""

    def __init__(self, read_only: bool) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.model = TargetsModel(self)
        self.view = self._build_view()
        self.add_button = named_button(self.tr("Add endpoint…"), "healthAddEndpoint")
        self.add_prom_button = named_button(self.tr("Add Prometheus…"), "healthAddPrometheus")
        self.edit_button = named_button(self.tr("Edit…"), "healthEdit")
        self.remove_button = named_button(self.tr("Remove"), "healthRemove")
        self.detail = self._build_detail()
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._build_buttons(read_only))
        self.addWidget(pane)
        self.addWidget(self.detail)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("healthTargets")
        view.setAccessibleName(self.tr("Health targets"))
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._size_columns(view)
        return view

    def _size_columns(self, view: QTableView) -> None:
        """Name, kind, status, latency and time in full, from the font (again when it changes);
        the detail takes the rest (and the detail view below has all of it)."""
        samples = (
            "payments-api (eu)",
            self.tr("Prometheus"),
            status_name("unhealthy"),
            "9999.9 ms",
            self.tr("stale since {when}").format(when="00:00:00"),
        )
        fit_key_columns(view, {c: (lambda s=sample: (s,)) for c, sample in enumerate(samples)})

    def _build_buttons(self, read_only: bool) -> QHBoxLayout:
        # The target buttons sit under the targets they act on: one bar of every button asked for
        # more than the window has at a large font, and squeezed the navigation.
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.add_prom_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
            button.setVisible(not read_only)
        bar.addStretch(1)
        return bar

    def _build_detail(self) -> QLabel:
        # The whole truth about a target (an unreachable endpoint's reason, in full): the selected
        # targets, or every target that is not healthy.
        detail = QLabel()
        detail.setObjectName("healthTargetDetail")
        detail.setWordWrap(True)
        detail.setTextFormat(Qt.TextFormat.PlainText)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.model.dataChanged.connect(lambda *_: self.show_detail())
        self.model.modelReset.connect(self.show_detail)
        return detail

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def show_detail(self) -> None:
        rows = [r for r in (self.model.get(t) for t in self.selected_ids()) if r is not None]
        if not rows:
            rows = [r for r in self.model.rows if r.status != "healthy"]
            if not rows:
                self.detail.setText(self.tr("Every target is healthy."))
                return
        lines = []
        for row in rows[:MAX_PLOTTED]:
            head = f"{self.model.shown_name(row)}: {status_name(row.status)}"
            if row.url:
                head += f" ({strip_userinfo(row.url)})"
            when = clock(row.last_ts, date=None)
            lines.append(head + (f", {when}" if when else ""))
            if row.detail:
                lines.append(f"    {row.detail}")
        self.detail.setText("\n".join(lines))

    def update_buttons(self, editable: bool, removable: bool) -> None:
        self.edit_button.setEnabled(editable)
        self.remove_button.setEnabled(removable)


class ChecksTable(QTableWidget):
    """The checks of one target: name, status, latency and detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.hide()
        self.setObjectName("healthChecks")
        self.setAccessibleName(self.tr("Health checks"))
        self.setHorizontalHeaderLabels(
            [self.tr("Check"), self.tr("Status"), self.tr("Latency"), self.tr("Detail")]
        )
        self.horizontalHeader().setStretchLastSection(True)
        fm = self.fontMetrics()
        for col, sample in enumerate(("module:marketplace", status_name("unhealthy"), "9999.9 ms")):
            self.setColumnWidth(col, fm.horizontalAdvance(sample) + 3 * fm.averageCharWidth())
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def show_checks(self, checks: list[dict[str, Any]]) -> None:
        self.setRowCount(len(checks))
        for i, check in enumerate(checks):
            latency = check.get("latency_seconds")
            values = [
                str(check.get("name", "")),
                status_name(str(check.get("status", "unknown"))),
                "" if latency is None else decimal(float(latency) * 1000, 1) + " ms",
                str(check.get("detail", "")),
            ]
            for col, value in enumerate(values):
                item = self.item(i, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.setItem(i, col, item)
                item.setText(value)


class EventsPane(QWidget):
    """The status changes of every target, newest first."""

    def __init__(self, model: EventsModel) -> None:
        super().__init__()
        self.model = model
        self.view = QTableView()
        self.view.setObjectName("healthEvents")
        self.view.setAccessibleName(self.tr("Health events"))
        self.view.setModel(model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 150), (1, 160), (2, 170)):
            self.view.setColumnWidth(col, width)
        self.notice = QLabel()
        self.notice.setObjectName("healthNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Status changes")))
        layout.addWidget(self.notice)
        layout.addWidget(self.view)

    def show_message(self, text: str, severe: bool = False) -> None:
        """A line above the list of changes (the latest notice replaces it)."""
        self.notice.setText(text)
        self.notice.setStyleSheet(text_style("error") if severe else "")
        self.notice.show()

    def show_notice(self, text: str, severe: bool) -> None:
        """A notification the desktop could not show (no system tray): the latest one, above the
        list of changes, in the error tone when it is severe."""
        self.notice.setText(self.tr("Latest notification (no system tray): {text}").format(text=text))
        self.notice.setStyleSheet(text_style("error") if severe else "")
        self.notice.show()


def named_button(text: str, name: str) -> QPushButton:
    """A push button with its object name (what tests and style sheets find it by)."""
    button = QPushButton(text)
    button.setObjectName(name)
    return button
