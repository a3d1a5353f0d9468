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
from typing import TYPE_CHECKING, Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncEngine
from telegram.error import TelegramError
from telegram.ext import Application
from telegram.request import BaseRequest

from bot import care
from bot.adapters.console import ConsoleChat
from bot.adapters.telegram.adapter import TelegramSender, build_application, register_commands
from bot.adapters.telegram.intake import FINISH_GRACE_SECONDS, Intake
from bot.adapters.telegram.polling import Poller
from bot.delivery.dispatcher import Dispatcher
from bot.delivery.rate_limiter import Priority, PriorityRateLimiter
from bot.delivery.send_ahead import NUDGE_SHARE
from bot.delivery.sender import Sender
from bot.journey import Journey
from bot.journey.flow import build_flow
from bot.places.timezones import warm
from bot.runtime.health import DispatchTicker, Health
from bot.runtime.locks import PollerLock, single_poller, sqlite_single_process
from bot.runtime.logs import configure_logging
from bot.runtime.settings import ConfigError, Settings, load_settings
from bot.runtime.startup import (
    DATABASE_ERRORS,
    StartupError,
    check_writable,
    connect_telegram,
    database_error,
    directories_in_use,
)
from bot.timing.clock import Clock, FastClock, SystemClock
from storage.db import make_engine, make_sessionmaker, make_side_engine, migrate
from storage.repositories import Store

if TYPE_CHECKING:  # the HTTP listener (aiohttp) is imported only by a bot that listens
    from bot.adapters.web import WebServer

# The limiter keeps a margin under the rate Telegram allows (26.5 of 30: requests arrive bunched).
SAFE_SHARE_OF_RATE = 26.5 / 30

log = logging.getLogger("bot")
UPDATE_MEMORY = timedelta(days=2)
WORDS_SWEEP = 60  # seconds: words kept for joining leave the database within this of their time
ALLOWED_UPDATES = ("message", "callback_query", "my_chat_member")
LOCK_CHECK_SECONDS = 15.0  # how often a poller checks that it still holds its lock
INBOX_CONNECTIONS = 4  # the intake's own: the poller's store, a flush, the keeper, webhooks


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
    worker = f"{settings.worker_id}-{uuid.uuid4().hex[:8]}"
    journey = Journey(
        store,
        clock,
        build_flow(),
        worker_id=worker,
        lease_seconds=settings.claim_lease_seconds,
        # People type at human speed on any clock: the window is real seconds.
        join_window=timedelta(seconds=settings.care_join_seconds * clock.speed),
    )
    return Core(settings, clock, engine, store, journey)


async def warm_up() -> None:
    """Build the zone finder's indexes and the care check's rules and model now, off the event
    loop (over a second of work), rather than in the first turn of whoever types a city or
    writes. Called once start-up has passed its checks: a start that fails does not pay it."""
    await asyncio.to_thread(warm)
    await asyncio.to_thread(care.warm)


def build_dispatcher(core: Core, sender: Sender, **kwargs: Any) -> Dispatcher:
    kwargs.setdefault("nudge_rate", core.settings.telegram_broadcast_rate * NUDGE_SHARE)
    kwargs.setdefault("lease_seconds", core.settings.claim_lease_seconds)
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
    """Update ids are only needed while Telegram might redeliver them (a day at most); finished
    outbox rows (already without words) go after the same while."""
    async with core.store.unit() as repos:
        await repos.updates.forget_before(core.clock.now() - UPDATE_MEMORY)
        await repos.relays.forget_done_before(core.clock.now() - UPDATE_MEMORY)


async def forget_old_words(core: Core) -> None:
    """A person's typed words are kept a few minutes only, to be joined to their next message
    for the care check (bot/journey/care_join.py); then they go, written more or not."""
    async with core.store.unit() as repos:
        await repos.users.forget_words_before(core.clock.now())


