"""A message between a person and their anchor never buzzes the recipient in their quiet hours.

Alex (English, Berlin, quiet 22:00–08:00) is supported by Mira (Spanish, Mexico City). When Mira
writes while it is night in Berlin, her words are in Alex's chat by morning but his phone stays
silent (Telegram's `disable_notification`); in his daytime they arrive as usual. Whether a message
is silent is decided when it is delivered, in the recipient's zone. Through the real PTB
Application, the fake Bot API and a real SQLite file.
"""

from __future__ import annotations

import io
from pathlib import Path

from bot.adapters.console import ConsoleChat
from bot.app import Core
from bot.timing.clock import ManualClock
from tests.harness import BotHarness
from tests.test_flow_anchor import march, pass_time
from tests.test_flow_relays import FROM_MIRA, WORDS, pair, start_writing


def buzzes(bot: BotHarness, chat_id: int, starts: str) -> list[bool]:
    """For each message put in the chat that starts so: whether the phone was let ring."""
    out = []
    for call in bot.fake.calls:
        params = call.params
        if call.method != "sendMessage" or str(params.get("chat_id")) != str(chat_id):
            continue
        if str(params.get("text", "")).startswith(starts):
            out.append(str(params.get("disable_notification", False)).lower() not in ("true", "1"))
    return out


async def test_mira_writing_in_alexs_night_arrives_silently(bot: BotHarness) -> None:
    alex, mira = await pair(bot)
    assert buzzes(bot, 101, "Mira said yes") == [True]  # 10:00 in Berlin: as usual
    await start_writing(bot, mira)  # 00:00 UTC: 01:00 in Berlin, 18:00 in Mexico City
    sent = await mira.send(WORDS)
    assert sent[0].text == "Enviado a Alex 💛"
    assert alex.seen[-1].text == FROM_MIRA  # the words are there, at once
    assert buzzes(bot, 101, "💬 A message from Mira") == [False]  # and nothing rang


async def test_mira_writing_in_alexs_day_rings_as_usual(bot: BotHarness) -> None:
    alex, mira = await pair(bot)
    await pass_time(bot, march(25, 9))  # 10:00 in Berlin, 03:00 in Mexico City
    await mira.tap("Escribir a Alex")
    await mira.send(WORDS)
    assert alex.seen[-1].text == FROM_MIRA
    assert buzzes(bot, 101, "💬 A message from Mira") == [True]


async def test_held_back_at_night_and_delivered_in_the_morning_rings(bot: BotHarness) -> None:
    """Silent or not is decided when the message goes, not when it was written."""
    alex, mira = await pair(bot)
    await start_writing(bot, mira)  # 01:00 in Berlin
    bot.fake.fail_next("sendMessage", chat_id=101, error="retry_after", retry_after=8 * 3600)
    await mira.send(WORDS)
    assert alex.seen[-1].text != FROM_MIRA
    await pass_time(bot, march(25, 8, 30))  # 09:30 in Berlin
    assert alex.seen[-1].text == FROM_MIRA
    # The refused attempt at night would have been silent; the one that arrived rings.
    assert buzzes(bot, 101, "💬 A message from Mira") == [False, True]


async def test_alexs_own_replies_are_never_silenced(bot: BotHarness) -> None:
    alex, mira = await pair(bot)
    await start_writing(bot, mira)  # 01:00 in Berlin, Alex is up and writes to the bot
    await alex.send("/help")
    assert buzzes(bot, 101, alex.last_text()[:20]) == [True]


async def test_the_console_says_when_a_message_went_silently(
    tmp_path: Path, core: Core, clock: ManualClock
) -> None:
    out = io.StringIO()
    chat = ConsoleChat(core.journey, 1, "en", out, files_dir=tmp_path / "files" / "1")
    for line in ("/start", "1", "Mira", "She listens.", "4", "1", "1", "1", "Berlin", "4"):
        await chat.handle_line(line)  # an ordinary week, invite Mira, Berlin, 19:00
    token = out.getvalue().split("?start=", 1)[1].split()[0]
    clock.advance(seconds=13 * 3600)  # 23:00 in Berlin
    for line in ("/as 2 es", f"/start {token}", "1"):  # Mira says yes
        await chat.handle_line(line)
    told = out.getvalue().split("📨 [1] Mira said yes", 1)[1]
    assert "(enviado sin sonido: allí son sus horas de silencio)" in told.split("\n\n", 1)[0]
