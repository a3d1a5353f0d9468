"""The rig for a person's answers under a crash: people in their week tap a mood on today's
check-in while the database holds every write back (a slow moment), the real `python -m bot`
process fetches the taps, is SIGKILLed before it could store them, and is started again. On
SQLite the kill finds the taps fetched and not even in the inbox (unacknowledged: Telegram gives
them again); on PostgreSQL (where only the seen-updates table is locked) it finds them in the
inbox, acknowledged to Telegram and unhandled: the next start handles them from there.

Counts what was stored and what each person was told (see tests/fault_rig.py for the process).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sqlite3
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text

from bot.app import build_core
from bot.journey.steps import Step
from bot.runtime.settings import Settings
from storage.db import make_engine
from storage.models import CheckIn, InboxUpdate, User, Week
from tests.anchor_rows import rows
from tests.fake_bot_api import FakeBotServer
from tests.fault_rig import BotProcess

FIRST_PERSON = 5_000_000
MOOD = 4
BATCH = 100  # Telegram's most updates in one getUpdates answer


async def seed_people(database_url: str, data_dir: Path, people: int) -> dict[int, int]:
    """`people` people on day one of an active week, nothing due; chat id -> week id."""
    settings = Settings(data_dir=data_dir, database_url=database_url, _env_file=None)  # type: ignore[call-arg]
    core = await build_core(settings)
    now = datetime.now(UTC)
    weeks: dict[int, int] = {}
    try:
        async with core.store.unit() as repos:
            for n in range(people):
                person = await repos.users.create(FIRST_PERSON + n, "en", now)
                person.timezone, person.step, person.night_ok = "UTC", Step.WEEK.value, True
                week = await repos.weeks.create(person.id, now, anchors=rows("Sam"))
                week.status, week.start_date = "active", now.date()
                await repos.session.flush()
                weeks[FIRST_PERSON + n] = week.id
    finally:
        await core.close()
    return weeks


def mood_tap(chat_id: int, week_id: int) -> dict[str, object]:
    """A tap on a mood button of the day-one check-in (the message's buttons already gone)."""
    chat = {"id": chat_id, "type": "private", "first_name": "Ana"}
    person = {"id": chat_id, "is_bot": False, "first_name": "Ana", "language_code": "en"}
    return {
        "callback_query": {
            "id": f"q{chat_id}",
            "from": person,
            "chat_instance": str(chat_id),
            "data": f"ck:{week_id}:1:{MOOD}",
            "message": {"message_id": 1, "date": int(time.time()), "chat": chat, "text": "?"},
        }
    }


@contextlib.asynccontextmanager
async def writes_held(database_url: str) -> AsyncIterator[None]:
    """Every write waits while inside: SQLite's write lock, or PostgreSQL's table lock on the
    seen updates (the first write of a person's turn)."""
    if database_url.startswith("sqlite"):
        path = database_url.split(":///", 1)[1]
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            conn.rollback()
            conn.close()
        return
    engine = make_engine(database_url)
    try:
        async with engine.connect() as conn:
            await conn.execute(text("LOCK TABLE processed_updates IN EXCLUSIVE MODE"))
            yield
            await conn.rollback()
    finally:
        await engine.dispose()


async def inbox_rows(database_url: str) -> int:
    """Updates stored in the inbox, not yet handled (a read: it passes held writes)."""
    engine = make_engine(database_url)
    try:
        async with engine.connect() as conn:
            return int(await conn.scalar(select(func.count()).select_from(InboxUpdate)) or 0)
    finally:
        await engine.dispose()


async def turns_waiting_on_held_writes(database_url: str) -> int:
    """PostgreSQL: sessions waiting for the seen-updates table `writes_held` locked (each one a
    person's turn, holding one of the bot's database connections while it waits)."""
    engine = make_engine(database_url)
    try:
        async with engine.connect() as conn:
            waiting = await conn.scalar(
                text(
                    "SELECT count(*) FROM pg_locks WHERE NOT granted"
                    " AND relation = 'processed_updates'::regclass"
                )
            )
            return int(waiting or 0)
    finally:
        await engine.dispose()


async def stored_moods(database_url: str) -> dict[int, int | None]:
    """Chat id -> the mood stored for day one."""
    engine = make_engine(database_url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(User.chat_id, CheckIn.mood)
                .join(Week, Week.user_id == User.id)
                .join(CheckIn, CheckIn.week_id == Week.id)
                .where(CheckIn.day == 1, User.chat_id >= FIRST_PERSON)
            )
            return {int(chat): mood for chat, mood in rows}
    finally:
        await engine.dispose()


@dataclass
class IntakeReport:
    people: int
    stored: int = 0
    replies: dict[int, int] = field(default_factory=dict)  # chat -> messages the bot sent it
    stored_at_exit: int | None = None  # after a SIGTERM: stored before the process ended
    in_inbox_at_kill: int = 0  # taps stored unhandled (acknowledged to Telegram) at the kill
    seconds: float = 0.0

    @property
    def lost(self) -> int:
        return self.people - self.stored

    @property
    def answered_twice(self) -> int:
        return sum(1 for count in self.replies.values() if count > 1)

    def line(self, label: str) -> str:
        return (
            f"{label}: {self.people} answers fetched, then a kill before any was stored: "
            f"stored {self.stored}, lost {self.lost}, answered twice {self.answered_twice}, "
            f"unanswered {sum(1 for c in self.replies.values() if c == 0)}, "
            f"{self.in_inbox_at_kill} in the inbox at the kill, "
            f"{self.seconds:.1f}s in all"
        )


async def _until(check: object, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if await check():  # type: ignore[operator]
            return True
        await asyncio.sleep(0.1)
    return False


async def run_answers_with_kill(
    fake: FakeBotServer,
    database_url: str,
    data_dir: Path,
    people: int,
    *,
    within: float = 60.0,
    sigterm: bool = False,
) -> IntakeReport:
    """Each person taps a mood while writes are held; once the bot has fetched the taps and
    asked Telegram for more, it is SIGKILLed (or, `sigterm`, asked to stop); writes flow
    again; it is started again."""
    weeks = await seed_people(database_url, data_dir, people)
    report = IntakeReport(people)
    began = time.monotonic()
    bot = BotProcess(fake, database_url, data_dir)
    await bot.start()
    try:

        async def polling() -> bool:
            return fake.requests["getUpdates"] > 0

        assert await _until(polling, within), "the bot never polled"
        async with writes_held(database_url):
            ids = [fake.push_update(mood_tap(chat, week)) for chat, week in weeks.items()]

            async def fetched() -> bool:  # one getUpdates answer holds 100 at most
                return all(fake.fetched_at(i) is not None for i in ids[:BATCH])

            assert await _until(fetched, within), "the bot never fetched the taps"
            polls = fake.requests["getUpdates"]
            sqlite = database_url.startswith("sqlite")

            async def polled_again() -> bool:
                # The poll that acknowledges them: it comes once they are in the inbox. SQLite
                # can store nothing while writes are held, the inbox neither: there the bot
                # holds the taps fetched and unacknowledged, and the kill comes now.
                return sqlite or fake.requests["getUpdates"] > polls + 1

            assert await _until(polled_again, within), "the bot stopped polling"
            report.in_inbox_at_kill = await inbox_rows(database_url)
            if sigterm:
                assert bot.proc is not None
                bot.proc.send_signal(signal.SIGTERM)
            else:
                await bot.kill()
        if sigterm:
            await bot.stop()  # it finishes what it holds, within its grace
            report.stored_at_exit = len(await stored_moods(database_url))
        await bot.start()

        async def all_stored() -> bool:
            return len(await stored_moods(database_url)) >= people

        await _until(all_stored, within)
        # Every tap confirmed to Telegram (so none comes again); stopping then lets the bot
        # finish what it holds, so an answer sent twice has arrived when the process is gone.
        await fake.until(lambda: fake.acknowledged(ids[-1]), within)
    finally:
        await bot.stop()
    report.seconds = time.monotonic() - began
    report.stored = sum(1 for mood in (await stored_moods(database_url)).values() if mood == MOOD)
    report.replies = {chat: len(fake.delivered_to(chat)) for chat in weeks}
    return report
