"""A rollout's options parsed and checked (core/rollouts/specs.py): durations, start times, windows
across midnight and DST change days, waves and their stable, cumulative assignment."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import InvalidInput
from core.rollouts.specs import (
    DEFAULT_WAVES,
    MAX_DURATION_DAYS,
    MAX_WAVES,
    WaveItem,
    Window,
    _code_hashes,
    assign_waves,
    code_hash,
    hash_order,
    in_windows,
    next_window_open,
    order_key,
    parse_duration,
    parse_start_at,
    parse_waves,
    parse_window,
)

NOW = datetime(2026, 12, 3, 21, 0, tzinfo=UTC)  # a Thursday
LU = "Europe/Luxembourg"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def refused(code: str, fn: Any, *args: Any) -> InvalidInput:
    with pytest.raises(InvalidInput) as raised:
        fn(*args)
    assert raised.value.code == code
    assert raised.value.exit_code == 2
    assert "\n" not in raised.value.message  # one line, whatever the input held
    return raised.value


# -- durations -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30s", 30), ("10m", 600), ("2h", 7200), ("1d", 86400), ("0s", 0), ("366d", 366 * 86400), (" 5m ", 300)],
)
def test_durations_in_every_unit(text: str, seconds: int) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize(
    "text",
    [
        "1.5h",
        "-1m",
        "10",
        "1w",
        "m",
        "",
        " ",
        "10 m",
        "10M",
        "1h30m",
        "1\n0m",
        "10m\n",
        "1\x00s",
        "\u202e10m",
        "\uff11\uff10m",  # full-width digits
        "10" + "0" * 30 + "s",
        "x" * 10_000,
        "+10m",
    ],
)
def test_malformed_durations_are_refused_in_one_line(text: str) -> None:
    error = refused("rollout.bad_duration", parse_duration, text)
    assert "30s, 10m, 2h or 1d" in error.message
    assert error.details["problem"] == "form" and len(error.details["value"]) <= 200


def test_a_duration_past_a_year_is_refused_naming_the_cap() -> None:
    error = refused("rollout.bad_duration", parse_duration, "367d")
    assert error.details == {"value": "367d", "problem": "too_long", "max_days": MAX_DURATION_DAYS}
    assert "at most 366 days" in error.message
    refused("rollout.bad_duration", parse_duration, f"{366 * 24 + 1}h")


@pytest.mark.parametrize("value", [None, 10, 1.5, b"10m"])
def test_a_duration_that_is_not_text_is_refused(value: Any) -> None:
    refused("rollout.bad_duration", parse_duration, value)


@given(st.integers(min_value=0, max_value=MAX_DURATION_DAYS * 86400), st.sampled_from("smhd"))
def test_any_whole_number_within_the_cap_parses(n: int, unit: str) -> None:
    seconds = n * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]
    if seconds <= MAX_DURATION_DAYS * 86400:
        assert parse_duration(f"{n}{unit}").total_seconds() == seconds
    else:
        refused("rollout.bad_duration", parse_duration, f"{n}{unit}")


@given(st.text(max_size=30))
def test_any_text_parses_or_raises_invalid_input(text: str) -> None:
    try:
        parse_duration(text)
    except InvalidInput as exc:
        assert exc.code == "rollout.bad_duration"


# -- start times -----------------------------------------------------------------------------------
def test_a_start_from_now_is_counted_from_the_clock_given() -> None:
    assert parse_start_at("+30m", NOW) == utc(2026, 12, 3, 21, 30)
    assert parse_start_at("+0s", NOW) == NOW
    assert parse_start_at("+1d", NOW.astimezone()) == utc(2026, 12, 4, 21, 0)  # any aware clock


def test_a_start_at_a_time_takes_what_audit_since_takes() -> None:
    from console.commands.base import parse_when

    assert parse_start_at("2026-12-24T06:00+01:00", NOW) == utc(2026, 12, 24, 5, 0)
    assert parse_start_at("2026-12-24T06:00Z", NOW) == utc(2026, 12, 24, 6, 0)
    assert parse_start_at("2026-12-24T06:00", NOW) == parse_when("2026-12-24T06:00")  # local time
    assert parse_start_at("2026-12-24", NOW) == parse_when("2026-12-24")
    at = parse_start_at("2026-12-24T06:00", NOW)
    assert at.tzinfo is UTC


def test_a_time_already_past_is_kept_the_engine_starts_at_once() -> None:
    assert parse_start_at("2026-12-01T00:00Z", NOW) == utc(2026, 12, 1)


def test_a_span_without_plus_is_refused_as_it_would_count_back() -> None:
    error = refused("rollout.bad_start_at", parse_start_at, "2h", NOW)
    assert error.details["problem"] == "relative" and "+2h" in error.message


@pytest.mark.parametrize(
    "text",
    ["", "soon", "+", "+1.5h", "+-1m", "+1w", "2026-13-01", "2026-12-24T25:00", "+30m\n", "\x1b[2J", "*"],
)
def test_malformed_start_times_are_refused(text: str) -> None:
    error = refused("rollout.bad_start_at", parse_start_at, text, NOW)
    assert error.details["problem"] == "form" and "+30m" in error.message


@pytest.mark.parametrize("text", ["+367d", "2028-01-01T00:00Z", "9999-12-31"])
def test_a_start_more_than_a_year_ahead_is_refused(text: str) -> None:
    error = refused("rollout.bad_start_at", parse_start_at, text, NOW)
    assert error.details["problem"] == "too_far"


# -- windows ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "days", "start", "end", "zone"),
    [
        ("Mon-Fri 09:00-17:00 Europe/Luxembourg", {0, 1, 2, 3, 4}, 540, 1020, LU),
        ("Sat,Sun 00:00-24:00", {5, 6}, 0, 1440, None),
        ("* 22:00-06:00 UTC", set(range(7)), 1320, 360, "UTC"),
        ("Fri-Mon 9:30-10:00 UTC", {4, 5, 6, 0}, 570, 600, "UTC"),
        ("mon,WED,Fri-Fri 01:00-02:00", {0, 2, 4}, 60, 120, None),
        ("Sun-Sat 01:00-02:00", set(range(7)), 60, 120, None),
        ("Tue-Mon 01:00-02:00", set(range(7)), 60, 120, None),
        ("Wed-Wed 01:00-02:00", {2}, 60, 120, None),
        ("  Mon   08:00-09:00  ", {0}, 480, 540, None),
    ],
)
def test_window_forms(text: str, days: set[int], start: int, end: int, zone: str | None) -> None:
    window = parse_window(text)
    assert (window.days, window.start, window.end, window.zone) == (frozenset(days), start, end, zone)
    assert window.text == " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "form"),
        ("Mon-Fri", "form"),
        ("Mon-Fri 09:00-17:00 Europe/Luxembourg extra", "form"),
        ("Mon-Fri\t09:00-17:00", "form"),
        ("Mon-Fri 09:00-17:00\n", "form"),
        ("Mon-Fri 09:00-17:00 " + "x" * 300, "form"),
        ("Mon-Fry 09:00-17:00", "days"),
        ("Monday 09:00-17:00", "days"),
        ("Mon- 09:00-17:00", "days"),
        ("Mon,,Tue 09:00-17:00", "days"),
        ("** 09:00-17:00", "days"),
        ("Mon-Tue-Wed 09:00-17:00", "days"),
        ("Mon 9-17", "time"),
        ("Mon 24:00-01:00", "time"),
        ("Mon 09:60-10:00", "time"),
        ("Mon 09:00-24:30", "time"),
        ("Mon 09:00-25:00", "time"),
        ("Mon 009:00-10:00", "time"),
        ("Mon 09:00-09:00", "empty"),
        ("Mon 00:00-00:00", "empty"),
        ("Mon 09:00-17:00 Europe/Atlantis", "zone"),
        ("Mon 09:00-17:00 ../../etc/passwd", "zone"),
        ("Mon 09:00-17:00 /etc/localtime", "zone"),
        ("Mon 09:00-17:00 Europe", "zone"),
    ],
)
def test_malformed_windows_are_refused(text: str, problem: str) -> None:
    error = refused("rollout.bad_window", parse_window, text)
    assert error.details["problem"] == problem


def test_a_window_crossing_midnight_belongs_to_the_day_it_started() -> None:
    friday_night = parse_window("Fri 22:00-02:00 UTC")
    assert not friday_night.contains(utc(2026, 12, 4, 21, 59))  # Friday 21:59
    assert friday_night.contains(utc(2026, 12, 4, 22, 0))
    assert friday_night.contains(utc(2026, 12, 5, 1, 0))  # Saturday 01:00: Friday's window
    assert friday_night.contains(utc(2026, 12, 5, 1, 59, 59))
    assert not friday_night.contains(utc(2026, 12, 5, 2, 0))
    assert not friday_night.contains(utc(2026, 12, 4, 1, 0))  # Friday 01:00: Thursday's night, not listed
    assert not friday_night.contains(utc(2026, 12, 5, 22, 30))  # Saturday evening
    until_midnight = parse_window("Sat 22:00-00:00 UTC")
    assert until_midnight.contains(utc(2026, 12, 5, 23, 59)) and not until_midnight.contains(utc(2026, 12, 6))


def test_star_is_every_day_and_a_whole_day_is_00_to_24() -> None:
    always = parse_window("* 00:00-24:00 UTC")
    for hour in range(0, 24 * 7, 5):
        assert always.contains(NOW + timedelta(hours=hour, minutes=17))
    assert always.next_open(NOW) == NOW


def test_the_window_reads_the_wall_clock_of_its_zone() -> None:
    office = parse_window("Mon-Fri 09:00-17:00 Europe/Luxembourg")
    assert office.contains(utc(2026, 12, 3, 8, 0))  # 09:00 CET
    assert not office.contains(utc(2026, 12, 3, 7, 59))
    assert office.contains(utc(2026, 7, 2, 7, 0))  # 09:00 CEST
    assert not office.contains(utc(2026, 7, 2, 15, 0))  # 17:00 CEST
    assert not office.contains(utc(2026, 12, 5, 10, 0))  # Saturday
    with pytest.raises(ValueError, match="aware"):
        office.contains(datetime(2026, 12, 3, 10, 0))


def test_without_a_zone_the_machine_local_time_is_used() -> None:
    window = parse_window("* 10:00-11:00")
    for at in (utc(2026, 1, 15, 12), utc(2026, 7, 15, 12), NOW):
        local = at.astimezone()
        inside = local.replace(hour=10, minute=30).astimezone(UTC)
        assert window.contains(inside)
        assert not window.contains(local.replace(hour=11, minute=0).astimezone(UTC))


def test_dst_spring_forward_in_luxembourg() -> None:
    # 29 March 2026: at 01:00 UTC the clocks go from 02:00 CET to 03:00 CEST.
    skipped = parse_window("Sun 02:15-02:45 Europe/Luxembourg")  # never on the wall clock that day
    assert not any(skipped.contains(utc(2026, 3, 29, 0, 0) + timedelta(minutes=m)) for m in range(0, 180))
    assert skipped.next_open(utc(2026, 3, 28)) == utc(2026, 4, 5, 0, 15)  # the Sunday after, CEST
    straddling = parse_window("Sun 02:30-03:30 Europe/Luxembourg")
    assert straddling.next_open(utc(2026, 3, 28)) == utc(2026, 3, 29, 1, 0)  # when the clock jumps past 02:30
    assert straddling.contains(utc(2026, 3, 29, 1, 0)) and not straddling.contains(utc(2026, 3, 29, 1, 30))
    night = parse_window("Sat 22:00-06:00 Europe/Luxembourg")
    assert night.contains(utc(2026, 3, 28, 21, 0))  # 22:00 CET
    assert night.contains(utc(2026, 3, 29, 3, 59))  # 05:59 CEST
    assert not night.contains(utc(2026, 3, 29, 4, 0))  # 06:00 CEST: the night was an hour shorter


def test_dst_fall_back_in_luxembourg() -> None:
    # 25 October 2026: at 01:00 UTC the clocks go from 03:00 CEST back to 02:00 CET.
    repeated = parse_window("Sun 02:15-02:45 Europe/Luxembourg")  # on the wall clock twice
    assert repeated.contains(utc(2026, 10, 25, 0, 15)) and repeated.contains(utc(2026, 10, 25, 1, 15))
    assert not repeated.contains(utc(2026, 10, 25, 0, 50))
    assert repeated.next_open(utc(2026, 10, 24)) == utc(2026, 10, 25, 0, 15)
    assert repeated.next_open(utc(2026, 10, 25, 0, 50)) == utc(2026, 10, 25, 1, 15)  # the second 02:15
    inside_the_repeat = parse_window("Sun 01:30-02:30 Europe/Luxembourg")
    assert not inside_the_repeat.contains(utc(2026, 10, 25, 0, 45))  # 02:45 CEST
    assert inside_the_repeat.next_open(utc(2026, 10, 25, 0, 45)) == utc(2026, 10, 25, 1, 0)  # back to 02:00
    night = parse_window("Sat 22:00-06:00 Europe/Luxembourg")
    assert night.contains(utc(2026, 10, 24, 20, 0))  # 22:00 CEST
    assert night.contains(utc(2026, 10, 25, 4, 59)) and not night.contains(utc(2026, 10, 25, 5, 0))


def test_next_open() -> None:
    office = parse_window("Mon-Fri 09:00-17:00 Europe/Luxembourg")
    assert office.next_open(utc(2026, 12, 3, 10, 0)) == utc(2026, 12, 3, 10, 0)  # open: now
    assert office.next_open(utc(2026, 12, 3, 16, 0)) == utc(2026, 12, 4, 8, 0)  # after hours: tomorrow
    assert office.next_open(utc(2026, 12, 5, 12, 0)) == utc(2026, 12, 7, 8, 0)  # weekend: Monday
    assert office.next_open(utc(2026, 12, 5, 12, 0)).tzinfo is UTC
    weekend_night = parse_window("Fri-Mon 23:00-01:00 UTC")
    assert weekend_night.next_open(utc(2026, 12, 8, 12, 0)) == utc(2026, 12, 11, 23, 0)  # Tuesday -> Friday
    assert weekend_night.contains(utc(2026, 12, 8, 0, 30))  # Monday's night, after midnight on Tuesday


@settings(max_examples=60, deadline=None)
@given(
    st.frozensets(st.integers(0, 6), min_size=1),
    st.integers(0, 1439),
    st.integers(1, 1440),
    st.sampled_from([LU, "America/New_York", "Australia/Lord_Howe", "UTC"]),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1)),
)
def test_next_open_is_open_and_nothing_before_it_is(
    days: frozenset[int], start: int, end: int, zone: str, naive: datetime
) -> None:
    if start == end:
        return
    window = Window(days, start, end, zone, "generated")
    at = naive.replace(tzinfo=UTC)
    opens = window.next_open(at)
    assert opens >= at and window.contains(opens)
    probe = at
    while probe < opens:  # every 20 minutes before it, closed
        assert not window.contains(probe)
        probe += timedelta(minutes=20)


def test_in_windows_and_the_next_opening_of_several() -> None:
    windows = [parse_window("Mon-Fri 09:00-17:00 UTC"), parse_window("Sat 10:00-12:00 UTC")]
    assert in_windows([], NOW) and next_window_open([], NOW) == NOW
    assert in_windows(windows, utc(2026, 12, 5, 11, 0))
    assert not in_windows(windows, utc(2026, 12, 5, 13, 0))
    assert next_window_open(windows, utc(2026, 12, 4, 18, 0)) == utc(2026, 12, 5, 10, 0)
    assert next_window_open(windows, utc(2026, 12, 5, 13, 0)) == utc(2026, 12, 7, 9, 0)


# -- waves -----------------------------------------------------------------------------------------
def test_wave_forms() -> None:
    assert parse_waves("tag:canary, 5 ,10%,100%") == [
        WaveItem("tag", "canary"),
        WaveItem("count", 5),
        WaveItem("percent", 10),
        WaveItem("percent", 100),
    ]
    assert [i.text for i in parse_waves(DEFAULT_WAVES)] == ["1%", "10%", "50%", "100%"]
    assert parse_waves("tag:country:lu,tag:plan-2")[0] == WaveItem("tag", "country:lu")
    assert len(parse_waves(",".join(["1"] * MAX_WAVES))) == MAX_WAVES


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("0%", "percent"),
        ("101%", "percent"),
        ("0", "count"),
        ("1" + "0" * 30, "form"),
        ("99999999999", "count"),
        ("tag:", "tag"),
        ("tag:Canary", "tag"),
        ("tag:a:b:c", "tag"),
        ("tag:-x", "tag"),
        ("tag:" + "a" * 65, "tag"),
        ("tag:can ary", "tag"),
        ("tag:canary\u200b", "form"),
        ("10%,,100%", "empty"),
        ("10%,", "empty"),
        ("", "empty"),
        (" ", "empty"),
        ("1.5%", "form"),
        ("-5", "form"),
        ("10 %", "form"),
        ("half", "form"),
        ("*", "form"),
        ("10%\n", "form"),
        (",".join(["1"] * (MAX_WAVES + 1)), "too_many"),
        ("1," * 20_000, "form"),
    ],
)
def test_malformed_waves_are_refused(text: str, problem: str) -> None:
    error = refused("rollout.bad_waves", parse_waves, text)
    assert error.details["problem"] == problem


def targets(n: int, tagged: dict[str, set[int]] | None = None) -> list[tuple[str, frozenset[str]]]:
    tags_of = {i: frozenset(t for t, members in (tagged or {}).items() if i in members) for i in range(n)}
    return [(f"p{i:06d}", tags_of[i]) for i in range(n)]


def sizes(waves: list[list[str]]) -> list[int]:
    return [len(w) for w in waves]


def check_partition(waves: list[list[str]], given: list[tuple[str, frozenset[str]]]) -> None:
    codes = [code for wave in waves for code in wave]
    assert len(codes) == len(set(codes)) and set(codes) == {code for code, _ in given}
    assert all(waves)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (7, [1, 1, 2, 3]),  # ceil(0.07)=1; ceil(0.7)=1 -> at least one more: 2; ceil(3.5)=4; the rest
        (100, [1, 9, 40, 50]),
        (100_000, [1_000, 9_000, 40_000, 50_000]),
        (1, [1]),  # later waves empty: dropped
        (2, [1, 1]),
        (0, []),
    ],
)
def test_percentages_are_cumulative_and_rounded_up(n: int, expected: list[int]) -> None:
    given = targets(n)
    waves = assign_waves(parse_waves(DEFAULT_WAVES), given, 7)
    assert sizes(waves) == expected
    check_partition(waves, given)


def test_counts_are_cumulative_and_each_wave_adds_at_least_one() -> None:
    given = targets(100)
    assert sizes(assign_waves(parse_waves("5,10,10,50%,3,100%"), given, 1)) == [5, 5, 1, 39, 1, 49]
    assert sizes(assign_waves(parse_waves("50%,10%,100%"), given, 1)) == [50, 1, 49]  # duplicates, shrinking


def test_the_last_wave_takes_every_target_left_whatever_it_says() -> None:
    given = targets(100, {"canary": {1}})
    assert sizes(assign_waves(parse_waves("10%,20%"), given, 1)) == [10, 90]
    assert sizes(assign_waves(parse_waves("10%,1"), given, 1)) == [10, 90]
    assert sizes(assign_waves(parse_waves("10%,tag:canary"), given, 1)) == [10, 90]
    assert sizes(assign_waves(parse_waves("5"), given, 1)) == [100]


def test_a_tag_wave_takes_its_targets_and_later_waves_count_them() -> None:
    given = targets(100, {"canary": {3, 50, 97}, "country:lu": set(range(20))})
    waves = assign_waves(parse_waves("tag:canary,100%"), given, 1)
    assert sorted(waves[0]) == ["p000003", "p000050", "p000097"] and sizes(waves) == [3, 97]
    waves = assign_waves(parse_waves("tag:canary,10%,tag:country:lu,50%,100%"), given, 1)
    check_partition(waves, given)
    assert sizes(waves)[:2] == [3, 7]  # 10 % reached counting the canaries
    lu = {f"p{i:06d}" for i in range(20)}
    assert set(waves[2]) == lu - set(waves[0]) - set(waves[1])  # the tagged ones not taken before
    assert sum(sizes(waves[:4])) == 50
    assert sizes(assign_waves(parse_waves("tag:canary,tag:canary,100%"), given, 1)) == [3, 97]  # duplicate


def test_a_tag_with_no_targets_gives_an_empty_wave_that_is_dropped() -> None:
    given = targets(10)
    assert sizes(assign_waves(parse_waves("tag:nobody,50%,100%"), given, 1)) == [5, 5]


def test_a_target_listed_twice_counts_once_with_its_first_tags() -> None:
    given = [("a", frozenset({"canary"})), ("b", frozenset()), ("a", frozenset())]
    assert assign_waves(parse_waves("tag:canary,100%"), given, 1) == [["a"], ["b"]]


def test_assignment_is_stable_for_a_rollout_and_differs_between_rollouts() -> None:
    given = targets(1000, {"canary": set(range(0, 1000, 10))})
    items = parse_waves("tag:canary,1%,10%,50%,100%")
    first = assign_waves(items, given, 42)
    assert assign_waves(items, list(reversed(given)), 42) == first  # the order given does not matter
    other = assign_waves(items, given, 43)
    assert sizes(other) == sizes(first) and other[1] != first[1]
    assert sorted(other[0]) == sorted(first[0])  # the same canaries, perhaps in another order
    key = order_key(42)
    for wave in first:
        assert wave == sorted(wave, key=key)  # each wave in hash order


def test_the_order_key_is_a_hash_that_does_not_change_between_processes() -> None:
    # FNV-1a seeded by the rollout id, then SplitMix64's finalizer: written down, so that a change
    # of the hash (which would move every platform of a recomputed wave) is seen.
    assert order_key(42)("p000001") == (6127933190401377718, "p000001")
    assert code_hash(0, "") != code_hash(1, "")  # the rollout id counts even for no characters


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(st.characters(blacklist_characters="\x00"), max_size=70), max_size=40),
    st.integers(0, 2**63),
)
def test_the_fleet_hash_is_the_one_code_hash(codes: list[str], rollout_id: int) -> None:
    """numpy's hash of many codes at once (padded to the longest) equals the plain one of each."""
    assert _code_hashes(codes, rollout_id).tolist() == [code_hash(rollout_id, c) for c in codes]
    unique = list(dict.fromkeys(codes))
    assert hash_order(unique, rollout_id) == sorted(unique, key=order_key(rollout_id))


