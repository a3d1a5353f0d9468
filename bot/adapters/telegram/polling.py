"""Long polling into the durable intake: Telegram hears "received" only once a batch is stored.

The poller stores each batch getUpdates returns in the inbox (through `Intake.accept`, one
transaction), and only then asks again with a higher offset, which acknowledges the batch.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from collections.abc import Callable, Coroutine, Sequence
from datetime import timedelta
from typing import Any, TypeVar

from telegram import Update
from telegram.error import InvalidToken, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application
from telegram.warnings import PTBUserWarning

from bot.adapters.telegram.intake import FINISH_GRACE_SECONDS, Intake, Raw
from bot.delivery.backoff import Backoff, wait_seconds
from storage.db import DATABASE_AWAY

log = logging.getLogger(__name__)

# getUpdates is asked through `do_api_request` to get Telegram's JSON unparsed (it is stored as
# sent, then parsed once); PTB would otherwise warn that `get_updates` exists.
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.get_updates'", category=PTBUserWarning)


T = TypeVar("T")

POLL_TIMEOUT = timedelta(seconds=10)  # long polling, as PTB's start_polling asks
READ_SLACK_SECONDS = 5.0  # on top of the long poll's timeout, as PTB's get_updates allows
MAX_BACKOFF_SECONDS = 30.0
RETRY_AFTER_SLACK = 0.5


def _failed_poll(exc: TelegramError) -> None:
    """One line per failed poll (the poller retries with backoff), not a traceback."""
    log.warning(
        "polling: %s: %s; trying again",
        type(exc).__name__,
        exc.message.splitlines()[0] if exc.message else "",
        extra={"event": "polling_failed"},
    )


class Poller:
    """getUpdates in a loop: each batch stored in the inbox before the next poll acknowledges it."""

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        intake: Intake,
        allowed_updates: Sequence[str],
        *,
        timeout: timedelta = POLL_TIMEOUT,
    ) -> None:
        self.bot = application.bot
        self.intake = intake
        self.allowed_updates = list(allowed_updates)
        self.timeout = timeout
        self._next: int | None = None  # every id below is in the inbox (None: nothing seen yet)
        self._unstored: tuple[list[tuple[Update, Raw]], int] | None = None  # fetched; next id
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    def offset(self) -> int | None:
        """One past the last update stored (None: nothing seen yet)."""
        return self._next

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="poller")

    async def stop(self, grace: float = FINISH_GRACE_SECONDS) -> None:
        """Stop asking; let the updates in hand finish; acknowledge what was stored."""
        self._stopping.set()
        if self._task is not None:
            await self._task
        await self.intake.finish(grace)
        if self._next is None:
            return
        try:
            await self._fetch(0, limit=1)
        except TelegramError as exc:
            log.warning("polling: the last acknowledgement failed (%s)", type(exc).__name__)

    async def _run(self) -> None:
        await self._until_stopped(self._delete_webhook)
        while not self._stopping.is_set():
            if not await self._until_stopped(self._poll_once):
                return

    async def _until_stopped(self, action: Callable[[], Coroutine[Any, Any, None]]) -> bool:
        """Run `action` with PTB's retry rules until it succeeds; False once stopping."""
        backoff = Backoff(base=1.0, cap=MAX_BACKOFF_SECONDS)  # the one backoff
        while not self._stopping.is_set():
            delay = 0.0
            try:
                await action()
                return not self._stopping.is_set()
            except RetryAfter as exc:
                delay = wait_seconds(exc.retry_after) + RETRY_AFTER_SLACK
            except TimedOut:
                backoff.reset()
            except InvalidToken:
                log.error("polling: Telegram no longer accepts the token; no more updates")
                return False
            except TelegramError as exc:
                _failed_poll(exc)
                delay = backoff.next_delay()
            except DATABASE_AWAY as exc:  # the inbox's database unavailable
                log.error("polling: could not take updates in (%s)", type(exc).__name__)
                delay = backoff.next_delay()
            except Exception:  # a garbled answer, or a bug
                log.exception("polling: could not take updates in")
                delay = backoff.next_delay()
            if delay:
                await self._pause(delay)
        return False

    async def _or_stop(self, coroutine: Coroutine[Any, Any, T]) -> T | None:
        """Await `coroutine` unless stopping comes first (it is then abandoned: None)."""
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
        return None if work.cancelled() else work.result()

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    async def _delete_webhook(self) -> None:
        """Like start_polling: a webhook left from before would make getUpdates fail."""
        await self.bot.delete_webhook()

    async def _fetch(self, wait: float, limit: int = 100) -> list[Raw]:
        """getUpdates after the last update stored, Telegram's JSON as sent."""
        kwargs: dict[str, Any] = {
            "offset": self._next,
            "timeout": wait,
            "limit": limit,
            "allowed_updates": self.allowed_updates,
        }
        result = await self.bot.do_api_request(
            "get_updates", api_kwargs=kwargs, read_timeout=wait + READ_SLACK_SECONDS
        )
        return list(result) if isinstance(result, list) else []

    async def _poll_once(self) -> None:
        if self._unstored is None:
            await self._or_stop(self.intake.wait_for_room())
            raws = await self._or_stop(self._fetch(self.timeout.total_seconds()))
            if self._stopping.is_set() or not raws:
                return  # not stored, so not acknowledged: fetched again next time
            batch = [(u, raw) for raw in raws if (u := self.intake.parse(raw)) is not None]
            ids = [raw.get("update_id") for raw in raws]
            self._unstored = batch, max(i for i in ids if isinstance(i, int)) + 1
        batch, following = self._unstored
        # Never abandoned midway, even when stopping: a bounded write, then the batch is safe.
        await self.intake.accept(batch)
        self._next, self._unstored = following, None
