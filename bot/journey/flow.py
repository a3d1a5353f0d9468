"""The journey's router and its main line: setup, the daily check-in, follow-up, reflection,
thanks and another week. Each input is handled in one unit of work; state lives in the database.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging

from bot import week_view
from bot.care import has_crisis_words
from bot.chart import render_week_chart
from bot.clock import Clock
from bot.journey import care_steps, data_steps, prompts, steering, timing
from bot.journey.core import (
    FREE_TEXT_STEPS,
    SETTINGS_STEPS,
    SETUP_STEPS,
    Incoming,
    Turn,
    ctx_day,
    detour,
    followup_due,
    limit_for,
    rest_step,
    week_arg,
    week_is_over,
    when,
)
from bot.replies import Button, Reply, rows
from content import Texts, pick_locale, program
from storage.models import CheckIn, Week
from storage.repositories import DueNudge, Store

log = logging.getLogger(__name__)


class Journey:
    """Handles every input of every person; the database holds all state between calls."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

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
        if turn.erased:
            await self.store.flush_erased()
        return [await _drawn(reply) for reply in turn.out]

    async def reply_undelivered(self, chat_id: int) -> None:
        """Delivery hook: this chat's last replies never arrived (see `reask_if_owed`)."""
        async with self.store.unit() as repos:
            await repos.undelivered.remember(chat_id, self.clock.now())

    async def reask_if_owed(self, msg: Incoming) -> list[Reply] | None:
        """Delivery hook: if the last replies never arrived, typed words are not taken as an
        answer to a question the person never saw; the open question is shown again instead.
        None means "handle as usual" (commands and taps are explicit and always handled)."""
        async with self.store.unit() as repos:
            if not await repos.undelivered.take(msg.chat_id) or msg.kind not in ("text", "other"):
                return None
            user = await repos.users.by_chat(msg.chat_id)
            if user is None:
                return None
            week = await repos.weeks.latest(user.id)
            turn = Turn(repos, user, week, Texts(user.language), self.clock.now())
            await prompts.prompt(turn)
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
        return Reply(text, (*prompts.mood_buttons(t, due.week_id, due.day), later))

    async def _route(self, turn: Turn, msg: Incoming) -> None:
        if msg.kind == "command":
            await self._command(turn, msg.value)
        elif msg.kind == "button":
            await self._button(turn, msg.value)
        elif msg.kind == "text":
            await self._text(turn, msg.value)
        else:
            if msg.value and has_crisis_words(msg.value, turn.user.language):
                await care_steps.care(turn, "crisis_words")  # a caption can carry the same words
                return
            turn.say(turn.t("non_text"))
            await prompts.prompt(turn)

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
            "progress": steering.cmd_progress,
            "journal": steering.cmd_journal,
            "settings": timing.cmd_settings,
            "export": data_steps.cmd_export,
            "delete": data_steps.cmd_delete,
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
            await care_steps.care(turn, "crisis_words")
            if step == "anchor_name":
                await prompts.prompt(turn)  # those words are not a name: keep them out of drafts
                return
            if step not in FREE_TEXT_STEPS:
                return  # the care message is the answer; the question can wait
        if step not in FREE_TEXT_STEPS:
            if step in ("time", "set_time") and text:
                await timing.typed_time(turn, text)
                return
            data = self._numbered_choice(turn, text)
            if data is None and step in ("tz", "set_zone") and text:
                await timing.typed_zone(turn, text)
                return
            if data is not None:
                await self._button(turn, data)
                return
            if step == "week" and await self._typed_mood(turn, text):
                return
            if step == "week" and week_is_over(turn):
                self._start_thank(turn, turn.week)  # type: ignore[arg-type]
                return
            if step in ("week", "ended"):
                turn.say(turn.t("idle_text") if step == "week" else turn.t("status_ended"))
                return
            turn.say(turn.t("need_button"))
            await prompts.prompt(turn)
            return
        if not text:
            turn.say(turn.t("empty_text"))
            return
        limit = limit_for(step)
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
        waiting = sorted(await steering.open_days(turn, week) - answered)
        if not waiting:
            return False
        await self._button(turn, f"ck:m:{week.id}:{waiting[-1]}:{text}")
        return True

    def _numbered_choice(self, turn: Turn, text: str) -> str | None:
        """ "2" typed where buttons are shown means the second button."""
        if not (text.isascii() and text.isdigit()):
            return None
        probe = Turn(turn.repos, turn.user, turn.week, turn.t, turn.now)
        prompts.ask(probe)
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
            await timing.typed_zone(turn, text)
            return
        elif step in ("time_text", "set_time_text"):
            await timing.typed_time(turn, text)
            return
        elif step == "checkin_note" and week:
            checkin = await turn.repos.checkins.get_or_create(week.id, ctx_day(turn), turn.now)
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
        await prompts.prompt(turn)

    async def _button(self, turn: Turn, data: str) -> None:
        parts = data.split(":")
        kind, args = parts[0], parts[1:]
        handler = {
            "begin": self._btn_begin,
            "sp": self._btn_support,
            "dr": self._btn_draft,
            "sk": timing.btn_sched_keep,
            "tz": timing.btn_zone,
            "tm": timing.btn_time,
            "tc": timing.btn_time_confirm,
            "ck": self._btn_checkin,
            "fu": self._btn_followup,
            "rl": self._btn_reflection_later,
            "rq": self._btn_reflect_pick,
            "th": self._btn_thank,
            "ag": self._btn_again,
            "st": self._btn_stop,
            "zz": steering.btn_snooze_menu,
            "zh": steering.btn_snooze,
            "sd": steering.btn_skip_day,
            "jr": steering.btn_journal_day,
            "se": timing.btn_settings,
            "sv": timing.btn_setting_value,
            "ex": data_steps.btn_export,
            "dl": data_steps.btn_delete,
            "cr": care_steps.btn_care,
        }.get(kind)
        try:
            handled = handler is not None and await handler(turn, args)
        except (ValueError, IndexError):
            handled = False
        if not handled:
            log.info("user %s tapped a stale button", turn.user.id)
            turn.say(turn.t("stale_button"))
            await prompts.prompt(turn)

    async def _btn_begin(self, turn: Turn, args: list[str]) -> bool:
        if turn.user.step != "welcome":
            return False
        turn.week = await turn.repos.weeks.create(turn.user.id, turn.now)
        turn.goto("anchor_name")
        await prompts.prompt(turn)
        return True

    async def _btn_support(self, turn: Turn, args: list[str]) -> bool:
        week = week_arg(turn, args[0], ("setup",))
        if week is None or turn.user.step != "support" or args[1] not in program.SUPPORT_KINDS:
            return False
        if args[1] == "own":
            turn.goto("support_own")
        else:
            week.support_kind, week.support_text, week.draft_variant = args[1], None, 0
            turn.goto("draft")
        await prompts.prompt(turn)
        return True

    async def _btn_draft(self, turn: Turn, args: list[str]) -> bool:
        week = week_arg(turn, args[0], ("setup",))
        if week is None or turn.user.step != "draft":
            return False
        action = args[1]
        if action == "take":
            week.request_text = prompts.request_draft(turn.t, week)
            await self._request_ready(turn, week)
            return True
        if action == "again":
            week.draft_variant += 1
        elif action == "own":
            turn.goto("draft_own")
        else:
            return False
        await prompts.prompt(turn)
        return True

    async def _btn_checkin(self, turn: Turn, args: list[str]) -> bool:
        field_name, week_text, day_arg, value = args[0], args[1], args[2], args[3]
        week = week_arg(turn, week_text, ("active",))
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
            await care_steps.check_low_moods(turn, week)
        await self._checkin_next(turn, week, checkin, edit=edit)
        return True

    async def _btn_followup(self, turn: Turn, args: list[str]) -> bool:
        week = week_arg(turn, args[0], ("active",))
        step = turn.user.step
        if week is None or step not in ("followup_sent", "followup_how"):
            return False
        value = args[1]
        if step == "followup_sent" and value in ("sent", "not_yet", "declined"):
            if value == "sent":
                week.request_sent = "sent"
                turn.goto("followup_how", **turn.user.step_ctx)
                await prompts.prompt(turn)
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
        week = week_arg(turn, args[0], ("active", "completed"))
        if week is None or turn.user.step != "reflection":
            return False
        turn.say(turn.t("reflection_later"))
        await self._after_checkin(turn, week)
        return True

    async def _btn_reflect_pick(self, turn: Turn, args: list[str]) -> bool:
        week = week_arg(turn, args[0], ("active", "completed"))
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
        week = week_arg(turn, args[0], ("active",))
        if week is None:
            return False
        action = args[1]
        if action == "start":
            if turn.user.step in ("thank", "thank_own"):
                await prompts.prompt(turn)
            else:
                self._start_thank(turn, week)
            return True
        if turn.user.step != "thank":
            return False
        if action == "take":
            week.thank_text = prompts.thank_draft(turn.t, week)
            await self._finish_week(turn, week)
        elif action == "again":
            week.thank_variant += 1
            await prompts.prompt(turn)
        elif action == "own":
            turn.goto("thank_own")
            await prompts.prompt(turn)
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
        await prompts.prompt(turn)
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
        await prompts.prompt(turn)
        return True

    async def _cmd_start(self, turn: Turn) -> None:
        step = turn.user.step
        if step == "welcome":
            await prompts.prompt(turn)
        elif step in ("ended", "again"):
            if turn.week is None or not turn.week.anchor_name:
                turn.goto("welcome")
            else:
                turn.goto("again")
            await prompts.prompt(turn)
        elif step == "week" and week_is_over(turn):
            self._start_thank(turn, turn.week)  # type: ignore[arg-type]
        elif step == "week":
            await self._cmd_status(turn)
        else:
            turn.say(turn.t("welcome_back"))
            await prompts.prompt(turn)

    async def _cmd_help(self, turn: Turn) -> None:
        turn.say(turn.t("help"))

    async def _cmd_status(self, turn: Turn) -> None:
        week = turn.week
        if turn.user.step in SETUP_STEPS:
            turn.say(turn.t("status_setup"))
            await prompts.prompt(turn)
            return
        if week is None or week.status != "active":
            turn.say(turn.t("status_ended"))
            return
        if turn.user.step == "week" and week_is_over(turn):
            self._start_thank(turn, week)  # the closing note never came: close the week now
            return
        turn.say(await prompts.status_text(turn, week))

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
            await prompts.prompt(turn)
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
            await prompts.prompt(turn)
            return
        week = turn.week
        if week is None or week.status != "active":
            turn.say(turn.t("no_week"))
            return
        nxt = await turn.repos.nudges.next_pending(week.id)
        next_text = when(turn, nxt.due_at) if nxt else turn.t.plain("status_no_next")
        key = "resume_done" if turn.user.paused else "resume_not_paused"
        turn.user.paused = False
        turn.say(turn.t(key, next=next_text))

    async def _cmd_stop(self, turn: Turn) -> None:
        week = turn.week
        if week is None or week.status not in ("setup", "active") or turn.user.step in ("welcome",):
            turn.say(turn.t("no_week"))
            return
        if turn.user.step != "stop_confirm":
            detour(turn, "stop_confirm")
        await prompts.prompt(turn)

    async def _cmd_cancel(self, turn: Turn) -> None:
        step = turn.user.step
        if step == "stop_confirm":
            await self._btn_stop(turn, ["no"])
        elif step in ("export_confirm", "delete_confirm"):
            await prompts.detour_back(turn)
        elif step in SETTINGS_STEPS:
            await timing.btn_settings(turn, ["done"])
        elif step in SETUP_STEPS:
            turn.say(turn.t("cancel_setup"))
        elif step in ("week", "ended", "again"):
            turn.say(turn.t("cancel_nothing"))
        else:
            turn.goto("week" if turn.week and turn.week.status == "active" else "ended")
            turn.say(turn.t("cancel_week"))

    async def _request_ready(self, turn: Turn, week: Week) -> None:
        text = week.request_text or ""
        turn.say(
            turn.t("draft_final", anchor=week.anchor_name, draft=text),
            prompts.share_buttons(turn.t, text, week),
        )
        user = turn.user
        if user.timezone and user.nudge_minute is not None:
            turn.goto("sched_keep")
        else:
            turn.goto("tz")
        await prompts.prompt(turn)

    async def _checkin_next(
        self, turn: Turn, week: Week, checkin: CheckIn, edit: bool = False
    ) -> None:
        """Ask the next unanswered part of a day's check-in, or close it and move on."""
        t, day = turn.t, checkin.day
        flags = {"edit": True} if edit else {}
        if checkin.mood is None:
            turn.goto("week")
            turn.say(t("checkin_mood_q", day=day), prompts.mood_buttons(t, week.id, day))
        elif checkin.tried is None:
            turn.goto("checkin_tried", day=day, **flags)
            prompts.ask(turn)
        elif checkin.tried and checkin.tried_note is None:
            turn.goto("checkin_note", day=day, **flags)
            prompts.ask(turn)
        elif checkin.effect is None:
            turn.goto("checkin_effect", day=day, **flags)
            prompts.ask(turn)
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
                    prompts.ask(turn)
            else:
                turn.goto(rest_step(week))
            return
        if "followup" not in done:
            done.append("followup")
            if followup_due(week, day):
                turn.goto("followup_sent", day=day, done=done)
                prompts.ask(turn)
                return
        if "reflection" not in done:
            done.append("reflection")
            q = program.REFLECTION_DAYS.get(day)
            answered = {r.question for r in await turn.repos.reflections.for_week(week.id)}
            if q is not None and q not in answered:
                turn.goto("reflection", day=day, done=done, q=q)
                prompts.ask(turn)
                return
        if (day >= program.WEEK_DAYS or week_is_over(turn)) and week.status == "active":
            self._start_thank(turn, week)
            return
        turn.goto("week")

    def _start_thank(self, turn: Turn, week: Week) -> None:
        turn.goto("thank")
        prompts.ask(turn)

    async def _finish_week(self, turn: Turn, week: Week) -> None:
        t = turn.t
        draft = week.thank_text or ""
        tip = t.plain(f"return_tip_{week.support_kind or 'comfort'}", anchor=week.anchor_name or "")
        turn.say(t("thank_final", draft=draft, tip=tip), prompts.share_buttons(t, draft, week))
        checkins = await turn.repos.checkins.for_week(week.id)
        reflections = await turn.repos.reflections.for_week(week.id)
        turn.say(week_view.summary_text(t, week, checkins, reflections))
        turn.say(
            t("progress_caption", anchor=week.anchor_name),
            chart=steering.chart_request(turn, week, checkins),
        )
        week.status, week.ended_at = "completed", turn.now
        await turn.repos.nudges.cancel_pending(week.id)
        turn.goto("again")
        prompts.ask(turn)
        log.info("user %s completed week %s", turn.user.id, week.id)


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
