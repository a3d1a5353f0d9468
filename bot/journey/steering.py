"""Seeing and steering the week: later, skip, the journal (and changing a past day), the charts."""

from __future__ import annotations

from datetime import time, timedelta

from bot.charts.data import MAX_WEEKS
from bot.delivery.replies import Button, ChartRequest, WeeksChartRequest, rows
from bot.journey import anchor_steps, care_days, taps
from bot.journey.core import EVENING, Turn, next_text, open_days, week_of, when
from bot.journey.engine import Part, ask
from bot.journey.steps import Step
from bot.journey.words import button, mood_buttons
from bot.text import week_view
from bot.timing import schedule
from bot.timing.schedule import hhmm, minute_time
from content import program
from storage.models import CheckIn, Week, WeekStatus

PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)


@PART.anywhere(taps.SnoozeMenu)
async def tap_snooze_menu(turn: Turn, tap: taps.SnoozeMenu) -> bool:
    week = week_of(turn, tap.week, WeekStatus.ACTIVE)
    if week is None or not 1 <= tap.day <= program.WEEK_DAYS:
        return False
    t, zone = turn.t, turn.user.timezone or "UTC"
    buttons = [button(t.plain("btn_snooze_hour"), taps.Snooze(week.id, tap.day, "hour"))]
    local = schedule.local_now(turn.now, zone)
    if local.time() < time(EVENING.hour - 1, EVENING.minute):
        evening = t.plain("btn_snooze_evening", time=hhmm(EVENING))
        buttons.append(button(evening, taps.Snooze(week.id, tap.day, "evening")))
    turn.say(t("snooze_q"), rows(*buttons, per_row=2))
    return True


@PART.anywhere(taps.Snooze)
async def tap_snooze(turn: Turn, tap: taps.Snooze) -> bool:
    week = week_of(turn, tap.week, WeekStatus.ACTIVE)
    if week is None or not 1 <= tap.day <= program.WEEK_DAYS:
        return False
    if tap.choice not in ("hour", "evening"):
        return False
    user, zone = turn.user, turn.user.timezone or "UTC"
    if tap.choice == "hour":
        wanted = turn.now + timedelta(hours=1)
    else:
        wanted = schedule.local_to_utc(schedule.local_now(turn.now, zone).date(), EVENING, zone)
    quiet = minute_time(user.quiet_start), minute_time(user.quiet_end)
    due = schedule.next_allowed(wanted, zone, *quiet)
    await turn.repos.nudges.snooze(user.id, week.id, tap.day, due)
    if due != wanted:  # the hour fell in quiet hours: say so, or the later time looks like a slip
        wanted_at = hhmm(schedule.local_now(wanted, zone).time())
        turn.say(turn.t("snoozed_quiet", wanted=wanted_at, when=when(turn, due)))
    else:
        turn.say(turn.t("snoozed", when=when(turn, due)))
    return True


@PART.anywhere(taps.SkipDay)
async def tap_skip_day(turn: Turn, tap: taps.SkipDay) -> bool:
    week = week_of(turn, tap.week, WeekStatus.ACTIVE)
    if week is None or not 1 <= tap.day <= program.WEEK_DAYS:
        return False
    checkin = await turn.repos.checkins.get_or_create(week.id, tap.day, turn.now)
    if checkin.mood is not None:
        return False  # answered already: a skip from an old message has passed
    checkin.skipped, checkin.answered_at = True, turn.now
    await turn.repos.nudges.cancel_snooze(week.id, tap.day)
    cared = care_days.care_open(turn)  # care is never closed by a check-in's button
    if not cared:
        turn.goto(Step.WEEK)
    turn.say(turn.t("skipped_day", day=tap.day, next=await next_text(turn, week)))
    if cared:
        await ask(turn)  # the care conversation goes on
    return True


def _week_begun(turn: Turn) -> Week | None:
    """The latest week, if its days have begun: the one the journal and the chart show."""
    week = turn.week
    if week is None or week.status == WeekStatus.SETUP:
        return None
    return week if week.start_date is not None else None


async def cmd_progress(turn: Turn) -> None:
    week = _week_begun(turn)
    if week is not None:
        await show_week(turn, week)
        await show_weeks_so_far(turn)
        return
    behind = await turn.repos.weeks.begun(turn.user.id)
    if not behind:
        turn.say(turn.t("journal_nothing"))
        return
    # Setting up the next week: the weeks behind them, then the question they were at.
    await show_week(turn, behind[-1])
    await show_weeks_so_far(turn)
    await ask(turn)


async def show_week(turn: Turn, week: Week, summary_first: bool = False) -> None:
    """The chart with its caption and the summary; a finished week is not "so far"."""
    checkins = await turn.repos.checkins.for_week(week.id)
    reflections = await turn.repos.reflections.for_week(week.id)
    summary = week_view.summary_text(turn.t, week, checkins, reflections)
    key = "progress_caption" if week.status == WeekStatus.ACTIVE else "progress_caption_done"
    caption = turn.t(key, anchor=anchor_steps.both(turn.t, week)[0])  # "Mira and Jo"
    if summary_first:
        turn.say(summary)
    turn.say(caption, chart=chart_request(turn, week, checkins))
    if not summary_first:
        turn.say(summary)


async def show_weeks_so_far(turn: Turn) -> None:
    """With more than one week behind them: every week on one chart, a line of words for each."""
    weeks = await turn.repos.weeks.begun(turn.user.id)
    if len(weeks) < 2:
        return
    shown = [(w, await turn.repos.checkins.for_week(w.id)) for w in weeks[-MAX_WEEKS:]]
    lines, labels = week_view.weeks_chart_inputs(turn.t, shown)
    text = week_view.weeks_text(turn.t, shown, total=len(weeks))
    turn.say(text, chart=WeeksChartRequest(tuple(lines), labels))


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
    if week.status == WeekStatus.ACTIVE and days_open:
        labels = [
            button(turn.t.plain("btn_journal_day", day=d), taps.JournalDay(week.id, d))
            for d in sorted(days_open)
        ]
        buttons = rows(*labels, per_row=4)
        messages[-1] += "\n\n" + turn.t("journal_edit_hint")
    turn.say(messages[-1], buttons)


@PART.anywhere(taps.JournalDay)
async def tap_journal_day(turn: Turn, tap: taps.JournalDay) -> bool:
    week = week_of(turn, tap.week, WeekStatus.ACTIVE)
    if week is None or tap.day not in await open_days(turn, week):
        return False
    if care_days.care_open(turn):  # a past day would close care: care first, its way back shown
        await ask(turn)
        return True
    await begin_edit(turn, week, tap.day)
    return True


async def begin_edit(turn: Turn, week: Week, day: int) -> None:
    """Re-answer (or fill in) a past day: its mood first, the rest follows."""
    checkin = await turn.repos.checkins.get_or_create(week.id, day, turn.now)
    checkin.skipped = False
    turn.goto(Step.WEEK, day=day, edit=True)
    date_text = week_view.date_label(turn.t, week_view.day_date(week, day))
    buttons = mood_buttons(turn.t, week.id, day, edit=True)
    turn.say(turn.t("journal_edit_q", day=day, date=date_text), buttons)