def build_scheduler(
    core: Core, dispatcher: Dispatcher | DispatchTicker | None, *, housekeeping: bool = True
) -> AsyncIOScheduler:
    """APScheduler wakes the dispatcher; the nudges themselves live in the database."""
    scheduler = AsyncIOScheduler(timezone="UTC")
    jobs = ((forget_old_updates, 3600, "housekeeping"), (forget_old_words, WORDS_SWEEP, "words"))
    for job, seconds, name in jobs if housekeeping else ():
        scheduler.add_job(
            job, "interval", seconds=seconds, args=[core], id=name, max_instances=1, coalesce=True
        )
    if dispatcher is not None:
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


async def start_receiving(
    application: Application,  # type: ignore[type-arg]
    intake: Intake,
    settings: Settings,
    stack: contextlib.AsyncExitStack,
) -> None:
    """Webhook: tell Telegram where to post, with the secret. Polling: our own loop (it drops
    any webhook first), acknowledging an update only once it is in the inbox
    (bot/adapters/telegram/polling.py)."""
    if settings.webhook:
        assert settings.webhook_url is not None and settings.webhook_secret is not None
        try:
            await application.bot.set_webhook(
                settings.webhook_url,
                secret_token=settings.webhook_secret.get_secret_value(),
                allowed_updates=list(ALLOWED_UPDATES),
            )
        except TelegramError as exc:
            raise StartupError(f"WEBHOOK_URL: Telegram refused it ({exc.message})") from None
        return
    poller = Poller(application, intake, ALLOWED_UPDATES)
    await poller.start()
    stack.push_async_callback(poller.stop)


async def inbox_store(settings: Settings, stack: contextlib.AsyncExitStack) -> Store | None:
    """The intake's store, on connections of its own (closed last, after the intake finished):
    turns stuck on a locked table may hold every shared connection, and updates must still be
    stored and acknowledged meanwhile (None: an in-memory database, the shared store then)."""
    engine = make_side_engine(settings.db_url, INBOX_CONNECTIONS)
    if engine is None:
        return None
    stack.push_async_callback(engine.dispose)
    return Store(make_sessionmaker(engine))


async def keep_polling_lock(lock: PollerLock, stop: asyncio.Event) -> None:
    """If the database lost the poller's lock and another process took it, this one stops."""
    if not await lock.keep():
        log.error("another process now polls this bot (the lock was lost); stopping")
        stop.set()


def build_web(
    core: Core,
    application: Application,  # type: ignore[type-arg]
    intake: Intake,
    ticker: DispatchTicker | None,
) -> WebServer | None:
    settings = core.settings
    port = settings.http_port
    if port is None:
        return None
    from bot.adapters.web import Webhook, WebServer  # aiohttp: only for a bot that listens

    health = Health(
        core.store,
        application.bot,
        ticker,
        stale_after=settings.health_stale_seconds,
        interval=settings.dispatch_interval_seconds,
    )
    webhook = None
    if settings.webhook:
        assert settings.webhook_secret is not None
        hook = Webhook(application, intake, settings.webhook_secret.get_secret_value())
        webhook = (settings.webhook_route, hook)
    return WebServer(
        health, core.store, core.clock, host=settings.listen_host, port=port, webhook=webhook
    )


