"""Fuzzed updates for the real bot process: what people really do, and worse.

Typed answers and nonsense (NUL, lone surrogates, HTML, very long text), every command, taps on
the newest buttons and on old ones, double taps, taps on messages Telegram reports as inaccessible,
and made-up callback data. Spread over a few dozen people, one update at a time.
"""

from __future__ import annotations

import random
import time
from typing import Any

from tests.fake_bot_api import FakeBotServer

CHATS = range(5000, 5040)
COMMANDS = (
    "/start", "/status", "/progress", "/journal", "/reflect", "/settings", "/pause", "/resume",
    "/stop", "/cancel", "/export", "/help", "/nonsense",
)  # fmt: skip
TEXTS = (
    "Mira", "my sister", "She always listens.", "3", "5", "1", "yes", "no", "19:00", "7pm",
    "Berlin", "Europe/Berlin", "🙂🙂", "<b>bold</b> & <i>", "a\x00b", "lone \ud800 half",
    "x" * 5000, "   ", "I want to die", "stop", "later", "ok",
)  # fmt: skip


def _user(chat: int) -> dict[str, Any]:
    return {"id": chat, "is_bot": False, "first_name": "Ana", "language_code": "en"}


def _chat(chat: int) -> dict[str, Any]:
    return {"id": chat, "type": "private", "first_name": "Ana"}


def text_update(chat: int, text: str) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": random.randint(1, 10**9),
        "date": int(time.time()),
        "chat": _chat(chat),
        "from": _user(chat),
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    return {"message": message}


def tap_update(
    chat: int, data: str, message_id: int, markup: dict[str, Any] | None, inaccessible: bool
) -> dict[str, Any]:
    message: dict[str, Any] = {"message_id": message_id, "date": 0, "chat": _chat(chat)}
    if not inaccessible:
        message.update(
            date=int(time.time()), text="…", **({"reply_markup": markup} if markup else {})
        )
        message["from"] = {"id": 999, "is_bot": True, "first_name": "Secure Base"}
    return {
        "callback_query": {
            "id": str(random.randint(1, 10**12)),
            "from": _user(chat),
            "chat_instance": str(chat),
            "data": data,
            "message": message,
        }
    }


def _taps(fake: FakeBotServer, chat: int, rng: random.Random) -> list[dict[str, Any]]:
    keyboards = fake.keyboards(chat)
    if not keyboards:
        return [text_update(chat, "/start")]
    message_id, markup = keyboards[-1] if rng.random() < 0.8 else rng.choice(keyboards)
    buttons = [b for row in markup.get("inline_keyboard", []) for b in row if "callback_data" in b]
    if not buttons:
        return [text_update(chat, rng.choice(TEXTS))]
    data = rng.choice(buttons)["callback_data"]
    inaccessible = rng.random() < 0.15
    if inaccessible:  # a message gone from the chat (deleted, or too old for Telegram to show)
        message_id = 10**9 + rng.randint(1, 10**6)
    taps = 2 if rng.random() < 0.2 else 1  # a double tap sends the same query twice
    return [tap_update(chat, data, message_id, markup, inaccessible) for _ in range(taps)]


def next_updates(fake: FakeBotServer, rng: random.Random) -> list[dict[str, Any]]:
    chat = rng.choice(CHATS)
    roll = rng.random()
    if roll < 0.45:
        return _taps(fake, chat, rng)
    if roll < 0.75:
        return [text_update(chat, rng.choice(TEXTS))]
    if roll < 0.95:
        return [text_update(chat, rng.choice(COMMANDS))]
    garbage = rng.choice(("zz:1:1", "ck:m:999:1:9", "x" * 64, "th:0:start", "", "sp:1:nope"))
    return [tap_update(chat, garbage, 1, None, False)]


ANSWER_WITHIN = 1.0


async def fuzz(fake: FakeBotServer, updates: int, seed: int = 8) -> int:
    """Feed `updates` fuzzed updates one at a time; returns how many got some answer."""
    rng = random.Random(seed)
    random.seed(seed)
    answered = sent = 0
    while sent < updates:
        batch = next_updates(fake, rng)[: updates - sent]
        before = _answers(fake)
        ids = [fake.push_update(u) for u in batch]
        sent += len(batch)
        last = ids[-1]
        await fake.until(lambda: fake.fetched_at(last) is not None, 10)  # noqa: B023
        # Answered: a message or an edit follows (waited for; a second at most, then counted as
        # unanswered and the next update goes in).
        answered += await fake.until(lambda: _answers(fake) > before, ANSWER_WITHIN)  # noqa: B023
    return answered


def _answers(fake: FakeBotServer) -> int:
    return len(fake.deliveries) + fake.requests["editMessageReplyMarkup"]
