"""The one-week practice as plain Python: given what the person did, decide what comes next.

No chat platform is imported here. Adapters turn their updates into `Incoming` and render the
returned `Reply` objects; the dispatcher asks `nudge_reply` for the words of a due nudge.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Literal
from urllib.parse import quote

from bot import schedule
from bot.clock import Clock
from bot.replies import Button, Reply, rows
from bot.timezones import parse_zone, zone_label_now
from content import Safe, Texts, pick_locale, program
from content.zones import COMMON_ZONES
from storage.models import CheckIn, User, Week
from storage.repositories import DueNudge, Repos, Store

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
    }
)
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

    def say(self, text: str, buttons: tuple[tuple[Button, ...], ...] = ()) -> None:
        self.out.append(Reply(text, buttons))

    def goto(self, step: str, **ctx: Any) -> None:
        if step != self.user.step:
            log.info("user %s step %s -> %s", self.user.id, self.user.step, step)
        self.user.step = step
        self.user.step_ctx = ctx


class Journey:
    """Handles every input of every person; the database holds all state between calls."""

    def __init__(self, store: Store, clock: Clock, missed_grace: timedelta = timedelta(hours=3)):
        self.store = store
        self.clock = clock
        self.missed_grace = missed_grace

    # ----------------------------------------------------------------- entry points
    async def handle(self, msg: Incoming) -> list[Reply]:
        now = self.clock.now()
        async with self.store.unit() as repos:
            if msg.update_id is not None and not await repos.updates.first_time(msg.update_id, now):
                log.info("update %s seen before; ignored", msg.update_id)
                return []
            user = await repos.users.by_chat(msg.chat_id)
            if user is None:
                user = await repos.users.create(msg.chat_id, pick_locale(msg.language_code), now)
                log.info("new user %s", user.id)
            user.active = True
            week = await repos.weeks.latest(user.id)
            turn = Turn(repos, user, week, Texts(user.language), now)
            await self._route(turn, msg)
            user.updated_at = now
            return turn.out

    async def set_reachable(self, chat_id: int, reachable: bool) -> None:
        """The person blocked (or unblocked) the bot: no nudges go to an unreachable chat."""
        async with self.store.unit() as repos:
            await repos.users.set_active(chat_id, reachable, self.clock.now())
        log.info("chat reachable=%s", reachable)

    def nudge_reply(self, due: DueNudge) -> Reply:
        """The words and buttons of a due nudge (pure: the dispatcher calls it in bulk)."""
        t = Texts(due.language)
        if due.kind == "close":
            return Reply(
                t("week_close_nudge", anchor=due.anchor_name),
                rows(Button(t("btn_close_week"), f"th:{due.week_id}:start")),
            )
        return Reply(t("checkin_mood_q", day=due.day), _mood_buttons(t, due.week_id, due.day))

    # ----------------------------------------------------------------- routing
    async def _route(self, turn: Turn, msg: Incoming) -> None:
        if msg.kind == "command":
            await self._command(turn, msg.value)
        elif msg.kind == "button":
            await self._button(turn, msg.value)
        elif msg.kind == "text":
            await self._text(turn, msg.value)
        else:
            turn.say(turn.t("non_text"))
            await self._prompt(turn)

    async def _command(self, turn: Turn, name: str) -> None:
        handlers = {
            "start": self._cmd_start,
            "help": self._cmd_help,
            "status": self._cmd_status,
            "reflect": self._cmd_reflect,
            "pause": self._cmd_pause,
            "resume": self._cmd_resume,
            "stop": self._cmd_stop,
            "cancel": self._cmd_cancel,
        }
        handler = handlers.get(name.lower())
        if handler is None:
            turn.say(turn.t("unknown_command"))
            return
        await handler(turn)

    async def _text(self, turn: Turn, text: str) -> None:
        text = text.strip()
        step = turn.user.step
        if step not in FREE_TEXT_STEPS:
            if step == "time" and text:
                await self._typed_time(turn, text)
                return
            data = self._numbered_choice(turn, text)
            if data is None and step == "tz" and text:
                await self._typed_zone(turn, text)
                return
            if data is not None:
                await self._button(turn, data)
                return
            if step in ("week", "ended"):
                turn.say(turn.t("idle_text") if step == "week" else turn.t("status_ended"))
                return
            turn.say(turn.t("need_button"))
            await self._prompt(turn)
            return
        if not text:
            turn.say(turn.t("empty_text"))
            return
        limit = _limit_for(step)
        if len(text) > limit:
            turn.say(turn.t("too_long", max=limit))
            return
        await self._free_text(turn, step, text)

    def _numbered_choice(self, turn: Turn, text: str) -> str | None:
        """ "2" typed where buttons are shown means the second button."""
        if not text.isdigit():
            return None
        probe = Turn(turn.repos, turn.user, turn.week, turn.t, turn.now)
        self._prompt_sync(probe)
        choices = [b.data for r in probe.out for row in r.buttons for b in row if b.data]
        index = int(text) - 1
        return choices[index] if 0 <= index < len(choices) else None

    async def _free_text(self, turn: Turn, step: str, text: str) -> None:
        week = turn.week
        if step == "anchor_name" and week:
            week.anchor_name = text
            turn.goto("anchor_why")
        elif step == "anchor_why" and week:
            week.anchor_why = text
            turn.say(turn.t("anchor_saved", anchor=week.anchor_name))
            turn.goto("support")
        elif step == "support_own" and week:
            week.support_kind, week.support_text, week.draft_variant = "own", text, 0
            turn.goto("draft")
        elif step == "draft_own" and week:
            week.request_text = text
            await self._request_ready(turn, week)
            return
        elif step == "tz_text":
            await self._typed_zone(turn, text)
            return
        elif step == "time_text":
            await self._typed_time(turn, text)
            return
        elif step == "checkin_note" and week:
            checkin = await turn.repos.checkins.get_or_create(week.id, _ctx_day(turn), turn.now)
            checkin.tried_note = text
            await self._checkin_next(turn, week, checkin)
            return
        elif step == "followup_how" and week:
            week.anchor_response = text
            turn.say(turn.t("followup_saved"))
            await self._after_checkin(turn, week)
            return
        elif step == "reflection" and week:
            await turn.repos.reflections.add(
                week.id, int(turn.user.step_ctx.get("q", 0)), text, turn.now
            )
            turn.say(turn.t("reflection_saved"))
            await self._after_checkin(turn, week)
            return
        elif step == "thank_own" and week:
            week.thank_text = text
            await self._finish_week(turn, week)
            return
        await self._prompt(turn)

    # ----------------------------------------------------------------- buttons
    async def _button(self, turn: Turn, data: str) -> None:
        parts = data.split(":")
        kind, args = parts[0], parts[1:]
        handler = {
            "begin": self._btn_begin,
            "sp": self._btn_support,
            "dr": self._btn_draft,
            "sk": self._btn_sched_keep,
            "tz": self._btn_zone,
            "tm": self._btn_time,
            "tc": self._btn_time_confirm,
            "ck": self._btn_checkin,
            "fu": self._btn_followup,
            "rl": self._btn_reflection_later,
            "rq": self._btn_reflect_pick,
            "th": self._btn_thank,
            "ag": self._btn_again,
            "st": self._btn_stop,
        }.get(kind)
        try:
            handled = handler is not None and await handler(turn, args)
        except (ValueError, IndexError):
            handled = False
        if not handled:
            log.info("user %s tapped a stale button", turn.user.id)
            turn.say(turn.t("stale_button"))
            await self._prompt(turn)

    def _week_arg(self, turn: Turn, arg: str, statuses: tuple[str, ...]) -> Week | None:
        week = turn.week
        if week is None or str(week.id) != arg or week.status not in statuses:
            return None
        return week

    async def _btn_begin(self, turn: Turn, args: list[str]) -> bool:
        if turn.user.step != "welcome":
            return False
        turn.week = await turn.repos.weeks.create(turn.user.id, turn.now)
        turn.goto("anchor_name")
        await self._prompt(turn)
        return True

    async def _btn_support(self, turn: Turn, args: list[str]) -> bool:
        week = self._week_arg(turn, args[0], ("setup",))
        if week is None or turn.user.step != "support" or args[1] not in program.SUPPORT_KINDS:
            return False
        if args[1] == "own":
            turn.goto("support_own")
        else:
            week.support_kind, week.support_text, week.draft_variant = args[1], None, 0
            turn.goto("draft")
        await self._prompt(turn)
        return True

    async def _btn_draft(self, turn: Turn, args: list[str]) -> bool:
        week = self._week_arg(turn, args[0], ("setup",))
        if week is None or turn.user.step != "draft":
            return False
        action = args[1]
        if action == "take":
            week.request_text = self._request_draft(turn.t, week)
            await self._request_ready(turn, week)
            return True
        if action == "again":
            week.draft_variant += 1
        elif action == "own":
            turn.goto("draft_own")
        else:
            return False
        await self._prompt(turn)
        return True

    async def _btn_sched_keep(self, turn: Turn, args: list[str]) -> bool:
        if turn.user.step != "sched_keep" or turn.week is None:
            return False
        if args[0] == "keep":
            await self._schedule_week(turn, turn.week)
        else:
            turn.goto("tz")
            await self._prompt(turn)
        return True

    async def _btn_zone(self, turn: Turn, args: list[str]) -> bool:
        if turn.user.step not in ("tz", "tz_text"):
            return False
        zone = ":".join(args)
        if zone == "other":
            turn.goto("tz_text")
            await self._prompt(turn)
            return True
        canonical = parse_zone(zone)
        if canonical is None:
            return False
        self._set_zone(turn, canonical)
        return True

    async def _btn_time(self, turn: Turn, args: list[str]) -> bool:
        if turn.user.step not in ("time", "time_text"):
            return False
        if args[0] == "other":
            turn.goto("time_text")
            await self._prompt(turn)
            return True
        await self._choose_time(turn, time(int(args[0]), int(args[1])))
        return True

    async def _btn_time_confirm(self, turn: Turn, args: list[str]) -> bool:
        if turn.user.step != "time_confirm" or turn.week is None:
            return False
        if args[0] == "yes":
            turn.user.nudge_minute = int(turn.user.step_ctx["minute"])
            turn.user.night_ok = True
            await self._schedule_week(turn, turn.week)
        else:
            turn.goto("time")
            await self._prompt(turn)
        return True

    async def _btn_checkin(self, turn: Turn, args: list[str]) -> bool:
        field_name, week_arg, day_arg, value = args[0], args[1], args[2], args[3]
        week = self._week_arg(turn, week_arg, ("active",))
        day = int(day_arg)
        if week is None or not 1 <= day <= program.WEEK_DAYS:
            return False
        checkin = await turn.repos.checkins.get_or_create(week.id, day, turn.now)
        if field_name == "m" and int(value) in program.MOODS:
            checkin.mood = int(value)
        elif field_name == "t" and value in ("1", "0"):
            checkin.tried = value == "1"
            if not checkin.tried:
                checkin.tried_note = None
        elif field_name == "n" and value == "skip":
            checkin.tried_note = ""
        elif field_name == "e" and value in program.EFFECTS:
            checkin.effect = value
        else:
            return False
        checkin.answered_at = turn.now
        await self._checkin_next(turn, week, checkin)
        return True

    async def _btn_followup(self, turn: Turn, args: list[str]) -> bool:
        week = self._week_arg(turn, args[0], ("active",))
        step = turn.user.step
        if week is None or step not in ("followup_sent", "followup_how"):
            return False
        value = args[1]
        if step == "followup_sent" and value in ("sent", "not_yet", "declined"):
            if value == "sent":
                week.request_sent = "sent"
                turn.goto("followup_how", **turn.user.step_ctx)
                await self._prompt(turn)
                return True
            week.request_sent = value
            if value == "not_yet":
                turn.say(turn.t("followup_not_yet", draft=week.request_text or ""))
            else:
                turn.say(turn.t("followup_declined"))
            await self._after_checkin(turn, week)
            return True
        if step == "followup_how" and value in ("warm", "pending", "awkward"):
            week.anchor_response = turn.t.plain(f"response_{value}")
            turn.say(turn.t("followup_saved"))
            await self._after_checkin(turn, week)
            return True
        return False

    async def _btn_reflection_later(self, turn: Turn, args: list[str]) -> bool:
        week = self._week_arg(turn, args[0], ("active", "completed"))
        if week is None or turn.user.step != "reflection":
            return False
        turn.say(turn.t("reflection_later"))
        await self._after_checkin(turn, week)
        return True

    async def _btn_reflect_pick(self, turn: Turn, args: list[str]) -> bool:
        week = self._week_arg(turn, args[0], ("active", "completed"))
        q = int(args[1])
        if week is None or not 0 <= q < program.REFLECTION_COUNT:
            return False
        turn.goto("reflection", q=q, back=turn.user.step)
        turn.say(turn.t("reflect_prompt", question=_question(turn.t, q)))
        return True

    async def _btn_thank(self, turn: Turn, args: list[str]) -> bool:
        week = self._week_arg(turn, args[0], ("active",))
        if week is None:
            return False
        action = args[1]
        if action == "start":
            if turn.user.step in ("thank", "thank_own"):
                await self._prompt(turn)
            else:
                self._start_thank(turn, week)
            return True
        if turn.user.step != "thank":
            return False
        if action == "take":
            week.thank_text = self._thank_draft(turn.t, week)
            await self._finish_week(turn, week)
        elif action == "again":
            week.thank_variant += 1
            await self._prompt(turn)
        elif action == "own":
            turn.goto("thank_own")
            await self._prompt(turn)
        else:
            return False
        return True

    async def _btn_again(self, turn: Turn, args: list[str]) -> bool:
        if turn.user.step not in ("again", "ended"):
            return False
        choice = args[0]
        if choice == "no":
            turn.goto("ended")
            turn.say(turn.t("again_not_now"))
            return True
        previous = turn.week
        if choice == "same" and previous is not None and previous.anchor_name:
            turn.week = await turn.repos.weeks.create(
                turn.user.id,
                turn.now,
                anchor_name=previous.anchor_name,
                anchor_why=previous.anchor_why,
            )
            turn.goto("support")
        elif choice in ("same", "new"):
            turn.week = await turn.repos.weeks.create(turn.user.id, turn.now)
            turn.goto("anchor_name")
        else:
            return False
        await self._prompt(turn)
        return True

    async def _btn_stop(self, turn: Turn, args: list[str]) -> bool:
        if turn.user.step != "stop_confirm":
            return False
        ctx = turn.user.step_ctx
        if args[0] == "yes" and turn.week is not None:
            week = turn.week
            week.status, week.ended_at = "stopped", turn.now
            await turn.repos.nudges.cancel_pending(week.id)
            turn.goto("ended")
            turn.say(turn.t("stopped"))
            log.info("user %s stopped week %s", turn.user.id, week.id)
            return True
        turn.goto(str(ctx.get("back", "week")), **dict(ctx.get("back_ctx", {})))
        turn.say(turn.t("stop_kept"))
        await self._prompt(turn)
        return True

    # ----------------------------------------------------------------- commands
    async def _cmd_start(self, turn: Turn) -> None:
        step = turn.user.step
        if step == "welcome":
            await self._prompt(turn)
        elif step in ("ended", "again"):
            if turn.week is None or not turn.week.anchor_name:
                turn.goto("welcome")
            else:
                turn.goto("again")
            await self._prompt(turn)
        elif step == "week":
            await self._cmd_status(turn)
        else:
            turn.say(turn.t("welcome_back"))
            await self._prompt(turn)

    async def _cmd_help(self, turn: Turn) -> None:
        turn.say(turn.t("help"))

    async def _cmd_status(self, turn: Turn) -> None:
        week = turn.week
        if turn.user.step in SETUP_STEPS:
            turn.say(turn.t("status_setup"))
            await self._prompt(turn)
            return
        if week is None or week.status != "active":
            turn.say(turn.t("status_ended"))
            return
        turn.say(await self._status_text(turn, week))

    async def _status_text(self, turn: Turn, week: Week) -> str:
        t, user = turn.t, turn.user
        zone = user.timezone or "UTC"
        nxt = await turn.repos.nudges.next_pending(week.id)
        next_text = self._when(turn, nxt.due_at) if nxt else t.plain("status_no_next")
        start = week.start_date or turn.now.date()
        day = schedule.day_of_week(start, turn.now, zone)
        if day < 1:
            return t("status_starts", when=next_text)
        checkins = await turn.repos.checkins.for_week(week.id)
        answered = sum(1 for c in checkins if c.mood is not None)
        text = t(
            "status_week",
            day=min(day, program.WEEK_DAYS),
            anchor=week.anchor_name or "",
            answered=answered,
            due=min(day, program.WEEK_DAYS),
            next=next_text,
        )
        if user.paused:
            text += "\n" + t("status_paused")
        return text

    async def _cmd_reflect(self, turn: Turn) -> None:
        week = turn.week
        if week is None or week.status not in ("active", "completed"):
            turn.say(turn.t("reflect_no_week"))
            return
        answered = {r.question for r in await turn.repos.reflections.for_week(week.id)}
        short = turn.t.variants("reflection_short")
        buttons = [
            Button(("✓ " if q in answered else "") + short[q], f"rq:{week.id}:{q}")
            for q in range(program.REFLECTION_COUNT)
        ]
        turn.say(turn.t("reflect_menu"), rows(*buttons))

    async def _cmd_pause(self, turn: Turn) -> None:
        if turn.user.step in SETUP_STEPS:
            turn.say(turn.t("pause_setup"))
            await self._prompt(turn)
        elif turn.week is None or turn.week.status != "active":
            turn.say(turn.t("no_week"))
        elif turn.user.paused:
            turn.say(turn.t("pause_already"))
        else:
            turn.user.paused = True
            turn.say(turn.t("pause_done"))

    async def _cmd_resume(self, turn: Turn) -> None:
        week = turn.week
        if week is None or week.status != "active":
            turn.say(turn.t("no_week"))
            return
        nxt = await turn.repos.nudges.next_pending(week.id)
        next_text = self._when(turn, nxt.due_at) if nxt else turn.t.plain("status_no_next")
        key = "resume_done" if turn.user.paused else "resume_not_paused"
        turn.user.paused = False
        turn.say(turn.t(key, next=next_text))

    async def _cmd_stop(self, turn: Turn) -> None:
        week = turn.week
        if week is None or week.status not in ("setup", "active") or turn.user.step in ("welcome",):
            turn.say(turn.t("no_week"))
            return
        if turn.user.step != "stop_confirm":
            turn.goto("stop_confirm", back=turn.user.step, back_ctx=dict(turn.user.step_ctx))
        await self._prompt(turn)

    async def _cmd_cancel(self, turn: Turn) -> None:
        step = turn.user.step
        if step == "stop_confirm":
            await self._btn_stop(turn, ["no"])
        elif step in SETUP_STEPS:
            turn.say(turn.t("cancel_setup"))
        elif step in ("week", "ended", "again"):
            turn.say(turn.t("cancel_nothing"))
        else:
            turn.goto("week" if turn.week and turn.week.status == "active" else "ended")
            turn.say(turn.t("cancel_week"))

    # ----------------------------------------------------------------- setup helpers
    def _request_draft(self, t: Texts, week: Week) -> str:
        kind = week.support_kind or "comfort"
        return t.variant(
            f"request_{kind}",
            week.draft_variant,
            anchor=week.anchor_name or "",
            support=week.support_text or "",
        )

    async def _request_ready(self, turn: Turn, week: Week) -> None:
        text = week.request_text or ""
        turn.say(
            turn.t("draft_final", anchor=week.anchor_name, draft=text),
            _share_buttons(turn.t, text, week),
        )
        user = turn.user
        if user.timezone and user.nudge_minute is not None:
            turn.goto("sched_keep")
        else:
            turn.goto("tz")
        await self._prompt(turn)

    async def _typed_zone(self, turn: Turn, text: str) -> None:
        zone = parse_zone(text) if len(text) <= 100 else None
        if zone is None:
            turn.say(turn.t("tz_unknown", text=text[:100]))
            return
        self._set_zone(turn, zone)

    def _set_zone(self, turn: Turn, zone: str) -> None:
        turn.user.timezone = zone
        turn.goto("time")
        self._prompt_sync(turn)

    async def _typed_time(self, turn: Turn, text: str) -> None:
        at = schedule.parse_clock_time(text)
        if at is None:
            turn.say(turn.t("time_bad"))
            return
        await self._choose_time(turn, at)

    async def _choose_time(self, turn: Turn, at: time) -> None:
        minute = at.hour * 60 + at.minute
        if schedule.is_quiet(at):
            turn.goto("time_confirm", minute=minute)
            await self._prompt(turn)
            return
        turn.user.nudge_minute, turn.user.night_ok = minute, False
        assert turn.week is not None
        await self._schedule_week(turn, turn.week)

    async def _schedule_week(self, turn: Turn, week: Week) -> None:
        user = turn.user
        zone, at = user.timezone or "UTC", _minute_time(user.nudge_minute or 19 * 60)
        start = schedule.first_nudge_date(turn.now, zone, at)
        dues = schedule.week_due_times(start, at, zone, days=program.CLOSE_DAY)
        items = [
            ("checkin", day, due) for day, due in enumerate(dues[: program.WEEK_DAYS], start=1)
        ]
        items.append(("close", program.CLOSE_DAY, dues[program.CLOSE_DAY - 1]))
        await turn.repos.nudges.schedule(user.id, week.id, items)
        week.status, week.start_date = "active", start
        user.paused = False
        turn.goto("week")
        turn.say(turn.t("scheduled", when=self._when(turn, dues[0]), time=_hhmm(at)))
        log.info("user %s week %s scheduled from %s", user.id, week.id, start.isoformat())

    # ----------------------------------------------------------------- the week
    async def _checkin_next(self, turn: Turn, week: Week, checkin: CheckIn) -> None:
        """Ask the next unanswered part of a day's check-in, or close it and move on."""
        t, day = turn.t, checkin.day
        if checkin.mood is None:
            turn.goto("week")
            turn.say(t("checkin_mood_q", day=day), _mood_buttons(t, week.id, day))
        elif checkin.tried is None:
            turn.goto("checkin_tried", day=day)
            self._prompt_sync(turn)
        elif checkin.tried and checkin.tried_note is None:
            turn.goto("checkin_note", day=day)
            self._prompt_sync(turn)
        elif checkin.effect is None:
            turn.goto("checkin_effect", day=day)
            self._prompt_sync(turn)
        else:
            turn.say(t("checkin_saved", day=day))
            turn.goto("week", day=day, done=[])
            await self._after_checkin(turn, week)

    async def _after_checkin(self, turn: Turn, week: Week) -> None:
        """After a day's check-in: ask about the request, a reflection, and on day 7 the thanks."""
        ctx = turn.user.step_ctx
        day = ctx.get("day")
        done: list[str] = list(ctx.get("done", []))
        if not isinstance(day, int):
            turn.goto(
                str(ctx.get("back", "week"))
                if ctx.get("back") in ("week", "ended", "again")
                else _rest(week)
            )
            return
        if "followup" not in done:
            done.append("followup")
            if _followup_due(week, day):
                turn.goto("followup_sent", day=day, done=done)
                self._prompt_sync(turn)
                return
        if "reflection" not in done:
            done.append("reflection")
            q = program.REFLECTION_DAYS.get(day)
            answered = {r.question for r in await turn.repos.reflections.for_week(week.id)}
            if q is not None and q not in answered:
                turn.goto("reflection", day=day, done=done, q=q)
                self._prompt_sync(turn)
                return
        if day >= program.WEEK_DAYS and week.status == "active":
            self._start_thank(turn, week)
            return
        turn.goto("week")

    def _start_thank(self, turn: Turn, week: Week) -> None:
        turn.goto("thank")
        self._prompt_sync(turn)

    def _thank_draft(self, t: Texts, week: Week) -> str:
        kind = week.support_kind or "comfort"
        return t.variant(
            "thank_drafts",
            week.thank_variant,
            anchor=week.anchor_name or "",
            idea=t.plain(f"return_{kind}"),
        )

    async def _finish_week(self, turn: Turn, week: Week) -> None:
        t = turn.t
        draft = week.thank_text or ""
        tip = t.plain(f"return_tip_{week.support_kind or 'comfort'}", anchor=week.anchor_name or "")
        turn.say(t("thank_final", draft=draft, tip=tip), _share_buttons(t, draft, week))
        turn.say(await self._summary(turn, week))
        week.status, week.ended_at = "completed", turn.now
        await turn.repos.nudges.cancel_pending(week.id)
        turn.goto("again")
        self._prompt_sync(turn)
        log.info("user %s completed week %s", turn.user.id, week.id)

    async def _summary(self, turn: Turn, week: Week) -> str:
        t = turn.t
        checkins = {c.day: c for c in await turn.repos.checkins.for_week(week.id)}
        emoji = t.variants("mood_emoji")
        moods = [checkins[d].mood for d in range(1, program.WEEK_DAYS + 1) if d in checkins]
        mood_line = " ".join(
            emoji[m - 1] if (m := _mood(checkins.get(d))) else t.plain("no_answer")
            for d in range(1, program.WEEK_DAYS + 1)
        )
        known = [m for m in moods if m is not None]
        avg = f"{sum(known) / len(known):.1f}" if known else t.plain("no_answer")
        tried = sum(1 for c in checkins.values() if c.tried)
        helped = sum(1 for c in checkins.values() if c.effect in ("calmer", "braver", "both"))
        state = {"sent": "sent", "not_yet": "not_yet", "declined": "declined"}.get(
            week.request_sent or "", "unknown"
        )
        lines = [
            t("summary_title"),
            t("summary_moods", moods=mood_line),
            t("summary_avg", avg=avg),
            t("summary_tried", count=tried),
            t("summary_effect", count=helped),
            t("summary_request", anchor=week.anchor_name, state=t.plain(f"request_state_{state}")),
        ]
        notes = [c for d, c in sorted(checkins.items()) if c.tried_note]
        if notes:
            lines += ["", t("summary_notes")]
            lines += [
                t("summary_note_item", day=c.day, note=_clip(c.tried_note or "", 200))
                for c in notes
            ]
        latest: dict[int, str] = {}
        for r in await turn.repos.reflections.for_week(week.id):
            latest[r.question] = r.answer
        if latest:
            lines += ["", t("summary_reflections")]
            lines += [
                t("summary_reflection_item", question=_question(t, q), answer=_clip(a, 400))
                for q, a in sorted(latest.items())
            ]
        return "\n".join(lines)

    # ----------------------------------------------------------------- prompts
    async def _prompt(self, turn: Turn) -> None:
        if turn.user.step in ("week",) and turn.week is not None and turn.week.status == "active":
            turn.say(await self._status_text(turn, turn.week))
            return
        self._prompt_sync(turn)

    def _prompt_sync(self, turn: Turn) -> None:
        """Say the question the person is on now (again)."""
        t, user, week = turn.t, turn.user, turn.week
        step, ctx = user.step, user.step_ctx
        anchor = (week.anchor_name if week else None) or ""
        wid = week.id if week else 0
        day = ctx.get("day", 0)
        if step == "welcome":
            turn.say(t("welcome"), rows(Button(t.plain("btn_begin"), "begin")))
        elif step == "anchor_name":
            turn.say(t("anchor_name_q"))
        elif step == "anchor_why":
            turn.say(t("anchor_why_q", anchor=anchor))
        elif step == "support":
            kinds = program.SUPPORT_KINDS
            turn.say(
                t("support_q", anchor=anchor),
                rows(*(Button(t.plain(f"support_{k}"), f"sp:{wid}:{k}") for k in kinds)),
            )
        elif step == "support_own":
            turn.say(t("support_own_q"))
        elif step == "draft" and week is not None:
            turn.say(
                t("draft_intro", anchor=anchor, draft=self._request_draft(t, week)),
                rows(
                    Button(t.plain("btn_draft_take"), f"dr:{wid}:take"),
                    Button(t.plain("btn_draft_again"), f"dr:{wid}:again"),
                    Button(t.plain("btn_draft_own"), f"dr:{wid}:own"),
                ),
            )
        elif step == "draft_own":
            turn.say(t("draft_own_q"))
        elif step == "sched_keep":
            turn.say(
                t(
                    "sched_keep_q",
                    time=_hhmm(_minute_time(user.nudge_minute or 0)),
                    zone=user.timezone,
                ),
                rows(
                    Button(t.plain("btn_keep"), "sk:keep"),
                    Button(t.plain("btn_change"), "sk:change"),
                    per_row=2,
                ),
            )
        elif step == "tz":
            buttons = [
                Button(f"{label} · {zone_label_now(zone, turn.now)}", f"tz:{zone}")
                for label, zone in COMMON_ZONES
            ]
            buttons.append(Button(t.plain("btn_tz_other"), "tz:other"))
            turn.say(t("tz_q"), rows(*buttons, per_row=2))
        elif step == "tz_text":
            turn.say(t("tz_text_q"))
        elif step == "time":
            zone = user.timezone or "UTC"
            buttons = [Button(c, f"tm:{c}") for c in program.TIME_CHOICES]
            buttons.append(Button(t.plain("btn_time_other"), "tm:other"))
            turn.say(
                t("time_q", zone=zone, local=zone_label_now(zone, turn.now)),
                rows(*buttons, per_row=3),
            )
        elif step == "time_text":
            turn.say(t("time_text_q"))
        elif step == "time_confirm":
            hhmm = _hhmm(_minute_time(int(ctx.get("minute", 0))))
            turn.say(
                t("time_night_q", time=hhmm),
                rows(
                    Button(t.plain("btn_night_yes", time=hhmm), "tc:yes"),
                    Button(t.plain("btn_night_no"), "tc:no"),
                ),
            )
        elif step == "checkin_tried":
            turn.say(
                t("checkin_tried_q"),
                rows(
                    Button(t.plain("btn_yes"), f"ck:t:{wid}:{day}:1"),
                    Button(t.plain("btn_not_today"), f"ck:t:{wid}:{day}:0"),
                    per_row=2,
                ),
            )
        elif step == "checkin_note":
            turn.say(
                t("checkin_note_q"), rows(Button(t.plain("btn_skip"), f"ck:n:{wid}:{day}:skip"))
            )
        elif step == "checkin_effect":
            turn.say(
                t("checkin_effect_q", anchor=anchor),
                rows(
                    *(
                        Button(t.plain(f"effect_{e}"), f"ck:e:{wid}:{day}:{e}")
                        for e in program.EFFECTS
                    ),
                    per_row=2,
                ),
            )
        elif step == "followup_sent":
            turn.say(
                t("followup_q", anchor=anchor),
                rows(
                    Button(t.plain("btn_sent_yes"), f"fu:{wid}:sent"),
                    Button(t.plain("btn_sent_not_yet"), f"fu:{wid}:not_yet"),
                    Button(t.plain("btn_sent_no"), f"fu:{wid}:declined"),
                ),
            )
        elif step == "followup_how":
            turn.say(
                t("followup_how_q", anchor=anchor),
                rows(
                    Button(t.plain("btn_resp_warm"), f"fu:{wid}:warm"),
                    Button(t.plain("btn_resp_pending"), f"fu:{wid}:pending"),
                    Button(t.plain("btn_resp_awkward"), f"fu:{wid}:awkward"),
                ),
            )
        elif step == "reflection":
            q = int(ctx.get("q", 0))
            if "day" in ctx:
                turn.say(
                    t("reflection_q", question=_question(t, q)),
                    rows(Button(t.plain("btn_later"), f"rl:{wid}:{q}")),
                )
            else:
                turn.say(t("reflect_prompt", question=_question(t, q)))
        elif step == "thank" and week is not None:
            turn.say(
                t("thank_intro", anchor=anchor, draft=self._thank_draft(t, week)),
                rows(
                    Button(t.plain("btn_draft_take"), f"th:{wid}:take"),
                    Button(t.plain("btn_draft_again"), f"th:{wid}:again"),
                    Button(t.plain("btn_draft_own"), f"th:{wid}:own"),
                ),
            )
        elif step == "thank_own":
            turn.say(t("thank_own_q"))
        elif step == "again":
            turn.say(
                t("again_q", anchor=anchor),
                rows(
                    Button(t.plain("btn_again_same"), "ag:same"),
                    Button(t.plain("btn_again_new"), "ag:new"),
                    Button(t.plain("btn_again_no"), "ag:no"),
                ),
            )
        elif step == "stop_confirm":
            turn.say(
                t("stop_q"),
                rows(
                    Button(t.plain("btn_stop_yes"), "st:yes"),
                    Button(t.plain("btn_stop_no"), "st:no"),
                ),
            )
        elif step == "ended":
            turn.say(t("status_ended"))
        else:
            turn.say(t("cancel_nothing"))

    def _when(self, turn: Turn, due_utc: datetime) -> str:
        """ "today at 19:00", "tomorrow at 19:00" or "Sat 29 Nov at 19:00", in the person's zone."""
        t, zone = turn.t, turn.user.timezone or "UTC"
        local = schedule.local_now(due_utc, zone)
        today = schedule.local_now(turn.now, zone).date()
        hhmm = _hhmm(local.time())
        if local.date() == today:
            return t.plain("when_today", time=hhmm)
        if local.date() == today + timedelta(days=1):
            return t.plain("when_tomorrow", time=hhmm)
        return t.plain("when_on", date=_date_label(t, local.date()), time=hhmm)


