"""Incoming, Turn and the small helpers every step of the journey uses."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any, Literal

from bot import schedule, week_view
from bot.replies import Button, Reply
from bot.schedule import hhmm, minute_time
from content import Texts, program
from storage.models import User, Week
from storage.repositories import Repos

log = logging.getLogger(__name__)


SETUP_STEPS = frozenset(
    {
        "welcome",
        "anchor_name",
        "anchor_why",
        "support",
        "support_own",
        "draft",
        "draft_own",
        "sched_keep",
        "tz",
        "tz_text",
        "time",
        "time_text",
        "time_confirm",
    }
)
FREE_TEXT_STEPS = frozenset(
    {
        "anchor_name",
        "anchor_why",
        "support_own",
        "draft_own",
        "tz_text",
        "time_text",
        "checkin_note",
        "followup_how",
        "reflection",
        "thank_own",
        "set_zone_text",
        "set_time_text",
    }
)
SETTINGS_STEPS = frozenset(
    {
        "set_menu",
        "set_time",
        "set_time_text",
        "set_time_confirm",
        "set_zone",
        "set_zone_text",
        "set_quiet",
        "set_lang",
    }
)
CONFIRM_STEPS = frozenset({"stop_confirm", "export_confirm", "delete_confirm"})
QUIET_CHOICES = ((22 * 60, 8 * 60), (23 * 60, 7 * 60), (21 * 60, 9 * 60), (0, 7 * 60))
EVENING = time(20, 0)
COPY_LIMIT = 256  # Telegram's limit for a copy-text button


@dataclass(frozen=True, slots=True)
class Incoming:
    """One thing the person did: a command, some text, a button tap, or anything else."""

    chat_id: int
    kind: Literal["command", "text", "button", "other"]
    value: str = ""
    language_code: str | None = None
    update_id: int | None = None


@dataclass(slots=True)
class Turn:
    """Everything one update is handled with; lives for a single unit of work."""

    repos: Repos
    user: User
    week: Week | None
    t: Texts
    now: datetime
    out: list[Reply] = field(default_factory=list)
    erased: bool = False

    def say(self, text: str, buttons: tuple[tuple[Button, ...], ...] = (), **extra: Any) -> None:
        self.out.append(Reply(text, buttons, **extra))

    def goto(self, step: str, **ctx: Any) -> None:
        if step != self.user.step:
            log.info("user %s step %s -> %s", self.user.id, self.user.step, step)
        self.user.step = step
        self.user.step_ctx = ctx


def back(turn: Turn) -> dict[str, Any]:
    """Where to return after a detour (settings): kept across the detour's own steps."""
    ctx = turn.user.step_ctx
    if (turn.user.step in SETTINGS_STEPS or turn.user.step in CONFIRM_STEPS) and "back" in ctx:
        return {"back": ctx["back"], "back_ctx": dict(ctx.get("back_ctx", {}))}
    return {"back": turn.user.step, "back_ctx": dict(ctx)}


def nudge_minute(user: User) -> int:
    default = schedule.parse_clock_time(program.DEFAULT_TIME) or time(19, 0)
    return (
        user.nudge_minute if user.nudge_minute is not None else default.hour * 60 + default.minute
    )


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
        week.request_sent == "not_yet"
        and day >= program.FOLLOWUP_AGAIN_DAY
        and week.anchor_response is None
    )


def rest_step(week: Week) -> str:
    return (
        "week" if week.status == "active" else ("again" if week.status == "completed" else "ended")
    )


def ctx_day(turn: Turn) -> int:
    return int(turn.user.step_ctx.get("day", 1))


def limit_for(step: str) -> int:
    if step == "anchor_name":
        return program.NAME_MAX
    if step in ("thank_own", "draft_own"):
        return program.DRAFT_MAX
    if step == "reflection":
        return program.LONG_TEXT_MAX
    return program.SHORT_TEXT_MAX


def when(turn: Turn, due_utc: datetime) -> str:
    """ "today at 19:00", "tomorrow at 19:00" or "Sat 29 Nov at 19:00", in the person's zone."""
    t, zone = turn.t, turn.user.timezone or "UTC"
    local = schedule.local_now(due_utc, zone)
    today = schedule.local_now(turn.now, zone).date()
    at = hhmm(local.time())
    if local.date() == today:
        return t.plain("when_today", time=at)
    if local.date() == today + timedelta(days=1):
        return t.plain("when_tomorrow", time=at)
    return t.plain("when_on", date=week_view.date_label(t, local.date()), time=at)


def week_arg(turn: Turn, arg: str, statuses: tuple[str, ...]) -> Week | None:
    week = turn.week
    if week is None or str(week.id) != arg or week.status not in statuses:
        return None
    return week


def detour(turn: Turn, step: str) -> None:
    """Ask a yes/no question, remembering the question to come back to."""
    if turn.user.step not in CONFIRM_STEPS:
        turn.goto(step, back=turn.user.step, back_ctx=dict(turn.user.step_ctx))
    else:
        turn.goto(step, **back(turn))


def week_is_over(turn: Turn) -> bool:
    """Seven days have passed (the closing note may have been missed, skipped or paused)."""
    week = turn.week
    if week is None or week.status != "active" or week.start_date is None:
        return False
    zone = turn.user.timezone or "UTC"
    return schedule.day_of_week(week.start_date, turn.now, zone) > program.WEEK_DAYS
