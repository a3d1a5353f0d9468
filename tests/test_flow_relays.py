"""Messages between a person and their anchor are kept until they arrive (the outbox).

Alex (English) is supported by Mira (Spanish). What Mira writes to Alex must reach him once,
even when Telegram refuses it at first or the bot restarts in between; never after either of
them deleted their data; and never again and again to someone who blocked the bot.
Through the real PTB Application, the fake Bot API and a real SQLite file.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from sqlalchemy import select

from storage.models import Relay, User
from storage.nudge_enums import RelayStatus
from tests.harness import BotHarness, Chat
from tests.test_flow_anchor import db_bytes, joined, march, pass_time

WORDS = "¡Tú puedes con todo! Estoy contigo."
FROM_MIRA = f"💬 A message from Mira:\n\n<blockquote>{WORDS}</blockquote>"


async def pair(bot: BotHarness) -> tuple[Chat, Chat]:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    return alex, mira


async def relays(bot: BotHarness) -> list[Relay]:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        return list(await repos.session.scalars(select(Relay).order_by(Relay.id)))


async def active(bot: BotHarness, chat_id: int) -> bool:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        return bool(await repos.session.scalar(select(User.active).where(User.chat_id == chat_id)))


def from_mira(alex: Chat) -> list[str]:
    return [s.text for s in alex.seen if s.text.startswith("💬 A message from Mira")]


def sends_to(bot: BotHarness, chat_id: int) -> int:
    """Every attempt to put a message in the chat, refused or not."""
    return sum(
        1
        for call in bot.fake.calls
        if call.method == "sendMessage" and str(call.params.get("chat_id")) == str(chat_id)
    )


async def start_writing(bot: BotHarness, mira: Chat) -> None:
    """Mira opens "write to Alex" from the button under her first reminder."""
    await pass_time(bot, march(25, 0))
    await mira.tap("Escribir a Alex")
    assert "Escribe unas palabras para Alex" in mira.last_text()


async def test_words_telegram_refused_at_first_arrive_after_a_restart_once(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    alex, mira = await pair(bot)
    await start_writing(bot, mira)
    # Telegram asks the bot to wait a minute before writing to Alex again.
    bot.fake.fail_next("sendMessage", chat_id=101, error="retry_after", retry_after=60)
    sent = await mira.send(WORDS)
    assert sent[0].text == "Enviado a Alex 💛"
    assert from_mira(alex) == []

    await bot.restart()  # the process goes away before the minute is up
    await bot.tick()
    assert from_mira(alex) == []  # Telegram's minute is kept
    bot.clock.advance(seconds=90)
    await bot.tick()
    assert from_mira(alex) == [FROM_MIRA]
    for _ in range(3):
        bot.clock.advance(seconds=60)
        await bot.tick()
    assert from_mira(alex) == [FROM_MIRA]  # once
    assert WORDS not in caplog.text


async def test_at_once_when_all_is_well_and_no_words_kept_after(
    bot: BotHarness, tmp_path: Path
) -> None:
    alex, mira = await pair(bot)
    await start_writing(bot, mira)
    await mira.send(WORDS)
    assert from_mira(alex) == [FROM_MIRA]  # in the same turn, no tick needed
    rows = await relays(bot)  # "Mira said yes", her words, and her "Sent to Alex" kept with them
    assert [(r.status, r.text, r.buttons) for r in rows] == [(RelayStatus.SENT, "", [])] * 3
    await bot.tick()
    assert from_mira(alex) == [FROM_MIRA]


async def test_a_person_who_blocked_the_bot_is_not_written_to_again_and_mira_is_not_told(
    bot: BotHarness,
) -> None:
    _alex, mira = await pair(bot)
    await start_writing(bot, mira)
    bot.fake.block_chat(101)
    sent = await mira.send(WORDS)
    assert sent[0].text == "Enviado a Alex 💛"  # nothing about why
    assert not await active(bot, 101)
    mine = [r for r in await relays(bot) if r.status == RelayStatus.DROPPED]
    assert len(mine) == 1 and mine[0].text == ""
    tried = sends_to(bot, 101)
    for _ in range(3):
        bot.clock.advance(seconds=120)
        await bot.tick()
    assert sends_to(bot, 101) == tried  # dropped: never tried again


@pytest.mark.parametrize("who", ["writer", "reader"])
async def test_delete_on_either_side_takes_an_unsent_message_away(
    bot: BotHarness, tmp_path: Path, who: str
) -> None:
    alex, mira = await pair(bot)
    await start_writing(bot, mira)
    bot.fake.fail_next("sendMessage", chat_id=101, error="retry_after", retry_after=60)
    await mira.send(WORDS)
    assert [r.status for r in await relays(bot) if WORDS in r.text] == [RelayStatus.PENDING]
    leaving = mira if who == "writer" else alex
    await leaving.send("/delete")
    await leaving.tap("Sí" if who == "writer" else "Yes")
    assert not [r for r in await relays(bot) if WORDS in r.text]
    assert WORDS.encode() not in db_bytes(tmp_path)
    bot.clock.advance(seconds=120)
    await bot.tick()
    assert from_mira(alex) == []


async def test_a_message_still_on_its_way_is_in_the_readers_export_only(bot: BotHarness) -> None:
    alex, mira = await pair(bot)
    await start_writing(bot, mira)
    bot.fake.fail_next("sendMessage", chat_id=101, error="retry_after", retry_after=60)
    await mira.send(WORDS)
    documents = []
    for chat, label in ((alex, "Send my data"), (mira, "Enviar mis datos")):
        await chat.send("/export")
        await chat.tap(label)
        json_doc = bot.fake.calls_to("sendDocument")[-2]
        documents.append(json.loads(json_doc.files["document"][1]))
    mine, theirs = documents
    waiting = [m for m in mine["messages_to_you"] if m["status"] == "pending"]
    assert len(waiting) == 1 and WORDS in waiting[0]["text"]
    delivered = [m for m in mine["messages_to_you"] if m["status"] == "sent"]
    assert delivered and all(m["text"] is None for m in delivered)  # "Mira said yes", no words
    assert WORDS not in json.dumps(theirs)
