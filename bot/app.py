"""The composition root: settings, engine, repositories, journey, scheduler, dispatcher, adapters.

Nothing else in the code base builds these or reaches for globals.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncEngine
from telegram.request import BaseRequest

from bot.clock import Clock, FastClock, SystemClock
from bot.console_adapter import ConsoleChat
from bot.delivery import Sender
from bot.dispatcher import Dispatcher
from bot.journey import Journey
from bot.rate_limiter import Priority
from bot.settings import ConfigError, Settings, load_settings
from bot.telegram_adapter import TelegramSender, build_application, register_commands
from storage.db import make_engine, make_sessionmaker, migrate
from storage.repositories import Store

log = logging.getLogger("bot")
UPDATE_MEMORY = timedelta(days=2)


@dataclass
class Core:
    """What both adapters share."""

    settings: Settings
    clock: Clock
    engine: AsyncEngine
    store: Store
    journey: Journey

    async def close(self) -> None:
        await self.engine.dispose()


def make_clock(settings: Settings) -> Clock:
    if not settings.day_seconds:
        return SystemClock()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return FastClock(settings.day_seconds, anchor=settings.data_dir / "fast_clock.json")


async def build_core(settings: Settings, clock: Clock | None = None) -> Core:
    """Engine with the schema migrated, repositories and the journey."""
    if settings.db_url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.db_url)
    await migrate(engine)
    store = Store(make_sessionmaker(engine))
    clock = clock or make_clock(settings)
    return Core(settings, clock, engine, store, Journey(store, clock))


def build_dispatcher(core: Core, sender: Sender, **kwargs: Any) -> Dispatcher:
    return Dispatcher(
        core.store,
        core.journey,
        sender,
        core.clock,
        # Unique per run, so two processes given one WORKER_ID never touch each other's claims.
        worker_id=f"{core.settings.worker_id}-{uuid.uuid4().hex[:8]}",
        grace=timedelta(minutes=core.settings.missed_grace_minutes),
        **kwargs,
    )


async def forget_old_updates(core: Core) -> None:
    """Update ids are only needed while Telegram might redeliver them (a day at most)."""
    async with core.store.unit() as repos:
        await repos.updates.forget_before(core.clock.now() - UPDATE_MEMORY)


def build_scheduler(core: Core, dispatcher: Dispatcher) -> AsyncIOScheduler:
    """One APScheduler job wakes the dispatcher; the nudges themselves live in the database."""
    scheduler = AsyncIOScheduler(timezone="UTC")
    scheduler.add_job(
        forget_old_updates,
        "interval",
        hours=1,
        args=[core],
        id="housekeeping",
        max_instances=1,
        coalesce=True,
    )
    scheduler.add_job(
        dispatcher.run_once,
        "interval",
        seconds=core.settings.dispatch_interval_seconds,
        id="dispatch",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
    )
    return scheduler


async def run_telegram(
    core: Core, *, request: BaseRequest | None = None, stop: asyncio.Event | None = None
) -> None:
    """Long polling until SIGINT/SIGTERM (or `stop`); hands back unsent claims on the way out."""
    settings = core.settings
    assert settings.token is not None
    application = build_application(
        core.journey, settings.token, base_url=settings.telegram_api_base_url, request=request
    )
    # Small batches (two seconds of sending): a crash strands few claims, and their lease is short.
    nudges = TelegramSender(application, Priority.NUDGE)  # replies go first
    dispatcher = build_dispatcher(core, nudges, batch_size=60)
    scheduler = build_scheduler(core, dispatcher)
    stop = stop or asyncio.Event()
    _on_signals(stop.set)
    async with application:
        await register_commands(application)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(
            allowed_updates=["message", "callback_query", "my_chat_member"]
        )
        scheduler.start()
        log.info("running on Telegram; dispatch every %ss", settings.dispatch_interval_seconds)
        await stop.wait()
        await dispatcher.stop()
        scheduler.shutdown(wait=False)
        await application.updater.stop()
        await application.stop()


async def run_console(core: Core) -> None:
    settings = core.settings
    chat = ConsoleChat(
        core.journey,
        settings.console_chat_id,
        settings.console_language,
        sys.stdout,
        files_dir=settings.data_dir / "files",
    )
    chat.echo = not sys.stdin.isatty()
    dispatcher = build_dispatcher(core, chat, only_chat_id=settings.console_chat_id)
    scheduler = build_scheduler(core, dispatcher)
    scheduler.start()
    if settings.day_seconds:
        print(f"(fast clock: one day lasts {settings.day_seconds:g} seconds)\n")
    try:
        await chat.run()
    finally:
        await dispatcher.stop()
        scheduler.shutdown(wait=False)


def _on_signals(callback: Any) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, callback)


async def run(
    settings: Settings, *, request: BaseRequest | None = None, stop: asyncio.Event | None = None
) -> None:
    """Telegram with a token, the console chat without; `request`/`stop` let tests drive it."""
    core = await build_core(settings)
    try:
        if settings.token:
            await run_telegram(core, request=request, stop=stop)
        else:
            await run_console(core)
    finally:
        await core.close()


def configure_logging(settings: Settings, console: bool) -> None:
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    if console and settings.log_level == "INFO":
        logging.getLogger().setLevel(logging.WARNING)


def main() -> None:
    # Opt in to PTB's coming behaviour: RetryAfter.retry_after as a timedelta.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    configure_logging(settings, console=settings.token is None)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run(settings))
