"""Replies that arrive, no avoidable Bot API errors, and words any database can keep.

The real PTB Application over the in-process fake Bot API, as in the flow tests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.telegram_adapter import build_application
from tests.harness import TOKEN, BotHarness, texts


async def patient_harness(
    tmp_path: Path, url: str, clock: ManualClock, retry_seconds: float
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
    )
    await harness.app.initialize()
    return harness


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
