"""Incoming, Turn, the typed step context, and the small helpers every step uses."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from bot.delivery.replies import Button, Reply
from bot.journey.steps import Step
from bot.text import week_view
from bot.timing import schedule
from bot.timing.schedule import hhmm, minute_time
from content import Texts, program
from content.program import RequestSent
from storage.models import User, Week, WeekStatus
from storage.nudge_enums import NudgeKind, NudgeStatus
from storage.repositories import Repos

if TYPE_CHECKING:
    from bot.journey.engine import Flow

log = logging.getLogger(__name__)

EVENING = time(20, 0)
REST_STEPS = frozenset({Step.WEEK, Step.AGAIN, Step.ENDED})
# A check-in in one of these has not come (yet, or at all): its day cannot be filled in.
NOT_COME = (NudgeStatus.PENDING, NudgeStatus.CLAIMED, NudgeStatus.CANCELLED)


class Then(StrEnum):
    """Who started a sub-flow, and so what its returned value is for (stored with the frame)."""

    REQUEST = "request"  # the draft picker, for the request to the anchor
    THANKS = "thanks"  # the draft picker, for the thank-you
    SETUP_ZONE = "setup_zone"
    SETUP_TIME = "setup_time"
    SETTINGS = "settings"  # /settings itself: closes back to the interrupted question
    SETTINGS_ZONE = "settings_zone"
    SETTINGS_TIME = "settings_time"
    STOP = "stop"  # the yes/no confirmations
    EXPORT = "export"
    DELETE = "delete"
    REFLECT = "reflect"  # a question picked in /reflect
    CARE = "care"  # the safety question: the question put aside comes back after it
    ANCHOR_ZONE = "anchor_zone"  # an anchor's zone, asked once when they say yes
    ANCHOR_MSG = "anchor_msg"  # an anchor's short message to the person
    SETUP_ANCHOR = "setup_anchor"  # the anchor sub-flow, for the week's first anchor (setup)
    ADD_ANCHOR = "add_anchor"  # the anchor sub-flow, for each later one (setup's offer, /settings)


ANCHOR_THENS = frozenset({Then.SETUP_ANCHOR, Then.ADD_ANCHOR})
# The steps of the anchor sub-flow (one anchor's name, why, the week's situation, support).
ANCHOR_STEPS = frozenset(
    {Step.ANCHOR_NAME, Step.ANCHOR_WHY, Step.SITUATION, Step.SUPPORT, Step.SUPPORT_OWN}
)
# Stored values of older versions: the second anchor had steps of its own, and setup's first
# anchor was no sub-flow. `upgrade` maps them onto the one anchor sub-flow when read.
OLD_STEPS = {
    "anchor2_name": Step.ANCHOR_NAME,
    "anchor2_why": Step.ANCHOR_WHY,
    "anchor2_support": Step.SUPPORT,
    "anchor2_support_own": Step.SUPPORT_OWN,
}
OLD_THENS = {"second_anchor": Then.ADD_ANCHOR.value}


@dataclass(frozen=True, slots=True)
class Incoming:
    """One thing the person did: a command, some text, a button tap, or anything else."""

    chat_id: int
    kind: Literal["command", "text", "button", "other"]
    value: str = ""
    language_code: str | None = None
    update_id: int | None = None
    arg: str = ""  # what follows a command ("/start <token>")
    first_name: str | None = None  # the name the person goes by in the messenger
    folded: tuple[int, ...] = ()  # updates joined into this one (a flood), taken with it
    pieces: tuple[str, ...] = ()  # a flood's typed messages, joined into `value`, one by one


@dataclass(slots=True)
class Frame:
    """A question put aside while a sub-flow runs; `then` receives the sub-flow's value."""

    step: Step
    ctx: dict[str, Any]
    then: Then


