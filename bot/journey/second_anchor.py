"""A second anchor, optional: their name and why, their own support, a request addressed to them,
their invitation. Offered once in setup under the first request, and from /settings."""

from __future__ import annotations

import logging

from bot.delivery.replies import Button, rows
from bot.journey import taps
from bot.journey.anchor_steps import both, invite_button
from bot.journey.core import Then, Turn, week_of
from bot.journey.engine import Group, StepDef, anywhere, declare, done, resume, returns, start
from bot.journey.steps import Step
from bot.journey.words import Rows, button, draft_for, named
from bot.text import week_view
from content import Texts, program
from storage.models import LinkStatus, Week, WeekStatus

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- a second anchor


def second_button(t: Texts, week: Week) -> Button:
    """ "Add a second person", or "Finish adding Mum" for one whose adding stopped half-way."""
    if week.anchor2_name and not week_view.second_anchor(week):
        name = week_view.clip(named(t, week.anchor2_name), 24)
        return button(t.plain("btn_second_finish", anchor=name), taps.SecondAnchor(week.id))
    return button(t.plain("btn_second_anchor"), taps.SecondAnchor(week.id))


def carried(week: Week) -> bool:
    """A second anchor kept from last week ("Same anchors"), whose ask this week is not chosen."""
    return bool(week.anchor2_name) and week.request2_text is None


def offer_buttons(t: Texts, week: Week) -> Rows:
    """Setup's one-tap offer under the first request: a second person, or just the first; with
    last week's second anchor kept, their ask for this week, or just the first this week."""
    # Buttons speak in the person's voice: "Just my dad is fine", not "Just your dad".
    first = week_view.clip(week.anchor_name or named(t, None), 24)
    if carried(week):
        second = week_view.clip(week.anchor2_name or named(t, None), 24)
        return (
            (button(t.plain("btn_second_again", anchor=second), taps.SecondAnchor(week.id)),),
            (button(t.plain("btn_second_drop", anchor=first), taps.SecondSkip(week.id)),),
        )
    if week.anchor2_name:
        return ()
    only = t.plain("btn_second_skip", anchor=first)
    return ((second_button(t, week),), (button(only, taps.SecondSkip(week.id)),))


@anywhere(taps.SecondSkip)
async def tap_skip(turn: Turn, tap: taps.SecondSkip) -> bool:
    """ "Just Mira is fine": a kind word, and the question the person was on, asked again."""
    week = week_of(turn, tap.week, WeekStatus.SETUP, WeekStatus.ACTIVE)
    if week is None or (week.anchor2_name and not carried(week)):
        return False
    forget_second(week)
    await _drop_second_links(turn, week)
    turn.say(turn.t("second_not_now", anchor=named(turn.t, week.anchor_name)))
    await resume(turn)
    return True


@anywhere(taps.SecondAnchor)
async def tap_second(turn: Turn, tap: taps.SecondAnchor) -> bool:
    week = week_of(turn, tap.week, WeekStatus.SETUP, WeekStatus.ACTIVE)
    if week is None or not week.anchor_name:
        return False
    if week_view.second_anchor(week):
        names, _ = both(turn.t, week)
        turn.say(turn.t("second_already", anchors=names))
        return True
    if week.anchor2_name:  # kept from last week, or half-added: on from where it stopped
        step = Step.ANCHOR2_SUPPORT if week.anchor2_why else Step.ANCHOR2_WHY
        await start(turn, step, Then.SECOND_ANCHOR)
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
    turn.goto(Step.ANCHOR2_SUPPORT)
    ask_second_support(turn)


def ask_second_support(turn: Turn) -> None:
    """The same choices as for the first anchor: each anchor is asked for their own thing."""
    t, week = turn.t, turn.week
    week_id = week.id if week else 0
    turn.say(
        t("anchor2_support_q", anchor=named(t, week.anchor2_name if week else None)),
        rows(
            *(
                button(t.plain(f"support_{k}"), taps.Support(week_id, k))
                for k in program.SUPPORT_KINDS
            )
        ),
    )


async def tap_second_support(turn: Turn, tap: taps.Support) -> bool:
    week = week_of(turn, tap.week, WeekStatus.SETUP, WeekStatus.ACTIVE)
    if week is None or tap.kind not in program.SUPPORT_KINDS:
        return False
    if tap.kind == "own":
        turn.goto(Step.ANCHOR2_SUPPORT_OWN)
        turn.say(turn.t("support_own_q"))
        return True
    week.support2_kind, week.support2_text = tap.kind, None
    await done(turn, True)
    return True


async def typed_second_support(turn: Turn, text: str) -> None:
    if turn.week is None:
        return
    turn.week.support2_kind, turn.week.support2_text = "own", text
    await done(turn, True)


async def _drop_second_links(turn: Turn, week: Week) -> None:
    """A second anchor let go for this week: a link carried from last week ends with them."""
    for link in await turn.repos.anchors.of_week(week.id):
        if link.anchor_no == 2 and link.status in (LinkStatus.INVITED, LinkStatus.JOINED):
            link.status = LinkStatus.LEFT.value
            await turn.repos.anchors.cancel_reminders(link)
            other = await turn.repos.anchors.user(link.anchor_id) if link.anchor_id else None
            if other is not None:
                ot = Texts(other.language)
                person = link.person_name or ot.plain("someone")
                turn.tell(other.chat_id, ot("link_closed", person=person))


def forget_second(week: Week) -> None:
    week.anchor2_name = week.anchor2_why = None
    week.support2_kind = week.support2_text = week.request2_text = None


@returns(Then.SECOND_ANCHOR, Group.CONFIRM)
async def second_added(turn: Turn, added: bool) -> None:
    """Their own request, addressed to them, with Copy, Send and an invitation of their own;
    then the question the person was on (in setup: where they are), asked again."""
    week, t = turn.week, turn.t
    if week is None or not added or not week.anchor2_name:
        if week is not None:
            forget_second(week)
        turn.say(t("second_skipped"))
        await resume(turn)
        return
    week.request2_text = draft_for(t, week, thanks=False, no=2)
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
    await resume(turn)


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
        to=(Step.ANCHOR2_SUPPORT,),
    )
)
declare(
    StepDef(
        Step.ANCHOR2_SUPPORT,
        Group.SUBFLOW,
        ask_second_support,
        taps={taps.Support: tap_second_support},
        to=(Step.ANCHOR2_SUPPORT_OWN,),
    )
)
declare(
    StepDef(
        Step.ANCHOR2_SUPPORT_OWN,
        Group.SUBFLOW,
        lambda turn: turn.say(turn.t("support_own_q")),
        text=typed_second_support,
        limit=program.SHORT_TEXT_MAX,
    )
)
