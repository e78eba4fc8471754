"""Item models of the health page: the targets with their latest state, and the status events."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from console.health.history import Sample, StatusEvent
from console.health.targets import local_target
from console.locale_text import decimal, local_text
from console.widgets.status_badge import STATES
from console.widgets.status_badge import translate as badge_text
from console.widgets.theme import TONES
from core.observability.urls import strip_userinfo

if TYPE_CHECKING:
    from console.health.targets import TargetSpec

Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2

# Roles as plain ints: a view asks for seven roles of every visible cell at each repaint, and an
# enum member lookup costs more than the rest of an unanswered call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_STATUS = int(STATUS_ROLE)
_TARGET = int(TARGET_ROLE)
_TARGET_ROLES = frozenset({_DISPLAY, _TOOLTIP, _BACKGROUND, _FOREGROUND, _STATUS, _TARGET})
_STALE_COLOR, _STALE_COLOR_DARK = TONES["stale"]
# Status cells on a dark window: a deep tint with light text (the light theme's pale tints with
# dark text glare there, and its dark text colours vanish on a dark cell).
_DARK_STATUS = {
    "healthy": ("#1d4a30", "#c6f1d6"),
    "degraded": ("#4d3d0f", "#ffe49a"),
    "unhealthy": ("#5c1d1d", "#ffc9c9"),
    "unknown": ("#39414b", "#dde3ea"),
}
_brushes: dict[str, QBrush] = {}


def status_colors(status: str, dark: bool) -> tuple[str, str] | None:
    """(background, foreground) of a status cell, for a light or a dark window."""
    if dark and status in _DARK_STATUS:
        return _DARK_STATUS[status]
    style = STATES.get(status)
    return (style.background, style.foreground) if style else None


def _dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def _brush(color: str) -> QBrush:
    brush = _brushes.get(color)
    if brush is None:
        brush = _brushes[color] = QBrush(QColor(color))
    return brush


def clock(ts: float | None, *, date: bool | None = None) -> str:
    """Unix seconds -> the user's local time (with the date when ``date``, or, by default, when
    it is not today)."""
    if ts is None:
        return ""
    when = datetime.fromtimestamp(ts)
    if date is None:
        date = when.date() != datetime.now().date()
    return local_text(when, date=date)


LOCAL_DEFAULT_NAME = local_target().name  # stored in English; shown translated (shown_name)


def shown_detail(detail: str) -> str:
    """A target's detail; ``16 checks healthy`` (stored in English, as the CLI says it) in the
    interface's language."""
    match = _HEALTHY.fullmatch(detail or "")
    if match is None:
        return detail
    return TargetsModel.tr("%n check(s) healthy", "", int(match.group(1)))


_HEALTHY = re.compile(r"(\d+) checks? healthy")


@dataclass
class TargetRow:
    id: str
    name: str
    kind: str
    url: str = ""
    interval: float | None = None
    status: str = "unknown"
    latency: float | None = None
    last_ts: float | None = None
    detail: str = ""
    checks: list[dict[str, Any]] | None = None
    parent: str = ""
    live: bool = True  # polled in this session (False: known from history only)
    extra: dict[str, Any] = field(default_factory=dict)

    def stale_since(self, now: float | None = None) -> float | None:
        """When the data went stale: the last sample, if older than three intervals (or not polled)."""
        if self.last_ts is None:
            return None
        now = time.time() if now is None else now
        if not self.live:
            return self.last_ts
        limit = 3 * (self.interval or 10.0) + 2.0
        return self.last_ts if now - self.last_ts > limit else None


def history_rows(
    specs: Iterable[TargetSpec], past: dict[str, Any], polled: set[str], *, offline: bool, no_sample: str
) -> list[TargetRow]:
    """The targets table at start-up: each target with its last state in the history file
    (``no_sample`` when there is none), a Prometheus server's instances under it, and (offline)
    the targets known only from the file (another profile, removed since)."""
    lasts = past["lasts"]
    rows = []
    for spec in specs:
        live = spec.id in polled
        rows.append(
            _row(
                spec.id,
                spec.name,
                spec.kind.value,
                spec.url,
                spec.interval,
                lasts.get(spec.id),
                no_sample,
                live=live,
            )
        )
        for record in past["targets"]:
            if record.parent == spec.id:
                last = lasts.get(record.id)
                rows.append(
                    _row(
                        record.id,
                        record.name,
                        record.kind,
                        record.url,
                        spec.interval,
                        last,
                        "",
                        parent=spec.id,
                        live=live,
                    )
                )
    if offline:
        shown = {r.id for r in rows}
        for record in past["targets"]:
            if record.id not in shown and not record.parent and record.id in lasts:
                last = lasts[record.id]
                rows.append(
                    _row(
                        record.id, record.name, record.kind, record.url, record.interval, last, "", live=False
                    )
                )
    return rows


