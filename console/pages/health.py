"""The health page: local checks, platform endpoints and Prometheus servers, live and from history.

* Targets: the local checks (always there, offline too) and any number of remote endpoints and
  Prometheus servers, kept per connection profile. Polling, parsing and the history file run in
  the poller process (:mod:`console.health.pollclient`; the local checks in a thread); the page
  drains the results on a timer, so the window never waits on the network nor on the poller.
* Plots (pyqtgraph, imported when the page first loads): latency per target, status over time,
  any metric chosen from ``/metrics`` (or a PromQL expression on a Prometheus server). Windows of
  5 minutes, 1 hour (ring buffers) and 24 hours (per-minute rollups from the history file).
* History: every sample goes to the local history file; the page opens with the past plotted and
  marks data stale (and since when) when nothing new arrives.
* Offline mode (no database, no sign-in): read-only, local checks and history only.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QDateTime, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSplitter,
    QSystemTrayIcon,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.asyncutil import dialog_result, run_sync, signal_future, spawn
from console.health.history import HistoryStore, Sample, StatusEvent, default_history_path
from console.health.parsing import STATUS_VALUES, STATUSES
from console.health.pollclient import HistoryLink, PollClient
from console.health.prometheus_api import HEALTH_QUERY, LATENCY_QUERY, series_label
from console.health.ringbuffer import SeriesStore, series_key
from console.health.targets import (
    LOCAL_TARGET_ID,
    TargetKind,
    TargetSpec,
    TargetStore,
    Thresholds,
    local_target,
    new_target_id,
)
from console.models.common import plural
from console.models.health import EventsModel, TargetRow, TargetsModel, clock
from console.pages.base import Page
from console.widgets.tables import fit_key_columns
from console.widgets.theme import banner_style, text_style
from core.errors import PlatformError
from core.observability.urls import strip_userinfo

if TYPE_CHECKING:
    from console.session import ConsoleSession
    from console.widgets.plot_panel import PlotPanel

log = logging.getLogger(__name__)

WINDOWS = (300.0, 3600.0, 86400.0)
RAW_WINDOW = 3600.0  # the ring buffers cover this; longer windows come from rollups
MAX_PLOTTED = 8
# The table and the events take what the poller sent four times a second; the plots redraw once a
# second, half-way between two drains, so one pass of the event loop never paints both.
DRAIN_MS = 250
REDRAW_MS = 1000
DRAIN_LIMIT = 5000  # items per drain: a backlog is worked off over several ticks
RING_CAPACITY = 4096
MIN_GAP = 60.0  # seconds without samples that always break a line


class Notifier(QObject):
    """Desktop notifications through the system tray, where there is one."""

    def __init__(self, parent: QObject | None = None, enabled: bool = True) -> None:
        super().__init__(parent)
        self.available = enabled and QSystemTrayIcon.isSystemTrayAvailable()
        self._tray: QSystemTrayIcon | None = None
        self.sent = 0

    def notify(self, title: str, text: str, severe: bool) -> bool:
        if not self.available:
            return False
        if self._tray is None:
            from console.widgets.theme import icon

            self._tray = QSystemTrayIcon(icon("health"), self)
            self._tray.show()
        level = QSystemTrayIcon.MessageIcon.Critical if severe else QSystemTrayIcon.MessageIcon.Information
        self._tray.showMessage(title, text, level, 8000)
        self.sent += 1
        return True

    def close(self) -> None:
        if self._tray is not None:
            self._tray.hide()
            self._tray.deleteLater()
            self._tray = None


class TargetDialog(QDialog):
    """Add or edit a target: name, URL, interval, timeout, TLS, thresholds."""

    def __init__(self, spec: TargetSpec, parent: QWidget | None = None, *, new: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("healthTargetDialog")
        self.spec = spec
        self.result_spec: TargetSpec | None = None
        kind = spec.kind
        titles = {
            TargetKind.ENDPOINT: self.tr("Platform endpoint"),
            TargetKind.PROMETHEUS: self.tr("Prometheus server"),
            TargetKind.LOCAL: self.tr("Local checks"),
        }
        self.setWindowTitle(
            (self.tr("Add: {what}") if new else self.tr("Edit: {what}")).format(what=titles.get(kind, kind))
        )
        form = QFormLayout(self)
        self.name_edit = QLineEdit(spec.name)
        self.name_edit.setObjectName("targetName")
        self.url_edit = QLineEdit(spec.url)
        self.url_edit.setObjectName("targetUrl")
        self.url_edit.setPlaceholderText(
            "http://127.0.0.1:9090" if kind is TargetKind.PROMETHEUS else "https://platform.example:8000"
        )
        self.query_edit = QLineEdit(spec.query)
        self.query_edit.setObjectName("targetQuery")
        self.query_edit.setPlaceholderText('up{job="platform"}')
        self.interval_spin = QDoubleSpinBox()
        self.interval_spin.setObjectName("targetInterval")
        self.interval_spin.setRange(0.5, 3600)
        self.interval_spin.setDecimals(1)
        self.interval_spin.setSuffix(" s")
        self.interval_spin.setValue(spec.interval)
        self.timeout_spin = QDoubleSpinBox()
        self.timeout_spin.setObjectName("targetTimeout")
        self.timeout_spin.setRange(0.1, 120)
        self.timeout_spin.setDecimals(1)
        self.timeout_spin.setSuffix(" s")
        self.timeout_spin.setValue(spec.timeout)
        self.token_edit = QLineEdit(spec.token)
        self.token_edit.setObjectName("targetToken")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("none (kept in the OS keyring when set)"))
        self.token_edit.setToolTip(
            self.tr("The endpoint's PLATFORM_HEALTH_TOKEN: it shows /health's details and /metrics.")
        )
        self.verify_check = QCheckBox(self.tr("Verify the TLS certificate"))
        self.verify_check.setObjectName("targetVerify")
        self.verify_check.setChecked(spec.verify_tls)
        self.warn_spin = QDoubleSpinBox()
        self.warn_spin.setObjectName("targetWarn")
        self.critical_spin = QDoubleSpinBox()
        self.critical_spin.setObjectName("targetCritical")
        for spin, value in (
            (self.warn_spin, spec.thresholds.latency_warn_ms),
            (self.critical_spin, spec.thresholds.latency_critical_ms),
        ):
            spin.setRange(1, 600_000)
            spin.setDecimals(0)
            spin.setSuffix(" ms")
            spin.setValue(value)
        self.failures_spin = QSpinBox()
        self.failures_spin.setObjectName("targetFailures")
        self.failures_spin.setRange(1, 100)
        self.failures_spin.setValue(spec.thresholds.failures)
        form.addRow(self.tr("Name"), self.name_edit)
        if kind is not TargetKind.LOCAL:
            form.addRow(self.tr("URL"), self.url_edit)
        if kind is TargetKind.PROMETHEUS:
            form.addRow(self.tr("Instances (PromQL)"), self.query_edit)
        form.addRow(self.tr("Interval"), self.interval_spin)
        form.addRow(self.tr("Timeout"), self.timeout_spin)
        if kind is TargetKind.ENDPOINT:
            form.addRow(self.tr("Health token"), self.token_edit)
        if kind is not TargetKind.LOCAL:
            form.addRow("", self.verify_check)
        form.addRow(self.tr("Degraded above"), self.warn_spin)
        form.addRow(self.tr("Unhealthy above"), self.critical_spin)
        form.addRow(self.tr("Failed polls before unhealthy"), self.failures_spin)
        self.error_label = QLabel()
        self.error_label.setObjectName("targetError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(text_style("error", self.palette()))
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def build(self) -> TargetSpec:
        return self.spec.with_changes(
            name=self.name_edit.text().strip(),
            url=self.url_edit.text().strip(),
            query=self.query_edit.text().strip(),
            interval=self.interval_spin.value(),
            timeout=self.timeout_spin.value(),
            verify_tls=self.verify_check.isChecked(),
            token=self.token_edit.text().strip() if self.spec.kind is TargetKind.ENDPOINT else "",
            thresholds=Thresholds(
                latency_warn_ms=self.warn_spin.value(),
                latency_critical_ms=self.critical_spin.value(),
                failures=self.failures_spin.value(),
            ),
        )

    def accept(self) -> None:
        spec = self.build()
        try:
            spec.check()
        except PlatformError as exc:
            self.error_label.setText(exc.message)
            return
        self.result_spec = spec
        super().accept()


class ReportDialog(QDialog):
    """The time range and the file of a health report."""

    def __init__(self, parent: QWidget | None = None, *, hours: float = 1.0) -> None:
        super().__init__(parent)
        self.setObjectName("healthReportDialog")
        self.setWindowTitle(self.tr("Export a health report"))
        form = QFormLayout(self)
        now = QDateTime.currentDateTime()
        self.since_edit = QDateTimeEdit(now.addSecs(-int(hours * 3600)))
        self.until_edit = QDateTimeEdit(now)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.path_edit = QLineEdit(str(Path.home() / f"health-report-{time.strftime('%Y%m%d-%H%M')}.html"))
        self.path_edit.setObjectName("reportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda: spawn(self._browse(), self))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("From"), self.since_edit)
        form.addRow(self.tr("Until"), self.until_edit)
        form.addRow(self.tr("HTML file (the JSON goes next to it)"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    async def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Health report"))
        dialog.setObjectName("healthReportFile")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("HTML files (*.html)"))
        dialog.setDefaultSuffix("html")
        dialog.selectFile(self.path_edit.text())
        # Read before the dialog goes: a dialog deleted on close cannot be asked afterwards.
        if (chosen := await _accepted(dialog, dialog.selectedFiles)) and chosen:
            self.path_edit.setText(chosen[0])

    def range(self) -> tuple[float, float]:
        return self.since_edit.dateTime().toSecsSinceEpoch(), self.until_edit.dateTime().toSecsSinceEpoch()


class HealthPage(Page):
    # Emitted after each drain that brought samples (tests, the offline window's status bar).
    samplesArrived = Signal(int)
    eventsArrived = Signal(list)

    def __init__(
        self,
        session: ConsoleSession | None,
        window: Any = None,
        *,
        offline: bool | None = None,
        history_path: Path | str | None = None,
        qsettings: QSettings | None = None,
        profile: str | None = None,
        local_database_url: str | None = None,
        local_interval: float = 10.0,
        write_history: bool = True,
        notifications: bool = True,
        max_body: int | None = None,
    ) -> None:
        super().__init__(session, window)  # type: ignore[arg-type]
        self.offline = session is None if offline is None else offline
        self.read_only = self.offline or session is None or not session.can("health.run")
        self.history_path = Path(history_path) if history_path is not None else default_history_path()
        self.qs = qsettings if qsettings is not None else QSettings()
        profile_name = (
            profile or (session.profile_name if session is not None else "") or _last_profile(self.qs)
        )
        self.target_store = TargetStore(self.qs, profile_name)
        self.local_database_url = local_database_url
        self.local_interval = local_interval
        self.write_history = write_history
        self.max_body = max_body
        self.series = SeriesStore(RING_CAPACITY)
        self.specs: dict[str, TargetSpec] = {}
        self.engine: PollClient | None = None
        self.writer: HistoryLink | None = None  # the history writer, in the poller process
        self.notifier = Notifier(self, enabled=notifications)
        self.window_seconds = WINDOWS[0]
        self.paused = False
        self._dirty = False
        self._started = False
        self._closing = False
        self._long: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # rollups / Prometheus ranges per key
        self._long_loaded_at = 0.0
        self._long_task: asyncio.Task[None] | None = None
        self._token_task: asyncio.Task[None] | None = None  # the last token written to the keyring
        self.latency_panel: PlotPanel | None = None
        self.status_panel: PlotPanel | None = None
        self.metric_panel: PlotPanel | None = None
        self.samples_seen = 0
        self.notifications_sent: list[str] = []
        self._build()

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.mode_label = QLabel()
        self.mode_label.setObjectName("healthMode")
        self.mode_label.setWordWrap(True)
        if self.offline:
            self.mode_label.setText(
                self.tr(
                    "Offline mode: the local checks and the history kept on this computer, read-only. "
                    "Remote targets are not polled."
                )
            )
            self.mode_label.setStyleSheet(banner_style())
        else:
            self.mode_label.hide()
        layout.addWidget(self.mode_label)

        bar = QHBoxLayout()
        self.window_combo = QComboBox()
        self.window_combo.setObjectName("healthWindow")
        for seconds, label in zip(
            WINDOWS, (self.tr("5 minutes"), self.tr("1 hour"), self.tr("24 hours")), strict=True
        ):
            self.window_combo.addItem(label, seconds)
        self.window_combo.currentIndexChanged.connect(
            lambda _i: self.set_window(self.window_combo.currentData())
        )
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("healthPause")
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self.set_paused)
        self.run_button = QPushButton(self.tr("Check now"))
        self.run_button.setObjectName("healthRunNow")
        self.run_button.clicked.connect(self.poll_now)
        self.add_button = QPushButton(self.tr("Add endpoint…"))
        self.add_button.setObjectName("healthAddEndpoint")
        self.add_button.clicked.connect(lambda: spawn(self.add_target(TargetKind.ENDPOINT), self))
        self.add_prom_button = QPushButton(self.tr("Add Prometheus…"))
        self.add_prom_button.setObjectName("healthAddPrometheus")
        self.add_prom_button.clicked.connect(lambda: spawn(self.add_target(TargetKind.PROMETHEUS), self))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("healthEdit")
        self.edit_button.clicked.connect(lambda: spawn(self.edit_selected(), self))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("healthRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.setObjectName("healthExport")
        self.export_button.clicked.connect(lambda: spawn(self.export_dialog(), self))
        bar.addWidget(QLabel(self.tr("Window")))
        bar.addWidget(self.window_combo)
        bar.addWidget(self.pause_button)
        bar.addWidget(self.run_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        # The target buttons sit under the targets they act on: one bar of every button asked for
        # more than the window has at a large font, and squeezed the navigation.
        target_bar = QHBoxLayout()
        target_bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.add_prom_button, self.edit_button, self.remove_button):
            target_bar.addWidget(button)
            button.setVisible(not self.read_only)
        target_bar.addStretch(1)
        self.stale_label = QLabel()
        self.stale_label.setObjectName("healthStale")
        self.stale_label.setStyleSheet(text_style("stale", self.palette()))
        self.stale_label.hide()
        layout.addWidget(self.stale_label)

        self.targets_model = TargetsModel(self)
        self.targets_view = QTableView()
        self.targets_view.setObjectName("healthTargets")
        self.targets_view.setModel(self.targets_model)
        self.targets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targets_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.targets_view.verticalHeader().hide()
        self.targets_view.horizontalHeader().setStretchLastSection(True)
        self.targets_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._size_target_columns()
        self.targets_view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        # The whole truth about a target (an unreachable endpoint's reason, in full): the selected
        # targets, or every target that is not healthy.
        self.target_detail = QLabel()
        self.target_detail.setObjectName("healthTargetDetail")
        self.target_detail.setWordWrap(True)
        self.target_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.target_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.target_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.target_detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.targets_model.dataChanged.connect(lambda *_: self._show_target_detail())
        self.targets_model.modelReset.connect(self._show_target_detail)
        targets_pane = QWidget()
        targets_layout = QVBoxLayout(targets_pane)
        targets_layout.setContentsMargins(0, 0, 0, 0)
        targets_layout.addWidget(self.targets_view, 1)
        targets_layout.addLayout(target_bar)  # its buttons hidden when read-only
        targets_box = QSplitter(Qt.Orientation.Vertical)
        targets_box.addWidget(targets_pane)
        targets_box.addWidget(self.target_detail)
        targets_box.setStretchFactor(0, 3)
        targets_box.setStretchFactor(1, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("healthTabs")
        self.plot_placeholder = QLabel(self.tr("Loading the plots…"))
        self.tabs.addTab(self.plot_placeholder, self.tr("Latency"))

        # Parented (hidden) until the plots load and it joins the tabs: never a top-level window.
        self.checks_table = QTableWidget(0, 4, self)
        self.checks_table.hide()
        self.checks_table.setObjectName("healthChecks")
        self.checks_table.setHorizontalHeaderLabels(
            [self.tr("Check"), self.tr("Status"), self.tr("Latency"), self.tr("Detail")]
        )
        self.checks_table.horizontalHeader().setStretchLastSection(True)
        fm = self.checks_table.fontMetrics()
        for col, sample in enumerate(("module:marketplace", _status_name("unhealthy"), "9999.9 ms")):
            self.checks_table.setColumnWidth(col, fm.horizontalAdvance(sample) + 3 * fm.averageCharWidth())
        self.checks_table.verticalHeader().hide()
        self.checks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.events_model = EventsModel(self)
        self.events_view = QTableView()
        self.events_view.setObjectName("healthEvents")
        self.events_view.setModel(self.events_model)
        self.events_view.verticalHeader().hide()
        self.events_view.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 150), (1, 160), (2, 170)):
            self.events_view.setColumnWidth(col, width)

        # The targets take the page's whole width (every column in sight at a large font), the
        # plots and the status changes under them.
        events_box = QWidget()
        events_layout = QVBoxLayout(events_box)
        events_layout.setContentsMargins(0, 0, 0, 0)
        events_layout.addWidget(QLabel(self.tr("Status changes")))
        events_layout.addWidget(self.events_view)
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.setObjectName("healthPanes")
        outer.addWidget(targets_box)
        outer.addWidget(self.tabs)
        outer.addWidget(events_box)
        for index, stretch in enumerate((2, 4, 1)):
            outer.setStretchFactor(index, stretch)
        outer.setSizes([280, 400, 130])  # scaled to the page's height when it is shown
        layout.addWidget(outer, 1)

        self.drain_timer = QTimer(self)
        self.drain_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.drain_timer.setInterval(DRAIN_MS)
        self.drain_timer.timeout.connect(self.drain)
        self.redraw_timer = QTimer(self)
        self.redraw_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.redraw_timer.setInterval(REDRAW_MS)
        self.redraw_timer.timeout.connect(self._tick)

    def _size_target_columns(self) -> None:
        """Name, kind, status, latency and time in full, from the font (again when it changes);
        the detail takes the rest (and the detail view below has all of it)."""
        samples = (
            "payments-api (eu)",
            self.tr("Prometheus"),
            _status_name("unhealthy"),
            "9999.9 ms",
            self.tr("stale since {when}").format(when="00:00:00"),
        )
        fit_key_columns(self.targets_view, {c: (lambda s=sample: (s,)) for c, sample in enumerate(samples)})

    def _show_target_detail(self) -> None:
        ids = self._selected_ids()
        rows = [r for r in (self.targets_model.get(t) for t in ids) if r is not None]
        if not rows:
            rows = [r for r in self.targets_model.rows if r.status != "healthy"]
            if not rows:
                self.target_detail.setText(self.tr("Every target is healthy."))
                return
        lines = []
        for row in rows[:MAX_PLOTTED]:
            head = f"{row.name}: {_status_name(row.status)}"
            if row.url:
                head += f" ({strip_userinfo(row.url)})"
            when = clock(row.last_ts, date=None)
            lines.append(head + (f", {when}" if when else ""))
            if row.detail:
                lines.append(f"    {row.detail}")
        self.target_detail.setText("\n".join(lines))

    def _build_plots(self) -> None:
        from console.widgets.plot_panel import PlotPanel

        self.latency_panel = PlotPanel(y_label=self.tr("Latency"), y_units="ms", y_scale=1000.0)
        self.latency_panel.setObjectName("latencyPlot")
        ticks = [(STATUS_VALUES[s], _status_name(s)) for s in STATUSES]
        self.status_panel = PlotPanel(
            y_ticks=ticks, value_format=lambda v: _status_name(STATUSES[min(3, max(0, round(v)))])
        )
        self.status_panel.setObjectName("statusPlot")
        metric_box = QWidget()
        metric_layout = QVBoxLayout(metric_box)
        chooser = QHBoxLayout()
        self.metric_combo = QComboBox()
        self.metric_combo.setObjectName("metricChooser")
        self.metric_combo.setMinimumWidth(260)
        self.metric_combo.setEditable(True)
        self.metric_combo.lineEdit().setPlaceholderText(
            self.tr("metric name, or PromQL for a Prometheus server")
        )
        self.metric_list_button = QPushButton(self.tr("List metrics"))
        self.metric_list_button.setObjectName("metricList")
        self.metric_list_button.clicked.connect(lambda: spawn(self.list_metrics(), self))
        self.metric_add_button = QPushButton(self.tr("Plot"))
        self.metric_add_button.setObjectName("metricPlot")
        self.metric_add_button.clicked.connect(
            lambda: spawn(self.choose_metric(self.metric_combo.currentText()), self)
        )
        self.metric_clear_button = QPushButton(self.tr("Clear"))
        self.metric_clear_button.setObjectName("metricClear")
        self.metric_clear_button.clicked.connect(self.clear_metrics)
        chooser.addWidget(self.metric_combo, 1)
        chooser.addWidget(self.metric_list_button)
        chooser.addWidget(self.metric_add_button)
        chooser.addWidget(self.metric_clear_button)
        for widget in (self.metric_list_button, self.metric_add_button, self.metric_clear_button):
            widget.setEnabled(not self.offline)
        self.metric_panel = PlotPanel()
        self.metric_panel.setObjectName("metricPlot")
        self.metric_status = QLabel()
        self.metric_status.setObjectName("metricStatus")
        metric_layout.addLayout(chooser)
        metric_layout.addWidget(self.metric_status)
        metric_layout.addWidget(self.metric_panel, 1)
        self.tabs.removeTab(0)
        self.plot_placeholder.deleteLater()
        self.tabs.addTab(self.latency_panel, self.tr("Latency"))
        self.tabs.addTab(self.status_panel, self.tr("Status"))
        self.tabs.addTab(metric_box, self.tr("Metrics"))
        self.tabs.addTab(self.checks_table, self.tr("Checks"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        for panel in self.panels():
            panel.window_seconds = self.window_seconds

    def panels(self) -> list[PlotPanel]:
        return [p for p in (self.latency_panel, self.status_panel, self.metric_panel) if p is not None]

    # -- start-up ----------------------------------------------------------------------------------
    async def load(self) -> None:
        if self._started:
            await self._reload_history()
            self.poll_now()
            return
        self._started = True
        # pyqtgraph costs a quarter to half a second to import, the first time the page opens. It
        # is imported here, on the GUI thread: it creates Qt classes, and PySide6 creates its own
        # lazily, which is not safe in a worker while the GUI thread runs (it crashed the process).
        loading = "pyqtgraph" not in sys.modules
        if loading:
            self.show_status(self.tr("Loading the plots…"), 3000)
            await asyncio.sleep(0.02)  # that message paints first
        self._build_plots()
        if loading and self.main_window is not None:
            self.main_window.statusBar().clearMessage()  # the plots are there: the message is stale
        remote = self.target_store.load()
        tokens = await run_sync(self.target_store.tokens, [s.id for s in remote])  # the keyring
        remote = [s.with_changes(token=tokens[s.id]) if s.id in tokens else s for s in remote]
        local = local_target(self.local_interval, thresholds=self.target_store.local_thresholds())
        for spec in [local, *remote]:
            self.specs[spec.id] = spec
        since = time.time() - RAW_WINDOW
        past = await run_sync(_read_history, self.history_path, since)
        self._apply_history(past)
        # Opened after a while away: a window wide enough to show the last of the history too,
        # not a lone new segment at the right edge of an empty five minutes.
        initial = initial_window(past["lasts"].values(), time.time())
        if initial != self.window_seconds:
            self.set_window(initial)
        # The ring buffers of every polled target now, not all in the drain of their first samples.
        for spec in self._polled_specs():
            for name in ("latency", "status"):
                self.series.buffer(series_key(spec.id, name))
        self.engine = PollClient(
            history_path=self.history_path if self.write_history else None,
            local_checks=self._local_checks_factory(),
            last_status={tid: state.status for tid, state in past["lasts"].items()},
            **({"max_body": self.max_body} if self.max_body else {}),
        )
        self.engine.start()
        self.writer = self.engine.history
        self.engine.set_targets(self._polled_specs())
        # The cycle collector's full passes stalled the GUI thread for 50-150 ms while samples
        # stream in: the application freezes what lives as long as the process once the window is
        # up (console.app.tune_gc); a page must not freeze the objects of whoever embeds it.
        self.drain_timer.start()
        QTimer.singleShot(DRAIN_MS // 2, self._start_redraws)
        self._redraw()
        self._update_buttons()

    def _start_redraws(self) -> None:
        if not self._closing:
            self.redraw_timer.start()

    def _local_checks_factory(self) -> Callable[[], Any]:
        session = self.session
        url = self.local_database_url
        offline = self.offline

        def make() -> Any:
            from core.observability import health_database, local_checks

            if session is not None and not offline:
                return local_checks(session.db)
            from core.db import default_url

            try:
                database = health_database(url or default_url())
            except PlatformError as exc:
                raise RuntimeError(exc.message) from None
            return local_checks(database)

        return make

    def _polled_specs(self) -> list[TargetSpec]:
        return [s for s in self.specs.values() if s.kind is TargetKind.LOCAL or not self.offline]

    def _apply_history(self, past: dict[str, Any]) -> None:
        rows = []
        known = {r.id: r for r in past["targets"]}
        lasts = past["lasts"]
        polled = {s.id for s in self._polled_specs()}
        for spec in self.specs.values():
            last = lasts.get(spec.id)
            rows.append(
                TargetRow(
                    spec.id,
                    spec.name,
                    spec.kind.value,
                    spec.url,
                    spec.interval,
                    status=last.status if last else "unknown",
                    latency=last.latency if last else None,
                    last_ts=last.ts if last else None,
                    detail=last.detail if last else self.tr("no sample yet"),
                    checks=last.checks if last else None,
                    live=spec.id in polled,
                )
            )
            for record in past["targets"]:
                if record.parent == spec.id:
                    child_last = lasts.get(record.id)
                    rows.append(
                        TargetRow(
                            record.id,
                            record.name,
                            record.kind,
                            record.url,
                            spec.interval,
                            status=child_last.status if child_last else "unknown",
                            latency=child_last.latency if child_last else None,
                            last_ts=child_last.ts if child_last else None,
                            detail=child_last.detail if child_last else "",
                            checks=child_last.checks if child_last else None,
                            parent=spec.id,
                            live=spec.id in polled,
                        )
                    )
        if self.offline:
            # Targets known only from the history file (another profile, removed since): shown too.
            shown = {r.id for r in rows}
            for record in past["targets"]:
                if record.id not in shown and not record.parent and record.id in lasts:
                    last = lasts[record.id]
                    rows.append(
                        TargetRow(
                            record.id,
                            record.name,
                            record.kind,
                            record.url,
                            record.interval,
                            last.status,
                            last.latency,
                            last.ts,
                            last.detail,
                            last.checks,
                            live=False,
                        )
                    )
        del known
        self.targets_model.set_rows(rows)
        for key, (t, v) in past["raw"].items():
            self.series.buffer(key).extend(t, v)
        names = {r.id: r.name for r in rows}
        for event in past["events"]:
            if event.name in ("", event.target):
                event.name = names.get(event.target, event.target)
        self.events_model.set_events(past["events"])
        self._update_stale()
        self._show_checks()

    async def _reload_history(self) -> None:
        past = await run_sync(_read_history, self.history_path, time.time() - 600, raw=False)
        self.events_model.set_events(past["events"])

    # -- live data ---------------------------------------------------------------------------------
    def drain(self) -> int:
        """Move what the poller sent into the ring buffers, the table and the events pane: at most
        ``DRAIN_LIMIT`` items, and one table update for all of them."""
        if self.engine is None:
            return 0
        items = self.engine.drain(limit=DRAIN_LIMIT)
        if not items:
            return 0
        latest: dict[str, Sample] = {}
        events: list[StatusEvent] = []
        append = self.series.append
        for item in items:
            if type(item) is StatusEvent:
                events.append(item)
                continue
            tid, ts = item.target, item.ts
            # A poll without an answer breaks the latency line there (NaN), not a ramp across.
            append(series_key(tid, "latency"), ts, np.nan if item.latency is None else item.latency)
            append(series_key(tid, "status"), ts, STATUS_VALUES.get(item.status, 3.0))
            for name, value in item.values.items():
                append(series_key(tid, name), ts, value)
            latest[tid] = item
        count = len(items) - len(events)
        for sample in self.targets_model.update_states(latest.values()):
            parent = self.specs.get(sample.parent)
            self.targets_model.upsert(
                TargetRow(
                    sample.target,
                    sample.name or sample.target,
                    sample.kind or "instance",
                    sample.name,
                    parent.interval if parent else None,
                    sample.status,
                    sample.latency,
                    sample.ts,
                    sample.detail,
                    sample.checks,
                    parent=sample.parent,
                )
            )
        if events:
            self._status_changes(events)
        self.samples_seen += count
        self._dirty = True
        if self._checks_shown() and not latest.keys().isdisjoint(self._selected_ids() or [LOCAL_TARGET_ID]):
            self._show_checks()
        if count:
            self.samplesArrived.emit(count)
        return count

    def _checks_shown(self) -> bool:
        return self.tabs.currentWidget() is self.checks_table

    def _tab_changed(self) -> None:
        if self._checks_shown():
            self._show_checks()
        self._redraw()

    def _status_changes(self, events: list[StatusEvent]) -> None:
        self.events_model.add(events)
        for event in events:
            text = self.tr("{target}: {old} \u2192 {new}. {detail}").format(
                target=event.name or event.target,
                old=_status_name(event.old or "unknown"),
                new=_status_name(event.new),
                detail=event.detail,
            )
            self.notifications_sent.append(text)
            self.notifier.notify(self.tr("Platform health"), text, event.new in ("unhealthy", "unknown"))
        self.eventsArrived.emit(events)

    def _tick(self) -> None:
        self._update_stale()
        if self.window_seconds > RAW_WINDOW and time.time() - self._long_loaded_at > 60:
            self._load_long()
        if self._dirty or not self.paused:
            self._redraw()

    def _update_stale(self) -> None:
        now = time.time()
        stale = [
            (r, s) for r in self.targets_model.refresh_staleness(now) if (s := r.stale_since(now)) is not None
        ]
        if stale:
            oldest = min(s for _r, s in stale)
            self.stale_label.setText(
                plural(
                    len(stale),
                    self.tr("Stale data: 1 target without a fresh sample, since {when}"),
                    self.tr("Stale data: {n} targets without a fresh sample, since {when}"),
                    when=clock(oldest, date=True),
                )
            )
            self.stale_label.show()
        else:
            self.stale_label.hide()

    # -- plotting ----------------------------------------------------------------------------------
    def _selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.targets_view.selectionModel().selectedRows()})
        return [self.targets_model.rows[r].id for r in rows if r < len(self.targets_model.rows)]

    def plotted_targets(self) -> list[str]:
        selected = self._selected_ids()
        ids = selected or [r.id for r in self.targets_model.rows]
        return ids[:MAX_PLOTTED]

    def _selection_changed(self) -> None:
        self._show_checks()
        self._show_target_detail()
        self._dirty = True
        if self.window_seconds > RAW_WINDOW:
            self._load_long()
        self._redraw()
        self._update_buttons()

    def _curve_data(self, key: str, since: float) -> tuple[np.ndarray, np.ndarray]:
        buf = self.series.get(key)
        t, v = buf.since(since) if buf is not None else (np.empty(0), np.empty(0))
        long = self._long.get(key)
        if long is not None and len(long[0]):
            lt, lv = long
            cut = t[0] if len(t) else np.inf
            k = int(np.searchsorted(lt, min(cut, np.inf), side="left"))
            start = int(np.searchsorted(lt, since, side="left"))
            if k > start:
                return np.concatenate([lt[start:k], t]), np.concatenate([lv[start:k], v])
        return t, v

    def _redraw(self, *, all_panels: bool = False) -> None:
        """Update the curves of the visible plot (every plot with ``all_panels``)."""
        if self.latency_panel is None or self.status_panel is None or self.metric_panel is None:
            return
        from console.widgets.plot_panel import color_for

        now = time.time()
        since = now - self.window_seconds
        current = self.tabs.currentWidget()
        # The time axis first: moving it after new data would downsample every curve twice. Hidden
        # panels catch up when their tab is shown.
        for panel in self.panels():
            if all_panels or panel is current or panel.parentWidget() is current:
                panel.refresh(now)
        ids = self.plotted_targets()
        for panel, series in ((self.latency_panel, "latency"), (self.status_panel, "status")):
            if not (all_panels or panel is current):
                continue
            keys = set()
            for i, tid in enumerate(ids):
                row = self.targets_model.get(tid)
                key = series_key(tid, series)
                t, v = self._curve_data(key, since)
                name = row.name if row else tid
                panel.set_curve(key, t, v, name=name, color=color_for(i), gap=self._gap(tid))
                keys.add(key)
            panel.retain(keys)
        if all_panels or self.metric_panel.parentWidget() is current:
            metric_keys = self.metric_keys()[: MAX_PLOTTED * 2]
            labels = self._metric_labels(metric_keys)
            for i, key in enumerate(metric_keys):
                tid = key.split("|", 1)[0]
                t, v = self._curve_data(key, since)
                self.metric_panel.set_curve(
                    key, t, v, name=labels[key], color=color_for(i), gap=self._gap(tid)
                )
            self.metric_panel.retain(set(metric_keys))
        self._dirty = False

    def _gap(self, target_id: str) -> float:
        """Seconds without a sample after which a target's lines break: three missed polls."""
        spec = self.specs.get(target_id)
        if spec is None and (row := self.targets_model.get(target_id)) is not None:
            spec = self.specs.get(row.parent)  # a Prometheus instance: its server's interval
        interval = spec.interval if spec is not None else 10.0
        timeout = spec.timeout if spec is not None else 5.0
        # At least a minute: the history may have been written at another interval. A failed poll
        # breaks the line where it happened anyway (a NaN sample).
        return max(3 * interval, 2 * interval + timeout, MIN_GAP)

    def _metric_labels(self, keys: list[str]) -> dict[str, str]:
        from console.health.labels import short_labels

        series = []
        for key in keys:
            tid, name = key.split("|", 1)
            row = self.targets_model.get(tid)
            series.append((key, row.name if row else tid, name))
        return short_labels(series)

    def metric_keys(self) -> list[str]:
        """Series of the chosen metrics (of every target) that have data."""
        keys = []
        for spec in self.specs.values():
            if not spec.metrics:
                continue
            prefixes = [f"metric:{m}" for m in spec.metrics] + [f"promql:{m} " for m in spec.metrics]
            ids = [spec.id]
            if spec.kind is TargetKind.PROMETHEUS:
                ids = [spec.id]
            for key in self.series:
                tid, name = key.split("|", 1)
                if tid in ids and any(_matches(name, p) for p in prefixes):
                    keys.append(key)
            for key in self._long:
                tid, name = key.split("|", 1)
                if tid in ids and key not in keys and any(_matches(name, p) for p in prefixes):
                    keys.append(key)
        return sorted(keys)

    def set_window(self, seconds: float) -> None:
        self.window_seconds = float(seconds)
        for panel in self.panels():
            panel.window_seconds = self.window_seconds
        if self.window_combo.currentData() != seconds:
            self.window_combo.setCurrentIndex(
                WINDOWS.index(float(seconds)) if float(seconds) in WINDOWS else 0
            )
        self._long = {}
        self._load_long()
        self._redraw()

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        for panel in self.panels():
            panel.set_paused(paused)
        if not paused:
            self._redraw()

    def _load_long(self) -> None:
        """Long windows: per-minute rollups from the history file and ranges from Prometheus."""
        if self._long_task is not None and not self._long_task.done():
            return
        self._long_loaded_at = time.time()
        self._long_task = spawn(self._fetch_long(), self)

    async def _fetch_long(self) -> None:
        since = time.time() - max(self.window_seconds, RAW_WINDOW)
        ids = self.plotted_targets()
        names = ["latency", "status"]
        loaded: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        if self.window_seconds > RAW_WINDOW:
            keys = [(tid, n) for tid in ids for n in names] + [
                tuple(k.split("|", 1)) for k in self.metric_keys()
            ]
            loaded.update(await run_sync(_read_rollups, self.history_path, keys, since))
        if self.engine is not None and not self.offline:
            for spec in self.specs.values():
                if spec.kind is TargetKind.PROMETHEUS:
                    loaded.update(await self._prometheus_ranges(spec, since, time.time()))
        self._long = loaded
        self._dirty = True
        self._redraw()

    async def _prometheus_ranges(
        self, spec: TargetSpec, start: float, end: float
    ) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """History of a fleet straight from Prometheus (query_range): no local polling needed."""
        engine = self.engine
        assert engine is not None
        step = max(1.0, (end - start) / 600)
        out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        queries = [(LATENCY_QUERY, "latency"), (HEALTH_QUERY, "status")]
        queries += [(expr, None) for expr in spec.metrics]
        for expr, series in queries:
            try:
                result = await asyncio.wrap_future(engine.call("query_range", spec, expr, start, end, step))
            except Exception as exc:
                log.info("query_range %s on %s: %s", expr, spec.url, exc)
                continue
            for item in result:
                if series is None:
                    out[series_key(spec.id, f"promql:{expr} {series_label(item.labels)}")] = (item.t, item.v)
                elif "instance" in item.labels:
                    out[series_key(f"{spec.id}/{item.labels['instance']}", series)] = (item.t, item.v)
        return out

    # -- metrics -----------------------------------------------------------------------------------
    def _metric_target(self) -> TargetSpec | None:
        for tid in self._selected_ids():
            spec = self.specs.get(tid)
            if spec is not None and spec.remote:
                return spec
        return next((s for s in self.specs.values() if s.remote), None)

    async def list_metrics(self) -> list[tuple[str, str, str]]:
        spec = self._metric_target()
        if spec is None or self.engine is None:
            self.metric_status.setText(self.tr("Select an endpoint first."))
            return []
        if spec.kind is TargetKind.PROMETHEUS:
            self.metric_status.setText(self.tr("Type a PromQL expression for {name}.").format(name=spec.name))
            return []
        try:
            families = await asyncio.wrap_future(self.engine.call("metric_families", spec))
        except Exception as exc:
            self.metric_status.setText(
                self.tr("{name}: cannot list metrics: {error}").format(name=spec.name, error=exc)
            )
            return []
        self.metric_combo.clear()
        for name, kind, help_text in families:
            self.metric_combo.addItem(f"{name}", name)
            self.metric_combo.setItemData(
                self.metric_combo.count() - 1, f"{kind}: {help_text}", Qt.ItemDataRole.ToolTipRole
            )
        self.metric_status.setText(
            self.tr("{n} metrics on {name}: counters are plotted as rates, histograms as quantiles.").format(
                n=len(families), name=spec.name
            )
        )
        return families

    async def choose_metric(self, name: str) -> bool:
        name = name.strip()
        spec = self._metric_target()
        if not name or spec is None or (self.read_only and self.offline):
            return False
        if name in spec.metrics:
            return True
        updated = spec.with_changes(metrics=(*spec.metrics, name))
        self._replace_spec(updated)
        self.metric_status.setText(
            self.tr("Plotting {metric} of {name}.").format(metric=name, name=spec.name)
        )
        if spec.kind is TargetKind.PROMETHEUS:
            self._load_long()
        self.poll_now(spec.id)
        return True

    def clear_metrics(self) -> None:
        for spec in list(self.specs.values()):
            if spec.metrics:
                self._replace_spec(spec.with_changes(metrics=()))
        self.metric_panel.clear_curves() if self.metric_panel is not None else None

    # -- targets -----------------------------------------------------------------------------------
    def _replace_spec(self, spec: TargetSpec, *, save: bool = True) -> None:
        self.specs[spec.id] = spec
        row = self.targets_model.get(spec.id)
        if row is not None:
            row.name, row.url, row.interval = spec.name, spec.url, spec.interval
            self.targets_model.upsert(row)
        else:
            self.targets_model.upsert(
                TargetRow(
                    spec.id,
                    spec.name,
                    spec.kind.value,
                    spec.url,
                    spec.interval,
                    detail=self.tr("no sample yet"),
                )
            )
        if save:
            if spec.kind is TargetKind.LOCAL:
                self.target_store.save_local_thresholds(spec.thresholds)
            self.target_store.save(list(self.specs.values()))
        if self.engine is not None:
            self.engine.set_targets(self._polled_specs())

    def add_spec(self, spec: TargetSpec) -> TargetSpec:
        """Add (or replace) a target without a dialog (the dialogs end here; tests too)."""
        spec.check()
        before = self.specs.get(spec.id)
        self._replace_spec(spec)
        if spec.token != (before.token if before is not None else ""):
            self._token_task = spawn(self._save_token(spec), self)
        return spec

    async def add_target(self, kind: TargetKind) -> TargetSpec | None:
        if self.read_only:
            return None
        default_url = "http://127.0.0.1:9090" if kind is TargetKind.PROMETHEUS else "http://127.0.0.1:8000"
        spec = TargetSpec(
            new_target_id(), "", kind, url=default_url, interval=5.0 if kind is TargetKind.ENDPOINT else 15.0
        )
        dialog = TargetDialog(spec, self, new=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if await dialog_result(dialog) != QDialog.DialogCode.Accepted or dialog.result_spec is None:
            return None
        return self.add_spec(dialog.result_spec)

    async def edit_selected(self) -> TargetSpec | None:
        if self.read_only:
            return None
        ids = self._selected_ids()
        spec = self.specs.get(ids[0]) if ids else None
        if spec is None:
            return None
        dialog = TargetDialog(spec, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if await dialog_result(dialog) != QDialog.DialogCode.Accepted or dialog.result_spec is None:
            return None
        return self.add_spec(dialog.result_spec)

    async def _save_token(self, spec: TargetSpec) -> None:
        """A target's token to the OS keyring (off the GUI thread); without a keyring it is
        used until the console closes, and the status bar says so."""
        try:
            await run_sync(self.target_store.save_token, spec.id, spec.token)
        except PlatformError as exc:
            self.show_status(
                self.tr("The token of {name} is used until the console closes: {error}").format(
                    name=spec.name, error=exc.message
                )
            )

    def remove_selected(self) -> None:
        if self.read_only:
            return
        for tid in self._selected_ids():
            self.remove_target(tid)

    def remove_target(self, target_id: str) -> None:
        spec = self.specs.get(target_id)
        if spec is None or spec.kind is TargetKind.LOCAL:
            return
        del self.specs[target_id]
        self.target_store.save(list(self.specs.values()))
        if spec.token:
            spawn(run_sync(self.target_store.forget_token, target_id), self)
        self.targets_model.remove(target_id)
        self.series.drop_target(target_id)
        if self.engine is not None:
            self.engine.set_targets(self._polled_specs())
        self._redraw()

    def poll_now(self, target_id: str | None = None) -> None:
        if self.engine is not None and self.engine.running:
            self.engine.poll_now(target_id if isinstance(target_id, str) else None)

    def _update_buttons(self) -> None:
        ids = self._selected_ids()
        editable = bool(ids) and not self.read_only
        self.edit_button.setEnabled(editable)
        self.remove_button.setEnabled(
            editable and any(self.specs.get(t, None) is not None and self.specs[t].remote for t in ids)
        )

    def _show_checks(self) -> None:
        """The checks of the selected target (the local checks when nothing is selected)."""
        ids = self._selected_ids() or [LOCAL_TARGET_ID]
        row = self.targets_model.get(ids[0])
        checks = (row.checks if row else None) or []
        self.checks_table.setRowCount(len(checks))
        for i, check in enumerate(checks):
            latency = check.get("latency_seconds")
            values = [
                str(check.get("name", "")),
                _status_name(str(check.get("status", "unknown"))),
                "" if latency is None else f"{float(latency) * 1000:.1f} ms",
                str(check.get("detail", "")),
            ]
            for col, value in enumerate(values):
                item = self.checks_table.item(i, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.checks_table.setItem(i, col, item)
                item.setText(value)

    # -- report ------------------------------------------------------------------------------------
    async def export_dialog(self) -> tuple[Path, Path] | None:
        dialog = ReportDialog(self, hours=self.window_seconds / 3600)
        chosen = await _accepted(dialog, lambda: (dialog.path_edit.text(), *dialog.range()))
        if chosen is None:
            return None
        path, since, until = chosen
        paths = await self.export_report(path, since, until)
        self.show_status(
            self.tr("Health report written: {html} and {json}").format(html=paths[0], json=paths[1])
        )
        return paths

    async def export_report(self, path: str | Path, since: float, until: float) -> tuple[Path, Path]:
        """HTML (plots as PNG) and JSON of the range ``since``..``until`` (Unix seconds)."""
        from console.health import report
        from console.widgets.plot_panel import PlotPanel, color_for

        if self.writer is not None:
            await run_sync(self.writer.flush)
        names = {r.id: r.name for r in self.targets_model.rows}
        data = await run_sync(report.collect, self.history_path, since, until, names)
        images: dict[str, bytes] = {}
        ticks = [(STATUS_VALUES[s], _status_name(s)) for s in STATUSES]
        with tempfile.TemporaryDirectory(prefix="health-report-") as tmp:
            for key, series, kw in (
                (
                    "latency",
                    data.latency,
                    {"y_label": self.tr("Latency"), "y_units": "ms", "y_scale": 1000.0},
                ),
                ("status", data.status, {"y_ticks": ticks}),
            ):
                panel = PlotPanel(**kw, scheme="light")  # the report is a light page
                panel.resize(1100, 380)
                panel.window_seconds = max(60.0, until - since)
                for i, (name, t, v) in enumerate(series):
                    gap = max(60.0, (until - since) / 300)
                    panel.set_curve(f"{key}{i}", t, v, name=name, color=color_for(i), gap=gap)
                panel.set_end(until)
                png = Path(tmp) / f"{key}.png"
                panel.export_png(str(png), width=1100)
                images[key] = png.read_bytes()
                panel.dispose()
        return await run_sync(report.write, path, data, images)

    # -- lifecycle ---------------------------------------------------------------------------------
    def commands(self) -> list[QAction]:
        return [self.export_report_action, self.check_now_action]

    @functools.cached_property
    def export_report_action(self) -> QAction:
        action = QAction(self.tr("Export a health report…"), self)
        action.triggered.connect(lambda: spawn(self.export_dialog(), self))
        return action

    @functools.cached_property
    def check_now_action(self) -> QAction:
        action = QAction(self.tr("Run the health checks now"), self)
        action.triggered.connect(lambda: self.poll_now())
        return action

    def shutdown(self) -> None:
        if self._closing:
            return
        self._closing = True
        super().shutdown()
        with contextlib.suppress(RuntimeError):
            self.drain_timer.stop()
            self.redraw_timer.stop()
        if self._long_task is not None and not self._long_task.done():
            self._long_task.cancel()
        if self.engine is not None:
            self.engine.stop()  # the poller process writes what it has to the history file first
            self.engine = None
        self.writer = None
        with contextlib.suppress(RuntimeError):  # the widgets may be gone already
            self.notifier.close()
            for panel in self.panels():
                panel.dispose()
        self.latency_panel = self.status_panel = self.metric_panel = None


def initial_window(lasts: Any, now: float) -> float:
    """The first window to show: the shortest that holds the newest sample of the history."""
    newest = max((last.ts for last in lasts if last.ts <= now), default=None)
    if newest is None:
        return WINDOWS[0]
    for seconds in WINDOWS:
        if now - newest <= seconds * 0.8:
            return seconds
    return WINDOWS[-1]


async def _accepted(dialog: QDialog, read: Callable[[], Any]) -> Any:
    """Open ``dialog`` and await it; ``read()`` (its values, taken before it is deleted) when
    accepted, else None. The dialog is deleted afterwards, never before it is read."""
    try:
        if await dialog_result(dialog) != QDialog.DialogCode.Accepted:
            return None
        return read()
    finally:
        dialog.deleteLater()


def _matches(name: str, prefix: str) -> bool:
    if prefix.endswith(" "):
        return name.startswith(prefix)
    return name == prefix or name.startswith((prefix + "{", prefix + " ", prefix + "_"))


def _status_name(status: str) -> str:
    from console.widgets.status_badge import STATES
    from console.widgets.status_badge import translate as badge_text

    return badge_text(STATES[status].label) if status in STATES else status


def _last_profile(qs: QSettings) -> str:
    value = qs.value("connection/last_profile", "")
    return str(value) if value else ""


def _read_history(path: Path, since: float, *, raw: bool = True) -> dict[str, Any]:
    store = HistoryStore(path)
    try:
        targets = store.targets()
        lasts = store.last_states()
        events = store.events(time.time() - 7 * 86400, limit=EventsModel.LIMIT)
        series: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        if raw:
            for tid in {t.id for t in targets} | set(lasts):
                for name in store.series_names(tid):
                    if name.startswith("check:"):
                        continue
                    t, v = store.raw(tid, name, since)
                    if len(t):
                        series[series_key(tid, name)] = (t, v)
        return {"targets": targets, "lasts": lasts, "events": events, "raw": series}
    finally:
        store.close()


def _read_rollups(
    path: Path, keys: list[tuple[str, ...]], since: float
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    store = HistoryStore(path)
    try:
        out = {}
        for tid, name in keys:
            t, v = store.rollups(tid, name, since, how="max" if name == "status" else "avg")
            if len(t):
                out[series_key(tid, name)] = (t, v)
        return out
    finally:
        store.close()


# -- offline mode ----------------------------------------------------------------------------------
class OfflineHealthWindow(QMainWindow):
    """Offline mode: the health page alone, without a database or a signed-in user."""

    closed = Signal()

    def __init__(self, page: HealthPage) -> None:
        super().__init__()
        self.setObjectName("offlineHealthWindow")
        self.setWindowTitle(self.tr("Platform Console — offline"))
        self.page = page
        self.setCentralWidget(page)
        self.statusBar().showMessage(self.tr("Offline: no database, nobody signed in"))
        self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.page.shutdown()
        super().closeEvent(event)
        self.closed.emit()


def open_offline_window(**page_options: Any) -> OfflineHealthWindow:
    """A shown offline window (its page starts loading at once)."""
    page = HealthPage(None, offline=True, **page_options)
    window = OfflineHealthWindow(page)
    window.show()
    page.activate()
    return window


async def run_offline(*, screenshot: str | None = None, **page_options: Any) -> int:
    """What ``platform-console --offline`` (and the unreachable-database dialog's offline choice)
    runs: the offline window until it is closed, or a screenshot of it."""
    window = open_offline_window(**page_options)
    try:
        if screenshot:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(window.page.ready(), 30)
            await asyncio.sleep(1.5)  # the first local check and a redraw
            window.page.drain()
            window.page._redraw()
            Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
            return 0 if window.grab().save(str(screenshot), "PNG") else 1
        await signal_future(window.closed)
        return 0
    finally:
        window.page.shutdown()
        window.close()
        window.deleteLater()
