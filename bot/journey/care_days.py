"""When care changes the week: a run of the lowest mood, the care day and the day after it, the
week's close that waits for tomorrow, and the step beneath a care moment."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from bot.delivery.replies import Reply
from bot.journey.core import Ctx, Then, Turn
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
    if days == 1 and due.remembered_at is not None and due.remembered_at >= cared:
        return None  # the person's own first message that day already heard it
    return "checkin_mood_q_after_care_today" if days == 0 else "checkin_mood_q_after_care"


# A care moment this recent is the same night, whatever the clock's date says (23:30, then 00:20).
SAME_NIGHT = timedelta(hours=6)
_REMEMBERING = (NudgeKind.CHECKIN, NudgeKind.CLOSE)  # the nudges that open with it (hard_day)


async def remember_yesterday(turn: Turn) -> None:
    """The day after a care moment, the first answer to something the person starts themselves
    opens with one line about the hard day, unless that day's nudge already said it: once."""
    cared, zone = turn.cared_at, turn.user.timezone or "UTC"
    if cared is None or not any(r.to_chat is None for r in turn.out):
        return
    if turn.step in CARE_STEPS or turn.now - cared < SAME_NIGHT:
        return  # past midnight but the same night, or still talking: not "yesterday" yet
    day = _local_day(cared, zone) + timedelta(days=1)
    if _local_day(turn.now, zone) != day:
        return
    repos, user_id = turn.repos, turn.user.id
    if await repos.events.latest(user_id) != cared:  # a new care moment now: that comes first
        return
    said = await repos.events.latest(user_id, (EventKind.CARE_REMEMBERED,))
    if said is not None and said >= cared:
        return
    start, end = (local_to_utc(d, time(0), zone) for d in (day, day + timedelta(days=1)))
    if await repos.nudges.sent_between(user_id, _REMEMBERING, start, end):
        return  # the day's check-in (or the week's close) said it
    first = next(i for i, r in enumerate(turn.out) if r.to_chat is None)
    turn.out.insert(first, Reply(turn.t("care_yesterday")))
    week_id = turn.week.id if turn.week is not None else None
    await repos.events.add(user_id, week_id, EventKind.CARE_REMEMBERED, turn.now)


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


def care_open(turn: Turn) -> bool:
    """Whether a care conversation is open: asked now, or beneath a question started over it
    (/settings typed during care)."""
    return turn.step in CARE_STEPS or any(frame.then == Then.CARE for frame in turn.ctx.stack)


def beneath(turn: Turn) -> tuple[Step, Ctx]:
    """The step and context under a care moment (for a check-in that arrives during it)."""
    ctx = turn.ctx
    if turn.step not in CARE_STEPS or not ctx.stack:
        return turn.step, ctx
    frame = ctx.stack[-1]
    under = Ctx.load(frame.ctx)
    under.stack = ctx.stack[:-1]
    return frame.step, under
