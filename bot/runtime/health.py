"""Is this process well? The database answers, the dispatcher wakes, Telegram answers."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from enum import StrEnum

from telegram import Bot
from telegram.error import TelegramError

from bot.delivery.dispatcher import Dispatcher, DispatchStats
from bot.runtime.metrics import DISPATCH_OUTCOMES, DISPATCH_TICKS, RELAY_OUTCOMES
from storage.db import DATABASE_AWAY
from storage.repositories import Store
from storage.repositories.stats import StatsRepo

CHECK_TIMEOUT = 5.0
TELEGRAM_CACHE_SECONDS = 15.0

log = logging.getLogger(__name__)


class Check(StrEnum):
    DATABASE = "database"
    DISPATCHER = "dispatcher"
    TELEGRAM = "telegram"


class DispatchTicker:
    """The scheduler's dispatch job: runs the dispatcher and remembers when it last finished."""

    def __init__(self, dispatcher: Dispatcher) -> None:
        self.dispatcher = dispatcher
        # time.monotonic() of the last completed wake-up that could claim (the database answered)
        self.last_tick: float | None = None

    async def run_once(self) -> DispatchStats:
        stats = await self.dispatcher.run_once()
        if stats.could_claim:
            self.last_tick = time.monotonic()
        DISPATCH_TICKS.inc()
        for outcome, count in stats.outcomes.items():
            if count:
                DISPATCH_OUTCOMES.labels(outcome).inc(count)
        for outcome, count in stats.relays.items():
            RELAY_OUTCOMES.labels(outcome, "later").inc(count)
        return stats

    async def stop(self) -> None:
        await self.dispatcher.stop()


@dataclass(frozen=True)
class Report:
    healthy: bool
    checks: dict[str, str]  # check -> "ok" or what is wrong


class Health:
    def __init__(
        self,
        store: Store,
        bot: Bot | None,
        ticker: DispatchTicker | None,
        *,
        stale_after: float,
        interval: float,
    ) -> None:
        self.store, self.bot, self.ticker = store, bot, ticker
        self.stale_after, self.interval = stale_after, interval
        self.started = time.monotonic()
        self._telegram: tuple[float, str] | None = None  # (checked at, verdict)

    async def report(self) -> Report:
        database, telegram = await asyncio.gather(self._database(), self._telegram_check())
        checks = {Check.DATABASE.value: database, Check.DISPATCHER.value: self._dispatcher()}
        if telegram is not None:
            checks[Check.TELEGRAM.value] = telegram
        return Report(all(v == "ok" for v in checks.values()), checks)

    async def _database(self) -> str:
        try:
            async with asyncio.timeout(CHECK_TIMEOUT), self.store.unit() as repos:
                await StatsRepo(repos.session).ping()
        except DATABASE_AWAY as exc:  # the kind is enough
            return f"unreachable ({type(exc).__name__})"
        except Exception as exc:
            log.exception("health: the database check failed")
            return f"unreachable ({type(exc).__name__})"
        return "ok"

    def _dispatcher(self) -> str:
        if self.ticker is None:
            return "ok"  # this process does not dispatch (ROLE=updates)
        since = self.ticker.last_tick or self.started
        age = time.monotonic() - since
        if age > max(self.stale_after, 3 * self.interval):
            return f"stale (last run that could claim {age:.0f}s ago)"
        return "ok"

    async def _telegram_check(self) -> str | None:
        if self.bot is None:
            return None
        now = time.monotonic()
        if self._telegram is not None and now - self._telegram[0] < TELEGRAM_CACHE_SECONDS:
            return self._telegram[1]
        try:
            async with asyncio.timeout(CHECK_TIMEOUT):
                await self.bot.get_me()
            verdict = "ok"
        except (TelegramError, TimeoutError) as exc:
            verdict = f"unreachable ({type(exc).__name__})"
        self._telegram = (now, verdict)
        return verdict