def test_codes_whose_hashes_meet_are_ordered_by_code(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from core.rollouts import specs as module

    monkeypatch.setattr(module, "_code_hashes", lambda codes, _id: np.zeros(len(codes), dtype=np.uint64))
    assert hash_order(["b", "c", "a"], 1) == ["a", "b", "c"]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.builds(WaveItem, st.just("count"), st.integers(1, 300)),
            st.builds(WaveItem, st.just("percent"), st.integers(1, 100)),
            st.builds(WaveItem, st.just("tag"), st.sampled_from(["a", "b", "zz"])),
        ),
        min_size=1,
        max_size=8,
    ),
    st.integers(0, 200),
    st.integers(0, 2**31 - 1),
)
def test_waves_partition_the_targets_and_reach_what_they_promise(
    items: list[WaveItem], n: int, rollout_id: int
) -> None:
    given = targets(n, {"a": set(range(0, n, 3)), "b": set(range(0, n, 7))})
    waves = assign_waves(items, given, rollout_id)
    check_partition(waves, given)
    assert waves == reference_waves(items, given, rollout_id)


def reference_waves(
    items: list[WaveItem], given: list[tuple[str, frozenset[str]]], rollout_id: int
) -> list[list[str]]:
    """The rules of the issue, written out plainly (quadratic: for small fleets only)."""
    tags: dict[str, frozenset[str]] = {}
    for code, its in given:
        tags.setdefault(code, its)
    order = sorted(tags, key=order_key(rollout_id))
    taken: list[str] = []
    waves = []
    for number, item in enumerate(items, start=1):
        rest = [code for code in order if code not in taken]
        if number == len(items):
            wave = rest
        elif item.kind == "tag":
            wave = [code for code in rest if item.value in tags[code]]
        else:
            goal = int(item.value) if item.kind == "count" else math.ceil(int(item.value) * len(order) / 100)
            wave = rest[: min(len(order), max(goal, len(taken) + 1)) - len(taken)]
        taken += wave
        if wave:
            waves.append(wave)
    return waves


def test_error_sentences_are_filled_from_the_details(qapp: Any) -> None:
    from console.dialogs.error_text import message_for

    cases = [
        (parse_duration, ("1.5h",)),
        (parse_duration, ("400d",)),
        (parse_start_at, ("soon", NOW)),
        (parse_start_at, ("2h", NOW)),
        (parse_start_at, ("+400d", NOW)),
        (parse_window, ("Mon",)),
        (parse_window, ("Mon-Fry 09:00-10:00",)),
        (parse_window, ("Mon 09:00-25:00",)),
        (parse_window, ("Mon 09:00-09:00",)),
        (parse_window, ("Mon 09:00-10:00 Mars/Olympus",)),
        (parse_waves, ("half",)),
        (parse_waves, ("1,,2",)),
        (parse_waves, ("0%",)),
        (parse_waves, ("0",)),
        (parse_waves, ("tag:Bad",)),
        (parse_waves, (",".join(["1"] * 101),)),
    ]
    for fn, args in cases:
        with pytest.raises(InvalidInput) as raised:
            fn(*args)
        exc = raised.value
        text = message_for(exc.code, exc.message, exc.details)
        assert text and text != exc.message, (exc.code, exc.details)
