"""Care: a sub-flow that holds the conversation until the person has said whether they are safe.

Words of crisis (in any text or caption, at any step) or a run of the lowest mood start it: a
caring word, and "Are you safe right now?" as the only open question; whatever was being asked
waits behind it (`engine.start`) and comes back after "I'm safe" (or /cancel); any other tap or
text asks the question again. "I'm not safe" gets the help lines of the person's country first,
a drafted message to their anchor, and stays (`Step.CARE_STAY`): what they write next gets a
warm reply until they go back to the week.
Only that a care moment happened is stored (`Event`), never their words.
"""

from __future__ import annotations

import logging
import re

from bot.care.detector import normalise
from bot.care.helplines import HelpLine, describe, lines_for
from bot.delivery.outbox import care_words
from bot.delivery.replies import Button, Reply, rows
from bot.journey import taps
from bot.journey.anchor_steps import anchor_of, both, who
from bot.journey.care_days import CARE_STEPS
from bot.journey.core import REST_STEPS, Ctx, Then, Turn
from bot.journey.engine import Group, Part, StepDef, ask, done, resume, start
from bot.journey.steps import Step
from bot.journey.words import button
from content import Texts
from content.anchor import in_button
from content.helplines import Kind
from content.safety_answers import NOT_SAFE, SAFE
from storage.models import AnchorLink, EventKind, LinkStatus, User, Week, WeekStatus
from storage.nudge_enums import RelayKind

log = logging.getLogger(__name__)
PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)

_LINES_SHOWN = "lines"  # noted in the care step's context once the short list was shown
_END_MARKS = re.compile(r"[\s.,!?…]+")


class Answer:
    SAFE = "safe"
    NOT_SAFE = "unsafe"
    BACK = "back"


# ---------------------------------------------------------------- starting care


async def care(turn: Turn, kind: EventKind, kept: bool = False) -> None:
    """A care moment: say a caring word and ask whether they are safe, whatever was open.
    `kept`: an answer typed just before the words of crisis was kept (said once, here)."""
    week_id = turn.week.id if turn.week else None
    await turn.repos.events.add(turn.user.id, week_id, kind, turn.now)
    turn.cared_at = turn.now
    log.warning("care moment for user %s: %s", turn.user.id, kind.value)
    words = kind is EventKind.CRISIS_WORDS
    if turn.step is Step.CARE_STAY:
        _stay_reply(turn, crisis=words)
        return
    shown = _LINES_SHOWN in turn.ctx.done if turn.step is Step.CARE else False
    intro = turn.t("care_words" if words else "care_low_mood")
    if turn.step is Step.CARE and not kept:  # (kept: care opened unseen by that answer)
        intro = turn.t("care_again")
    if words and not shown:
        intro += "\n\n" + help_list(turn) + "\n\n" + turn.t("care_if_hurt", number=_emergency(turn))
        shown = True
    if kept:
        intro += "\n\n" + turn.t("care_answer_kept")
    turn.say(intro)
    noted = [kind.value, *([_LINES_SHOWN] if shown else [])]
    if turn.step is Step.CARE:
        turn.goto(Step.CARE, done=noted)
        ask_safety(turn)
    else:
        await start(turn, Step.CARE, Then.CARE, done=noted)


def ask_safety(turn: Turn) -> None:
    t = turn.t
    turn.say(
        t("care_question"),
        rows(
            button(t.plain("btn_safe"), taps.Care(Answer.SAFE)),
            button(t.plain("btn_not_safe"), taps.Care(Answer.NOT_SAFE)),
            per_row=2,
        ),
    )


def ask_stay(turn: Turn) -> None:
    """Asked again (after /start, a command, a stale button): still here, and the way back."""
    turn.say(turn.t("care_stay_prompt"), _back_button(turn))


# ---------------------------------------------------------------- the help lines


def _lines(turn: Turn) -> list[HelpLine]:
    return lines_for(turn.user.timezone, turn.user.language)


def _bullets(turn: Turn, lines: list[HelpLine]) -> str:
    """One line each; where we know no emergency number (no zone yet), a word about it."""
    said = [f"• {describe(line, turn.t.locale)}" for line in lines]
    if not any(line.kind is Kind.EMERGENCY for line in _lines(turn)):
        said.append("• " + turn.t.plain("care_emergency_anywhere"))
    return "\n".join(said)


def help_list(turn: Turn) -> str:
    """The short list: the person's country first, then their language, then a directory."""
    return turn.t("care_help", lines=_bullets(turn, _lines(turn)))


def _emergency(turn: Turn) -> str:
    """The emergency number of the person's country, or words for it where we know none.
    (Words of crisis may mean an act already done: this is said before anything is asked.)"""
    found = next((line for line in _lines(turn) if line.kind is Kind.EMERGENCY), None)
    if found is not None and found.number:
        return found.number
    return turn.t.plain("care_local_emergency")