def _row(
    tid: str, name: str, kind: str, url: str, interval: float | None, last: Any, no_sample: str, **kw: Any
) -> TargetRow:
    if last is None:
        return TargetRow(tid, name, kind, url, interval, detail=no_sample, **kw)
    return TargetRow(
        tid, name, kind, url, interval, last.status, last.latency, last.ts, last.detail, last.checks, **kw
    )


def sample_row(sample: Sample, interval: float | None) -> TargetRow:
    """The row of a target first heard of in a sample: an instance of a Prometheus server."""
    return TargetRow(
        sample.target,
        sample.name or sample.target,
        sample.kind or "instance",
        sample.name,
        interval,
        sample.status,
        sample.latency,
        sample.ts,
        sample.detail,
        sample.checks,
        parent=sample.parent,
    )


class TargetsModel(QAbstractTableModel):
    NAME, KIND, STATUS, LATENCY, LAST, DETAIL = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[TargetRow] = []
        self._index: dict[str, int] = {}
        self._kinds: dict[str, str] | None = None

    def _headers(self) -> list[str]:
        return [
            self.tr("Target"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Latency"),
            self.tr("Last sample"),
            self.tr("Detail"),
        ]

    def shown_name(self, row: TargetRow) -> str:
        """A target's name; the local target's default one in the interface's language."""
        if row.kind == "local" and not row.parent and row.name == LOCAL_DEFAULT_NAME:
            return self._kind_text("local")
        return row.name

    def _kind_text(self, kind: str) -> str:
        if self._kinds is None:  # translated once: the view asks at every repaint
            self._kinds = {
                "local": self.tr("local checks"),
                "endpoint": self.tr("endpoint"),
                "prometheus": self.tr("Prometheus"),
                "instance": self.tr("instance"),
            }
        return self._kinds.get(kind, kind)

    # -- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _TARGET_ROLES:
            return None
        r = index.row()  # -1 for an invalid index
        if not 0 <= r < len(self.rows):
            return None
        row = self.rows[r]
        col = index.column()
        if role == _DISPLAY:
            if col == self.NAME:
                return ("    " if row.parent else "") + self.shown_name(row)
            if col == self.KIND:
                return self._kind_text(row.kind)
            if col == self.STATUS:
                return badge_text(STATES[row.status].label) if row.status in STATES else row.status
            if col == self.LATENCY:
                return "" if row.latency is None else decimal(row.latency * 1000, 1) + " ms"
            if col == self.LAST:
                stale = row.stale_since()
                if stale is not None:
                    return self.tr("stale since {when}").format(when=clock(stale))
                return clock(row.last_ts)
            if col == self.DETAIL:
                return shown_detail(row.detail)
        elif role == _TOOLTIP:
            if col == self.NAME:
                return strip_userinfo(row.url) if row.url else self.shown_name(row)
            if col == self.DETAIL:
                return shown_detail(row.detail)
        elif role == _BACKGROUND:
            if col == self.STATUS:
                colors = status_colors(row.status, _dark())
                return _brush(colors[0]) if colors else None
        elif role == _FOREGROUND:
            if col == self.STATUS:
                colors = status_colors(row.status, _dark())
                return _brush(colors[1]) if colors else None
            if col == self.LAST and row.stale_since() is not None:
                return _brush(_STALE_COLOR_DARK if _dark() else _STALE_COLOR)
        elif role == _STATUS:
            return row.status
        elif role == _TARGET:
            return row.id
        return None

    # -- updates ---------------------------------------------------------------------------------------
    def row_of(self, target_id: str) -> int | None:
        return self._index.get(target_id)

    def get(self, target_id: str) -> TargetRow | None:
        i = self._index.get(target_id)
        return self.rows[i] if i is not None else None

    def set_rows(self, rows: list[TargetRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._index = {r.id: i for i, r in enumerate(self.rows)}

    def upsert(self, row: TargetRow) -> None:
        i = self._index.get(row.id)
        if i is not None:
            self.rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, 5))
            return
        # Instances go right after their parent's last instance.
        position = len(self.rows)
        if row.parent and row.parent in self._index:
            position = self._index[row.parent] + 1
            while position < len(self.rows) and self.rows[position].parent == row.parent:
                position += 1
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.insert(position, row)
        self._reindex()
        self.endInsertRows()

    def put_spec(self, spec: TargetSpec, *, no_sample: str) -> None:
        """A target's row after it was added or edited: its state kept, ``no_sample`` when new."""
        row = self.get(spec.id)
        if row is not None:
            row.name, row.url, row.interval = spec.name, spec.url, spec.interval
            self.upsert(row)
        else:
            self.upsert(
                TargetRow(spec.id, spec.name, spec.kind.value, spec.url, spec.interval, detail=no_sample)
            )

    def update_state(
        self,
        target_id: str,
        *,
        status: str,
        latency: float | None,
        ts: float,
        detail: str,
        checks: list[dict[str, Any]] | None,
    ) -> bool:
        i = self._index.get(target_id)
        if i is None:
            return False
        row = self.rows[i]
        row.status, row.latency, row.last_ts, row.detail, row.live = status, latency, ts, detail, True
        if checks is not None:
            row.checks = checks
        self.dataChanged.emit(self.index(i, 0), self.index(i, 5))
        return True

    def update_states(self, samples: Iterable[Sample]) -> list[Sample]:
        """The latest sample of each target, applied with one ``dataChanged`` over the rows touched
        (one repaint however many rows changed); the samples of targets without a row."""
        index, rows = self._index, self.rows
        first, last = len(rows), -1
        unknown = []
        for sample in samples:
            i = index.get(sample.target)
            if i is None:
                unknown.append(sample)
                continue
            row = rows[i]
            row.status, row.latency, row.last_ts = sample.status, sample.latency, sample.ts
            row.detail, row.live = sample.detail, True
            if sample.checks is not None:
                row.checks = sample.checks
            first, last = min(first, i), max(last, i)
        if last >= 0:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.DETAIL))
        return unknown

    def remove(self, target_id: str) -> None:
        doomed = [i for i, r in enumerate(self.rows) if r.id == target_id or r.parent == target_id]
        for i in reversed(doomed):
            self.beginRemoveRows(QModelIndex(), i, i)
            del self.rows[i]
            self.endRemoveRows()
        self._reindex()

    def refresh_staleness(self, now: float | None = None) -> list[TargetRow]:
        """Repaint the rows whose staleness changed since the last call; the stale rows."""
        now = time.time() if now is None else now
        stale = []
        for i, row in enumerate(self.rows):
            is_stale = row.stale_since(now) is not None
            if is_stale:
                stale.append(row)
            if is_stale != row.extra.get("stale", False):
                row.extra["stale"] = is_stale
                self.dataChanged.emit(self.index(i, self.LAST), self.index(i, self.LAST))
        return stale


