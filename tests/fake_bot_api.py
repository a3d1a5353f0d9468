"""The fake Telegram Bot API for tests and benchmarks: one model, reached two ways.

* In process: ``FakeBotApi`` is a :class:`telegram.request.BaseRequest`, so a real
  :class:`telegram.ext.Application` runs on it through PTB's real request path.
* Over HTTP: ``FakeBotServer`` is the same fake listening on loopback, for the real
  ``python -m bot`` process (``TELEGRAM_API_BASE_URL=fake.base_url``).

Both answer like Telegram: over-long or malformed messages are refused in Telegram's words; with
``limit_per_second=30`` more than 30 messages in any second earn a 429; ``strict_edits`` refuses
edits of unknown messages and edits that change nothing. Faults: ``outage(seconds, status=502,
sends_only=False)`` (5xx for a while), ``hang(seconds)`` (no answer: the client's timeout decides),
``retry_after_next(n, seconds)``, ``fail_next``/``fail_method_always`` (one method, optionally one
chat), ``block_chat``. Records: ``calls`` (every call), ``deliveries`` (every message delivered,
with its monotonic arrival time), ``requests`` (per method), ``errors`` (every error answer by its
description, so a test can assert the bot provoked none) and ``rejected``.

``FakeBotApi`` in detail: a real
:class:`telegram.ext.Application` can be built on top of it and exercised through PTB's real
request path (parameter serialisation, HTTP status handling, error mapping) without network::

    fake = FakeBotApi()
    app = ApplicationBuilder().token("123:ABC").request(fake).get_updates_request(fake).build()

``UpdateFactory`` builds realistic Update dicts to feed to ``Application.process_update`` (via
``Update.de_json``) or to ``FakeBotApi.push_update`` for polling.

Notes:
* ``Call.params`` holds the decoded parameter values as PTB produced them
  (``RequestData.parameters``): ``chat_id`` stays an ``int`` and ``reply_markup`` is a ``dict``.
* Every call is recorded, including ones that were made to fail; those carry ``Call.error``.
  ``sent_texts`` / ``last_keyboard`` only look at successful calls.
* ``getUpdates`` calls are not recorded unless ``record_get_updates=True`` (polling would flood
  ``calls``); they are counted in ``get_updates_count``.
* Not thread-safe: use it from the event loop that runs the application.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import re
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl

from telegram.error import NetworkError
from telegram.request import BaseRequest, RequestData

__all__ = [
    "BOT_ID",
    "BOT_USER",
    "BOT_USERNAME",
    "Call",
    "Delivery",
    "FakeBotApi",
    "FakeBotServer",
    "UpdateFactory",
]

BOT_ID = 999
BOT_USERNAME = "secure_base_test_bot"
BOT_USER: dict[str, Any] = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Secure Base",
    "username": BOT_USERNAME,
}
_GET_ME: dict[str, Any] = {
    **BOT_USER,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}

ErrorKind = Literal["forbidden", "retry_after", "bad_request", "bad_gateway", "network"]

_OK_TRUE = b'{"ok":true,"result":true}'
_MESSAGE_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendSticker",
        "sendAudio",
        "sendVoice",
        "sendVideo",
        "sendAnimation",
        "sendLocation",
        "forwardMessage",
    }
)
_TEXT_METHODS = frozenset({"sendMessage", "editMessageText"})
_CAPTION_METHODS = frozenset({"sendPhoto", "sendDocument"})
_KEYBOARD_METHODS = frozenset(
    {"sendMessage", "sendPhoto", "sendDocument", "editMessageText", "editMessageReplyMarkup"}
)
# Methods that deliver something to a chat; these fail with 403 for a blocked chat.
_SEND_PREFIXES = ("send", "edit", "copy", "forward")
_NEW_MESSAGE = ("send", "copy", "forward")  # what the per-chat limit counts (edits do not)
# A message may arrive this much of a token early (the way from the bot's limiter to here varies
# by some tens of milliseconds); sending faster than that earns the 429.
CHAT_JITTER = 0.1


@dataclass(slots=True)
class Call:
    """One recorded Bot API call.

    ``files`` maps the multipart field name to ``(filename, content)``. ``error`` is ``None`` for
    a successful call, otherwise the injected error kind (``"forbidden"``, ``"retry_after"``,
    ``"bad_request"`` or ``"network"``).
    """

    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the fake answered this call successfully."""
        return self.error is None


@dataclass(slots=True)
class Delivery:
    """One message that reached a chat."""

    chat_id: int
    method: str
    text: str
    at: float  # time.monotonic() when it arrived
    message_id: int


