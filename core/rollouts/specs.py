"""What a rollout's options say, parsed and checked: durations, start times, windows and waves.

Pure functions, no database. Every malformed value raises :class:`InvalidInput` with a code of its
own (``rollout.bad_duration``, ``rollout.bad_start_at``, ``rollout.bad_window``,
``rollout.bad_waves``) and details ``{"value", "problem", ...}`` from which the console words it.

Durations
    ``30s``, ``10m``, ``2h``, ``1d``: a whole number and one unit, ``0s`` allowed, at most
    :data:`MAX_DURATION_DAYS` days.

Start times
    ``+30m`` (a duration from now) or a time as ``platformctl audit --since`` takes it
    (``2026-12-24``, ``2026-12-24T06:00``, with an offset or in local time when naive). A span
    written without ``+`` (``2h``) is refused: for ``audit`` it counts back from now, which for a
    start is surely a mistake. A time already past means "at once"; one more than
    :data:`MAX_DURATION_DAYS` days ahead is refused.

Windows (``DAYS HH:MM-HH:MM [ZONE]``)
    Days are ``*``, one day (``Mon``), a list (``Sat,Sun``) or ranges (``Mon-Fri``; ``Fri-Mon`` wraps
    through the weekend), names in any case. The range opens at the start minute and closes at the
    end minute (``24:00`` allowed as an end). A range whose end is earlier than its start crosses
    midnight: the hours after midnight belong to the day the window started, so ``Fri 22:00-02:00``
    is open Friday from 22:00 until Saturday 02:00 and not on Thursday night. Start equal to end is
    refused (a whole day is ``00:00-24:00``). Times are wall-clock times in the zone: an IANA name, or,
    without one, the machine's local time zone as the C library knows it (``datetime.astimezone()``
    with no argument, DST included). On a DST change day the wall clock decides: a window whose
    start falls into the skipped hour opens when the clock jumps past it; in the repeated hour every
    wall time inside the window is open, both times.

Waves
    A comma list of ``tag:TAG``, counts (``5``) and percentages (``10%``, whole numbers 1 to 100);
    see :func:`assign_waves` for what they mean.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.errors import InvalidInput
from core.identifiers import invisible_characters, is_identifier
from core.times import RELATIVE_TIME, parse_time

MAX_DURATION_DAYS = 366
MAX_TEXT = 200  # characters of a duration, start time or window
MAX_WAVES = 100
MAX_WAVES_TEXT = 10_000
MAX_WAVE_COUNT = 10_000_000
DEFAULT_WAVES = "1%,10%,50%,100%"
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # index = datetime.weekday()

_DURATION = re.compile(r"([0-9]{1,12})([smhd])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_TIME_RANGE = re.compile(r"([0-9]{1,2}):([0-9]{2})-([0-9]{1,2}):([0-9]{2})")
_DAY = {name.lower(): index for index, name in enumerate(DAY_NAMES)}
_COUNT = re.compile(r"[0-9]{1,12}")
_PERCENT = re.compile(r"([0-9]{1,12})%")
# The platform tag rule (lower-case letters, digits and dashes, at most one ':' between two such
# parts, up to 64 characters, NFKC, no invisible characters). A private copy until the tags
# service (core/services/platform_tags.py, check_tag) lands on main; then use that.
_TAG = re.compile(r"(?=.{1,64}\Z)[a-z0-9][a-z0-9-]*(?::[a-z0-9][a-z0-9-]*)?", re.ASCII)


def _shown(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "...")


def _text(value: object, limit: int) -> str | None:
    """``value`` without surrounding spaces if it is text of at most ``limit`` characters with no
    control or invisible character; else None."""
    if not isinstance(value, str) or len(value) > limit or invisible_characters(value):
        return None
    return value.strip(" ")


# -- durations -------------------------------------------------------------------------------------
def _bad_duration(value: str, problem: str, message: str) -> InvalidInput:
    return InvalidInput(
        "rollout.bad_duration", message, {"value": value, "problem": problem, "max_days": MAX_DURATION_DAYS}
    )


def parse_duration(text: str) -> timedelta:
    """``30s``, ``10m``, ``2h`` or ``1d`` (``0s`` allowed, at most :data:`MAX_DURATION_DAYS` days)."""
    value = _text(text, MAX_TEXT)
    match = _DURATION.fullmatch(value) if value is not None else None
    if match is None:
        shown = _shown(str(text))
        raise _bad_duration(
            str(text)[:MAX_TEXT],
            "form",
            f"{shown} is not a duration: write a whole number and a unit, as 30s, 10m, 2h or 1d",
        )
    seconds = int(match[1]) * _UNIT_SECONDS[match[2]]
    if seconds > MAX_DURATION_DAYS * 86400:
        raise _bad_duration(
            text, "too_long", f"{_shown(text)} is too long: a duration is at most {MAX_DURATION_DAYS} days"
        )
    return timedelta(seconds=seconds)


# -- start times -----------------------------------------------------------------------------------
def _bad_start(value: str, problem: str, message: str) -> InvalidInput:
    return InvalidInput(
        "rollout.bad_start_at", message, {"value": value, "problem": problem, "max_days": MAX_DURATION_DAYS}
    )


def parse_start_at(text: str, now: datetime) -> datetime:
    """``+30m`` from ``now``, or a time as ``audit --since`` takes it; an aware UTC datetime."""
    forms = "write +30m (from now), 2026-12-24 or 2026-12-24T06:00"
    value = _text(text, MAX_TEXT)
    if not value:
        raise _bad_start(str(text)[:MAX_TEXT], "form", f"{_shown(str(text))} is not a start time: {forms}")
    now = now.astimezone(UTC)
    if value.startswith("+"):
        try:
            at = now + parse_duration(value[1:])
        except InvalidInput as exc:
            problem = "too_far" if exc.details["problem"] == "too_long" else "form"
            raise _bad_start(
                value,
                problem,
                f"{_shown(value)} is more than {MAX_DURATION_DAYS} days ahead"
                if problem == "too_far"
                else f"{_shown(value)} is not a start time: {forms}",
            ) from None
        return at
    if RELATIVE_TIME.fullmatch(value):
        raise _bad_start(
            value,
            "relative",
            f"{_shown(value)} counts back from now; for a start in the future write +{value}",
        )
    try:
        at = parse_time(value, now, code="rollout.bad_start_at")
    except InvalidInput:
        raise _bad_start(value, "form", f"{_shown(value)} is not a start time: {forms}") from None
    if at - now > timedelta(days=MAX_DURATION_DAYS):
        raise _bad_start(value, "too_far", f"{_shown(value)} is more than {MAX_DURATION_DAYS} days ahead")
    return at


# -- windows ---------------------------------------------------------------------------------------
def _bad_window(value: str, problem: str, message: str) -> InvalidInput:
    return InvalidInput("rollout.bad_window", message, {"value": value, "problem": problem})


@lru_cache(maxsize=64)
def _zoneinfo(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("a window needs an aware datetime (UTC), not a naive one")
    return at


@dataclass(frozen=True)
class Window:
    """Days (0 = Monday ... 6 = Sunday) and a range of minutes of the day, in a time zone.

    ``end`` may be 1440 (24:00); ``end < start`` crosses midnight, the hours after midnight
    belonging to the day the window started. ``zone`` None: the machine's local time zone.
    """

    days: frozenset[int]
    start: int
    end: int
    zone: str | None
    text: str

    def _tz(self) -> tzinfo | None:
        return _zoneinfo(self.zone) if self.zone else None

    def _local(self, at: datetime) -> datetime:
        tz = self._tz()
        return at.astimezone(tz) if tz is not None else at.astimezone()

    def contains(self, at: datetime) -> bool:
        """Whether the window is open at the instant ``at`` (an aware datetime)."""
        local = self._local(_aware(at))
        minute = local.hour * 60 + local.minute
        day = local.weekday()
        if self.start < self.end:
            return day in self.days and self.start <= minute < self.end
        if day in self.days and minute >= self.start:
            return True
        return (day - 1) % 7 in self.days and minute < self.end  # the part after midnight

    def next_open(self, at: datetime) -> datetime:
        """``at`` (in UTC) if the window is open then, else the next instant (UTC) it opens."""
        at = _aware(at).astimezone(UTC)
        if self.contains(at):
            return at
        begin = at
        for _ in range(8):  # a window opens every week, unless a DST gap swallows it once
            end = begin + timedelta(days=15)
            candidates = sorted(c for c in self._changes(begin, end) if c > at)
            for candidate in candidates:
                if self.contains(candidate):
                    return candidate
            begin = end
        raise ValueError(f"the window {self.text!r} never opens")

    def _changes(self, begin: datetime, end: datetime) -> Iterable[datetime]:
        """Every instant in ``begin..end`` at which the window may open: its start on each of its
        days (both readings of a repeated wall time) and every change of the zone's UTC offset."""
        tz = self._tz()
        day = self._local(begin).date() - timedelta(days=1)
        last = self._local(end).date()
        while day <= last:
            if day.weekday() in self.days:
                wall = datetime.combine(day, time()) + timedelta(minutes=self.start)
                for fold in (0, 1):
                    try:
                        if tz is not None:
                            yield wall.replace(tzinfo=tz, fold=fold).astimezone(UTC)
                        else:
                            yield wall.replace(fold=fold).astimezone(UTC)
                    except (OverflowError, ValueError, OSError):  # off the calendar
                        continue
            day += timedelta(days=1)
        yield from self._offset_changes(begin, end)

    def _offset_changes(self, begin: datetime, end: datetime) -> Iterable[datetime]:
        """The instants (to the second) at which the zone's UTC offset changes in ``begin..end``."""
        step = timedelta(hours=1)
        before, offset = begin, self._local(begin).utcoffset()
        while before < end:
            after = before + step
            next_offset = self._local(after).utcoffset()
            if next_offset != offset:
                low, high = before, after  # offset(low) == offset, offset(high) != offset
                while high - low > timedelta(seconds=1):
                    middle = low + (high - low) / 2
                    middle = middle.replace(microsecond=0)
                    if middle <= low:
                        break
                    if self._local(middle).utcoffset() == offset:
                        low = middle
                    else:
                        high = middle
                yield high
            before, offset = after, next_offset


