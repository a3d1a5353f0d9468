"""Nudge time arithmetic.

Instants are stored in UTC, but every schedule is computed on the person's local calendar in
their IANA zone, so a 19:00 nudge stays at 19:00 local when daylight saving starts or ends.
All datetime arguments must be timezone-aware (a naive one raises ValueError).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.timing import spoken_time

QUIET_START = time(22, 0)
QUIET_END = time(8, 0)

_CLOCK_MAX = 16
_CLOCK_RE = re.compile(
    r"(?P<hour>[0-9]{1,2})(?:\s*[:.h]\s*(?P<minute>[0-9]{2}))?\s*(?P<suffix>am|pm|h)?"
)


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")


def _wall(t: time) -> time:
    """`t` as a naive wall-clock time."""
    return t.replace(tzinfo=None, fold=0)


def is_quiet(t: time, start: time = QUIET_START, end: time = QUIET_END) -> bool:
    """Whether wall time `t` lies in [start, end); the window may cross midnight."""
    t, start, end = _wall(t), _wall(start), _wall(end)
    if start == end:
        return False
    if start < end:
        return start <= t < end
    return t >= start or t < end


def local_to_utc(day: date, at: time, zone: str) -> datetime:
    """The UTC instant of wall time `at` on local date `day` in `zone`.

    A time inside a spring-forward gap moves forward by the gap (02:30 -> 03:30); an
    ambiguous fall-back time resolves to its first occurrence.
    """
    if at.tzinfo is not None:
        raise ValueError("at must be a naive wall-clock time")
    # With fold=0, zoneinfo applies the offset in force before a transition: that is the
    # first occurrence of a repeated time and pushes a skipped time past the gap.
    local = datetime.combine(day, at.replace(fold=0), tzinfo=ZoneInfo(zone))
    return local.astimezone(UTC)


def local_now(now_utc: datetime, zone: str) -> datetime:
    """`now_utc` as an aware datetime in `zone`."""
    _require_aware(now_utc, "now_utc")
    return now_utc.astimezone(ZoneInfo(zone))


def first_nudge_date(
    now_utc: datetime, zone: str, at: time, min_lead: timedelta = timedelta(minutes=30)
) -> date:
    """Today's local date if today's `at` is at least `min_lead` away, else tomorrow's."""
    today = local_now(now_utc, zone).date()
    if local_to_utc(today, at, zone) - now_utc >= min_lead:
        return today
    return today + timedelta(days=1)


def week_due_times(start: date, at: time, zone: str, days: int = 7) -> list[datetime]:
    """UTC due times of `at` local on `days` consecutive local dates from `start`."""
    if days < 0:
        raise ValueError("days must not be negative")
    return [local_to_utc(start + timedelta(days=offset), at, zone) for offset in range(days)]


def day_of_week(start: date, now_utc: datetime, zone: str) -> int:
    """1-based number of today's local date counted from `start` (may be <1 or >7)."""
    return (local_now(now_utc, zone).date() - start).days + 1


def next_allowed(
    due_utc: datetime, zone: str, start: time = QUIET_START, end: time = QUIET_END
) -> datetime:
    """`due_utc`, or the end of the quiet hours it falls in (as UTC) if it falls in them."""
    local = local_now(due_utc, zone)
    wall = local.time()
    if not is_quiet(wall, start, end):
        return due_utc
    day = local.date()
    if _wall(start) > _wall(end) and wall >= _wall(start):
        day += timedelta(days=1)
    return local_to_utc(day, _wall(end), zone)


def parse_clock_time(text: str) -> time | None:
    """A wall time from "19:00", "7:30", "19.00", "19h", "7pm", "7:30 pm" or "19", or in words
    ("half past eight", «в полдевятого вечера», "a las ocho y media"), else None."""
    if len(text) > spoken_time.MAX_LENGTH:
        return None
    cleaned = text.strip().lower().replace("a.m.", "am").replace("p.m.", "pm")
    match = _CLOCK_RE.fullmatch(cleaned) if len(text) <= _CLOCK_MAX else None
    if match is None:
        return spoken_time.parse_spoken_time(text)
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    suffix = match["suffix"]
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def minute_time(minute: int) -> time:
    """Minutes after midnight (as stored) to a wall-clock time."""
    return time(minute // 60, minute % 60)


def hhmm(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"