@dataclass(slots=True)
class _FailRule:
    error: ErrorKind
    chat_id: int | str | None
    retry_after: int
    description: str | None
    remaining: int  # < 0 means forever


def _same_chat(value: Any, chat_id: int | str) -> bool:
    """Compare chat ids tolerant of ``int`` vs ``str`` representations."""
    return value == chat_id or str(value) == str(chat_id)


def _as_chat_id(value: Any) -> Any:
    """Return ``value`` as ``int`` when it is a numeric string (Message.chat.id must be int)."""
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return value
    return value


def _error_payload(kind: ErrorKind, retry_after: int, description: str | None) -> tuple[int, bytes]:
    """Build the HTTP status and JSON body Telegram returns for an error."""
    if kind == "forbidden":
        code, desc, extra = 403, "Forbidden: bot was blocked by the user", None
    elif kind == "retry_after":
        code = 429
        desc = f"Too Many Requests: retry after {retry_after}"
        extra = {"retry_after": retry_after}
    elif kind == "bad_request":
        code, desc, extra = 400, "Bad Request: injected error", None
    elif kind == "bad_gateway":
        code, desc, extra = 502, "Bad Gateway", None
    else:  # pragma: no cover - guarded by _check_kind
        raise ValueError(f"unknown error kind {kind!r}")
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description or desc}
    if extra is not None:
        body["parameters"] = extra
    return code, json.dumps(body).encode()


def _status(status: int, description: str, retry_after: int | None = None) -> tuple[int, bytes]:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return status, json.dumps(body).encode()


def _markup(value: Any) -> Any:
    """A reply_markup as a dict (PTB passes a dict in process, JSON text over HTTP); None if
    empty."""
    if isinstance(value, str | bytes):
        value = json.loads(value) if value else None
    return value or None


def _check_kind(error: str) -> None:
    if error not in ("forbidden", "retry_after", "bad_request", "bad_gateway", "network"):
        raise ValueError(f"unknown error kind {error!r}")


_TAG = re.compile(r"<(/?)([a-z-]+)[^>]*>")
_HTML_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "code",
    "pre",
    "a",
    "blockquote",
    "tg-spoiler",
    "span",
}


def _visible_length(text: str, parse_mode: Any) -> int | None:
    """Length as Telegram counts it (UTF-16 units, after HTML); None if the HTML is broken."""
    if str(parse_mode).upper() == "HTML":
        stack: list[str] = []
        for closing, name in _TAG.findall(text):
            if name not in _HTML_TAGS:
                return None
            if not closing:
                stack.append(name)
            elif not stack or stack.pop() != name:
                return None
        if stack:
            return None
        text = html.unescape(_TAG.sub("", text))
    return len(text.encode("utf-16-le")) // 2


def _limits_broken(method: str, params: dict[str, Any]) -> str | None:
    """Telegram's own refusals for over-long or malformed messages, as the real API words them."""
    key, limit = (
        ("text", 4096) if method in ("sendMessage", "editMessageText") else ("caption", 1024)
    )
    value = params.get(key)
    if method in ("sendMessage", "editMessageText") and not value:
        return "Bad Request: message text is empty"
    if isinstance(value, str):
        length = _visible_length(value, params.get("parse_mode"))
        if length is None:
            return "Bad Request: can't parse entities"
        if length > limit:
            what = "message caption" if key == "caption" else "message"
            return f"Bad Request: {what} is too long"
    markup = params.get("reply_markup")
    if isinstance(markup, str | bytes):
        markup = json.loads(markup)
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            if len(str(button.get("callback_data", "")).encode()) > 64:
                return "Bad Request: BUTTON_DATA_INVALID"
            if len((button.get("copy_text") or {}).get("text", "")) > 256:
                return "Bad Request: BUTTON_COPY_TEXT_INVALID"
            if len(button.get("url", "")) > 2048:
                return "Bad Request: BUTTON_URL_INVALID"
    return None


