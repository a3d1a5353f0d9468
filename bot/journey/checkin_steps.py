"""The daily check-in (mood, tried, note, effect), then the follow-up and a reflection."""

from __future__ import annotations

from bot.delivery.replies import rows
from bot.journey import anchor_steps, care_days, care_steps, closing_steps, taps
from bot.journey.after_checkin import after_checkin
from bot.journey.core import (
    REST_STEPS,
    Then,
    Turn,
    open_days,
    week_is_over,
    week_of,
)
from bot.journey.engine import Group, Part, StepDef, TapHandler, ask, restore, start, unwind
from bot.journey.steps import Step
from bot.journey.words import button, mood_buttons
from bot.text import reading, week_view
from content import program
from content.program import Effect
from storage.models import CheckIn, EventKind, Week, WeekStatus

PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)

# Where a question put aside for a new check-in can be found again, by who opened it.
PUT_ASIDE_HOW = {
    Then.SETTINGS: "/settings",
    Then.SETTINGS_ZONE: "/settings",
    Then.SETTINGS_TIME: "/settings",
    Then.STOP: "/stop",
    Then.EXPORT: "/export",
    Then.DELETE: "/delete",
    Then.REFLECT: "/reflect",
    Then.THANKS: "/start",
    Then.ADD_ANCHOR: "/settings",  # it offers to finish adding the anchor
}


def _day(turn: Turn) -> int:
    return turn.ctx.day or 1


def _week_id(turn: Turn) -> int:
    return turn.week.id if turn.week else 0


# ---------------------------------------------------------------- mood


@PART.anywhere(taps.Mood)
async def tap_mood(turn: Turn, tap: taps.Mood) -> bool:
    """A mood from a check-in nudge; a day already answered changes only through /journal."""
    week = week_of(turn, tap.week, WeekStatus.ACTIVE)
    if week is None or not 1 <= tap.day <= program.WEEK_DAYS or tap.mood not in program.MOODS:
        return False
    checkin = await turn.repos.checkins.get_or_create(week.id, tap.day, turn.now)
    if checkin.mood is not None:
        turn.say(turn.t("mood_already", day=tap.day))
        if turn.step in care_days.CARE_STEPS:
            await ask(turn)  # the care conversation goes on
        return True
    if turn.step not in care_days.CARE_STEPS and care_days.care_open(turn):
        _back_to_care(turn)
    if turn.step in care_days.CARE_STEPS and turn.ctx.stack:
        await _mood_under_care(turn, week, checkin, tap.mood)
        return True
    put_aside(turn, tap.day)
    await _set_mood(turn, week, checkin, tap.mood)
    turn.goto(Step.WEEK)
    await _next_or_care(turn, week, checkin)
    return True


@PART.anywhere(taps.EditMood)
async def tap_edit_mood(turn: Turn, tap: taps.EditMood) -> bool:
    """A mood for a past day from /journal: the rest of that day is asked again."""
    ctx = turn.ctx
    week = week_of(turn, tap.week, WeekStatus.ACTIVE)
    if week is None or not ctx.edit or ctx.day != tap.day or tap.mood not in program.MOODS:
        return False
    checkin = await turn.repos.checkins.get_or_create(week.id, tap.day, turn.now)
    old_note = checkin.tried_note or None
    await _set_mood(turn, week, checkin, tap.mood)
    checkin.tried = checkin.tried_note = checkin.effect = None
    turn.goto(Step.WEEK, day=tap.day, edit=True, old_note=old_note)
    await _next_or_care(turn, week, checkin)
    return True


def _back_to_care(turn: Turn) -> None:
    """Care is open beneath a question started over it (/settings during care): that question
    is set aside, as any is for a new check-in, and said so; care, never set aside, is where the
    mood is kept (`_mood_under_care`)."""
    stack = turn.ctx.stack
    at = max(i for i, frame in enumerate(stack) if frame.then == Then.CARE)
    above = stack[at + 1 :]  # the first question opened over care, if the stack shows one
    how = PUT_ASIDE_HOW.get(above[0].then, "/journal") if above else "/journal"
    turn.say(turn.t("put_aside", how=how))
    unwind(turn, Then.CARE)


