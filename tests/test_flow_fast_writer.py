"""A person who writes faster than the bot may answer them: their updates wait their turn without
holding anyone else's, they get one calm "one moment", and every reply, once, in order.

The real PTB Application and its update processor (as the intake drives it), the real rate
limiter (with a quicker per-chat pace, so the test takes a moment), the fake Bot API and SQLite.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import TypeHandler

from bot.adapters.telegram.adapter import TelegramSender, build_application
from bot.adapters.telegram.intake import Intake
from bot.app import build_dispatcher
from bot.delivery.rate_limiter import Priority, PriorityRateLimiter
from bot.timing.clock import ManualClock
from storage.repositories.inbox import InboxRepo, Received
from tests.harness import TOKEN, BotHarness
from tests.test_storage_dispatch import bulk_people

WRITER, CALM = 7, 8
ONE_MOMENT = "One moment: I'm reading all your messages"


async def with_limiter(harness: BotHarness, per_chat_per_second: float) -> BotHarness:
    """The harness's bot with the real rate limiter (a chat's pace as given), four update slots,
    "one moment" past five updates a minute, and nudges sent as app.py sends them."""
    assert harness.app is not None and harness.core is not None
    await harness.app.shutdown()
    harness.app = build_application(
        harness.core.journey,
        TOKEN,
        request=harness.fake,
        limiter=PriorityRateLimiter(per_chat_per_second=per_chat_per_second, per_chat_burst=1),
        max_concurrent_updates=4,
        flood_per_minute=5,
    )
    await harness.app.initialize()
    harness.dispatcher = build_dispatcher(harness.core, TelegramSender(harness.app, Priority.NUDGE))
    return harness


@pytest.fixture
async def bot(tmp_path: Path, sqlite_url: str, clock: ManualClock) -> AsyncIterator[BotHarness]:
    harness = await with_limiter(await BotHarness(tmp_path, sqlite_url, clock).start(), 10)
    yield harness
    await harness.stop()


async def arrive(bot: BotHarness, chat_id: int, text: str) -> None:
    """One update through the update processor, as the intake hands it over."""
    app = bot.app
    assert app is not None
    update = Update.de_json(bot.updates.message(chat_id, text), app.bot)
    await app.update_processor.process_update(update, app.process_update(update))


def sent_to(bot: BotHarness, chat_id: int) -> list[str]:
    return [
        c.params["text"]
        for c in bot.fake.calls_to("sendMessage")
        if c.ok and int(c.params["chat_id"]) == chat_id
    ]


async def test_a_fast_writer_holds_nobody_back_and_gets_every_reply_once_in_order(
    bot: BotHarness,
) -> None:
    commands = ["/help", "/status"] * 6  # twelve at once, faster than the bot may answer
    writer = [asyncio.create_task(arrive(bot, WRITER, c)) for c in commands]
    await asyncio.sleep(0)  # the writer's updates are all in before the calm person's
    await arrive(bot, CALM, "/help")
    calm_answered_after = len(sent_to(bot, WRITER))
    await asyncio.gather(*writer)

    assert calm_answered_after <= 3, calm_answered_after  # not behind the writer's queue
    replies = sent_to(bot, WRITER)
    assert sum(ONE_MOMENT in text for text in replies) == 1
    answers = [text for text in replies if ONE_MOMENT not in text]
    kinds = ["help" if "/start: begin" in text else "status" for text in answers]
    assert kinds == [c[1:] for c in commands], "\n".join(t[:40].replace("\n", " ") for t in replies)
    assert ONE_MOMENT not in "".join(sent_to(bot, CALM))


async def test_a_person_writing_at_an_ordinary_pace_never_hears_one_moment(
    bot: BotHarness,
) -> None:
    for command in ("/start", "/help", "/status", "/help"):
        await arrive(bot, WRITER, command)
    assert not any(ONE_MOMENT in text for text in sent_to(bot, WRITER))


async def test_nudges_keep_flowing_beside_a_fast_writer(bot: BotHarness) -> None:
    await with_limiter(bot, 4)  # the writer's chat: one message every quarter second
    assert bot.core is not None
    await bulk_people(bot.core, 10, bot.clock.now(), first_chat=9000)  # a small wave, due now
    writer = [asyncio.create_task(arrive(bot, WRITER, c)) for c in ["/help", "/status"] * 6]
    await asyncio.sleep(0)
    stats = await bot.tick()  # the wave goes out while the writer's answers wait their turn
    answered_meanwhile = len(sent_to(bot, WRITER))
    await asyncio.gather(*writer)

    assert dict(stats.outcomes) == {"sent": 10}
    # Ten nudges to ten chats take about a third of a second; the writer's twelve answers at
    # their chat's pace take three seconds: the nudges did not wait behind them.
    assert answered_meanwhile <= 4, answered_meanwhile
    assert len([t for t in sent_to(bot, WRITER) if ONE_MOMENT not in t]) == 12


async def test_a_flood_is_coalesced_every_word_kept_and_nobody_else_waits(
    bot: BotHarness,
) -> None:
    """200 messages in a moment through the intake (as the poller and the webhook hand them
    over): past "one moment" what waits is joined and handled together, far fewer replies, and
    every word reaches the journey in order; a calm person's /help is answered meanwhile.
    The writer's chat keeps Telegram's pace (two messages a second), so the flood's replies
    take seconds whatever the machine's speed: on a busy machine an unpaced flood, joined
    into a few replies, could be over before the calm person's answer, and prove nothing."""
    await with_limiter(bot, 2)
    assert bot.app is not None and bot.core is not None
    received: dict[int, list[str]] = {}

    async def record(update: object, _context: object) -> None:  # what the bot was handed
        if isinstance(update, Update) and update.message and update.effective_chat:
            received.setdefault(update.effective_chat.id, []).append(update.message.text or "")

    bot.app.add_handler(TypeHandler(Update, record), group=-1)
    intake = Intake(bot.app, bot.core.store, "receiver-1")

    def update(chat_id: int, text: str) -> tuple[Update, dict[str, Any]]:
        assert bot.app is not None
        raw = bot.updates.message(chat_id, text)
        return Update.de_json(raw, bot.app.bot), raw

    words = [f"w{n:03d}" for n in range(200)]
    for batch in (words[:100], words[100:]):  # as two getUpdates answers bring them
        await intake.accept([update(WRITER, word) for word in batch])
    await asyncio.sleep(0)  # the flood is under way (joined at once: it is soon answered)
    await asyncio.wait_for(intake.submit(*update(CALM, "/help")), 10)
    writer_left = intake.in_hand
    for _ in range(600):
        if intake.in_hand == 0:
            break
        await asyncio.sleep(0.1)
    await intake.finish(1)

    assert writer_left > 0  # the calm person was answered while the flood still waited
    assert [t for t in sent_to(bot, CALM) if "/start: begin" in t]
    replies = sent_to(bot, WRITER)
    assert sum(ONE_MOMENT in text for text in replies) == 1
    assert len(replies) <= 20, len(replies)  # not 200
    handed = received[WRITER]
    assert len(handed) <= 20, len(handed)
    assert " ".join(handed).split() == words  # every word, once, in order


