"""The open console advances rollouts and tells the person when one pauses, waits for approval,
completes or rolls back.

* **Who advances.** A console signed in as someone who may ``modules.rollout`` (super admin,
  platform admin) on a writable connection runs a runner: a thread (never the GUI thread) that
  calls :meth:`RolloutService.advance_due` every ``PLATFORM_ROLLOUTS_INTERVAL`` (default ``30s``;
  ``off`` or ``0s``: never). Any number of consoles and runners may run: the engine takes each
  rollout exclusively. The runner acts as ``rollout:ID`` on behalf of whoever started the rollout,
  not as the person signed in. Sign-out and quit stop it between two rounds (a round under way
  finishes its transaction, or is rolled back with the process).
* **Who is told.** The same people (a read-only connection too), about the rollouts they may act
  on (a platform admin: those with a target among their platforms). The thread compares the
  rollouts' states between two reads (:func:`core.services.rollout_states.rollout_states`): after
  each of its rounds, when the window's change watcher says another connection wrote (the
  ``rollouts`` live-refresh notification on PostgreSQL, ``data_version`` on SQLite), and every
  interval. So a transition made by this console, another one or ``platformctl rollouts run`` is
  told once, by every open console.
* **How.** A tray message (:class:`console.widgets.notifier.Notifier`; without a tray, the status
  bar) and an entry in the health page's events pane (kept, and shown when that page is built
  later), in the interface's language.
"""

from __future__ import annotations

import collections
import dataclasses
import logging
import os
import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from console.locale_text import counted
from console.models.rollout_texts import RolloutTexts, state_text
from console.widgets._text import arg
from core.errors import PlatformError
from core.settings import PlatformSettings
from core.settings_fields import text

if TYPE_CHECKING:
    from console.health.history import StatusEvent
    from console.session import ConsoleSession
    from core.services.rollout_states import RolloutState

log = logging.getLogger("console")

DEFAULT_INTERVAL = "30s"
OFF = ("off", "0", "0s")
KEPT = 200  # notices kept for an events pane built later
STOP_WAIT = 0.5  # seconds sign-out and quit wait for a round under way; then it finishes alone
NOTICE_MS = 30_000  # a notice in the status bar (no system tray)
NOTABLE = (("paused", None), ("waiting", "approval"), ("completed", None), ("rolled_back", None))
SEVERE = ("paused", "rolled_back")


@dataclasses.dataclass(init=False)
class RolloutWatchSettings(PlatformSettings):
    """``PLATFORM_ROLLOUTS_INTERVAL`` (or ``rollouts_interval`` in the config file)."""

    rollouts_interval: str = text(DEFAULT_INTERVAL)


def configured_interval() -> float | None:
    """Seconds between two rounds of the console's runner; None: it does not advance rollouts.
    A malformed value raises (``rollout.bad_duration``)."""
    from core.rollouts.specs import parse_duration  # lazy: zoneinfo and friends

    value = RolloutWatchSettings().rollouts_interval.strip().lower()
    if value in OFF:
        return None
    seconds = parse_duration(value).total_seconds()
    return seconds or None


@dataclass(frozen=True)
class RolloutNotice:
    """A rollout reached a state a person is told about."""

    rollout: int
    name: str
    old: str | None  # the state before (None: a rollout first seen in this state)
    new: str
    waiting_for: str | None
    reason: str | None
    wave: int  # the last wave applied
    waves: int
    at: float = dataclasses.field(default_factory=time.time)

    @property
    def severe(self) -> bool:
        return self.new in SEVERE


def notices_between(
    known: dict[int, RolloutState], now: Sequence[RolloutState], after_id: int
) -> list[RolloutNotice]:
    """What to tell, from the states read before (``known``) and now: a rollout that reached a
    notable state since, or was created (id above ``after_id``) and is there already. A rollout that
    left such a state and came back (its ``version`` moved) is told again."""
    out = []
    for state in now:
        if state.key not in NOTABLE:
            continue
        before = known.get(state.id)
        if before is None and state.id <= after_id:
            continue
        if before is not None and before.key == state.key and before.version == state.version:
            continue
        out.append(
            RolloutNotice(
                state.id,
                state.name,
                before.state if before is not None else None,
                state.state,
                state.waiting_for,
                state.reason,
                state.current_wave,
                state.wave_count,
            )
        )
    return out


