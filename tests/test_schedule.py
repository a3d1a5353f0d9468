"""Nudge time arithmetic: DST, quiet hours, first-day choice, clock-time parsing."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.timing.schedule import (
    QUIET_END,
    QUIET_START,
    day_of_week,
    first_nudge_date,
    is_quiet,
    local_now,
    local_to_utc,
    next_allowed,
    parse_clock_time,
    week_due_times,
)

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"
TOKYO = "Asia/Tokyo"


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# --- DST across a week -----------------------------------------------------------------


def test_berlin_week_across_spring_forward_keeps_local_time() -> None:
    due = week_due_times(date(2026, 3, 26), time(19, 0), BERLIN)
    assert due == [
        utc(2026, 3, 26, 18, 0),
        utc(2026, 3, 27, 18, 0),
        utc(2026, 3, 28, 18, 0),
        utc(2026, 3, 29, 17, 0),
        utc(2026, 3, 30, 17, 0),
        utc(2026, 3, 31, 17, 0),
        utc(2026, 4, 1, 17, 0),
    ]
    local = [d.astimezone(ZoneInfo(BERLIN)) for d in due]
    assert [(d.date(), d.time()) for d in local] == [
        (date(2026, 3, 26) + timedelta(days=i), time(19, 0)) for i in range(7)
    ]
    assert all(d.tzinfo is UTC for d in due)


def test_new_york_week_across_fall_back_keeps_local_time() -> None:
    due = week_due_times(date(2026, 10, 29), time(19, 0), NEW_YORK)
    assert due == [
        utc(2026, 10, 29, 23, 0),
        utc(2026, 10, 30, 23, 0),
        utc(2026, 10, 31, 23, 0),
        utc(2026, 11, 2, 0, 0),
        utc(2026, 11, 3, 0, 0),
        utc(2026, 11, 4, 0, 0),
        utc(2026, 11, 5, 0, 0),
    ]
    assert {d.astimezone(ZoneInfo(NEW_YORK)).time() for d in due} == {time(19, 0)}


def test_week_due_times_length() -> None:
    assert week_due_times(date(2026, 1, 1), time(8, 0), "UTC", days=3) == [
        utc(2026, 1, 1, 8, 0),
        utc(2026, 1, 2, 8, 0),
        utc(2026, 1, 3, 8, 0),
    ]
    assert week_due_times(date(2026, 1, 1), time(8, 0), "UTC", days=0) == []
    with pytest.raises(ValueError):
        week_due_times(date(2026, 1, 1), time(8, 0), "UTC", days=-1)


# --- local_to_utc: gaps and repeats --------------------------------------------------------


def test_local_to_utc_plain() -> None:
    assert local_to_utc(date(2026, 1, 15), time(19, 0), BERLIN) == utc(2026, 1, 15, 18, 0)
    assert local_to_utc(date(2026, 7, 15), time(19, 0), BERLIN) == utc(2026, 7, 15, 17, 0)
    assert local_to_utc(date(2026, 1, 15), time(9, 30), TOKYO) == utc(2026, 1, 15, 0, 30)
    assert local_to_utc(date(2026, 1, 15), time(5, 0), TOKYO) == utc(2026, 1, 14, 20, 0)


def test_local_to_utc_spring_forward_gap_moves_forward() -> None:
    # 02:30 does not exist in Berlin on 2026-03-29; it becomes 03:30 CEST.
    result = local_to_utc(date(2026, 3, 29), time(2, 30), BERLIN)
    assert result == utc(2026, 3, 29, 1, 30)
    assert result.astimezone(ZoneInfo(BERLIN)).time() == time(3, 30)
    # New York skips 02:00-03:00 on 2026-03-08.
    result = local_to_utc(date(2026, 3, 8), time(2, 15), NEW_YORK)
    assert result == utc(2026, 3, 8, 7, 15)
    assert result.astimezone(ZoneInfo(NEW_YORK)).time() == time(3, 15)


def test_local_to_utc_edges_of_gap() -> None:
    assert local_to_utc(date(2026, 3, 29), time(1, 59), BERLIN) == utc(2026, 3, 29, 0, 59)
    assert local_to_utc(date(2026, 3, 29), time(3, 0), BERLIN) == utc(2026, 3, 29, 1, 0)


def test_local_to_utc_ambiguous_takes_first_occurrence() -> None:
    # 02:30 happens twice in Berlin on 2026-10-25: first at CEST (+2), then at CET (+1).
    assert local_to_utc(date(2026, 10, 25), time(2, 30), BERLIN) == utc(2026, 10, 25, 0, 30)
    # 01:30 happens twice in New York on 2026-11-01: first at EDT (-4).
    assert local_to_utc(date(2026, 11, 1), time(1, 30), NEW_YORK) == utc(2026, 11, 1, 5, 30)
    folded = time(1, 30, fold=1)
    assert local_to_utc(date(2026, 11, 1), folded, NEW_YORK) == utc(2026, 11, 1, 5, 30)


def test_local_to_utc_rejects_aware_time() -> None:
    with pytest.raises(ValueError):
        local_to_utc(date(2026, 1, 15), time(19, 0, tzinfo=UTC), BERLIN)


# --- local_now / day_of_week ---------------------------------------------------------------


def test_local_now() -> None:
    now = local_now(utc(2026, 3, 29, 1, 30), BERLIN)
    assert now.replace(tzinfo=None) == datetime(2026, 3, 29, 3, 30)
    assert now.utcoffset() == timedelta(hours=2)
    other = datetime(2026, 1, 15, 15, 0, tzinfo=timezone(timedelta(hours=3)))
    assert local_now(other, "UTC").replace(tzinfo=None) == datetime(2026, 1, 15, 12, 0)


def test_day_of_week_uses_local_date() -> None:
    start = date(2026, 3, 26)
    assert day_of_week(start, utc(2026, 3, 26, 22, 59), BERLIN) == 1
    assert day_of_week(start, utc(2026, 3, 26, 23, 0), BERLIN) == 2
    assert day_of_week(start, utc(2026, 3, 25, 12, 0), BERLIN) == 0
    assert day_of_week(start, utc(2026, 4, 2, 12, 0), BERLIN) == 8
    # 16:00 UTC on the 25th is already the 26th in Tokyo.
    assert day_of_week(start, utc(2026, 3, 25, 16, 0), TOKYO) == 1
    # 02:00 UTC on the 27th is still the 26th in New York.
    assert day_of_week(start, utc(2026, 3, 27, 2, 0), NEW_YORK) == 1


# --- first_nudge_date ---------------------------------------------------------------------


def test_first_nudge_date_lead_boundary() -> None:
    at = time(19, 0)
    # Berlin is UTC+1 in January: 19:00 local is 18:00 UTC.
    assert first_nudge_date(utc(2026, 1, 15, 17, 0), BERLIN, at) == date(2026, 1, 15)
    assert first_nudge_date(utc(2026, 1, 15, 17, 30), BERLIN, at) == date(2026, 1, 15)
    assert first_nudge_date(utc(2026, 1, 15, 17, 30, 1), BERLIN, at) == date(2026, 1, 16)
    assert first_nudge_date(utc(2026, 1, 15, 18, 30), BERLIN, at) == date(2026, 1, 16)


def test_first_nudge_date_custom_lead() -> None:
    at = time(19, 0)
    now = utc(2026, 1, 15, 17, 0)
    assert first_nudge_date(now, BERLIN, at, min_lead=timedelta(hours=1)) == date(2026, 1, 15)
    assert first_nudge_date(now, BERLIN, at, min_lead=timedelta(hours=2)) == date(2026, 1, 16)


def test_first_nudge_date_near_midnight() -> None:
    # 23:30 UTC on the 15th is 00:30 on the 16th in Berlin: today's 08:00 is still ahead.
    assert first_nudge_date(utc(2026, 1, 15, 23, 30), BERLIN, time(8, 0)) == date(2026, 1, 16)
    # 23:50 in Tokyo: 19:00 has passed, so the first nudge is tomorrow (local).
    assert first_nudge_date(utc(2026, 1, 15, 14, 50), TOKYO, time(19, 0)) == date(2026, 1, 16)
    # 22:00 on the 15th in New York (03:00 UTC on the 16th).
    ny_now = utc(2026, 1, 16, 3, 0)
    assert first_nudge_date(ny_now, NEW_YORK, time(23, 0)) == date(2026, 1, 15)
    assert first_nudge_date(ny_now, NEW_YORK, time(22, 15)) == date(2026, 1, 16)
    # 23:45 local with a 23:59 nudge: too close, so tomorrow.
    assert first_nudge_date(utc(2026, 1, 15, 22, 45), BERLIN, time(23, 59)) == date(2026, 1, 16)


def test_first_nudge_date_on_dst_day() -> None:
    # 16:20 UTC on 2026-03-29 is 18:20 CEST: 19:00 is only 40 minutes away.
    assert first_nudge_date(utc(2026, 3, 29, 16, 20), BERLIN, time(19, 0)) == date(2026, 3, 29)
    assert first_nudge_date(utc(2026, 3, 29, 16, 40), BERLIN, time(19, 0)) == date(2026, 3, 30)


# --- quiet hours --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("t", "quiet"),
    [
        (time(21, 59), False),
        (time(22, 0), True),
        (time(23, 59), True),
        (time(0, 0), True),
        (time(3, 0), True),
        (time(7, 59), True),
        (time(8, 0), False),
        (time(12, 0), False),
    ],
)
def test_is_quiet_crossing_midnight(t: time, quiet: bool) -> None:
    assert is_quiet(t) is quiet
    assert is_quiet(t, QUIET_START, QUIET_END) is quiet


@pytest.mark.parametrize(
    ("t", "quiet"),
    [
        (time(12, 59), False),
        (time(13, 0), True),
        (time(14, 59), True),
        (time(15, 0), False),
        (time(23, 0), False),
    ],
)
def test_is_quiet_same_day_window(t: time, quiet: bool) -> None:
    assert is_quiet(t, time(13, 0), time(15, 0)) is quiet


def test_is_quiet_empty_window() -> None:
    for t in (time(0, 0), time(22, 0), time(23, 59)):
        assert is_quiet(t, time(22, 0), time(22, 0)) is False


def test_is_quiet_ignores_tzinfo_on_time() -> None:
    assert is_quiet(time(23, 0, tzinfo=UTC)) is True


# --- next_allowed -------------------------------------------------------------------------


def test_next_allowed_outside_quiet_hours_unchanged() -> None:
    due = utc(2026, 1, 15, 18, 0)
    assert next_allowed(due, BERLIN) is due
    assert next_allowed(utc(2026, 1, 15, 7, 0), BERLIN) == utc(2026, 1, 15, 7, 0)


def test_next_allowed_evening_moves_to_next_morning() -> None:
    # 22:30 Berlin -> 08:00 Berlin the next day.
    assert next_allowed(utc(2026, 1, 15, 21, 30), BERLIN) == utc(2026, 1, 16, 7, 0)
    # 22:00 exactly is quiet.
    assert next_allowed(utc(2026, 1, 15, 21, 0), BERLIN) == utc(2026, 1, 16, 7, 0)


def test_next_allowed_early_morning_moves_to_same_morning() -> None:
    # 06:00 Berlin -> 08:00 Berlin the same day.
    assert next_allowed(utc(2026, 1, 16, 5, 0), BERLIN) == utc(2026, 1, 16, 7, 0)
    # 00:10 Berlin on the 16th (still the 15th in UTC) -> 08:00 on the 16th.
    assert next_allowed(utc(2026, 1, 15, 23, 10), BERLIN) == utc(2026, 1, 16, 7, 0)


def test_next_allowed_uses_the_persons_zone() -> None:
    # 23:00 in Tokyo -> 08:00 JST next day, which is 23:00 UTC the same UTC day.
    assert next_allowed(utc(2026, 1, 15, 14, 0), TOKYO) == utc(2026, 1, 15, 23, 0)
    # 14:00 UTC is 09:00 in New York: not quiet.
    assert next_allowed(utc(2026, 1, 15, 14, 0), NEW_YORK) == utc(2026, 1, 15, 14, 0)


def test_next_allowed_across_spring_forward() -> None:
    # 23:00 CET on 2026-03-28 -> 08:00 CEST on 2026-03-29 (06:00 UTC, not 07:00).
    assert next_allowed(utc(2026, 3, 28, 22, 0), BERLIN) == utc(2026, 3, 29, 6, 0)


def test_next_allowed_custom_windows() -> None:
    due = utc(2026, 1, 15, 13, 0)  # 14:00 Berlin
    assert next_allowed(due, BERLIN, time(13, 0), time(15, 0)) == utc(2026, 1, 15, 14, 0)
    assert next_allowed(due, BERLIN, time(22, 0), time(22, 0)) is due


# --- naive datetimes ----------------------------------------------------------------------


def test_naive_datetimes_rejected() -> None:
    naive = datetime(2026, 1, 15, 12, 0)
    with pytest.raises(ValueError):
        local_now(naive, BERLIN)
    with pytest.raises(ValueError):
        first_nudge_date(naive, BERLIN, time(19, 0))
    with pytest.raises(ValueError):
        day_of_week(date(2026, 1, 15), naive, BERLIN)
    with pytest.raises(ValueError):
        next_allowed(naive, BERLIN)


# --- parse_clock_time ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19:00", time(19, 0)),
        ("7:30", time(7, 30)),
        ("07:05", time(7, 5)),
        ("19.00", time(19, 0)),
        ("19h", time(19, 0)),
        ("19h30", time(19, 30)),
        ("8H", time(8, 0)),
        ("7pm", time(19, 0)),
        ("7 PM", time(19, 0)),
        ("7:30 pm", time(19, 30)),
        ("7:30pm", time(19, 30)),
        ("7 p.m.", time(19, 0)),
        ("9am", time(9, 0)),
        ("12am", time(0, 0)),
        ("12:30 am", time(0, 30)),
        ("12pm", time(12, 0)),
        ("19", time(19, 0)),
        ("0", time(0, 0)),
        ("0:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("  20:00  ", time(20, 0)),
    ],
)
def test_parse_clock_time_valid(text: str, expected: time) -> None:
    assert parse_clock_time(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "evening",
        "24:00",
        "19:60",
        "25",
        "123",
        "13pm",
        "0am",
        "7:5",
        "7:300",
        "19:00:00",
        "-1",
        "1 9",
        "7 pm tomorrow",
        "19:00" + " " * 20,
        "1" * 200,
        "٧:٣٠",
    ],
)
def test_parse_clock_time_invalid(text: str) -> None:
    assert parse_clock_time(text) is None
