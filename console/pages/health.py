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

The page assembles its parts (:mod:`console.widgets.health_targets`, :mod:`console.widgets.health_plots`,
:mod:`console.dialogs.health`) and what they show comes from :mod:`console.health.plotdata` and
:mod:`console.models.health`; see docs/architecture.md, "Console threading".
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from console.asyncutil import dialog_result, run_sync, signal_future, spawn
from console.dialogs.health import ReportDialog, TargetDialog, accepted
from console.health.history import Sample, StatusEvent, default_history_path
from console.health.parsing import STATUS_VALUES
from console.health.plotdata import (
    MAX_PLOTTED,
    RAW_WINDOW,
    WINDOWS,
    gap_seconds,
    initial_window,
    metric_series_keys,
    prometheus_ranges,
    read_history,
    read_rollups,
    stitch,
)
from console.health.pollclient import HistoryLink, PollClient
from console.health.ringbuffer import SeriesStore, series_key
from console.health.targets import (
    LOCAL_TARGET_ID,
    TargetKind,
    TargetSpec,
    TargetStore,
    local_target,
    new_target_id,
)
from console.models.common import plural
from console.models.health import EventsModel, TargetRow, clock, history_rows, sample_row, status_name
from console.pages.base import Page
from console.widgets.health_plots import PlotTabs, report_images
from console.widgets.health_targets import EventsPane, TargetsPane
from console.widgets.notifier import Notifier
from console.widgets.offline_window import OfflineHealthWindow
from console.widgets.theme import banner_style, text_style
from core.errors import PlatformError

if TYPE_CHECKING:
    from console.session import ConsoleSession
    from console.widgets.plot_panel import PlotPanel

__all__ = [
    "HealthPage",
    "OfflineHealthWindow",
    "ReportDialog",
    "TargetDialog",
    "open_offline_window",
    "run_offline",
]

# The table and the events take what the poller sent four times a second; the plots redraw once a
# second, half-way between two drains, so one pass of the event loop never paints both.
DRAIN_MS = 250
REDRAW_MS = 1000
DRAIN_LIMIT = 5000  # items per drain: a backlog is worked off over several ticks
RING_CAPACITY = 4096