@dataclass(slots=True)
class Ctx:
    """What a step needs to know besides the person and the week (stored as JSON)."""

    day: int | None = None  # the check-in day a question is about
    edit: bool = False  # re-answering a past day from /journal
    done: list[str] = field(default_factory=list)  # after a check-in: follow-up, reflection
    q: int | None = None  # the reflection question
    minute: int | None = None  # a night time waiting for "yes, at night"
    old_note: str | None = None  # while re-answering a day: its note, kept unless rewritten
    zones: list[str] = field(default_factory=list)  # zones offered for a typed place ("CST")
    link: int | None = None  # the anchor link a question is about
    draft: str | None = None  # what an anchor typed, waiting for "send it to Alex"
    long: str | None = None  # a text over the step's limit, kept until the person chooses
    anchor: int | None = None  # the position of the anchor being added (the anchor sub-flow)
    stack: list[Frame] = field(default_factory=list)  # questions put aside by sub-flows

    def dump(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name == "stack":
                value = [
                    {"step": fr.step.value, "ctx": fr.ctx, "then": fr.then.value} for fr in value
                ]
            if value is not None and value is not False and value != []:
                out[f.name] = value
        return out

    @classmethod
    def load(cls, raw: dict[str, Any] | None) -> Ctx:
        """Tolerant of rows written by older versions: unknown keys and frames are dropped."""
        raw = raw or {}
        stack = []
        for fr in raw.get("stack", []):
            try:
                stack.append(Frame(Step(fr["step"]), dict(fr.get("ctx", {})), Then(fr["then"])))
            except (KeyError, ValueError, TypeError):
                continue
        day, q, minute, note = raw.get("day"), raw.get("q"), raw.get("minute"), raw.get("old_note")
        link, draft, long = raw.get("link"), raw.get("draft"), raw.get("long")
        anchor = raw.get("anchor")
        return cls(
            day=day if isinstance(day, int) else None,
            edit=bool(raw.get("edit")),
            done=[str(d) for d in raw.get("done", [])],
            q=q if isinstance(q, int) else None,
            minute=minute if isinstance(minute, int) else None,
            old_note=note if isinstance(note, str) else None,
            zones=[str(z) for z in raw.get("zones", []) if isinstance(z, str)],
            link=link if isinstance(link, int) else None,
            draft=draft if isinstance(draft, str) else None,
            long=long if isinstance(long, str) else None,
            anchor=anchor if isinstance(anchor, int) else None,
            stack=stack,
        )


@dataclass(slots=True)
class Turn:
    """Everything one update is handled with; lives for a single unit of work."""

    repos: Repos
    user: User
    week: Week | None
    t: Texts
    now: datetime
    flow: Flow  # the step graph (see engine.Flow)
    out: list[Reply] = field(default_factory=list)
    erased: bool = False
    incoming: Incoming | None = None
    cared_at: datetime | None = None  # the person's latest care moment (see care_steps.care_day)
    # The typed text was one of the bot's own words ("saltar", "skip"), not the person's: the
    # care check does not keep it to read with their next message (bot/journey/care_join.py).
    own_word: bool = False

    @property
    def step(self) -> Step:
        return current_step(self.user)

    @property
    def ctx(self) -> Ctx:
        return Ctx.load(self.user.step_ctx)

    def say(self, text: str, buttons: tuple[tuple[Button, ...], ...] = (), **extra: Any) -> None:
        self.out.append(Reply(text, buttons, **extra))

    def confirm(self, text: str) -> None:
        """ "Sent to Alex": said after a message to another chat, and kept in the outbox with
        it, so a crash between the two cannot lose it (a redelivered update is not handled
        twice, so it would never be said)."""
        self.out.append(Reply(text, durable=True))

    def tell(self, chat_id: int, text: str, buttons: tuple[tuple[Button, ...], ...] = ()) -> None:
        """A message to someone else's chat (the anchor, or the person they support)."""
        self.out.append(Reply(text, buttons, to_chat=chat_id))

    def goto(self, step: Step, **fields: Any) -> None:
        """Move to `step` inside the current flow; a resting step drops every put-aside question."""
        stack = [] if step in REST_STEPS else self.ctx.stack
        self.put(step, Ctx(**fields, stack=stack))

    def put(self, step: Step, ctx: Ctx) -> None:
        if step != self.user.step:
            log.info("user %s step %s -> %s", self.user.id, self.user.step, step.value)
        self.user.step = step.value
        self.user.step_ctx = ctx.dump()


def current_step(user: User) -> Step:
    """The stored step; a name from an older version falls back to a resting step."""
    try:
        return Step(user.step)
    except ValueError:
        return Step.WELCOME if user.timezone is None else Step.WEEK


def upgrade(user: User) -> None:
    """A person mid-way in a step of an older version goes on from the same question: an old
    second-anchor step becomes the anchor sub-flow's (for anchor 2), and setup's first anchor,
    once asked outside any sub-flow, gets the sub-flow's frame (for anchor 1)."""
    raw = dict(user.step_ctx or {})
    stack = [dict(fr) for fr in raw.pop("stack", []) if isinstance(fr, dict)]
    places = [(fr.get("step"), dict(fr.get("ctx") or {}), fr.get("then")) for fr in stack]
    places.append((user.step, raw, None))
    out: list[tuple[Any, dict[str, Any], Any]] = []
    inside = False  # below this place, a frame of the anchor sub-flow
    for step, ctx, then in places:
        if step in OLD_STEPS:
            step, ctx = OLD_STEPS[step].value, {**ctx, "anchor": ctx.get("anchor", 2)}
        if step in ANCHOR_STEPS and not inside:
            out.append((Step.WELCOME.value, {}, Then.SETUP_ANCHOR.value))
            ctx = {**ctx, "anchor": ctx.get("anchor", 1)}
        then = OLD_THENS.get(then, then) if isinstance(then, str) else then
        out.append((step, ctx, then))
        inside = inside or then in ANCHOR_THENS
    *frames, (step, ctx, _) = out
    if frames:
        ctx["stack"] = [{"step": s, "ctx": c, "then": th} for s, c, th in frames]
    if step == user.step and ctx == (user.step_ctx or {}):
        return  # nothing of an older version
    user.step, user.step_ctx = step, ctx
    log.info("user %s: a step of an older version read as %s", user.id, step)


def nudge_minute(user: User) -> int:
    return user.nudge_minute if user.nudge_minute is not None else program.DEFAULT_CHECKIN_MINUTE


def is_quiet_for(user: User, at: time) -> bool:
    return schedule.is_quiet(at, minute_time(user.quiet_start), minute_time(user.quiet_end))


def quiet_label(user: User) -> str:
    return f"{hhmm(minute_time(user.quiet_start))}–{hhmm(minute_time(user.quiet_end))}"


def followup_due(week: Week, day: int) -> bool:
    if day < program.FOLLOWUP_FIRST_DAY:
        return False
    if week.request_sent is None:
        return True
    return (
        week.request_sent == RequestSent.NOT_YET
        and day >= program.FOLLOWUP_AGAIN_DAY
        and week.anchor_response is None
    )


def rest_step(week: Week | None) -> Step:
    if week is not None and week.status == WeekStatus.ACTIVE:
        return Step.WEEK
    if week is not None and week.status == WeekStatus.COMPLETED:
        return Step.AGAIN
    return Step.ENDED


def when(turn: Turn, due_utc: datetime) -> str:
    """ "today at 19:00", "tomorrow at 19:00" or "Saturday, March 28 at 19:00", in their zone."""
    t, zone = turn.t, turn.user.timezone or "UTC"
    local = schedule.local_now(due_utc, zone)
    today = schedule.local_now(turn.now, zone).date()
    at = hhmm(local.time())
    if local.date() == today:
        return t.plain("when_today", time=at)
    if local.date() == today + timedelta(days=1):
        return t.plain("when_tomorrow", time=at)
    return t.plain("when_on", date=week_view.long_date(t, local.date()), time=at)


async def next_text(turn: Turn, week: Week) -> str:
    nxt = await turn.repos.nudges.next_pending(week.id)
    return when(turn, nxt.due_at) if nxt else turn.t.plain("status_no_next")


def week_of(turn: Turn, week_id: int, *statuses: WeekStatus) -> Week | None:
    """The person's latest week if a button names it and it is in one of `statuses`."""
    week = turn.week
    if week is None or week.id != week_id or week.status not in statuses:
        return None
    return week


def today(turn: Turn, week: Week) -> int:
    """The day of the week it is now for the person (0 before the first, 8+ after the last)."""
    start = week.start_date or turn.now.date()
    return schedule.day_of_week(start, turn.now, turn.user.timezone or "UTC")


def week_is_over(turn: Turn) -> bool:
    """Seven days have passed (the closing note may have been missed, skipped or paused)."""
    week = turn.week
    if week is None or week.status != WeekStatus.ACTIVE or week.start_date is None:
        return False
    return today(turn, week) > program.WEEK_DAYS


async def open_days(turn: Turn, week: Week) -> set[int]:
    """Days whose check-in has come (sent, missed or skipped): those can be filled in."""
    return {
        n.day
        for n in await turn.repos.nudges.for_week(week.id)
        if n.kind == NudgeKind.CHECKIN and n.status not in NOT_COME
    }
