"""When care changes the week: a run of the lowest mood, the care day and the day after it, the
week's close that waits for tomorrow, and the step beneath a care moment."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.journey.core import Ctx, Turn
from bot.journey.steps import Step
from bot.timing.schedule import local_now, local_to_utc
from storage.models import EventKind, Week
from storage.nudge_enums import NudgeKind
from storage.repositories import DueNudge

CARE_STEPS = frozenset({Step.CARE, Step.CARE_STAY})
LOW_MOOD_MAX = 1  # the lowest mood
LOW_RUN = 3  # days in a row


def low_runs(moods: dict[int, int | None]) -> int:
    """How many separate runs of LOW_RUN or more days in a row at the lowest mood."""
    runs = streak = 0
    previous: int | None = None
    for day in sorted(moods):
        mood = moods[day]
        low = mood is not None and mood <= LOW_MOOD_MAX
        streak = streak + 1 if low and previous == day - 1 and streak else (1 if low else 0)
        previous = day
        if streak == LOW_RUN:
            runs += 1
    return runs


async def low_mood_due(turn: Turn, week: Week) -> bool:
    """A new run of low days that no care moment has answered yet (one word per run)."""
    moods = {c.day: c.mood for c in await turn.repos.checkins.for_week(week.id)}
    cared = await turn.repos.events.count(turn.user.id, week.id, EventKind.LOW_MOOD)
    return low_runs(moods) > cared


def _local_day(at: datetime, zone: str) -> date:
    return local_now(at, zone).date()


def care_day(turn: Turn) -> bool:
    """The care conversation is open, or a care moment came earlier this local day: no praise,
    no extra questions, and the week's close waits for tomorrow unless they ask for it."""
    if turn.step in CARE_STEPS:
        return True
    cared, zone = turn.cared_at, turn.user.timezone or "UTC"
    return cared is not None and _local_day(cared, zone) == _local_day(turn.now, zone)


def hard_day(due: DueNudge) -> str | None:
    """A nudge's words after a care moment: "Today sounded really hard." on the care day itself,
    "Yesterday sounded really hard." on the next local day, by the person's clock; else None.
    Only the day's check-in (or the week's close put off to the next day) says it: once."""
    cared = due.cared_at
    if due.kind not in (NudgeKind.CHECKIN, NudgeKind.CLOSE) or cared is None:
        return None
    days = (_local_day(due.due_at, due.timezone) - _local_day(cared, due.timezone)).days
    if due.due_at < cared or days > 1:
        return None
    return "checkin_mood_q_after_care_today" if days == 0 else "checkin_mood_q_after_care"


def close_waits(due: DueNudge, now: datetime) -> datetime | None:
    """When the week's close that falls due on a care day (or while the care conversation is
    open) comes instead: the next local day at its usual time. None: it goes now."""
    if due.kind != NudgeKind.CLOSE or due.cared_at is None:
        return None
    zone = due.timezone
    today = _local_day(now, zone)
    talking = due.step in {s.value for s in CARE_STEPS} and now - due.cared_at < timedelta(days=1)
    if _local_day(due.cared_at, zone) != today and not talking:
        return None
    return local_to_utc(today + timedelta(days=1), local_now(due.due_at, zone).time(), zone)


def beneath(turn: Turn) -> tuple[Step, Ctx]:
    """The step and context under a care moment (for a check-in that arrives during it)."""
    ctx = turn.ctx
    if turn.step not in CARE_STEPS or not ctx.stack:
        return turn.step, ctx
    frame = ctx.stack[-1]
    under = Ctx.load(frame.ctx)
    under.stack = ctx.stack[:-1]
    return frame.step, under
