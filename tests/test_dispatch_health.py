"""The dispatcher while its database is away: /healthz says so, and the log does not flood.

A real PostgreSQL server behind a TCP proxy that is cut, as a database that went away would be.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.app import build_core, build_dispatcher
from bot.delivery.replies import Reply
from bot.runtime.health import Check, DispatchTicker, Health
from bot.timing.clock import ManualClock
from tests.conftest import make_settings
from tests.service_tools import TcpProxy

INTERVAL = 0.05  # the dispatcher wakes 20 times a second


class Recording:
    def __init__(self) -> None:
        self.sent: list[int] = []

    async def send(self, chat_id: int, reply: Reply) -> None:
        self.sent.append(chat_id)


async def wake_for(ticker: DispatchTicker, seconds: float) -> None:
    loop = asyncio.get_running_loop()
    until = loop.time() + seconds
    while loop.time() < until:
        await ticker.run_once()
        await asyncio.sleep(INTERVAL)


@pytest.mark.slow(seconds=5)
@pytest.mark.postgres
async def test_a_dispatcher_that_cannot_claim_is_stale_and_says_so_once_per_backoff_step(
    tmp_path: Path, pg_url: str, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    proxy = TcpProxy("127.0.0.1", 5432)
    await proxy.restore()
    core = await build_core(
        make_settings(tmp_path, pg_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")),
        clock,
    )
    ticker = DispatchTicker(build_dispatcher(core, Recording()))
    health = Health(core.store, None, ticker, stale_after=1.0, interval=INTERVAL)
    try:
        await wake_for(ticker, 0.3)
        before = (await health.report()).checks[Check.DISPATCHER.value]
        await proxy.cut()
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="bot.delivery.dispatcher"):
            await wake_for(ticker, 2.5)  # 50 wake-ups with the database away
        during = (await health.report()).checks[Check.DISPATCHER.value]
        await proxy.restore()
        after = during
        for _ in range(200):  # within the backoff step in progress (at most 4 s) and a wake-up
            await wake_for(ticker, INTERVAL)
            after = (await health.report()).checks[Check.DISPATCHER.value]
            if after == "ok":
                break
    finally:
        await proxy.cut()
        await core.close()
    assert before == "ok"
    assert during.startswith("stale"), during
    assert after == "ok"
    claims = [r.getMessage() for r in caplog.records if "cannot claim" in r.getMessage()]
    assert 1 <= len(claims) <= 3, claims  # once per backoff step (1 s, 2 s), not 50 times
    assert "in a row" in claims[-1]
