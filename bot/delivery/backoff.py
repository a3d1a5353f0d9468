"""The one backoff: how long to wait before trying again after a failure, and saying so once.

Exponential with jitter: `base`, 2×`base`, 4×`base` … up to `cap`, each drawn in [½, 1]× so that
many senders failing together do not knock again together. The dispatcher (claims, outcomes,
sends), the outbox, the reply retry and startup all wait this way.

A failure that repeats is logged once per backoff step, with how many times it has happened,
never on every try (`warn`).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

Sleep = Callable[[float], Awaitable[None]]


def wait_seconds(value: float | timedelta) -> float:
    """A wait in seconds, given as seconds or as a timedelta (PTB's `RetryAfter.retry_after` is
    either, depending on its version's settings)."""
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def delay_for(attempt: int, base: float, cap: float, jitter: bool = True) -> float:
    """The wait before try number `attempt + 1` (attempt 1 is the first failure)."""
    ceiling = min(cap, base * 2 ** max(attempt - 1, 0))
    return ceiling * random.uniform(0.5, 1.0) if jitter else ceiling


@dataclass
class Backoff:
    """Counts failures in a row; `next_delay` grows with them, `reset` on a success."""

    base: float = 1.0
    cap: float = 60.0
    jitter: bool = True
    sleep: Sleep = field(default=asyncio.sleep, repr=False)
    failures: int = 0
    waited: float = 0.0  # seconds waited since the last reset (the retry window spent)

    def next_delay(self) -> float:
        self.failures += 1
        return delay_for(self.failures, self.base, self.cap, self.jitter)

    async def wait(self, seconds: float | None = None) -> float:
        """Wait `seconds` (or the next step's delay); returns the seconds waited."""
        delay = self.next_delay() if seconds is None else seconds
        self.waited += delay
        await self.sleep(delay)
        return delay

    def reset(self) -> None:
        self.failures, self.waited = 0, 0.0

    def warn(self, logger: logging.Logger, what: str, *args: Any, delay: float) -> None:
        """Log one line for this step: what failed, how many times in a row, when next."""
        logger.warning(
            what + " (%d in a row); again in %.1fs", *args, self.failures, delay,
            extra={"event": "backoff", "failures": self.failures},
        )  # fmt: skip


@dataclass(frozen=True)
class Patience:
    """How a failing reply is tried again: with backoff, for up to `within` seconds of waiting."""

    within: float = 30.0
    base: float = 0.25
    cap: float = 8.0
    sleep: Sleep = field(default=asyncio.sleep, repr=False)

    def backoff(self) -> Backoff:
        return Backoff(self.base, self.cap, sleep=self.sleep)