async def _mood_under_care(turn: Turn, week: Week, checkin: CheckIn, mood: int) -> None:
    """A mood tapped while care is open (a check-in came during it): kept, said in one line,
    and the care conversation goes on; the rest of that day waits beneath it, as the question
    care was opened over did, and comes back when care closes."""
    care_step, care_ctx = turn.step, turn.ctx
    restore(turn, care_ctx.stack[-1], care_ctx.stack[:-1])  # what care was opened over
    put_aside(turn, checkin.day)
    await _set_mood(turn, week, checkin, mood)
    turn.goto(Step.WEEK)
    await checkin_next(turn, week, checkin, ask=False)
    await start(turn, care_step, Then.CARE, quiet=True, done=care_ctx.done, q=care_ctx.q)
    emoji = turn.t.variants("mood_emoji")[mood - 1]
    turn.say(turn.t("care_mood_kept", day=checkin.day, emoji=emoji))
    if await care_days.low_mood_due(turn, week):
        await care_steps.care(turn, EventKind.LOW_MOOD)
    else:
        await ask(turn)


async def _set_mood(turn: Turn, week: Week, checkin: CheckIn, mood: int) -> None:
    checkin.mood, checkin.skipped, checkin.answered_at = mood, False, turn.now
    await turn.repos.nudges.cancel_snooze(week.id, checkin.day)


async def _next_or_care(turn: Turn, week: Week, checkin: CheckIn) -> None:
    """The rest of the day; after a run of low days it waits behind the safety question."""
    low = await care_days.low_mood_due(turn, week)
    await checkin_next(turn, week, checkin, ask=not low)
    if low:
        await care_steps.care(turn, EventKind.LOW_MOOD)


def put_aside(turn: Turn, day: int) -> None:
    """A new check-in answered mid-question: say plainly what was set aside, and how back."""
    step, ctx = care_days.beneath(turn)  # a care moment itself is not set aside
    if ctx.edit and ctx.day not in (None, day):
        turn.say(turn.t("put_aside_edit", day=ctx.day))
    elif step not in REST_STEPS and ctx.day != day:
        how = "/reflect" if step is Step.REFLECTION else "/journal"
        if ctx.stack:
            how = PUT_ASIDE_HOW.get(ctx.stack[0].then, how)
        turn.say(turn.t("put_aside", how=how))


async def waiting_days(turn: Turn, week: Week) -> list[int]:
    """Days whose check-in has come and has no mood yet (nor a skip)."""
    answered = {
        c.day
        for c in await turn.repos.checkins.for_week(week.id)
        if c.mood is not None or c.skipped
    }
    return sorted(await open_days(turn, week) - answered)


async def typed_at_rest(turn: Turn, text: str) -> None:
    """Text with no question open: a typed mood ("4", "😄", "pretty good", «норм») answers the
    newest check-in still waiting."""
    week = turn.week
    if week is None or week.status != WeekStatus.ACTIVE:
        turn.say(turn.t("idle_text"))
        return
    waiting = await waiting_days(turn, week)
    mood = reading.mood(text, turn.t.locale) if waiting else None
    if waiting and mood is not None:
        if not text.strip().isdigit():  # words or a face: say how it was read
            turn.say(turn.t("mood_heard", mood=mood, emoji=turn.t.variants("mood_emoji")[mood - 1]))
        await tap_mood(turn, taps.Mood(week.id, waiting[-1], mood))
        return
    if week_is_over(turn):
        if care_days.care_day(turn):
            closing_steps.close_later(turn, week)
        else:
            await closing_steps.start_thanks(turn, week)
        return
    if waiting:
        day = waiting[-1]
        turn.say(turn.t("mood_hint", day=day), mood_buttons(turn.t, week.id, day))
        return
    turn.say(turn.t("idle_text"))


def ask_week(turn: Turn) -> None:
    turn.say(turn.t("idle_text"))


# ---------------------------------------------------------------- the rest of the day


async def checkin_next(turn: Turn, week: Week, checkin: CheckIn, ask: bool = True) -> None:
    """Ask the next unanswered part of a day's check-in (or only move to it), or close it."""
    ctx, day = turn.ctx, checkin.day
    flags = {"day": day, "edit": ctx.edit, "old_note": ctx.old_note}
    if checkin.tried is None:
        turn.goto(Step.CHECKIN_TRIED, **flags)
    elif checkin.tried and checkin.tried_note is None:
        turn.goto(Step.CHECKIN_NOTE, **flags)
    elif checkin.effect is None:
        turn.goto(Step.CHECKIN_EFFECT, **flags)
    elif ctx.edit:
        turn.goto(Step.WEEK)
        turn.say(turn.t("checkin_updated", day=day))
        if await closing_steps.closing_due(turn, week):
            await closing_steps.start_thanks(turn, week)
        return
    else:
        turn.say(turn.t("checkin_saved", day=day))
        turn.goto(Step.WEEK, day=day)
        await after_checkin(turn, week)
        return
    if ask:
        ask_checkin(turn)