def _days(text: str, whole: str) -> frozenset[int]:
    if text == "*":
        return frozenset(range(7))
    days: set[int] = set()
    for item in text.split(","):
        first, dash, last = item.partition("-")
        if first.lower() not in _DAY or (dash and last.lower() not in _DAY):
            raise _bad_window(
                text, "days", f"{_shown(text)} in {_shown(whole)} are not days: write Mon-Fri, Sat,Sun or *"
            )
        a = _DAY[first.lower()]
        b = _DAY[last.lower()] if dash else a
        days.update((a + i) % 7 for i in range((b - a) % 7 + 1))
    return frozenset(days)


def _minutes(text: str, whole: str) -> tuple[int, int]:
    match = _TIME_RANGE.fullmatch(text)
    bad = _bad_window(
        text,
        "time",
        f"{_shown(text)} in {_shown(whole)} is not a time range: HH:MM-HH:MM, from 00:00 to 24:00",
    )
    if match is None:
        raise bad
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2):
        raise bad
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if start == end:
        raise _bad_window(
            text,
            "empty",
            f"{_shown(text)} starts and ends at the same time: for a whole day write 00:00-24:00",
        )
    return start, end


def parse_window(text: str) -> Window:
    """``DAYS HH:MM-HH:MM [ZONE]``: ``Mon-Fri 09:00-17:00 Europe/Luxembourg``, ``* 22:00-06:00``."""
    value = _text(text, MAX_TEXT)
    parts = value.split(" ") if value else []
    parts = [p for p in parts if p]
    if len(parts) not in (2, 3):
        raise _bad_window(
            str(text)[:MAX_TEXT],
            "form",
            f"{_shown(str(text))} is not a window: write DAYS HH:MM-HH:MM [ZONE], "
            "as Mon-Fri 09:00-17:00 Europe/Luxembourg",
        )
    whole = " ".join(parts)
    days = _days(parts[0], whole)
    start, end = _minutes(parts[1], whole)
    zone = parts[2] if len(parts) == 3 else None
    if zone is not None:
        try:
            _zoneinfo(zone)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise _bad_window(
                zone,
                "zone",
                f"{_shown(zone)} is not a time zone: write an IANA name such as Europe/Luxembourg",
            ) from None
    return Window(days=days, start=start, end=end, zone=zone, text=whole)


