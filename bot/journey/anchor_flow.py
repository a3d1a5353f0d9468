"""Adding an anchor: one sub-flow, started once per anchor, that returns the anchor's position.

Their name, why, (for the week's first, what is coming up this week) and what to ask of them.
Setup starts it for the week's first anchor (`Then.SETUP_ANCHOR`); the offer under the first
request and /settings start it for each later one (`Then.ADD_ANCHOR`), up to
`program.ANCHORS_MAX`. It starts where the anchor's row stops: a half-added anchor is finished
from where it stopped, one kept from last week is asked only for this week's ask.
"""

from __future__ import annotations

import logging

from bot.delivery.replies import Button, rows
from bot.journey import taps
from bot.journey.anchor_again import carry_kept
from bot.journey.anchor_steps import both, invite_button
from bot.journey.core import Then, Turn, week_is_over, week_of
from bot.journey.engine import (
    Group,
    Part,
    StepDef,
    ask,
    done,
    restore,
    resume,
    start,
    unwind,
)
from bot.journey.steps import Step
from bot.journey.words import Rows, alone, button, copy_rows, draft_for, name_of, named
from content import Texts, program
from content.anchor import in_button
from content.program import Situation, SupportKind
from storage.models import Anchor, LinkStatus, Week, WeekStatus

log = logging.getLogger(__name__)
PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)


async def add(turn: Turn, week: Week, position: int, then: Then, quiet: bool = False) -> None:
    """Start the sub-flow for the anchor in `position`, at the first question their row lacks."""
    await start(turn, open_step(week, position), then, quiet=quiet, anchor=position)


def open_step(week: Week, position: int) -> Step:
    row = week.anchor_at(position)
    if row is None or not row.name:
        return Step.ANCHOR_NAME
    if not row.why:
        return Step.ANCHOR_WHY
    if position == 1 and week.status == WeekStatus.SETUP and week.situation is None:
        return Step.SITUATION
    return Step.SUPPORT


def position(turn: Turn) -> int:
    return turn.ctx.anchor or 1


def adding(turn: Turn) -> Anchor | None:
    """The anchor row this sub-flow is adding, if the week has it."""
    return turn.week.anchor_at(position(turn)) if turn.week else None


async def go(turn: Turn, step: Step) -> None:
    turn.goto(step, anchor=position(turn))
    await ask(turn)


def ask_name(turn: Turn) -> None:
    turn.say(turn.t("anchor_name_q" if position(turn) == 1 else "anchor_more_name_q"))


async def typed_name(turn: Turn, text: str) -> None:
    week = turn.week
    if week is None:
        return
    row = adding(turn) or week.add_anchor(position(turn))
    row.name = text
    await go(turn, Step.ANCHOR_WHY)


def ask_why(turn: Turn) -> None:
    row = adding(turn)
    turn.say(turn.t("anchor_why_q", anchor=named(turn.t, row.name if row else None)))


async def typed_why(turn: Turn, text: str) -> None:
    row, week = adding(turn), turn.week
    if row is None or week is None:
        return
    row.why = text
    if row.position == 1:
        turn.say(turn.t("anchor_saved", anchor=named(turn.t, row.name)))
    await go(turn, open_step(week, row.position))


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
    week.situation = Situation(tap.kind)
    await go(turn, Step.SUPPORT)
    return True


def ask_support(turn: Turn) -> None:
    """The same choices for each anchor: each is asked for their own thing."""
    t, week, row = turn.t, turn.week, adding(turn)
    name = named(t, row.name if row else None)
    if position(turn) > 1:
        key = "anchor_more_support_q"
    else:  # a week begun before the situation question existed: the general example
        situation = week.situation if week else None
        key = (
            f"support_q_{situation}" if situation in program.SITUATION_FOLLOWUP_DAY else "support_q"
        )
    week_id = week.id if week else 0
    choices = (
        button(t.plain(f"support_{k}"), taps.Support(week_id, k)) for k in program.SUPPORT_KINDS
    )
    turn.say(t(key, anchor=name), rows(*choices))


