"""The journey's front door: one unit of work per input, routed through the step declarations."""

from __future__ import annotations

import copy
import logging
import uuid
from datetime import timedelta

from bot.delivery.outbox import Outbox, keep
from bot.delivery.replies import Reply, rows
from bot.journey import (
    after_checkin,
    anchor_again,
    anchor_flow,
    anchor_steps,
    anchor_support,
    anchor_words,
    care_days,
    care_join,
    care_steps,
    checkin_steps,
    closing_steps,
    commands,
    data_steps,
    long_text,
    pickers,
    settings_steps,
    setup_steps,
    steering,
    taps,
)
from bot.journey.care_join import NOTHING, Heard
from bot.journey.core import Incoming, Turn, upgrade
from bot.journey.engine import Flow, numbered_choice, route_tap
from bot.journey.words import button, mood_buttons
from bot.text import week_view
from bot.timing.clock import Clock
from content import Texts, pick_locale, program
from storage.models import EventKind
from storage.nudge_enums import NudgeKind
from storage.repositories import ANCHOR_NUDGE, DueNudge, Standing, Store

log = logging.getLogger(__name__)


def build_flow() -> Flow:
    """The journey's step graph, from each step module's declarations (the composition root
    builds it once and hands it to the `Journey`)."""
    modules = (setup_steps, anchor_flow, anchor_steps, anchor_support, anchor_words, pickers,
               checkin_steps, after_checkin, closing_steps, steering, settings_steps, data_steps,
               care_steps, long_text, commands)  # fmt: skip
    return Flow(*(module.PART for module in modules))


class Journey:
    """Handles every input of every person; the database holds all state between calls."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        flow: Flow,
        worker_id: str | None = None,
        lease_seconds: float = 15.0,
        join_window: timedelta = care_join.DEFAULT_WINDOW,
    ) -> None:
        self.store = store
        self.clock = clock
        self.flow = flow
        self.join_window = join_window  # how long typed words wait to be joined to the next
        # Messages to another chat; claims carry the worker id, unique per run.
        worker = worker_id or f"relays-{uuid.uuid4().hex[:8]}"
        self.outbox = Outbox(
            store, clock, worker, lease_seconds, unreached=anchor_again.unreached_report
        )

    async def handle(self, msg: Incoming) -> list[Reply]:
        async with self.store.unit() as repos:
            await repos.users.take_turn(msg.chat_id)
            now = self.clock.now()  # after any earlier turn of this chat: its times come first
            if msg.update_id is not None and not await repos.updates.first_time(msg.update_id, now):
                log.info("update %s seen before; ignored", msg.update_id)
                return []
            await repos.updates.also_seen(msg.folded, now)  # a crash now: none comes back
            standing = await repos.users.standing(msg.chat_id)  # one read for the whole start
            if standing is None:
                user = await repos.users.create(msg.chat_id, pick_locale(msg.language_code), now)
                log.info("new user %s", user.id)
                standing = Standing(user, None, None, owed=False)
            user = standing.user
            user.active = True
            upgrade(user)
            texts = Texts(user.language)
            turn = Turn(repos, user, standing.week, texts, now, self.flow, incoming=msg)
            turn.cared_at = standing.cared_at
            if standing.owed:
                await repos.undelivered.take(msg.chat_id)
            heard = care_join.hear(user, msg, now, self.join_window, owed=standing.owed)
            if standing.owed and msg.kind in care_join.TYPED and not heard.crisis:
                # The last replies never arrived: typed words are not taken as an answer to a
                # question the person never saw; the open question is shown again instead
                # (commands and taps are explicit and always handled; words of crisis get care).
                await commands.prompt(turn)
            else:
                await self._route(turn, msg, heard)
            if not turn.erased:
                user.updated_at = now
                care_join.remember(
                    user, msg, heard, now, self.join_window, own_word=turn.own_word
                )
                if standing.unreached:
                    await anchor_again.tell_unreached(turn)
                await care_days.remember_yesterday(turn)
            # Messages to another chat commit with the change that caused them, or not at all.
            turn.out = await keep(repos, user, turn.out, now)
        if turn.erased:
            await self.store.flush_erased()
        return turn.out

    async def reply_undelivered(self, chat_id: int) -> None:
        """Delivery hook: this chat's last replies never arrived; the next text re-asks."""
        async with self.store.unit() as repos:
            await repos.undelivered.remember(chat_id, self.clock.now())

    async def set_reachable(self, chat_id: int, reachable: bool) -> None:
        """The person blocked (or unblocked) the bot: no nudges go to an unreachable chat."""
        async with self.store.unit() as repos:
            await repos.users.set_active(chat_id, reachable, self.clock.now())
        log.info("chat reachable=%s", reachable)

    def nudge_reply(self, due: DueNudge) -> Reply:
        """The words and buttons of a due nudge (pure: the dispatcher calls it in bulk)."""
        t = Texts(due.language)
        if due.kind == ANCHOR_NUDGE:
            return anchor_support.reminder_reply(due)
        if due.kind == NudgeKind.CLOSE:
            anchors, count = week_view.listed(t, due.anchor_names)
            text = t("week_close_nudge", anchor=anchors, count=count)
            if care_days.hard_day(due) == "checkin_mood_q_after_care":  # the day after care
                text = t("care_yesterday") + "\n\n" + text
            return Reply(
                text,
                rows(button(t.plain("btn_close_week"), taps.CloseWeek(due.week_id))),
            )
        hard = care_days.hard_day(due)
        if hard is not None:  # one gentle line after a care moment, in place of any other
            text = t(hard, day=due.day, days=program.WEEK_DAYS)
        else:
            text = t("checkin_mood_q", day=due.day, days=program.WEEK_DAYS)
        if due.kind == NudgeKind.SNOOZE:
            text = t("snooze_nudge") + "\n\n" + text
        elif hard is None and due.day > 1 and not due.prev_settled and due.prev2_settled:
            # One gentle word after a missed day, never a string of them.
            text = t("missed_reminder") + "\n\n" + text
        later = (
            button(t.plain("btn_snooze"), taps.SnoozeMenu(due.week_id, due.day)),
            button(t.plain("btn_skip_today"), taps.SkipDay(due.week_id, due.day)),
        )
        return Reply(text, (*mood_buttons(t, due.week_id, due.day), later))

    async def _route(self, turn: Turn, msg: Incoming, heard: Heard) -> None:
        if msg.kind == "command":
            await commands.run(turn, msg.value, msg.arg)
        elif msg.kind == "button":
            await _tapped(turn, taps.decode(msg.value))
        elif msg.kind == "text":
            await _typed(turn, msg.value.strip(), heard)
        elif heard.crisis:
            await care_steps.care(turn, EventKind.CRISIS_WORDS)  # a caption can carry them too
        else:
            turn.say(turn.t("non_text"))
            await commands.prompt(turn)