def in_windows(windows: Sequence[Window], at: datetime) -> bool:
    """Whether ``at`` is inside any of ``windows``; no windows: always."""
    return not windows or any(w.contains(at) for w in windows)


def next_window_open(windows: Sequence[Window], at: datetime) -> datetime:
    """``at`` (UTC) if inside a window (or there are none), else the earliest next opening."""
    if not windows:
        return _aware(at).astimezone(UTC)
    return min(w.next_open(at) for w in windows)


# -- waves -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class WaveItem:
    """One item of ``--waves``: ``tag`` (value: the tag), ``count`` or ``percent`` (value: 1-100)."""

    kind: str
    value: str | int

    @property
    def text(self) -> str:
        return {"tag": f"tag:{self.value}", "count": f"{self.value}", "percent": f"{self.value}%"}[self.kind]


def _bad_waves(value: str, problem: str, message: str, **extra: Any) -> InvalidInput:
    return InvalidInput("rollout.bad_waves", message, {"value": value, "problem": problem, **extra})


def _wave_item(item: str, whole: str) -> WaveItem:
    if item.startswith("tag:"):
        tag = item[4:]
        if not is_identifier(tag, _TAG):
            raise _bad_waves(
                tag,
                "tag",
                f"{_shown(tag)} is not a tag: lower-case letters, digits and dashes, "
                "at most one ':', up to 64 characters",
            )
        return WaveItem("tag", unicodedata.normalize("NFKC", tag))
    percent = _PERCENT.fullmatch(item)
    if percent:
        value = int(percent[1])
        if not 1 <= value <= 100:
            raise _bad_waves(item, "percent", f"{_shown(item)}: a percentage is from 1% to 100%")
        return WaveItem("percent", value)
    if _COUNT.fullmatch(item):
        value = int(item)
        if not 1 <= value <= MAX_WAVE_COUNT:
            raise _bad_waves(
                item, "count", f"{_shown(item)}: a count is from 1 to {MAX_WAVE_COUNT:,}", max=MAX_WAVE_COUNT
            )
        return WaveItem("count", value)
    raise _bad_waves(
        item, "form", f"{_shown(item)} is not a wave: write tag:TAG, a count (5) or a percentage (10%)"
    )