async def run_telegram(
    core: Core, *, request: BaseRequest | None = None, stop: asyncio.Event | None = None
) -> None:
    """Receive updates and/or dispatch nudges (ROLE) until SIGINT/SIGTERM (or `stop`)."""
    settings = core.settings
    assert settings.token is not None
    role = settings.role
    application = build_application(
        core.journey,
        settings.token,
        base_url=settings.telegram_api_base_url,
        request=request,
        flood_per_minute=settings.flood_updates_per_minute,
        limiter=PriorityRateLimiter(
            overall_per_second=settings.telegram_broadcast_rate * SAFE_SHARE_OF_RATE
        ),
    )
    stop = stop or asyncio.Event()
    _on_signals(stop.set)
    async with contextlib.AsyncExitStack() as stack:
        lock = None
        if role.receives and not settings.webhook:
            lock = await stack.enter_async_context(single_poller(core.engine, settings.token))
        # A start that never reached Telegram still closes its HTTP client (the Application,
        # never initialised, would not).
        stack.push_async_callback(application.bot.shutdown)
        if not await connect_telegram(application, stop):
            return
        stack.push_async_callback(application.shutdown)
        await warm_up()
        ticker = None
        if role.dispatches:
            # Small batches (two seconds of sending): a crash strands few claims, and their
            # lease is short. Nudges go at nudge priority: replies first; a message from the
            # outbox (to another chat) is someone's reply, and goes as one.
            nudges = TelegramSender(application, Priority.NUDGE)
            relays = TelegramSender(application, Priority.REPLY)
            dispatcher = build_dispatcher(core, nudges, batch_size=60, relay_sender=relays)
            ticker = DispatchTicker(dispatcher)
        if role.receives:
            await register_commands(application)
        await application.start()
        stack.push_async_callback(application.stop)
        intake = Intake(
            application,
            core.store,
            f"{settings.worker_id}-{uuid.uuid4().hex[:8]}",
            # One poller per bot, one process per SQLite file: what is left in the inbox is
            # an earlier run's. Webhook receivers on PostgreSQL may be several.
            sole_receiver=not settings.webhook or settings.db_url.startswith("sqlite"),
            inbox=await inbox_store(settings, stack),
        )
        if role.receives:
            await intake.start()
        stack.push_async_callback(intake.finish, FINISH_GRACE_SECONDS)  # the webhook's
        web_server = build_web(core, application, intake, ticker)
        if web_server is not None:
            await web_server.start()
            stack.push_async_callback(web_server.stop)
        if role.receives:
            await start_receiving(application, intake, settings, stack)
        scheduler = build_scheduler(core, ticker, housekeeping=role.receives)
        if lock is not None:
            scheduler.add_job(
                keep_polling_lock,
                "interval",
                seconds=LOCK_CHECK_SECONDS,
                args=[lock, stop],
                id="poller-lock",
                max_instances=1,
                coalesce=True,
            )
        scheduler.start()
        log.info(
            "running on Telegram: role %s, %s; dispatch every %ss",
            role.value,
            "webhook" if settings.webhook else "polling" if role.receives else "no updates",
            settings.dispatch_interval_seconds,
        )
        await stop.wait()
        if ticker is not None:
            await ticker.stop()
        scheduler.shutdown(wait=False)


async def run_console(core: Core) -> None:
    settings = core.settings
    chat = ConsoleChat(
        core.journey,
        settings.console_chat_id,
        settings.console_language,
        sys.stdout,
        files_dir=settings.data_dir / "files" / str(settings.console_chat_id),
    )
    chat.echo = not sys.stdin.isatty()
    await warm_up()
    # Every console chat's nudges: `/as <chat id>` plays another person (an anchor, say).
    dispatcher = build_dispatcher(core, chat)
    scheduler = build_scheduler(core, dispatcher)
    scheduler.start()
    if settings.day_seconds:
        seconds = settings.day_seconds
        shown = int(seconds) if float(seconds).is_integer() else seconds
        print(chat.texts.plain("console_fast_clock", seconds=shown) + "\n")
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
    with sqlite_single_process(settings.db_url):
        try:
            core = await build_core(settings)
        except DATABASE_ERRORS as exc:
            raise database_error(exc, settings.db_url) from None
        try:
            if settings.token:
                await run_telegram(core, request=request, stop=stop)
            else:
                await run_console(core)
        finally:
            await core.close()


def prepare(settings: Settings, console: bool) -> None:
    """Directories writable, logging set up: failures here are one line, like the rest."""
    for directory, setting in directories_in_use(settings, console):
        check_writable(directory, setting)
    configure_logging(settings, console)


def main() -> None:
    # Opt in to PTB's coming behaviour: RetryAfter.retry_after as a timedelta.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    try:
        prepare(settings, console=settings.token is None)
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(run(settings))
    except StartupError as exc:
        print(f"Start-up error: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