def ask_checkin(turn: Turn) -> None:
    t, step, ctx = turn.t, turn.step, turn.ctx
    wid, day, past = _week_id(turn), _day(turn), "_past" if ctx.edit else ""
    if step is Step.CHECKIN_TRIED:
        turn.say(
            t("checkin_tried_q" + past),
            rows(
                button(t.plain("btn_yes"), taps.Tried(wid, day, True)),
                button(t.plain("btn_not_today"), taps.Tried(wid, day, False)),
                per_row=2,
            ),
        )
    elif step is Step.CHECKIN_NOTE:
        text = t("checkin_note_q_gentle" if care_days.care_day(turn) else "checkin_note_q")
        if ctx.old_note:
            text += "\n\n" + t("checkin_note_keep", note=week_view.clip(ctx.old_note, 300))
        turn.say(text, rows(button(t.plain("btn_skip"), taps.NoteSkip(wid, day))))
    else:
        effects = (
            button(t.plain(f"effect_{e}"), taps.Effect(wid, day, e)) for e in program.EFFECTS
        )
        names, count = anchor_steps.both(t, turn.week)
        turn.say(t("checkin_effect_q" + past, anchor=names, count=count), rows(*effects, per_row=2))


async def _checkin_of(turn: Turn, week_id: int, day: int) -> CheckIn | None:
    week = week_of(turn, week_id, WeekStatus.ACTIVE)
    if week is None or day != turn.ctx.day:
        return None
    return await turn.repos.checkins.get_or_create(week.id, day, turn.now)


async def tap_tried(turn: Turn, tap: taps.Tried) -> bool:
    checkin = await _checkin_of(turn, tap.week, tap.day)
    if checkin is None or turn.week is None:
        return False
    checkin.tried, checkin.answered_at = tap.tried, turn.now
    if not tap.tried:
        checkin.tried_note = None
    await checkin_next(turn, turn.week, checkin)
    return True


async def tap_note_skip(turn: Turn, tap: taps.NoteSkip) -> bool:
    checkin = await _checkin_of(turn, tap.week, tap.day)
    if checkin is None or turn.week is None:
        return False
    checkin.tried_note, checkin.answered_at = turn.ctx.old_note or "", turn.now
    await checkin_next(turn, turn.week, checkin)
    return True


async def typed_note(turn: Turn, text: str) -> None:
    if turn.week is None:
        return
    checkin = await turn.repos.checkins.get_or_create(turn.week.id, _day(turn), turn.now)
    checkin.tried_note, checkin.answered_at = text, turn.now
    await checkin_next(turn, turn.week, checkin)


async def tap_effect(turn: Turn, tap: taps.Effect) -> bool:
    checkin = await _checkin_of(turn, tap.week, tap.day)
    if checkin is None or turn.week is None or tap.effect not in program.EFFECTS:
        return False
    checkin.effect, checkin.answered_at = Effect(tap.effect), turn.now
    await checkin_next(turn, turn.week, checkin)
    return True


CHECKIN_TAPS: dict[type[taps.Tap], TapHandler] = {
    taps.Tried: tap_tried,
    taps.NoteSkip: tap_note_skip,
    taps.Effect: tap_effect,
}
NEXT = (Step.CHECKIN_TRIED, Step.CHECKIN_NOTE, Step.CHECKIN_EFFECT, Step.WEEK,
        Step.FOLLOWUP_SENT, Step.REFLECTION, Step.FILL_DAY, Step.DRAFT)  # fmt: skip

PART.declare(StepDef(Step.WEEK, Group.REST, ask_week, text=typed_at_rest, to=NEXT,
                starts=(Then.THANKS,)))  # fmt: skip
PART.declare(StepDef(Step.CHECKIN_TRIED, Group.CHECKIN, ask_checkin, taps=CHECKIN_TAPS, to=NEXT,
                starts=(Then.THANKS,)))  # fmt: skip
PART.declare(StepDef(Step.CHECKIN_NOTE, Group.CHECKIN, ask_checkin, taps=CHECKIN_TAPS,
                text=typed_note, limit=program.SHORT_TEXT_MAX, to=NEXT,
                starts=(Then.THANKS,)))  # fmt: skip
PART.declare(StepDef(Step.CHECKIN_EFFECT, Group.CHECKIN, ask_checkin, taps=CHECKIN_TAPS, to=NEXT,
                starts=(Then.THANKS,)))  # fmt: skip
