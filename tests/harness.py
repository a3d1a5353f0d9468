"""A test client for the real bot: PTB Application + fake Bot API + real SQLite + ManualClock.

Like aiogram-dialog's BotClient: `await chat.send("/start")`, `await chat.tap("Let's begin")`,
`await bot.tick()` to let the dispatcher deliver what is due. Nothing of our code is mocked:
updates go through `Application.process_update`, replies through PTB's request path.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import Core, build_core, build_dispatcher
from bot.clock import ManualClock
from bot.dispatcher import Dispatcher, DispatchStats
from bot.schedule import local_now
from bot.telegram_adapter import TelegramSender, build_application, register_commands
from tests.conftest import make_settings
from tests.fake_bot_api import FakeBotApi, UpdateFactory

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"


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


def texts(seen: list[Seen]) -> str:
    return "\n---\n".join(s.text for s in seen)
