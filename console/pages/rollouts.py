"""The rollouts page (modules.view): the rollouts with their state and progress; the selected one's
waves as a timeline, its gates' values plotted; start, pause, resume, approve, abort, roll back.

Everything goes through :class:`core.services.rollouts.RolloutService` off the GUI thread (the same
calls as ``platformctl rollouts``). Each action first asks the service for a dry run, whose answer
the confirmation puts in plain words (what a rollback reverts and where, what a wave approved goes
to); the service checks the permission and the state again when the action runs. A gate's values
are asked of Prometheus live (:meth:`RolloutService.gate_values`, in a worker) when it is
configured and the rollout is under way; else the values recorded when the wave was evaluated are
plotted. Other consoles and the runners notify the ``rollouts`` channel: the window's change
watcher reloads the list and the selected rollout.
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from console.asyncutil import dialog_result, run_sync, spawn
from console.dialogs.migrations import accepted
from console.dialogs.rollouts import RolloutConfirmDialog
from console.locale_text import counted
from console.models import rollout_texts as texts
from console.models.gate_texts import gate_detail_text
from console.models.rollouts import RolloutsModel
from console.pages.base import Page
from console.widgets._text import text_lines
from console.widgets.badge_delegate import BadgeDelegate, badge_padding
from console.widgets.module_texts import module_text
from console.widgets.page_parts import splitter
from console.widgets.rollout_detail import RolloutDetail
from console.widgets.tables import fit_key_columns, read_only_table
from core.errors import PlatformError
from core.services.rollouts import RolloutService

LIST_LIMIT = 500  # rollouts listed (newest first); rollouts are few, one per staged change
LIVE_STATES = ("running", "baking", "waiting", "paused")  # whose gates are asked live


class RolloutsPage(Page):
    def __init__(self, session, window=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, window)
        self.doc: dict[str, Any] | None = None  # the selected rollout (show), as last read
        self.busy = False  # an action is being confirmed or run
        self.confirm_dialog: RolloutConfirmDialog | None = None  # the open confirmation (tests)
        self._seq = itertools.count()
        self._wanted = 0
        self._plot_seq = itertools.count()
        self._plot_wanted = 0
        self._detail_task: asyncio.Task[Any] | None = None
        self._plot_task: asyncio.Task[Any] | None = None
        self._prometheus: str | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        parts = (self._build_table(), self._build_detail())
        # The list: its header and six rows at the font; the detail takes the rest (it needs more).
        rows = self.table.verticalHeader().defaultSectionSize() * 6 + text_lines(self.table, 2)
        self.split = splitter(Qt.Orientation.Vertical, parts, (1, 3), (rows, 3 * rows))
        self.split.setObjectName("rolloutsSplit")
        layout.addWidget(self.split, 1)
        self._build_actions()
        self._update_actions()

    # -- the parts -------------------------------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("rolloutsState")
        self.state_combo.setAccessibleName(self.tr("Rollout state"))
        for label, states in texts.filter_items():
            self.state_combo.addItem(label, ",".join(states))
        remembered = self._remembered_filter()
        index = self.state_combo.findData(remembered) if remembered is not None else -1
        self.state_combo.setCurrentIndex(max(0, index))
        self.state_combo.activated.connect(lambda _i: self._filter_changed())
        row.addWidget(QLabel(self.tr("Show")))
        row.addWidget(self.state_combo)
        row.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("rolloutsCount")
        row.addWidget(self.count_label)
        return row

    def _build_table(self) -> Any:
        self.model = RolloutsModel(self, module_name=self.module_name)
        self.table = read_only_table(
            self.model, "rolloutsTable", (5, 16, 16, 10, 18, 10, 14, 24), label=self.tr("Rollouts")
        )
        state = self.model.COLUMNS.index("state")
        self.table.setItemDelegateForColumn(state, BadgeDelegate(self.table))
        pad = " " * max(
            1, badge_padding(self.table) // max(1, self.table.fontMetrics().horizontalAdvance(" "))
        )
        fit_key_columns(
            self.table,
            {
                0: lambda: ("#99999",),
                state: lambda: [texts.state_text(s) + pad for s in texts.STATES],
                4: lambda: (texts.progress_text(_sample_doc()),),
                6: lambda: (texts.time_text("2026-12-30T23:59:00+00:00"),),
            },
        )
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._selected(cur.row()))
        return self.table

    def _build_detail(self) -> RolloutDetail:
        self.detail = RolloutDetail()
        # A new rollout, wave or gate shown: the detail says which gate is selected now.
        self.detail.gateSelected.connect(self.plot_gate)
        return self.detail

    def _build_actions(self) -> None:
        self.action_of: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        for action in texts.ACTIONS:
            qaction = QAction(self.tr_action(action), self)
            qaction.triggered.connect(lambda _c=False, a=action: spawn(self.ask(a), self))
            setattr(self, f"{action}_action", qaction)
            self.action_of[action] = qaction
            button = QPushButton(texts.action_label(action))
            button.setObjectName(f"rollout_{action}")
            button.clicked.connect(qaction.trigger)
            self.buttons[action] = button
            self.detail.actions_row.addWidget(button)
        self.detail.actions_row.addStretch(1)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.triggered.connect(self.reload)

    def tr_action(self, action: str) -> str:
        labels = {
            "start": self.tr("Start the selected rollout…"),
            "pause": self.tr("Pause the selected rollout…"),
            "resume": self.tr("Resume the selected rollout…"),
            "approve": self.tr("Approve the next wave…"),
            "abort": self.tr("Abort the selected rollout…"),
            "rollback": self.tr("Roll back the selected rollout…"),
        }
        return labels[action]

    def commands(self) -> list[QAction]:
        return [*self.action_of.values(), self.refresh_action]

    @property
    def service(self) -> RolloutService:
        return self.session.rollouts

    def module_name(self, code: str) -> str:
        registry = self.session.registry
        return module_text(registry.get(code).name) if code in registry else code

    # -- permissions --------------------------------------------------------------------------------
    def may_act(self) -> bool:
        return self.session.can_write("modules.rollout")

    def _update_actions(self) -> None:
        actor = self.session.actor
        offers = texts.offers(
            self.doc, may_rollout=self.may_act(), me=actor.name if actor else None, busy=self.busy
        )
        visible = self.may_act()  # a role that never acts on rollouts is not offered the buttons
        for action, offer in offers.items():
            self.action_of[action].setVisible(visible)
            self.action_of[action].setEnabled(offer.enabled)
            button = self.buttons[action]
            button.setVisible(visible)
            button.setEnabled(offer.enabled)
            button.setToolTip(offer.hint or self.tr_action(action))

    def session_changed(self) -> None:
        self._update_actions()

    # -- the list -------------------------------------------------------------------------------------
    def states(self) -> list[str]:
        return [s for s in str(self.state_combo.currentData() or "").split(",") if s]

    def _remembered_filter(self) -> str | None:
        window = self.main_window
        if window is None or not window.remember:
            return None
        return window.settings.page_choice("rollouts/state")

    def _filter_changed(self) -> None:
        window = self.main_window
        if window is not None and window.remember:
            window.settings.set_page_choice("rollouts/state", str(self.state_combo.currentData() or ""))
        self.reload()

    async def load(self) -> None:
        actor = self.session.require_actor()
        rows = await run_sync(self.service.list, actor, states=self.states() or None, limit=LIST_LIMIT)
        keep = self._selected_id()
        self.model.set_rows(rows)
        n = len(rows)
        self.count_label.setText(counted(self.tr("%Ln rollout(s)", "", n), n))
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            if self.model.rollout(row)["id"] == keep:  # the same row: no selection signal, read it again
                self._selected(row)
        else:
            self.show_doc(None)

    def _selected_id(self) -> int | None:
        """The rollout selected in the list (one just clicked, whose detail may still be on its
        way), else the one shown."""
        selected = self.table.selectionModel().selectedRows()
        doc = self.model.rollout(selected[0].row()) if selected else None
        if doc is None:
            doc = self.doc
        return doc["id"] if doc is not None else None

    def select_rollout(self, rollout_id: int) -> bool:
        row = self.model.row_of(rollout_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    async def ready(self) -> None:
        """The first load, the selected rollout's detail and its plot."""
        await super().ready()
        for task in (self._detail_task, self._plot_task):
            if task is not None:
                await asyncio.gather(task, return_exceptions=True)

    # -- the detail -----------------------------------------------------------------------------------
    def _selected(self, row: int) -> None:
        doc = self.model.rollout(row)
        if doc is not None:
            self._detail_task = spawn(self.show_rollout(doc["id"]), self)

    async def show_rollout(self, rollout_id: int) -> dict[str, Any]:
        seq = next(self._seq)
        self._wanted = seq
        doc = await run_sync(self.service.show, self.session.require_actor(), rollout_id)
        if seq == self._wanted:  # a newer selection wins
            self.model.replace(doc)
            self.show_doc(doc)
        return doc

    def show_doc(self, doc: dict[str, Any] | None) -> None:
        self.doc = doc
        self._update_actions()
        self.detail.show_rollout(doc, self.module_name)  # selects a gate: plot_gate

    def database_changed(self) -> None:
        if self._load_task is not None and not self.busy:
            self.reload()

    # -- the gate's values ----------------------------------------------------------------------------
    def plot_gate(self, gate: str) -> None:
        self._plot_task = spawn(self._plot(gate), self)

    async def _plot(self, gate: str) -> None:
        seq = next(self._plot_seq)
        self._plot_wanted = seq
        doc, plot = self.doc, self.detail.plot
        if doc is None or not gate:
            plot.show_message("")
            return
        if gate == "approval":
            plot.show_message(self.tr("A person approves each next wave: this gate has no values."))
            return
        kind = gate.partition(":")[0]
        if kind == "ready":
            plot.show_message(
                self.tr("This gate asks a process whether it is ready: it has no values to plot.")
            )
            return
        recorded = self.detail.recorded(gate)
        wave = self.detail.selected_wave()
        live: dict[str, Any] | None = None
        if doc["state"] in LIVE_STATES and doc["progress"]["changed"]:
            if self._prometheus is None:
                self._prometheus = await run_sync(lambda: self.service.prometheus_url or "")
            if self._prometheus:
                live = await run_sync(self.service.gate_values, self.session.require_actor(), doc["id"], gate)
        if seq != self._plot_wanted:
            return  # another gate or rollout was selected meanwhile
        self._draw(gate, kind, live, recorded, wave)

    def _draw(
        self,
        gate: str,
        kind: str,
        live: dict[str, Any] | None,
        recorded: dict[str, Any] | None,
        wave: int | None,
    ) -> None:
        """Plot the live values if Prometheus gave some, else those recorded for the wave; else
        say why there is nothing to plot (Prometheus unreachable, not evaluated yet)."""
        plot = self.detail.plot
        unreachable = ""
        if live is not None and live["result"] == "unknown":
            unreachable = self.tr("Prometheus cannot be asked now: {why}").format(
                why=gate_detail_text(live["detail"])
            )
        if _has_values(live):
            assert live is not None
            result = live
            note = self.tr("Now, asked of Prometheus at {time}: {detail}").format(
                time=texts.time_text(live["at"]), detail=gate_detail_text(live["detail"])
            )
        elif _has_values(recorded):
            assert recorded is not None
            result = recorded
            note = self.tr("As recorded when wave {wave}'s gates were evaluated, at {time}: {detail}").format(
                wave=wave,
                time=texts.time_text(recorded.get("at")),
                detail=gate_detail_text(recorded.get("detail")),
            )
            note = "\n".join(filter(None, (unreachable, note)))
        else:
            said = unreachable or gate_detail_text((live or recorded or {}).get("detail"))
            plot.show_message(said or self.tr("This gate has not been evaluated for this wave yet."))
            return
        if kind == "compare":
            baseline = result.get("baseline") or []
            plot.show_distributions(list(result.get("values", {}).values()), baseline, note)
            return
        from core.rollouts.gates import parse_gate  # lazy: only once a gate is plotted

        spec = parse_gate(gate)
        assert spec.op is not None and spec.threshold is not None
        plot.show_threshold(result.get("values", {}), spec.op, spec.threshold, note)

    # -- actions --------------------------------------------------------------------------------------
    async def ask(self, action: str) -> dict[str, Any] | None:
        """The dry run, its consequence confirmed, then the action; the rollout read again."""
        doc = self.doc
        if doc is None or self.busy:
            return None
        actor = self.session.require_actor()
        method = getattr(self.service, action)
        self.busy = True
        self._update_actions()
        try:
            dry = await run_sync(method, actor, doc["id"], dry_run=True)
            confirmation = texts.confirmation(action, doc, dry, self.module_name)
            dialog = RolloutConfirmDialog(action, confirmation, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.confirm_dialog = dialog
            try:
                if not accepted(await dialog_result(dialog)):
                    return None
            finally:
                self.confirm_dialog = None
            try:
                done = await run_sync(method, actor, doc["id"])
            except PlatformError:
                spawn(self.reload_now(), self)  # moved meanwhile, say: show it as it is
                raise
        finally:
            self.busy = False
            self._update_actions()
        self.show_status(texts.done_text(action, done))
        await self.reload()
        return done

    async def reload_now(self) -> None:
        await self.reload()

    def open_rollout(self, rollout_id: int) -> asyncio.Task[None]:
        """Show that rollout (one just created in this console): the list read again, it selected."""

        async def show() -> None:
            await self.reload()
            if not self.select_rollout(rollout_id):  # filtered out of the list: its detail all the same
                await self.show_rollout(rollout_id)

        return spawn(show(), self)

    def shutdown(self) -> None:
        self.detail.dispose()
        super().shutdown()


def _has_values(result: dict[str, Any] | None) -> bool:
    return result is not None and bool(result.get("values") or result.get("baseline"))


def _sample_doc() -> dict[str, Any]:
    """A rollout far along (the progress column's widest text, for its width)."""
    waves = [{"number": n, "state": "passed", "size": 25_000, "applied_at": "x"} for n in range(1, 5)]
    return {"progress": {"waves": 10}, "waves": waves}