class FakeBotApi(BaseRequest):
    """A fake Bot API server living inside PTB's request layer."""

    def __init__(
        self,
        latency: float = 0.0,
        *,
        get_updates_wait: float = 0.05,
        record_get_updates: bool = False,
        limit_per_second: int | None = None,
        per_chat_per_second: float | None = None,
        per_chat_burst: float = 10.0,
        strict_edits: bool = False,
    ) -> None:
        """Create the fake.

        Args:
            latency: seconds to ``asyncio.sleep`` in every call (simulated network round trip).
            get_updates_wait: max seconds an empty ``getUpdates`` waits before returning ``[]``
                (it returns early when ``push_update`` is called).
            record_get_updates: also record ``getUpdates`` calls in ``calls``.
            limit_per_second: like Telegram, more messages than this in any second earn a 429.
            per_chat_per_second: like Telegram, a chat that gets new messages faster than this,
                past a burst of ``per_chat_burst``, earns a 429 (edits do not count).
            strict_edits: like Telegram, editing a message the fake never sent answers "message
                to edit not found", an edit that changes nothing "message is not modified".
        """
        self.latency = latency
        self.get_updates_wait = get_updates_wait
        self.record_get_updates = record_get_updates
        self.limit_per_second = limit_per_second
        self.per_chat_per_second, self.per_chat_burst = per_chat_per_second, per_chat_burst
        self._chat_tokens: dict[int, tuple[float, float]] = {}  # chat -> (tokens, at)
        self.strict_edits = strict_edits
        self.calls: list[Call] = []
        self.deliveries: list[Delivery] = []
        self.requests: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.rejected: list[tuple[float, str]] = []  # (when, description) of counted errors
        # When each deleteWebhook came: a bot process, started and warmed up, begins to poll.
        self.ready_at: list[float] = []
        self.get_updates_count = 0
        self._next_message_id = 1
        self._next_update_id = 1
        self._updates: deque[dict[str, Any]] = deque()  # not yet confirmed by an offset
        self._fetched_at: dict[int, float] = {}  # update_id -> when getUpdates handed it out
        self._acknowledged = 0  # the highest getUpdates offset seen
        self._shown: dict[tuple[int, int], tuple[Any, Any]] = {}  # message -> (text, markup)
        self._window: deque[float] = deque()
        self._down_until = self._hang_until = 0.0
        self._down_status = 502
        self._sends_only = False
        self._retry_after_left, self._retry_after_seconds = 0, 1
        self._answered: list[asyncio.Event] = []  # set after every answered request
        self._update_event: asyncio.Event | None = None
        self._update_event_loop: asyncio.AbstractEventLoop | None = None
        self._fail_rules: dict[str, list[_FailRule]] = {}
        self._blocked: set[str] = set()
        self._handlers = {
            "getMe": self._get_me,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_message,
            "sendDocument": self._send_message,
            "sendSticker": self._send_message,
            "sendAudio": self._send_message,
            "sendVoice": self._send_message,
            "sendVideo": self._send_message,
            "sendAnimation": self._send_message,
            "sendLocation": self._send_message,
            "forwardMessage": self._send_message,
            "copyMessage": self._copy_message,
            "sendMediaGroup": self._send_media_group,
            "editMessageText": self._edit_message,
            "editMessageCaption": self._edit_message,
            "editMessageReplyMarkup": self._edit_message,
            "getMyCommands": self._empty_list,
            "getWebhookInfo": self._webhook_info,
            "deleteWebhook": self._delete_webhook,
        }

    # ------------------------------------------------------------------ BaseRequest API

    @property
    def read_timeout(self) -> float | None:
        """Default read timeout (irrelevant here, but required by BaseRequest)."""
        return 5.0

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        """Answer one Bot API request the way Telegram would: ``(status, json body)``."""
        if self.latency:
            await asyncio.sleep(self.latency)
        params: dict[str, Any] = request_data.parameters if request_data is not None else {}
        files: dict[str, tuple[str, bytes]] = (
            self._extract_files(request_data)
            if request_data is not None and request_data.contains_files
            else {}
        )
        try:
            return await self.answer(url.rpartition("/")[2], params, files)
        finally:
            self._wake()

    async def answer(
        self, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]] | None = None
    ) -> tuple[int, bytes]:
        """The fake's answer to one call of `method`, however it arrived."""
        self.requests[method] += 1
        now = time.monotonic()
        if method == "deleteWebhook":
            self.ready_at.append(now)
        if now < self._hang_until:
            await asyncio.sleep(self._hang_until - now + 30)  # the client gives up first
            return _status(504, "Gateway Timeout")  # nothing was delivered
        if now < self._down_until and (not self._sends_only or method.startswith("send")):
            return _status(self._down_status, "Bad Gateway")
        if method == "getUpdates":
            self.get_updates_count += 1
            if not self.record_get_updates and not self._fail_rules:
                return await self._get_updates(params)
        call = Call(method, params, files or {})
        if method != "getUpdates" or self.record_get_updates:
            self.calls.append(call)
        refused = self._refusal(call, now)
        if refused is not None:
            call.error, status, description, retry_after = refused
            return self._error(status, description, retry_after)
        if method == "getUpdates":
            return await self._get_updates(params)
        handler = self._handlers.get(method)
        if handler is None:
            return 200, _OK_TRUE
        result = handler(method, params)
        if method.startswith("send") and isinstance(result, dict):
            self._delivered(method, params, result, now)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _refusal(self, call: Call, now: float) -> tuple[str, int, str, int | None] | None:
        """(error kind, status, description, retry_after) when the call is refused."""
        method, params = call.method, call.params
        if self._blocked and method.startswith(_SEND_PREFIXES):
            chat = params.get("chat_id")
            if chat is not None and str(chat) in self._blocked:
                return "forbidden", 403, "Forbidden: bot was blocked by the user", None
        if self._fail_rules:
            rule = self._take_fail_rule(method, params)
            if rule is not None:
                if rule.error == "network":
                    call.error = "network"
                    raise NetworkError(f"Fake network error in {method}")
                status, body = _error_payload(rule.error, rule.retry_after, rule.description)
                retry = rule.retry_after if rule.error == "retry_after" else None
                return rule.error, status, json.loads(body)["description"], retry
        if method.startswith(_SEND_PREFIXES):
            limited = self._rate_limited(now)
            if limited is None and method.startswith(_NEW_MESSAGE):
                limited = self._chat_limited(now, params)
            if limited is not None:
                return "retry_after", 429, f"Too Many Requests: retry after {limited}", limited
        refusal = _limits_broken(method, params)
        if refusal is None and self.strict_edits and method.startswith("editMessage"):
            refusal = self._edit_refusal(method, params)
        if refusal is not None:
            return "bad_request", 400, refusal, None
        return None

    def _error(self, status: int, description: str, retry_after: int | None) -> tuple[int, bytes]:
        self.errors[description] += 1
        self.rejected.append((time.monotonic(), description))
        return _status(status, description, retry_after)

    def _rate_limited(self, now: float) -> int | None:
        """Seconds to wait when this send is one too many (or a 429 was asked for)."""
        if self._retry_after_left > 0:
            self._retry_after_left -= 1
            return self._retry_after_seconds
        if self.limit_per_second is None:
            return None
        while self._window and now - self._window[0] >= 1.0:
            self._window.popleft()
        if len(self._window) >= self.limit_per_second:
            return 1
        self._window.append(now)
        return None

    def _chat_limited(self, now: float, params: dict[str, Any]) -> int | None:
        """A token bucket per chat: `per_chat_burst` at once, then `per_chat_per_second`."""
        if self.per_chat_per_second is None:
            return None
        chat = int(params.get("chat_id") or 0)
        tokens, at = self._chat_tokens.get(chat, (self.per_chat_burst, now))
        tokens = min(self.per_chat_burst, tokens + (now - at) * self.per_chat_per_second)
        if tokens < 1.0 - CHAT_JITTER:
            self._chat_tokens[chat] = (tokens, now)
            return 1
        self._chat_tokens[chat] = (max(0.0, tokens - 1.0), now)
        return None

    def markup_of(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """The keyboard a delivered message has now (None once cleared, or if it had none)."""
        shown = self._shown.get((chat_id, message_id))
        markup = shown[1] if shown is not None else None
        return markup if isinstance(markup, dict) else None

    def _edit_refusal(self, method: str, params: dict[str, Any]) -> str | None:
        key = (int(params.get("chat_id") or 0), int(params.get("message_id") or 0))
        if key not in self._shown:
            return "Bad Request: message to edit not found"
        text, markup = self._shown[key]
        new_text = params.get("text", text) if method == "editMessageText" else text
        new_markup = _markup(params.get("reply_markup"))
        if (new_text, new_markup) == (text, markup):
            return "Bad Request: message is not modified"
        self._shown[key] = (new_text, new_markup)
        return None

    def _delivered(
        self, method: str, params: dict[str, Any], result: dict[str, Any], now: float
    ) -> None:
        chat_id, message_id = int(params.get("chat_id") or 0), int(result["message_id"])
        text = params.get("text") if params.get("text") is not None else params.get("caption")
        self.deliveries.append(Delivery(chat_id, method, str(text or ""), now, message_id))
        self._shown[(chat_id, message_id)] = (text, _markup(params.get("reply_markup")))

    def _wake(self) -> None:
        waiting, self._answered = self._answered, []
        for answered in waiting:
            answered.set()

    # ------------------------------------------------------------------ inspection helpers

    def calls_to(self, method: str) -> list[Call]:
        """All recorded calls of one Bot API method (including failed ones), in order."""
        return [c for c in self.calls if c.method == method]

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        """Texts the user would have seen, in order (successful calls only).

        Text of sendMessage/editMessageText and caption of sendPhoto/sendDocument.
        """
        out: list[str] = []
        for c in self.calls:
            if c.error is not None:
                continue
            if c.method in _TEXT_METHODS:
                key = "text"
            elif c.method in _CAPTION_METHODS:
                key = "caption"
            else:
                continue
            if chat_id is not None and not _same_chat(c.params.get("chat_id"), chat_id):
                continue
            value = c.params.get(key)
            if value is not None:
                out.append(value)
        return out

    def last_keyboard(self, chat_id: int) -> list[list[dict[str, Any]]]:
        """``inline_keyboard`` of the last successful message/edit to ``chat_id`` that had a
        ``reply_markup`` (``[]`` if none, or if that markup was not an inline keyboard)."""
        for c in reversed(self.calls):
            if c.error is not None or c.method not in _KEYBOARD_METHODS:
                continue
            markup = c.params.get("reply_markup")
            if markup is None or not _same_chat(c.params.get("chat_id"), chat_id):
                continue
            if isinstance(markup, str | bytes):
                markup = json.loads(markup)
            return list(markup.get("inline_keyboard", []))
        return []

    def clear(self) -> None:
        """Forget recorded calls (failure rules, blocks and queued updates are kept)."""
        self.calls.clear()
        self.get_updates_count = 0

    async def wait_for(self, method: str, count: int = 1, within: float = 2.0) -> list[Call]:
        """Wait until at least ``count`` calls of ``method`` were recorded; return them.

        Raises ``TimeoutError`` if that does not happen ``within`` seconds.
        Handy with polling, where handling is asynchronous.
        """
        deadline = time.monotonic() + within
        while True:
            found = self.calls_to(method)
            if len(found) >= count:
                return found
            if time.monotonic() >= deadline:
                raise TimeoutError(f"expected {count} {method} call(s), got {len(found)}")
            await asyncio.sleep(0.005)

    # ------------------------------------------------------------------ updates queue

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue an Update dict for ``getUpdates`` (given an ``update_id`` if it has none);
        like Telegram, it is handed out again until a later offset confirms it. Returns its id."""
        if "update_id" not in update:
            update = {**update, "update_id": self._next_update_id}
        update_id = int(update["update_id"])
        self._next_update_id = max(self._next_update_id, update_id + 1)
        self._updates.append(update)
        if self._update_event is not None:
            self._update_event.set()
        return update_id

    def push_message(self, chat_id: int, text: str) -> int:
        """Queue a private text message from `chat_id` (Ana, English); returns its update id."""
        first = self._next_update_id
        update = UpdateFactory(first, start_message_id=first).message(chat_id, text)
        return self.push_update(update)

    @property
    def pending_updates(self) -> int:
        """Number of queued updates not yet handed out by ``getUpdates``."""
        return sum(1 for u in self._updates if u["update_id"] not in self._fetched_at)

    def fetched_at(self, update_id: int) -> float | None:
        """When ``getUpdates`` first handed out `update_id` (monotonic), if it did."""
        return self._fetched_at.get(update_id)

    def acknowledged(self, update_id: int) -> bool:
        """Whether the bot confirmed `update_id` (asked for updates after it)."""
        return self._acknowledged > update_id

    # ------------------------------------------------------------------ deliveries

    def delivered_to(self, chat_id: int) -> list[Delivery]:
        return [d for d in self.deliveries if d.chat_id == chat_id]

    def chats_delivered(self) -> Counter[int]:
        return Counter(d.chat_id for d in self.deliveries)

    def keyboards(self, chat_id: int) -> list[tuple[int, dict[str, Any]]]:
        """(message_id, inline keyboard) of the messages to `chat_id` that still have one."""
        return [
            (mid, markup)
            for (chat, mid), (_text, markup) in self._shown.items()
            if chat == chat_id and markup
        ]

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

    # ------------------------------------------------------------------ Telegram's own faults

    def outage(self, seconds: float, status: int = 502, *, sends_only: bool = False) -> None:
        """Every method (or, `sends_only`, every send*) answers a 5xx for `seconds`."""
        self._down_until, self._down_status = time.monotonic() + seconds, status
        self._sends_only = sends_only

    def hang(self, seconds: float) -> None:
        """Requests arriving in the next `seconds` get no answer (the client's timeout decides)."""
        self._hang_until = time.monotonic() + seconds

    def retry_after_next(self, count: int, seconds: int = 1) -> None:
        """The next `count` sends answer 429 with ``retry_after=seconds``."""
        self._retry_after_left, self._retry_after_seconds = count, seconds

    # ------------------------------------------------------------------ error injection

    def fail_next(
        self,
        method: str,
        *,
        chat_id: int | str | None = None,
        error: ErrorKind = "forbidden",
        retry_after: int = 1,
        times: int = 1,
        description: str | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (optionally only to ``chat_id``) fail.

        forbidden -> 403, retry_after -> 429 with ``parameters.retry_after``, bad_request -> 400,
        bad_gateway -> 502, network -> ``telegram.error.NetworkError`` raised. ``description``
        overrides the text.
        """
        _check_kind(error)
        if times < 1:
            raise ValueError("times must be >= 1")
        self._fail_rules.setdefault(method, []).append(
            _FailRule(error, chat_id, retry_after, description, times)
        )

    def fail_method_always(
        self,
        method: str,
        error: ErrorKind = "bad_request",
        *,
        retry_after: int = 1,
        description: str | None = None,
    ) -> None:
        """Make every call of ``method`` fail until ``reset_failures()``."""
        _check_kind(error)
        self._fail_rules.setdefault(method, []).append(
            _FailRule(error, None, retry_after, description, -1)
        )

    def reset_failures(self, method: str | None = None) -> None:
        """Drop injected failures (for one method, or all)."""
        if method is None:
            self._fail_rules.clear()
        else:
            self._fail_rules.pop(method, None)

    def block_chat(self, chat_id: int | str) -> None:
        """Every send/edit to ``chat_id`` answers 403 "bot was blocked by the user"."""
        self._blocked.add(str(chat_id))

    def unblock_chat(self, chat_id: int | str) -> None:
        """Undo ``block_chat``."""
        self._blocked.discard(str(chat_id))

    # ------------------------------------------------------------------ internals

    def _take_fail_rule(self, method: str, params: dict[str, Any]) -> _FailRule | None:
        rules = self._fail_rules.get(method)
        if not rules:
            return None
        for i, rule in enumerate(rules):
            if rule.chat_id is not None and not _same_chat(params.get("chat_id"), rule.chat_id):
                continue
            if rule.remaining > 0:
                rule.remaining -= 1
                if rule.remaining == 0:
                    del rules[i]
                    if not rules:
                        del self._fail_rules[method]
            return rule
        return None

    @staticmethod
    def _extract_files(request_data: RequestData) -> dict[str, tuple[str, bytes]]:
        files: dict[str, tuple[str, bytes]] = {}
        for name, (filename, content, *_rest) in request_data.multipart_data.items():
            if not isinstance(content, bytes):
                content = content.read()
            files[name] = (filename or name, content)
        return files

    def _new_message_id(self) -> int:
        mid = self._next_message_id
        self._next_message_id = mid + 1
        return mid

    def _message(self, method: str, params: dict[str, Any], message_id: int) -> dict[str, Any]:
        msg: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": _as_chat_id(params.get("chat_id")), "type": "private"},
            "from": BOT_USER,
        }
        text = params.get("text")
        if text is not None:
            msg["text"] = text
        caption = params.get("caption")
        if caption is not None:
            msg["caption"] = caption
        markup = params.get("reply_markup")
        if markup is not None:
            if isinstance(markup, str | bytes):
                markup = json.loads(markup)
            if "inline_keyboard" in markup:  # only inline keyboards are echoed by Telegram
                msg["reply_markup"] = markup
        if method == "sendPhoto":
            fid = f"photo-{message_id}"
            msg["photo"] = [
                {"file_id": fid, "file_unique_id": fid, "width": 90, "height": 90},
                {"file_id": fid + "-l", "file_unique_id": fid + "-l", "width": 800, "height": 800},
            ]
        elif method == "sendDocument":
            fid = f"doc-{message_id}"
            msg["document"] = {"file_id": fid, "file_unique_id": fid}
        elif method == "sendSticker":
            fid = f"sticker-{message_id}"
            msg["sticker"] = {
                "file_id": fid,
                "file_unique_id": fid,
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
            }
        return msg

    def _get_me(self, method: str, params: dict[str, Any]) -> Any:
        return _GET_ME

    def _send_message(self, method: str, params: dict[str, Any]) -> Any:
        return self._message(method, params, self._new_message_id())

    def _copy_message(self, method: str, params: dict[str, Any]) -> Any:
        return {"message_id": self._new_message_id()}

    def _send_media_group(self, method: str, params: dict[str, Any]) -> Any:
        media = params.get("media") or []
        return [self._message("sendPhoto", params, self._new_message_id()) for _ in media]

    def _edit_message(self, method: str, params: dict[str, Any]) -> Any:
        if "inline_message_id" in params:
            return True
        msg = self._message(method, params, int(params.get("message_id", 0)))
        msg["edit_date"] = msg["date"]
        return msg

    def _empty_list(self, method: str, params: dict[str, Any]) -> Any:
        return []

    def _webhook_info(self, method: str, params: dict[str, Any]) -> Any:
        return {
            "url": "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    def _delete_webhook(self, method: str, params: dict[str, Any]) -> Any:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _get_updates(self, params: dict[str, Any]) -> tuple[int, bytes]:
        offset = int(params.get("offset") or 0)
        self._acknowledged = max(self._acknowledged, offset)
        while self._updates and self._updates[0]["update_id"] < offset:
            self._updates.popleft()  # confirmed: Telegram forgets it
        if not self._updates:
            wait = self.get_updates_wait
            timeout = params.get("timeout")
            if isinstance(timeout, int | float | str) and str(timeout):
                wait = min(wait, float(timeout))
            if wait > 0:
                event = self._get_update_event()
                event.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), wait)
        limit = int(params.get("limit") or 100)
        batch = list(self._updates)[:limit]
        now = time.monotonic()
        for update in batch:
            self._fetched_at.setdefault(update["update_id"], now)
        return 200, json.dumps({"ok": True, "result": batch}).encode()

    def _get_update_event(self) -> asyncio.Event:
        loop = asyncio.get_running_loop()
        if self._update_event is None or self._update_event_loop is not loop:
            self._update_event = asyncio.Event()
            self._update_event_loop = loop
        return self._update_event


class UpdateFactory:
    """Builds realistic private-chat Update dicts with increasing ``update_id``.

    Users get ``id == chat_id``. Dicts are fresh objects; ``same(d)`` returns ``d`` unchanged so
    a test can deliver the identical update again (e.g. to test de-duplication).
    """

    def __init__(self, start_update_id: int = 1, start_message_id: int = 1) -> None:
        """Start counters at the given values."""
        self._update_id = start_update_id
        self._message_id = start_message_id

    def _next_update_id(self) -> int:
        uid = self._update_id
        self._update_id = uid + 1
        return uid

    def _next_message_id(self) -> int:
        mid = self._message_id
        self._message_id = mid + 1
        return mid

    @staticmethod
    def _user(chat_id: int, first_name: str = "Ana", language_code: str = "en") -> dict[str, Any]:
        return {
            "id": chat_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": language_code,
        }

    @staticmethod
    def _chat(chat_id: int, first_name: str = "Ana") -> dict[str, Any]:
        return {"id": chat_id, "type": "private", "first_name": first_name}

    def _user_message(
        self, chat_id: int, first_name: str, language_code: str, **content: Any
    ) -> dict[str, Any]:
        return {
            "update_id": self._next_update_id(),
            "message": {
                "message_id": self._next_message_id(),
                "date": int(time.time()),
                "chat": self._chat(chat_id, first_name),
                "from": self._user(chat_id, first_name, language_code),
                **content,
            },
        }

    def message(
        self, chat_id: int, text: str, *, first_name: str = "Ana", language_code: str = "en"
    ) -> dict[str, Any]:
        """A private text message; ``/command`` texts get a ``bot_command`` entity."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            length = len(command.encode("utf-16-le")) // 2
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self._user_message(chat_id, first_name, language_code, **content)

    def callback(
        self,
        chat_id: int,
        data: str,
        *,
        message_id: int = 1,
        message_text: str = "...",
        first_name: str = "Ana",
        language_code: str = "en",
        reply_markup: dict[str, Any] | None = None,
        inaccessible: bool = False,
    ) -> dict[str, Any]:
        """A callback_query from pressing an inline button under a bot message.

        ``reply_markup`` is the keyboard the message carries; ``inaccessible`` makes it a
        message Telegram no longer shows the bot (``date`` 0, no content), as for old messages.
        """
        uid = self._next_update_id()
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self._chat(chat_id, first_name),
            "from": BOT_USER,
            "text": message_text,
        }
        if reply_markup is not None:
            message["reply_markup"] = reply_markup
        if inaccessible:
            message = {"message_id": message_id, "date": 0, "chat": self._chat(chat_id, first_name)}
        return {
            "update_id": uid,
            "callback_query": {
                "id": f"cbq-{uid}",
                "from": self._user(chat_id, first_name, language_code),
                "chat_instance": str(chat_id),
                "data": data,
                "message": message,
            },
        }

    def sticker(self, chat_id: int, *, first_name: str = "Ana") -> dict[str, Any]:
        """A private message carrying a sticker."""
        sticker = {
            "file_id": "sticker-file",
            "file_unique_id": "sticker-unique",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "🙂",
        }
        return self._user_message(chat_id, first_name, "en", sticker=sticker)

    def photo(
        self, chat_id: int, *, caption: str | None = None, first_name: str = "Ana"
    ) -> dict[str, Any]:
        """A private message carrying a photo (two sizes), optionally captioned."""
        photo = [
            {"file_id": "photo-s", "file_unique_id": "photo-s-u", "width": 90, "height": 90},
            {"file_id": "photo-l", "file_unique_id": "photo-l-u", "width": 800, "height": 800},
        ]
        content: dict[str, Any] = {"photo": photo}
        if caption is not None:
            content["caption"] = caption
        return self._user_message(chat_id, first_name, "en", **content)

    def my_chat_member(
        self, chat_id: int, new_status: str = "kicked", *, first_name: str = "Ana"
    ) -> dict[str, Any]:
        """The bot's membership in the private chat changed (``kicked`` = user blocked the bot,
        ``member`` = user unblocked/restarted it)."""
        old_status = "member" if new_status != "member" else "kicked"

        def member(status: str) -> dict[str, Any]:
            m: dict[str, Any] = {"user": BOT_USER, "status": status}
            if status == "kicked":
                m["until_date"] = 0
            return m

        return {
            "update_id": self._next_update_id(),
            "my_chat_member": {
                "chat": self._chat(chat_id, first_name),
                "from": self._user(chat_id, first_name),
                "date": int(time.time()),
                "old_chat_member": member(old_status),
                "new_chat_member": member(new_status),
            },
        }

    @staticmethod
    def same(update: dict[str, Any]) -> dict[str, Any]:
        """Return ``update`` unchanged, to re-deliver an identical update."""
        return update


_MULTIPART_FIELD = re.compile(rb'name="([^"]+)"(?:; filename="[^"]*")?\r\n(?:[^\r\n]+\r\n)*\r\n')
_MULTIPART_FILE = re.compile(rb'name="([^"]+)"; filename="([^"]*)"\r\n(?:[^\r\n]+\r\n)*\r\n')
_DECODED = ("reply_markup", "offset", "timeout", "chat_id", "message_id", "limit")


class FakeBotServer(FakeBotApi):
    """The same fake over real HTTP on loopback, for driving the real ``python -m bot`` process.

    ``await FakeBotServer(limit_per_second=30).start()``, then point the bot at ``base_url``.
    Edits follow Telegram's rules (``strict_edits``) and an empty ``getUpdates`` waits up to a
    second, as a long poll does.
    """

    def __init__(
        self,
        limit_per_second: int | None = None,
        port: int = 0,
        *,
        per_chat_per_second: float | None = None,
        per_chat_burst: float = 10.0,
    ) -> None:
        super().__init__(
            get_updates_wait=1.0,
            limit_per_second=limit_per_second,
            per_chat_per_second=per_chat_per_second,
            per_chat_burst=per_chat_burst,
            strict_edits=True,
        )
        self.port = port
        self._server: asyncio.Server | None = None

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

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method = lines[0].split(" ")[1].rpartition("/")[2]
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (line.partition(":") for line in lines[1:] if line)
                }
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                content_type = headers.get("content-type", "")
                try:
                    status, payload = await self.answer(
                        method, _http_params(content_type, body), _http_files(content_type, body)
                    )
                finally:
                    self._wake()
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(payload)}\r\n\r\n".encode()
                    + payload
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        except NetworkError:  # an injected network error: the connection just drops
            pass
        except asyncio.CancelledError:  # the server is shutting down under an open request
            pass
        finally:
            writer.close()


def _http_params(content_type: str, body: bytes) -> dict[str, Any]:
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
        if key in _DECODED:
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        out[key] = value
    return out


def _http_files(content_type: str, body: bytes) -> dict[str, tuple[str, bytes]]:
    """The files of a multipart upload, by field: (file name, bytes as received)."""
    if not content_type.startswith("multipart/form-data"):
        return {}
    boundary = b"\r\n--" + content_type.split("boundary=", 1)[1].strip('"').encode()
    files = {}
    for match in _MULTIPART_FILE.finditer(body):
        end = body.find(boundary, match.end())
        files[match.group(1).decode()] = (match.group(2).decode(), body[match.end() : end])
    return files
