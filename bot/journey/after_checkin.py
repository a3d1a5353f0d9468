"""After a day's check-in: whether the request was sent and how it went, then a reflection."""

from __future__ import annotations

from bot.delivery.replies import rows
from bot.journey import care_days, closing_steps, taps
from bot.journey.core import Then, Turn, followup_due, rest_step, week_of
from bot.journey.engine import Group, Part, StepDef, caller, done, resume
from bot.journey.steps import Step
from bot.journey.words import alone, anchor, button, named, share_button, share_buttons
from bot.text import reading, week_view
from content import program
from content.program import RequestSent, Situation
from storage.models import Week, WeekStatus

PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)

FOLLOWUP_SENT = tuple(RequestSent)
SENT_LABELS = {
    RequestSent.SENT: "btn_sent_yes",
    RequestSent.NOT_YET: "btn_sent_not_yet",
    RequestSent.DECLINED: "btn_sent_no",
}
FOLLOWUP_HOW = ("warm", "pending", "awkward")
NEXT = (
    Step.WEEK,
    Step.FOLLOWUP_SENT,
    Step.SITUATION_HOW,
    Step.REFLECTION,
    Step.FILL_DAY,
    Step.DRAFT,
)


def _week_id(turn: Turn) -> int:
    return turn.week.id if turn.week else 0


async def after_checkin(turn: Turn, week: Week) -> None:
    """After a day's check-in: ask about the request, a reflection, and on day 7 the thanks."""
    ctx = turn.ctx
    day, stages = ctx.day, list(ctx.done)
    if day is None:
        turn.goto(rest_step(week))
        return
    if care_days.care_day(turn):  # a hard day: nothing more today (it all comes back later)
        if await closing_steps.closing_due(turn, week):
            closing_steps.close_later(turn, week)
        else:
            turn.goto(Step.WEEK)
        return
    if "followup" not in stages:
        stages.append("followup")
        if followup_due(week, day):
            turn.goto(Step.FOLLOWUP_SENT, day=day, done=stages)
            ask_followup(turn)
            return
    if "situation" not in stages:
        stages.append("situation")
        due = program.SITUATION_FOLLOWUP_DAY.get(week.situation) if week.situation else None
        unasked = week.situation_asked_at is None and week.situation_note is None
        if unasked and due is not None and day >= due:  # its day, or the next one answered
            week.situation_asked_at = turn.now
            turn.goto(Step.SITUATION_HOW, day=day, done=stages)
            ask_situation_how(turn)
            return
    if "reflection" not in stages:
        stages.append("reflection")
        q = await carried_question(turn, week, day)
        if q is not None:
            week.reflections_asked |= 1 << q
            turn.goto(Step.REFLECTION, day=day, done=stages, q=q)
            ask_reflection(turn)
            return
    if await closing_steps.closing_due(turn, week):
        await closing_steps.start_thanks(turn, week)
        return
    turn.goto(Step.WEEK)


async def carried_question(turn: Turn, week: Week, day: int) -> int | None:
    """The first reflection question due by `day` not yet answered nor asked: a question whose
    day was missed comes with the next check-in instead."""
    answered = {r.question for r in await turn.repos.reflections.for_week(week.id)}
    for due_day, q in sorted(program.REFLECTION_DAYS.items()):
        if due_day <= day and q not in answered and not week.reflections_asked & (1 << q):
            return q
    return None


def ask_followup(turn: Turn) -> None:
    t, wid = turn.t, _week_id(turn)
    if turn.step is Step.FOLLOWUP_SENT:
        key, labels = "followup_q", [(str(v), label) for v, label in SENT_LABELS.items()]
    else:
        key, labels = "followup_how_q", [(v, f"btn_resp_{v}") for v in FOLLOWUP_HOW]
    names, count = _anchors(turn)
    turn.say(
        t(key, anchor=names, count=count),
        rows(*(button(t.plain(label, count=count), taps.Followup(wid, v)) for v, label in labels)),
    )


def _anchors(turn: Turn) -> tuple[str, int]:
    """One question for both anchors: "Did you send your requests to Mira and Jo?"."""
    return week_view.anchors(turn.t, turn.week) if turn.week else (anchor(turn), 1)


def _still_here(turn: Turn, week: Week) -> None:
    """ "Not yet": each request, ready to send again, with a button to its own anchor."""
    t = turn.t
    for row in week.named_anchors():
        draft = row.request_text or ""
        if row.position == 1:
            turn.say(t("followup_not_yet", draft=draft), share_buttons(t, draft, week))
        elif draft:
            turn.say(
                t("followup_not_yet_anchor_more", anchor=named(t, row.name), draft=draft),
                share_buttons(t, draft, week, no=row.position),
            )
        if draft:
            alone(turn, draft, share_button(t, draft, week, no=row.position))


