"""A fake Telegram Bot API over real HTTP on loopback, for driving the real `python -m bot` process.

Point the bot at it with ``TELEGRAM_API_BASE_URL=fake.base_url``. It answers what the bot uses
(getMe, getUpdates long polling, send*/edit*, answerCallbackQuery, command menus), records every
delivered message with the time it arrived, and can be made to misbehave like Telegram does:

* ``outage(seconds, status=502)``: every method answers a 5xx for a while (with
  ``sends_only=True`` only the send* methods: updates still come in);
* ``hang(seconds)``: requests get no answer for a while (the client's timeout decides);
* ``retry_after_next(n, seconds)``: the next n sends answer 429 with ``retry_after``;
* ``limit_per_second=30``: like Telegram, more than 30 messages in any second earn a 429.

Edits follow Telegram's rules: editing an unknown message answers "message to edit not found",
an edit that changes nothing answers "message is not modified". Every non-2xx answer is counted in
``errors`` by its description, so a test can assert that the bot provoked none.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from tests.fake_bot_api import _limits_broken

_COUNTED = ("send", "edit", "copy", "forward")
_CHECKED = frozenset({"sendMessage", "editMessageText", "sendPhoto", "sendDocument"})
_MULTIPART_FIELD = re.compile(rb'name="([^"]+)"(?:; filename="[^"]*")?\r\n(?:[^\r\n]+\r\n)*\r\n')


@dataclass(slots=True)
class Delivery:
    chat_id: int
    method: str
    text: str
    at: float  # time.monotonic() when it arrived
    message_id: int


@dataclass
class FakeBotServer:
    limit_per_second: int | None = None
    deliveries: list[Delivery] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    requests: Counter[str] = field(default_factory=Counter)
    rejected: list[tuple[float, str]] = field(default_factory=list)  # (when, description)
    port: int = 0

    def __post_init__(self) -> None:
        self._updates: deque[dict[str, Any]] = deque()
        self._update_arrived = asyncio.Event()
        self._fetched_at: dict[int, float] = {}  # update_id -> when getUpdates handed it out
        self._next_message_id = 1
        self._markups: dict[tuple[int, int], Any] = {}
        self._window: deque[float] = deque()
        self._down_until = 0.0
        self._down_status = 502
        self._sends_only = False
        self._hang_until = 0.0
        self._retry_after_left = 0
        self._retry_after_seconds = 1
        self._server: asyncio.Server | None = None
        self._next_update_id = 1
        self._acknowledged = 0  # the highest getUpdates offset seen: updates below it are done
        self._answered: list[asyncio.Event] = []  # set after every answered request

    # ------------------------------------------------------------------ life cycle

    async def start(self) -> FakeBotServer:
        self._server = await asyncio.start_server(self._client, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # ------------------------------------------------------------------ faults

    def outage(self, seconds: float, status: int = 502, *, sends_only: bool = False) -> None:
        self._down_until, self._down_status = time.monotonic() + seconds, status
        self._sends_only = sends_only

    def hang(self, seconds: float) -> None:
        self._hang_until = time.monotonic() + seconds

    def retry_after_next(self, count: int, seconds: int = 1) -> None:
        self._retry_after_left, self._retry_after_seconds = count, seconds

    # ------------------------------------------------------------------ updates and records

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue any update (its update_id is set here); returns the update id."""
        update_id = self._next_update_id
        self._next_update_id += 1
        self._updates.append({**update, "update_id": update_id})
        self._update_arrived.set()
        return update_id

    def keyboards(self, chat_id: int) -> list[tuple[int, dict[str, Any]]]:
        """(message_id, inline keyboard) of the messages to `chat_id` that still have one."""
        return [
            (mid, markup)
            for (chat, mid), markup in self._markups.items()
            if chat == chat_id and markup
        ]

    def push_message(self, chat_id: int, text: str) -> int:
        """Queue a private text message from `chat_id`; returns its update id."""
        update_id = self._next_update_id
        self._next_update_id += 1
        message: dict[str, Any] = {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Ana"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Ana", "language_code": "en"},
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        self._updates.append({"update_id": update_id, "message": message})
        self._update_arrived.set()
        return update_id

    def acknowledged(self, update_id: int) -> bool:
        """Whether the bot confirmed `update_id` (asked for updates after it)."""
        return self._acknowledged > update_id

    async def until(self, check: Callable[[], bool], within: float) -> bool:
        """Wait until `check()` holds, re-checking after every request the fake answers;
        False if it still does not after `within` seconds."""
        deadline = time.monotonic() + within
        while not check():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            answered = asyncio.Event()
            self._answered.append(answered)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(answered.wait(), left)
        return True

    def fetched_at(self, update_id: int) -> float | None:
        return self._fetched_at.get(update_id)

    def delivered_to(self, chat_id: int) -> list[Delivery]:
        return [d for d in self.deliveries if d.chat_id == chat_id]

    def chats_delivered(self) -> Counter[int]:
        return Counter(d.chat_id for d in self.deliveries)

    # ------------------------------------------------------------------ HTTP

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (line.partition(":") for line in lines[1:] if line)
                }
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                status, payload = await self._answer(path, headers.get("content-type", ""), body)
                waiting, self._answered = self._answered, []
                for answered in waiting:
                    answered.set()
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(payload)}\r\n\r\n".encode()
                    + payload
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:  # the server is shutting down under an open request
            pass
        finally:
            writer.close()

    async def _answer(self, path: str, content_type: str, body: bytes) -> tuple[int, bytes]:
        method = path.rpartition("/")[2]
        self.requests[method] += 1
        now = time.monotonic()
        if now < self._hang_until:
            await asyncio.sleep(self._hang_until - now + 30)  # the client gives up first
            return self._error(504, "Gateway Timeout", count=False)  # nothing was delivered
        if now < self._down_until and (not self._sends_only or method.startswith("send")):
            return self._error(self._down_status, "Bad Gateway", count=False)
        params = _params(content_type, body)
        if method == "getUpdates":
            return await self._get_updates(params)
        if method.startswith(_COUNTED):
            limited = self._rate_limited(now)
            if limited is not None:
                return limited
        handler = {
            "getMe": self._get_me,
            "editMessageReplyMarkup": self._edit,
            "editMessageText": self._edit,
        }.get(method)
        if handler is not None:
            return handler(params)
        refusal = _limits_broken(method, params) if method in _CHECKED else None
        if refusal is not None:
            return self._error(400, refusal)
        if method.startswith("send"):
            return self._send(method, params, now)
        return 200, b'{"ok":true,"result":true}'

    def _error(
        self, status: int, description: str, retry_after: int | None = None, count: bool = True
    ) -> tuple[int, bytes]:
        if count:
            self.errors[description] += 1
            self.rejected.append((time.monotonic(), description))
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
        return status, json.dumps(body).encode()

    def _rate_limited(self, now: float) -> tuple[int, bytes] | None:
        if self._retry_after_left > 0:
            self._retry_after_left -= 1
            seconds = self._retry_after_seconds
            return self._error(429, f"Too Many Requests: retry after {seconds}", seconds)
        if self.limit_per_second is None:
            return None
        while self._window and now - self._window[0] >= 1.0:
            self._window.popleft()
        if len(self._window) >= self.limit_per_second:
            return self._error(429, "Too Many Requests: retry after 1", 1)
        self._window.append(now)
        return None

    def _get_me(self, params: dict[str, Any]) -> tuple[int, bytes]:
        me = {"id": 999, "is_bot": True, "first_name": "Secure Base", "username": "sb_test_bot"}
        return 200, json.dumps({"ok": True, "result": me}).encode()

    def _send(self, method: str, params: dict[str, Any], now: float) -> tuple[int, bytes]:
        chat_id = int(params.get("chat_id", 0))
        message_id = self._next_message_id
        self._next_message_id += 1
        text = str(params.get("text") or params.get("caption") or "")
        self.deliveries.append(Delivery(chat_id, method, text, now, message_id))
        markup = params.get("reply_markup")
        self._markups[(chat_id, message_id)] = markup
        result: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "text": text,
        }
        if markup:
            result["reply_markup"] = markup
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _edit(self, params: dict[str, Any]) -> tuple[int, bytes]:
        key = (int(params.get("chat_id", 0)), int(params.get("message_id", 0)))
        if key not in self._markups:
            return self._error(400, "Bad Request: message to edit not found")
        markup = params.get("reply_markup") or None
        if markup == (self._markups[key] or None):
            return self._error(400, "Bad Request: message is not modified")
        self._markups[key] = markup
        result = {"message_id": key[1], "date": 0, "chat": {"id": key[0], "type": "private"}}
        return 200, json.dumps({"ok": True, "result": result}).encode()

    async def _get_updates(self, params: dict[str, Any]) -> tuple[int, bytes]:
        offset = int(params.get("offset") or 0)
        self._acknowledged = max(self._acknowledged, offset)
        while self._updates and self._updates[0]["update_id"] < offset:
            self._updates.popleft()
        if not self._updates:
            self._update_arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._update_arrived.wait(), min(float(params.get("timeout") or 0), 1.0)
                )
        batch = list(self._updates)[:100]
        now = time.monotonic()
        for update in batch:
            self._fetched_at.setdefault(update["update_id"], now)
        return 200, json.dumps({"ok": True, "result": batch}).encode()


def _params(content_type: str, body: bytes) -> dict[str, Any]:
    """Form or multipart fields; JSON-looking values (markups, numbers) decoded."""
    if content_type.startswith("multipart/form-data"):
        fields: dict[str, Any] = {}
        for match in _MULTIPART_FIELD.finditer(body):
            end = body.find(b"\r\n--", match.end())
            value = body[match.end() : end]
            if b"filename=" not in match.group(0):
                fields[match.group(1).decode()] = value.decode("utf-8", "replace")
        pairs = fields.items()
    elif content_type.startswith("application/json"):
        return dict(json.loads(body or b"{}"))
    else:
        pairs = parse_qsl(body.decode(), keep_blank_values=True)  # type: ignore[assignment]
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in ("reply_markup", "offset", "timeout", "chat_id", "message_id", "limit"):
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        out[key] = value
    return out
