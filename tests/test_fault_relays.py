"""Fault suite, messages between two chats: the real bot process SIGKILLed while an anchor's words
to the person they support wait for Telegram, or while they are going out. After the restart
every person has their anchor's message, and (when nothing was in flight) exactly once.
Figures at scale: `python -m benchmarks.fault_figures` (see its docstring).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fake_bot_api import FakeBotServer
from tests.fault_rig import provoked, scaled
from tests.relay_rig import run_relays_with_kill

pytestmark = pytest.mark.fault
PAIRS = scaled(10, 6)  # FAULT_SCALE=1: 10 pairs waiting, 30 going out


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotServer]:
    server = await FakeBotServer(limit_per_second=30).start()
    yield server
    await server.stop()


async def test_words_waiting_for_telegram_arrive_once_after_a_crash(
    fake: FakeBotServer, db_url: str, tmp_path: Path
) -> None:
    """Telegram refuses every send; each anchor writes; the bot is killed; Telegram is back."""
    report = await run_relays_with_kill(fake, db_url, tmp_path, PAIRS, sends_down=True)
    line = report.line("sends refused, then a kill")
    print(line)
    assert (report.lost, report.duplicates) == (0, 0), line
    # No row left waiting: each message, and the "Sent to …" kept behind it for its writer.
    assert report.statuses == {"sent": 2 * PAIRS}, line


async def test_a_crash_while_messages_go_out_loses_none(
    fake: FakeBotServer, sqlite_url: str, tmp_path: Path
) -> None:
    pairs = scaled(30, 10)
    report = await run_relays_with_kill(fake, sqlite_url, tmp_path, pairs, sends_down=False)
    line = report.line("kill mid-send")
    print(line)
    assert report.lost == 0, line
    # Only a message whose claim was open at the instant of the kill can arrive twice.
    assert report.duplicates <= report.at_kill.get("claimed", 0), line
    assert not provoked(fake), fake.errors
