"""A second anchor, optional: their name and why, a request addressed to them, their invitation."""

from __future__ import annotations

import logging

from bot.journey import taps
from bot.journey.anchor_steps import both, invite_button
from bot.journey.core import Then, Turn, week_of
from bot.journey.engine import Group, StepDef, anywhere, declare, done, returns, start
from bot.journey.words import button, draft_for, named
from bot.replies import Button, rows
from content import Texts, program
from storage.models import Step, Week, WeekStatus

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- a second anchor


def second_button(t: Texts, week: Week) -> Button:
    return button(t.plain("btn_second_anchor"), taps.SecondAnchor(week.id))


@anywhere(taps.SecondAnchor)
async def tap_second(turn: Turn, tap: taps.SecondAnchor) -> bool:
    week = week_of(turn, tap.week, WeekStatus.SETUP, WeekStatus.ACTIVE)
    if week is None or not week.anchor_name:
        return False
    if week.anchor2_name:
        names, _ = both(turn.t, week)
        turn.say(turn.t("second_already", anchors=names))
        return True
    await start(turn, Step.ANCHOR2_NAME, Then.SECOND_ANCHOR)
    return True


async def typed_second_name(turn: Turn, text: str) -> None:
    if turn.week is None:
        return
    turn.week.anchor2_name = text
    turn.goto(Step.ANCHOR2_WHY)
    ask_second_why(turn)


def ask_second_why(turn: Turn) -> None:
    week = turn.week
    turn.say(turn.t("anchor_why_q", anchor=named(turn.t, week.anchor2_name if week else None)))


async def typed_second_why(turn: Turn, text: str) -> None:
    if turn.week is None:
        return
    turn.week.anchor2_why = text
    await done(turn, True)


@returns(Then.SECOND_ANCHOR, Group.CONFIRM)
async def second_added(turn: Turn, added: bool) -> None:
    """Their own request, addressed to them, with Copy, Send and an invitation of their own."""
    week, t = turn.week, turn.t
    if week is None or not added or not week.anchor2_name:
        if week is not None:
            week.anchor2_name = None
        turn.say(t("second_skipped"))
        return
    week.request2_text = draft_for(t, week, thanks=False, name=week.anchor2_name)
    other = named(t, week.anchor2_name)
    names, _ = both(t, week)
    turn.say(
        t("second_ready", anchors=names, anchor=other, draft=week.request2_text),
        (
            (invite_button(t, week, 2),),
            *rows(
                Button(t.plain("btn_copy"), copy=week.request2_text),
                Button(t.plain("btn_share", anchor=other), share=week.request2_text),
                per_row=2,
            ),
        ),
    )


declare(
    StepDef(
        Step.ANCHOR2_NAME,
        Group.SUBFLOW,
        lambda turn: turn.say(turn.t("anchor2_name_q")),
        text=typed_second_name,
        limit=program.NAME_MAX,
        to=(Step.ANCHOR2_WHY,),
    )
)
declare(
    StepDef(
        Step.ANCHOR2_WHY,
        Group.SUBFLOW,
        ask_second_why,
        text=typed_second_why,
        limit=program.SHORT_TEXT_MAX,
    )
)
