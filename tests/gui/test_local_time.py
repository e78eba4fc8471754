"""The lists' local time (``console.models.common.local_time``): the fast way writes exactly what
``astimezone()`` + ``strftime`` wrote, on each side of a daylight-saving change, in zones whose
offset or change is a half hour, before 1970 and for naive values."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from console.models.common import forget_time_zone, local_time


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
        forget_time_zone()

    yield use
    monkeypatch.undo()
    time.tzset()
    forget_time_zone()


def reference(value: datetime, seconds: bool = True) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def test_each_side_of_a_daylight_saving_change(zone: object) -> None:
    zone("Europe/Berlin")  # type: ignore[operator]
    # Spring: 01:00 UTC is 02:00 CET, which does not exist: 03:00 CEST.
    assert local_time(datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC)) == "2026-03-29 01:59:59"
    assert local_time(datetime(2026, 3, 29, 1, 0, 0, tzinfo=UTC)) == "2026-03-29 03:00:00"
    # Autumn: 02:30 local is shown twice, an hour apart in UTC.
    assert local_time(datetime(2026, 10, 25, 0, 30, tzinfo=UTC), seconds=False) == "2026-10-25 02:30"
    assert local_time(datetime(2026, 10, 25, 1, 30, tzinfo=UTC), seconds=False) == "2026-10-25 02:30"
    assert local_time(datetime(2026, 10, 25, 2, 0, tzinfo=UTC), seconds=False) == "2026-10-25 03:00"
    assert local_time("2026-07-01T12:00:00+00:00") == "2026-07-01 14:00:00"  # text from the database
    assert local_time(datetime(2026, 1, 1, 12, tzinfo=timezone(timedelta(hours=-5)))) == "2026-01-01 18:00:00"
    assert local_time(None) == "" and local_time("not a date") == "not a date"


@pytest.mark.parametrize(
    "name",
    ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC", "America/St_Johns"],
)
def test_the_same_text_as_astimezone_and_strftime(zone: object, name: str) -> None:
    zone(name)  # type: ignore[operator]
    draw = random.Random(name)
    start = datetime(1900, 1, 1, tzinfo=UTC)
    values = [start + timedelta(seconds=draw.randrange(0, 160 * 365 * 86400)) for _ in range(1000)]
    # Every quarter hour around this zone's changes of 2026 (Lord Howe changes by half an hour).
    values += [datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=15 * i) for i in range(365 * 96)]
    values += [datetime(2026, 3, 29, 1, 30), datetime(999, 5, 1, tzinfo=UTC)]  # naive; year < 1000
    for i, value in enumerate(values):
        seconds = i % 2 == 0
        assert local_time(value, seconds=seconds) == reference(value, seconds), (name, value)
