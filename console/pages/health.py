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

The page assembles its parts and keeps the state they share (the targets, the ring buffers, the
poller): the strips above (:mod:`console.widgets.health_bar`), the targets, checks and status
changes (:mod:`console.widgets.health_targets`), the plots (:mod:`console.widgets.health_plots`)
and the dialogs (:mod:`console.dialogs.health`). What they show is computed without widgets in
:mod:`console.health.plotdata` and :mod:`console.models.health`. See docs/architecture.md,
"Console threading".
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout

from console.asyncutil import run_sync, signal_future, spawn
from console.dialogs.error_text import error_message
from console.dialogs.health import ReportDialog, accepted, edit_target, new_target
from console.health import report
from console.health.history import StatusEvent, default_history_path
from console.health.local import local_checks_factory
from console.health.plotdata import (
    MAX_PLOTTED,
    RAW_WINDOW,
    empty_history,
    file_samples,
    initial_window,
    read_history,
)
from console.health.pollclient import HistoryLink, PollClient
from console.health.ringbuffer import SeriesStore, series_key
from console.health.sharing import SharedPoller
from console.health.target_watch import SettingsWatch, target_changes
from console.health.targets import LOCAL_TARGET_ID, TargetKind, TargetSpec, TargetStore, local_target
from console.models.health import EventsModel, history_rows, sample_row, status_name
from console.pages.base import Page
from console.widgets.health_bar import SharingStrip, StaleStrip, Toolbar, mode_strip
from console.widgets.health_plots import PlotTabs, report_images
from console.widgets.health_targets import EventsPane, TargetsPane
from console.widgets.notifier import Notifier
from console.widgets.offline_window import OfflineHealthWindow
from core.errors import PlatformError

if TYPE_CHECKING:
    from console.session import ConsoleSession
    from console.widgets.plot_panel import PlotPanel

