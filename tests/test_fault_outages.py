"""Fault suite, part two: the real bot process through outages of Telegram and of the database.

A Telegram outage (5xx), a RetryAfter, hanging responses and a PostgreSQL outage while sending:
every nudge still arrives once, and the bot provokes no error from the Bot API of its own.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from itertools import pairwise
from pathlib import Path

import pytest

from tests.fake_bot_api import FakeBotServer
from tests.fault_rig import provoked, run_wave_with_fault, scaled, scaled_seconds
from tests.tcp_proxy import CuttableProxy

# FAULT_SCALE=1: 150 people, the fault after 40 deliveries, a 20-s outage, a 10-s database cut.
PEOPLE, AFTER = scaled(150, 30), scaled(40, 8)
OUTAGE, HANG, CUT = scaled_seconds(20, 3), scaled_seconds(6, 2), scaled_seconds(10, 2)
pytestmark = pytest.mark.fault


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotServer]:
    server = await FakeBotServer(limit_per_second=30).start()
    yield server
    await server.stop()


def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'wave.db'}"


async def test_a_telegram_outage_loses_no_nudge(fake: FakeBotServer, tmp_path: Path) -> None:
    report = await run_wave_with_fault(
        fake, sqlite_url(tmp_path), tmp_path, PEOPLE, lambda: fake.outage(OUTAGE), after=AFTER
    )
    line = report.line(f"5xx outage {OUTAGE:g}s")
    print(line)
    assert (report.lost, report.duplicates) == (0, 0), line
    assert fake.requests["sendMessage"] > report.delivered  # the outage really refused sends
    assert not provoked(fake), fake.errors


async def test_retry_after_pauses_every_send_and_loses_nothing(
    fake: FakeBotServer, tmp_path: Path
) -> None:
    report = await run_wave_with_fault(
        fake, sqlite_url(tmp_path), tmp_path, PEOPLE,
        lambda: fake.retry_after_next(3, seconds=2), after=AFTER,
    )  # fmt: skip
    line = report.line("429 retry_after=2")
    print(line)
    assert (report.lost, report.duplicates) == (0, 0), line
    assert fake.errors["Too Many Requests: retry after 2"] == 3, fake.errors
    # No message went out while Telegram's retry_after ran: every sender in the process waited.
    # Sends already on their way when the 429 was answered still arrive (the bot cannot know
    # yet, and on a busy machine it reads the answer some tenths of a second later); then there
    # is silence for the 2 seconds, where a pause of the one sender alone leaves none.
    first = min(at for at, what in fake.rejected if "retry after 2" in what)
    arrivals = [first, *sorted(d.at for d in fake.deliveries if d.at > first)]
    gaps = [(b - a, a - first) for a, b in pairwise(arrivals)]
    silence, began = max(gaps, default=(0.0, 0.0))
    print(f"silence after the 429: {silence:.2f}s, from {began:.2f}s after it")
    assert silence >= 1.5 and began < 2, (silence, began, gaps)


async def test_hanging_responses_are_given_up_on_and_retried(
    fake: FakeBotServer, tmp_path: Path
) -> None:
    report = await run_wave_with_fault(
        fake, sqlite_url(tmp_path), tmp_path, PEOPLE, lambda: fake.hang(HANG), after=AFTER
    )
    line = report.line(f"hang {HANG:g}s")
    print(line)
    assert (report.lost, report.duplicates) == (0, 0), line
    assert not provoked(fake), fake.errors


async def test_a_database_outage_while_sending_sends_nothing_twice(
    fake: FakeBotServer, pg_url: str, tmp_path: Path
) -> None:
    """PostgreSQL goes away (every connection cut; 10 s at FAULT_SCALE=1) while nudges are being
    sent: the outcomes of what was sent are kept and written when it is back, so nothing is sent
    again."""
    proxy = await CuttableProxy("127.0.0.1", 5432).start()
    bot_url = pg_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
    cut_at: list[float] = []

    def cut() -> None:
        cut_at.append(time.monotonic())
        proxy.cut(CUT)

    try:
        report = await run_wave_with_fault(
            fake, pg_url, tmp_path, PEOPLE, cut, after=AFTER + AFTER // 8, bot_url=bot_url
        )
    finally:
        await proxy.stop()
    line = report.line(f"database outage {CUT:g}s")
    print(line)
    assert (report.lost, report.duplicates) == (0, 0), line
    sent_during = [d for d in fake.deliveries if cut_at[0] <= d.at < cut_at[0] + CUT]
    assert sent_during  # the bot kept sending while the database was away
    assert not provoked(fake), fake.errors