async def tap_support(turn: Turn, tap: taps.Support) -> bool:
    # The first anchor is asked in setup; a later one also while the week runs.
    running = (WeekStatus.SETUP,) if position(turn) == 1 else (WeekStatus.SETUP, WeekStatus.ACTIVE)
    week, row = week_of(turn, tap.week, *running), adding(turn)
    if week is None or row is None or tap.kind not in program.SUPPORT_KINDS:
        return False
    if tap.kind == SupportKind.OWN:
        await go(turn, Step.SUPPORT_OWN)
        return True
    row.support_kind, row.support_text = SupportKind(tap.kind), None
    await done(turn, row.position)
    return True


async def typed_support(turn: Turn, text: str) -> None:
    row = adding(turn)
    if row is None:
        return
    row.support_kind, row.support_text = SupportKind.OWN, text
    await done(turn, row.position)


# ---------------------------------------------------------------- a later anchor


def add_button(t: Texts, week: Week) -> Button:
    """ "Add a second person", or "Finish adding Mum" for one whose adding stopped half-way."""
    unfinished = week.unfinished_anchor()
    if unfinished is not None and unfinished.name:
        name = in_button(named(t, unfinished.name))
        return button(t.plain("btn_anchor_more_finish", anchor=name), taps.AddAnchor(week.id))
    return button(t.plain("btn_anchor_more"), taps.AddAnchor(week.id))


def carried(week: Week) -> Anchor | None:
    """A later anchor kept from last week ("Same anchors"), whose ask this week is not chosen."""
    row = week.unfinished_anchor()
    return row if row is not None and row.why else None


def offer_buttons(t: Texts, week: Week) -> Rows:
    """Setup's one-tap offer under the first request: one more person, or just the first; with
    last week's later anchor kept, their ask for this week, or just the first this week."""
    # Buttons speak in the person's voice: "Just my dad is fine", not "Just your dad".
    first = in_button(name_of(week, 1) or named(t, None))
    kept = carried(week)
    if kept is not None:
        again = t.plain("btn_anchor_more_again", anchor=in_button(kept.name))
        return (
            (button(again, taps.AddAnchor(week.id)),),
            (button(t.plain("btn_anchor_more_drop", anchor=first), taps.SkipAnchor(week.id)),),
        )
    if len(week.named_anchors()) >= program.ANCHORS_MAX:
        return ()
    only = t.plain("btn_anchor_more_skip", anchor=first)
    return ((add_button(t, week),), (button(only, taps.SkipAnchor(week.id)),))


def settings_offer(turn: Turn, week: Week) -> None:
    """In /settings: one more person, or "Finish adding Mum" (never named until finished)."""
    if week_is_over(turn):
        return
    unfinished = week.unfinished_anchor()
    if unfinished is not None and unfinished.name:
        anchor, left = named(turn.t, unfinished.name), 1 if unfinished.why else 2
        turn.say(
            turn.t("settings_anchor_more_finish", anchor=anchor, count=left),
            rows(add_button(turn.t, week)),
        )
    elif len(week.named_anchors()) < program.ANCHORS_MAX:
        turn.say(turn.t("settings_anchor_more"), rows(add_button(turn.t, week)))


@PART.anywhere(taps.SkipAnchor)
async def tap_skip(turn: Turn, tap: taps.SkipAnchor) -> bool:
    """ "Just Mira is fine": a kind word, and the question the person was on, asked again."""
    week = week_of(turn, tap.week, WeekStatus.SETUP, WeekStatus.ACTIVE)
    if week is None or (week.unfinished_anchor() is None and len(week.named_anchors()) > 1):
        return False
    if unwind(turn, Then.ADD_ANCHOR):  # the person was adding them: that sub-flow ends here
        stack = turn.ctx.stack
        restore(turn, stack[-1], stack[:-1])
    await _let_go(turn, week)
    turn.say(turn.t("anchor_more_not_now", anchor=named(turn.t, name_of(week, 1))))
    await resume(turn)
    return True