async def test_every_tap_of_a_coalesced_flood_is_answered_so_no_button_keeps_spinning(
    bot: BotHarness,
) -> None:
    """A person who taps one button over and over past "one moment": the repeated taps count
    once, but Telegram shows each tapped button spinning until its tap is answered, so every
    callback query is answered (once), the folded ones too."""
    assert bot.app is not None and bot.core is not None
    chat = bot.chat(WRITER)
    await chat.send("/start")
    begin = chat.button("Let's begin")["callback_data"]
    intake = Intake(bot.app, bot.core.store, "receiver-1")

    def tap() -> tuple[Update, dict[str, Any]]:
        assert bot.app is not None
        raw = bot.updates.callback(WRITER, begin)
        return Update.de_json(raw, bot.app.bot), raw

    taps = [tap() for _ in range(30)]
    await intake.accept(taps)
    for _ in range(600):
        if intake.in_hand == 0:
            break
        await asyncio.sleep(0.1)
    await intake.finish(1)

    answered = [c.params["callback_query_id"] for c in bot.fake.calls_to("answerCallbackQuery")]
    assert sorted(answered) == sorted(u.callback_query.id for u, _ in taps if u.callback_query)
    questions = [t for t in sent_to(bot, WRITER) if "Who makes you feel safe?" in t]
    assert len(questions) < 30  # the repeated taps were coalesced: they counted once


async def test_a_crash_mid_flood_loses_no_word_and_answers_no_piece_twice(
    bot: BotHarness,
) -> None:
    """A flood is joined and answered; the process dies before those handled updates leave the
    inbox, and before the rest of the flood (received, stored) is handled. The next process
    takes both over: what was answered, joined or not, is not answered again, and every word of
    the rest reaches the bot, once, in order (it is not folded into an update already answered
    and dropped with it)."""
    assert bot.app is not None and bot.core is not None
    first = [bot.updates.message(WRITER, f"w{n:03d}") for n in range(20)]
    rest = [bot.updates.message(WRITER, f"w{n:03d}") for n in range(20, 40)]
    intake = Intake(bot.app, bot.core.store, "receiver-1")
    await intake.accept([(Update.de_json(raw, bot.app.bot), raw) for raw in first])
    for _ in range(600):
        if intake.in_hand == 0:
            break
        await asyncio.sleep(0.1)
    await intake.finish(1)
    assert len(sent_to(bot, WRITER)) < 15  # joined: fewer answers than messages

    async with bot.core.store.unit() as repos:  # the crash: handled, not yet cleared; the rest
        received = [Received(r["update_id"], WRITER, json.dumps(r)) for r in first + rest]
        now = bot.clock.now()
        await InboxRepo(repos.session).store(received, "receiver-1", now, now)
    await with_limiter(bot, 10)  # the next process: a new Application
    assert bot.app is not None
    handed: list[str] = []

    async def record(update: object, _context: object) -> None:
        if isinstance(update, Update) and update.message:
            handed.append(update.message.text or "")

    bot.app.add_handler(TypeHandler(Update, record), group=-1)
    before = len(sent_to(bot, WRITER))
    restarted = Intake(bot.app, bot.core.store, "receiver-2")
    await restarted.start()
    for _ in range(600):
        if restarted.in_hand == 0:
            break
        await asyncio.sleep(0.1)
    await restarted.finish(1)

    fresh = [t for t in handed if t.split()[0] >= "w020"]
    assert " ".join(fresh).split() == [f"w{n:03d}" for n in range(20, 40)], handed
    assert all(t.split()[0] >= "w020" or len(t.split()) == 1 for t in handed), handed
    answers = [t for t in sent_to(bot, WRITER)[before:] if ONE_MOMENT not in t]
    assert 1 <= len(answers) <= len(fresh)  # only the rest is answered
