"""Updates side by side across chats, in order within one chat, with a calm word for a flood."""

from __future__ import annotations

import asyncio
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import (
    Update,
)
from telegram.ext import (
    BaseUpdateProcessor,
)

from bot.runtime.metrics import FLOODS

FLOOD_WINDOW_SECONDS = 60.0


UNBOUNDED = 1_000_000  # PTB's semaphore, left wide open (see PerChatUpdateProcessor)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Different people's updates run side by side; one person's stay in the order sent.

    An update first waits for its chat's turn, and only then takes one of the shared slots
    (`max_concurrent_updates`): a person who writes faster than they are answered holds their
    own updates back, never anyone else's. One who sends more than `flood_per_minute` updates in
    a minute hears once, calmly, that the answers are coming (`on_flood`); their updates are
    handled in order at the pace their chat allows, and the intake coalesces what waits
    meanwhile (`flooding`; bot/adapters/telegram/polling.py).
    """

    def __init__(self, max_concurrent_updates: int = 64, flood_per_minute: int = 0) -> None:
        # PTB's own semaphore is taken before the chat's turn: it must never be what limits.
        super().__init__(UNBOUNDED)
        self._slots = asyncio.Semaphore(max_concurrent_updates)
        self.flood_per_minute = flood_per_minute
        self.on_flood: Callable[[Update], Coroutine[Any, Any, None]] | None = None
        self._locks: dict[int, asyncio.Lock] = {}
        self._queued: Counter[int] = Counter()
        self._recent: dict[int, deque[float]] = {}
        self._told: set[int] = set()  # chats told "one moment" in their current flood
        self._notes: set[asyncio.Task[None]] = set()
        self._on_arrival = False  # updates counted as they arrive (`arrived`), not as handled

    def arrived(self, update: Update) -> None:
        """Count an update as it arrives (the intake's, which holds a chat's queue): a flood is
        seen at once, not after its first `flood_per_minute` updates were each answered at the
        chat's pace of a message a second, words of crisis among them waiting behind."""
        self._on_arrival = True
        chat = update.effective_chat
        if chat is not None and self._flooding(chat.id):
            self._tell(chat.id, update)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            async with self._slots:
                await coroutine
            return
        assert isinstance(update, Update)
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._queued[chat.id] += 1
        try:
            if not self._on_arrival and self._flooding(chat.id):
                self._tell(chat.id, update)
            async with lock, self._slots:
                await coroutine
        finally:
            self._queued[chat.id] -= 1
            if self._queued[chat.id] == 0:  # forget idle chats: memory stays flat
                del self._queued[chat.id], self._locks[chat.id]

    def _flooding(self, chat_id: int) -> bool:
        """Count this update; whether the chat has sent more than its share this minute."""
        if not self.flood_per_minute:
            return False
        now = time.monotonic()
        recent = self._recent.setdefault(chat_id, deque())
        recent.append(now)
        while recent and now - recent[0] > FLOOD_WINDOW_SECONDS:
            recent.popleft()
        if len(recent) > self.flood_per_minute:
            return True
        if len(recent) <= self.flood_per_minute // 2:  # back to an ordinary pace (not merely
            self._told.discard(chat_id)  # coalesced below the line): a later flood is told again
        if len(self._recent) > 10_000:  # forget chats that have gone quiet: memory stays flat
            self._recent = {k: v for k, v in self._recent.items() if now - v[-1] < 60}
        return False

    def flooding(self, chat_id: int) -> bool:
        """Whether the chat sent more than its share this minute (not counting anything)."""
        recent = self._recent.get(chat_id)
        if not self.flood_per_minute or not recent:
            return False
        now = time.monotonic()
        return sum(1 for at in recent if now - at <= FLOOD_WINDOW_SECONDS) > self.flood_per_minute

    def _tell(self, chat_id: int, update: Update) -> None:
        """Say "one moment" beside the queue (the update keeps its place in it)."""
        if chat_id in self._told or self.on_flood is None:
            return
        self._told.add(chat_id)
        FLOODS.inc()
        task = asyncio.create_task(self.on_flood(update))
        self._notes.add(task)
        task.add_done_callback(self._notes.discard)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""