# --------------------------------------------------------------------- small helpers
def _mood_buttons(t: Texts, week_id: int, day: int) -> tuple[tuple[Button, ...], ...]:
    emoji = t.variants("mood_emoji")
    return rows(
        *(Button(f"{m} {emoji[m - 1]}", f"ck:m:{week_id}:{day}:{m}") for m in program.MOODS),
        per_row=5,
    )


def _share_buttons(t: Texts, text: str, week: Week) -> tuple[tuple[Button, ...], ...]:
    share = Button(
        t.plain("btn_share", anchor=_clip(week.anchor_name or "", 24)),
        url="https://t.me/share/url?url=" + quote(text, safe=""),
    )
    if len(text) <= COPY_LIMIT:
        return rows(Button(t.plain("btn_copy"), copy=text), share, per_row=2)
    return rows(share)


def _followup_due(week: Week, day: int) -> bool:
    if day < program.FOLLOWUP_FIRST_DAY:
        return False
    if week.request_sent is None:
        return True
    return (
        week.request_sent == "not_yet"
        and day >= program.FOLLOWUP_AGAIN_DAY
        and week.anchor_response is None
    )


def _rest(week: Week) -> str:
    return (
        "week" if week.status == "active" else ("again" if week.status == "completed" else "ended")
    )


def _ctx_day(turn: Turn) -> int:
    return int(turn.user.step_ctx.get("day", 1))


def _mood(checkin: CheckIn | None) -> int | None:
    return checkin.mood if checkin is not None else None


def _question(t: Texts, q: int) -> str:
    return t.variants("reflection_questions")[q]


def _limit_for(step: str) -> int:
    if step == "anchor_name":
        return program.NAME_MAX
    if step in ("reflection", "thank_own", "draft_own"):
        return program.LONG_TEXT_MAX
    return program.SHORT_TEXT_MAX


def _minute_time(minute: int) -> time:
    return time(minute // 60, minute % 60)


def _hhmm(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _date_label(t: Texts, day: date) -> str:
    return t.plain(
        "date_format",
        weekday=t.variants("weekdays")[day.weekday()],
        day=day.day,
        month=t.variants("months")[day.month - 1],
    )


__all__ = ["Incoming", "Journey", "Safe"]
