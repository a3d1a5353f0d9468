"""Where "now" comes from. A fast clock lets a whole week pass in minutes for demos and tests."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol

DAY = 86_400.0


class Clock(Protocol):
    """Aware UTC time. `speed` is how many clock seconds pass per real second."""

    speed: float

    def now(self) -> datetime: ...


class SystemClock:
    speed = 1.0

    def now(self) -> datetime:
        return datetime.now(UTC)


class FastClock:
    """Starts at the real time and runs `DAY / day_seconds` times faster than it."""

    def __init__(self, day_seconds: float, start: datetime | None = None) -> None:
        if day_seconds <= 0:
            raise ValueError("day_seconds must be positive")
        self.speed = DAY / day_seconds
        self._start = start or datetime.now(UTC)
        self._mono = time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=(time.monotonic() - self._mono) * self.speed)


class ManualClock:
    """A clock that moves only when told to (tests, benchmarks)."""

    speed = 1.0

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("start must be aware")
        self._now = start

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when

    def advance(self, **delta: float) -> datetime:
        self._now += timedelta(**delta)
        return self._now


def real_seconds(clock: Clock, seconds: float) -> timedelta:
    """A span of clock time that lasts `seconds` of real time (leases, back-off)."""
    return timedelta(seconds=seconds * clock.speed)
