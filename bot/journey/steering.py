"""Seeing and steering the week: later, skip, the journal and the chart."""

from __future__ import annotations

from datetime import time, timedelta

from bot import schedule, week_view
from bot.journey import prompts
from bot.journey.core import (
    EVENING,
    Turn,
    hhmm,
    minute_time,
    week_arg,
    when,
)
from bot.replies import Button, ChartRequest, rows
from content import program
from storage.models import CheckIn, Week


async def btn_snooze_menu(turn: Turn, args: list[str]) -> bool:
    week = week_arg(turn, args[0], ("active",))
    day = int(args[1])
    if week is None or not 1 <= day <= program.WEEK_DAYS:
        return False
    zone = turn.user.timezone or "UTC"
    buttons = [Button(turn.t.plain("btn_snooze_hour"), f"zh:{week.id}:{day}:hour")]
    local = schedule.local_now(turn.now, zone)
    if local.time() < time(EVENING.hour - 1, EVENING.minute):
        evening = turn.t.plain("btn_snooze_evening", time=hhmm(EVENING))
        buttons.append(Button(evening, f"zh:{week.id}:{day}:evening"))
    turn.say(turn.t("snooze_q"), rows(*buttons, per_row=2))
    return True


async def btn_snooze(turn: Turn, args: list[str]) -> bool:
    week = week_arg(turn, args[0], ("active",))
    day, choice = int(args[1]), args[2]
    if week is None or not 1 <= day <= program.WEEK_DAYS or choice not in ("hour", "evening"):
        return False
    user, zone = turn.user, turn.user.timezone or "UTC"
    if choice == "hour":
        due = turn.now + timedelta(hours=1)
    else:
        due = schedule.local_to_utc(schedule.local_now(turn.now, zone).date(), EVENING, zone)
    due = schedule.next_allowed(
        due, zone, minute_time(user.quiet_start), minute_time(user.quiet_end)
    )
    await turn.repos.nudges.snooze(user.id, week.id, day, due)
    turn.say(turn.t("snoozed", when=when(turn, due)))
    return True


async def btn_skip_day(turn: Turn, args: list[str]) -> bool:
    week = week_arg(turn, args[0], ("active",))
    day = int(args[1])
    if week is None or not 1 <= day <= program.WEEK_DAYS:
        return False
    checkin = await turn.repos.checkins.get_or_create(week.id, day, turn.now)
    if checkin.mood is not None:
        return False  # answered already: a skip from an old message has passed
    checkin.skipped, checkin.answered_at = True, turn.now
    await turn.repos.nudges.cancel_snooze(week.id, day)
    nxt = await turn.repos.nudges.next_pending(week.id)
    next_text = when(turn, nxt.due_at) if nxt else turn.t.plain("status_no_next")
    turn.goto("week")
    turn.say(turn.t("skipped_day", day=day, next=next_text))
    return True


def _week_begun(turn: Turn) -> Week | None:
    """The latest week, if its days have begun: the one the journal and the chart show."""
    week = turn.week
    if week is None or week.status not in ("active", "completed", "stopped"):
        return None
    return week if week.start_date is not None else None


async def cmd_progress(turn: Turn) -> None:
    week = _week_begun(turn)
    if week is None:
        turn.say(turn.t("journal_nothing"))
        return
    checkins = await turn.repos.checkins.for_week(week.id)
    reflections = await turn.repos.reflections.for_week(week.id)
    turn.say(
        turn.t("progress_caption", anchor=week.anchor_name),
        chart=chart_request(turn, week, checkins),
    )
    turn.say(week_view.summary_text(turn.t, week, checkins, reflections))


def chart_request(turn: Turn, week: Week, checkins: list[CheckIn]) -> ChartRequest:
    points, labels = week_view.chart_inputs(turn.t, week, checkins)
    return ChartRequest(tuple(points), labels)


async def cmd_journal(turn: Turn) -> None:
    week = _week_begun(turn)
    if week is None:
        turn.say(turn.t("journal_nothing"))
        return
    checkins = await turn.repos.checkins.for_week(week.id)
    reflections = await turn.repos.reflections.for_week(week.id)
    days_open = await open_days(turn, week)
    messages = week_view.journal_messages(turn.t, week, checkins, reflections, days_open)
    for text in messages[:-1]:
        turn.say(text)
    buttons: tuple[tuple[Button, ...], ...] = ()
    if week.status == "active" and days_open:
        labels = [
            Button(turn.t.plain("btn_journal_day", day=d), f"jr:{week.id}:{d}")
            for d in sorted(days_open)
        ]
        buttons = rows(*labels, per_row=4)
        messages[-1] += "\n\n" + turn.t("journal_edit_hint")
    turn.say(messages[-1], buttons)


async def open_days(turn: Turn, week: Week) -> set[int]:
    """Days whose check-in has come (sent, missed or skipped): those can be filled in."""
    return {
        n.day
        for n in await turn.repos.nudges.for_week(week.id)
        if n.kind == "checkin" and n.status not in ("pending", "claimed", "cancelled")
    }


async def btn_journal_day(turn: Turn, args: list[str]) -> bool:
    week = week_arg(turn, args[0], ("active",))
    day = int(args[1])
    if week is None or day not in await open_days(turn, week):
        return False
    checkin = await turn.repos.checkins.get_or_create(week.id, day, turn.now)
    checkin.skipped = False
    turn.goto("week", day=day, edit=True)
    date_text = week_view.date_label(turn.t, week_view.day_date(week, day))
    buttons = prompts.mood_buttons(turn.t, week.id, day, edit=True)
    turn.say(turn.t("journal_edit_q", day=day, date=date_text), buttons)
    return True
