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
from tests.fault_rig import provoked, scaled
from tests.intake_rig import run_answers_with_kill

PEOPLE = scaled(12, 6)  # FAULT_SCALE=1: 12
pytestmark = pytest.mark.fault


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotServer]:
    server = await FakeBotServer(limit_per_second=30).start()
    yield server
    await server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url"))


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
