"""Fault suite, a person's answers: the real bot process SIGKILLed after it fetched people's
check-in taps from Telegram but before it could store them (the database held every write
back). After the restart each answer is stored, and each person is answered, exactly once.
Figures at scale: `python -m benchmarks.fault_figures intake` (see its docstring).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fake_bot_api import FakeBotServer
from tests.fault_rig import BotProcess, provoked, scaled, until
from tests.intake_rig import (
    inbox_rows,
    mood_tap,
    run_answers_with_kill,
    seed_people,
    stored_moods,
    turns_waiting_on_held_writes,
    writes_held,
)

PEOPLE = scaled(12, 6)  # FAULT_SCALE=1: 12
pytestmark = pytest.mark.fault


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotServer]:
    server = await FakeBotServer(limit_per_second=30).start()
    yield server
    await server.stop()


async def test_answers_fetched_but_not_yet_stored_survive_a_crash(
    fake: FakeBotServer, db_url: str, tmp_path: Path
) -> None:
    report = await run_answers_with_kill(fake, db_url, tmp_path, PEOPLE)
    line = report.line("kill mid-handling")
    print(line)
    assert report.lost == 0, line
    assert set(report.replies.values()) == {1}, line  # every person answered, once
    assert not provoked(fake), fake.errors


async def test_a_stop_mid_handling_lets_the_answers_finish(
    fake: FakeBotServer, sqlite_url: str, tmp_path: Path
) -> None:
    """SIGTERM while answers wait for the database: they are stored before the process ends,
    and Telegram does not send them again (the last poll acknowledged them)."""
    report = await run_answers_with_kill(fake, sqlite_url, tmp_path, PEOPLE, sigterm=True)
    line = report.line("stop mid-handling")
    print(line)
    assert report.stored_at_exit == PEOPLE, line
    assert set(report.replies.values()) == {1}, line


STUCK = 40  # more people than the bot has database connections for its turns


async def test_turns_stuck_on_the_database_do_not_stop_taking_updates_in(
    fake: FakeBotServer, pg_url: str, tmp_path: Path
) -> None:
    """Many people's turns wait on a locked table, holding every connection they can get; a
    tap sent meanwhile is still stored in the inbox, so Telegram is told it arrived, and once
    the lock goes everyone is answered once. PostgreSQL only: SQLite has one writer, so there
    a held write holds the inbox back too (the taps then wait at Telegram, unacknowledged)."""
    weeks = list((await seed_people(pg_url, tmp_path, STUCK + 1)).items())
    bot = BotProcess(fake, pg_url, tmp_path)
    await bot.start()
    try:
        assert await fake.until(lambda: fake.requests["getUpdates"] > 0, 60), "never polled"
        async with writes_held(pg_url):
            for chat, week in weeks[:STUCK]:
                fake.push_update(mood_tap(chat, week))

            async def stuck() -> bool:  # the turns hold their connections, waiting
                return await inbox_rows(pg_url) == STUCK and (
                    await turns_waiting_on_held_writes(pg_url) >= 10
                )

            assert await until(stuck, 60, every=0.1)
            late_chat, late_week = weeks[STUCK]
            late = fake.push_update(mood_tap(late_chat, late_week))

            async def late_stored() -> bool:
                return await inbox_rows(pg_url) == STUCK + 1

            # Well within the connection pool's 30-s wait: intake never waits on the turns.
            assert await until(late_stored, 20, every=0.1), "the late tap was not taken in"
        assert await fake.until(lambda: fake.acknowledged(late), 30)

        async def all_stored() -> bool:
            return len(await stored_moods(pg_url)) == STUCK + 1

        assert await until(all_stored, 60, every=0.1)
    finally:
        await bot.stop()
    assert {chat: len(fake.delivered_to(chat)) for chat, _ in weeks} == {
        chat: 1 for chat, _ in weeks
    }
