"""The end of the week: a missed day filled in first, the thank-you, the summary, another week."""

from __future__ import annotations

import logging

from bot.delivery.replies import rows
from bot.journey import anchor_again, anchor_flow, anchor_support, steering, taps
from bot.journey.anchor_words import anchor_typed
from bot.journey.core import Then, Turn, open_days, week_is_over, week_of
from bot.journey.engine import Group, Part, StepDef, ask, caller, start
from bot.journey.steps import Step
from bot.journey.words import alone, anchor, button, named, share_button, share_buttons
from bot.text import locale_format, week_view
from content import program
from storage.models import Anchor, Week, WeekStatus

log = logging.getLogger(__name__)
PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)


async def closing_due(turn: Turn, week: Week) -> bool:
    """The week can close: its last check-in is answered (or skipped), or its days are over."""
    if week.status != WeekStatus.ACTIVE:
        return False
    if week_is_over(turn):
        return True
    last = await turn.repos.checkins.get(week.id, program.WEEK_DAYS)
    return last is not None and (last.mood is not None or last.skipped)


def close_later(turn: Turn, week: Week) -> None:
    """On a care day the week's close waits for tomorrow; a button, if they want it sooner."""
    turn.goto(Step.WEEK)
    close = button(turn.t.plain("btn_close_week"), taps.CloseWeek(week.id))
    turn.say(turn.t("care_close_later"), rows(close))


async def unfilled_days(turn: Turn, week: Week) -> list[int]:
    """Days whose check-in came and went without an answer or a skip."""
    settled = {
        c.day
        for c in await turn.repos.checkins.for_week(week.id)
        if c.mood is not None or c.skipped
    }
    return sorted(await open_days(turn, week) - settled)


async def start_thanks(turn: Turn, week: Week) -> None:
    """Close the week: first offer the days left empty, then the thank-you draft."""
    if turn.step in (Step.DRAFT, Step.DRAFT_OWN) and caller(turn) is Then.THANKS:
        await ask(turn)
        return
    if await unfilled_days(turn, week):
        turn.goto(Step.FILL_DAY)
        await ask_fill(turn)
        return
    await start(turn, Step.DRAFT, Then.THANKS)


async def ask_fill(turn: Turn) -> None:
    week = turn.week
    if week is None:
        return
    missing = await unfilled_days(turn, week)
    t = turn.t
    days = [button(t.plain("btn_journal_day", day=d), taps.FillDay(week.id, d)) for d in missing]
    close = button(t.plain("btn_close_now"), taps.FillDay(week.id, 0))
    days_said = locale_format.join_list([str(d) for d in missing], t.locale)  # "5 and 7"
    text = t("fill_day_q", days=days_said, count=len(missing), anchor=anchor(turn))
    turn.say(text, (*rows(*days, per_row=4), (close,)))


async def tap_fill(turn: Turn, tap: taps.FillDay) -> bool:
    week = week_of(turn, tap.week, WeekStatus.ACTIVE)
    if week is None:
        return False
    if tap.day == 0:
        await start(turn, Step.DRAFT, Then.THANKS)
        return True
    if tap.day not in await unfilled_days(turn, week):
        return False
    await steering.begin_edit(turn, week, tap.day)
    return True


async def typed_fill(turn: Turn, text: str) -> None:
    """A day's number typed at the offer means that day (its buttons say "Day 6")."""
    week = turn.week
    day = int(text) if text.isascii() and text.isdigit() else 0
    if week is not None and day in await unfilled_days(turn, week):
        await steering.begin_edit(turn, week, day)
        return
    turn.say(turn.t("need_button"))
    await ask_fill(turn)


@PART.anywhere(taps.CloseWeek)
async def tap_close_week(turn: Turn, tap: taps.CloseWeek) -> bool:
    week = week_of(turn, tap.week, WeekStatus.ACTIVE)
    if week is None:
        return False
    await start_thanks(turn, week)
    return True


