"""The one-week practice as plain Python: given what the person did, decide what comes next.

No chat platform is imported here. Adapters turn their updates into `Incoming` and render the
returned `Reply` objects; the dispatcher asks `nudge_reply` for the words of a due nudge.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any, Literal
from urllib.parse import quote

from bot import schedule, week_view
from bot.care import has_crisis_words, low_mood_run
from bot.chart import render_week_chart
from bot.clock import Clock
from bot.my_data import export_csv, export_json
from bot.replies import Attachment, Button, ChartRequest, Reply, rows
from bot.timezones import parse_zone, zone_label_now
from content import LOCALES, Safe, Texts, pick_locale, program
from content.crisis import CRISIS_LINES
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
            if not turn.erased:
                user.updated_at = now
        return [await _drawn(reply) for reply in turn.out]

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
                rows(Button(t.plain("btn_close_week"), f"th:{due.week_id}:start")),
            )
        text = t("checkin_mood_q", day=due.day)
        if due.kind == "snooze":
            text = t("snooze_nudge") + "\n\n" + text
        elif due.day > 1 and not due.prev_settled and due.prev2_settled:
            # One gentle word after a missed day, never a string of them.
            text = t("missed_reminder") + "\n\n" + text
        later = (
            Button(t.plain("btn_snooze"), f"zz:{due.week_id}:{due.day}"),
            Button(t.plain("btn_skip_today"), f"sd:{due.week_id}:{due.day}"),
        )
        return Reply(text, (*_mood_buttons(t, due.week_id, due.day), later))

    # ----------------------------------------------------------------- routing
    async def _route(self, turn: Turn, msg: Incoming) -> None:
        if msg.kind == "command":
            await self._command(turn, msg.value)
        elif msg.kind == "button":
            await self._button(turn, msg.value)
        elif msg.kind == "text":
            await self._text(turn, msg.value)
        else:
            if msg.value and has_crisis_words(msg.value, turn.user.language):
                await self._care(turn, "crisis_words")  # a caption can carry the same words
                return
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
            "progress": self._cmd_progress,
            "journal": self._cmd_journal,
            "settings": self._cmd_settings,
            "export": self._cmd_export,
            "delete": self._cmd_delete,
        }
        handler = handlers.get(name.lower())
        if handler is None:
            turn.say(turn.t("unknown_command"))
            return
        await handler(turn)

    async def _text(self, turn: Turn, text: str) -> None:
        text = text.strip()
        step = turn.user.step
        if has_crisis_words(text, turn.user.language):
            await self._care(turn, "crisis_words")
            if step == "anchor_name":
                await self._prompt(turn)  # those words are not a name: keep them out of drafts
                return
            if step not in FREE_TEXT_STEPS:
                return  # the care message is the answer; the question can wait
        if step not in FREE_TEXT_STEPS:
            if step in ("time", "set_time") and text:
                await self._typed_time(turn, text)
                return
            data = self._numbered_choice(turn, text)
            if data is None and step in ("tz", "set_zone") and text:
                await self._typed_zone(turn, text)
                return
            if data is not None:
                await self._button(turn, data)
                return
            if step == "week" and await self._typed_mood(turn, text):
                return
            if step == "week" and self._week_is_over(turn):
                self._start_thank(turn, turn.week)  # type: ignore[arg-type]
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

    async def _typed_mood(self, turn: Turn, text: str) -> bool:
        """A mood typed ("4") after a check-in arrived answers the newest unanswered day."""
        week = turn.week
        if (
            not (text.isascii() and text.isdigit())
            or int(text) not in program.MOODS
            or week is None
        ):
            return False
        if week.status != "active":
            return False
        answered = {
            c.day
            for c in await turn.repos.checkins.for_week(week.id)
            if c.mood is not None or c.skipped
        }
        waiting = sorted(await self._open_days(turn, week) - answered)
        if not waiting:
            return False
        await self._button(turn, f"ck:m:{week.id}:{waiting[-1]}:{text}")
        return True

    def _numbered_choice(self, turn: Turn, text: str) -> str | None:
        """ "2" typed where buttons are shown means the second button."""
        if not (text.isascii() and text.isdigit()):
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
        elif step in ("tz_text", "set_zone_text"):
            await self._typed_zone(turn, text)
            return
        elif step in ("time_text", "set_time_text"):
            await self._typed_time(turn, text)
            return
        elif step == "checkin_note" and week:
            checkin = await turn.repos.checkins.get_or_create(week.id, _ctx_day(turn), turn.now)
            checkin.tried_note = text
            await self._checkin_next(turn, week, checkin, edit=bool(turn.user.step_ctx.get("edit")))
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
            "zz": self._btn_snooze_menu,
            "zh": self._btn_snooze,
            "sd": self._btn_skip_day,
            "jr": self._btn_journal_day,
            "se": self._btn_settings,
            "sv": self._btn_setting_value,
            "ex": self._btn_export,
            "dl": self._btn_delete,
            "cr": self._btn_care,
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
        await self._set_zone(turn, canonical)
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
        ctx = turn.user.step_ctx
        edit = field_name == "me" or (bool(ctx.get("edit")) and ctx.get("day") == day)
        if field_name in ("m", "me") and int(value) in program.MOODS:
            checkin.mood, checkin.skipped = int(value), False
            if field_name == "me":  # re-answering a past day from /journal: ask it all again
                checkin.tried = checkin.tried_note = checkin.effect = None
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
        if field_name in ("m", "me"):
            await turn.repos.nudges.cancel_snooze(week.id, day)
            await self._check_low_moods(turn, week)
        await self._checkin_next(turn, week, checkin, edit=edit)
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
        if turn.user.step == "reflection" and "back" in turn.user.step_ctx:
            back = {
                "back": turn.user.step_ctx["back"],
                "back_ctx": turn.user.step_ctx.get("back_ctx", {}),
            }
        else:
            back = {"back": turn.user.step, "back_ctx": dict(turn.user.step_ctx)}
        turn.goto("reflection", q=q, **back)
        turn.say(turn.t("reflect_prompt", question=week_view.question(turn.t, q)))
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
        elif step == "week" and self._week_is_over(turn):
            self._start_thank(turn, turn.week)  # type: ignore[arg-type]
        elif step == "week":
            await self._cmd_status(turn)
        else:
            turn.say(turn.t("welcome_back"))
            await self._prompt(turn)

    def _week_is_over(self, turn: Turn) -> bool:
        """Seven days have passed (the closing note may have been missed, skipped or paused)."""
        week = turn.week
        if week is None or week.status != "active" or week.start_date is None:
            return False
        zone = turn.user.timezone or "UTC"
        return schedule.day_of_week(week.start_date, turn.now, zone) > program.WEEK_DAYS

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
        if turn.user.step == "week" and self._week_is_over(turn):
            self._start_thank(turn, week)  # the closing note never came: close the week now
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
        if turn.user.step in SETUP_STEPS:
            turn.say(turn.t("pause_setup"))
            await self._prompt(turn)
            return
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
            self._detour(turn, "stop_confirm")
        await self._prompt(turn)

    async def _cmd_cancel(self, turn: Turn) -> None:
        step = turn.user.step
        if step == "stop_confirm":
            await self._btn_stop(turn, ["no"])
        elif step in ("export_confirm", "delete_confirm"):
            await self._detour_back(turn)
        elif step in SETTINGS_STEPS:
            await self._btn_settings(turn, ["done"])
        elif step in SETUP_STEPS:
            turn.say(turn.t("cancel_setup"))
        elif step in ("week", "ended", "again"):
            turn.say(turn.t("cancel_nothing"))
        else:
            turn.goto("week" if turn.week and turn.week.status == "active" else "ended")
            turn.say(turn.t("cancel_week"))

    # ----------------------------------------------------------------- nudges: later, skip
    async def _btn_snooze_menu(self, turn: Turn, args: list[str]) -> bool:
        week = self._week_arg(turn, args[0], ("active",))
        day = int(args[1])
        if week is None or not 1 <= day <= program.WEEK_DAYS:
            return False
        zone = turn.user.timezone or "UTC"
        buttons = [Button(turn.t.plain("btn_snooze_hour"), f"zh:{week.id}:{day}:hour")]
        local = schedule.local_now(turn.now, zone)
        if local.time() < time(EVENING.hour - 1, EVENING.minute):
            evening = turn.t.plain("btn_snooze_evening", time=_hhmm(EVENING))
            buttons.append(Button(evening, f"zh:{week.id}:{day}:evening"))
        turn.say(turn.t("snooze_q"), rows(*buttons, per_row=2))
        return True

    async def _btn_snooze(self, turn: Turn, args: list[str]) -> bool:
        week = self._week_arg(turn, args[0], ("active",))
        day, choice = int(args[1]), args[2]
        if week is None or not 1 <= day <= program.WEEK_DAYS or choice not in ("hour", "evening"):
            return False
        user, zone = turn.user, turn.user.timezone or "UTC"
        if choice == "hour":
            due = turn.now + timedelta(hours=1)
        else:
            due = schedule.local_to_utc(schedule.local_now(turn.now, zone).date(), EVENING, zone)
        due = schedule.next_allowed(
            due, zone, _minute_time(user.quiet_start), _minute_time(user.quiet_end)
        )
        await turn.repos.nudges.snooze(user.id, week.id, day, due)
        turn.say(turn.t("snoozed", when=self._when(turn, due)))
        return True

    async def _btn_skip_day(self, turn: Turn, args: list[str]) -> bool:
        week = self._week_arg(turn, args[0], ("active",))
        day = int(args[1])
        if week is None or not 1 <= day <= program.WEEK_DAYS:
            return False
        checkin = await turn.repos.checkins.get_or_create(week.id, day, turn.now)
        if checkin.mood is not None:
            return False  # answered already: a skip from an old message has passed
        checkin.skipped, checkin.answered_at = True, turn.now
        await turn.repos.nudges.cancel_snooze(week.id, day)
        nxt = await turn.repos.nudges.next_pending(week.id)
        next_text = self._when(turn, nxt.due_at) if nxt else turn.t.plain("status_no_next")
        turn.goto("week")
        turn.say(turn.t("skipped_day", day=day, next=next_text))
        return True

    # ----------------------------------------------------------------- progress and journal
    async def _cmd_progress(self, turn: Turn) -> None:
        week = turn.week
        if (
            week is None
            or week.status not in ("active", "completed", "stopped")
            or week.start_date is None
        ):
            turn.say(turn.t("journal_nothing"))
            return
        checkins = await turn.repos.checkins.for_week(week.id)
        reflections = await turn.repos.reflections.for_week(week.id)
        turn.say(
            turn.t("progress_caption", anchor=week.anchor_name),
            chart=self._chart(turn, week, checkins),
        )
        turn.say(week_view.summary_text(turn.t, week, checkins, reflections))

    def _chart(self, turn: Turn, week: Week, checkins: list[CheckIn]) -> ChartRequest:
        points, labels = week_view.chart_inputs(turn.t, week, checkins)
        return ChartRequest(tuple(points), labels)

    async def _cmd_journal(self, turn: Turn) -> None:
        week = turn.week
        if (
            week is None
            or week.status not in ("active", "completed", "stopped")
            or week.start_date is None
        ):
            turn.say(turn.t("journal_nothing"))
            return
        checkins = await turn.repos.checkins.for_week(week.id)
        reflections = await turn.repos.reflections.for_week(week.id)
        open_days = await self._open_days(turn, week)
        messages = week_view.journal_messages(turn.t, week, checkins, reflections, open_days)
        for text in messages[:-1]:
            turn.say(text)
        buttons: tuple[tuple[Button, ...], ...] = ()
        if week.status == "active" and open_days:
            labels = [
                Button(turn.t.plain("btn_journal_day", day=d), f"jr:{week.id}:{d}")
                for d in sorted(open_days)
            ]
            buttons = rows(*labels, per_row=4)
            messages[-1] += "\n\n" + turn.t("journal_edit_hint")
        turn.say(messages[-1], buttons)

    async def _open_days(self, turn: Turn, week: Week) -> set[int]:
        """Days whose check-in has come (sent, missed or skipped): those can be filled in."""
        return {
            n.day
            for n in await turn.repos.nudges.for_week(week.id)
            if n.kind == "checkin" and n.status not in ("pending", "claimed", "cancelled")
        }

    async def _btn_journal_day(self, turn: Turn, args: list[str]) -> bool:
        week = self._week_arg(turn, args[0], ("active",))
        day = int(args[1])
        if week is None or day not in await self._open_days(turn, week):
            return False
        checkin = await turn.repos.checkins.get_or_create(week.id, day, turn.now)
        checkin.skipped = False
        turn.goto("week", day=day, edit=True)
        date_text = week_view.date_label(turn.t, week_view.day_date(week, day))
        buttons = _mood_buttons(turn.t, week.id, day, edit=True)
        turn.say(turn.t("journal_edit_q", day=day, date=date_text), buttons)
        return True

    # ----------------------------------------------------------------- settings
    async def _cmd_settings(self, turn: Turn) -> None:
        if turn.user.timezone is None or turn.user.nudge_minute is None:
            turn.say(turn.t("settings_need_setup"))
            await self._prompt(turn)
            return
        turn.goto("set_menu", **_back(turn))
        self._prompt_sync(turn)

    async def _btn_settings(self, turn: Turn, args: list[str]) -> bool:
        if turn.user.step not in SETTINGS_STEPS:
            return False
        target = {
            "time": "set_time",
            "zone": "set_zone",
            "quiet": "set_quiet",
            "lang": "set_lang",
        }.get(args[0])
        if args[0] == "done":
            back = _back(turn)
            turn.goto(str(back["back"]), **dict(back["back_ctx"]))
            turn.say(turn.t("settings_closed"))
            if turn.user.step not in ("week", "ended", "again"):
                await self._prompt(turn)
            return True
        if target is None:
            return False
        turn.goto(target, **_back(turn))
        self._prompt_sync(turn)
        return True

    async def _btn_setting_value(self, turn: Turn, args: list[str]) -> bool:
        step, name, value = turn.user.step, args[0], ":".join(args[1:])
        if step not in SETTINGS_STEPS:
            return False
        if name == "time" and step in ("set_time", "set_time_text", "set_time_confirm"):
            if value == "other":
                turn.goto("set_time_text", **_back(turn))
                self._prompt_sync(turn)
            else:
                hour, minute = value.split(":")
                await self._choose_time(turn, time(int(hour), int(minute)))
            return True
        if name == "night" and step == "set_time_confirm" and value == "yes":
            turn.user.nudge_minute = int(turn.user.step_ctx["minute"])
            turn.user.night_ok = True
            await self._settings_changed(turn)
            return True
        if name == "zone" and step in ("set_zone", "set_zone_text"):
            if value == "other":
                turn.goto("set_zone_text", **_back(turn))
                self._prompt_sync(turn)
                return True
            zone = parse_zone(value)
            if zone is None:
                return False
            await self._set_zone(turn, zone)
            return True
        if name == "quiet" and step == "set_quiet":
            start, end = (int(v) for v in value.split("-"))
            if (start, end) not in QUIET_CHOICES:
                return False
            return self._set_quiet(turn, start, end)
        if name == "lang" and step == "set_lang" and value in LOCALES:
            turn.user.language = value
            turn.t = Texts(value)
            turn.say(turn.t("language_saved"))
            turn.goto("set_menu", **_back(turn))
            self._prompt_sync(turn)
            return True
        return False

    def _set_quiet(self, turn: Turn, start: int, end: int) -> bool:
        user = turn.user
        at = _minute_time(user.nudge_minute or 0)
        if not user.night_ok and schedule.is_quiet(at, _minute_time(start), _minute_time(end)):
            turn.say(turn.t("quiet_conflict", time=_hhmm(at)))
            self._prompt_sync(turn)
            return True
        user.quiet_start, user.quiet_end = start, end
        turn.say(turn.t("quiet_saved", quiet=_quiet_label(user)))
        turn.goto("set_menu", **_back(turn))
        self._prompt_sync(turn)
        return True

    async def _settings_changed(self, turn: Turn) -> None:
        """Time or zone changed: move every pending nudge of the week to the new local time."""
        user, week = turn.user, turn.week
        zone, at = user.timezone or "UTC", _minute_time(user.nudge_minute or 0)
        if week is not None and week.status == "active" and week.start_date is not None:
            dues = schedule.week_due_times(week.start_date, at, zone, days=program.CLOSE_DAY)
            # Today's check-in, if its new time has passed, comes now rather than never.
            today = schedule.day_of_week(week.start_date, turn.now, zone)
            by_day = {
                d: max(due, turn.now) if d == today else due for d, due in enumerate(dues, start=1)
            }
            await turn.repos.nudges.reschedule(week.id, by_day)
            nxt = await turn.repos.nudges.next_pending(week.id)
            next_text = self._when(turn, nxt.due_at) if nxt else turn.t.plain("status_no_next")
        else:
            next_text = turn.t.plain("status_no_next")
        turn.say(turn.t("settings_moved", time=_hhmm(at), zone=zone, next=next_text))
        turn.goto("set_menu", **_back(turn))
        self._prompt_sync(turn)

    # ----------------------------------------------------------------- their data
    async def _cmd_export(self, turn: Turn) -> None:
        self._detour(turn, "export_confirm")
        self._prompt_sync(turn)

    def _detour(self, turn: Turn, step: str) -> None:
        """Ask a yes/no question, remembering the question to come back to."""
        if turn.user.step not in CONFIRM_STEPS:
            turn.goto(step, back=turn.user.step, back_ctx=dict(turn.user.step_ctx))
        else:
            turn.goto(step, **_back(turn))

    async def _detour_back(self, turn: Turn) -> None:
        back = _back(turn)
        turn.goto(str(back["back"]), **dict(back["back_ctx"]))
        if turn.user.step not in ("week", "ended", "again"):
            await self._prompt(turn)

    async def _btn_export(self, turn: Turn, args: list[str]) -> bool:
        if turn.user.step != "export_confirm":
            return False
        if args[0] != "yes":
            turn.say(turn.t("export_cancelled"))
            await self._detour_back(turn)
            return True
        records = await turn.repos.people.records(turn.user)
        stamp = turn.now.strftime("%Y%m%d-%H%M")
        files = (
            Attachment(
                f"secure-base-{stamp}.json",
                export_json(records, turn.t, turn.now),
                "application/json",
            ),
            Attachment(f"secure-base-checkins-{stamp}.csv", export_csv(records), "text/csv"),
        )
        turn.say(turn.t("export_done"), files=files)
        log.info("user %s exported their data", turn.user.id)
        await self._detour_back(turn)
        return True

    async def _cmd_delete(self, turn: Turn) -> None:
        self._detour(turn, "delete_confirm")
        self._prompt_sync(turn)

    async def _btn_delete(self, turn: Turn, args: list[str]) -> bool:
        if turn.user.step != "delete_confirm":
            return False
        if args[0] != "yes":
            turn.say(turn.t("delete_kept"))
            await self._detour_back(turn)
            return True
        user_id = turn.user.id
        counts = await turn.repos.people.erase(turn.user)
        turn.erased, turn.week = True, None
        turn.say(turn.t("delete_done", **counts))
        log.info("user %s erased their data", user_id)
        return True

    # ----------------------------------------------------------------- care
    async def _care(self, turn: Turn, kind: str) -> None:
        """A caring word, where to find help now, and a gentle question; the week goes on."""
        week = turn.week
        await turn.repos.events.add(turn.user.id, week.id if week else None, kind, turn.now)
        log.warning("care moment for user %s: %s", turn.user.id, kind)
        intro = turn.t("care_low_mood" if kind == "low_mood" else "care_words")
        anchor = (week.anchor_name if week else None) or turn.t.plain("care_no_anchor")
        reach_out = turn.t("care_reach_out", anchor=anchor)
        turn.say(
            intro + "\n\n" + self._help_lines(turn) + "\n\n" + reach_out,
            rows(
                Button(turn.t.plain("btn_safe"), "cr:safe"),
                Button(turn.t.plain("btn_not_safe"), "cr:unsafe"),
                per_row=2,
            ),
        )

    def _help_lines(self, turn: Turn) -> str:
        lines = CRISIS_LINES.get(turn.t.locale) or CRISIS_LINES["en"]
        return turn.t("care_help", lines="\n".join(f"• {line}" for line in lines))

    async def _btn_care(self, turn: Turn, args: list[str]) -> bool:
        if args[0] not in ("safe", "unsafe"):
            return False
        anchor = (turn.week.anchor_name if turn.week else None) or turn.t.plain("care_no_anchor")
        week_id = turn.week.id if turn.week else None
        await turn.repos.events.add(turn.user.id, week_id, f"care_{args[0]}", turn.now)
        if args[0] == "safe":
            turn.say(turn.t("care_safe", anchor=anchor))
        else:
            turn.say(turn.t("care_not_safe", anchor=anchor) + "\n\n" + self._help_lines(turn))
        return True

    async def _check_low_moods(self, turn: Turn, week: Week) -> None:
        moods = {c.day: c.mood for c in await turn.repos.checkins.for_week(week.id)}
        if low_mood_run(moods) and not await turn.repos.events.exists(
            turn.user.id, week.id, "low_mood"
        ):
            await self._care(turn, "low_mood")

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
        await self._set_zone(turn, zone)

    async def _set_zone(self, turn: Turn, zone: str) -> None:
        turn.user.timezone = zone
        if turn.user.step in SETTINGS_STEPS:
            await self._settings_changed(turn)
            return
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
        in_settings = turn.user.step in SETTINGS_STEPS
        if _is_quiet_for(turn.user, at):
            turn.goto(
                "set_time_confirm" if in_settings else "time_confirm", minute=minute, **_back(turn)
            )
            await self._prompt(turn)
            return
        turn.user.nudge_minute, turn.user.night_ok = minute, False
        if in_settings:
            await self._settings_changed(turn)
            return
        assert turn.week is not None
        await self._schedule_week(turn, turn.week)

    async def _schedule_week(self, turn: Turn, week: Week) -> None:
        user = turn.user
        zone, at = user.timezone or "UTC", _minute_time(_nudge_minute(user))
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
    async def _checkin_next(
        self, turn: Turn, week: Week, checkin: CheckIn, edit: bool = False
    ) -> None:
        """Ask the next unanswered part of a day's check-in, or close it and move on."""
        t, day = turn.t, checkin.day
        flags = {"edit": True} if edit else {}
        if checkin.mood is None:
            turn.goto("week")
            turn.say(t("checkin_mood_q", day=day), _mood_buttons(t, week.id, day))
        elif checkin.tried is None:
            turn.goto("checkin_tried", day=day, **flags)
            self._prompt_sync(turn)
        elif checkin.tried and checkin.tried_note is None:
            turn.goto("checkin_note", day=day, **flags)
            self._prompt_sync(turn)
        elif checkin.effect is None:
            turn.goto("checkin_effect", day=day, **flags)
            self._prompt_sync(turn)
        elif edit:
            turn.goto("week")
            turn.say(t("checkin_updated", day=day))
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
            back = str(ctx.get("back", ""))
            if (
                back
                and back not in SETUP_STEPS
                and back not in SETTINGS_STEPS
                and back != "reflection"
            ):
                turn.goto(back, **dict(ctx.get("back_ctx", {})))  # back to the question they left
                if back not in ("week", "ended", "again"):
                    self._prompt_sync(turn)
            else:
                turn.goto(_rest(week))
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
        if (day >= program.WEEK_DAYS or self._week_is_over(turn)) and week.status == "active":
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
        checkins = await turn.repos.checkins.for_week(week.id)
        reflections = await turn.repos.reflections.for_week(week.id)
        turn.say(week_view.summary_text(t, week, checkins, reflections))
        turn.say(
            t("progress_caption", anchor=week.anchor_name), chart=self._chart(turn, week, checkins)
        )
        week.status, week.ended_at = "completed", turn.now
        await turn.repos.nudges.cancel_pending(week.id)
        turn.goto("again")
        self._prompt_sync(turn)
        log.info("user %s completed week %s", turn.user.id, week.id)

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
                    t("reflection_q", question=week_view.question(t, q)),
                    rows(Button(t.plain("btn_later"), f"rl:{wid}:{q}")),
                )
            else:
                turn.say(t("reflect_prompt", question=week_view.question(t, q)))
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
        elif step == "export_confirm":
            turn.say(
                t("export_q"),
                rows(
                    Button(t.plain("btn_export_yes"), "ex:yes"),
                    Button(t.plain("btn_cancel"), "ex:no"),
                ),
            )
        elif step == "delete_confirm":
            turn.say(
                t("delete_q"),
                rows(
                    Button(t.plain("btn_delete_yes"), "dl:yes"),
                    Button(t.plain("btn_delete_no"), "dl:no"),
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
        elif step in SETTINGS_STEPS:
            self._settings_prompt(turn)
        elif step == "ended":
            turn.say(t("status_ended"))
        else:
            turn.say(t("cancel_nothing"))

    def _settings_prompt(self, turn: Turn) -> None:
        t, user, step = turn.t, turn.user, turn.user.step
        zone = user.timezone or "UTC"
        if step == "set_menu":
            turn.say(
                t(
                    "settings_menu",
                    time=_hhmm(_minute_time(user.nudge_minute or 0)),
                    zone=zone,
                    quiet=_quiet_label(user),
                    language=Texts(user.language).plain("language_name"),
                ),
                rows(
                    Button(t.plain("btn_set_time"), "se:time"),
                    Button(t.plain("btn_set_zone"), "se:zone"),
                    Button(t.plain("btn_set_quiet"), "se:quiet"),
                    Button(t.plain("btn_set_language"), "se:lang"),
                    Button(t.plain("btn_done"), "se:done"),
                    per_row=2,
                ),
            )
        elif step == "set_time":
            buttons = [Button(c, f"sv:time:{c}") for c in program.TIME_CHOICES]
            buttons.append(Button(t.plain("btn_time_other"), "sv:time:other"))
            turn.say(t("settings_time_q"), rows(*buttons, per_row=3))
        elif step == "set_time_text":
            turn.say(t("time_text_q"))
        elif step == "set_time_confirm":
            hhmm = _hhmm(_minute_time(int(user.step_ctx.get("minute", 0))))
            turn.say(
                t("time_night_q", time=hhmm),
                rows(
                    Button(t.plain("btn_night_yes", time=hhmm), "sv:night:yes"),
                    Button(t.plain("btn_night_no"), "sv:time:other"),
                ),
            )
        elif step == "set_zone":
            buttons = [
                Button(f"{label} · {zone_label_now(z, turn.now)}", f"sv:zone:{z}")
                for label, z in COMMON_ZONES
            ]
            buttons.append(Button(t.plain("btn_tz_other"), "sv:zone:other"))
            turn.say(t("settings_zone_q"), rows(*buttons, per_row=2))
        elif step == "set_zone_text":
            turn.say(t("tz_text_q"))
        elif step == "set_quiet":
            buttons = [
                Button(f"{_hhmm(_minute_time(a))}–{_hhmm(_minute_time(b))}", f"sv:quiet:{a}-{b}")
                for a, b in QUIET_CHOICES
            ]
            turn.say(t("quiet_q"), rows(*buttons, per_row=2))
        elif step == "set_lang":
            buttons = [
                Button(Texts(code).plain("language_name"), f"sv:lang:{code}") for code in LOCALES
            ]
            turn.say(t("language_q"), rows(*buttons, per_row=2))

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
        return t.plain("when_on", date=week_view.date_label(t, local.date()), time=hhmm)


# --------------------------------------------------------------------- small helpers
def _mood_buttons(
    t: Texts, week_id: int, day: int, edit: bool = False
) -> tuple[tuple[Button, ...], ...]:
    emoji = t.variants("mood_emoji")
    field_name = "me" if edit else "m"
    return rows(
        *(
            Button(f"{m} {emoji[m - 1]}", f"ck:{field_name}:{week_id}:{day}:{m}")
            for m in program.MOODS
        ),
        per_row=5,
    )


async def _drawn(reply: Reply) -> Reply:
    """Draw a requested chart in a worker thread, so other people's updates keep flowing."""
    if reply.chart is None:
        return reply
    try:
        png = await asyncio.to_thread(render_week_chart, reply.chart.points, reply.chart.labels)
    except Exception as exc:  # the words still go out if the picture cannot be drawn
        log.error("chart could not be drawn: %s", type(exc).__name__)
        return dataclasses.replace(reply, chart=None)
    return dataclasses.replace(reply, photo=png, chart=None)


def _back(turn: Turn) -> dict[str, Any]:
    """Where to return after a detour (settings): kept across the detour's own steps."""
    ctx = turn.user.step_ctx
    if (turn.user.step in SETTINGS_STEPS or turn.user.step in CONFIRM_STEPS) and "back" in ctx:
        return {"back": ctx["back"], "back_ctx": dict(ctx.get("back_ctx", {}))}
    return {"back": turn.user.step, "back_ctx": dict(ctx)}


def _nudge_minute(user: User) -> int:
    default = schedule.parse_clock_time(program.DEFAULT_TIME) or time(19, 0)
    return (
        user.nudge_minute if user.nudge_minute is not None else default.hour * 60 + default.minute
    )


def _is_quiet_for(user: User, at: time) -> bool:
    return schedule.is_quiet(at, _minute_time(user.quiet_start), _minute_time(user.quiet_end))


def _quiet_label(user: User) -> str:
    return f"{_hhmm(_minute_time(user.quiet_start))}–{_hhmm(_minute_time(user.quiet_end))}"


def _share_buttons(t: Texts, text: str, week: Week) -> tuple[tuple[Button, ...], ...]:
    """Copy (Telegram copies at most 256 characters) and share, where the text fits each."""
    buttons: list[Button] = []
    if len(text) <= COPY_LIMIT:
        buttons.append(Button(t.plain("btn_copy"), copy=text))
    url = "https://t.me/share/url?url=" + quote(text, safe="")
    if len(url) <= program.SHARE_URL_MAX:
        label = t.plain("btn_share", anchor=week_view.clip(week.anchor_name or "", 24))
        buttons.append(Button(label, url=url))
    return rows(*buttons, per_row=2)


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


def _limit_for(step: str) -> int:
    if step == "anchor_name":
        return program.NAME_MAX
    if step in ("thank_own", "draft_own"):
        return program.DRAFT_MAX
    if step == "reflection":
        return program.LONG_TEXT_MAX
    return program.SHORT_TEXT_MAX


def _minute_time(minute: int) -> time:
    return time(minute // 60, minute % 60)


def _hhmm(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


__all__ = ["Incoming", "Journey", "Safe"]