async def _tapped(turn: Turn, tap: taps.Tap | None) -> None:
    if not await route_tap(turn, tap):
        log.info("user %s tapped a stale button", turn.user.id)
        turn.say(turn.t("stale_button"))
        await commands.prompt(turn)


async def _typed(turn: Turn, text: str, heard: Heard) -> None:
    step = turn.step
    decl = turn.flow.steps[step]
    if heard.crisis:
        # The safety question comes first; what was asked waits behind it. The words are
        # not taken as an answer (nor kept anywhere); answers typed just before them are.
        kept = await _answered_quietly(turn, heard.answers)
        await care_steps.care(turn, EventKind.CRISIS_WORDS, kept=kept)
        return
    if decl.limit is None:
        if decl.numbered or decl.text is None:
            tap = await numbered_choice(turn, text)
            if tap is not None:
                await _tapped(turn, tap)
                return
        if decl.text is not None:
            await decl.text(turn, text)
            return
        turn.say(turn.t("need_button"))
        await commands.prompt(turn)
        return
    if not text:
        turn.say(turn.t("empty_text"))
    elif len(text) > decl.limit >= program.SHORT_TEXT_MAX:
        long_text.hold(turn, text, decl.limit)  # words kept until the person chooses
    elif len(text) > decl.limit:
        turn.say(turn.t("too_long", max=decl.limit))
    elif decl.text is not None:
        await decl.text(turn, text)


async def _answered_quietly(turn: Turn, answers: tuple[str, ...]) -> bool:
    """Pieces of a joined flood typed before its words of crisis ("3" for the mood): taken as
    the answers they were, with nothing said about them (care comes first; the question they
    lead to waits behind it). Whether one was taken: the person moved on from the question."""
    if not answers or turn.step in care_days.CARE_STEPS:
        return False  # at the safety question they answer nothing
    before = (turn.user.step, copy.deepcopy(turn.user.step_ctx))
    said = len(turn.out)
    for piece in answers:
        await _typed(turn, piece, NOTHING)
    # Messages to another chat stay (they commit with the answer); the person's own wait.
    turn.out[said:] = [r for r in turn.out[said:] if r.to_chat is not None or r.durable]
    return (turn.user.step, turn.user.step_ctx) != before