def parse_waves(text: str) -> list[WaveItem]:
    """``tag:canary,5,10%,100%``: at most :data:`MAX_WAVES` items, none empty."""
    value = _text(text, MAX_WAVES_TEXT)
    if value is None:
        raise _bad_waves(
            str(text)[:MAX_TEXT],
            "form",
            f"{_shown(str(text))} are not waves: write a comma list such as {DEFAULT_WAVES}",
        )
    items = [item.strip(" ") for item in value.split(",")]
    if len(items) > MAX_WAVES:
        raise _bad_waves(
            value[:MAX_TEXT],
            "too_many",
            f"at most {MAX_WAVES} waves, not {len(items)}",
            max=MAX_WAVES,
            count=len(items),
        )
    if not all(items):
        raise _bad_waves(
            value[:MAX_TEXT],
            "empty",
            f"an empty wave in {_shown(value)}: write a list such as {DEFAULT_WAVES}",
        )
    return [_wave_item(item, value) for item in items]


# The wave order's hash: 64-bit FNV-1a over the code's characters, seeded by the rollout id, then
# the SplitMix64 finalizer (so that near codes land far apart). numpy computes it for 100,000 codes
# at once (:func:`hash_permutation`); :func:`code_hash` is the same for one code, in plain Python.
_MASK = (1 << 64) - 1
_FNV_OFFSET = 0xCBF29CE484222325
_FNV_PRIME = 0x100000001B3
_MIX = (0xBF58476D1CE4E5B9, 0x94D049BB133111EB)


def _mix(h: int) -> int:
    h = ((h ^ (h >> 30)) * _MIX[0]) & _MASK
    h = ((h ^ (h >> 27)) * _MIX[1]) & _MASK
    return h ^ (h >> 31)


def _seed(rollout_id: int) -> int:
    return _mix(_FNV_OFFSET ^ (rollout_id & _MASK))


def code_hash(rollout_id: int, code: str) -> int:
    """The 64-bit hash of ``code`` in rollout ``rollout_id``. Never Python's ``hash()``, which
    changes from one process to the next."""
    h = _seed(rollout_id)
    for char in code:
        h = ((h ^ ord(char)) * _FNV_PRIME) & _MASK
    return _mix(h)


def order_key(rollout_id: int) -> Callable[[str], tuple[int, str]]:
    """The sort key of a platform code in a rollout: its :func:`code_hash`, then the code itself
    (a total order even if two hashes met)."""
    return lambda code: (code_hash(rollout_id, code), code)