# -- texts ------------------------------------------------------------------------------------------


def notice_title(notice: RolloutNotice) -> str:
    if notice.new == "paused":
        return RolloutTexts.tr("Rollout paused")
    if notice.new == "waiting":
        return RolloutTexts.tr("Rollout waiting for approval")
    if notice.new == "completed":
        return RolloutTexts.tr("Rollout completed")
    return RolloutTexts.tr("Rollout rolled back")


# The engine's reasons (core/services/rollouts.py), by their English prefix: said in the interface's
# language with what follows them (a gate's text and detail, a name) as it is.
LEFT_ALONE = "; left alone (changed by someone else since): "


def _reason_part(reason: str) -> str:
    for prefix, template in (
        ("paused by ", RolloutTexts.tr("paused by %1")),
        ("rolled back by ", RolloutTexts.tr("rolled back by %1")),
        ("gate failed: ", RolloutTexts.tr("a gate failed: %1")),
        ("wave could not be applied: ", RolloutTexts.tr("a wave could not be applied: %1")),
    ):
        if reason.startswith(prefix):
            return arg(template, reason[len(prefix) :])
    return reason


def reason_text(notice: RolloutNotice) -> str:
    """Why, in the interface's language."""
    if notice.new == "waiting":
        return arg(RolloutTexts.tr("wave %1 of %2 waits for approval"), notice.wave + 1, notice.waves)
    if notice.new == "completed":
        return counted(RolloutTexts.tr("all %Ln wave(s) applied", "", notice.waves), notice.waves)
    reason = notice.reason or ""
    if LEFT_ALONE in reason:
        first, _sep, rest = reason.partition(LEFT_ALONE)
        return "; ".join(
            (_reason_part(first), arg(RolloutTexts.tr("left alone, changed by someone else since: %1"), rest))
        )
    return _reason_part(reason) if reason else state_text(notice.new)


def notice_text(notice: RolloutNotice) -> str:
    """E.g. ``Rollout #7 “orders everywhere”: a gate failed: …``."""
    return arg(RolloutTexts.tr("Rollout #%1 “%2”: %3"), notice.rollout, notice.name, reason_text(notice))


def status_event(notice: RolloutNotice) -> StatusEvent:
    """The notice as a line of the health page's events pane."""
    from console.health.history import StatusEvent  # lazy: the health package

    return StatusEvent(
        ts=notice.at,
        target=f"rollout:{notice.rollout}",
        old=state_text(notice.old) if notice.old else None,
        new=state_text(notice.new),
        detail=reason_text(notice),
        name=arg(RolloutTexts.tr("Rollout #%1 “%2”"), notice.rollout, notice.name),
    )


