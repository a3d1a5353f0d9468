"""A test client for the real bot: PTB Application + fake Bot API + real SQLite + ManualClock.

Like aiogram-dialog's BotClient: `await chat.send("/start")`, `await chat.tap("Let's begin")`,
`await bot.tick()` to let the dispatcher deliver what is due. Nothing of our code is mocked:
updates go through `Application.process_update`, replies through PTB's request path.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from telegram import Update
from telegram.ext import Application

from bot.adapters.telegram.adapter import TelegramSender, build_application, register_commands
from bot.app import Core, build_core, build_dispatcher
from bot.delivery.dispatcher import Dispatcher, DispatchStats
from bot.timing.clock import ManualClock
from bot.timing.schedule import local_now
from storage.models import Nudge, Relay
from storage.nudge_enums import NudgeStatus, RelayStatus
from tests.conftest import make_settings
from tests.fake_bot_api import FakeBotApi, UpdateFactory

# A bot id of this test process's own: PostgreSQL's one-poller-per-bot lock is taken across the
# whole server, so parallel workers (and other runs) must not share it.
TOKEN = f"{random.randrange(10**8, 10**9)}:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"


@dataclass
class Seen:
    """One message the person received, with its keyboard flattened to (label, data|url|copy)."""

    text: str
    buttons: list[dict[str, Any]]
    at: datetime

    def labels(self) -> list[str]:
        return [b["text"] for b in self.buttons]


class BotHarness:
    def __init__(self, tmp_path: Path, db_url: str, clock: ManualClock) -> None:
        self.tmp_path, self.db_url, self.clock = tmp_path, db_url, clock
        self.fake = FakeBotApi()
        self.updates = UpdateFactory(start_update_id=1000)
        self.core: Core | None = None
        self.app: Application | None = None  # type: ignore[type-arg]
        self.dispatcher: Dispatcher | None = None
        self.received: dict[int, list[Seen]] = {}
        self._calls_read = 0

    async def start(self, **settings: Any) -> BotHarness:
        self.core = await build_core(
            make_settings(self.tmp_path, self.db_url, **settings), self.clock
        )
        self.app = build_application(self.core.journey, TOKEN, request=self.fake, rate_limit=False)
        await self.app.initialize()
        await register_commands(self.app)
        self.dispatcher = build_dispatcher(self.core, TelegramSender(self.app))
        return self

    async def stop(self) -> None:
        if self.app is not None:
            await self.app.shutdown()
        if self.core is not None:
            await self.core.close()
        self.app = self.core = self.dispatcher = None

    async def restart(self, **settings: Any) -> None:
        """A new process over the same database: new Core, Application and Dispatcher."""
        await self.stop()
        await self.start(**settings)

    def chat(self, chat_id: int, language_code: str = "en", first_name: str = "Ana") -> Chat:
        return Chat(self, chat_id, language_code, first_name)

    async def feed(self, update: dict[str, Any]) -> None:
        assert self.app is not None
        await self.app.process_update(Update.de_json(update, self.app.bot))
        self._collect()

    async def tick(self) -> DispatchStats:
        assert self.dispatcher is not None
        stats = await self.dispatcher.run_once()
        self._collect()
        return stats

    async def next_due(self) -> datetime | None:
        """The earliest moment the dispatcher has work: a nudge or an outbox message due (or
        due for its retry), or a claim whose lease runs out; None when nothing waits."""
        assert self.core is not None
        waiting = (NudgeStatus.PENDING, NudgeStatus.CLAIMED)
        async with self.core.store.unit() as repos:
            s = repos.session
            nudges = await s.execute(
                select(Nudge.status, Nudge.due_at, Nudge.retry_at, Nudge.lease_until).where(
                    Nudge.status.in_(waiting)
                )
            )
            relays = await s.execute(
                select(Relay.status, Relay.created_at, Relay.retry_at, Relay.lease_until).where(
                    Relay.status.in_((RelayStatus.PENDING, RelayStatus.CLAIMED))
                )
            )
            times = [_due(*row) for row in [*nudges, *relays]]
        return min(times, default=None)

    async def wake_ups(
        self, until: datetime, step: timedelta = timedelta(minutes=30)
    ) -> AsyncIterator[DispatchStats]:
        """Let time pass until `until` as a dispatcher waking every `step` sees it, yielding after
        each wake-up (people answer what came in the loop's body).

        Wake-ups at which nothing is due are skipped: the clock jumps to the first one (on the
        same `step` grid) at or after the next due time, so a quiet week costs a few ticks, and
        every message arrives at the very clock time stepping would have shown it.
        """
        while self.clock.now() < until:
            now = self.clock.now()
            due = await self.next_due()
            target = until if due is None else min(max(due, now), until)
            steps = max(1, math.ceil((target - now) / step))
            self.clock.advance(seconds=steps * step.total_seconds())
            yield await self.tick()

    async def pass_time(self, until: datetime, step: timedelta = timedelta(minutes=30)) -> None:
        """`wake_ups` with nobody answering."""
        async for _ in self.wake_ups(until, step):
            pass

    def _collect(self) -> None:
        """Turn new sendMessage calls into per-chat `Seen` records."""
        for call in self.fake.calls[self._calls_read :]:
            if call.method != "sendMessage" or call.error is not None:
                continue
            markup = call.params.get("reply_markup") or {}
            if isinstance(markup, str | bytes):
                markup = json.loads(markup)
            buttons = [b for row in markup.get("inline_keyboard", []) for b in row]
            chat_id = int(call.params["chat_id"])
            self.received.setdefault(chat_id, []).append(
                Seen(call.params["text"], buttons, self.clock.now())
            )
        self._calls_read = len(self.fake.calls)


class Chat:
    """One person talking to the bot."""

    def __init__(self, bot: BotHarness, chat_id: int, language_code: str, first_name: str) -> None:
        self.bot, self.chat_id = bot, chat_id
        self.language_code, self.first_name = language_code, first_name

    @property
    def seen(self) -> list[Seen]:
        return self.bot.received.get(self.chat_id, [])

    async def _feed(self, update: dict[str, Any]) -> list[Seen]:
        before = len(self.seen)
        await self.bot.feed(update)
        return self.seen[before:]

    async def send(self, text: str) -> list[Seen]:
        u = self.bot.updates.message(
            self.chat_id, text, first_name=self.first_name, language_code=self.language_code
        )
        return await self._feed(u)

    async def press(self, data: str) -> list[Seen]:
        u = self.bot.updates.callback(
            self.chat_id, data, first_name=self.first_name, language_code=self.language_code
        )
        return await self._feed(u)

    def button(self, label: str) -> dict[str, Any]:
        """The newest button whose label contains `label`."""
        for seen in reversed(self.seen):
            for b in seen.buttons:
                if label in b["text"]:
                    return b
        raise AssertionError(
            f"no button {label!r}; last messages: {[s.text[:60] for s in self.seen[-3:]]}"
        )

    async def tap(self, label: str) -> list[Seen]:
        data = self.button(label).get("callback_data")
        assert data, f"button {label!r} is not a callback button"
        return await self.press(data)

    def last_text(self) -> str:
        return self.seen[-1].text

    def local_times(self, zone: str) -> list[str]:
        return [local_now(s.at, zone).strftime("%Y-%m-%d %H:%M") for s in self.seen]


def _due(status: str, due: datetime, retry: datetime | None, lease: datetime | None) -> datetime:
    """When one waiting row is next claimable (the dispatcher's `claim_due` rule)."""
    if status in (NudgeStatus.CLAIMED, RelayStatus.CLAIMED) and lease is not None:
        at = lease + timedelta(microseconds=1)  # claimable once the lease has run out
    else:
        at = max(due, retry) if retry is not None else due
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def texts(seen: list[Seen]) -> str:
    return "\n---\n".join(s.text for s in seen)
