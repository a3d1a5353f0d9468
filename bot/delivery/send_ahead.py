"""Check-ins on time at scale: how far ahead the dispatcher may claim.

At Telegram's ~30 messages a second a bot sends 108,000 an hour, and people who keep the same
local time in zones with the same offset all fall due in the same minute. Sent strictly from
their minute on, the last of 20,000 at 19:00 would go out past 19:10 (with the replies their
answers need, later still). So a check-in may go out a little before its minute, but only as
early as the wave needs: planned backwards from each minute ("as late as possible"), a group
starts early only when the groups after it could not all go out by their own minute. With no
wave, every check-in goes out at its minute. Never more than `window` early, never inside the
person's quiet hours (the dispatcher hands such a claim back until they end), and computed on
UTC instants, so daylight saving moves nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

from bot.timing import schedule

EARLY_WINDOW = timedelta(minutes=20)  # the most a check-in goes out before its minute
NUDGE_SHARE = 0.5  # of the overall send rate, what check-ins plan on (replies go first)


def claim_horizon(
    now: datetime,
    overdue: int,
    ahead: Sequence[tuple[datetime, int]],
    rate: float,
    window: timedelta = EARLY_WINDOW,
) -> datetime:
    """The latest due time to claim check-ins up to now: `now` when nothing needs to start early.

    `overdue`: check-ins already due and waiting; `ahead`: (due time, how many) of those due in
    (now, now + window]; `rate`: check-ins a second the dispatcher can count on.
    """
    if rate <= 0 or not ahead:
        return now
    # The backlog goes first: the groups ahead can start only once it is out.
    free_from = now + timedelta(seconds=overdue / rate)
    horizon = now
    start: datetime | None = None
    for due, count in sorted(ahead, reverse=True):
        if due > now + window:
            continue
        finish = due if start is None else min(due, start)
        start = finish - timedelta(seconds=count / rate)
        if start <= free_from:
            horizon = max(horizon, due)
            break  # every earlier group starts earlier still
    return horizon


def early_hold(
    due_at: datetime,
    now: datetime,
    zone: str,
    quiet: tuple[time, time],
    night_ok: bool,
) -> datetime | None:
    """A check-in claimed ahead whose person is still in quiet hours: when it may go (their
    end, or its own minute if sooner). None: it may go now."""
    if now >= due_at or night_ok:
        return None
    start, end = quiet
    if not schedule.is_quiet(schedule.local_now(now, zone).time(), start, end):
        return None
    return min(due_at, schedule.next_allowed(now, zone, start, end))