class HealthPage(Page):
    page_id = "health"
    icon_name = "health"
    permission = "health.view"

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
        self.samples_seen = 0
        self.notifications_sent: list[str] = []
        self._build()

    def title(self) -> str:
        return self.tr("Health")

    # -- layout: the page's parts, top to bottom ---------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_mode_strip())
        layout.addLayout(self._build_toolbar())
        self.stale_label = QLabel()
        self.stale_label.setObjectName("healthStale")
        self.stale_label.setStyleSheet(text_style("stale", self.palette()))
        self.stale_label.hide()
        layout.addWidget(self.stale_label)
        self.targets = self._build_targets()
        self.tabs = PlotTabs()
        self.checks_table = self.tabs.checks_table
        # The targets take the page's whole width (every column in sight at a large font), the
        # plots and the status changes under them.
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.setObjectName("healthPanes")
        outer.addWidget(self.targets)
        outer.addWidget(self.tabs)
        outer.addWidget(self._build_events())
        for index, stretch in enumerate((2, 4, 1)):
            outer.setStretchFactor(index, stretch)
        outer.setSizes([280, 400, 130])  # scaled to the page's height when it is shown
        layout.addWidget(outer, 1)
        self._build_timers()

    def _build_mode_strip(self) -> QLabel:
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
        return self.mode_label

    def _build_toolbar(self) -> QHBoxLayout:
        """The window, pause and check-now on the left, the report on the right."""
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
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.setObjectName("healthExport")
        self.export_button.clicked.connect(lambda: spawn(self.export_dialog(), self))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Window")))
        bar.addWidget(self.window_combo)
        bar.addWidget(self.pause_button)
        bar.addWidget(self.run_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        return bar

    def _build_targets(self) -> TargetsPane:
        pane = TargetsPane(self.read_only)
        # The page's handles on the pane's widgets (the tests and the report use them).
        self.targets_model = pane.model
        self.targets_view = pane.view
        self.target_detail = pane.detail
        self.add_button, self.add_prom_button = pane.add_button, pane.add_prom_button
        self.edit_button, self.remove_button = pane.edit_button, pane.remove_button
        self.add_button.clicked.connect(lambda: spawn(self.add_target(TargetKind.ENDPOINT), self))
        self.add_prom_button.clicked.connect(lambda: spawn(self.add_target(TargetKind.PROMETHEUS), self))
        self.edit_button.clicked.connect(lambda: spawn(self.edit_selected(), self))
        self.remove_button.clicked.connect(self.remove_selected)
        self.targets_view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        return pane

    def _build_events(self) -> EventsPane:
        pane = EventsPane(EventsModel(self))
        self.events_model, self.events_view = pane.model, pane.view
        return pane

    def _build_timers(self) -> None:
        self.drain_timer = QTimer(self)
        self.drain_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.drain_timer.setInterval(DRAIN_MS)
        self.drain_timer.timeout.connect(self.drain)
        self.redraw_timer = QTimer(self)
        self.redraw_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.redraw_timer.setInterval(REDRAW_MS)
        self.redraw_timer.timeout.connect(self._tick)

    def _build_plots(self) -> None:
        self.tabs.build_plots(offline=self.offline, window_seconds=self.window_seconds)
        self.metric_combo, self.metric_status = self.tabs.metric_combo, self.tabs.metric_status
        self.tabs.metric_list_button.clicked.connect(lambda: spawn(self.list_metrics(), self))
        self.tabs.metric_add_button.clicked.connect(
            lambda: spawn(self.choose_metric(self.metric_combo.currentText()), self)
        )
        self.tabs.metric_clear_button.clicked.connect(self.clear_metrics)
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())

    @property
    def latency_panel(self) -> PlotPanel | None:
        return self.tabs.latency_panel

    @property
    def status_panel(self) -> PlotPanel | None:
        return self.tabs.status_panel

    @property
    def metric_panel(self) -> PlotPanel | None:
        return self.tabs.metric_panel

    def panels(self) -> list[PlotPanel]:
        return self.tabs.panels()

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
        past = await run_sync(read_history, self.history_path, since, events=EventsModel.LIMIT)
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
        polled = {s.id for s in self._polled_specs()}
        no_sample = self.tr("no sample yet")
        rows = history_rows(self.specs.values(), past, polled, offline=self.offline, no_sample=no_sample)
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
        past = await run_sync(
            read_history, self.history_path, time.time() - 600, events=EventsModel.LIMIT, raw=False
        )
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
            self.targets_model.upsert(sample_row(sample, parent.interval if parent else None))
        if events:
            self._status_changes(events)
        self.samples_seen += count
        self._dirty = True
        if self.tabs.checks_shown() and not latest.keys().isdisjoint(
            self._selected_ids() or [LOCAL_TARGET_ID]
        ):
            self._show_checks()
        if count:
            self.samplesArrived.emit(count)
        return count

    def _tab_changed(self) -> None:
        if self.tabs.checks_shown():
            self._show_checks()
        self._redraw()

    def _status_changes(self, events: list[StatusEvent]) -> None:
        self.events_model.add(events)
        for event in events:
            text = self.tr("{target}: {old} \u2192 {new}. {detail}").format(
                target=event.name or event.target,
                old=status_name(event.old or "unknown"),
                new=status_name(event.new),
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
        return self.targets.selected_ids()

    def plotted_targets(self) -> list[str]:
        selected = self._selected_ids()
        ids = selected or [r.id for r in self.targets_model.rows]
        return ids[:MAX_PLOTTED]

    def _selection_changed(self) -> None:
        self._show_checks()
        self.targets.show_detail()
        self._dirty = True
        if self.window_seconds > RAW_WINDOW:
            self._load_long()
        self._redraw()
        self._update_buttons()

    def _curve_data(self, key: str, since: float) -> tuple[np.ndarray, np.ndarray]:
        buf = self.series.get(key)
        recent = buf.since(since) if buf is not None else (np.empty(0), np.empty(0))
        return stitch(recent, self._long.get(key), since)

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
        return gap_seconds(spec)

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
        return metric_series_keys(self.specs.values(), [*self.series, *self._long])

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
            loaded.update(await run_sync(read_rollups, self.history_path, keys, since))
        if self.engine is not None and not self.offline:
            for spec in self.specs.values():
                if spec.kind is TargetKind.PROMETHEUS:
                    loaded.update(await prometheus_ranges(self.engine, spec, since, time.time()))
        self._long = loaded
        self._dirty = True
        self._redraw()

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
        self.tabs.show_metric_families(families)
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
        return await self._through_dialog(spec, new=True)

    async def edit_selected(self) -> TargetSpec | None:
        if self.read_only:
            return None
        ids = self._selected_ids()
        spec = self.specs.get(ids[0]) if ids else None
        if spec is None:
            return None
        return await self._through_dialog(spec, new=False)

    async def _through_dialog(self, spec: TargetSpec, *, new: bool) -> TargetSpec | None:
        """The target as the user leaves it in its dialog, added; None when cancelled."""
        dialog = TargetDialog(spec, self, new=new)
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
        removable = editable and any(
            self.specs.get(t, None) is not None and self.specs[t].remote for t in ids
        )
        self.targets.update_buttons(editable, removable)

    def _show_checks(self) -> None:
        """The checks of the selected target (the local checks when nothing is selected)."""
        ids = self._selected_ids() or [LOCAL_TARGET_ID]
        row = self.targets_model.get(ids[0])
        self.tabs.show_checks((row.checks if row else None) or [])

    # -- report ------------------------------------------------------------------------------------
    async def export_dialog(self) -> tuple[Path, Path] | None:
        dialog = ReportDialog(self, hours=self.window_seconds / 3600)
        chosen = await accepted(dialog, lambda: (dialog.path_edit.text(), *dialog.range()))
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

        if self.writer is not None:
            await run_sync(self.writer.flush)
        names = {r.id: r.name for r in self.targets_model.rows}
        data = await run_sync(report.collect, self.history_path, since, until, names)
        images = report_images(data, since, until, self.tr("Latency"))
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
            self.tabs.dispose()


def _last_profile(qs: QSettings) -> str:
    value = qs.value("connection/last_profile", "")
    return str(value) if value else ""


# -- offline mode ----------------------------------------------------------------------------------
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