def _call_now(turn: Turn) -> str:
    """After "I'm not safe" when the list was just shown: only the closest line (and the
    emergency number), not the list again."""
    lines = _lines(turn)
    first = [lines[0]]
    emergency = next((line for line in lines if line.kind is Kind.EMERGENCY), None)
    if emergency is not None and emergency is not lines[0]:
        first.append(emergency)
    return _bullets(turn, first) + "\n" + turn.t("care_lines_above")


# ---------------------------------------------------------------- the answers


@PART.anywhere(taps.Care)
async def tap_care(turn: Turn, tap: taps.Care) -> bool:
    """The safety buttons; an old "I'm not safe" from any message still gets help."""
    if tap.answer == Answer.SAFE:
        await _safe(turn)
    elif tap.answer == Answer.NOT_SAFE:
        await _not_safe(turn)
    elif tap.answer == Answer.BACK and turn.step is Step.CARE_STAY:
        await done(turn, Answer.BACK)
    elif tap.answer == Answer.BACK:  # from an old message: no "that has passed", only the week
        turn.say(turn.t("care_back_rest" if turn.step in REST_STEPS else "care_back"))
        await ask(turn)
    else:
        return False
    return True


async def _safe(turn: Turn) -> None:
    week_id = turn.week.id if turn.week else None
    await turn.repos.events.add(turn.user.id, week_id, EventKind.CARE_SAFE, turn.now)
    turn.say(turn.t("care_safe"))
    if turn.step in CARE_STEPS:
        await done(turn, Answer.SAFE)


async def _not_safe(turn: Turn) -> None:
    week_id = turn.week.id if turn.week else None
    await turn.repos.events.add(turn.user.id, week_id, EventKind.CARE_UNSAFE, turn.now)
    turn.cared_at = turn.now
    ctx = turn.ctx if turn.step in CARE_STEPS else Ctx()
    shown = _LINES_SHOWN in ctx.done
    lines = _call_now(turn) if shown else help_list(turn)
    turn.say(turn.t("care_not_safe") + "\n\n" + lines)
    await _offer(turn)
    noted = sorted({*ctx.done, _LINES_SHOWN})
    if turn.step in CARE_STEPS:
        turn.goto(Step.CARE_STAY, done=noted)
    else:
        await start(turn, Step.CARE_STAY, Then.CARE, quiet=True, done=noted)


async def _offer(turn: Turn) -> None:
    """A two-sentence message to their anchor(s), ready to copy or send on; an anchor who joined
    (this week or the last finished one) and can be reached is one tap away through the bot."""
    t, week = turn.t, turn.week
    draft = t.plain("care_draft")
    anchor = both(t, week)[0] if week is not None and week.named_anchors() else ""
    if anchor:
        text = t("care_offer", anchor=anchor)
        send = t.plain("btn_share", anchor=in_button(anchor))
    else:
        text = t("care_offer_anyone")
        send = t.plain("btn_share_anyone")
    reach = [
        button(
            t.plain("btn_care_relay", anchor=in_button(anchor_of(t, of, link))),
            taps.CareRelay(link.id),
        )
        for link, of in await _reachable(turn)
    ]
    turn.say(
        text + "\n\n" + t("care_draft_shown", draft=draft),
        (
            *rows(Button(t.plain("btn_copy"), copy=draft), Button(send, share=draft), per_row=2),
            *rows(*reach),
        ),
    )


async def _care_weeks(turn: Turn) -> list[Week]:
    """The current week, and the last finished one: a crisis at the week's very end (or just
    after it was closed) can still reach the anchor who was there for it."""
    week = turn.week
    if week is None:
        return []
    if week.status == WeekStatus.COMPLETED:
        return [week]
    previous = await turn.repos.weeks.previous_completed(week)
    return [week, *([previous] if previous is not None else [])]


async def _links(turn: Turn) -> list[tuple[AnchorLink, Week]]:
    """Every link of those weeks, whatever became of it, with its week."""
    found = []
    for week in await _care_weeks(turn):
        found += [(link, week) for link in await turn.repos.anchors.of_week(week.id)]
    return found


async def _reachable(turn: Turn) -> list[tuple[AnchorLink, Week]]:
    """The anchors who joined those weeks, are still linked and have not blocked the bot."""
    found = []
    for link, week in await _links(turn):
        if await _anchor_user(turn, link) is not None:
            found.append((link, week))
    return found


async def _anchor_user(turn: Turn, link: AnchorLink) -> User | None:
    if link.status != LinkStatus.JOINED or link.anchor_id is None:
        return None
    other = await turn.repos.anchors.user(link.anchor_id)
    return other if other is not None and other.active else None


