"""Check-ins on time in a wave (send_ahead.py): when more people fall due in one minute than
the send rate can reach by then, the dispatcher starts early, as little as the wave needs, never
more than the window, never inside a person's quiet hours; with no wave nothing goes early.
Through the real dispatcher and repositories, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

from bot.app import Core
from bot.delivery.send_ahead import claim_horizon
from bot.timing import schedule
from bot.timing.clock import ManualClock
from storage.repositories import PENDING, SENT
from tests.conftest import START
from tests.test_storage_dispatch import (
    RecordingSender,
    bulk_people,
    checkin_person,
    db,  # noqa: F401  (the fixture, on both databases)
    db_url,  # noqa: F401
    dispatcher,
    nudges,
    status_of,
)

WINDOW = timedelta(minutes=20)


def test_with_no_wave_nothing_is_claimed_ahead() -> None:
    now = START
    ahead = [(now + timedelta(minutes=5), 1), (now + timedelta(minutes=12), 40)]
    assert claim_horizon(now, 0, ahead, rate=15.0, window=WINDOW) == now


def test_a_wave_starts_as_late_as_it_can_and_still_ends_on_its_minute() -> None:
    due = START + timedelta(minutes=10)
    # 9,000 at 15 a second: ten minutes of sending, so it must start now.
    assert claim_horizon(START, 0, [(due, 9_000)], rate=15.0, window=WINDOW) == due
    # Due a minute later: it can start a minute later, so not yet.
    later = due + timedelta(minutes=1)
    assert claim_horizon(START, 0, [(later, 9_000)], rate=15.0, window=WINDOW) == START
    # What is already waiting goes first: 900 waiting (one minute) make the later wave start now.
    assert claim_horizon(START, 900, [(later, 9_000)], rate=15.0, window=WINDOW) == later


def test_a_wave_pulls_the_groups_before_it_forward_but_never_past_the_window() -> None:
    first, second = START + timedelta(minutes=5), START + timedelta(minutes=15)
    # 15 minutes of sending in all: the wave at 15 starts in 7 s, so the small group due at 5
    # (alone, it would wait for its minute) must go now, out of its way.
    ahead = [(first, 100), (second, 13_400)]
    assert claim_horizon(START, 0, ahead, rate=15.0, window=WINDOW) == first
    # A wave that needs all 15 minutes starts now, with the group before it.
    ahead = [(first, 100), (second, 13_500)]
    assert claim_horizon(START, 0, ahead, rate=15.0, window=WINDOW) == second
    # However big, a wave beyond the window is not touched yet.
    far = START + WINDOW + timedelta(minutes=1)
    assert claim_horizon(START, 0, [(far, 10**6)], rate=15.0, window=WINDOW) == START


async def test_a_wave_goes_out_early_enough_to_be_on_time_and_no_earlier(
    db: Core,  # noqa: F811
    clock: ManualClock,
) -> None:
    due = START + timedelta(minutes=10)
    await bulk_people(db, 600, due)  # at 2 a second: five minutes of sending
    sender = RecordingSender()
    run = dispatcher(db, sender, nudge_rate=2.0, early_window=WINDOW)
    await run.run_once()
    assert sender.sent == []  # ten minutes ahead, five would do: not yet
    clock.advance(minutes=4)
    await run.run_once()
    assert sender.sent == []
    clock.advance(minutes=1, seconds=1)  # now five minutes are needed: the wave begins
    await run.run_once()
    # A batch went out; what is left is planned again (this sender has no rate limit: the rest
    # can wait for its own time).
    begun = len(sender.sent)
    assert 0 < begun < 600
    clock.set(due)
    await run.run_once()
    assert len(sender.sent) == 600
    assert Counter(n.status for n in (await nudges(db)).values()) == Counter({SENT: 600})


async def test_a_lone_check_in_goes_at_its_minute(
    db: Core,  # noqa: F811
    clock: ManualClock,
) -> None:
    person = await checkin_person(db, 1, START + timedelta(minutes=5))
    sender = RecordingSender()
    run = dispatcher(db, sender, nudge_rate=1.0, early_window=WINDOW)
    await run.run_once()
    clock.advance(minutes=4, seconds=58)  # it needs one second of sending: two to go
    await run.run_once()
    assert sender.sent == []
    clock.advance(seconds=2)
    await run.run_once()
    assert await status_of(db, person) == [SENT]


async def test_nothing_goes_earlier_than_the_window_however_big_the_wave(
    db: Core,  # noqa: F811
    clock: ManualClock,
) -> None:
    due = START + WINDOW + timedelta(minutes=1)
    await bulk_people(db, 300, due)  # at 0.1 a second: 50 minutes would be needed
    sender = RecordingSender()
    run = dispatcher(db, sender, nudge_rate=0.1, early_window=WINDOW)
    await run.run_once()
    assert sender.sent == []
    clock.advance(minutes=1)  # exactly the window before its minute
    await run.run_once()
    assert len(sender.sent) == 300


async def wave_at(
    core: Core, zone: str, day: date, at: time, people: int, **kw: object
) -> datetime:
    due = schedule.week_due_times(day, at, zone, days=1)[0]
    for n in range(people):
        await checkin_person(core, 100 + n, due, zone=zone, **kw)  # type: ignore[arg-type]
    return due


async def test_a_wave_after_the_night_waits_for_the_quiet_hours_to_end(
    db: Core,  # noqa: F811
    clock: ManualClock,
) -> None:
    """08:00 check-ins in Tokyo: the wave would start at 07:50, still night: they wait for
    08:00; a person who allowed night-time nudges gets theirs early."""
    due = await wave_at(db, "Asia/Tokyo", START.date() + timedelta(days=1), time(8), 60)
    owl = await checkin_person(db, 1, due, zone="Asia/Tokyo", night_ok=True)
    clock.set(due - timedelta(minutes=10))
    sender = RecordingSender()
    run = dispatcher(db, sender, nudge_rate=0.1, early_window=WINDOW)
    await run.run_once()
    assert sender.chats == [1]
    assert await status_of(db, owl) == [SENT]
    waiting = [n for n in (await nudges(db)).values() if n.status == PENDING]
    assert len(waiting) == 60
    assert {n.retry_at for n in waiting} == {due}  # 08:00 in Tokyo: the end of the night
    clock.set(due - timedelta(seconds=1))
    await run.run_once()
    assert len(sender.sent) == 1
    clock.set(due)
    await run.run_once()
    assert len(sender.sent) == 61


async def test_daylight_saving_moves_neither_the_window_nor_the_night(
    db: Core,  # noqa: F811
    clock: ManualClock,
) -> None:
    """Berlin springs forward on 29 March 2026: 08:00 that morning is 06:00 UTC (not 07:00).
    A wave due then, started early, waits for 06:00 UTC exactly, and not a minute more."""
    day = date(2026, 3, 29)
    due = await wave_at(db, "Europe/Berlin", day, time(8), 40)
    assert due == datetime(2026, 3, 29, 6, 0, tzinfo=UTC)
    clock.set(due - timedelta(minutes=5))  # 07:55 summer time, still night; 6.7 min needed
    sender = RecordingSender()
    run = dispatcher(db, sender, nudge_rate=0.1, early_window=WINDOW)
    await run.run_once()
    assert sender.sent == []
    assert {n.retry_at for n in (await nudges(db)).values()} == {due}
    clock.set(due)
    await run.run_once()
    assert len(sender.sent) == 40