# -- the watch ----------------------------------------------------------------------------------------
class RolloutWatch(QObject):
    """A thread that advances due rollouts (``advance``) and compares their states; its findings
    reach the GUI thread through signals. No database work happens on the GUI thread."""

    noticed = Signal(list)  # [RolloutNotice]
    advanced = Signal(list)  # [(rollout id, new state)] this console moved

    def __init__(self, session: ConsoleSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = session.require_actor()
        self.interval: float | None = None  # set by start()
        self.advance = False
        self.runner_name = f"console:{socket.gethostname()}:{os.getpid()}:{self.actor.name}"
        self.notices: collections.deque[RolloutNotice] = collections.deque(maxlen=KEPT)
        self.rounds = 0  # of the runner
        self.comparisons = 0  # of the states (the first one only notes them)
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._emit_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._known: dict[int, RolloutState] = {}
        self._after: int | None = None
        self._last_error: str | None = None
        self.alerts: RolloutAlerts | None = None  # the window's side (start_rollout_watch)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, interval: float | None, *, advance: bool) -> None:
        """Start the thread: a round at once (``advance``), then one every ``interval`` seconds
        (None: it only compares, every 30 s and when woken)."""
        if self._thread is not None or self._stop.is_set():
            return
        self.interval, self.advance = interval, advance and interval is not None
        self._thread = threading.Thread(target=self._run, name="console-rollouts", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = STOP_WAIT) -> None:
        """No signal is emitted once this returns; a round under way finishes on its own."""
        with self._emit_lock:
            self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.info("the console's rollout runner finishes its round after sign-out")
            self._thread = None

    def check_now(self) -> None:
        """Another connection (or this one) wrote: compare the states soon (the thread does)."""
        self._wake.set()

    # -- the thread ---------------------------------------------------------------------------
    def _run(self) -> None:
        runner = None
        if self.advance:
            from core.services.rollouts import BackgroundRunner, RolloutService  # lazy: the engine

            service = RolloutService(self.session.db, self.session.registry)
            runner = BackgroundRunner(service, self.interval or 30.0, self.runner_name)
        period = self.interval or float(DEFAULT_INTERVAL.rstrip("s"))
        due = time.monotonic()
        while not self._stop.is_set():
            if runner is not None and time.monotonic() >= due:
                moved = runner.round()  # logs its errors (once) and goes on
                self.rounds += 1
                due = time.monotonic() + period
                if moved:
                    self._emit(self.advanced, moved)
            self._compare()
            self._wake.wait(max(0.0, due - time.monotonic()) if runner is not None else period)
            self._wake.clear()
            if runner is None:
                due = time.monotonic()

    def _compare(self) -> None:
        from core.services.rollout_states import rollout_states  # lazy: the engine's tables

        try:
            states, highest = rollout_states(
                self.session.db, self.actor, tracked=list(self._known), after_id=self._after
            )
        except Exception as exc:
            text = f"{type(exc).__name__}: {exc}"
            if text != self._last_error:  # once, not every round
                log.warning("reading the rollouts' states failed (%s); trying again later", text)
            self._last_error = text
            return
        self._last_error = None
        found = notices_between(self._known, states, self._after) if self._after is not None else []
        self._known = {s.id: s for s in states if not s.final}
        self._after = highest
        self.comparisons += 1
        if found:
            self._emit(self.noticed, found)

    def _emit(self, signal: Any, *args: Any) -> None:
        with self._emit_lock:
            if not self._stop.is_set():
                signal.emit(*args)


# -- the window's side ------------------------------------------------------------------------------
class RolloutAlerts(QObject):
    """Shows the watch's notices: the tray (or the status bar), and the events pane."""

    events_added = Signal(list)  # [StatusEvent], for the health page's events pane

    def __init__(self, window: Any, watch: RolloutWatch) -> None:
        super().__init__(watch)
        from console.widgets.notifier import Notifier  # lazy: the tray, on the first notice

        self.window = window
        self.watch = watch
        self.notifier = Notifier(self, fallback=self._in_window)
        self.events: collections.deque[StatusEvent] = collections.deque(maxlen=KEPT)
        self.shown: list[str] = []  # every notice's text, in order (tests)
        watch.noticed.connect(self.show)

    def show(self, notices: list[RolloutNotice]) -> None:
        events = []
        for notice in notices:
            self.watch.notices.append(notice)
            text = notice_text(notice)
            self.shown.append(text)
            self.notifier.notify(notice_title(notice), text, notice.severe)
            events.append(status_event(notice))
        self.events.extend(events)
        self.events_added.emit(events)

    def _in_window(self, title: str, text: str, severe: bool) -> None:
        self.window.statusBar().showMessage(f"{title}: {text}", NOTICE_MS)

    def bind_events(self, model: Any) -> None:
        """The health page's events model: what was told so far, and what follows."""
        model.keep(list(self.events))
        self.events_added.connect(model.keep)


def start_rollout_watch(window: Any, session: ConsoleSession) -> RolloutWatch | None:
    """The watch of ``window`` (None for those who may not ``modules.rollout``): built now, its
    thread started once the start-up lets background work begin (reading the interval setting
    off the GUI thread); ``window.watcher`` wakes it."""
    from console.asyncutil import loop_running, run_sync, spawn  # lazy: asyncio helpers

    if not session.can("modules.rollout") or not loop_running():
        return None
    watch = RolloutWatch(session, window)
    watch.alerts = RolloutAlerts(window, watch)
    if window.watcher is not None:
        window.watcher.changed.connect(watch.check_now)

    async def start() -> None:
        await window.background_allowed()
        advance = session.can_write("modules.rollout")
        interval, problem = None, None
        if advance:
            try:
                interval = await run_sync(configured_interval)
            except PlatformError as exc:  # said in the error dialog; the watch tells all the same
                problem = exc
        watch.start(interval, advance=advance)
        if problem is not None:
            raise problem

    spawn(start(), window)
    return watch
