"""Setup: welcome, the anchor, the support to ask for, its draft, then when check-ins come."""

from __future__ import annotations

import logging
from typing import Any

from bot.delivery.replies import rows
from bot.journey import taps
from bot.journey.anchor_steps import invite_button
from bot.journey.anchor_words import anchor_typed
from bot.journey.core import Then, Turn, nudge_minute, week_of, when
from bot.journey.engine import Group, StepDef, declare, returns, start
from bot.journey.second_anchor import carried, offer_buttons
from bot.journey.steps import Step
from bot.journey.words import anchor, button, draft_for, share_buttons
from bot.places.timezones import city_label
from bot.timing import schedule
from bot.timing.schedule import hhmm, minute_time
from content import program
from storage.models import Week, WeekStatus
from storage.nudge_enums import NudgeKind

log = logging.getLogger(__name__)


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
    turn.goto(Step.ANCHOR_NAME)
    ask_name(turn)
    return True


def ask_name(turn: Turn) -> None:
    turn.say(turn.t("anchor_name_q"))


async def typed_name(turn: Turn, text: str) -> None:
    if turn.week is None:
        return
    turn.week.anchor_name = text
    turn.goto(Step.ANCHOR_WHY)
    ask_why(turn)


def ask_why(turn: Turn) -> None:
    turn.say(turn.t("anchor_why_q", anchor=anchor(turn)))


async def typed_why(turn: Turn, text: str) -> None:
    if turn.week is None:
        return
    turn.week.anchor_why = text
    turn.say(turn.t("anchor_saved", anchor=anchor(turn)))
    turn.goto(Step.SITUATION)
    ask_situation(turn)


def ask_situation(turn: Turn) -> None:
    t, week_id = turn.t, turn.week.id if turn.week else 0
    turn.say(
        t("situation_q"),
        rows(
            *(
                button(t.plain(f"situation_{k}"), taps.Situation(week_id, k))
                for k in program.SITUATIONS
            )
        ),
    )


async def tap_situation(turn: Turn, tap: taps.Situation) -> bool:
    week = week_of(turn, tap.week, WeekStatus.SETUP)
    if week is None or tap.kind not in program.SITUATIONS:
        return False
    week.situation = tap.kind
    turn.goto(Step.SUPPORT)
    ask_support(turn)
    return True


def ask_support(turn: Turn) -> None:
    t, week = turn.t, turn.week
    week_id = week.id if week else 0
    # A week begun before this question existed has no situation: the general example.
    situation = week.situation if week else None
    key = f"support_q_{situation}" if situation in program.SITUATION_FOLLOWUP_DAY else "support_q"
    turn.say(
        t(key, anchor=anchor(turn)),
        rows(
            *(
                button(t.plain(f"support_{k}"), taps.Support(week_id, k))
                for k in program.SUPPORT_KINDS
            )
        ),
    )


async def tap_support(turn: Turn, tap: taps.Support) -> bool:
    week = week_of(turn, tap.week, WeekStatus.SETUP)
    if week is None or tap.kind not in program.SUPPORT_KINDS:
        return False
    if tap.kind == "own":
        turn.goto(Step.SUPPORT_OWN)
        turn.say(turn.t("support_own_q"))
        return True
    week.support_kind, week.support_text, week.draft_variant = tap.kind, None, 0
    await start(turn, Step.DRAFT, Then.REQUEST)
    return True


async def typed_support(turn: Turn, text: str) -> None:
    if turn.week is None:
        return
    turn.week.support_kind, turn.week.support_text, turn.week.draft_variant = "own", text, 0
    turn.goto(Step.SUPPORT)
    await start(turn, Step.DRAFT, Then.REQUEST)


@returns(Then.REQUEST, Group.SETUP, to=(Step.SCHED_KEEP, Step.TZ))
async def request_ready(turn: Turn, text: str) -> None:
    week = turn.week
    if week is None:
        return
    week.request_text = text
    offer = offer_buttons(turn.t, week)
    turn.say(
        turn.t("draft_final", anchor=anchor(turn), draft=text),
        ((invite_button(turn.t, week),), *share_buttons(turn.t, text, week), *offer),
    )
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


@returns(Then.SETUP_ZONE, Group.SETUP, to=(Step.TIME,))
async def zone_chosen(turn: Turn, zone: str) -> None:
    turn.user.timezone = zone
    await start(turn, Step.TIME, Then.SETUP_TIME)


@returns(Then.SETUP_TIME, Group.SETUP, to=(Step.WEEK,))
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
    week.status, week.start_date = WeekStatus.ACTIVE.value, start_date
    if carried(week):  # kept from last week, passed by: they share the first request's ask
        week.request2_text = draft_for(turn.t, week, thanks=False, no=2)
    user.paused = False
    turn.goto(Step.WEEK)
    turn.say(turn.t("scheduled", when=when(turn, dues[0]), time=hhmm(at)))
    log.info("user %s week %s scheduled from %s", user.id, week.id, start_date.isoformat())


declare(StepDef(Step.WELCOME, Group.SETUP, ask_welcome, taps={taps.Begin: tap_begin},
                text=typed_welcome, numbered=True,
                to=(Step.ANCHOR_NAME,)))  # fmt: skip
declare(
    StepDef(
        Step.ANCHOR_NAME,
        Group.SETUP,
        ask_name,
        text=typed_name,
        limit=program.NAME_MAX,
        to=(Step.ANCHOR_WHY,),
    )
)
declare(
    StepDef(
        Step.ANCHOR_WHY,
        Group.SETUP,
        ask_why,
        text=typed_why,
        limit=program.SHORT_TEXT_MAX,
        to=(Step.SITUATION,),
    )
)
declare(
    StepDef(
        Step.SITUATION,
        Group.SETUP,
        ask_situation,
        taps={taps.Situation: tap_situation},
        to=(Step.SUPPORT,),
    )
)
declare(
    StepDef(
        Step.SUPPORT,
        Group.SETUP,
        ask_support,
        taps={taps.Support: tap_support},
        to=(Step.SUPPORT_OWN, Step.DRAFT),
        starts=(Then.REQUEST,),
    )
)
declare(
    StepDef(
        Step.SUPPORT_OWN,
        Group.SETUP,
        lambda turn: turn.say(turn.t("support_own_q")),
        text=typed_support,
        limit=program.SHORT_TEXT_MAX,
        to=(Step.SUPPORT, Step.DRAFT),
        starts=(Then.REQUEST,),
    )
)
declare(
    StepDef(
        Step.SCHED_KEEP,
        Group.SETUP,
        ask_keep,
        taps={taps.Keep: tap_keep},
        to=(Step.WEEK, Step.TZ),
        starts=(Then.SETUP_ZONE,),
    )
)
