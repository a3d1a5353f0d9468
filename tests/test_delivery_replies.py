"""Replies that arrive, no avoidable Bot API errors, and words any database can keep.

The real PTB Application over the in-process fake Bot API, as in the flow tests.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.adapters.telegram.adapter import build_application
from bot.delivery.backoff import Patience
from bot.runtime.metrics import REPLIES_FAILED
from bot.timing.clock import ManualClock
from tests.fake_bot_api import FakeBotApi
from tests.harness import TOKEN, BotHarness, texts


async def patient_harness(
    tmp_path: Path,
    url: str,
    clock: ManualClock,
    retry_seconds: float,
    patience: Patience | None = None,
) -> BotHarness:
    harness = await BotHarness(tmp_path, url, clock).start()
    assert harness.app is not None and harness.core is not None
    await harness.app.shutdown()
    harness.app = build_application(
        harness.core.journey,
        TOKEN,
        request=harness.fake,
        rate_limit=False,
        reply_retry_seconds=retry_seconds,
        reply_patience=patience,
    )
    await harness.app.initialize()
    return harness


class Outage:
    """Every sendMessage answers 502 until the bot has waited `seconds` between its tries.

    The bot's waiting is counted, not spent: a 20-second outage takes a moment of real time,
    and the bot behaves exactly as it would over 20 real seconds.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds, self.elapsed = seconds, 0.0
        self.fake: FakeBotApi | None = None

    def on(self, harness: BotHarness) -> BotHarness:
        self.fake = harness.fake
        return harness

    def begin(self) -> None:
        assert self.fake is not None
        self.fake.fail_method_always("sendMessage", error="bad_gateway")

    async def sleep(self, seconds: float) -> None:
        self.elapsed += seconds
        if self.elapsed >= self.seconds and self.fake is not None:
            self.fake.reset_failures("sendMessage")
        await asyncio.sleep(0)


def question_sent(bot: BotHarness, chat_id: int, words: str) -> int:
    """How many times a message with `words` reached the chat (failed tries not counted)."""
    return sum(
        1
        for call in bot.fake.calls_to("sendMessage")
        if call.ok and int(call.params["chat_id"]) == chat_id and words in call.params["text"]
    )


@pytest.fixture
async def bot(tmp_path: Path, sqlite_url: str, clock: ManualClock) -> AsyncIterator[BotHarness]:
    harness = await patient_harness(tmp_path, sqlite_url, clock, retry_seconds=1.0)
    yield harness
    await harness.stop()


async def test_a_reply_that_meets_a_passing_fault_still_arrives(bot: BotHarness) -> None:
    chat = bot.chat(7)
    await chat.send("/start")
    bot.fake.fail_next("sendMessage", chat_id=7, error="network")
    seen = await chat.tap("Let's begin")
    assert "Who makes you feel safe?" in texts(seen)
    assert "something went wrong" not in texts(chat.seen).lower()


async def test_one_502_on_a_reply_the_reply_arrives_once_and_the_step_is_kept(
    bot: BotHarness,
) -> None:
    chat = bot.chat(7)
    await chat.send("/start")
    bot.fake.fail_next("sendMessage", chat_id=7, error="bad_gateway")
    seen = await chat.tap("Let's begin")
    assert "Who makes you feel safe?" in texts(seen)
    assert question_sent(bot, 7, "Who makes you feel safe?") == 1
    seen = await chat.send("Mira")
    assert "What makes Mira a safe place" in texts(seen)


async def test_a_20_second_outage_on_replies_the_reply_arrives_once(
    tmp_path: Path, sqlite_url: str, clock: ManualClock
) -> None:
    outage = Outage(seconds=20)
    harness = outage.on(
        await patient_harness(
            tmp_path, sqlite_url, clock, 1.0, Patience(within=30, sleep=outage.sleep)
        )
    )
    try:
        chat = harness.chat(7)
        await chat.send("/start")
        given_up = REPLIES_FAILED.labels("network")._value.get()
        outage.begin()
        seen = await chat.tap("Let's begin")
        assert outage.elapsed >= 20  # tried on through the whole outage
        assert "Who makes you feel safe?" in texts(seen)
        assert question_sent(harness, 7, "Who makes you feel safe?") == 1
        assert REPLIES_FAILED.labels("network")._value.get() == given_up
        seen = await chat.send("Mira")
        assert "What makes Mira a safe place" in texts(seen)
    finally:
        await harness.stop()