def _code_hashes(codes: Sequence[str], rollout_id: int) -> Any:
    """:func:`code_hash` of every code, as a numpy ``uint64`` array."""
    import numpy as np  # lazily: only creating a rollout needs it

    u64 = np.uint64
    hashes = np.full(len(codes), _seed(rollout_id), dtype=u64)
    if not codes:
        return hashes
    chars = np.array(codes, dtype=str)  # fixed width, padded with NUL (which no code holds)
    points = chars.view(np.uint32).reshape(len(codes), chars.dtype.itemsize // 4).astype(u64)
    prime = u64(_FNV_PRIME)
    for column in points.T:
        stepped = (hashes ^ column) * prime  # wraps modulo 2**64, as the & _MASK above
        hashes = np.where(column != 0, stepped, hashes)  # a shorter code's padding is not hashed
    for shift, factor in zip((30, 27), _MIX, strict=True):
        hashes = (hashes ^ (hashes >> u64(shift))) * u64(factor)
    return hashes ^ (hashes >> u64(31))


def hash_permutation(codes: Sequence[str], rollout_id: int) -> Any:
    """The positions of ``codes`` in :func:`order_key` order (a numpy index array)."""
    import numpy as np

    hashes = _code_hashes(codes, rollout_id)
    index = np.argsort(hashes, kind="stable")
    ordered = hashes[index]
    if bool((ordered[1:] == ordered[:-1]).any()):  # two hashes met: the codes decide
        return np.lexsort((np.array(codes, dtype=str), hashes))
    return index


def hash_order(codes: Sequence[str], rollout_id: int) -> list[str]:
    """``codes`` sorted by :func:`order_key`."""
    return [codes[i] for i in hash_permutation(codes, rollout_id).tolist()]


def assign_waves(
    items: Sequence[WaveItem], targets: Sequence[tuple[str, frozenset[str]]], rollout_id: int
) -> list[list[str]]:
    """The platform codes of each wave, computed once at creation, each wave in hash order.

    Targets are taken in a stable order: sorted by :func:`order_key`, a hash of the rollout id and
    the platform code (the same rollout always gets the same waves, whatever order the targets
    come in; another rollout another order). A ``tag:`` wave takes the targets with that tag not
    in an earlier wave. Counts and percentages are cumulative: after the wave ``10%``, ceil(10 % of
    the targets) have been reached, counting every earlier wave (tag waves too), and at least one
    target more than before the wave. The last wave takes every target left, whatever its item
    says; empty waves are dropped. A target listed twice counts once, with the tags of its first
    listing. See :func:`wave_positions`, which does the work.
    """
    tags = dict(reversed(targets))  # a code listed twice: its first tags
    codes = list(tags)
    waves = wave_positions(items, codes, list(tags.values()), rollout_id)
    return [[codes[i] for i in wave.tolist()] for wave in waves]


def wave_positions(
    items: Sequence[WaveItem], codes: Sequence[str], tags: Sequence[frozenset[str]] | None, rollout_id: int
) -> list[Any]:
    """:func:`assign_waves` on distinct ``codes`` (``tags``: each one's, by position; None when no
    wave is a ``tag:`` wave): each wave as a numpy array of positions in ``codes``, in hash order.
    About 25 ms for 100,000 targets (tests/benchmarks/bench_rollout_specs.py)."""
    import numpy as np

    total = len(codes)
    order = hash_permutation(codes, rollout_id)
    rank = np.empty(total, dtype=np.intp)
    rank[order] = np.arange(total)
    position = 0  # order[:position] are all in a wave; after it, only those `taken` are
    taken = np.zeros(total, dtype=bool)  # what tag waves took from order[position:]
    tagged = False
    reached = 0
    waves: list[Any] = []
    for number, item in enumerate(items, start=1):
        if number == len(items):
            rest = order[position:]
            wave = rest[~taken[rest]] if tagged else rest
        elif item.kind == "tag":
            tag = item.value
            found = np.array([i for i, its in enumerate(tags or ()) if tag in its], dtype=np.intp)
            left = found[~taken[found] & (rank[found] >= position)]  # the few tagged: then the hash
            wave = left[np.argsort(rank[left])]
            taken[wave] = True
            tagged = True
        else:
            goal = int(item.value) if item.kind == "count" else -(-int(item.value) * total // 100)
            need = min(total, max(goal, reached + 1)) - reached
            parts = []
            while need > 0:
                chunk = order[position : position + need]
                position += len(chunk)
                fresh = chunk[~taken[chunk]] if tagged else chunk
                parts.append(fresh)
                need -= len(fresh)
            wave = np.concatenate(parts) if parts else order[:0]
        reached += len(wave)
        if len(wave):
            waves.append(wave)
    return waves