@PART.returns(Then.THANKS, Group.AFTER, to=(Step.AGAIN,))
async def finish_week(turn: Turn, text: str) -> None:
    week = turn.week
    if week is None:
        return
    t = turn.t
    week.thank_text = text
    week.status, week.ended_at = WeekStatus.COMPLETED, turn.now
    tip = t.plain(f"return_tip_{week.support_of()[0]}", anchor=anchor(turn))
    deliver = await anchor_support.thanks_buttons(turn, week, 1)
    turn.say(t("thank_final", draft=text, tip=tip), (*share_buttons(t, text, week), *deliver))
    alone(turn, text, share_button(t, text, week))
    for row in week.named_anchors()[1:]:
        await _later_thanks(turn, week, row)
    await steering.show_week(turn, week, summary_first=True)
    await compare_with_last_week(turn, week)
    await turn.repos.nudges.cancel_pending(week.id)
    turn.goto(Step.AGAIN)
    ask_again(turn)
    log.info("user %s completed week %s", turn.user.id, week.id)


async def _later_thanks(turn: Turn, week: Week, row: Anchor) -> None:
    """A later anchor's thank-you, greeting them by name, with buttons to send it to them."""
    t = turn.t
    text = anchor_support.thanks_text(t, week, row.position)
    deliver = await anchor_support.thanks_buttons(turn, week, row.position)
    turn.say(
        t("thank_final_anchor_more", anchor=named(t, row.name), draft=text),
        (*share_buttons(t, text, week, no=row.position), *deliver),
    )
    alone(turn, text, share_button(t, text, week, no=row.position))


async def compare_with_last_week(turn: Turn, week: Week) -> None:
    """One sentence: this week's brave days against the last completed week's."""
    previous = await turn.repos.weeks.previous_completed(week)
    if previous is None:
        return
    now = sum(1 for c in await turn.repos.checkins.for_week(week.id) if c.tried)
    before = sum(1 for c in await turn.repos.checkins.for_week(previous.id) if c.tried)
    trend = "up" if now > before else "down" if now < before else "same"
    turn.say(turn.t(f"summary_compare_{trend}", now=now, before=before))


def ask_again(turn: Turn) -> None:
    t = turn.t
    names, count = week_view.anchors(t, turn.week) if turn.week else (anchor(turn), 1)
    turn.say(
        t("again_q", anchor=names, count=count),
        rows(
            button(t.plain("btn_again_same", count=count), taps.Again("same")),
            button(t.plain("btn_again_new"), taps.Again("new")),
            button(t.plain("btn_again_no"), taps.Again("no")),
        ),
    )


async def tap_again(turn: Turn, tap: taps.Again) -> bool:
    if tap.choice == "no":
        turn.goto(Step.ENDED)
        turn.say(turn.t("again_not_now"))
        return True
    previous = turn.week
    if tap.choice not in ("same", "new"):
        return False
    week = turn.week = await turn.repos.weeks.create(turn.user.id, turn.now)
    if tap.choice == "same" and previous is not None and previous.named_anchors():
        for row in previous.named_anchors():  # each one's ask is chosen afresh in setup
            week.add_anchor(row.position, row.name, row.why)
        await anchor_again.carry_links(turn, previous, week)
    # The first anchor's sub-flow starts where their row stops: with the same anchors, at
    # what is coming up this week.
    await anchor_flow.add(turn, week, 1, Then.SETUP_ANCHOR)
    return True


def ask_ended(turn: Turn) -> None:
    turn.say(turn.t("status_ended"))


async def typed_ended(turn: Turn, text: str) -> None:
    if not await anchor_typed(turn, text):
        turn.say(turn.t("status_ended"))


PART.declare(StepDef(Step.FILL_DAY, Group.AFTER, ask_fill, taps={taps.FillDay: tap_fill},
                text=typed_fill, to=(Step.WEEK, Step.DRAFT), starts=(Then.THANKS,)))  # fmt: skip
PART.declare(StepDef(Step.AGAIN, Group.AFTER, ask_again, taps={taps.Again: tap_again},
                to=(Step.ENDED, Step.SITUATION, Step.ANCHOR_NAME),
                starts=(Then.SETUP_ANCHOR,)))  # fmt: skip
PART.declare(StepDef(Step.ENDED, Group.REST, ask_ended, taps={taps.Again: tap_again},
                text=typed_ended, to=(Step.SITUATION, Step.ANCHOR_NAME),
                starts=(Then.SETUP_ANCHOR,)))  # fmt: skip
