"""Durable intake: Telegram hears "received" for an update only once it has been handled.

PTB's Updater acknowledges an update (the next getUpdates carries a higher offset) as soon as it
is queued, before any handler ran: a crash then loses it for good. Here the offset asked for is
the lowest update still being handled, so a killed process gets its unfinished updates again
after a restart. Telegram may then repeat one that had finished; the journey drops a repeated
update id (its table of seen updates), so a person's words count once.

`Intake` runs each update in its own task through PTB's update processor (the per-chat order and
the concurrency limit set in bot/telegram_adapter.py); the webhook uses it too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine, Sequence
from datetime import timedelta
from functools import partial
from typing import Any

from telegram import Update
from telegram.error import InvalidToken, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application

log = logging.getLogger(__name__)

POLL_TIMEOUT = timedelta(seconds=10)  # long polling, as PTB's start_polling asks
REPOLL_SECONDS = 0.1  # while only updates in hand come back: look again this soon at most
FINISH_GRACE_SECONDS = 15.0  # on shutdown, updates in hand get this long to finish
MAX_BACKOFF_SECONDS = 30.0
RETRY_AFTER_SLACK = 0.5


class Intake:
    """The updates this process is handling, by update id: each one runs once, in its own task."""

    def __init__(self, application: Application) -> None:  # type: ignore[type-arg]
        self.application = application
        self._running: dict[int, asyncio.Task[None]] = {}

    @property
    def in_hand(self) -> set[int]:
        return set(self._running)

    def lowest(self) -> asyncio.Task[None] | None:
        """The task of the lowest update id in hand: the one that holds the offset back."""
        return self._running[min(self._running)] if self._running else None

    def submit(self, update: Update) -> asyncio.Task[None]:
        """Handle `update` (or return the task already handling the same update id)."""
        task = self._running.get(update.update_id)
        if task is None:
            task = asyncio.create_task(self._handle(update), name=f"update:{update.update_id}")
            self._running[update.update_id] = task
            task.add_done_callback(partial(self._forget, update.update_id))
        return task

    def _forget(self, update_id: int, task: asyncio.Task[None]) -> None:
        if not task.cancelled():  # cut short at shutdown: stays in hand, never acknowledged
            self._running.pop(update_id, None)

    async def _handle(self, update: Update) -> None:
        app = self.application
        try:
            # What PTB's own update fetcher does: the processor decides order and concurrency.
            await app.update_processor.process_update(update, app.process_update(update))
        except Exception as exc:  # handler errors go to PTB's error handler; this is the rest
            log.error("update %s: not handled (%s)", update.update_id, type(exc).__name__)

    async def finish(self, grace: float) -> None:
        """Let the updates in hand finish for up to `grace` seconds; cancel the rest (Telegram
        gives them again, since they were never acknowledged)."""
        tasks = [task for task in self._running.values() if not task.done()]
        if not tasks:
            return
        _done, late = await asyncio.wait(tasks, timeout=grace)
        for task in late:
            task.cancel()
        if late:
            log.warning(
                "%d update(s) unfinished at shutdown; Telegram will send them again", len(late)
            )
            await asyncio.wait(late)


class Poller:
    """getUpdates in a loop; the offset never passes an update still in hand."""

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        intake: Intake,
        allowed_updates: Sequence[str],
        *,
        on_error: Callable[[TelegramError], None] | None = None,
        timeout: timedelta = POLL_TIMEOUT,
        repoll: float = REPOLL_SECONDS,
    ) -> None:
        self.bot = application.bot
        self.intake = intake
        self.allowed_updates = list(allowed_updates)
        self.on_error = on_error
        self.timeout, self.repoll = timeout, repoll
        self._next: int | None = None  # every id below was handed to `intake` in this run
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    def offset(self) -> int | None:
        """The lowest update id in hand, else one past the last seen (None: nothing seen yet)."""
        in_hand = self.intake.in_hand
        return min(in_hand) if in_hand else self._next

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="poller")

    async def stop(self, grace: float = FINISH_GRACE_SECONDS) -> None:
        """Stop asking; let the updates in hand finish; acknowledge what finished."""
        self._stopping.set()
        if self._task is not None:
            await self._task
        await self.intake.finish(grace)
        if self._next is None:
            return
        try:
            await self.bot.get_updates(
                offset=self.offset(), timeout=0, allowed_updates=self.allowed_updates
            )
        except TelegramError as exc:
            log.warning("polling: the last acknowledgement failed (%s)", type(exc).__name__)

    async def _run(self) -> None:
        await self._until_stopped(self._delete_webhook)
        while not self._stopping.is_set():
            if not await self._until_stopped(self._poll_once):
                return

    async def _until_stopped(self, action: Callable[[], Coroutine[Any, Any, None]]) -> bool:
        """Run `action` with PTB's retry rules until it succeeds; False once stopping."""
        delay = 0.0
        while not self._stopping.is_set():
            try:
                await self._or_stop(action())
                return not self._stopping.is_set()
            except RetryAfter as exc:
                delay = _seconds(exc.retry_after) + RETRY_AFTER_SLACK
            except TimedOut:
                delay = 0.0
            except InvalidToken:
                log.error("polling: Telegram no longer accepts the token; no more updates")
                return False
            except TelegramError as exc:
                if self.on_error is not None:
                    self.on_error(exc)
                delay = 1.0 if delay == 0 else min(MAX_BACKOFF_SECONDS, delay * 1.5)
            except Exception as exc:  # a garbled answer: PTB's updater logs it and goes on
                log.error("polling: could not read Telegram's answer (%s)", type(exc).__name__)
                delay = 1.0 if delay == 0 else min(MAX_BACKOFF_SECONDS, delay * 1.5)
            if delay:
                await self._pause(delay)
        return False

    async def _or_stop(self, coroutine: Coroutine[Any, Any, None]) -> None:
        """Await `coroutine` unless stopping comes first (a long poll is then abandoned)."""
        work = asyncio.create_task(coroutine)
        stop = asyncio.create_task(self._stopping.wait())
        try:
            await asyncio.wait((work, stop), return_when=asyncio.FIRST_COMPLETED)
        finally:
            stop.cancel()
            if not work.done():
                work.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await work
        if not work.cancelled():
            work.result()

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    async def _delete_webhook(self) -> None:
        """Like start_polling: a webhook left from before would make getUpdates fail."""
        await self.bot.delete_webhook()

    async def _poll_once(self) -> None:
        updates = await self.bot.get_updates(
            offset=self.offset(), timeout=self.timeout, allowed_updates=self.allowed_updates
        )
        if self._stopping.is_set():
            return  # not handed over, so not acknowledged: fetched again next time
        for update in updates:
            if self._next is None or update.update_id >= self._next:  # not yet in hand
                self.intake.submit(update)
                self._next = update.update_id + 1
        if updates:
            await self._wait_for_lowest()

    async def _wait_for_lowest(self) -> None:
        """While any update is unacknowledged Telegram answers at once, with it: wait until the
        lowest in hand finishes, or a moment, so the loop neither spins nor competes with it."""
        lowest = self.intake.lowest()
        if lowest is not None:
            await asyncio.wait((lowest,), timeout=self.repoll)


def _seconds(value: object) -> float:
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)  # type: ignore[arg-type]