# The table and the events take what the poller sent four times a second; the plots redraw once a
# second, half-way between two drains, so one pass of the event loop never paints both.
DRAIN_MS = 250
REDRAW_MS = 1000
DRAIN_LIMIT = 5000  # items per drain: a backlog is worked off over several ticks
RING_CAPACITY = 4096
NOTICE_MS = 30_000  # a notification in the status bar (no system tray)


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
        self.qs = qsettings if qsettings is not None else QSettings()
        profile_name = (
            profile or (session.profile_name if session is not None else "") or _last_profile(self.qs)
        )
        # One history (and one poll lock) per profile: the targets are the profile's.
        self.history_path = (
            Path(history_path) if history_path is not None else default_history_path(profile_name)
        )
        self.target_store = TargetStore(self.qs, profile_name)
        self.local_database_url = local_database_url
        self.local_interval = local_interval
        self.write_history = write_history
        self.max_body = max_body
        self.series = SeriesStore(RING_CAPACITY)
        self.specs: dict[str, TargetSpec] = {}
        self.engine: PollClient | SharedPoller | None = None
        self.notifier = Notifier(self, enabled=notifications, fallback=self._notify_in_window)
        self._started = False
        self._closing = False
        self._targets_read = 0  # reloads of the stored targets begun: the latest one applies
        self._token_task: asyncio.Task[None] | None = None  # the last token written to the keyring
        self.samples_seen = 0
        self.notifications_sent: list[str] = []
        self.history_problem: str | None = None  # why the history file cannot be used
        self._build()

    # -- layout: the page's parts, top to bottom ---------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.mode_label = mode_strip(self.offline)
        layout.addWidget(self.mode_label)
        layout.addLayout(self._build_toolbar())
        self.stale_label = StaleStrip()
        layout.addWidget(self.stale_label)
        self.sharing_label = SharingStrip()
        layout.addWidget(self.sharing_label)
        self.targets = self._build_targets()
        self.tabs = PlotTabs(
            series=self.series,
            specs=self.specs,
            targets=self.targets_model,
            plotted=self.plotted_targets,
            engine=lambda: self.engine,
            history_path=self.history_path,
            offline=self.offline,
        )
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

    def _build_toolbar(self) -> Toolbar:
        self.toolbar = bar = Toolbar()
        self.window_combo, self.pause_button = bar.window_combo, bar.pause_button
        self.run_button, self.export_button = bar.run_button, bar.export_button
        self.window_combo.currentIndexChanged.connect(
            lambda _i: self.set_window(self.window_combo.currentData())
        )
        self.pause_button.toggled.connect(self.set_paused)
        self.run_button.clicked.connect(self.poll_now)
        self.export_button.clicked.connect(lambda: spawn(self.export_dialog(), self))
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
        pane = self.events_pane = EventsPane(EventsModel(self))
        self.events_model, self.events_view = pane.model, pane.view
        watch = getattr(self.main_window, "rollout_watch", None)
        if watch is not None and watch.alerts is not None:  # rollouts paused, completed...
            watch.alerts.bind_events(self.events_model)
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
        self.tabs.build_plots()
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

    @property
    def window_seconds(self) -> float:
        return self.tabs.window_seconds

    @property
    def paused(self) -> bool:
        return self.tabs.paused

    @property
    def _long(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        return self.tabs.long

    @property
    def _long_task(self) -> asyncio.Task[None] | None:
        return self.tabs.long_task

    # -- start-up ----------------------------------------------------------------------------------
    async def load(self) -> None:
        if self._started:
            await self.reload_targets()
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
        loaded_at = time.time()
        since = loaded_at - RAW_WINDOW
        try:
            past = await run_sync(read_history, self.history_path, since, events=EventsModel.LIMIT)
        except (OSError, sqlite3.Error) as exc:  # an unwritable data folder: poll, unshared
            self.history_problem = str(exc)
            past = empty_history()
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
        last_status = {tid: state.status for tid, state in past["lasts"].items()}
        self.engine = self._engine(loaded_at, last_status)
        try:
            self.engine.start()
        except OSError as exc:  # the lock file cannot be made: poll here, without sharing
            self.history_problem = str(exc)
            self.engine = self._engine(loaded_at, last_status)
            self.engine.start()
        if self.history_problem is not None:
            self._say_unshared(self.history_problem)
        self.engine.set_targets(self._polled_specs())
        self._watch_targets()
        # The cycle collector's full passes stalled the GUI thread for 50-150 ms while samples
        # stream in: the application freezes what lives as long as the process once the window is
        # up (console.app.tune_gc); a page must not freeze the objects of whoever embeds it.
        self.drain_timer.start()
        QTimer.singleShot(DRAIN_MS // 2, self._start_redraws)
        self._redraw()
        self._update_buttons()

    def _engine(self, loaded_at: float, last_status: dict[str, str]) -> PollClient | SharedPoller:
        """The poller; when it writes the history file, shared with the other consoles of this
        machine: one of them polls, the others follow the file (:mod:`console.health.sharing`)."""

        # Without a usable history file (an unwritable data folder) it polls here, unshared.
        shared = self.write_history and self.history_problem is None

        def client(last: dict[str, str] = last_status) -> PollClient:
            return PollClient(
                history_path=self.history_path if shared else None,
                local_checks=local_checks_factory(
                    None if self.offline else self.session, self.local_database_url
                ),
                last_status=last,
                **({"max_body": self.max_body} if self.max_body else {}),
            )

        if not shared:
            return client()
        return SharedPoller(self.history_path, client, since=loaded_at)

    def _say_unshared(self, problem: str) -> None:
        """Once, in the events pane and the status bar: no history, no sharing, and why."""
        text = self.tr(
            "The health history cannot be written ({problem}): this console polls on its own, "
            "its samples are not kept and not shared with other consoles."
        ).format(problem=problem)
        self.events_pane.show_message(text, severe=True)
        window = self.main_window if self.main_window is not None else self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, NOTICE_MS)

    @property
    def writer(self) -> HistoryLink | None:
        """The history writer, in the poller process (None while another console polls)."""
        return self.engine.history if self.engine is not None else None

    def _start_redraws(self) -> None:
        if not self._closing:
            self.redraw_timer.start()

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
        if self.history_problem is not None:
            return
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
        latest, events = file_samples(self.series, items)
        count = len(items) - len(events)
        for sample in self.targets_model.update_states(latest.values()):
            parent = self.specs.get(sample.parent)
            self.targets_model.upsert(sample_row(sample, parent.interval if parent else None))
        if events:
            self._status_changes(events)
        self.samples_seen += count
        self.tabs.dirty = True
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
        # One notification per change on this desktop: the console that polls sends it; one
        # following its history lists the change without notifying it again.
        for event in (e for e in events if not e.followed):
            text = self.tr("{target}: {old} \u2192 {new}. {detail}").format(
                target=event.name or event.target,
                old=status_name(event.old or "unknown"),
                new=status_name(event.new),
                detail=event.detail,
            )
            self.notifications_sent.append(text)
            self.notifier.notify(self.tr("Platform health"), text, event.new in ("unhealthy", "unknown"))
        self.eventsArrived.emit(events)

    def _notify_in_window(self, title: str, text: str, severe: bool) -> None:
        """No system tray: the notification goes to the events pane and the status bar."""
        self.events_pane.show_notice(text, severe)
        window = self.main_window if self.main_window is not None else self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(f"{title}: {text}", NOTICE_MS)

    def _tick(self) -> None:
        self._update_stale()
        self._update_sharing()
        self.tabs.tick()

    def _update_sharing(self) -> None:
        engine = self.engine
        following = isinstance(engine, SharedPoller) and engine.following
        owner = engine.owner if following and isinstance(engine, SharedPoller) else None
        self.sharing_label.show_owner(following, (owner or {}).get("pid"))

    def _update_stale(self) -> None:
        now = time.time()
        rows = self.targets_model.refresh_staleness(now)
        self.stale_label.show_stale([s for r in rows if (s := r.stale_since(now)) is not None])

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
        self.tabs.dirty = True
        if self.window_seconds > RAW_WINDOW:
            self._load_long()
        self._redraw()
        self._update_buttons()

    def _redraw(self, *, all_panels: bool = False) -> None:
        self.tabs.redraw(all_panels=all_panels)

    def metric_keys(self) -> list[str]:
        return self.tabs.metric_keys()

    def set_window(self, seconds: float) -> None:
        self.tabs.set_window(seconds)
        self.toolbar.show_window(seconds)
        self.tabs.reload_long()

    def set_paused(self, paused: bool) -> None:
        self.toolbar.show_paused(paused)
        self.tabs.set_paused(paused)

    def _load_long(self) -> None:
        self.tabs.load_long()

    # -- metrics -----------------------------------------------------------------------------------
    def _metric_target(self) -> TargetSpec | None:
        for tid in self._selected_ids():
            spec = self.specs.get(tid)
            if spec is not None and spec.remote:
                return spec
        return next((s for s in self.specs.values() if s.remote), None)

    async def list_metrics(self) -> list[tuple[str, str, str]]:
        return await self.tabs.list_metrics(self._metric_target())

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
        self.targets_model.put_spec(spec, no_sample=self.tr("no sample yet"))
        if save:
            if spec.kind is TargetKind.LOCAL:
                self.target_store.save_local_thresholds(spec.thresholds)
            self.target_store.put(spec)  # what platformctl stored meanwhile stays
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
        spec = await edit_target(new_target(kind), self, new=True, others=list(self.specs.values()))
        return None if spec is None else self.add_spec(spec)

    async def edit_selected(self) -> TargetSpec | None:
        if self.read_only:
            return None
        ids = self._selected_ids()
        spec = self.specs.get(ids[0]) if ids else None
        if spec is None:
            return None
        spec = await edit_target(spec, self, others=list(self.specs.values()))
        return None if spec is None else self.add_spec(spec)

    async def _save_token(self, spec: TargetSpec) -> None:
        """A target's token to the OS keyring (off the GUI thread); without a keyring it is
        used until the console closes, and the status bar says so."""
        try:
            await run_sync(self.target_store.save_token, spec.id, spec.token)
        except PlatformError as exc:
            self.show_status(
                self.tr("The token of {name} is used until the console closes: {error}").format(
                    name=spec.name, error=error_message(exc)
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
        self.target_store.drop(target_id)
        if spec.token:
            spawn(run_sync(self.target_store.forget_token, target_id), self)
        self._drop_spec(target_id)

    def _drop_spec(self, target_id: str) -> None:
        del self.specs[target_id]
        self.targets_model.remove(target_id)
        self.series.drop_target(target_id)
        if self.engine is not None:
            self.engine.set_targets(self._polled_specs())
        self._redraw()

    def _watch_targets(self) -> None:
        """Follow the settings file: platformctl may add, edit or remove a target meanwhile."""
        name = self.qs.fileName() if isinstance(self.qs, QSettings) else ""
        if name:
            self.target_watch = SettingsWatch(name, self)
            self.target_watch.changed.connect(lambda: spawn(self.reload_targets(), self))

    async def reload_targets(self) -> None:
        """Apply what platformctl (or another console) stored meanwhile; the poller goes on."""
        self._targets_read += 1
        read = self._targets_read
        stored = self.target_store.load()
        new = [s.id for s in stored if s.id not in self.specs]
        tokens = await run_sync(self.target_store.tokens, new) if new else {}
        if self._closing or read != self._targets_read:
            return  # a later change's reload read the file after this one: it applies
        stored = [s.with_changes(token=tokens[s.id]) if s.id in tokens else s for s in stored]
        put, gone = target_changes(self.specs, stored)
        for spec in put:
            self._replace_spec(spec, save=False)
        for target_id in gone:
            self._drop_spec(target_id)

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