@PART.anywhere(taps.AddAnchor)
async def tap_add(turn: Turn, tap: taps.AddAnchor) -> bool:
    week = week_of(turn, tap.week, WeekStatus.SETUP, WeekStatus.ACTIVE)
    if week is None or not name_of(week, 1):
        return False
    if unwind(turn, Then.ADD_ANCHOR):  # already adding someone (a second tap): back to that
        await ask(turn)
        return True
    if week_is_over(turn):  # no one joins a week whose days are done (nor is thanked for it)
        turn.say(turn.t("anchor_more_week_over"))
        await resume(turn)
        return True
    unfinished = week.unfinished_anchor()
    if unfinished is not None:  # kept from last week, or half-added: on from where it stopped
        await add(turn, week, unfinished.position, Then.ADD_ANCHOR)
    elif len(week.named_anchors()) >= program.ANCHORS_MAX:
        turn.say(turn.t("anchor_more_already", anchors=both(turn.t, week)[0]))
    else:
        await add(turn, week, week.anchors[-1].position + 1, Then.ADD_ANCHOR)
    return True


async def _let_go(turn: Turn, week: Week) -> None:
    """Later anchors not (or no longer) added this week go, with a link carried from last week."""
    dropped = {a.position for a in week.anchors if a.position > 1 and not a.added}
    for row in [a for a in week.anchors if a.position in dropped]:
        week.anchors.remove(row)
    for link in await turn.repos.anchors.of_week(week.id):
        if link.anchor_no in dropped and link.status in (LinkStatus.INVITED, LinkStatus.JOINED):
            link.status = LinkStatus.LEFT
            await turn.repos.anchors.cancel_reminders(link)
            other = await turn.repos.anchors.user(link.anchor_id) if link.anchor_id else None
            if other is not None:
                ot = Texts(other.language)
                person = link.person_name or ot.plain("someone")
                turn.tell(other.chat_id, ot("link_closed", person=person))


@PART.returns(Then.ADD_ANCHOR, Group.CONFIRM)
async def anchor_added(turn: Turn, added: int | bool) -> None:
    """Their own request, addressed to them, with Copy, Send and an invitation of their own;
    then the question the person was on (in setup: where they are), asked again."""
    week, t = turn.week, turn.t
    row = week.anchor_at(added) if week is not None and added else None
    if week is None or row is None or not row.name:
        if week is not None:
            await _let_go(turn, week)
        turn.say(t("anchor_more_skipped"))
        await resume(turn)
        return
    row.request_text = draft_for(t, week, thanks=False, no=row.position)
    other = named(t, row.name)
    share = Button(t.plain("btn_share", anchor=in_button(other)), share=row.request_text)
    turn.say(
        t("anchor_more_ready", anchors=both(t, week)[0], anchor=other, draft=row.request_text),
        ((invite_button(t, week, row.position),), *copy_rows(t, row.request_text, share)),
    )
    alone(turn, row.request_text, share)
    await carry_kept(turn, week, row.position)
    await resume(turn)


PART.declare(StepDef(Step.ANCHOR_NAME, Group.SUBFLOW, ask_name, text=typed_name,
                limit=program.NAME_MAX, to=(Step.ANCHOR_WHY,)))  # fmt: skip
PART.declare(StepDef(Step.ANCHOR_WHY, Group.SUBFLOW, ask_why, text=typed_why,
                limit=program.SHORT_TEXT_MAX, to=(Step.SITUATION, Step.SUPPORT)))  # fmt: skip
PART.declare(StepDef(Step.SITUATION, Group.SUBFLOW, ask_situation,
                taps={taps.Situation: tap_situation}, to=(Step.SUPPORT,)))  # fmt: skip
PART.declare(StepDef(Step.SUPPORT, Group.SUBFLOW, ask_support, taps={taps.Support: tap_support},
                to=(Step.SUPPORT_OWN,)))  # fmt: skip
PART.declare(StepDef(Step.SUPPORT_OWN, Group.SUBFLOW,
                lambda turn: turn.say(turn.t("support_own_q")),
                text=typed_support, limit=program.SHORT_TEXT_MAX))  # fmt: skip