class EventsModel(QAbstractTableModel):
    """Status changes, newest first (bounded)."""

    LIMIT = 2000

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.events: list[StatusEvent] = []
        self.kept: list[StatusEvent] = []  # from outside the history (rollouts): kept by set_events

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Time"), self.tr("Target"), self.tr("Change"), self.tr("Detail")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.events):
            return None
        event = self.events[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return clock(event.ts, date=True)
            if col == 1:
                return event.name or event.target
            if col == 2:
                return f"{_status_text(event.old)} \u2192 {_status_text(event.new)}"
            return shown_detail(event.detail)
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            colors = status_colors(event.new, _dark())
            return _brush(colors[1]) if colors else None
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return event.detail
        if role == STATUS_ROLE:
            return event.new
        return None

    def set_events(self, events: list[StatusEvent]) -> None:
        self.beginResetModel()
        self.events = sorted([*events, *self.kept], key=lambda e: e.ts, reverse=True)[: self.LIMIT]
        self.endResetModel()

    def keep(self, events: list[StatusEvent]) -> None:
        """Add events that are not in the history file (the rollouts'): a reload keeps them."""
        self.kept = [*self.kept, *events][-self.LIMIT :]
        self.add(events)

    def add(self, events: list[StatusEvent]) -> None:
        if not events:
            return
        fresh = sorted(events, key=lambda e: e.ts, reverse=True)
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self.events[0:0] = fresh
        self.endInsertRows()
        if len(self.events) > self.LIMIT:
            self.beginRemoveRows(QModelIndex(), self.LIMIT, len(self.events) - 1)
            del self.events[self.LIMIT :]
            self.endRemoveRows()


def _status_text(status: str | None) -> str:
    return "-" if status is None else status_name(status)


def status_name(status: str) -> str:
    """A status as the badges say it (translated)."""
    return badge_text(STATES[status].label) if status in STATES else status