@PART.anywhere(taps.CareRelay)
async def tap_care_relay(turn: Turn, tap: taps.CareRelay) -> bool:
    """The drafted words, and only those, to the anchor; once per crisis. From any step and any
    old message: when it cannot go (the anchor left, was unlinked, blocked the bot, or the link
    is gone), the person is told at once, with the words to send themselves."""
    found = next(((x, w) for x, w in await _links(turn) if x.id == tap.link), None)
    if found is None:
        _cannot(turn, both(turn.t, turn.week)[0] if turn.week else "")
        return True
    link, week = found
    anchor = anchor_of(turn.t, week, link)
    other = await _anchor_user(turn, link)
    if other is None:
        _cannot(turn, anchor)
        return True
    since = await turn.repos.events.latest(turn.user.id, (EventKind.CARE_UNSAFE,))
    if since is not None and await turn.repos.relays.care_since(link.id, since):
        turn.say(turn.t("care_relay_again", anchor=anchor))
        return True
    at = Texts(other.language)
    turn.say(turn.t("care_relay_sending", anchor=anchor))
    turn.out.append(
        Reply(
            at("care_from", person=who(at, link.person_name), text=turn.t.plain("care_draft")),
            to_chat=other.chat_id,
            kind=RelayKind.CARE,
        )
    )
    log.info("care message put in the outbox on link %s", link.id)
    return True


def _cannot(turn: Turn, anchor: str) -> None:
    """The message can't go through the bot: say so kindly, with the words to copy or send."""
    draft, buttons = care_words(turn.t, anchor or turn.t.plain("someone"))
    key = "care_relay_cannot" if anchor else "care_relay_cannot_anyone"
    turn.say(turn.t(key, anchor=anchor, draft=draft), buttons)
    log.info("care message could not go through the bot")


def _back_button(turn: Turn) -> tuple[tuple[Button, ...], ...]:
    return rows(button(turn.t.plain("btn_care_back"), taps.Care(Answer.BACK)))


def typed_answer(text: str) -> str | None:
    """A typed "yes"/"no" (in any of our languages) to the safety question, else None."""
    said = _END_MARKS.sub(" ", " ".join(normalise(text).split())).strip()
    if any(said == _END_MARKS.sub(" ", a).strip() for words in NOT_SAFE.values() for a in words):
        return Answer.NOT_SAFE
    if any(said == _END_MARKS.sub(" ", a).strip() for words in SAFE.values() for a in words):
        return Answer.SAFE
    return None


async def typed_at_care(turn: Turn, text: str) -> None:
    """Text at the safety question: a typed yes or no answers it. Anything else (a number that
    is no button, a few words about the day) is no answer: a kind word and the question again.
    Only an answer (or /cancel) closes it; words of crisis never reach here (`care` again)."""
    answer = typed_answer(text)
    if answer == Answer.SAFE:
        await _safe(turn)
    elif answer == Answer.NOT_SAFE:
        await _not_safe(turn)
    else:
        turn.say(turn.t("care_unclear"))
        ask_safety(turn)


async def typed_at_stay(turn: Turn, text: str) -> None:
    """After "I'm not safe": whatever they write gets a warm word; nothing is kept."""
    _stay_reply(turn, crisis=False)


def _stay_reply(turn: Turn, crisis: bool) -> None:
    ctx = turn.ctx
    said = (ctx.q or 0) + 1  # `q` counts the replies here, so the words change
    text = turn.t.variant("care_stay", (said - 1) % len(turn.t.variants("care_stay")))
    if crisis:
        lines = _lines(turn)
        text = turn.t("care_stay_words") + "\n\n" + _bullets(turn, lines[:1])
    turn.goto(Step.CARE_STAY, done=ctx.done, q=said)
    turn.say(text, _back_button(turn))


@PART.returns(Then.CARE, Group.CONFIRM)
async def care_closed(turn: Turn, answer: str | None) -> None:
    """The question put aside is back: ask it again (a resting person is told where they are)."""
    if answer == Answer.BACK:
        turn.say(turn.t("care_back_rest" if turn.step in REST_STEPS else "care_back"))
    await resume(turn)


# The safety question holds the conversation: only its own buttons and the crisis message to an
# anchor answer there; any other tap (an old /reflect pick, "Add a second person") asks it
# again. A check-in's mood is kept, and the question stays (`checkin_steps.tap_mood`). Commands
# the person types still work (/cancel closes it).
PART.declare(StepDef(Step.CARE, Group.SUBFLOW, ask_safety, text=typed_at_care, numbered=True,
                taps={taps.Care: tap_care, taps.CareRelay: tap_care_relay}, holds=True,
                passes=(taps.Mood,), to=(Step.CARE, Step.CARE_STAY)))  # fmt: skip
PART.declare(StepDef(Step.CARE_STAY, Group.SUBFLOW, ask_stay, text=typed_at_stay,
                to=(Step.CARE_STAY,)))  # fmt: skip
