"""A handler error does not drop the update: it stays in the inbox and is tried again with the
one backoff; past the last try it is given up, counted, and the person (not already answered)
is asked kindly to send it again, once, in their language.

The real PTB Application (tests/harness.py) behind the real intake (the webhook's path), SQLite;
the fault is the database's own: the table of seen updates is renamed away, as by a migration
caught midway, so every turn fails until it is back.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY
from sqlalchemy import func, select, update
from telegram import Update
from telegram.ext import TypeHandler

from bot.adapters.telegram.intake import Intake
from bot.delivery.backoff import Backoff
from bot.timing.clock import ManualClock
from storage.models import InboxUpdate
from storage.repositories.inbox import InboxRepo, Received
from tests.harness import BotHarness

CHAT = 81
WELCOME = "Hi, I'm Secure Base."
RESEND = {
    "en": "Something went wrong on my side, could you send that again?",
    "ru": "пришли, пожалуйста, это ещё раз",
    "es": "¿me lo puedes enviar otra vez?",
}
GIVEN_UP = "secure_base_updates_given_up_total"


def intake(bot: BotHarness, attempts: int = 5) -> Intake:
    assert bot.app is not None and bot.core is not None
    quick = Backoff(base=0.1, cap=0.4)  # the one backoff, at a test's pace
    return Intake(bot.app, bot.core.store, "receiver-1", attempts=attempts, retry=quick)


@asynccontextmanager
async def seen_updates_away(sqlite_url: str) -> AsyncIterator[None]:
    """The table every turn writes first is gone while inside: each turn fails.

    The renames run off the event loop: the bot's own open transaction needs the loop to
    finish, so a rename that blocked the loop while waiting for that lock would wait for
    nothing (it flaked as "database is locked" on a busy machine).
    """
    path = sqlite_url.split(":///", 1)[1]
    await asyncio.to_thread(_rename, path, "processed_updates", "processed_updates_away")
    try:
        yield
    finally:
        await asyncio.to_thread(_rename, path, "processed_updates_away", "processed_updates")


def _rename(path: str, old: str, new: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None, timeout=60)
    try:
        conn.execute(f"ALTER TABLE {old} RENAME TO {new}")
    finally:
        conn.close()


async def in_inbox(bot: BotHarness) -> int:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        return int(await repos.session.scalar(select(func.count()).select_from(InboxUpdate)) or 0)


async def stored(bot: BotHarness, within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if await in_inbox(bot):
            return
        await asyncio.sleep(0.01)
    raise AssertionError("not stored in time")


def submit(bot: BotHarness, hand: Intake, raw: dict[str, object]) -> asyncio.Task[None]:
    assert bot.app is not None
    return hand.submit(Update.de_json(raw, bot.app.bot), raw)


async def test_an_update_that_meets_a_database_fault_is_handled_once_it_passes(
    bot: BotHarness, sqlite_url: str
) -> None:
    hand = intake(bot)
    async with seen_updates_away(sqlite_url):
        handling = submit(bot, hand, bot.updates.message(CHAT, "/start"))
        await asyncio.sleep(0.05)  # the first try has failed: the update waits for the next
        assert not handling.done()
        assert await in_inbox(bot) == 1
        assert bot.fake.sent_texts(CHAT) == []  # no "something went wrong" meanwhile
    await asyncio.wait_for(handling, 10)

    said = bot.fake.sent_texts(CHAT)
    assert len(said) == 1 and said[0].startswith(WELCOME), said
    await hand.finish(1)
    assert await in_inbox(bot) == 0


@pytest.mark.parametrize("language", ["en", "ru", "es"])
async def test_past_the_last_try_the_person_is_asked_once_to_send_it_again(
    bot: BotHarness, sqlite_url: str, language: str
) -> None:
    hand = intake(bot, attempts=3)
    before = REGISTRY.get_sample_value(GIVEN_UP) or 0.0
    later = bot.updates.message(CHAT, "/help", language_code=language)
    async with seen_updates_away(sqlite_url):
        first = submit(bot, hand, bot.updates.message(CHAT, "/start", language_code=language))
        await stored(bot)  # (and so queued) before the next one comes
        second = submit(bot, hand, later)  # the same chat's next update waits its turn
        await asyncio.wait_for(first, 10)
        said = bot.fake.sent_texts(CHAT)
        assert len(said) == 1 and RESEND[language] in said[0], said
        assert REGISTRY.get_sample_value(GIVEN_UP) == before + 1
        await asyncio.wait_for(second, 10)  # given up too: still inside the fault
    await hand.finish(1)
    assert await in_inbox(bot) == 0  # given up: not left to fail again at every start
    assert len(bot.fake.sent_texts(CHAT)) == 2


async def die_five_times(
    bot: BotHarness, raws: list[dict[str, Any]], stuck: Callable[[object], bool]
) -> None:
    """Five processes in a row take `raws` in hand and die while handling one (a handler that
    never returns on each update `stuck` picks); afterwards that handler is gone again."""
    assert bot.app is not None and bot.core is not None
    never = asyncio.Event()

    async def hangs(update: object, _context: object) -> None:
        if stuck(update):
            await never.wait()  # the process dies while handling it

    handler = TypeHandler(Update, hangs)
    bot.app.add_handler(handler, group=-1)
    first = Intake(bot.app, bot.core.store, "receiver-0")
    await first.accept([(Update.de_json(r, bot.app.bot), r) for r in raws])
    await asyncio.sleep(0.05)
    await first.finish(0)
    for n in range(1, 5):  # four more processes take it over, and die on it
        hand = Intake(bot.app, bot.core.store, f"receiver-{n}")
        await hand.start()
        await asyncio.sleep(0.05)
        await hand.finish(0)
    bot.app.remove_handler(handler, group=-1)


async def test_an_update_five_receivers_died_on_is_not_tried_a_sixth_time(bot: BotHarness) -> None:
    """An update whose handling kills the process (or a process stopped each time while it is
    still in hand) is taken over at every start; the tries count across processes, in the
    inbox: past the last, it is given up and the person asked to send it again, instead of the
    bot starting, and dying, on it for ever."""
    assert bot.app is not None and bot.core is not None
    raw = bot.updates.message(CHAT, "/start")
    await die_five_times(bot, [raw], lambda _update: True)
    assert await in_inbox(bot) == 1

    last = Intake(bot.app, bot.core.store, "receiver-5")
    await last.start()
    await last.finish(1)

    said = bot.fake.sent_texts(CHAT)
    assert len(said) == 1 and RESEND["en"] in said[0], said
    assert await in_inbox(bot) == 0


async def test_an_update_that_only_waited_its_turn_through_normal_restarts_is_not_given_up(
    bot: BotHarness,
) -> None:
    await waits_through_normal_restarts(bot)


async def test_normal_restarts_do_not_count_on_postgresql_either(
    tmp_path: Path, pg_url: str, clock: ManualClock
) -> None:
    harness = await BotHarness(tmp_path, pg_url, clock).start()
    try:
        await waits_through_normal_restarts(harness)
    finally:
        await harness.stop()


async def waits_through_normal_restarts(bot: BotHarness) -> None:
    """A chat's first update hangs (a slow database, say) and its next one waits behind it;
    the bot is restarted normally five times meanwhile. The one in hand each time is given up
    (it may be what stops the bot); the one that only waited was never tried, so a normal
    stop does not count against it: it is answered, not met with 'send it again'."""
    assert bot.app is not None and bot.core is not None
    hangs = bot.updates.message(CHAT, "/start")
    waits = bot.updates.message(CHAT, "/help")
    # five normal restarts, the first update still hanging each time
    await die_five_times(
        bot,
        [hangs, waits],
        lambda update: isinstance(update, Update) and update.update_id == hangs["update_id"],
    )

    last = Intake(bot.app, bot.core.store, "receiver-5")
    await last.start()
    await last.finish(2)

    said = bot.fake.sent_texts(CHAT)
    assert sum(RESEND["en"] in text for text in said) == 1, said
    assert any("/start: begin" in text for text in said), said  # /help answered
    assert await in_inbox(bot) == 0


async def test_send_it_again_comes_in_the_language_the_person_chose_not_telegrams(
    bot: BotHarness,
) -> None:
    """Sasha talks to the bot in Russian (as she began, or chose in /settings), her phone is in
    English: an update given up after five takeovers is followed by 'send it again' in
    Russian, as everything else the bot says to her."""
    assert bot.app is not None and bot.core is not None
    await bot.chat(CHAT, "ru").send("/start")  # she began in Russian; her phone is English now
    raw = bot.updates.message(CHAT, "/help", language_code="en")
    async with bot.core.store.unit() as repos:
        await InboxRepo(repos.session).store(
            [Received(raw["update_id"], CHAT, json.dumps(raw))],
            "gone",
            bot.clock.now(),
            bot.clock.now(),
        )
        await repos.session.execute(update(InboxUpdate).values(takeovers=4))
    before = len(bot.fake.sent_texts(CHAT))
    hand = Intake(bot.app, bot.core.store, "receiver-5")
    await hand.start()
    await hand.finish(1)
    said = bot.fake.sent_texts(CHAT)[before:]
    assert len(said) == 1 and RESEND["ru"] in said[0], said


async def test_a_joined_flood_that_kills_the_bot_each_time_is_met_with_one_send_it_again(
    bot: BotHarness,
) -> None:
    """Twenty quick messages, joined into one update (a flood), whose handling kills the
    process at five starts in a row: at the sixth, all twenty are given up together, and the
    person hears 'send it again' once, not twenty times."""
    assert bot.app is not None and bot.core is not None
    flood = [bot.updates.message(CHAT, f"word {n}") for n in range(20)]
    processor = bot.app.update_processor
    processor.flood_per_minute = 5  # type: ignore[attr-defined]
    await die_five_times(bot, flood, lambda _update: True)

    last = Intake(bot.app, bot.core.store, "receiver-5")
    await last.start()
    await last.finish(2)
    said = bot.fake.sent_texts(CHAT)
    assert sum(RESEND["en"] in text for text in said) == 1, said
    assert await in_inbox(bot) == 0


async def test_new_words_are_not_folded_into_an_answered_update_while_the_database_is_away(
    bot: BotHarness, sqlite_url: str
) -> None:
    """A process died after answering an update but before it left the inbox; ten new messages
    (the last with words of crisis) wait behind it, and the next start finds the database
    failing for a moment. The new words are not joined into the answered update (which the
    journey drops as seen, with all that was folded into it): care comes once it is back."""
    assert bot.app is not None and bot.core is not None
    await bot.feed(bot.updates.message(CHAT, "/start"))
    answered = bot.updates.message(CHAT, "hello")
    await bot.feed(answered)  # answered, and recorded as seen
    new = [bot.updates.message(CHAT, f"word {n}") for n in range(9)]
    new.append(bot.updates.message(CHAT, "I want to die"))
    async with bot.core.store.unit() as repos:
        now = bot.clock.now()
        rows = [Received(r["update_id"], CHAT, json.dumps(r)) for r in [answered, *new]]
        await InboxRepo(repos.session).store(rows, "gone", now, now)
    bot.app.update_processor.flood_per_minute = 5  # type: ignore[attr-defined]
    before = len(bot.fake.sent_texts(CHAT))
    hand = intake(bot)
    async with seen_updates_away(sqlite_url):
        await hand.start()
        await asyncio.sleep(0.15)
    for _ in range(100):
        if hand.in_hand == 0:
            break
        await asyncio.sleep(0.05)
    await hand.finish(1)
    said = bot.fake.sent_texts(CHAT)[before:]
    assert any("Are you safe right now?" in text for text in said), said
