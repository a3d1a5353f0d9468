"""What the dispatcher needs from a chat platform: send one reply, or say why it could not."""

from __future__ import annotations

from typing import Protocol

from bot.delivery.replies import Reply


class Blocked(Exception):
    """The person blocked the bot or the chat is gone: stop sending to them."""


class RetryLater(Exception):
    """The platform asked us to slow down for `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class TransientFailure(Exception):
    """A passing network or server fault: try the same message again later."""


class PermanentFailure(Exception):
    """The platform refused this message for good (e.g. a malformed request)."""


class Sender(Protocol):
    async def send(self, chat_id: int, reply: Reply) -> None: ...
