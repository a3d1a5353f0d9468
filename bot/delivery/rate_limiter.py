"""One rate limiter for everything the bot sends: replies first, nudges with what is left.

Telegram allows a bot about 30 messages a second overall and about one a second per chat (short
bursts pass). Every send first waits for its own chat's allowance (in the order asked: a chat
that writes faster than its allowance gets its replies in order, a little later), and only then
joins the overall queue. There replies and nudges share the budget, so a wave of nudges must not
make a person who is chatting wait: a reply takes the next free slot ahead of every waiting
nudge, and nudges leave one slot in reserve so that a reply almost always finds one at once. A
reply still waiting for its own chat holds back nobody. A RetryAfter from Telegram pauses every
sender in the process, not just the one that met it.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.delivery.backoff import wait_seconds

log = logging.getLogger(__name__)

# Bot API methods that count toward Telegram's overall limit; those that put a new message in a
# chat also count toward the chat's own (an edit changes a message already there).
_COUNTED_PREFIXES = ("send", "edit", "copy", "forward")
_NEW_MESSAGE_PREFIXES = ("send", "copy", "forward")


class Priority(IntEnum):
    REPLY = 0
    NUDGE = 1


_priority: contextvars.ContextVar[Priority] = contextvars.ContextVar(
    "send_priority", default=Priority.REPLY
)


@contextmanager
def sending_as(priority: Priority) -> Iterator[None]:
    """Requests made inside this block wait as `priority` (replies are the default)."""
    token = _priority.set(priority)
    try:
        yield
    finally:
        _priority.reset(token)


@dataclass
class TokenBucket:
    rate: float
    capacity: float
    tokens: float = 0.0
    stamp: float = 0.0

    def __post_init__(self) -> None:
        self.tokens, self.stamp = self.capacity, time.monotonic()

    def _refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait(self, now: float, need: float = 1.0) -> float:
        """Seconds until `need` tokens are there (0 if they are there now)."""
        self._refill(now)
        return 0.0 if self.tokens >= need else (need - self.tokens) / self.rate

    def take(self) -> None:
        self.tokens -= 1

    def reserve(self, now: float) -> float:
        """Take the next token, even one still to come: seconds until it is there.

        Waiters are thus served in the order they asked (a later one gets a later token).
        """
        self._refill(now)
        self.tokens -= 1
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate

    def full(self, now: float) -> bool:
        self._refill(now)
        return self.tokens >= self.capacity


class PriorityRateLimiter(BaseRateLimiter[dict[str, Any]]):
    """An overall and per-chat token buckets; replies before nudges; a process-wide RetryAfter.

    A chat's allowance is about one message a second after a short burst (10: a person going
    through the setup as fast as the answers come, or a multi-part answer, is not slowed; one who
    writes faster than that for long gets their answers at one a second, in order). Telegram
    documents only "about one a second; short bursts pass".

    A nudge leaves the overall bucket's last token alone (it waits until two are there and takes
    one), so a reply that comes mid-wave finds a token at once. With the defaults at most 29
    messages leave in any second (26.5/s plus 2.5 tokens of burst), a margin under Telegram's 30
    for requests that arrive a little bunched; nudges alone run at about 26 a second.
    """

    def __init__(
        self,
        overall_per_second: float = 26.5,
        reserve_for_replies: float = 1.0,
        per_chat_per_second: float = 1.0,
        per_chat_burst: float = 10.0,
        max_retries: int = 2,
    ) -> None:
        # Half a token of slack above what a nudge waits for: a waiter that wakes a little late
        # loses none of the rate (a full bucket would drop what arrives meanwhile).
        self.overall = TokenBucket(overall_per_second, 1.5 + reserve_for_replies)
        self.reserve = reserve_for_replies
        self.per_chat_rate, self.per_chat_burst = per_chat_per_second, per_chat_burst
        self.max_retries = max_retries
        self._chats: dict[object, TokenBucket] = {}
        self._replies_waiting = 0
        self._paused_until = 0.0

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        counted = endpoint.startswith(_COUNTED_PREFIXES)
        chat = data.get("chat_id") if endpoint.startswith(_NEW_MESSAGE_PREFIXES) else None
        priority = _priority.get()
        for attempt in range(self.max_retries + 1):
            if counted:
                await self._acquire(priority, chat)
            else:
                await self._wait_pause()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                seconds = wait_seconds(exc.retry_after)
                self.pause(seconds)
                if attempt == self.max_retries:
                    raise
                log.warning("rate limited on %s: every sender waits %.1fs", endpoint, seconds)
        raise AssertionError("unreachable")  # pragma: no cover

    def pause(self, seconds: float) -> None:
        """Telegram said RetryAfter: nobody in this process sends before it has passed."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    async def _wait_pause(self) -> None:
        delay = self._paused_until - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)

    async def _acquire(self, priority: Priority, chat: object) -> None:
        if chat is not None:  # the chat's own turn first: waiting for it blocks no other chat
            now = time.monotonic()
            wait = self._chat(chat, now).reserve(now)
            if wait > 0:
                await asyncio.sleep(wait)
        if priority is Priority.REPLY:
            self._replies_waiting += 1  # only replies that wait for the overall budget count
            try:
                await self._reply_turn()
            finally:
                self._replies_waiting -= 1
            return
        while True:
            delay = self._delay(priority)
            if delay <= 0:
                self.overall.take()
                return
            await asyncio.sleep(delay)

    async def _reply_turn(self) -> None:
        """A reply takes the next overall token, even one still to come, and sleeps once until
        it is there (replies in the order they asked; a hundred waiting replies do not all wake
        for every token). A nudge sees the tokens replies took and waits behind them."""
        now = time.monotonic()
        wait = max(self._paused_until - now, self.overall.reserve(now))
        while wait > 0:
            await asyncio.sleep(wait)
            wait = self._paused_until - time.monotonic()  # a RetryAfter met meanwhile

    def _delay(self, priority: Priority) -> float:
        now = time.monotonic()
        need = 1.0 + self.reserve if priority is Priority.NUDGE else 1.0
        delay = max(self._paused_until - now, self.overall.wait(now, need))
        if priority is Priority.NUDGE and self._replies_waiting:
            delay = max(delay, 0.005)  # a reply is waiting for the overall budget: it goes first
        return delay

    def _chat(self, chat: object, now: float) -> TokenBucket:
        bucket = self._chats.get(chat)
        if bucket is None:
            if len(self._chats) > 10_000:  # forget chats that have been quiet: memory stays flat
                self._chats = {k: b for k, b in self._chats.items() if not b.full(now)}
            bucket = self._chats[chat] = TokenBucket(self.per_chat_rate, self.per_chat_burst)
        return bucket
