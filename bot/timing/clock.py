"""Where "now" comes from. A fast clock lets a whole week pass in minutes for demos and tests."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
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
    """Runs `DAY / day_seconds` times faster than real time.

    With an `anchor` file the fast world keeps its time across restarts, as the real one does:
    a bot stopped for a while finds the days it was away have passed.
    """

    def __init__(self, day_seconds: float, anchor: Path | None = None) -> None:
        if day_seconds <= 0:
            raise ValueError("day_seconds must be positive")
        self.speed = DAY / day_seconds
        self._real_start = time.time()
        self._start = self._resume(anchor, day_seconds) if anchor else datetime.now(UTC)
        if anchor is not None:
            state = {
                "real": self._real_start,
                "fast": self._start.isoformat(),
                "day_seconds": day_seconds,
            }
            anchor.write_text(json.dumps(state))

    def _resume(self, anchor: Path, day_seconds: float) -> datetime:
        try:
            state = json.loads(anchor.read_text())
            fast = datetime.fromisoformat(state["fast"])
            speed = DAY / float(state["day_seconds"])
            return fast + timedelta(seconds=(self._real_start - float(state["real"])) * speed)
        except (OSError, ValueError, KeyError, TypeError):
            return datetime.now(UTC)

    def now(self) -> datetime:
        return self._start + timedelta(seconds=(time.time() - self._real_start) * self.speed)


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
