"""Setup: welcome, the anchor, the support to ask for, its draft, then when check-ins come."""

from __future__ import annotations

import logging
from typing import Any

from bot.delivery.replies import rows
from bot.journey import anchor_flow, taps
from bot.journey.anchor_again import carry_kept
from bot.journey.anchor_steps import invite_button
from bot.journey.anchor_words import anchor_typed
from bot.journey.core import Then, Turn, nudge_minute, when
from bot.journey.engine import Group, Part, StepDef, start
from bot.journey.steps import Step
from bot.journey.words import alone, anchor, button, draft_for, share_button, share_buttons
from bot.places.timezones import city_label
from bot.timing import schedule
from bot.timing.schedule import hhmm, minute_time
from content import program
from storage.models import Week, WeekStatus
from storage.nudge_enums import NudgeKind

log = logging.getLogger(__name__)
PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)


def ask_welcome(turn: Turn) -> None:
    turn.say(turn.t("welcome"), rows(button(turn.t.plain("btn_begin"), taps.Begin())))


async def typed_welcome(turn: Turn, text: str) -> None:
    """Words typed before any week: an anchor's are offered to the person they support."""
    if await anchor_typed(turn, text):
        return
    turn.say(turn.t("need_button"))
    ask_welcome(turn)


async def tap_begin(turn: Turn, tap: taps.Begin) -> bool:
    turn.week = await turn.repos.weeks.create(turn.user.id, turn.now)
    await anchor_flow.add(turn, turn.week, 1, Then.SETUP_ANCHOR)
    return True


@PART.returns(Then.SETUP_ANCHOR, Group.SETUP, to=(Step.DRAFT,), starts=(Then.REQUEST,))
async def first_anchor_added(turn: Turn, position: int | bool) -> None:
    """The week's first anchor is named and their support chosen: the request, drafted."""
    if turn.week is None or not position:
        return
    turn.week.draft_variant = 0
    await start(turn, Step.DRAFT, Then.REQUEST)


@PART.returns(Then.REQUEST, Group.SETUP, to=(Step.SCHED_KEEP, Step.TZ))
async def request_ready(turn: Turn, text: str) -> None:
    week = turn.week
    if week is None:
        return
    first = week.anchor_at(1)
    if first is None:
        return
    first.request_text = text
    offer = anchor_flow.offer_buttons(turn.t, week)
    turn.say(
        turn.t("draft_final", anchor=anchor(turn), draft=text),
        ((invite_button(turn.t, week),), *share_buttons(turn.t, text, week), *offer),
    )
    alone(turn, text, share_button(turn.t, text, week))
    user = turn.user
    if user.timezone and user.nudge_minute is not None:
        turn.goto(Step.SCHED_KEEP)
        ask_keep(turn)
    else:
        await start(turn, Step.TZ, Then.SETUP_ZONE)


def ask_keep(turn: Turn) -> None:
    t, user = turn.t, turn.user
    turn.say(
        t(
            "sched_keep_q",
            time=hhmm(minute_time(user.nudge_minute or 0)),
            zone=city_label(user.timezone or "UTC", t.locale),
        ),
        rows(
            button(t.plain("btn_keep"), taps.Keep(True)),
            button(t.plain("btn_change"), taps.Keep(False)),
            per_row=2,
        ),
    )


async def tap_keep(turn: Turn, tap: taps.Keep) -> bool:
    if turn.week is None:
        return False
    if tap.keep:
        await schedule_week(turn, turn.week)
    else:
        await start(turn, Step.TZ, Then.SETUP_ZONE)
    return True


@PART.returns(Then.SETUP_ZONE, Group.SETUP, to=(Step.TIME,))
async def zone_chosen(turn: Turn, zone: str) -> None:
    turn.user.timezone = zone
    await start(turn, Step.TIME, Then.SETUP_TIME)


@PART.returns(Then.SETUP_TIME, Group.SETUP, to=(Step.WEEK,))
async def time_chosen(turn: Turn, value: tuple[int, bool]) -> None:
    turn.user.nudge_minute, turn.user.night_ok = value
    if turn.week is not None:
        await schedule_week(turn, turn.week)


async def schedule_week(turn: Turn, week: Week) -> None:
    user = turn.user
    zone, at = user.timezone or "UTC", minute_time(nudge_minute(user))
    start_date = schedule.first_nudge_date(turn.now, zone, at)
    dues = schedule.week_due_times(start_date, at, zone, days=program.CLOSE_DAY)
    items: list[tuple[NudgeKind, int, Any]] = [
        (NudgeKind.CHECKIN, day, due) for day, due in enumerate(dues[: program.WEEK_DAYS], start=1)
    ]
    items.append((NudgeKind.CLOSE, program.CLOSE_DAY, dues[program.CLOSE_DAY - 1]))
    await turn.repos.nudges.schedule(user.id, week.id, items)
    week.status, week.start_date = WeekStatus.ACTIVE, start_date
    kept = anchor_flow.carried(week)
    if kept is not None:  # kept from last week, passed by: they share the first request's ask
        kept.request_text = draft_for(turn.t, week, thanks=False, no=kept.position)
    user.paused = False
    turn.goto(Step.WEEK)
    turn.say(turn.t("scheduled", when=when(turn, dues[0]), time=hhmm(at)))
    if kept is not None:
        await carry_kept(turn, week, kept.position)
    log.info("user %s week %s scheduled from %s", user.id, week.id, start_date.isoformat())


PART.declare(StepDef(Step.WELCOME, Group.SETUP, ask_welcome, taps={taps.Begin: tap_begin},
                text=typed_welcome, numbered=True,
                to=(Step.ANCHOR_NAME,), starts=(Then.SETUP_ANCHOR,)))  # fmt: skip
PART.declare(
    StepDef(
        Step.SCHED_KEEP,
        Group.SETUP,
        ask_keep,
        taps={taps.Keep: tap_keep},
        to=(Step.WEEK, Step.TZ),
        starts=(Then.SETUP_ZONE,),
    )
)