async def tap_followup(turn: Turn, tap: taps.Followup) -> bool:
    week, ctx = week_of(turn, tap.week, WeekStatus.ACTIVE), turn.ctx
    if week is None:
        return False
    if turn.step is Step.FOLLOWUP_SENT and tap.value in FOLLOWUP_SENT:
        week.request_sent = RequestSent(tap.value)
        if week.request_sent is RequestSent.SENT:
            turn.goto(Step.FOLLOWUP_HOW, day=ctx.day, done=ctx.done)
            ask_followup(turn)
            return True
        if week.request_sent is RequestSent.NOT_YET:
            _still_here(turn, week)
        else:
            turn.say(turn.t("followup_declined"))
    elif turn.step is Step.FOLLOWUP_HOW and tap.value in FOLLOWUP_HOW:
        week.anchor_response = turn.t.plain(f"response_{tap.value}")
        names, count = _anchors(turn)
        turn.say(turn.t(f"followup_saved_{tap.value}", anchor=names, count=count))
    else:
        return False
    await after_checkin(turn, week)
    return True


async def typed_sent(turn: Turn, text: str) -> None:
    """ "yes", "not yet", "Not really" typed instead of tapped: the same as the button."""
    answer = reading.sent(text, turn.t.locale)
    if answer is None or not await tap_followup(turn, taps.Followup(_week_id(turn), answer.value)):
        turn.say(turn.t("need_button"))
        ask_followup(turn)


async def typed_response(turn: Turn, text: str) -> None:
    """How the anchor answered, in the person's words: the reply follows its tone."""
    if turn.week is None:
        return
    turn.week.anchor_response = text
    heard = reading.tone(text, turn.t.locale)
    turn.say(turn.t(f"followup_heard_{heard}" if heard else "followup_saved"))
    await after_checkin(turn, turn.week)


# ---------------------------------------------------------------- what they were facing


def ask_situation_how(turn: Turn) -> None:
    t, week = turn.t, turn.week
    later = button(t.plain("btn_skip"), taps.SituationLater(_week_id(turn)))
    situation = week.situation if week and week.situation else Situation.BIG
    turn.say(t(f"situation_how_{situation}"), rows(later))


async def typed_situation_how(turn: Turn, text: str) -> None:
    if turn.week is None:
        return
    turn.week.situation_note = text
    heard = reading.tone(text, turn.t.locale)
    turn.say(turn.t(f"situation_heard_{heard}" if heard else "situation_how_saved"))
    await after_checkin(turn, turn.week)


async def tap_situation_later(turn: Turn, tap: taps.SituationLater) -> bool:
    week = week_of(turn, tap.week, WeekStatus.ACTIVE, WeekStatus.COMPLETED)
    if week is None:
        return False
    await after_checkin(turn, week)
    return True


# ---------------------------------------------------------------- reflection


def ask_reflection(turn: Turn) -> None:
    t, ctx = turn.t, turn.ctx
    question = week_view.question(t, ctx.q or 0)
    if caller(turn) is Then.REFLECT or ctx.day is None:
        turn.say(t("reflect_prompt", question=question))
        return
    later = button(t.plain("btn_later"), taps.ReflectLater(_week_id(turn), ctx.q or 0))
    turn.say(t("reflection_q", question=question), rows(later))


async def typed_reflection(turn: Turn, text: str) -> None:
    week = turn.week
    if week is None:
        return
    await turn.repos.reflections.add(week.id, turn.ctx.q or 0, text, turn.now)
    turn.say(turn.t("reflection_saved"))
    if caller(turn) is Then.REFLECT:
        await done(turn, None)
    else:
        await after_checkin(turn, week)


async def tap_reflection_later(turn: Turn, tap: taps.ReflectLater) -> bool:
    week = week_of(turn, tap.week, WeekStatus.ACTIVE, WeekStatus.COMPLETED)
    if week is None or caller(turn) is Then.REFLECT:
        return False
    turn.say(turn.t("reflection_later"))
    await after_checkin(turn, week)
    return True


@PART.returns(Then.REFLECT, Group.CHECKIN)
async def reflected(turn: Turn, value: None) -> None:
    await resume(turn)


PART.declare(StepDef(Step.FOLLOWUP_SENT, Group.CHECKIN, ask_followup,
                taps={taps.Followup: tap_followup}, text=typed_sent, numbered=True,
                to=(Step.FOLLOWUP_HOW, *NEXT), starts=(Then.THANKS,)))  # fmt: skip
PART.declare(StepDef(Step.FOLLOWUP_HOW, Group.CHECKIN, ask_followup,
                taps={taps.Followup: tap_followup}, text=typed_response,
                limit=program.SHORT_TEXT_MAX, to=NEXT, starts=(Then.THANKS,)))  # fmt: skip
PART.declare(StepDef(Step.REFLECTION, Group.CHECKIN, ask_reflection,
                taps={taps.ReflectLater: tap_reflection_later}, text=typed_reflection,
                limit=program.LONG_TEXT_MAX, to=NEXT, starts=(Then.THANKS,)))  # fmt: skip
PART.declare(StepDef(Step.SITUATION_HOW, Group.CHECKIN, ask_situation_how,
                taps={taps.SituationLater: tap_situation_later}, text=typed_situation_how,
                limit=program.SHORT_TEXT_MAX, to=NEXT, starts=(Then.THANKS,)))  # fmt: skip