async def test_a_reply_given_up_is_counted_and_its_question_asked_again(
    tmp_path: Path, sqlite_url: str, clock: ManualClock
) -> None:
    outage = Outage(seconds=45)  # longer than the bot keeps trying
    harness = outage.on(
        await patient_harness(
            tmp_path, sqlite_url, clock, 1.0, Patience(within=30, sleep=outage.sleep)
        )
    )
    try:
        chat = harness.chat(7)
        await chat.send("/start")
        given_up = REPLIES_FAILED.labels("network")._value.get()
        outage.begin()
        assert await chat.tap("Let's begin") == []
        assert 20 < outage.elapsed <= 30  # tried for the whole window, and no longer
        assert REPLIES_FAILED.labels("network")._value.get() == given_up + 1
        harness.fake.reset_failures()
        seen = await chat.send("hello?")
        assert "Who makes you feel safe?" in texts(seen)
    finally:
        await harness.stop()


async def test_an_undelivered_reply_is_asked_again_before_words_are_taken_as_an_answer(
    bot: BotHarness,
) -> None:
    chat = bot.chat(7)
    await chat.send("/start")
    bot.fake.fail_method_always("sendMessage", error="network")
    assert await chat.tap("Let's begin") == []  # the question never reached the person
    bot.fake.reset_failures()

    seen = await chat.send("hello? are you there?")
    assert "Who makes you feel safe?" in texts(seen)  # asked again, not taken as the name
    seen = await chat.send("Mira")
    assert "Mira" in texts(seen)
    assert "hello" not in texts(chat.seen)


async def test_taps_on_inaccessible_or_already_cleared_messages_edit_nothing(
    bot: BotHarness,
) -> None:
    chat = bot.chat(7)
    await chat.send("/start")
    begin = chat.button("Let's begin")["callback_data"]
    keyboard = {"inline_keyboard": [[{"text": "Let's begin", "callback_data": begin}]]}
    welcome_id = 1

    await bot.feed(bot.updates.callback(7, begin, message_id=99, inaccessible=True))
    assert bot.fake.calls_to("editMessageReplyMarkup") == []

    for _ in range(2):  # a double tap
        await bot.feed(bot.updates.callback(7, begin, message_id=welcome_id, reply_markup=keyboard))
    edits = bot.fake.calls_to("editMessageReplyMarkup")
    assert [c.params["message_id"] for c in edits] == [welcome_id]
    assert [c for c in bot.fake.calls if c.error is not None] == []


async def test_message_is_not_modified_counts_as_done(bot: BotHarness) -> None:
    chat = bot.chat(7)
    await chat.send("/start")
    begin = chat.button("Let's begin")["callback_data"]
    keyboard = {"inline_keyboard": [[{"text": "Let's begin", "callback_data": begin}]]}
    bot.fake.fail_next(
        "editMessageReplyMarkup",
        error="bad_request",
        description="Bad Request: message is not modified",
    )
    seen = await chat._feed(bot.updates.callback(7, begin, message_id=1, reply_markup=keyboard))
    assert "Who makes you feel safe?" in texts(seen)
    assert len(bot.fake.calls_to("editMessageReplyMarkup")) == 1  # not called again


@pytest.mark.postgres
async def test_nul_and_lone_surrogates_never_reach_postgresql(
    tmp_path: Path, pg_url: str, clock: ManualClock
) -> None:
    bot = await patient_harness(tmp_path, pg_url, clock, retry_seconds=1.0)
    try:
        chat = bot.chat(7)
        await chat.send("/start")
        await chat.tap("Let's begin")
        seen = await chat.send("Mi\x00ra\ud800")
        assert "Mira" in texts(seen)
        assert "something went wrong" not in texts(chat.seen).lower()
    finally:
        await bot.stop()
